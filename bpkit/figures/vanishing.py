"""Figure for notebook 05: the size of δ layer by layer in a deep net (vanishing gradients)."""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from ..i18n import _


def plot_delta_magnitudes(curves: dict, ax=None):
    """Mean |δ| per layer on a log scale, one line per activation.

    Parameters
    ----------
    curves : dict
        name → ndarray of shape (n_layers,), layer 1 first (``deltarule.deep_delta_magnitudes``).
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib Figure
    """
    if ax is None:
        fig, ax = plt.subplots(figsize=(6, 3.5))
    for name, values in curves.items():
        layers = np.arange(1, len(values) + 1)
        ax.semilogy(layers, values, marker="o", label=name)
    ax.set_xlabel(_("layer (1 = next to the input; the loss is on the right)"))
    ax.set_ylabel(_("mean |δ| (log scale)"))
    ax.set_title(_("δ flowing backward through a deep net"))
    ax.legend()
    ax.grid(True, which="major", alpha=0.3)
    return ax.figure

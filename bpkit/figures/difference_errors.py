"""Figure for notebook 09: error of finite differences against the step h, log-log."""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from ..i18n import _


def plot_difference_errors(hs, curves: dict, ax=None, floor: float = 1e-17):
    """One line per entry of ``curves`` (label → errors of shape like ``hs``), log-log, with the
    reference slopes h and h² dashed.

    Errors of exactly 0 are drawn at ``floor`` so the log scale keeps them.

    Returns
    -------
    matplotlib Figure
    """
    hs = np.asarray(hs, dtype=float)
    if ax is None:
        fig, ax = plt.subplots(figsize=(8, 4))
    for label, err in curves.items():
        style = "--" if "float32" in label else "-"
        ax.loglog(hs, np.maximum(err, floor), style, marker=".", label=label)
    ax.loglog(hs, 0.1 * hs, ":", color="grey", label=_("slope 1: O(h)"))
    ax.loglog(hs, 0.1 * hs ** 2, ":", color="black", label=_("slope 2: O(h²)"))
    ax.set_xlabel(_("step h"))
    ax.set_ylabel(_("|difference − exact derivative|"))
    ax.set_ylim(floor, 1)
    ax.legend(fontsize=8, loc="center left", bbox_to_anchor=(1.01, 0.5))
    ax.figure.tight_layout()
    ax.grid(True, which="major", alpha=0.3)
    return ax.figure

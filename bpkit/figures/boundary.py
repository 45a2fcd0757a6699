"""Figures for notebook 01: a sigmoid neuron's decision boundary over the epochs, and the
learning-rate demo ("적절한 보폭", deck 003 §1) as error curves and paths on the error surface.

Every function returns the figure; none calls ``plt.show()``.
"""
from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np

from ..i18n import _
from ..lessons import neuron


def _scatter(ax, X, y) -> None:
    ax.scatter(*X[y == 1].T, marker="o", s=18, c="tab:blue", label=_("admitted (y = 1)"))
    ax.scatter(*X[y == 0].T, marker="x", s=18, c="tab:red", label=_("rejected (y = 0)"))


def _line(ax, w, b, **kw) -> None:
    # w₁x₁ + w₂x₂ + b = 0, drawn across the axes' x-range
    x1 = np.array(ax.get_xlim())
    if abs(w[1]) > 1e-12:
        ax.plot(x1, -(w[0] * x1 + b) / w[1], **kw)
    elif abs(w[0]) > 1e-12:
        ax.axvline(-b / w[0], **kw)


def plot_boundaries(X, y, history: neuron.NeuronHistory, epochs: Sequence[int],
                    ax=None, title: str | None = None):
    """The data and the boundary ŷ = 0.5 (w·x + b = 0) after each of ``epochs``, lighter for
    earlier epochs. Returns the figure."""
    fig, ax = (ax.figure, ax) if ax is not None else plt.subplots(figsize=(7, 4.5))
    _scatter(ax, X, y)
    lim = np.abs(X).max() * 1.05
    ax.set_xlim(-lim, lim)
    ax.set_ylim(-lim, lim)
    cmap = plt.get_cmap("Greens")
    for i, e in enumerate(epochs):
        w, b = history.boundary(e)
        _line(ax, w, b, color=cmap(0.3 + 0.7 * (i + 1) / len(epochs)), lw=2,
              label=_("epoch {e}", e=e))
    ax.set_xlabel(_("score 1 (x₁)"))
    ax.set_ylabel(_("score 2 (x₂)"))
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.02, 1.0))
    ax.set_title(title or _("decision boundary ŷ = 0.5 over the epochs"))
    fig.tight_layout()
    return fig


def plot_learning_rates(X, y, runs: dict, w1_grid, w2_grid, b: float = 0.0):
    """The learning-rate demo: for each ``{alpha: NeuronHistory}`` one column with the path of
    (w₁, w₂) on the contours of E(w₁, w₂) (top) and E per epoch (bottom). Returns the figure."""
    E = neuron.error_surface(X, y, w1_grid, w2_grid, b)
    fig, axes = plt.subplots(2, len(runs), figsize=(3.6 * len(runs), 6.4),
                             gridspec_kw={"height_ratios": [3, 2]})
    top = max(max(h.error) for h in runs.values()) * 1.05
    # contour levels spaced by quantile, so the flat valley around the minimum shows too
    levels = np.unique(np.quantile(E, np.linspace(0.005, 0.95, 16)))
    for col, (alpha, h) in enumerate(runs.items()):
        ax = axes[0, col]
        ax.contour(w1_grid, w2_grid, E, levels=levels,
                   cmap="viridis", linewidths=0.8)
        path = np.array(h.w)
        ax.plot(path[:, 0], path[:, 1], "-o", color="tab:red", ms=3, lw=1)
        ax.plot(*path[0], "ks", ms=5)
        ax.set_xlim(w1_grid[0], w1_grid[-1])
        ax.set_ylim(w2_grid[0], w2_grid[-1])
        ax.set_title(f"α = {alpha:g}")
        ax.set_xlabel("w₁")
        if col == 0:
            ax.set_ylabel("w₂")
        ax = axes[1, col]
        ax.plot(h.error, "-", color="tab:red")
        ax.set_ylim(0, top)
        ax.set_xlabel(_("epoch"))
        if col == 0:
            ax.set_ylabel(_("error E"))
    fig.tight_layout()
    return fig

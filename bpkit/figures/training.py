"""Figures of a training run (notebook 07): learning curves, loss curves of two update rules,
a confusion matrix with counts, and a grid of misclassified images.

Every function draws on the Axes it is given (or a new figure) and returns the figure; none
calls ``plt.show()``.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np

from ..i18n import _


def _axes(ax, figsize):
    if ax is None:
        fig, ax = plt.subplots(figsize=figsize)
    return ax.figure, ax


def loss_curves(curves: Mapping[str, Sequence[float]], ax=None, title: str | None = None,
                log: bool = True):
    """One line per named loss history (``{"exact": [...], "lecture": [...]}``) against
    the step; a log scale by default, so late differences stay visible."""
    fig, ax = _axes(ax, (5, 3.2))
    for name, values in curves.items():
        ax.plot(np.arange(len(values)), values, label=name)
    if log:
        ax.set_yscale("log")
    ax.set_xlabel(_("step (epoch)"))
    ax.set_ylabel(_("loss E"))
    if title:
        ax.set_title(title)
    ax.legend()
    return fig


def learning_curves(records: Sequence[Mapping[str, float]], axes=None):
    """Loss and accuracy per epoch for train and test, from ``bpkit.monitor.Monitor`` records
    (``History.extra`` of ``bpkit.fit``): two panels side by side."""
    if axes is None:
        fig, axes = plt.subplots(1, 2, figsize=(9, 3.2))
    fig = axes[0].figure
    epochs = [r["epoch"] for r in records]
    parts = {"train": _("training images"), "test": _("test images")}
    for what, ax, label in (("loss", axes[0], _("loss E")), ("acc", axes[1], _("accuracy"))):
        for part, shown in parts.items():
            ax.plot(epochs, [r[f"{part}_{what}"] for r in records], label=shown)
        ax.set_xlabel(_("epoch"))
        ax.set_ylabel(label)
        ax.legend()
    axes[0].set_yscale("log")
    fig.tight_layout()
    return fig


def confusion_counts(y_true, y_pred, n_classes: int) -> np.ndarray:
    """counts[i, j] = how many samples of true class i were predicted as j.

    Returns
    -------
    ndarray of int, shape (n_classes, n_classes)
    """
    counts = np.zeros((n_classes, n_classes), dtype=int)
    np.add.at(counts, (np.asarray(y_true, dtype=int), np.asarray(y_pred, dtype=int)), 1)
    return counts


def confusion_matrix(y_true, y_pred, n_classes: int = 10, ax=None):
    """The confusion matrix as an image with the count written in every non-empty cell."""
    counts = confusion_counts(y_true, y_pred, n_classes)
    fig, ax = _axes(ax, (4.6, 4.2))
    ax.imshow(counts, cmap="Blues")
    ax.grid(False)                                   # a style's grid lines would cross the cells
    for i, j in zip(*np.nonzero(counts)):
        ax.text(j, i, str(counts[i, j]), ha="center", va="center", fontsize=8,
                color="white" if counts[i, j] > counts.max() / 2 else "black")
    ax.set_xticks(range(n_classes))
    ax.set_yticks(range(n_classes))
    ax.set_xlabel(_("predicted digit"))
    ax.set_ylabel(_("true digit"))
    return fig


def misclassified_grid(images: np.ndarray, y_true, y_pred, shape=(8, 8), ncols: int = 8):
    """Every image whose prediction is wrong, titled "true → predicted".

    ``images`` is (n_samples, h·w); only the rows where ``y_true != y_pred`` are drawn.
    """
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    wrong = np.flatnonzero(y_true != y_pred)
    nrows = max(1, -(-len(wrong) // ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(1.2 * ncols, 1.4 * nrows), squeeze=False)
    for ax in axes.flat:
        ax.axis("off")
    for ax, i in zip(axes.flat, wrong):
        ax.imshow(images[i].reshape(shape), cmap="gray_r")
        ax.set_title(f"{y_true[i]} → {y_pred[i]}", fontsize=9)
    fig.suptitle(_("true digit → predicted digit"), fontsize=10)
    fig.tight_layout()
    return fig

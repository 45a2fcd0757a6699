"""A static diagram of deck 002's 3-4-2 net, labelled with the deck's symbols.

Inputs x_i, hidden units H_j (net_Hj → out_Hj), outputs O_k (net_Ok → out_Ok), the shared
biases b1 and b2, and a few weights named as the deck names them (w_ij: input i → hidden j,
w'_ij: hidden i → output j). For an interactive diagram see notebook 08.
"""
from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from ..errors import BpkitError, ShapeError
from ..i18n import _
from ..lessons.notation import weight_name

_X = (0.0, 1.0, 2.0)          # columns of the three layers
_LABELLED = (weight_name(1, 1, 1), weight_name(2, 1, 1), weight_name(2, 1, 2))


def _ys(n: int) -> list[float]:
    # centred around 0, one unit apart
    return [(n - 1) / 2 - i for i in range(n)]


def draw_net342(ax: Axes | None = None, sizes: Sequence[int] = (3, 4, 2),
                highlight: Sequence[str] = ()) -> Figure:
    """Draw the net with the deck's symbols on an Axes (a new figure if None).

    Parameters
    ----------
    ax : matplotlib Axes, optional
    sizes : (n_in, n_hidden, n_out)
        Deck 002's net is (3, 4, 2).
    highlight : sequence of str
        Weights to draw in red and label, named as the deck does: ``"w'12"`` (hidden 1 →
        output 2), ``"w21"`` (input 2 → hidden 1).

    Returns
    -------
    Figure
    """
    sizes = tuple(int(s) for s in sizes)
    if len(sizes) != 3 or min(sizes) < 1 or max(sizes) > 9:
        raise ShapeError(_("sizes must be (n_in, n_hidden, n_out), each 1 … 9; got {sizes}",
                           sizes=sizes))
    names = {weight_name(l, i + 1, j + 1) for l in (1, 2)
             for i in range(sizes[l - 1]) for j in range(sizes[l])}
    unknown = [h for h in highlight if h not in names]
    if unknown:
        raise BpkitError(_("highlight names weights the net does not have: {unknown}; "
                           "deck 002 names them like 'w21' or \"w'12\"", unknown=unknown))
    if ax is None:
        fig, ax = plt.subplots(figsize=(7.5, 4.2))
    fig = ax.figure
    pos = [[(_X[l], y) for y in _ys(n)] for l, n in enumerate(sizes)]
    labels = [[f"$x_{i + 1}$" for i in range(sizes[0])],
              [f"$H_{j + 1}$" for j in range(sizes[1])],
              [f"$O_{k + 1}$" for k in range(sizes[2])]]
    top = max(max(_ys(n)) for n in sizes)
    bias = [(_X[0] + 0.45, top + 0.9), (_X[1] + 0.45, top + 0.9)]

    for l in (1, 2):                          # weights
        for i, (x0, y0) in enumerate(pos[l - 1]):
            for j, (x1, y1) in enumerate(pos[l]):
                name = weight_name(l, i + 1, j + 1)
                hot = name in highlight
                ax.plot([x0, x1], [y0, y1], color="tab:red" if hot else "0.7",
                        lw=2.2 if hot else 0.8, zorder=1)
                if hot or name in _LABELLED:
                    t = 0.3 if l == 1 else 0.7
                    ax.text(x0 + t * (x1 - x0), y0 + t * (y1 - y0),
                            f"${weight_name(l, i + 1, j + 1, style='tex')}$",
                            color="tab:red" if hot else "0.25", fontsize=9, ha="center",
                            va="bottom", bbox=dict(fc="white", ec="none", pad=0.5), zorder=3)
    for l, (bx, by) in enumerate(bias):       # shared biases
        for (x1, y1) in pos[l + 1]:
            ax.plot([bx, x1], [by, y1], color="tab:blue", lw=0.6, ls="--", zorder=1)
        ax.text(bx, by, f"$b_{l + 1}$", ha="center", va="center", color="tab:blue",
                bbox=dict(boxstyle="circle", fc="white", ec="tab:blue"), zorder=4)
    for l, layer in enumerate(pos):           # units
        for (x, y), lab in zip(layer, labels[l]):
            ax.text(x, y, lab, ha="center", va="center", fontsize=11, zorder=4,
                    bbox=dict(boxstyle="circle,pad=0.4", fc="white", ec="black"))
    # the word and the formula apart: mathtext ($…$) has no font fallback for Hangul
    captions = [(_("input layer"), "$x_i$"), (_("hidden layer"), "$net_H \\to out_H$"),
                (_("output layer"), "$net_O \\to out_O$")]
    for x, (word, formula) in zip(_X, captions):
        ax.text(x, -top - 0.82, word, ha="center", va="center", fontsize=10)
        ax.text(x, -top - 1.18, formula, ha="center", va="center", fontsize=10)
    ax.text(_X[2] + 0.35, 0, "$E_{Total} = \\frac{1}{2}\\sum(target - out)^2$", fontsize=9,
            va="center")
    ax.set_xlim(-0.4, 3.5)
    ax.set_ylim(-top - 1.4, top + 1.3)
    ax.set_axis_off()
    return fig

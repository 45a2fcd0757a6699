"""How the explorer's diagram shows numbers: colours and widths of edges and units, number
format, subscripts, and where an edge's label goes."""
from __future__ import annotations

import numpy as np

from ..lessons.notation import subscript

POS, NEG = np.array([0.80, 0.16, 0.14]), np.array([0.13, 0.35, 0.75])
GRAD_COLOUR = "#6a3d9a"
DELTA_COLOUR = "#b35806"
SELECT_COLOUR = "#f2b705"
MAX_WIDTH = 7.0
sub = subscript   # digits as Unicode subscripts, '11' → '₁₁' (no mathtext: it is slow)


def fmt(v: float) -> str:
    """4 decimals (2 from 10 on), scientific below 1e-3 and from 1e4: readable at the extremes."""
    v = float(v)
    if v == 0:
        return "0"
    if 1e-3 <= abs(v) < 10:
        return f"{v:.4f}"
    if 10 <= abs(v) < 1e4:
        return f"{v:.2f}"
    return f"{v:.2e}"


def edge_colour(w: float, alpha: float = 1.0):
    return (*(POS if w >= 0 else NEG), alpha)


def edge_width(w: float) -> float:
    """Line width for a weight: 0.5 at 0, growing like √|w|, capped so ±10 stays readable."""
    return float(min(0.6 + 2.2 * np.sqrt(abs(w)), MAX_WIDTH))


def node_colour(out: float, activation: str):
    """Face colour from the unit's output: white at 0, orange at 1 (or |out| ≥ 1 for relu/tanh)."""
    a = float(np.clip(abs(out), 0.0, 1.0))
    return (1.0, 1.0 - 0.45 * a, 1.0 - 0.85 * a)


def _place_label(x0, y0, x1, y1, placed, box=(0.55, 0.2)) -> float:
    """Where along the edge (fraction f) to put its label: the f in [0.2, 0.8] whose point is
    farthest, in label-box units, from the labels and units already placed (greedy, once)."""
    best_f, best_d = 0.5, -1.0
    for f in np.linspace(0.2, 0.8, 25):
        x, y = x0 + f * (x1 - x0), y0 + f * (y1 - y0)
        d = min((max(abs(x - px) / box[0], abs(y - py) / box[1]) for px, py in placed),
                default=np.inf)
        if d > best_d + 1e-9:
            best_f, best_d = f, d
    return float(best_f)

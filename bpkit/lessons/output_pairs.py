"""δ at the output depends on the loss/activation pair (deck 003): which pairs collapse to y − t.

``OUTPUT_PAIRS`` lists each pair with its δ_k as a formula; ``check_output_pairs`` sets the
formula and bpkit's ``losses.output_delta`` beside central differences of E(f(u), t).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import activations as act
from .. import losses
from ..gradcheck import numerical_gradient

__all__ = ["OUTPUT_PAIRS", "PairCheck", "numerical_output_delta", "check_output_pairs"]

# (activation, loss, δ_k as a formula, the same formula in numpy); t is a distribution so softmax
# + cross-entropy may use Σ_k t_k = 1.
OUTPUT_PAIRS = [
    ("identity", "mse", "y − t", lambda y, t: y - t),
    ("sigmoid", "mse", "(y − t) · y(1 − y)", lambda y, t: (y - t) * y * (1 - y)),
    ("sigmoid", "bce", "y − t", lambda y, t: y - t),
    ("softmax", "softmax_ce", "y − t", lambda y, t: y - t),
    ("tanh", "mse", "(y − t) · (1 − y²)", lambda y, t: (y - t) * (1 - y ** 2)),
]


@dataclass
class PairCheck:
    """One row of ``check_output_pairs``."""

    activation: str
    loss: str
    formula: str
    collapses: bool        # does ∂E/∂u (finite differences) equal y − t?
    formula_error: float   # max |formula − finite differences|
    bpkit_error: float     # max |losses.output_delta − finite differences|


def numerical_output_delta(activation: str, loss: str, u: np.ndarray, t: np.ndarray,
                           h: float = 1e-6) -> np.ndarray:
    """∂E/∂u_k of one sample by central differences of E(f(u), t), shape (n,)."""
    U = np.array(u, dtype=np.float64)[None, :]
    T = np.asarray(t, dtype=np.float64)[None, :]
    return numerical_gradient(lambda: losses.loss(loss, act.forward(activation, U), T), U, h)[0]


def check_output_pairs(u, t) -> list[PairCheck]:
    """For each pair of ``OUTPUT_PAIRS``: its δ formula and bpkit's δ against finite differences.

    Parameters
    ----------
    u : array_like, shape (n,)
        Pre-activations of the output layer for one sample.
    t : array_like, shape (n,)
        Targets: entries in [0, 1] summing to 1, so every loss accepts them.
    """
    u, t = np.asarray(u, dtype=np.float64), np.asarray(t, dtype=np.float64)
    losses.check_targets("softmax_ce", t[None, :])
    rows = []
    for activation, loss, formula, fn in OUTPUT_PAIRS:
        y = act.forward(activation, u[None, :])[0]
        num = numerical_output_delta(activation, loss, u, t)
        ours = losses.output_delta(loss, activation, u[None, :], y[None, :], t[None, :])[0]
        rows.append(PairCheck(activation, loss, formula,
                              bool(np.allclose(num, y - t, rtol=0, atol=1e-7)),
                              float(np.abs(fn(y, t) - num).max()),
                              float(np.abs(ours - num).max())))
    return rows

"""δ layer by layer in a deep net (deck 003): how the hidden activation makes |δ| vanish or not.

``mean_abs_delta`` measures one net; ``deep_delta_magnitudes`` builds deep nets that differ only
in their hidden activation and measures each (``bpkit.figures.vanishing`` plots the result).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..errors import ShapeError
from ..i18n import _

if TYPE_CHECKING:
    from ..mlp import MLP

__all__ = ["mean_abs_delta", "deep_delta_magnitudes"]


def mean_abs_delta(net: MLP, X: np.ndarray, T: np.ndarray) -> np.ndarray:
    """Mean |δ| of every layer, input side first, shape (n_layers,).

    bpkit's δ carry the factor 1/n_samples of the batch-mean loss; this undoes it, so the numbers
    are per-sample δ's as deck 003 defines them.
    """
    deltas = net.deltas(X, T)
    n = np.atleast_2d(X).shape[0]
    return np.array([float(np.abs(d).mean()) * n for d in deltas])


def deep_delta_magnitudes(activations, depth: int, width: int, n_samples: int,
                          rng: np.random.Generator) -> dict:
    """Mean |δ| per layer of deep nets that differ only in their hidden activation.

    Each net has ``depth`` weight layers of ``width`` units, an identity output unit and MSE;
    weights are normal with std 1/√n_in (√(2/n_in) for relu), as ``MLP`` draws them. The same
    inputs X (standard normal) and targets T (uniform in [0, 1]) are used for every net.

    Returns
    -------
    dict
        activation name → ndarray of shape (depth,), layer 1 (next to the input) first.
    """
    if depth < 2 or width < 1 or n_samples < 1:
        raise ShapeError(_("need depth ≥ 2, width ≥ 1, n_samples ≥ 1; got {depth}, {width}, "
                           "{n_samples}", depth=depth, width=width, n_samples=n_samples))
    from ..mlp import MLP
    X = rng.standard_normal((n_samples, width))
    T = rng.uniform(size=(n_samples, 1))
    out = {}
    for name in activations:
        net = MLP([width] * depth + [1], activation=name, output_activation="identity",
                  loss="mse", rng=rng)
        out[name] = mean_abs_delta(net, X, T)
    return out

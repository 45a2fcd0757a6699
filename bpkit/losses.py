"""Losses as the decks write them: per sample the sum over output units, then the mean
over the batch, and their derivatives ∂E/∂out.

===============  =============================================  ==================
name             E (per sample; bpkit takes the batch mean)      ∂E/∂y (one sample)
===============  =============================================  ==================
``mse``          ½ Σ (t − y)²                 (deck 002)         y − t
``bce``          −Σ [t log y + (1 − t) log(1 − y)]  (deck 000)   (y − t) / (y(1 − y))
``softmax_ce``   −Σ t log y                                      −t / y
===============  =============================================  ==================

Shapes: ``out`` (the network output y) and ``T`` (the targets t) are ``(n_samples, n_out)``.
Because E is the mean over the batch, every gradient carries a factor 1/n_samples.

The functions of ``out`` are the decks' formulas; they keep y inside [eps, 1 − eps], so a
saturated unit's loss is capped (at about 36 in float64). A net computes its loss from the
output layer's pre-activation ``net`` instead, as the frameworks' fused losses do
(``loss_from_net``): sigmoid + bce as softplus, softmax + softmax_ce as log-sum-exp. These are
the same numbers where y is not saturated, and exact where it is (logits of ±1e4 give 2e4).
"""
from __future__ import annotations

import math

import numpy as np
from scipy.special import expit, xlogy

from . import activations
from .errors import TargetError, check_name
from .i18n import _

LOSSES = ("mse", "bce", "softmax_ce")

# (activation, loss) pairs where the output δ collapses to (y − t): see output_delta
SIMPLE_PAIRS = {("sigmoid", "bce"), ("softmax", "softmax_ce"), ("identity", "mse")}


_EPS = {np.dtype(t): float(np.finfo(t).eps) for t in (np.float32, np.float64)}  # np.finfo is slow


def _eps(out: np.ndarray) -> float:
    eps = _EPS.get(out.dtype)
    if eps is None:
        eps = float(np.finfo(out.dtype if out.dtype.kind == "f" else np.float64).eps)
    return eps


def _clip(out: np.ndarray) -> np.ndarray:
    # keep y inside (0, 1) so that log y, log(1 − y) and 1/y stay finite
    # (np.minimum/np.maximum: the same as np.clip, without its Python-level overhead)
    eps = _eps(out)
    return np.minimum(np.maximum(out, eps), 1.0 - eps)


def mse(out: np.ndarray, T: np.ndarray) -> float:
    """E = mean over samples of ½ Σ_k (t_k − y_k)²."""
    d = T - out
    return float(0.5 * np.add.reduce(d * d, axis=None) / out.shape[0])


def bce(out: np.ndarray, T: np.ndarray) -> float:
    """E = mean over samples of −Σ_k [t_k log y_k + (1 − t_k) log(1 − y_k)]; finite at y = 0, 1."""
    y = _clip(out)
    return float(-np.sum(xlogy(T, y) + xlogy(1.0 - T, 1.0 - y)) / out.shape[0])


def softmax_ce(out: np.ndarray, T: np.ndarray) -> float:
    """E = mean over samples of −Σ_k t_k log y_k; finite at y = 0."""
    return float(-np.sum(xlogy(T, np.maximum(out, _eps(out)))) / out.shape[0])  # y ≥ eps: no log 0


def mse_grad(out: np.ndarray, T: np.ndarray) -> np.ndarray:
    """∂E/∂y = (y − t) / n_samples."""
    return (out - T) / out.shape[0]


def bce_grad(out: np.ndarray, T: np.ndarray) -> np.ndarray:
    """∂E/∂y = (y − t) / (y(1 − y)) / n_samples (deck 000's a, with its typo fixed)."""
    y = _clip(out)
    return (y - T) / (y * (1.0 - y)) / out.shape[0]


def softmax_ce_grad(out: np.ndarray, T: np.ndarray) -> np.ndarray:
    """∂E/∂y = −t / y / n_samples."""
    return -T / np.maximum(out, _eps(out)) / out.shape[0]


def bce_from_net(net: np.ndarray, T: np.ndarray) -> float:
    """The bce loss of a sigmoid output, from its pre-activation ``net`` = z.

    −[t log σ(z) + (1 − t) log(1 − σ(z))] = softplus(z) − t·z, written (as TensorFlow's
    ``sigmoid_cross_entropy_with_logits``) max(z, 0) − t·z + log(1 + e^(−|z|)): exact for
    every finite z, no cap, no overflow, and a small loss (t = 1, z = 40: e^(−40)) keeps its
    digits, which log(1 + e^z) − z would lose.
    """
    E = np.maximum(net, 0) - T * net + np.log1p(np.exp(-np.abs(net)))
    return float(np.sum(E) / net.shape[0])


def softmax_ce_from_net(net: np.ndarray, T: np.ndarray, out: np.ndarray | None = None) -> float:
    """The softmax_ce loss of a softmax output, from its pre-activation ``net`` = z.

    −Σ_k t_k log softmax(z)_k = Σ_k t_k (lse(z) − z_k), lse(z) = log Σ_j e^(z_j), written
    with z shifted by its row maximum m, so every term is ≥ 0 and nothing overflows.

    Given ``out`` = softmax(z), it is −Σ t log y while every y is a normal float: then log y
    is exact to rounding (y carries a relative error of a few eps), and three numpy calls
    cheaper. Only where softmax underflowed (y = 0 or subnormal) is log-sum-exp needed.
    Either way the error is a few eps of max(E, 1): a loss below eps (a confident right
    answer) comes out as 0.
    """
    if out is not None and np.minimum.reduce(out, axis=None) >= _TINY.get(out.dtype, 1.0):
        return float(-np.add.reduce(T * np.log(out), None) / net.shape[0])
    s = net - net.max(axis=1, keepdims=True)                  # z − m ≤ 0
    lse = np.log(np.add.reduce(np.exp(s), axis=1, keepdims=True))  # lse(z) − m, in [0, log n]
    return float(np.sum(T * (lse - s)) / net.shape[0])


_TINY = {np.dtype(t): float(np.finfo(t).tiny) for t in (np.float32, np.float64)}


_TABLE = {
    "mse": (mse, mse_grad),
    "bce": (bce, bce_grad),
    "softmax_ce": (softmax_ce, softmax_ce_grad),
}


def _entry(name: str) -> tuple:
    """``_TABLE[name]``, or the error that lists the valid names."""
    entry = _TABLE.get(name) if isinstance(name, str) else None
    return entry if entry is not None else _TABLE[check_name("loss", name, LOSSES)]


def loss(name: str, out: np.ndarray, T: np.ndarray) -> float:
    """The loss called ``name`` of outputs ``out`` against targets ``T``, a float."""
    return _entry(name)[0](out, T)


def loss_grad(name: str, out: np.ndarray, T: np.ndarray) -> np.ndarray:
    """∂E/∂out for the loss called ``name``; shape of ``out``."""
    return _entry(name)[1](out, T)


def loss_from_net(loss_name: str, activation: str, net: np.ndarray, out: np.ndarray,
                  T: np.ndarray) -> float:
    """E of the output layer: for sigmoid + bce and softmax + softmax_ce from the layer's
    pre-activation ``net`` (exact, also where the output saturates), for every other pair
    ``loss(loss_name, out, T)``. ``net`` and ``out`` are (n_samples, n_out)."""
    if activation == "softmax" and loss_name == "softmax_ce":
        return softmax_ce_from_net(net, T, out)
    if activation == "sigmoid" and loss_name == "bce":
        return bce_from_net(net, T)
    return loss(loss_name, out, T)


def output_delta(loss_name: str, activation: str, net: np.ndarray, out: np.ndarray,
                 T: np.ndarray) -> np.ndarray:
    """δ at the output layer, ∂E/∂net = ∂E/∂out · g'(net) (deck 003's δ_k).

    For sigmoid + bce, softmax + softmax_ce and identity + mse the product collapses to
    (y − t) / n_samples (deck 000's a·b); bpkit uses that form there, which stays exact
    when the unit saturates. Every other pair is the plain chain rule.

    For sigmoid + bce, y − t is written σ(z)(1 − t) − t·σ(−z): with t = 1 and z = 20 it is
    −σ(−20) to every digit, where σ(20) − 1 would keep only 8 of them.

    Returns
    -------
    ndarray, shape (n_samples, n_out)
    """
    if activation == "sigmoid" and loss_name == "bce":
        return (out * (1.0 - T) - T * expit(-net)) / out.shape[0]   # y − t, 1 − y = σ(−z)
    if (activation, loss_name) in SIMPLE_PAIRS:
        return (out - T) / out.shape[0]
    return activations.backward(activation, net, out, loss_grad(loss_name, out, T))


def targets_ok(loss_name: str, T: np.ndarray) -> bool:
    """A cheap test (a few reductions) that ``T`` is finite and fits the loss.

    True means all is well; False means look closer with ``check_finite`` and
    ``check_targets``, which say what is wrong. NaN fails every comparison, so it lands there.
    """
    if loss_name == "bce":
        return bool(np.minimum.reduce(T, None) >= 0 and np.maximum.reduce(T, None) <= 1)
    if loss_name == "softmax_ce":
        if not np.minimum.reduce(T, None) >= 0:  # also False for NaN
            return False
        sums = np.add.reduce(T, 1).tolist()  # Python's min and max beat two more numpy calls
        return 1 - 1e-6 <= min(sums) and max(sums) <= 1 + 1e-6
    return math.isfinite(np.add.reduce(T, None))


def check_targets(loss_name: str, T: np.ndarray, what: str | None = None) -> None:
    """Raise TargetError if ``T`` does not fit the loss: bce needs t in [0, 1]; softmax_ce
    needs each row to be a distribution (entries ≥ 0 that sum to 1). ``what`` names ``T`` in
    the message (default: "targets T")."""
    if what is None:
        what = _("targets T")
    if loss_name == "bce":
        if T.min() < 0 or T.max() > 1:
            bad = np.argwhere((T < 0) | (T > 1))[0]
            raise TargetError(_("{what} must lie in [0, 1] for the 'bce' loss; found {value} at "
                                "index {index}", what=what, value=T[tuple(bad)],
                                index=tuple(int(i) for i in bad)))
    elif loss_name == "softmax_ce":
        sums = T.sum(axis=1)
        bad_rows = np.flatnonzero((T.min(axis=1) < 0) | (np.abs(sums - 1) > 1e-6))
        if bad_rows.size:
            r = int(bad_rows[0])
            raise TargetError(_(
                "each row of {what} must be a distribution (entries ≥ 0, summing to 1) for the "
                "'softmax_ce' loss; row {r} is {row} (sum {sum:g}); {n_bad} bad row(s) in all. "
                "Use bpkit.one_hot(labels, n) for labels.", what=what, r=r, row=T[r].tolist(),
                sum=sums[r], n_bad=bad_rows.size))

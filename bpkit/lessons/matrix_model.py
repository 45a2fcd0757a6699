"""Deck 004's matrix model ("다층 인공 신경망 행렬 모델") in its own column convention.

Deck 004 stacks the m samples of a batch as COLUMNS: ``A0`` is (n_0, m), ``W1`` is
(n_1, n_0) and

    Z1 = W1·A0,   A1 = g(Z1),   Z2 = W2·A1,   A2 = g(Z2)                 (순전파)
    E2 = A2 − Y,  dZ2 = E2 ⊙ g'(Z2),  E1 = W2ᵀ·dZ2,  dZ1 = E1 ⊙ g'(Z1)   (역전파)
    ΔW2 = dZ2·A1ᵀ,  ΔW1 = dZ1·A0ᵀ

for the deck's E = ½ Σ (A2 − Y)², summed over units AND samples (so ΔW sums over the
batch). bpkit's row convention is the transpose of all of this: ``W_deck = net.weights[l].T``,
``Z_deck = fwd.Z[l].T``, ``A0 = X.T``; bpkit's loss is the batch MEAN, so
``ΔW_deck = m · dW_bpkit.T``.

The lecture's code sends the error back as E1 = W2ᵀ·E2 ("오차 역전파"), dropping g'(Z2).
``rule="lecture"`` computes that; it is the gradient only where dZ2 = E2, i.e. for a sigmoid
output with cross-entropy (bce) or a softmax output with softmax cross-entropy.
``exact_backward`` and ``lecture_backward`` give both rules in the ``(dW, db)`` form that
``bpkit.check_gradients(net, X, T, backward=...)`` checks.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import numpy as np

from .. import activations as act
from .. import losses, validate
from ..errors import BpkitError, ShapeError, check_name
from ..i18n import _

RULES = ("exact", "lecture")


class ColumnForward(NamedTuple):
    """Deck 004's forward pass (순전파), every array (n_units, m): samples are columns."""

    Z1: np.ndarray
    A1: np.ndarray
    Z2: np.ndarray
    A2: np.ndarray


class ColumnBackward(NamedTuple):
    """Deck 004's backward pass (역전파) for the whole batch, samples as columns.

    E2, dZ2 : (n_2, m);  E1, dZ1 : (n_1, m);  dW2 : (n_2, n_1);  dW1 : (n_1, n_0).
    dW2 and dW1 are the gradients of the batch-SUM loss (the deck's ΔW = dZ·Aᵀ).
    """

    E2: np.ndarray
    dZ2: np.ndarray
    E1: np.ndarray
    dZ1: np.ndarray
    dW2: np.ndarray
    dW1: np.ndarray


def forward_columns(W1: np.ndarray, W2: np.ndarray, A0: np.ndarray, *,
                    activation: str = "sigmoid", output_activation: str | None = None,
                    b1=None, b2=None) -> ColumnForward:
    """Z1 = W1·A0, A1 = g(Z1), Z2 = W2·A1, A2 = g(Z2) (deck 004, "7. 순전파").

    Parameters
    ----------
    W1 : ndarray, shape (n_1, n_0)
    W2 : ndarray, shape (n_2, n_1)
    A0 : ndarray, shape (n_0, m)
        The inputs, one sample per column.
    activation, output_activation : str
        g of the hidden and output layer (names of ``bpkit.activations``); the deck uses
        sigmoid for both. Softmax works column by column.
    b1, b2 : optional
        Biases (the deck has none): a scalar (shared) or shape (n_units,) (per unit).

    Returns
    -------
    ColumnForward(Z1, A1, Z2, A2), shapes (n_1, m), (n_1, m), (n_2, m), (n_2, m).
    """
    out_name = output_activation or activation
    check_name("activation", activation, act.ACTIVATIONS)
    check_name("activation", out_name, act.ACTIVATIONS)
    _check_shapes(W1, W2, A0)
    Z1 = W1 @ A0 + _column(b1)
    A1 = _g(activation, Z1)
    Z2 = W2 @ A1 + _column(b2)
    A2 = _g(out_name, Z2)
    return ColumnForward(Z1, A1, Z2, A2)


def backward_columns(W2: np.ndarray, A0: np.ndarray, Y: np.ndarray, fwd, *,
                     activation: str = "sigmoid", output_activation: str | None = None,
                     loss: str = "mse", rule: str = "exact") -> ColumnBackward:
    """E2, dZ2, E1, dZ1, ΔW2, ΔW1 of deck 004's "8. 역전파", for the batch-sum loss.

    Parameters
    ----------
    W2 : ndarray, shape (n_2, n_1)
    A0 : ndarray, shape (n_0, m)
    Y : ndarray, shape (n_2, m)
        Targets (레이블), one sample per column.
    fwd : ColumnForward (or the tuple Z1, A1, Z2, A2) from ``forward_columns``
    activation, output_activation : str
        As given to ``forward_columns``.
    loss : {"mse", "bce", "softmax_ce"}
        The deck's loss is "mse", E = ½ Σ (A2 − Y)².
    rule : {"exact", "lecture"}
        "exact": E1 = W2ᵀ·dZ2 (the chain rule). "lecture": E1 = W2ᵀ·E2, the lecture code's
        rule, which drops g'(Z2).

    Returns
    -------
    ColumnBackward(E2, dZ2, E1, dZ1, dW2, dW1)

    Notes
    -----
    E2 = A2 − Y is the deck's error (its second definition; the review slide's y − ŷ is the
    negative). For mse it is ∂E/∂A2 and dZ2 = E2 ⊙ g'(Z2). For sigmoid + bce and
    softmax + softmax_ce the chain rule collapses to dZ2 = E2 (see
    ``bpkit.losses.output_delta``), which is why the lecture's rule is exact there.
    """
    out_name = output_activation or activation
    check_name("loss", loss, losses.LOSSES)
    if rule not in RULES:
        raise BpkitError(_("unknown rule {rule!r}; valid rules are: {rules}", rule=rule,
                           rules=", ".join(RULES)))
    Z1, A1, Z2, A2 = fwd
    if Y.shape != A2.shape:
        raise ShapeError(_("Y must have the shape of A2, (n_2, m) = {shape}; got {got}",
                           shape=A2.shape, got=Y.shape))
    m = A0.shape[1]
    E2 = A2 - Y                                              # 8. E2 값 계산
    if loss == "mse":
        dZ2 = act.backward(out_name, Z2.T, A2.T, E2.T).T     # 8. dZ2 = E2 ⊙ g'(Z2)
    else:  # bpkit's output δ is ∂(batch mean)/∂Z: times m for the deck's batch sum
        dZ2 = m * losses.output_delta(loss, out_name, Z2.T, A2.T, Y.T).T
    E1 = W2.T @ (dZ2 if rule == "exact" else E2)             # 8. E1 값 계산
    dZ1 = act.backward(activation, Z1.T, A1.T, E1.T).T       # 8. dZ1 = E1 ⊙ g'(Z1)
    dW2 = dZ2 @ A1.T                                         # ΔW2 = dZ2·A1ᵀ, (n_2, n_1)
    dW1 = dZ1 @ A0.T                                         # ΔW1 = dZ1·A0ᵀ, (n_1, n_0)
    return ColumnBackward(E2, dZ2, E1, dZ1, dW2, dW1)


def columns_of(net) -> dict:
    """A two-layer bpkit MLP's parameters in deck 004's convention: W1, W2 (transposed) and
    b1, b2 (None without bias), plus the keyword arguments for ``forward_columns``."""
    _check_two_layers(net)
    b = net.biases if net.biases else [None, None]
    return {"W1": net.weights[0].T, "W2": net.weights[1].T, "b1": b[0], "b2": b[1],
            "activation": net.activations[0], "output_activation": net.activations[1]}


def convention_head() -> tuple:
    """The header of ``compare_conventions``'s table, in the notebook's language."""
    return (_("deck 004"), _("formula"), _("shape (deck)"), _("bpkit (rows)"),
            _("shape (bpkit)"), _("deck = bpkitᵀ"))


def compare_conventions(net, X, T) -> list:
    """Every array of deck 004's matrix model beside bpkit's, with its shape and whether the
    deck's array equals the transpose of bpkit's (np.allclose; gradients times m, because the
    deck's E sums over the batch and bpkit's is the mean).

    Returns
    -------
    list of rows (symbol, formula, deck shape, bpkit name, bpkit shape, equal: bool), for
    ``bpkit.Table(convention_head(), rows)``.
    """
    p = columns_of(net)
    X, T = np.atleast_2d(X), np.atleast_2d(T)
    A0, Y, m = X.T, T.T, X.shape[0]
    kw = {"activation": p["activation"], "output_activation": p["output_activation"]}
    cf = forward_columns(p["W1"], p["W2"], A0, b1=p["b1"], b2=p["b2"], **kw)
    cb = backward_columns(p["W2"], A0, Y, cf, loss=net.loss_name, **kw)
    rf = net.forward(X)
    rb = net.backward(rf, T)
    dz2 = "E^[2] ⊙ g'(Z^[2])" if net.loss_name == "mse" else "∂E/∂Z^[2]"
    pairs = [
        ("A^[0]", _("inputs, one sample per column"), A0, "X", X, 1),
        ("W^[1]", "", p["W1"], "weights[0]", net.weights[0], 1),
        ("Z^[1]", "W^[1]·A^[0]", cf.Z1, "fwd.Z[0]", rf.Z[0], 1),
        ("A^[1]", "g(Z^[1])", cf.A1, "fwd.A[0]", rf.A[0], 1),
        ("W^[2]", "", p["W2"], "weights[1]", net.weights[1], 1),
        ("Z^[2]", "W^[2]·A^[1]", cf.Z2, "fwd.Z[1]", rf.Z[1], 1),
        ("A^[2]", "g(Z^[2])", cf.A2, "fwd.A[1]", rf.A[1], 1),
        ("Y", _("labels, one per column"), Y, "T", T, 1),
        ("E^[2]", "A^[2] − Y", cb.E2, "fwd.A[1] − T", rf.A[1] - T, 1),
        ("dZ^[2]", dz2, cb.dZ2, "m · bwd.deltas[1]", rb.deltas[1], m),
        ("E^[1]", "W^[2]ᵀ·dZ^[2]", cb.E1, "m · bwd.d_inputs[1]", rb.d_inputs[1], m),
        ("dZ^[1]", "E^[1] ⊙ g'(Z^[1])", cb.dZ1, "m · bwd.deltas[0]", rb.deltas[0], m),
        ("ΔW^[2]", "dZ^[2]·A^[1]ᵀ", cb.dW2, "m · bwd.dW[1]", rb.dW[1], m),
        ("ΔW^[1]", "dZ^[1]·A^[0]ᵀ", cb.dW1, "m · bwd.dW[0]", rb.dW[0], m),
    ]
    return [(sym, formula, _shape(deck), name, _shape(row), bool(np.allclose(deck, scale * row.T)))
            for sym, formula, deck, name, row, scale in pairs]


def _shape(a) -> str:
    return "(" + ", ".join(map(str, np.shape(a))) + ")"


def _backward(net, X, T, rule: str):
    p = columns_of(net)
    net.check_params()
    X = validate.inputs(net, X)
    T = validate.targets(net, T, X.shape[0])
    A0, Y, m = X.T, T.T, X.shape[0]
    kw = {"activation": p["activation"], "output_activation": p["output_activation"]}
    fwd = forward_columns(p["W1"], p["W2"], A0, b1=p["b1"], b2=p["b2"], **kw)
    bwd = backward_columns(p["W2"], A0, Y, fwd, loss=net.loss_name, rule=rule, **kw)
    # back to bpkit's row convention and batch-mean loss: transpose, divide by m
    dW = [bwd.dW1.T / m, bwd.dW2.T / m]
    if net.bias == "unit":
        db = [bwd.dZ1.sum(axis=1) / m, bwd.dZ2.sum(axis=1) / m]
    elif net.bias == "shared":
        db = [np.asarray(bwd.dZ1.sum() / m), np.asarray(bwd.dZ2.sum() / m)]
    else:
        db = []
    return dW, db


def exact_backward(net, X, T):
    """(dW, db) of a two-layer bpkit MLP by deck 004's matrix model with E1 = W2ᵀ·dZ2.

    Row convention and batch-mean loss, shaped like ``net.weights`` / ``net.biases``: the
    form ``bpkit.check_gradients(net, X, T, backward=exact_backward)`` takes. Equal to
    ``net.gradients(X, T)``.
    """
    return _backward(net, X, T, "exact")


def lecture_backward(net, X, T):
    """(dW, db) by the lecture code's rule E1 = W2ᵀ·E2 (g'(Z2) dropped), in the form
    ``bpkit.check_gradients(net, X, T, backward=lecture_backward)`` takes.

    The gradient only where dZ2 = E2: sigmoid + bce, softmax + softmax_ce (and identity +
    mse). For sigmoid + mse, dW of the hidden layer is wrong (dW of the output layer is right).
    """
    return _backward(net, X, T, "lecture")


def train_with(net, X, T, backward: Callable, *, lr: float, epochs: int) -> list:
    """Full-batch gradient descent W ← W − lr·dW with the gradients ``backward(net, X, T)``
    gives (e.g. ``exact_backward`` or ``lecture_backward``); trains ``net`` in place.

    Returns
    -------
    list of float, length epochs + 1: ``net.loss(X, T)`` before training and after each step.
    """
    history = [net.loss(X, T)]
    for _epoch in range(int(epochs)):
        dW, db = backward(net, X, T)
        net.weights = [W - lr * g for W, g in zip(net.weights, dW)]
        if net.biases:
            net.biases = [b - lr * g for b, g in zip(net.biases, db)]
        history.append(net.loss(X, T))
    return history


def update_columns(W: np.ndarray, dZ: np.ndarray, A_in: np.ndarray, *, lr: float,
                   sign: int = -1) -> np.ndarray:
    """W + sign·lr·(dZ·A_inᵀ): the weight update of deck 004's "8. 가중치 조정".

    ``sign=-1`` with dZ = (A − Y) ⊙ g'(Z) is gradient descent, W − α·ΔW. The slide's
    "W + E·g'(Z)·Aᵀ" with E = A − Y is ``sign=+1, lr=1``: it climbs the loss.
    """
    if sign not in (-1, 1):
        raise BpkitError(_("sign must be -1 or +1; got {sign}", sign=sign))
    return W + sign * lr * (dZ @ A_in.T)


def deck_loss(A2: np.ndarray, Y: np.ndarray) -> float:
    """The deck's E = ½ Σ (A2 − Y)², summed over units and samples (= m · bpkit's mse)."""
    return float(0.5 * np.sum((A2 - Y) ** 2))


def numerical_dW_columns(net, X, T, h: float = 1e-5) -> list:
    """Central-difference ∂E/∂W_deck of the deck's batch-SUM loss for every layer of ``net``,
    in the column convention: ``[m · (∂ net.loss / ∂ net.weights[l]).T]``."""
    from ..gradcheck import numerical_gradient
    m = np.atleast_2d(X).shape[0]
    return [m * numerical_gradient(lambda: net.loss(X, T), W, h).T for W in net.weights]


# ---- helpers --------------------------------------------------------------------------------
def _g(name: str, Z: np.ndarray) -> np.ndarray:
    # bpkit's activations work on rows (softmax over the last axis): transpose in and out
    return act.forward(name, Z.T).T


def _column(b):
    if b is None:
        return 0.0
    b = np.asarray(b)
    return b[:, None] if b.ndim == 1 else b


def _check_shapes(W1, W2, A0) -> None:
    if A0.ndim != 2:
        raise ShapeError(_("A0 must be (n_0, m), one sample per column; got shape {shape}",
                           shape=A0.shape))
    if W1.ndim != 2 or W1.shape[1] != A0.shape[0]:
        raise ShapeError(_("W1 must be (n_1, n_0) with n_0 = {n} rows of A0; got {got} (in "
                           "bpkit's row convention it is net.weights[0].T)",
                           n=A0.shape[0], got=W1.shape))
    if W2.ndim != 2 or W2.shape[1] != W1.shape[0]:
        raise ShapeError(_("W2 must be (n_2, n_1) with n_1 = {n} rows of W1; got {got} (in "
                           "bpkit's row convention it is net.weights[1].T)",
                           n=W1.shape[0], got=W2.shape))


def _check_two_layers(net) -> None:
    if net.n_layers != 2:
        raise ShapeError(_("deck 004's matrix model has two weight layers (W1, W2); the net "
                           "{sizes} has {n}", sizes=net.sizes, n=net.n_layers))

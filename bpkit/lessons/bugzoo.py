"""A zoo of wrong backward passes, each one typical mistake, for the gradient check to unmask.

Every member is a function ``backward(net, X, T) -> (dW, db)`` shaped like ``net.gradients``,
so ``bp.check_gradients(net, X, T, backward=bugzoo.flipped_sign)`` compares it with central
differences of ``net.loss``. ``correct`` is the same code without a bug. All of them follow
deck 003's formulas (δ of the output, ∂w = yᵀδ, ∂b = Σδ, ∂y = δWᵀ, δ_j = ∂y_j f'(u_j)), with one
line changed:

=======================  =============================================================
member                   the mistake
=======================  =============================================================
``missing_sigma_prime``  hidden δ_j = ∂y_j, without f'(u_j)
``transposed_weight``    ∂y = δ W instead of δ Wᵀ, in the square layers (elsewhere the
                         shapes would not fit and numpy would catch it)
``flipped_sign``         output δ from (t − y) instead of (y − t)
``bias_averaged``        ∂b = mean of δ over the batch instead of the sum
``loss_not_averaged``    gradient of the batch SUM while ``net.loss`` is the batch MEAN
=======================  =============================================================

Notebook 09 uses them; ``zoo_case`` makes a net whose shapes let every member run.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .. import activations as act
from .. import losses
from ..errors import BpkitError, ShapeError
from ..gradcheck import check_gradients
from ..i18n import _

if TYPE_CHECKING:
    from ..mlp import MLP

BUGS = ("missing_sigma_prime", "transposed_weight", "flipped_sign", "bias_averaged",
        "loss_not_averaged")


def _backprop(net, X, T, bug: str | None = None):
    """Deck 003's backward pass with at most one ``bug`` (a name of ``BUGS``) switched on."""
    if net.bias != "unit":
        raise BpkitError(_("the bug zoo works on nets with one bias per unit; got bias={bias!r}",
                           bias=net.bias))
    fwd = net.forward(X)
    out = fwd.output
    T = np.asarray(T, dtype=net.dtype).reshape(out.shape)
    delta = losses.output_delta(net.loss_name, net.activations[-1], fwd.nets[-1], out, T)
    if bug == "flipped_sign":
        delta = -delta                     # δ from (t − y): the descent direction, not the gradient
    if bug == "loss_not_averaged":
        delta = delta * out.shape[0]       # δ of Σ over samples; net.loss is the mean
    L = net.n_layers
    dW, db = [None] * L, [None] * L
    for l in range(L - 1, -1, -1):
        dW[l] = fwd.input_of(l).T @ delta                       # ∂w_jk = y_j δ_k
        if bug == "bias_averaged":
            db[l] = delta.mean(axis=0)                          # should be the sum
        else:
            db[l] = delta.sum(axis=0)                           # ∂b_k = δ_k
        if l == 0:
            break
        W = net.weights[l]
        if bug == "transposed_weight" and W.shape[0] == W.shape[1]:
            d_inp = delta @ W                                   # should be δ @ Wᵀ
        else:
            d_inp = delta @ W.T                                 # ∂y_j = Σ_r δ_r w_jr
        if bug == "missing_sigma_prime":
            delta = d_inp                                       # should be ∂y_j · f'(u_j)
        else:
            delta = act.backward(net.activations[l - 1], fwd.nets[l - 1], fwd.outs[l - 1], d_inp)
    return dW, db


def correct(net: MLP, X: np.ndarray, T: np.ndarray) -> tuple[list, list]:
    """The right backward pass (the same as ``net.gradients``), written out as the zoo is."""
    return _backprop(net, X, T)


def missing_sigma_prime(net: MLP, X: np.ndarray, T: np.ndarray) -> tuple[list, list]:
    """Bug: the hidden δ_j is ∂y_j, the factor f'(u_j) is forgotten."""
    return _backprop(net, X, T, "missing_sigma_prime")


def transposed_weight(net: MLP, X: np.ndarray, T: np.ndarray) -> tuple[list, list]:
    """Bug: the gradient handed down is δ W, not δ Wᵀ.

    Where W is not square numpy refuses δ @ W, so such a bug only survives in a square layer:
    this member has it in every square layer (from layer 2 up) and is right elsewhere.
    """
    if not any(W.shape[0] == W.shape[1] for W in net.weights[1:]):
        raise ShapeError(_("transposed_weight needs a square weight matrix above the first "
                           "layer (weights shapes {shapes}); use bugzoo.zoo_case",
                           shapes=[W.shape for W in net.weights]))
    return _backprop(net, X, T, "transposed_weight")


def flipped_sign(net: MLP, X: np.ndarray, T: np.ndarray) -> tuple[list, list]:
    """Bug: the output δ uses (t − y) instead of (y − t), so every gradient has the wrong sign."""
    return _backprop(net, X, T, "flipped_sign")


def bias_averaged(net: MLP, X: np.ndarray, T: np.ndarray) -> tuple[list, list]:
    """Bug: ∂b is δ averaged over the batch; δ already carries 1/N, so it must be summed."""
    return _backprop(net, X, T, "bias_averaged")


def loss_not_averaged(net: MLP, X: np.ndarray, T: np.ndarray) -> tuple[list, list]:
    """Bug: the gradient is that of the batch sum of the loss, ``net.loss`` is the batch mean."""
    return _backprop(net, X, T, "loss_not_averaged")


ZOO: dict[str, Callable] = {name: globals()[name] for name in BUGS}



def describe(name: str) -> str:
    """What the member ``name`` (or ``"correct"``) does, in a few words, in the notebook's
    language: the "what it does" column of notebook 09's bug-zoo table."""
    return {
        "correct": _("deck 003, no bug"),
        "missing_sigma_prime": _("hidden δ_j = ∂y_j (no f'(u_j))"),
        "transposed_weight": _("∂y = δ·W instead of δ·Wᵀ (square W)"),
        "flipped_sign": _("output δ from (t − y)"),
        "bias_averaged": _("∂b = mean of δ, not the sum"),
        "loss_not_averaged": _("gradient of the sum, loss is the mean"),
    }[name]


def zoo_case(rng: np.random.Generator, n_samples: int = 5) -> tuple[MLP, np.ndarray, np.ndarray]:
    """``(net, X, T)`` on which every member runs: a 3-4-4-2 sigmoid net with MSE and per-unit
    biases (the middle W[1] is square, 4 × 4, so ``transposed_weight`` has a layer to hide in),
    inputs X of shape (n_samples, 3) and targets T in [0.1, 0.9] of shape (n_samples, 2)."""
    from ..mlp import MLP
    net = MLP([3, 4, 4, 2], activation="sigmoid", loss="mse", bias="unit", rng=rng)
    net.biases = [rng.normal(0, 0.5, n) for n in (4, 4, 2)]
    X = rng.normal(size=(n_samples, 3))
    T = rng.uniform(0.1, 0.9, size=(n_samples, 2))
    return net, X, T


@dataclass
class Diagnosis:
    """What a gradient check says about one backward pass."""

    flagged: list          # names of the parameter arrays whose verdict is 'wrong'
    max_rel_error: float
    report: object         # the full GradCheckReport

    @property
    def flagged_text(self) -> str:
        return ", ".join(self.flagged) if self.flagged else _("none")


def diagnose(net: MLP, X: np.ndarray, T: np.ndarray, backward: Callable) -> Diagnosis:
    """Run ``check_gradients`` with ``backward`` and summarise: which arrays are flagged."""
    report = check_gradients(net, X, T, backward=backward)
    flagged = [row.name for row in report if row.status == "wrong"]
    return Diagnosis(flagged, report.max_rel_error, report)


# anonymised members for the "which bug is this?" exercise: a fixed shuffle
_MYSTERY_ORDER = ("bias_averaged", "missing_sigma_prime", "loss_not_averaged", "flipped_sign",
                  "transposed_weight")
MYSTERY_LETTERS = tuple("ABCDE")


def mysteries() -> dict[str, Callable]:
    """{"A": backward, "B": backward, ...}: the zoo's members under letters, in a fixed order
    that is not the zoo's, for the learner to identify with a gradient check."""
    out = {}
    for letter, name in zip(MYSTERY_LETTERS, _MYSTERY_ORDER):
        def mystery(net, X, T, _fn=ZOO[name]):
            return _fn(net, X, T)
        mystery.__name__ = mystery.__qualname__ = f"mystery_{letter}"
        mystery.__doc__ = f"Mystery backward pass {letter}: which bug of the zoo is it?"
        out[letter] = mystery
    return out


def answer_key() -> dict[str, str]:
    """{"A": bug name, …}: the names behind the letters of ``mysteries()`` (the exercise check of
    notebook 09 uses it; no peeking)."""
    return dict(zip(MYSTERY_LETTERS, _MYSTERY_ORDER))


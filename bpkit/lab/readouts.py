"""What the explorer reads off its state: the nudge test (∂E/∂w·ε beside the real change of E),
the best single raise, and the rows of the deltas panel."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..gradcheck import relative_error
from ..i18n import _
from ..lessons.notation import layer_letter
from ..mlp import MLP
from .checks import number, positive
from .params import ParamRef, check_ref, get_param, grad_of, param_refs, set_param
from .state import ExplorerState


@dataclass(frozen=True)
class Nudge:
    """∂E/∂w·ε beside the real change E(w + ε) − E(w) for one parameter."""

    ref: ParamRef
    eps: float
    grad: float
    predicted: float
    actual: float
    rel_error: float


def nudge_test(state: ExplorerState, ref: ParamRef | None = None,
               eps: float | None = None) -> Nudge:
    """Nudge one parameter by ε on a copy of the net: the chain rule's prediction ∂E/∂w·ε
    against the change of E it really makes (deck 001's "chain rule by nudging")."""
    ref = state.selected if ref is None else check_ref(state.net, ref)
    eps = state.eps if eps is None else positive("ε (eps)", eps)
    grad = grad_of(state.bwd, ref)
    moved = state.net.copy()
    set_param(moved, ref, get_param(moved, ref) + eps)
    actual = moved.loss(state.x, state.target) - state.E
    predicted = grad * eps
    rel = float(relative_error(predicted, actual, floor=1e-15))
    return Nudge(ref, eps, grad, predicted, float(actual), rel)


def best_weight_raise(state: ExplorerState, amount: float = 1.0) -> tuple:
    """(ref, new E) of the parameter whose raise by ``amount`` lowers E the most."""
    amount = number(_("amount"), amount)
    best = None
    for ref in param_refs(state.net):
        moved = state.net.copy()
        set_param(moved, ref, get_param(moved, ref) + amount)
        E = moved.loss(state.x, state.target)
        if best is None or E < best[1]:
            best = (ref, E)
    return best


def layer_name(net: MLP, l: int) -> str:
    """'H' for the hidden layer of a 2-layer net, 'O' for the output (deck 002); 'H1', 'H2',
    ... in a deeper net (``bpkit.lessons.notation.layer_letter``)."""
    return layer_letter(l, net.n_layers)


def delta_rows(state: ExplorerState) -> list:
    """[(layer l, unit j, name, δ, mean |δ| of the layer)] for every unit, output layer first."""
    rows = []
    for l in range(state.net.n_layers, 0, -1):
        d = state.bwd.deltas[l - 1][0]
        scale = float(np.mean(np.abs(d)))
        for j, v in enumerate(d):
            rows.append((l, j, f"δ_{layer_name(state.net, l)}{j + 1}", float(v), scale))
    return rows

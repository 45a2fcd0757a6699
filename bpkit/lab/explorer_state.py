"""The state of the explorer (notebook 08) and the changes a learner can make to it.

No widgets here: each control of ``bpkit.lab.widgets`` calls one plain function
(``change_param(state, ref, value)``, ``sgd_step(state)``, ``set_phase(state, k)``, ...),
which updates the state and recomputes its records; the widgets then draw the state. Plain
pytest can drive every control through these functions.

The explorer holds ONE sample: ``x`` (n_in,) and ``target`` (n_out,). Every number it shows
comes from ``MLP.forward`` / ``MLP.backward`` on that sample (deck 002's worked example by
default, δ named as in deck 003).

A call that fails changes nothing: each function checks its arguments (a parameter or index
the net has, a finite number) and computes every new value before it writes any; bad input
raises a ``BpkitError`` naming the control and the value. Slider values outside a control's
range are clamped to it (``PARAM_RANGE``, ``INPUT_RANGE``, ``TARGET_RANGE``, ``LR_RANGE``).

Cross-entropy in the explorer is bpkit's ``bce`` loss, which needs outputs in (0, 1): with
``loss="ce"`` the output layer stays sigmoid and the chosen activation (sigmoid, tanh or
relu) applies to the hidden layer only. Targets always lie in [0, 1].

This module holds the changes; it re-exports the rest of the explorer's state API, which
lives beside it: ``presets`` (nets, choices, ranges), ``params`` (``ParamRef``), ``state``
(``ExplorerState``), ``stepping`` (SGD steps, the step-through) and ``readouts`` (nudge
test, deltas panel).
"""
from __future__ import annotations

from ..errors import BpkitError, check_name
from ..i18n import _
from ..lessons.examples import DECK002_LR
from .checks import clamp, index, number, positive
from .params import ParamRef, check_ref, get_param, grad_of, locate, param_refs, set_param, write
from .presets import (
    ACTIVATION_CHOICES,
    INPUT_RANGE,
    LOSS_CHOICES,
    LR_RANGE,
    PARAM_RANGE,
    PRESETS,
    TARGET_RANGE,
    Preset,
    build_net,
    loss_label,
    preset_net,
    title,
)
from .readouts import Nudge, best_weight_raise, delta_rows, layer_name, nudge_test
from .state import ExplorerState, leave_stepping, records, refresh
from .stepping import View, finish_step, phases, set_phase, sgd_step, train, view

__all__ = [
    "ACTIVATION_CHOICES",
    "INPUT_RANGE",
    "LOSS_CHOICES",
    "LR_RANGE",
    "PARAM_RANGE",
    "PRESETS",
    "TARGET_RANGE",
    "BpkitError",
    "ExplorerState",
    "Nudge",
    "ParamRef",
    "Preset",
    "View",
    "best_weight_raise",
    "build_net",
    "change_activation",
    "change_eps",
    "change_input",
    "change_loss",
    "change_lr",
    "change_param",
    "change_preset",
    "change_target",
    "delta_rows",
    "finish_step",
    "get_param",
    "grad_of",
    "layer_name",
    "loss_label",
    "new_state",
    "nudge_test",
    "param_refs",
    "phases",
    "refresh",
    "reset",
    "select_param",
    "set_param",
    "set_phase",
    "sgd_step",
    "title",
    "train",
    "view",
]


def _first_weight(net) -> ParamRef:
    return ParamRef("W", net.n_layers - 1, 0, 0)   # w'_11: deck 002's first


def new_state(preset: str = "deck002", activation: str = "sigmoid", loss: str = "mse",
              lr: float = DECK002_LR) -> ExplorerState:
    """The explorer's state for one of ``PRESETS`` (deck 002's net by default)."""
    lr = clamp(number("lr", lr), LR_RANGE)
    net, x, target = preset_net(preset, activation, loss)
    state = ExplorerState(preset, activation, loss, net, x, target, lr, _first_weight(net))
    return refresh(state)


def change_param(state: ExplorerState, ref: ParamRef, value: float) -> ExplorerState:
    """Set one weight or bias (clamped to ``PARAM_RANGE``), select it and recompute."""
    net = state.net
    l, idx = locate(ref, net.weights, net.biases, net)
    value = clamp(number(ref.label(), value), PARAM_RANGE)
    old = write(net, ref.kind, l, idx, value)
    try:
        fwd, bwd = records(net, state.x, state.target)
    except BaseException:
        write(net, ref.kind, l, idx, old)
        raise
    leave_stepping(state)
    state.fwd, state.bwd, state.selected, state.message = fwd, bwd, ref, ""
    return state


def select_param(state: ExplorerState, ref: ParamRef) -> ExplorerState:
    """Select the parameter the weight slider and the nudge test act on."""
    state.selected = check_ref(state.net, ref)
    return state


def _change_entry(state: ExplorerState, attr: str, k: int, value: float, name: str,
                  what: str, bounds: tuple) -> ExplorerState:
    """Set entry ``k`` of ``state.x`` or ``state.target``; ``name`` (x, target) and ``what``
    (the index's name) are in the learner's language, for the messages."""
    old = getattr(state, attr)
    k = index(what, k, old.size, name)
    new = old.copy()
    new[k] = clamp(number(f"{name}{k + 1}", value), bounds)
    x, target = (new, state.target) if attr == "x" else (state.x, new)
    fwd, bwd = records(state.net, x, target)
    leave_stepping(state)
    setattr(state, attr, new)
    state.fwd, state.bwd = fwd, bwd
    return state


def change_input(state: ExplorerState, i: int, value: float) -> ExplorerState:
    """Set input x_(i+1) (i 0-based), clamped to ``INPUT_RANGE``."""
    return _change_entry(state, "x", i, value, "x", _("input index i"), INPUT_RANGE)


def change_target(state: ExplorerState, k: int, value: float) -> ExplorerState:
    """Set target t_(k+1) (k 0-based), clamped to [0, 1]."""
    return _change_entry(state, "target", k, value, _("target"), _("target index k"),
                         TARGET_RANGE)


def change_lr(state: ExplorerState, lr: float) -> ExplorerState:
    """Set the learning rate, clamped to ``LR_RANGE``."""
    state.lr = clamp(number("lr", lr), LR_RANGE)
    return state


def change_eps(state: ExplorerState, eps: float) -> ExplorerState:
    """Set the ε of the nudge test (a positive number)."""
    state.eps = positive("ε (eps)", eps)
    return state


def _switch(state: ExplorerState, activation: str, loss: str) -> ExplorerState:
    """Rebuild the net with another activation or loss, keeping every weight and bias."""
    p = PRESETS[state.preset]
    net = build_net(p.sizes, p.bias, activation, loss)
    net.weights = [W.copy() for W in state.net.weights]
    net.biases = [b.copy() for b in state.net.biases]
    fwd, bwd = records(net, state.x, state.target)
    leave_stepping(state)
    state.activation, state.loss, state.net, state.fwd, state.bwd = activation, loss, net, fwd, bwd
    return state


def change_activation(state: ExplorerState, activation: str) -> ExplorerState:
    """Switch the activation, keeping every weight, bias, input and target."""
    return _switch(state, check_name("activation", activation, ACTIVATION_CHOICES), state.loss)


def change_loss(state: ExplorerState, loss: str) -> ExplorerState:
    """Switch between MSE and cross-entropy, keeping every weight, bias, input and target."""
    return _switch(state, state.activation, check_name("loss", loss, LOSS_CHOICES))


def change_preset(state: ExplorerState, preset: str) -> ExplorerState:
    """Load another net of ``PRESETS`` (keeps activation, loss and lr; clears the history)."""
    net, x, target = preset_net(preset, state.activation, state.loss)
    fwd, bwd = records(net, x, target)
    leave_stepping(state)
    state.preset, state.net, state.x, state.target, state.fwd, state.bwd = (
        preset, net, x, target, fwd, bwd)
    state.selected, state.history, state.message = _first_weight(net), [], ""
    return state


def reset(state: ExplorerState) -> ExplorerState:
    """Back to the preset's numbers (keeps net, activation, loss, lr); clears the loss curve."""
    return change_preset(state, state.preset)

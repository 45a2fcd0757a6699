"""Training in the explorer: one SGD step, N steps, and the step-through of one step phase by
phase (inputs, forward layer by layer, backward output-first, update) with what each shows."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import BpkitError
from ..i18n import _
from .checks import count, optional_int
from .state import ExplorerState, leave_stepping, records, refresh


def sgd_step(state: ExplorerState) -> ExplorerState:
    """One step w ← w − lr·∂E/∂w on the sample; its loss goes on the curve.

    A step that would make a parameter non-finite is refused (``MLP.sgd_step`` checks it and
    changes nothing): ``state.message`` says so and nothing else changes, the curve included.
    """
    E0 = state.E
    try:
        state.net.sgd_step(state.x, state.target, state.lr)
    except BpkitError as exc:
        state.message = _("step refused: {reason}", reason=exc)
        return state
    leave_stepping(state)
    refresh(state)
    if not state.history:
        state.history.append(E0)
    state.history.append(state.E)
    state.message = ""
    return state


def train(state: ExplorerState, n_steps: int) -> ExplorerState:
    """``n_steps`` SGD steps (stops early, with a message, if a step is refused)."""
    for _step in range(count("n_steps", n_steps)):
        sgd_step(state)
        if state.message:
            break
    return state


def phases(state: ExplorerState) -> list:
    """Names of the phases of one training step: inputs, forward layer by layer, backward
    layer by layer (output layer first), update."""
    L = state.net.n_layers
    names = [_("inputs x arrive")]
    names += [_("forward: layer {l} computes net and out", l=l) for l in range(1, L + 1)]
    names += [_("backward: δ of layer {l} and ∂E/∂w into it", l=l) for l in range(L, 0, -1)]
    names.append(_("update: w ← w − lr·∂E/∂w (lr = {lr:g})", lr=state.lr))
    return names


def set_phase(state: ExplorerState, k: int | None) -> ExplorerState:
    """Go to phase ``k`` of the step-through (None: leave it, keeping the current net).

    ``k`` is clipped to the phases there are. Phases before the update show the net as it
    was when the step-through began; the update phase applies one SGD step to it (or says
    why it was refused). Going back from the update undoes the step.
    """
    k = optional_int(_("phase"), k)
    if k is None:
        leave_stepping(state)
        return state
    n = len(phases(state))
    k = int(np.clip(k, 0, n - 1))
    before = state.net.copy() if state.phase is None else state.before
    loss_before = state.E if state.phase is None else state.loss_before
    net, stepped, message = before.copy(), False, state.message
    if k == n - 1:
        try:
            net.sgd_step(state.x, state.target, state.lr)
            stepped, message = True, ""
        except BpkitError as exc:
            message = _("step refused: {reason}", reason=exc)
    fwd, bwd = records(net, state.x, state.target)
    state.before, state.loss_before, state.net, state.stepped = before, loss_before, net, stepped
    state.fwd, state.bwd, state.message, state.phase = fwd, bwd, message, k
    return state


def finish_step(state: ExplorerState) -> ExplorerState:
    """Leave the step-through after its update: the updated net stays, its loss goes on the
    curve (a refused update adds nothing)."""
    if state.phase is not None and state.phase == len(phases(state)) - 1 and state.stepped:
        if not state.history:
            state.history.append(state.loss_before)
        state.history.append(state.E)
    leave_stepping(state)
    return state


@dataclass(frozen=True)
class View:
    """What the diagram shows in a phase: which layers show out (0 = inputs), which show δ,
    which weight layers show ∂E/∂w, whether the loss is known, and whether weights were updated."""

    outs: tuple
    deltas: tuple
    grads: tuple
    loss: bool
    updated: bool
    title: str


def view(state: ExplorerState) -> View:
    """The visible parts of the current phase (everything when not stepping)."""
    L = state.net.n_layers
    all_layers = tuple(range(L + 1))
    if state.phase is None:
        return View(all_layers, tuple(range(1, L + 1)), tuple(range(L)), True, False, "")
    names = phases(state)
    k = state.phase
    title = _("phase {k}/{n}: {name}", k=k + 1, n=len(names), name=names[k])
    if k == len(names) - 1:
        return View(all_layers, (), (), True, True, title)
    if k <= L:
        return View(tuple(range(k + 1)), (), (), k == L, False, title)
    # backward phase b = 1 .. L: δ of layers L, L−1, ..., L−b+1 and ∂E/∂w into them
    b = k - L
    shown = tuple(range(L - b + 1, L + 1))
    return View(all_layers, shown, tuple(l - 1 for l in shown), True, False, title)

"""``ExplorerState``: everything the explorer (notebook 08) shows, and how its forward and
backward records are recomputed. The changes a learner makes are in ``explorer_state``."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..mlp import MLP, Backward, Forward
from .params import ParamRef


@dataclass
class ExplorerState:
    """Everything the explorer shows. ``fwd``/``bwd`` always belong to ``net``, ``x``, ``target``.

    ``x`` has shape (n_in,), ``target`` (n_out,): the explorer holds one sample. ``phase`` is
    None for the full view, else an index into ``phases(state)`` of the step-through of one
    training step; ``before`` is the net at the start of that step and ``stepped`` tells
    whether its update was applied (a refused one was not).
    """

    preset: str
    activation: str
    loss: str
    net: MLP
    x: np.ndarray
    target: np.ndarray
    lr: float
    selected: ParamRef
    eps: float = 1e-3
    fwd: Forward | None = None
    bwd: Backward | None = None
    history: list = field(default_factory=list)
    phase: int | None = None
    before: MLP | None = None
    loss_before: float | None = None
    stepped: bool = False
    message: str = ""

    @property
    def E(self) -> float:
        return float(self.bwd.loss)


def records(net: MLP, x: np.ndarray, target: np.ndarray) -> tuple:
    """(fwd, bwd) of ``net`` on the one sample: ``MLP.forward`` and ``MLP.backward``."""
    fwd = net.forward(x)
    return fwd, net.backward(fwd, target)


def refresh(state: ExplorerState) -> ExplorerState:
    """Recompute the forward and backward records of the current net, x and target."""
    state.fwd, state.bwd = records(state.net, state.x, state.target)
    return state


def leave_stepping(state: ExplorerState) -> None:
    """Leave the step-through, keeping the current net."""
    state.phase, state.before, state.loss_before, state.stepped = None, None, None, False

"""The state of the explorer (notebook 07) and the changes a learner can make to it.

No widgets here: each control of ``bpkit.lab.widgets`` calls one plain function of this module
(``change_param(state, ref, value)``, ``sgd_step(state)``, ``set_phase(state, k)``, ...),
which updates the state and recomputes its records; the widgets then draw the state. Plain
pytest can drive every control through these functions.

The explorer holds ONE sample: ``x`` (n_in,) and ``target`` (n_out,). Every number it shows
comes from ``MLP.forward`` / ``MLP.backward`` on that sample (deck 002's worked example by
default, δ named as in deck 003).

Cross-entropy in the explorer is bpkit's ``bce`` loss, which needs outputs in (0, 1): with
``loss="ce"`` the output layer stays sigmoid and the chosen activation (sigmoid, tanh or
relu) applies to the hidden layer only. Targets always lie in [0, 1].
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..errors import BpkitError, check_name
from ..lessons.examples import DECK002_B1, DECK002_B2, DECK002_LR, DECK002_TARGET, DECK002_W_HO, DECK002_W_IH, DECK002_X
from ..gradcheck import relative_error
from ..mlp import MLP, Backward, Forward

ACTIVATION_CHOICES = ("sigmoid", "tanh", "relu")
LOSS_CHOICES = {"mse": "MSE ½Σ(t − y)²", "ce": "cross-entropy (sigmoid output)"}
# slider ranges: the explorer must stay finite and readable at these extremes
PARAM_RANGE = (-10.0, 10.0)
INPUT_RANGE = (-5.0, 5.0)
TARGET_RANGE = (0.0, 1.0)
LR_RANGE = (0.01, 5.0)


@dataclass(frozen=True)
class Preset:
    """A small net with concrete numbers: sizes, bias mode, weights, biases, x, target."""

    title: str
    sizes: tuple
    bias: str
    weights: tuple
    biases: tuple
    x: tuple
    target: tuple


def _seeded(sizes, seed):
    net = MLP(sizes, bias="unit", seed=seed)
    return tuple(W.copy() for W in net.weights)


PRESETS = {
    "deck002": Preset("3-4-2, shared biases b1, b2 (deck 002)", (3, 4, 2), "shared",
                      (DECK002_W_IH, DECK002_W_HO), (DECK002_B1, DECK002_B2),
                      tuple(DECK002_X), tuple(DECK002_TARGET)),
    "3-4-2 unit": Preset("3-4-2, one bias per unit (deck 003)", (3, 4, 2), "unit",
                         (DECK002_W_IH, DECK002_W_HO),
                         (np.full(4, DECK002_B1), np.full(2, DECK002_B2)),
                         tuple(DECK002_X), tuple(DECK002_TARGET)),
    "2-2-2": Preset("2-2-2, shared biases", (2, 2, 2), "shared",
                    (np.array([[0.15, 0.25], [0.20, 0.30]]),
                     np.array([[0.40, 0.50], [0.45, 0.55]])),
                    (0.35, 0.60), (0.05, 0.10), (0.01, 0.99)),
    "2-3-1": Preset("2-3-1, one bias per unit (seeded weights)", (2, 3, 1), "unit",
                    _seeded((2, 3, 1), 0), (np.zeros(3), np.zeros(1)), (1.0, 0.0), (1.0,)),
}


# ---- naming parameters as the decks do ---------------------------------------------------
@dataclass(frozen=True)
class ParamRef:
    """One scalar parameter: ``("W", l, i, j)`` is weights[l][i, j]; ``("b", l, j)`` is
    biases[l][j] (j is None for a shared bias)."""

    kind: str
    layer: int
    i: int | None = None
    j: int | None = None

    def label(self) -> str:
        """Deck 002's name: w_ij into the hidden layer, w'_ij into the output, b1, b2."""
        if self.kind == "W":
            return f"w{chr(39) * self.layer}_{self.i + 1}{self.j + 1}"
        return f"b{self.layer + 1}" + ("" if self.j is None else f"_{self.j + 1}")


def param_refs(net: MLP) -> list:
    """Every scalar parameter of ``net``, layer by layer: weights then biases."""
    refs = []
    for l in range(net.n_layers):
        n_in, n_out = net.weights[l].shape
        refs += [ParamRef("W", l, i, j) for i in range(n_in) for j in range(n_out)]
        if net.bias == "shared":
            refs.append(ParamRef("b", l))
        elif net.bias == "unit":
            refs += [ParamRef("b", l, None, j) for j in range(n_out)]
    return refs


def get_param(net: MLP, ref: ParamRef) -> float:
    if ref.kind == "W":
        return float(net.weights[ref.layer][ref.i, ref.j])
    b = net.biases[ref.layer]
    return float(b if ref.j is None else b[ref.j])


def set_param(net: MLP, ref: ParamRef, value: float) -> None:
    """Set one scalar parameter of ``net`` in place."""
    value = float(value)
    if not np.isfinite(value):
        raise BpkitError(f"{ref.label()} must be a finite number; got {value}")
    if ref.kind == "W":
        net.weights[ref.layer][ref.i, ref.j] = value
    elif ref.j is None:
        net.biases[ref.layer] = np.array(value, dtype=net.dtype)
    else:
        net.biases[ref.layer][ref.j] = value


def grad_of(bwd: Backward, ref: ParamRef) -> float:
    """∂E/∂(the parameter ``ref``) from a backward record."""
    if ref.kind == "W":
        return float(bwd.dW[ref.layer][ref.i, ref.j])
    g = bwd.db[ref.layer]
    return float(g if ref.j is None else g[ref.j])


# ---- the state -----------------------------------------------------------------------------
@dataclass
class ExplorerState:
    """Everything the explorer shows. ``fwd``/``bwd`` always belong to ``net``, ``x``, ``target``.

    ``phase`` is None for the full view, else an index into ``phases(state)`` of the
    step-through of one training step; ``before`` is the net at the start of that step.
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
    message: str = ""

    @property
    def E(self) -> float:
        return float(self.bwd.loss)


def build_net(sizes, bias: str, activation: str, loss: str) -> MLP:
    """An MLP for the explorer: ``activation`` on the hidden layers; the output is sigmoid
    under cross-entropy (bpkit loss ``bce``), else ``activation`` too."""
    check_name("activation", activation, ACTIVATION_CHOICES)
    check_name("loss", loss, LOSS_CHOICES)
    n_layers = len(sizes) - 1
    names = [activation] * (n_layers - 1) + ["sigmoid" if loss == "ce" else activation]
    return MLP(list(sizes), activation=names, loss="bce" if loss == "ce" else "mse", bias=bias)


def _load_preset(state: ExplorerState) -> None:
    p = PRESETS[state.preset]
    net = build_net(p.sizes, p.bias, state.activation, state.loss)
    net.weights = [np.array(W, dtype=float) for W in p.weights]
    if p.bias != "none":
        net.biases = [np.array(b, dtype=float) for b in p.biases]
    state.net = net
    state.x = np.array(p.x, dtype=float)
    state.target = np.array(p.target, dtype=float)


def new_state(preset: str = "deck002", activation: str = "sigmoid", loss: str = "mse",
              lr: float = DECK002_LR) -> ExplorerState:
    """The explorer's state for one of ``PRESETS`` (deck 002's net by default)."""
    check_name("net", preset, PRESETS)
    state = ExplorerState(preset, activation, loss, None, None, None, float(lr), ParamRef("W", 1, 0, 0))
    _load_preset(state)
    state.selected = ParamRef("W", state.net.n_layers - 1, 0, 0)   # w'_11: deck 002's first
    return refresh(state)


def refresh(state: ExplorerState) -> ExplorerState:
    """Recompute the forward and backward records of the current net, x and target."""
    state.fwd = state.net.forward(state.x)
    state.bwd = state.net.backward(state.fwd, state.target)
    return state


def _leave_stepping(state: ExplorerState) -> None:
    state.phase, state.before, state.loss_before = None, None, None


def change_param(state: ExplorerState, ref: ParamRef, value: float) -> ExplorerState:
    """Set one weight or bias (clamped to ``PARAM_RANGE``) and recompute."""
    _leave_stepping(state)
    set_param(state.net, ref, float(np.clip(value, *PARAM_RANGE)))
    state.selected = ref
    state.message = ""
    return refresh(state)


def select_param(state: ExplorerState, ref: ParamRef) -> ExplorerState:
    if ref not in param_refs(state.net):
        raise BpkitError(f"{ref.label()} is not a parameter of the {state.preset} net")
    state.selected = ref
    return state


def change_input(state: ExplorerState, i: int, value: float) -> ExplorerState:
    """Set input x_(i+1), clamped to ``INPUT_RANGE``."""
    _leave_stepping(state)
    state.x[i] = float(np.clip(value, *INPUT_RANGE))
    return refresh(state)


def change_target(state: ExplorerState, k: int, value: float) -> ExplorerState:
    """Set target t_(k+1), clamped to [0, 1]."""
    _leave_stepping(state)
    state.target[k] = float(np.clip(value, *TARGET_RANGE))
    return refresh(state)


def change_lr(state: ExplorerState, lr: float) -> ExplorerState:
    state.lr = float(np.clip(lr, *LR_RANGE))
    return state


def change_eps(state: ExplorerState, eps: float) -> ExplorerState:
    eps = float(eps)
    if not (np.isfinite(eps) and eps > 0):
        raise BpkitError(f"ε must be a positive number; got {eps}")
    state.eps = eps
    return state


def _rebuild(state: ExplorerState) -> None:
    old = state.net
    p = PRESETS[state.preset]
    net = build_net(p.sizes, p.bias, state.activation, state.loss)
    net.weights = [W.copy() for W in old.weights]
    net.biases = [b.copy() for b in old.biases]
    state.net = net


def change_activation(state: ExplorerState, activation: str) -> ExplorerState:
    """Switch the activation, keeping every weight, bias, input and target."""
    check_name("activation", activation, ACTIVATION_CHOICES)
    _leave_stepping(state)
    state.activation = activation
    _rebuild(state)
    return refresh(state)


def change_loss(state: ExplorerState, loss: str) -> ExplorerState:
    """Switch between MSE and cross-entropy, keeping every weight, bias, input and target."""
    check_name("loss", loss, LOSS_CHOICES)
    _leave_stepping(state)
    state.loss = loss
    _rebuild(state)
    return refresh(state)


def change_preset(state: ExplorerState, preset: str) -> ExplorerState:
    """Load another net of ``PRESETS`` (keeps activation, loss and lr; clears the history)."""
    check_name("net", preset, PRESETS)
    _leave_stepping(state)
    state.preset = preset
    state.history = []
    _load_preset(state)
    state.selected = ParamRef("W", state.net.n_layers - 1, 0, 0)
    state.message = ""
    return refresh(state)


def reset(state: ExplorerState) -> ExplorerState:
    """Back to the preset's numbers (keeps net, activation, loss, lr); clears the loss curve."""
    return change_preset(state, state.preset)


# ---- training ------------------------------------------------------------------------------
def sgd_step(state: ExplorerState) -> ExplorerState:
    """One step w ← w − lr·∂E/∂w on the sample; its loss goes on the curve.

    A step that would make a parameter non-finite is refused (``MLP.sgd_step`` checks it)
    and ``state.message`` says so.
    """
    _leave_stepping(state)
    if not state.history:
        state.history.append(state.E)
    try:
        state.net.sgd_step(state.x, state.target, state.lr)
    except BpkitError as exc:
        state.message = f"step refused: {exc}"
        return refresh(state)
    state.message = ""
    refresh(state)
    state.history.append(state.E)
    return state


def train(state: ExplorerState, n_steps: int) -> ExplorerState:
    """``n_steps`` SGD steps (stops early, with a message, if a step is refused)."""
    for _ in range(int(n_steps)):
        sgd_step(state)
        if state.message:
            break
    return state


# ---- step-through of one training step -----------------------------------------------------
def phases(state: ExplorerState) -> list:
    """Names of the phases of one training step: inputs, forward layer by layer, backward
    layer by layer (output layer first), update."""
    L = state.net.n_layers
    names = ["inputs x arrive"]
    names += [f"forward: layer {l} computes net and out" for l in range(1, L + 1)]
    names += [f"backward: δ of layer {l} and ∂E/∂w into it" for l in range(L, 0, -1)]
    names.append(f"update: w ← w − lr·∂E/∂w (lr = {state.lr:g})")
    return names


def set_phase(state: ExplorerState, k: int | None) -> ExplorerState:
    """Go to phase ``k`` of the step-through (None: leave it, keeping the current net).

    Phases before the update show the net as it was when the step-through began; the
    update phase applies one SGD step to it. Going back from the update undoes the step.
    """
    if k is None:
        _leave_stepping(state)
        return state
    n = len(phases(state))
    k = int(np.clip(k, 0, n - 1))
    if state.phase is None:
        state.before = state.net.copy()
        state.loss_before = state.E
    state.net = state.before.copy()
    refresh(state)
    if k == n - 1:
        try:
            state.net.sgd_step(state.x, state.target, state.lr)
            state.message = ""
        except BpkitError as exc:
            state.message = f"step refused: {exc}"
        refresh(state)
    state.phase = k
    return state


def finish_step(state: ExplorerState) -> ExplorerState:
    """Leave the step-through after its update: the updated net stays, its loss goes on the curve."""
    if state.phase is not None and state.phase == len(phases(state)) - 1:
        if not state.history:
            state.history.append(state.loss_before)
        state.history.append(state.E)
    _leave_stepping(state)
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
    title = f"phase {k + 1}/{len(names)}: {names[k]}"
    if k == len(names) - 1:
        return View(all_layers, (), (), True, True, title)
    if k <= L:
        return View(tuple(range(k + 1)), (), (), k == L, False, title)
    # backward phase b = 1 .. L: δ of layers L, L−1, ..., L−b+1 and ∂E/∂w into them
    b = k - L
    shown = tuple(range(L - b + 1, L + 1))
    return View(all_layers, shown, tuple(l - 1 for l in shown), True, False, title)


# ---- the nudge test ------------------------------------------------------------------------
@dataclass(frozen=True)
class Nudge:
    """∂E/∂w·ε beside the real change E(w + ε) − E(w) for one parameter."""

    ref: ParamRef
    eps: float
    grad: float
    predicted: float
    actual: float
    rel_error: float


def nudge_test(state: ExplorerState, ref: ParamRef | None = None, eps: float | None = None) -> Nudge:
    """Nudge one parameter by ε on a copy of the net: the chain rule's prediction ∂E/∂w·ε
    against the change of E it really makes (deck 001's "chain rule by nudging")."""
    ref = ref or state.selected
    eps = state.eps if eps is None else float(eps)
    grad = grad_of(state.bwd, ref)
    moved = state.net.copy()
    set_param(moved, ref, get_param(moved, ref) + eps)
    actual = moved.loss(state.x, state.target) - state.E
    predicted = grad * eps
    rel = float(relative_error(predicted, actual, floor=1e-15))
    return Nudge(ref, eps, grad, predicted, float(actual), rel)


def best_weight_raise(state: ExplorerState, amount: float = 1.0) -> tuple:
    """(ref, new E) of the parameter whose raise by ``amount`` lowers E the most."""
    best = None
    for ref in param_refs(state.net):
        moved = state.net.copy()
        set_param(moved, ref, get_param(moved, ref) + amount)
        E = moved.loss(state.x, state.target)
        if best is None or E < best[1]:
            best = (ref, E)
    return best


# ---- the deltas panel ----------------------------------------------------------------------
def layer_name(net: MLP, l: int) -> str:
    """'H' for the hidden layer of a 2-layer net, 'O' for the output (deck 002); 'H1', 'H2'... deeper."""
    if l == net.n_layers:
        return "O"
    return "H" if net.n_layers == 2 else f"H{l}"


def delta_rows(state: ExplorerState) -> list:
    """[(layer l, unit j, name, δ, mean |δ| of the layer)] for every unit, output layer first."""
    rows = []
    for l in range(state.net.n_layers, 0, -1):
        d = state.bwd.deltas[l - 1][0]
        scale = float(np.mean(np.abs(d)))
        for j, v in enumerate(d):
            rows.append((l, j, f"δ_{layer_name(state.net, l)}{j + 1}", float(v), scale))
    return rows

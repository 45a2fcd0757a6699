"""The explorer's nets (notebook 08): the presets a learner picks, the choices of activation
and loss, and the ranges of its sliders."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import check_name
from ..i18n import _
from ..lessons.examples import (
    DECK002_B1,
    DECK002_B2,
    DECK002_TARGET,
    DECK002_W_HO,
    DECK002_W_IH,
    DECK002_X,
)
from ..mlp import MLP

ACTIVATION_CHOICES = ("sigmoid", "tanh", "relu")
LOSS_CHOICES = ("mse", "ce")   # ce: cross-entropy, the output layer stays sigmoid
# slider ranges: the explorer must stay finite and readable at these extremes
PARAM_RANGE = (-10.0, 10.0)
INPUT_RANGE = (-5.0, 5.0)
TARGET_RANGE = (0.0, 1.0)
LR_RANGE = (0.01, 5.0)


@dataclass(frozen=True)
class Preset:
    """A small net with concrete numbers: sizes, bias mode, weights, biases, x, target (its
    title, in the learner's language: ``title(key)``)."""

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
    "deck002": Preset((3, 4, 2), "shared",
                      (DECK002_W_IH, DECK002_W_HO), (DECK002_B1, DECK002_B2),
                      tuple(DECK002_X), tuple(DECK002_TARGET)),
    "3-4-2 unit": Preset((3, 4, 2), "unit",
                         (DECK002_W_IH, DECK002_W_HO),
                         (np.full(4, DECK002_B1), np.full(2, DECK002_B2)),
                         tuple(DECK002_X), tuple(DECK002_TARGET)),
    "2-2-2": Preset((2, 2, 2), "shared",
                    (np.array([[0.15, 0.25], [0.20, 0.30]]),
                     np.array([[0.40, 0.50], [0.45, 0.55]])),
                    (0.35, 0.60), (0.05, 0.10), (0.01, 0.99)),
    "2-3-1": Preset((2, 3, 1), "unit",
                    _seeded((2, 3, 1), 0), (np.zeros(3), np.zeros(1)), (1.0, 0.0), (1.0,)),
}


def title(preset: str) -> str:
    """The title of one of ``PRESETS`` in the current language (the net menu, the diagram)."""
    return {
        "deck002": _("3-4-2, shared biases b1, b2 (deck 002)"),
        "3-4-2 unit": _("3-4-2, one bias per unit (deck 003)"),
        "2-2-2": _("2-2-2, shared biases"),
        "2-3-1": _("2-3-1, one bias per unit (seeded weights)"),
    }[check_name("net", preset, PRESETS)]


def loss_label(loss: str) -> str:
    """The explorer's name and formula of a loss of ``LOSS_CHOICES``, in the current language."""
    return {
        "mse": _("MSE ½Σ(t − y)²"),
        "ce": _("cross-entropy −Σ[t log y + (1−t) log(1−y)]"),
    }[check_name("loss", loss, LOSS_CHOICES)]


def build_net(sizes, bias: str, activation: str, loss: str) -> MLP:
    """An MLP for the explorer: ``activation`` on the hidden layers; the output is sigmoid
    under cross-entropy (bpkit loss ``bce``), else ``activation`` too."""
    check_name("activation", activation, ACTIVATION_CHOICES)
    check_name("loss", loss, LOSS_CHOICES)
    n_layers = len(sizes) - 1
    names = [activation] * (n_layers - 1) + ["sigmoid" if loss == "ce" else activation]
    return MLP(list(sizes), activation=names, loss="bce" if loss == "ce" else "mse", bias=bias)


def preset_net(preset: str, activation: str, loss: str) -> tuple:
    """(net, x, target) of one of ``PRESETS`` with its numbers: x shape (n_in,), target (n_out,)."""
    p = PRESETS[check_name("net", preset, PRESETS)]
    net = build_net(p.sizes, p.bias, activation, loss)
    net.weights = [np.array(W, dtype=float) for W in p.weights]
    if p.bias != "none":
        net.biases = [np.array(b, dtype=float) for b in p.biases]
    return net, np.array(p.x, dtype=float), np.array(p.target, dtype=float)

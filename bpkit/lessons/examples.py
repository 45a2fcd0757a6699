"""The worked examples of the decks, with concrete numbers.

Deck 002 ("오차역전파 계산하기") gives the 3-4-2 sigmoid net with shared biases b1, b2 and
E_Total = ½Σ(target − out)² but no numbers; these are the series' numbers for it, chosen so
that every intermediate is a readable 4-digit value and no unit saturates.
"""
from __future__ import annotations

import numpy as np

from ..mlp import MLP

# x_1..x_3 and target_1, target_2
DECK002_X = np.array([0.05, 0.10, 0.15])
DECK002_TARGET = np.array([0.01, 0.99])
# W_IH: w_ij from input i to hidden j (3 × 4)
DECK002_W_IH = np.array([
    [0.10, 0.15, 0.20, 0.25],
    [0.30, 0.35, 0.40, 0.45],
    [0.50, 0.55, 0.60, 0.65],
])
# W_HO: w'_ij from hidden i to output j (4 × 2)
DECK002_W_HO = np.array([
    [0.40, 0.45],
    [0.50, 0.55],
    [0.60, 0.65],
    [0.70, 0.75],
])
DECK002_B1, DECK002_B2 = 0.35, 0.60
DECK002_LR = 0.5


def deck002_net() -> MLP:
    """Deck 002's 3-4-2 net: sigmoid everywhere, shared biases b1 = 0.35, b2 = 0.60, MSE loss."""
    net = MLP([3, 4, 2], activation="sigmoid", loss="mse", bias="shared")
    net.weights = [DECK002_W_IH.copy(), DECK002_W_HO.copy()]
    net.biases = [DECK002_B1, DECK002_B2]
    return net


def deck002() -> tuple[MLP, np.ndarray, np.ndarray, float]:
    """``(net, x, target, lr)`` of deck 002's worked example."""
    return deck002_net(), DECK002_X.copy(), DECK002_TARGET.copy(), DECK002_LR

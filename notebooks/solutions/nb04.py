"""Reference solutions for the exercises of 04_backprop_by_hand.ipynb (deck 002).

Each function has the name of the notebook's stub; ``bpkit.exercises.nb04.CHECKS`` maps the
names to their checks, and ``tests/test_exercises_nb04.py`` runs every solution through it.
"""
import numpy as np


def delta_output(out_O, target):
    """δ_O = (out_O − target)·out_O·(1 − out_O): (1) times (2) of the slide."""
    return (out_O - target) * out_O * (1 - out_O)


def delta_hidden(delta_O, W_HO, out_H):
    """δ_H = (δ_O·W_HOᵀ) ⊙ out_H(1 − out_H): δ_Hj = (Σ_k δ_Ok·w'_jk)·out_Hj(1 − out_Hj)."""
    return (delta_O @ W_HO.T) * out_H * (1 - out_H)


def grad_b1(delta_H):
    """∂E_Total/∂b1 = δ_H1 + δ_H2 + δ_H3 + δ_H4: b1 feeds every hidden unit."""
    return np.sum(delta_H)


def zero_gradients(x):
    """∂E_Total/∂w_ij = δ_Hj·x_i: an input x_i = 0 zeroes the four weights leaving it (row i of
    W_IH). ∂E_Total/∂w'_ij = δ_Oj·out_Hi never vanishes: out_H = σ(net_H) > 0, and no δ is 0."""
    return {f"w{i + 1}{j + 1}" for i in range(3) if x[i] == 0 for j in range(4)}


# Predictions worked out with a pen, four significant figures, typed as a learner would.
PREDICTIONS = {
    "net_H1": 0.4600,        # 0.35 + 0.05·0.10 + 0.10·0.30 + 0.15·0.50
    "out_H1": 0.6130,        # 1 / (1 + e^−0.46)
    "delta_O1": 0.09366,     # (0.8768 − 0.01)·0.8768·(1 − 0.8768)
    "delta_H2": 0.009786,    # (0.09366·0.50 + (−0.009876)·0.55)·0.6166·(1 − 0.6166)
    "w'11(new)": 0.3713,     # 0.40 − 0.5·0.05741
    "b1_per_unit": "A",      # b1_j reaches net_Hj only: ∂E_Total/∂b1_j = δ_Hj
}

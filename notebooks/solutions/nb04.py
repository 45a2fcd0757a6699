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

"""Self-checks for ``06_matrix_model.ipynb`` (deck 004, the matrix model, column convention).

Each check runs the learner's function on two seeded cases of different sizes, compares it
with the right answer and with the answers that typical mistakes produce, and says which
mistake it found.
"""
from __future__ import annotations

import numpy as np

from ..activations import sigmoid
from ._feedback import Case, Feedback, judge

_LABELS = ("the first example", "a second example of other sizes")


def _case(n_in: int, n_out: int, m: int, seed: int):
    rng = np.random.default_rng(seed)
    W = rng.normal(0, 1, (n_out, n_in))
    A_in = rng.uniform(0.05, 0.95, (n_in, m))
    Z = W @ A_in
    A = sigmoid(Z)
    Y = rng.uniform(0, 1, (n_out, m))
    return W, A_in, Z, A, Y


# ---- exercise 1: dZ^[2] -------------------------------------------------------------------
def _dZ2_cases():
    cases = []
    for n, (n_in, n_out, m, seed) in enumerate(((4, 3, 5, 6), (2, 4, 3, 16))):
        _, _, Z2, A2, Y = _case(n_in, n_out, m, seed)
        E2, gprime = A2 - Y, A2 * (1 - A2)
        right = E2 * gprime
        cases.append(Case((A2, Y, Z2), right, {
            "your dZ^[2] is missing g'(Z^[2]): multiply E^[2] elementwise by A^[2](1 − A^[2]).": E2,
            "your dZ^[2] has the wrong sign: with E^[2] = A^[2] − Y (this notebook's definition) "
            "dZ^[2] = E^[2] ⊙ g'(Z^[2]); (Y − A^[2]) is the review slide's error, the negative.":
                -right,
            "you used Z(1 − Z): the sigmoid's derivative is g'(Z) = σ(Z)(1 − σ(Z)) = A(1 − A), in "
            "terms of A, not Z.": E2 * Z2 * (1 - Z2),
            "you multiplied by g(Z^[2]) = A^[2] instead of g'(Z^[2]) = A^[2](1 − A^[2]).":
                E2 * sigmoid(Z2),
            "you divided by m: the deck's E sums over the batch, so dZ^[2] has no 1/m (bpkit's "
            "mean loss puts it in; here follow the deck).": right / m,
            "you multiplied by g'(Z^[2]) twice.": E2 * gprime * gprime,
        }, _LABELS[n]))
    return cases


def _dZ2_shape(case: Case, a) -> str:
    return (f"your dZ^[2] has shape {a.shape}; it must have the shape of Z^[2], (n_2, m) = "
            f"{case.expected.shape}. The product with g'(Z^[2]) is elementwise (⊙, `*` in numpy), "
            f"not a matrix product (`@`).")


def check_my_dZ2(my_dZ2) -> Feedback:
    """``my_dZ2(A2, Y, Z2)`` must return dZ^[2] = (A^[2] − Y) ⊙ g'(Z^[2]) for a sigmoid output
    and E = ½ Σ (A − Y)², shape (n_2, m)."""
    return judge(my_dZ2, _dZ2_cases(), what="`my_dZ2`", wrong_shape=_dZ2_shape,
                 miss=lambda case, a: "not dZ^[2] yet: compute E^[2] = A^[2] − Y, then multiply "
                                      "it elementwise by g'(Z^[2]) = A^[2](1 − A^[2]).",
                 right="Right: dZ^[2] = (A^[2] − Y) ⊙ A^[2](1 − A^[2]), one column per sample.")


# ---- exercise 2: ΔW = dZ·Aᵀ -------------------------------------------------------------------
def _dW_cases():
    # first a square case (m = n_in), where the mistake dZ·A still multiplies
    cases = []
    for n, (n_in, n_out, m, seed) in enumerate(((3, 2, 3, 61), (4, 2, 6, 62))):
        rng = np.random.default_rng(seed)
        dZ = rng.normal(0, 1, (n_out, m))
        A_in = rng.uniform(0, 1, (n_in, m))
        right = dZ @ A_in.T
        cases.append(Case((dZ, A_in), right, {
            f"you returned ΔWᵀ = A·dZᵀ, shape {right.T.shape} (n_in, n_out), bpkit's row "
            f"convention; the deck's ΔW has the shape of its W, (n_out, n_in): dZ·Aᵀ.": right.T,
            "you multiplied by A, not Aᵀ: ΔW = dZ·Aᵀ pairs each sample's dZ column with the same "
            "sample's A column.": dZ @ A_in if m == n_in else None,
            "you divided by m: the deck's E sums over the batch, so ΔW = dZ·Aᵀ without 1/m.":
                right / m,
            "your ΔW has the wrong sign: ΔW = +dZ·Aᵀ; the minus belongs in the update W − αΔW.":
                -right,
        }, _LABELS[n]))
    return cases


def _dW_shape(case: Case, a) -> str:
    m, right = case.args[0].shape[1], case.expected
    if a.ndim == 2 and a.shape[0] == m:
        return (f"your ΔW has shape (m, …) = {a.shape}, with the batch size m = {m} first: "
                f"multiply by Aᵀ, not A, so that the m samples are summed away; ΔW is "
                f"(n_out, n_in) = {right.shape}.")
    return (f"your ΔW has shape {a.shape}; it must be (n_out, n_in) = {right.shape}, which "
            f"dZ·Aᵀ gives: (n_out, m)·(m, n_in).")


def check_my_dW(my_dW) -> Feedback:
    """``my_dW(dZ, A_in)`` must return ΔW = dZ·A_inᵀ, shape (n_out, n_in), summed over the m
    samples (columns)."""
    return judge(my_dW, _dW_cases(), what="`my_dW`", wrong_shape=_dW_shape,
                 miss=lambda case, a: "not ΔW yet: ΔW = dZ·Aᵀ, a matrix product (`@`) with the "
                                      "transpose of the layer's input.",
                 right="Right: ΔW = dZ·Aᵀ, shape (n_out, n_in), summed over the m samples.")


# ---- exercise 3: the update ----------------------------------------------------------------
def _E(W2, A1, Y) -> float:
    return float(0.5 * np.sum((sigmoid(W2 @ A1) - Y) ** 2))


def _update_cases():
    cases = []
    for n, (n_in, n_out, m, seed, lr) in enumerate(((4, 3, 5, 63, 0.1), (3, 2, 6, 64, 0.5))):
        W2, A1, _, A2, Y = _case(n_in, n_out, m, seed)
        dZ2 = (A2 - Y) * A2 * (1 - A2)
        dW2 = dZ2 @ A1.T
        def change(W, W2=W2, A1=A1, Y=Y):
            return f" (E went from {_E(W2, A1, Y):.4f} to {_E(W, A1, Y):.4f})"
        wrong = {"slide": W2 + dW2, "plus": W2 + lr * dW2, "no_lr": W2 - dW2,
                 "no_gprime": W2 - lr * (A2 - Y) @ A1.T}
        cases.append(Case((W2, A1, A2, Y, lr), W2 - lr * dW2, {
            "you used + for the update with E = A − Y, and no α (the slide's W + E·g'(Z)·Aᵀ): "
            f"that climbs the loss{change(wrong['slide'])}. Use W − α·ΔW.": wrong["slide"],
            "you used + for the update with E = A − Y: that climbs the loss"
            f"{change(wrong['plus'])}. With E^[2] = A^[2] − Y the step is W − α·ΔW.":
                wrong["plus"],
            "α is missing: W − α·ΔW, with the learning rate lr you were given"
            f"{change(wrong['no_lr'])}.": wrong["no_lr"],
            "you returned the step −α·ΔW; return the updated weights W + (−α·ΔW).": -lr * dW2,
            f"your ΔW^[2] is missing g'(Z^[2]) = A^[2](1 − A^[2]){change(wrong['no_gprime'])}.":
                wrong["no_gprime"],
            "you divided by m: the deck's E sums over the batch.": W2 - lr * dW2 / m,
        }, _LABELS[n]))
    return cases


def _update_miss(case: Case, a) -> str:
    W2, A1, _, Y, _ = case.args
    return (f"not W^[2] − α·ΔW^[2] yet (E went from {_E(W2, A1, Y):.4f} to "
            f"{_E(a.reshape(W2.shape), A1, Y):.4f}): dZ^[2] = (A^[2] − Y) ⊙ A^[2](1 − A^[2]), "
            f"ΔW^[2] = dZ^[2]·A^[1]ᵀ.")


def check_my_update(my_update) -> Feedback:
    """``my_update(W2, A1, A2, Y, lr)`` must return the new W^[2] = W^[2] − α·((A^[2] − Y) ⊙
    g'(Z^[2]))·A^[1]ᵀ, for a sigmoid output and E = ½ Σ (A − Y)²."""
    cases = _update_cases()
    W2, A1, _, Y, _ = cases[0].args
    right = cases[0].expected
    return judge(my_update, cases, what="`my_update`", miss=_update_miss,
                 wrong_shape=lambda case, a: f"the new W^[2] must have the shape of W^[2], "
                                             f"{case.args[0].shape}; got {a.shape}.",
                 right=f"Right: W^[2] − α·ΔW^[2]; E went down from {_E(W2, A1, Y):.4f} to "
                       f"{_E(right, A1, Y):.4f}.")


CHECKS = {"my_dZ2": check_my_dZ2, "my_dW": check_my_dW, "my_update": check_my_update}

"""Self-checks for ``06_matrix_model.ipynb`` (deck 004, the matrix model, column convention).

Each check runs the learner's function on seeded arrays, compares it with the right answer
and with the answers that typical mistakes produce, and says which mistake it found.
"""
from __future__ import annotations

import numpy as np

from ..activations import sigmoid
from ._feedback import Feedback, attempt

_RNG_SEED = 6


def _case(n_in: int, n_out: int, m: int, seed: int = _RNG_SEED):
    rng = np.random.default_rng(seed)
    W = rng.normal(0, 1, (n_out, n_in))
    A_in = rng.uniform(0.05, 0.95, (n_in, m))
    Z = W @ A_in
    A = sigmoid(Z)
    Y = rng.uniform(0, 1, (n_out, m))
    return W, A_in, Z, A, Y


def _same(a, b) -> bool:
    return np.shape(a) == np.shape(b) and np.allclose(a, b)


def _as_array(result, what: str):
    try:
        return np.asarray(result, dtype=float), None
    except (TypeError, ValueError):
        return None, Feedback(False, f"{what} should return an array; got {type(result).__name__}")


def _first_match(result, candidates):
    for arr, message in candidates:
        if _same(result, arr):
            return Feedback(False, message)
    return None


# ---- exercise 1: dZ^[2] -------------------------------------------------------------------
def check_my_dZ2(my_dZ2) -> Feedback:
    """``my_dZ2(A2, Y, Z2)`` must return dZ^[2] = (A^[2] − Y) ⊙ g'(Z^[2]) for a sigmoid output
    and E = ½ Σ (A − Y)², shape (n_2, m)."""
    _, _, Z2, A2, Y = _case(4, 3, 5)
    result, fb = attempt(my_dZ2, A2.copy(), Y.copy(), Z2.copy())
    if fb is not None:
        return fb
    result, fb = _as_array(result, "`my_dZ2`")
    if fb is not None:
        return fb
    E2, gprime, m = A2 - Y, A2 * (1 - A2), A2.shape[1]
    right = E2 * gprime
    if _same(result, right):
        return Feedback(True, "Right: dZ^[2] = (A^[2] − Y) ⊙ A^[2](1 − A^[2]), one column per sample.")
    if result.shape != right.shape:
        return Feedback(False, f"your dZ^[2] has shape {result.shape}; it must have the shape of "
                               f"Z^[2], (n_2, m) = {right.shape}. The product with g'(Z^[2]) is "
                               f"elementwise (⊙, `*` in numpy), not a matrix product (`@`).")
    found = _first_match(result, [
        (E2, "your dZ^[2] is missing g'(Z^[2]): multiply E^[2] elementwise by A^[2](1 − A^[2])."),
        (-right, "your dZ^[2] has the wrong sign: with E^[2] = A^[2] − Y (this notebook's "
                 "definition) dZ^[2] = E^[2] ⊙ g'(Z^[2]); (Y − A^[2]) is the review slide's error, "
                 "the negative."),
        (E2 * Z2 * (1 - Z2), "you used Z(1 − Z): the sigmoid's derivative is "
                             "g'(Z) = σ(Z)(1 − σ(Z)) = A(1 − A), in terms of A, not Z."),
        (E2 * sigmoid(Z2), "you multiplied by g(Z^[2]) = A^[2] instead of g'(Z^[2]) = A^[2](1 − A^[2])."),
        (right / m, "you divided by m: the deck's E sums over the batch, so dZ^[2] has no 1/m "
                    "(bpkit's mean loss puts it in; here follow the deck)."),
        (E2 * gprime * gprime, "you multiplied by g'(Z^[2]) twice."),
    ])
    return found if found is not None else Feedback(False, "not dZ^[2] yet: compute E^[2] = A^[2] − Y, then multiply it "
                                    "elementwise by g'(Z^[2]) = A^[2](1 − A^[2]).")


# ---- exercise 2: ΔW = dZ·Aᵀ -------------------------------------------------------------------
def check_my_dW(my_dW) -> Feedback:
    """``my_dW(dZ, A_in)`` must return ΔW = dZ·A_inᵀ, shape (n_out, n_in), summed over the m
    samples (columns)."""
    # first a square case (m = n_in), where the mistake dZ·A still multiplies
    for n_in, n_out, m, seed in ((3, 2, 3, 61), (4, 2, 6, 62)):
        rng = np.random.default_rng(seed)
        dZ = rng.normal(0, 1, (n_out, m))
        A_in = rng.uniform(0, 1, (n_in, m))
        result, fb = attempt(my_dW, dZ.copy(), A_in.copy())
        if fb is not None:
            return fb
        result, fb = _as_array(result, "`my_dW`")
        if fb is not None:
            return fb
        right = dZ @ A_in.T
        if _same(result, right):
            continue
        if _same(result, right.T):
            return Feedback(False, f"you returned ΔWᵀ = A·dZᵀ, shape {result.shape} (n_in, n_out), "
                                   f"bpkit's row convention; the deck's ΔW has the shape of its W, "
                                   f"(n_out, n_in): dZ·Aᵀ.")
        if result.shape != right.shape:
            if result.ndim == 2 and result.shape[0] == m:
                return Feedback(False, f"your ΔW has shape (m, …) = {result.shape}, with the batch "
                                       f"size m = {m} first: multiply by Aᵀ, not A, so that the m "
                                       f"samples are summed away; ΔW is (n_out, n_in) = {right.shape}.")
            return Feedback(False, f"your ΔW has shape {result.shape}; it must be (n_out, n_in) = "
                                   f"{right.shape}, which dZ·Aᵀ gives: (n_out, m)·(m, n_in).")
        found = _first_match(result, [
            (dZ @ A_in if dZ.shape[1] == A_in.shape[0] else None,
             "you multiplied by A, not Aᵀ: ΔW = dZ·Aᵀ pairs each sample's dZ column with the "
             "same sample's A column."),
            (right / m, "you divided by m: the deck's E sums over the batch, so ΔW = dZ·Aᵀ "
                        "without 1/m."),
            (-right, "your ΔW has the wrong sign: ΔW = +dZ·Aᵀ; the minus belongs in the update "
                     "W − αΔW."),
        ])
        return found if found is not None else Feedback(False, "not ΔW yet: ΔW = dZ·Aᵀ, a matrix product (`@`) with the "
                                        "transpose of the layer's input.")
    return Feedback(True, "Right: ΔW = dZ·Aᵀ, shape (n_out, n_in), summed over the m samples.")


# ---- exercise 3: the update ----------------------------------------------------------------
def _E(W2, A1, Y) -> float:
    return float(0.5 * np.sum((sigmoid(W2 @ A1) - Y) ** 2))


def check_my_update(my_update) -> Feedback:
    """``my_update(W2, A1, A2, Y, lr)`` must return the new W^[2] = W^[2] − α·((A^[2] − Y) ⊙
    g'(Z^[2]))·A^[1]ᵀ, for a sigmoid output and E = ½ Σ (A − Y)²."""
    W2, A1, _, A2, Y = _case(4, 3, 5, seed=63)
    lr = 0.1
    result, fb = attempt(my_update, W2.copy(), A1.copy(), A2.copy(), Y.copy(), lr)
    if fb is not None:
        return fb
    result, fb = _as_array(result, "`my_update`")
    if fb is not None:
        return fb
    dZ2 = (A2 - Y) * A2 * (1 - A2)
    dW2 = dZ2 @ A1.T
    right = W2 - lr * dW2
    before = _E(W2, A1, Y)
    if _same(result, right):
        return Feedback(True, f"Right: W^[2] − α·ΔW^[2]; E went down from {before:.4f} to "
                              f"{_E(result, A1, Y):.4f}.")
    if result.shape != W2.shape:
        return Feedback(False, f"the new W^[2] must have the shape of W^[2], {W2.shape}; got "
                               f"{result.shape}.")
    after = _E(result, A1, Y) if np.all(np.isfinite(result)) else float("nan")
    change = f" (E went from {before:.4f} to {after:.4f})"
    found = _first_match(result, [
        (W2 + dW2, "you used + for the update with E = A − Y, and no α (the slide's "
                   "W + E·g'(Z)·Aᵀ): that climbs the loss" + change + ". Use W − α·ΔW."),
        (W2 + lr * dW2, "you used + for the update with E = A − Y: that climbs the loss" + change +
                        ". With E^[2] = A^[2] − Y the step is W − α·ΔW."),
        (W2 - dW2, "α is missing: W − α·ΔW, with the learning rate lr you were given" + change + "."),
        (-lr * dW2, "you returned the step −α·ΔW; return the updated weights W + (−α·ΔW)."),
        (W2 - lr * (A2 - Y) @ A1.T, "your ΔW^[2] is missing g'(Z^[2]) = A^[2](1 − A^[2])" + change + "."),
        (W2 - lr * dW2 / A1.shape[1], "you divided by m: the deck's E sums over the batch."),
    ])
    return found if found is not None else Feedback(False, "not W^[2] − α·ΔW^[2] yet" + change + ": dZ^[2] = "
                                    "(A^[2] − Y) ⊙ A^[2](1 − A^[2]), ΔW^[2] = dZ^[2]·A^[1]ᵀ.")


CHECKS = {"my_dZ2": check_my_dZ2, "my_dW": check_my_dW, "my_update": check_my_update}

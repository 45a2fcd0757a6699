"""Checks for the exercises of ``02_chain_rule.ipynb`` (deck 004 §1, deck 001)."""
from __future__ import annotations

import numpy as np

from ..activations import sigmoid
from ._feedback import Feedback, attempt

_CHAIN_CASES = [(1.0, 3.0, 2.0), (0.5, -1.5, 4.0), (2.0, 0.7, -0.3)]


def _numbers(r, n: int):
    try:
        a = np.asarray(r, dtype=float).reshape(-1)
    except (TypeError, ValueError):
        return None
    return a if a.size == n else None


def check_my_weight_grads(my_weight_grads) -> Feedback:
    """``my_weight_grads(x, w1, w2) -> (dz_dw1, dz_dw2)`` for y = w₁x, z = w₂y:
    ∂z/∂w₁ = w₂·x and ∂z/∂w₂ = y = w₁·x."""
    got = []
    for x, w1, w2 in _CHAIN_CASES:
        r, fb = attempt(my_weight_grads, x, w1, w2)
        if fb is not None:
            return fb
        a = _numbers(r, 2)
        if a is None:
            return Feedback(False, "return two numbers: (∂z/∂w₁, ∂z/∂w₂)")
        got.append(a)
    got = np.array(got)
    case = np.array(_CHAIN_CASES)
    x, w1, w2 = case.T
    right = np.stack([w2 * x, w1 * x], axis=1)
    if np.allclose(got, right):
        return Feedback(True, "Right: ∂z/∂w₁ = ∂z/∂y · ∂y/∂w₁ = w₂·x and ∂z/∂w₂ = y = w₁x. "
                              "At x = 1, w₁ = 3, w₂ = 2 these are 2 and 3.")
    if np.allclose(got, right[:, ::-1]):
        return Feedback(False, "Not yet: the two are swapped; w₁ acts first (y = w₁x), so "
                               "∂z/∂w₁ carries the later factor w₂.")
    if np.allclose(got[:, 0], x):
        return Feedback(False, "Not yet: ∂y/∂w₁ = x is only the local derivative; multiply by "
                               "∂z/∂y = w₂ to reach z (the chain rule).")
    if np.allclose(got[:, 0], right[:, 0]) and np.allclose(got[:, 1], w2):
        return Feedback(False, "Not yet: ∂z/∂w₁ is right, but z = w₂·y changes by y per unit "
                               "of w₂, so ∂z/∂w₂ = y = w₁x, not w₂.")
    if np.allclose(got[:, 1], right[:, 1]):
        return Feedback(False, "Not yet: ∂z/∂w₂ = y is right; ∂z/∂w₁ = ∂z/∂y · ∂y/∂w₁ = w₂·x.")
    return Feedback(False, "Not yet: write z = w₂·(w₁·x) and take each derivative with the "
                           "other letters fixed.")


_SIG_CASES = [(0.5, 2.0, -0.3), (-1.0, 0.7, 0.4), (2.0, -1.5, 1.0)]


def check_my_sigmoid_chain(my_sigmoid_chain) -> Feedback:
    """``my_sigmoid_chain(x, w, b) -> float``: d/dx σ(w·x + b) = σ(u)(1 − σ(u))·w with u = wx + b."""
    got = []
    for x, w, b in _SIG_CASES:
        r, fb = attempt(my_sigmoid_chain, x, w, b)
        if fb is not None:
            return fb
        a = _numbers(r, 1)
        if a is None:
            return Feedback(False, "return one number, dσ(wx + b)/dx")
        got.append(a[0])
    got = np.array(got)
    x, w, b = np.array(_SIG_CASES).T
    u = w * x + b
    s = sigmoid(u)
    right = s * (1 - s) * w
    if np.allclose(got, right):
        return Feedback(True, "Right: F'(x) = f'(g(x))·g'(x) = σ(u)(1 − σ(u))·w with u = wx + b.")
    hints = [
        (s * (1 - s), "the outer derivative σ'(u) is right, but the inner one is missing: "
                      "multiply by g'(x) = w"),
        (sigmoid(x) * (1 - sigmoid(x)) * w, "σ' must be taken at the inner value u = wx + b, "
                                              "not at x"),
        (sigmoid(x) * (1 - sigmoid(x)), "σ' must be taken at u = wx + b, and the inner "
                                          "derivative w is missing"),
        (s * (1 - s) * x, "the inner derivative of u = wx + b with respect to x is w, not x "
                          "(x is what ∂u/∂w would give)"),
        (s * (1 + s) * w, "σ'(u) = σ(u)(1 − σ(u)), with a minus"),
        (s * w, "σ'(u) is σ(u)(1 − σ(u)), not σ(u)"),
    ]
    for vals, hint in hints:
        if np.allclose(got, vals):
            return Feedback(False, f"Not yet: {hint}.")
    return Feedback(False, "Not yet: with u = w·x + b, the answer is σ(u)·(1 − σ(u))·w "
                           "(use bp.sigmoid).")


CHECKS = {"my_weight_grads": check_my_weight_grads, "my_sigmoid_chain": check_my_sigmoid_chain}

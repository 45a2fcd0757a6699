"""Checks for the exercises of ``03_symbolic_derivatives.ipynb`` (deck 000).

Each check runs the learner's function, compares it with the right answer and, when it is
wrong, with the answers that typical mistakes produce (among them the slide's own typo), so
that the feedback can say which mistake it is.
"""
from __future__ import annotations

from typing import Callable

import numpy as np
import sympy as sp

from ..activations import sigmoid
from ._feedback import Feedback, attempt

# a grid of outputs y in (0, 1) and targets t, broadcast to the same shape (3, 4)
_Y = np.array([[0.1, 0.3, 0.6, 0.9]] * 3)
_T = np.array([[0.0], [0.25], [1.0]]) * np.ones((1, 4))


def _as_array(result, want_shape: tuple):
    """(array, None), or (None, Feedback) when the result is not numbers of the inputs' shape."""
    try:
        result = np.asarray(result, dtype=float)
    except (TypeError, ValueError):
        return None, Feedback(False, "your function must return an array of numbers, "
                                     f"one per input; got {type(result).__name__}")
    if result.shape != want_shape:
        return None, Feedback(False, f"your function returned shape {result.shape}; it must "
                                     f"work elementwise and return the shape of its inputs, "
                                     f"{want_shape}")
    return result, None


def _wrong(result: np.ndarray, candidates: list) -> Feedback | None:
    """A Feedback for the first typical mistake the result equals, or None."""
    for value, message in candidates:
        if np.allclose(result, value, rtol=1e-9, atol=1e-12):
            return Feedback(False, message)
    return None


def check_my_dE_dy(fn: Callable) -> Feedback:
    """Exercise 1: ∂E/∂y of one output's cross-entropy term −{t log y + (1 − t) log(1 − y)}."""
    result, fb = attempt(fn, _Y.copy(), _T.copy(), what="`my_dE_dy`")
    if fb is not None:
        return fb
    y, t = _Y, _T
    right = -t / y + (1 - t) / (1 - y)
    result, fb = _as_array(result, right.shape)
    if fb is not None:
        return fb
    if np.allclose(result, right, rtol=1e-9, atol=1e-12):
        return Feedback(True, "Right: ∂E/∂y = −t/y + (1 − t)/(1 − y) = (y − t)/(y(1 − y)). "
                              "Times σ' = y(1 − y) it collapses to y − t.")
    fb = _wrong(result, [
        (-t / y + (1 - t) / y,
         "your ∂E/∂y divides the second term by y; it must be 1 − y "
         "(the slide's typo: d/dy log(1 − y) = −1/(1 − y))"),
        (t / y - (1 - t) / (1 - y),
         "the sign is flipped: E has a minus in front, so ∂E/∂y = −t/y + (1 − t)/(1 − y)"),
        (-t / y - (1 - t) / (1 - y),
         "the second term has the wrong sign: the chain rule on log(1 − y) gives a factor −1, "
         "which cancels E's leading minus: + (1 − t)/(1 − y)"),
        (-t / y, "only the first term: log(1 − y) in E depends on y too, "
                 "it adds (1 − t)/(1 − y)"),
        (y - t, "that is ∂E/∂s, the δ after multiplying by σ'(s) = y(1 − y); "
                "∂E/∂y itself is (y − t)/(y(1 − y))"),
        ((y - t) / y, "the denominator misses the factor (1 − y): ∂E/∂y = (y − t)/(y(1 − y))"),
    ])
    if fb is not None:
        return fb
    return Feedback(False, f"not ∂E/∂y yet: at y = 0.6, t = 0.25 your function gives "
                           f"{float(result[1, 2]):.4g}, the derivative is "
                           f"{float(right[1, 2]):.4g}. Differentiate each log term (step ②).")


def check_my_mse_delta(fn: Callable) -> Feedback:
    """Exercise 2: the output δ of a sigmoid unit with E = ½(target − out)² (deck 002)."""
    result, fb = attempt(fn, _Y.copy(), _T.copy(), what="`my_mse_delta`")
    if fb is not None:
        return fb
    out, target = _Y, _T
    right = (out - target) * out * (1 - out)
    result, fb = _as_array(result, right.shape)
    if fb is not None:
        return fb
    if np.allclose(result, right, rtol=1e-9, atol=1e-12):
        return Feedback(True, "Right: δ_O = (out − target)·out(1 − out). The factor "
                              "out(1 − out) is what makes it vanish when the unit saturates.")
    fb = _wrong(result, [
        (out - target, "your δ_O misses the factor out(1 − out), σ'(net) of the output unit: "
                       "that simple form y − t belongs to sigmoid + cross-entropy"),
        ((target - out) * out * (1 - out),
         "the sign is flipped: ∂E/∂out = −(target − out) = out − target"),
        ((out - target) * sigmoid(out) * (1 - sigmoid(out)),
         "you applied σ' to out: σ'(net) = σ(net)(1 − σ(net)) = out(1 − out), "
         "so use out itself, not σ(out)"),
        (2 * (out - target) * out * (1 - out),
         "a factor 2 too many: the ½ in E = ½(target − out)² cancels the 2 of the square"),
        ((out - target) * out, "the factor (1 − out) of σ' = out(1 − out) is missing"),
        (out * (1 - out), "only σ'(net) = out(1 − out): multiply by ∂E/∂out = out − target"),
    ])
    if fb is not None:
        return fb
    return Feedback(False, f"not δ_O yet: at out = 0.6, target = 0.25 your function gives "
                           f"{float(result[1, 2]):.4g}, δ_O is "
                           f"{float(right[1, 2]):.4g}. δ_O = ∂E/∂out · ∂out/∂net.")


def check_my_tanh_derivative(fn: Callable) -> Feedback:
    """Exercise 3: tanh'(x) written in y = tanh(x), as deck 000 writes σ' = y(1 − y)."""
    y = sp.Symbol("y")
    result, fb = attempt(fn, y, what="`my_tanh_derivative`")
    if fb is not None:
        return fb
    try:
        expr = sp.sympify(result)
    except (sp.SympifyError, TypeError):
        return Feedback(False, f"return a SymPy expression in y; got {type(result).__name__}")
    others = expr.free_symbols - {y}
    if others:
        return Feedback(False, "write the answer with y only (y stands for tanh(x)); it also "
                               f"uses {', '.join(sorted(map(str, others)))}")
    if y not in expr.free_symbols:
        return Feedback(False, f"your answer {expr} does not depend on y: the slope of tanh "
                               "changes with y (it is 1 at y = 0 and 0 as y → ±1)")
    right = 1 - y**2
    if sp.simplify(expr - right) == 0:
        return Feedback(True, "Right: tanh'(x) = 1 − tanh(x)² = 1 − y², the tanh version of "
                              "σ' = y(1 − y).")
    for wrong, message in [
        (y * (1 - y), "that is σ's derivative y(1 − y); differentiate "
                      "tanh = (e^x − e^−x)/(e^x + e^−x) with the quotient rule"),
        (1 + y**2, "the sign is flipped: tanh' = 1 − y² (it is at most 1, at y = 0)"),
        (1 - y, "the square is missing: tanh' = 1 − y²"),
        (y**2 - 1, "the sign is flipped: tanh is increasing, so tanh' = 1 − y² > 0"),
        (-2 * y * (1 - y**2), "that is the second derivative tanh''; the first is 1 − y²"),
    ]:
        if sp.simplify(expr - wrong) == 0:
            return Feedback(False, message)
    value = float(expr.subs(y, sp.Rational(1, 2)))
    return Feedback(False, f"at y = 0.5 your expression gives {value:.4g}; tanh' there is 0.75. "
                           "Hint: sp.simplify(sp.diff(sp.tanh(x), x)) and replace tanh(x) by y.")


CHECKS = {
    "my_dE_dy": check_my_dE_dy,
    "my_mse_delta": check_my_mse_delta,
    "my_tanh_derivative": check_my_tanh_derivative,
}

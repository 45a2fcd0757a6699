"""Checks for the exercises of ``03_symbolic_derivatives.ipynb`` (deck 000).

Each check runs the learner's function on deck 000's grid and on a second, seeded one, compares
it with the right answer and, when it is wrong, with the answers that typical mistakes produce
(among them the slide's own typo), so that the feedback can say which mistake it is.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
import sympy as sp

from ..activations import sigmoid
from ._compare import to_array
from ._feedback import Case, Feedback, attempt, judge

# a grid of outputs y in (0, 1) and targets t, broadcast to the same shape (3, 4), and a
# second, seeded grid of another shape (a typed-in or ignored argument fails there)
_Y = np.array([[0.1, 0.3, 0.6, 0.9]] * 3)
_T = np.array([[0.0], [0.25], [1.0]]) * np.ones((1, 4))


def _grids():
    rng = np.random.default_rng(303)
    return [(_Y, _T, "deck 000's grid"),
            (rng.uniform(0.05, 0.95, (2, 5)), rng.uniform(0.0, 1.0, (2, 5)),
             "a second, random grid")]


def _worst(name: str, what: str):
    """A ``miss`` that shows the entry where the answer is furthest off."""
    def miss(case: Case, a) -> str:
        y, t = case.args
        right = case.expected
        i = np.unravel_index(np.argmax(np.abs(a.reshape(right.shape) - right)), right.shape)
        return (f"not {name} yet: at y = {y[i]:.4g}, t = {t[i]:.4g} your function gives "
                f"{float(a.reshape(right.shape)[i]):.4g}, {name} is {right[i]:.4g}. {what}")
    return miss


def check_my_dE_dy(fn: Callable) -> Feedback:
    """Exercise 1: ∂E/∂y of one output's cross-entropy term −{t log y + (1 − t) log(1 − y)}."""
    cases = []
    for y, t, label in _grids():
        cases.append(Case((y.copy(), t.copy()), -t / y + (1 - t) / (1 - y), {
            "your ∂E/∂y divides the second term by y; it must be 1 − y (the slide's typo: "
            "d/dy log(1 − y) = −1/(1 − y))": -t / y + (1 - t) / y,
            "the sign is flipped: E has a minus in front, so ∂E/∂y = −t/y + (1 − t)/(1 − y)":
                t / y - (1 - t) / (1 - y),
            "the second term has the wrong sign: the chain rule on log(1 − y) gives a factor "
            "−1, which cancels E's leading minus: + (1 − t)/(1 − y)": -t / y - (1 - t) / (1 - y),
            "only the first term: log(1 − y) in E depends on y too, it adds (1 − t)/(1 − y)":
                -t / y,
            "that is ∂E/∂s, the δ after multiplying by σ'(s) = y(1 − y); ∂E/∂y itself is "
            "(y − t)/(y(1 − y))": y - t,
            "the denominator misses the factor (1 − y): ∂E/∂y = (y − t)/(y(1 − y))":
                (y - t) / y,
        }, label))
    return judge(fn, cases, what="`my_dE_dy`",
                 miss=_worst("∂E/∂y", "Differentiate each log term (step ②)."),
                 right="Right: ∂E/∂y = −t/y + (1 − t)/(1 − y) = (y − t)/(y(1 − y)). Times "
                       "σ' = y(1 − y) it collapses to y − t.")


def check_my_mse_delta(fn: Callable) -> Feedback:
    """Exercise 2: the output δ of a sigmoid unit with E = ½(target − out)² (deck 002)."""
    cases = []
    for out, target, label in _grids():
        right = (out - target) * out * (1 - out)
        cases.append(Case((out.copy(), target.copy()), right, {
            "your δ_O misses the factor out(1 − out), σ'(net) of the output unit: that simple "
            "form y − t belongs to sigmoid + cross-entropy": out - target,
            "the sign is flipped: ∂E/∂out = −(target − out) = out − target": -right,
            "you applied σ' to out: σ'(net) = σ(net)(1 − σ(net)) = out(1 − out), so use out "
            "itself, not σ(out)": (out - target) * sigmoid(out) * (1 - sigmoid(out)),
            "a factor 2 too many: the ½ in E = ½(target − out)² cancels the 2 of the square":
                2 * right,
            "the factor (1 − out) of σ' = out(1 − out) is missing": (out - target) * out,
            "only σ'(net) = out(1 − out): multiply by ∂E/∂out = out − target": out * (1 - out),
        }, label))
    return judge(fn, cases, what="`my_mse_delta`",
                 miss=_worst("δ_O", "δ_O = ∂E/∂out · ∂out/∂net."),
                 right="Right: δ_O = (out − target)·out(1 − out). The factor out(1 − out) is "
                       "what makes it vanish when the unit saturates.")


def check_my_tanh_derivative(fn: Callable) -> Feedback:
    """Exercise 3: tanh'(x) written in y = tanh(x), as deck 000 writes σ' = y(1 − y)."""
    y = sp.Symbol("y")
    result, fb = attempt(fn, y, what="`my_tanh_derivative`")
    if fb is not None:
        return fb
    if isinstance(result, (int, float, np.number)):
        result = sp.Float(result)
    if not isinstance(result, sp.Expr):
        return Feedback(False, "return one SymPy expression in y (such as y*(1 - y)); got "
                               f"{type(result).__name__}")
    expr = result
    others = expr.free_symbols - {y}
    if others:
        return Feedback(False, "write the answer with y only (y stands for tanh(x)); it also "
                               f"uses {', '.join(sorted(map(str, others)))}")
    if y not in expr.free_symbols:
        return Feedback(False, f"your answer {expr} does not depend on y: the slope of tanh "
                               "changes with y (it is 1 at y = 0 and 0 as y → ±1)")
    right = 1 - y**2
    wrongs = [
        (y * (1 - y), "that is σ's derivative y(1 − y); differentiate "
                      "tanh = (e^x − e^−x)/(e^x + e^−x) with the quotient rule"),
        (1 + y**2, "the sign is flipped: tanh' = 1 − y² (it is at most 1, at y = 0)"),
        (1 - y, "the square is missing: tanh' = 1 − y²"),
        (y**2 - 1, "the sign is flipped: tanh is increasing, so tanh' = 1 − y² > 0"),
        (-2 * y * (1 - y**2), "that is the second derivative tanh''; the first is 1 − y²"),
    ]
    try:
        if sp.simplify(expr - right) == 0:
            return Feedback(True, "Right: tanh'(x) = 1 − tanh(x)² = 1 − y², the tanh version "
                                  "of σ' = y(1 − y).")
        for wrong, message in wrongs:
            if sp.simplify(expr - wrong) == 0:
                return Feedback(False, message)
    except Exception as exc:  # noqa: BLE001 - SymPy could not simplify it: say so, never raise
        return Feedback(False, f"SymPy cannot compare your answer {expr} with tanh' "
                               f"({type(exc).__name__}); write it as a polynomial in y")
    value, why = to_array(expr.subs(y, sp.Rational(1, 2)), (), what="at y = 0.5 your expression")
    if value is None:
        return Feedback(False, f"{why}; tanh' there is 0.75, a real number")
    return Feedback(False, f"at y = 0.5 your expression gives {float(value):.4g}; tanh' there is "
                           "0.75. Hint: sp.simplify(sp.diff(sp.tanh(x), x)) and replace tanh(x) "
                           "by y.")


CHECKS = {
    "my_dE_dy": check_my_dE_dy,
    "my_mse_delta": check_my_mse_delta,
    "my_tanh_derivative": check_my_tanh_derivative,
}

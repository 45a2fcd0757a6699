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
from ..i18n import _
from ._compare import to_array
from ._feedback import Case, Feedback, attempt, judge

# a grid of outputs y in (0, 1) and targets t, broadcast to the same shape (3, 4), and a
# second, seeded grid of another shape (a typed-in or ignored argument fails there)
_Y = np.array([[0.1, 0.3, 0.6, 0.9]] * 3)
_T = np.array([[0.0], [0.25], [1.0]]) * np.ones((1, 4))


def _grids():
    rng = np.random.default_rng(303)
    return [(_Y, _T, _("deck 000's grid")),
            (rng.uniform(0.05, 0.95, (2, 5)), rng.uniform(0.0, 1.0, (2, 5)),
             _("a second, random grid"))]


def _worst(name: str, what: str):
    """A ``miss`` that shows the entry where the answer is furthest off."""
    def miss(case: Case, a) -> str:
        y, t = case.args
        right = case.expected
        i = np.unravel_index(np.argmax(np.abs(a.reshape(right.shape) - right)), right.shape)
        return _("not {name} yet: at y = {y:.4g}, t = {t:.4g} your function gives {got:.4g}, "
                 "{name} is {right:.4g}. {what}", name=name, y=y[i], t=t[i],
                 got=float(a.reshape(right.shape)[i]), right=right[i], what=what)
    return miss


def check_my_dE_dy(fn: Callable) -> Feedback:
    """Exercise 1: ∂E/∂y of one output's cross-entropy term −{t log y + (1 − t) log(1 − y)}."""
    cases = []
    for y, t, label in _grids():
        cases.append(Case((y.copy(), t.copy()), -t / y + (1 - t) / (1 - y), {
            _("your ∂E/∂y divides the second term by y; it must be 1 − y (the slide's typo: "
              "d/dy log(1 − y) = −1/(1 − y))"): -t / y + (1 - t) / y,
            _("the sign is flipped: E has a minus in front, so ∂E/∂y = −t/y + (1 − t)/(1 − y)"):
                t / y - (1 - t) / (1 - y),
            _("the second term has the wrong sign: the chain rule on log(1 − y) gives a factor "
              "−1, which cancels E's leading minus: + (1 − t)/(1 − y)"):
                -t / y - (1 - t) / (1 - y),
            _("only the first term: log(1 − y) in E depends on y too, it adds (1 − t)/(1 − y)"):
                -t / y,
            _("that is ∂E/∂s, the δ after multiplying by σ'(s) = y(1 − y); ∂E/∂y itself is "
              "(y − t)/(y(1 − y))"): y - t,
            _("the denominator misses the factor (1 − y): ∂E/∂y = (y − t)/(y(1 − y))"):
                (y - t) / y,
        }, label))
    return judge(fn, cases, what="`my_dE_dy`",
                 miss=_worst("∂E/∂y", _("Differentiate each log term (step ②).")),
                 right=_("Right: ∂E/∂y = −t/y + (1 − t)/(1 − y) = (y − t)/(y(1 − y)). Times "
                         "σ' = y(1 − y) it collapses to y − t."))


def check_my_mse_delta(fn: Callable) -> Feedback:
    """Exercise 2: the output δ of a sigmoid unit with E = ½(target − out)² (deck 002)."""
    cases = []
    for out, target, label in _grids():
        right = (out - target) * out * (1 - out)
        cases.append(Case((out.copy(), target.copy()), right, {
            _("your δ_O misses the factor out(1 − out), σ'(net) of the output unit: that "
              "simple form y − t belongs to sigmoid + cross-entropy"): out - target,
            _("the sign is flipped: ∂E/∂out = −(target − out) = out − target"): -right,
            _("you applied σ' to out: σ'(net) = σ(net)(1 − σ(net)) = out(1 − out), so use out "
              "itself, not σ(out)"): (out - target) * sigmoid(out) * (1 - sigmoid(out)),
            _("a factor 2 too many: the ½ in E = ½(target − out)² cancels the 2 of the square"):
                2 * right,
            _("the factor (1 − out) of σ' = out(1 − out) is missing"): (out - target) * out,
            _("only σ'(net) = out(1 − out): multiply by ∂E/∂out = out − target"):
                out * (1 - out),
        }, label))
    return judge(fn, cases, what="`my_mse_delta`",
                 miss=_worst("δ_O", "δ_O = ∂E/∂out · ∂out/∂net."),
                 right=_("Right: δ_O = (out − target)·out(1 − out). The factor out(1 − out) is "
                         "what makes it vanish when the unit saturates."))


def check_my_tanh_derivative(fn: Callable) -> Feedback:
    """Exercise 3: tanh'(x) written in y = tanh(x), as deck 000 writes σ' = y(1 − y)."""
    y = sp.Symbol("y")
    result, fb = attempt(fn, y, what="`my_tanh_derivative`")
    if fb is not None:
        return fb
    if isinstance(result, (int, float, np.number)):
        result = sp.Float(result)
    if not isinstance(result, sp.Expr):
        return Feedback(False, _("return one SymPy expression in y (such as y*(1 - y)); got "
                                 "{type}", type=type(result).__name__))
    expr = result
    others = expr.free_symbols - {y}
    if others:
        return Feedback(False, _("write the answer with y only (y stands for tanh(x)); it also "
                                 "uses {names}", names=", ".join(sorted(map(str, others)))))
    if y not in expr.free_symbols:
        return Feedback(False, _("your answer {expr} does not depend on y: the slope of tanh "
                                 "changes with y (it is 1 at y = 0 and 0 as y → ±1)", expr=expr))
    right = 1 - y**2
    wrongs = [
        (y * (1 - y), _("that is σ's derivative y(1 − y); differentiate "
                        "tanh = (e^x − e^−x)/(e^x + e^−x) with the quotient rule")),
        (1 + y**2, _("the sign is flipped: tanh' = 1 − y² (it is at most 1, at y = 0)")),
        (1 - y, _("the square is missing: tanh' = 1 − y²")),
        (y**2 - 1, _("the sign is flipped: tanh is increasing, so tanh' = 1 − y² > 0")),
        (-2 * y * (1 - y**2), _("that is the second derivative tanh''; the first is 1 − y²")),
    ]
    try:
        if sp.simplify(expr - right) == 0:
            return Feedback(True, _("Right: tanh'(x) = 1 − tanh(x)² = 1 − y², the tanh version "
                                    "of σ' = y(1 − y)."))
        for wrong, message in wrongs:
            if sp.simplify(expr - wrong) == 0:
                return Feedback(False, message)
    except Exception as exc:  # noqa: BLE001 - SymPy could not simplify it: say so, never raise
        return Feedback(False, _("SymPy cannot compare your answer {expr} with tanh' "
                                 "({error}); write it as a polynomial in y",
                                 expr=expr, error=type(exc).__name__))
    value, why = to_array(expr.subs(y, sp.Rational(1, 2)), (),
                          what=_("at y = 0.5 your expression"))
    if value is None:
        return Feedback(False, _("{why}; tanh' there is 0.75, a real number", why=why))
    return Feedback(False, _("at y = 0.5 your expression gives {value:.4g}; tanh' there is "
                             "0.75. Hint: sp.simplify(sp.diff(sp.tanh(x), x)) and replace tanh(x) "
                             "by y.", value=float(value)))


CHECKS = {
    "my_dE_dy": check_my_dE_dy,
    "my_mse_delta": check_my_mse_delta,
    "my_tanh_derivative": check_my_tanh_derivative,
}

"""Checks for the exercises of ``03_symbolic_derivatives.ipynb`` (deck 000), and its
predict-then-reveal questions.

Each check runs the learner's function on deck 000's grid and on a second, seeded one (or, for
``hidden_delta_signs``, on four seeded nets of different sizes), compares it with the right
answer and, when it is wrong, with the answers that typical mistakes produce (among them the
slide's own slips), so that the feedback can say which mistake it is.

======================  ==============================================  ========================
stub                    what it returns                                 check
======================  ==============================================  ========================
``my_dE_dy``            ∂E/∂y = −t/y + (1 − t)/(1 − y)                  ``check_my_dE_dy``
``my_mse_delta``        δ_O = (out − target)·out(1 − out)               ``check_my_mse_delta``
``my_tanh_derivative``  tanh' = 1 − y² (SymPy)                          ``check_my_tanh_derivative``
``hidden_delta_signs``  sign of δh_j = sign Σ_i (y_i − t_i) w_ji        ``check_hidden_delta_signs``
======================  ==============================================  ========================

``PREDICTIONS`` (asked with ``predict(name, answer)`` before the cell that reveals each one):
``update_direction`` (which reading of "w 의 반대 방향" lowers E), ``dE_dy`` (∂E/∂y_i at
t_i = 0.25, y_i = 0.8), ``sigmoid_slope_0`` (σ'(0)), ``sign_dE_dw_out1`` (the sign of the
gradients into output 1 when t = (1, 0)).
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

import numpy as np
import sympy as sp

from .. import symbolic as sym
from ..activations import sigmoid, sigmoid_grad
from ..i18n import _
from ..mlp import MLP
from ._compare import to_array
from ._feedback import Case, Feedback, attempt, judge
from ._predict import Choice, Number, ask

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


# ---- exercise 4 (reasoning): the signs of the hidden δ --------------------------------------
# (sizes, seed) of the nets the check uses: a 3-3-2 net like §9's, then other sizes, so that a
# typed-in answer or an ignored argument fails; in each, some hidden unit's terms
# (y_i − t_i)·w_ji have mixed signs, so their magnitudes decide (tests/test_exercises_nb03.py)
_SIGN_NETS = [((3, 3, 2), 32), ((2, 4, 3), 2), ((3, 5, 2), 3), ((4, 3, 3), 0)]


def sign_case(sizes: tuple, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One seeded sigmoid + cross-entropy net with a hidden layer: ``(errors, W, signs)``.

    errors : ndarray, shape (n_out,), y_i − t_i of bpkit's forward pass (the output δ)
    W : ndarray, shape (n_hidden, n_out), w_ji (hidden unit j → output i), one decimal
    signs : ndarray, shape (n_hidden,), the sign of bpkit's hidden δh_j = ∂E/∂s_j
    """
    rng = np.random.default_rng(seed)
    n_in, n_hidden, n_out = sizes
    net = MLP(sizes, activation="sigmoid", loss="bce", bias="unit", rng=rng)
    net.weights = [net.weights[0], np.round(rng.normal(0.0, 1.5, (n_hidden, n_out)), 1)]
    x = np.round(rng.uniform(-1, 1, n_in), 2)
    t = rng.integers(0, 2, n_out).astype(float)
    fwd = net.forward(x)
    bwd = net.backward(fwd, t)
    return bwd.deltas[1][0], net.weights[1], np.sign(bwd.deltas[0][0])


def _sign_mistakes(errors: np.ndarray, W: np.ndarray) -> dict:
    """The signs that typical mistakes give, ``{hint: signs}``."""
    n = W.shape[0]
    return {
        _("you kept only the first output's term (y_1 − t_1)·w_j1, as the slide's line without "
          "Σ does: h_j feeds every output, so δh_j has the sign of the whole sum "
          "Σ_i (y_i − t_i)·w_ji"): np.sign(errors[0] * W[:, 0]),
        _("every sign is flipped: δh_j = Σ_i (y_i − t_i)·w_ji · h_j(1 − h_j), with a plus; the "
          "minus sign belongs to the update w − η·∂E/∂w, not to δ"):
            -np.sign(W @ errors),
        _("you counted signs: when the terms (y_i − t_i)·w_ji disagree, the larger one wins, so "
          "add the numbers, not their signs"): np.sign(np.sign(W) @ np.sign(errors)),
        _("you used the weights alone: each weight w_ji is multiplied by its output's error "
          "y_i − t_i, whose sign can turn it around"): np.sign(W.sum(axis=1)),
        _("you used the errors alone: which outputs a hidden unit pushes, and how hard, is "
          "given by its own weights w_ji (row j of W)"): np.full(n, np.sign(errors.sum())),
    }


_SIGN_WORDS = {"+": 1.0, "+1": 1.0, "-": -1.0, "-1": -1.0, "−": -1.0, "−1": -1.0}


def _read_signs(n: int) -> Callable:
    """A ``read`` for ``judge``: numbers of shape (n,), or a list of "+"/"−" read as ±1."""
    what = "`hidden_delta_signs`"

    def read(answer):
        if isinstance(answer, (list, tuple)) and answer and all(isinstance(v, str)
                                                                 for v in answer):
            words = [v.strip() for v in answer]
            if all(w in _SIGN_WORDS for w in words):
                answer = [_SIGN_WORDS[w] for w in words]
            else:
                return None, _("{what} returned the text {text}; return +1 or −1 for each "
                               "hidden unit", what=what, text=repr(answer))
        return to_array(answer, (n,), what=what)
    return read


def _sign_miss(case: Case, a) -> str:
    """Name the first hidden unit whose sign is wrong, with its terms and their sum."""
    errors, W = case.args
    a = np.asarray(a, dtype=np.float64)
    if not (np.allclose(a, np.round(a)) and set(np.round(a)) <= {-1.0, 0.0, 1.0}):
        return _("`hidden_delta_signs` should return only signs, +1 or −1 for each hidden unit "
                 "(np.sign of what decides it); got {got}",
                 got=", ".join(f"{float(v):.4g}" for v in a))
    j = int(np.flatnonzero(np.round(a) != case.expected)[0])
    terms = errors * W[j]
    return _("hidden unit j = {j}: the terms (y_i − t_i)·w_ji are {terms}, their sum is "
             "{total:+.3f}, so δh_j has the sign {right:+d}; your function says {got:+d}", j=j + 1,
             terms=", ".join(f"{v:+.3f}" for v in terms), total=float(terms.sum()),
             right=int(case.expected[j]), got=int(np.round(a[j])))


def _sign_cases() -> list[Case]:
    cases = []
    for sizes, seed in _SIGN_NETS:
        errors, W, signs = sign_case(sizes, seed)
        cases.append(Case((errors, W), signs, _sign_mistakes(errors, W),
                          _("a {sizes} net", sizes="-".join(map(str, sizes)))))
    return cases


def check_hidden_delta_signs(fn: Callable) -> Feedback:
    """Exercise 4: the sign (+1/−1) of each hidden δh_j of a sigmoid hidden layer from the output
    errors y_i − t_i (shape (n_out,)) and the weights w_ji (shape (n_hidden, n_out)) alone, on
    four seeded nets; compared with the signs of bpkit's backward pass. Never raises."""
    cases = _sign_cases()
    return judge(fn, cases, what="`hidden_delta_signs`", miss=_sign_miss,
                 read_for=lambda case: _read_signs(len(case.expected)),
                 right=_("Right: σ'(s_j) = h_j(1 − h_j) is positive, so it never changes a "
                         "sign: δh_j has the sign of Σ_i (y_i − t_i)·w_ji, and when the terms "
                         "disagree the larger one wins. On all {n} nets your signs are "
                         "bpkit's.", n=len(cases)))


# ---- predict, then reveal --------------------------------------------------------------------
def _update_direction() -> Choice:
    """§1: which reading of "변화량을 w 의 반대 방향으로 더해준다" lowers E every time."""
    return Choice("gradient", {
        "gradient": _("the step Δw = −η∇E changes E by about ∇E·Δw = −η|∇E|², which is "
                      "negative, so a small enough step always lowers E."),
        "w": _("the step −ηw changes E by about −η∇E·w, and ∇E·w can have either sign: w says "
               "where the weights are, not which way E goes up."),
        "both": _("only one of them is sure to: E changes by about ∇E·Δw, which is −η|∇E|² < 0 "
                  "for Δw = −η∇E, but −η∇E·w, of either sign, for Δw = −ηw."),
        "neither": _("E changes by about ∇E·Δw (the cell above); for Δw = −η∇E that is "
                     "−η|∇E|², never positive."),
    })


_DE_DY_POINT = {"t": 0.25, "y": 0.8}   # the point sym.SLIDE_ERRATA refutes the slide's ② at


def _dE_dy() -> Number:
    """§3: ∂E/∂y_i of −{t log y + (1 − t) log(1 − y)} at t_i = 0.25, y_i = 0.8, by SymPy."""
    t, y = sp.Rational(1, 4), sp.Rational(4, 5)
    assert (float(t), float(y)) == (_DE_DY_POINT["t"], _DE_DY_POINT["y"])
    exact = float(sp.diff(sym.bce_term(sym.y, sym.t), sym.y).subs({sym.y: y, sym.t: t}))
    t, y = float(t), float(y)
    return Number(exact, mistakes={
        _("that is the slide's ②, −t/y + (1 − t)/y: the derivative of log(1 − y) is "
          "−1/(1 − y), so the second denominator is 1 − y."): -t / y + (1 - t) / y,
        _("the sign is flipped: E has a minus in front of both logarithms."):
            t / y - (1 - t) / (1 - y),
        _("only the first term: (1 − t) log(1 − y) depends on y too and adds (1 − t)/(1 − y)."):
            -t / y,
        _("the second term needs a plus: the chain rule on log(1 − y) gives a factor −1, which "
          "cancels E's minus."): -t / y - (1 - t) / (1 - y),
        _("that is y − t, the δ after multiplying by σ' = y(1 − y); ∂E/∂y itself is "
          "(y − t)/(y(1 − y))."): y - t,
    })


def _sigmoid_slope_0() -> Number:
    """§4: σ'(0), by bpkit."""
    slide_3, unused = sym.SLIDE_ERRATA["000 σ' ③"].values()   # the slide's ③ at x = 0
    return Number(float(sigmoid_grad(0.0)), mistakes={
        _("that is σ(0) = y itself (or e^(−x)/(1 + e^(−x)) without the square); the slope is "
          "y(1 − y) = 0.5·(1 − 0.5)."): float(sigmoid(0.0)),
        _("that is what the slide's ③ gives, e^(−x)/(1 + e^(−x))^(−2): moved into the "
          "denominator, the factor (1 + e^(−x))^(−2) of ② becomes (1 + e^(−x))²."): slide_3,
        _("e^(−x) = 1 at x = 0 is only the numerator: divide it by (1 + e^(−x))² = 4."): 1.0,
    })


def _sign_dE_dw_out1() -> Choice:
    """§8: the sign of ∂E/∂w_j1 (hidden unit j → output 1) when t = (1, 0), checked with bpkit
    on a few seeded 3-3-2 nets like §8's."""
    t = np.array([1.0, 0.0])
    signs = set()
    for seed in range(5):
        rng = np.random.default_rng(seed)
        net = MLP([3, 3, 2], activation="sigmoid", loss="bce", bias="none", rng=rng)
        dW, unused = net.gradients(np.round(rng.uniform(-1, 1, 3), 2), t)
        signs |= set(np.sign(dW[1][:, 0]))
    right = {-1.0: "-", 1.0: "+"}[signs.pop()] if len(signs) == 1 else "mixed"
    return Choice(right, {
        "-": _("∂E/∂w_j1 = (y_1 − t_1)·h_j; a sigmoid output y_1 stays below t_1 = 1, and every "
               "h_j = σ(s_j) is positive, so all three are negative, and the update "
               "w_j1 − η·∂E/∂w_j1 raises all three weights, pushing y_1 up toward 1."),
        "+": _("the sign is flipped: ∂E/∂w_j1 = (y_1 − t_1)·h_j and y_1 − t_1 < 0, because a "
               "sigmoid output stays below t_1 = 1. Positive is the step −(y_1 − t_1)·h_j, "
               "not the gradient."),
        "mixed": _("h_j differs from one hidden unit to the next, but it is always positive (a "
                   "sigmoid's output lies between 0 and 1), so it cannot change the sign of "
                   "(y_1 − t_1)·h_j."),
        "0": _("(y_1 − t_1)·h_j is 0 only if y_1 = 1 or h_j = 0, and a sigmoid reaches neither."),
    })


PREDICTIONS = {
    "update_direction": _update_direction,
    "dE_dy": _dE_dy,
    "sigmoid_slope_0": _sigmoid_slope_0,
    "sign_dE_dw_out1": _sign_dE_dw_out1,
}
predict = partial(ask, PREDICTIONS)


CHECKS = {
    "my_dE_dy": check_my_dE_dy,
    "my_mse_delta": check_my_mse_delta,
    "my_tanh_derivative": check_my_tanh_derivative,
    "hidden_delta_signs": check_hidden_delta_signs,
}

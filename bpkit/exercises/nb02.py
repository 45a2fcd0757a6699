"""Checks for the exercises of ``02_chain_rule.ipynb`` (deck 004 §1, deck 001).

Predictions (``predict``): F'(2) for F = (x² + 1)³, deck 001's ∂z/∂w₁ at x = 1, and the
actual change of z when both weights are raised by 10 %.
Exercises: ``my_weight_grads``, ``my_sigmoid_chain`` and ``most_sensitive`` (which of x, w₁,
w₂ z = w₂·w₁·x is most sensitive to: the SMALLEST factor in size, a reasoning step).
"""
from __future__ import annotations

from functools import partial

import numpy as np

from ..activations import sigmoid
from ..i18n import _
from ..lessons import chain
from ._compare import close
from ._feedback import Case, Feedback, attempt, judge, reader
from ._predict import Number, ask

# ---- predictions ------------------------------------------------------------------------------


def _f_prime_2() -> Number:
    """F(x) = f(g(x)) with f(u) = u³, g(x) = x² + 1, at x = 2: f'(g(2))·g'(2) = 3·5²·4."""
    x = 2.0
    g, dg = x**2 + 1, 2 * x
    return Number(3 * g**2 * dg, mistakes={
        _("The inner derivative is missing: multiply f'(g(x)) = 3(x² + 1)² by g'(x) = 2x."):
            3 * g**2,
        _("f' is taken at x, not at g(x) = x² + 1 = 5: F'(x) = f'(g(x))·g'(x)."): 3 * x**2 * dg,
        _("That multiplies by g(2) = 5; the chain rule multiplies by the derivative g'(2) = 4."):
            3 * g**2 * g,
        _("That is (g'(x))³; the chain rule is f'(g(x))·g'(x) = 3(x² + 1)²·2x."): dg**3,
    })


def _dz_dw1() -> Number:
    v = chain.chain_values()
    return Number(v.dz_dw1, mistakes={
        _("That is ∂z/∂w₂ = y: w₁ acts first (y = w₁x), so ∂z/∂w₁ = ∂z/∂y · ∂y/∂w₁ = w₂·x."):
            v.dz_dw2,
        _("∂y/∂w₁ = x is only the local derivative; multiply by ∂z/∂y = w₂ to reach z."): v.x,
        _("That is dz/dx = w₁·w₂, the derivative with respect to the input x, not to w₁."):
            v.dz_dx,
    })


def _delta_z_both() -> Number:
    both = chain.nudge(("w1", "w2"), 0.1)
    one = chain.nudge("w1", 0.1)
    return Number(both["actual"], mistakes={
        _("That is the first-order prediction ∂z/∂w₁·Δw₁ + ∂z/∂w₂·Δw₂; the actual change also "
          "has the cross term Δw₁·Δw₂·x. Compute z = w₂·w₁·x with both new weights."):
            both["predicted"],
        _("That is the change when ONE weight is raised; raise both, w₁ = 3.3 and w₂ = 2.2."):
            one["actual"],
        _("That is z after the nudge; the question asks for the change of z, z_new − z_old."):
            both["z_new"],
        _("That is only the cross term Δw₁·Δw₂·x; add the two first-order terms."):
            both["actual"] - both["predicted"],
    })


PREDICTIONS = {"f_prime_2": _f_prime_2, "dz_dw1": _dz_dw1, "delta_z_both": _delta_z_both}
predict = partial(ask, PREDICTIONS)

# x, w1, w2 all change from case to case, so a typed-in value fails
_CHAIN_CASES = [(1.0, 3.0, 2.0), (0.5, -1.5, 4.0), (2.0, 0.7, -0.3)]


def _grads_case(x, w1, w2) -> Case:
    right = np.array([w2 * x, w1 * x])
    return Case((x, w1, w2), right, {
        _("Not yet: the two are swapped; w₁ acts first (y = w₁x), so ∂z/∂w₁ carries the later "
          "factor w₂."): right[::-1],
        _("Not yet: ∂y/∂w₁ = x is only the local derivative; multiply by ∂z/∂y = w₂ to reach z "
          "(the chain rule)."): np.array([x, w1 * x]),
        _("Not yet: ∂z/∂w₁ is right, but z = w₂·y changes by y per unit of w₂, so ∂z/∂w₂ = y = "
          "w₁x, not w₂."): np.array([w2 * x, w2]),
    }, f"x = {x:g}, w₁ = {w1:g}, w₂ = {w2:g}")


def _grads_miss(case: Case, a) -> str:
    if close(a[1], case.expected[1]):
        return _("Not yet: ∂z/∂w₂ = y is right; ∂z/∂w₁ = ∂z/∂y · ∂y/∂w₁ = w₂·x.")
    if close(a[0], case.expected[0]):
        return _("Not yet: ∂z/∂w₁ is right; ∂z/∂w₂ = y = w₁·x.")
    return _("Not yet: write z = w₂·(w₁·x) and take each derivative with the other letters fixed "
             "(at {label}: {right}).", label=case.label, right=case.expected.tolist())


def check_my_weight_grads(my_weight_grads) -> Feedback:
    """``my_weight_grads(x, w1, w2) -> (dz_dw1, dz_dw2)`` for y = w₁x, z = w₂y:
    ∂z/∂w₁ = w₂·x and ∂z/∂w₂ = y = w₁·x."""
    return judge(my_weight_grads, [_grads_case(*c) for c in _CHAIN_CASES],
                 what="`my_weight_grads`", miss=_grads_miss,
                 read=reader((2,), _("your answer"),
                             _("return two numbers, (∂z/∂w₁, ∂z/∂w₂)")),
                 right=_("Right: ∂z/∂w₁ = ∂z/∂y · ∂y/∂w₁ = w₂·x and ∂z/∂w₂ = y = w₁x. At x = 1, "
                         "w₁ = 3, w₂ = 2 these are 2 and 3."))


_SIG_CASES = [(0.5, 2.0, -0.3), (-1.0, 0.7, 0.4), (2.0, -1.5, 1.0)]


def _sigmoid_case(x, w, b) -> Case:
    s, sx = sigmoid(w * x + b), sigmoid(x)
    hints = [
        (s * (1 - s), _("Not yet: the outer derivative σ'(u) is right, but the inner one is "
                        "missing: multiply by g'(x) = w.")),
        (sx * (1 - sx) * w, _("Not yet: σ' must be taken at the inner value u = wx + b, not at "
                              "x.")),
        (sx * (1 - sx), _("Not yet: σ' must be taken at u = wx + b, and the inner derivative w "
                          "is missing.")),
        (s * (1 - s) * x, _("Not yet: the inner derivative of u = wx + b with respect to x is "
                            "w, not x (x is what ∂u/∂w would give).")),
        (s * (1 + s) * w, _("Not yet: σ'(u) = σ(u)(1 − σ(u)), with a minus.")),
        (s * w, _("Not yet: σ'(u) is σ(u)(1 − σ(u)), not σ(u).")),
    ]
    return Case((x, w, b), s * (1 - s) * w, {h: v for v, h in hints},
                f"x = {x:g}, w = {w:g}, b = {b:g}")


def check_my_sigmoid_chain(my_sigmoid_chain) -> Feedback:
    """``my_sigmoid_chain(x, w, b) -> float``: d/dx σ(w·x + b) = σ(u)(1 − σ(u))·w with
    u = wx + b."""
    return judge(my_sigmoid_chain, [_sigmoid_case(*c) for c in _SIG_CASES],
                 what="`my_sigmoid_chain`",
                 read=reader((), _("your answer"), _("return one number, dσ(wx + b)/dx")),
                 miss=lambda case, a: _("Not yet: with u = w·x + b, the answer is "
                                        "σ(u)·(1 − σ(u))·w (use bp.sigmoid)."),
                 right=_("Right: F'(x) = f'(g(x))·g'(x) = σ(u)(1 − σ(u))·w with u = wx + b."))


# ---- exercise 3 (reasoning): which of x, w₁, w₂ is z most sensitive to? ----------------------
NAMES = ("x", "w1", "w2")
# (x, w1, w2): the answer changes from case to case, and every typical mistake (below) first
# fails on a case where no other mistake still possible gives the same wrong name, so its hint
# is the one shown; x = 0 (last) makes two derivatives exactly 0
_SENSITIVE_CASES = [(1.0, 3.0, 2.0), (4.0, -0.5, 2.0), (3.0, 2.0, -0.5), (2.0, -4.0, -1.5),
                    (0.0, 2.0, 5.0)]


def _partials(x, w1, w2) -> dict:
    """∂z/∂x, ∂z/∂w₁, ∂z/∂w₂ of z = w₂·w₁·x: each is the product of the other two."""
    return {"x": w1 * w2, "w1": w2 * x, "w2": w1 * x}


def _most_sensitive(x, w1, w2) -> str:
    d = _partials(x, w1, w2)
    return max(NAMES, key=lambda n: abs(d[n]))


def _name(answer) -> str | None:
    """"x", "w1" or "w2" for an answer like 'w₁', "W_1", " w1 ", or None."""
    text = (str(answer).strip().strip("'\"").lower().replace("₁", "1").replace("₂", "2")
            .replace("_", "").replace(" ", ""))
    return text if text in NAMES else None


def _sensitive_mistakes() -> list:
    """[(the name a typical mistake gives for (x, w1, w2), its hint)], in the order tried."""
    largest = _("that is the LARGEST factor. ∂z/∂v is the product of the OTHER two factors, so "
                "the largest factor has the smallest derivative; the smallest factor (in size) "
                "moves z the most.")
    return [
        (lambda *f: NAMES[int(np.argmax(np.abs(f)))], largest),
        (lambda *f: max(NAMES, key=lambda n: _partials(*f)[n]),
         _("that has the largest derivative as a signed number; compare sizes |∂z/∂v|: a "
           "large negative derivative moves z as much as a large positive one.")),
        (lambda *f: NAMES[int(np.argmin(f))],
         _("that is the most negative factor; compare sizes |·|, not signed values, and "
           "remember that ∂z/∂v is the product of the OTHER two factors.")),
        (lambda *f: NAMES[int(np.argmax(f))], largest),
    ]


def check_most_sensitive(most_sensitive) -> Feedback:
    """``most_sensitive(x, w1, w2) -> "x" | "w1" | "w2"``: for z = w₂·(w₁·x), the one whose
    partial derivative ∂z/∂v is largest in size (|∂z/∂v|)."""
    answers = []
    for n, case in enumerate(_SENSITIVE_CASES):
        result, fb = attempt(most_sensitive, *case, what="`most_sensitive`")
        if fb is not None:
            return fb
        if not isinstance(result, str):
            return Feedback(False, _("Not yet: return the name as text, \"x\", \"w1\" or "
                                     "\"w2\"; got {kind} {result!r}.",
                                     kind=type(result).__name__, result=result))
        name = _name(result)
        if name is None:
            return Feedback(False, _("Not yet: {result!r} is not one of \"x\", \"w1\", "
                                     "\"w2\".", result=result))
        answers.append(name)
        if name == _most_sensitive(*case):
            continue
        label = "x = {:g}, w₁ = {:g}, w₂ = {:g}".format(*case)
        d = _partials(*case)
        shown = ", ".join(f"∂z/∂{v} = {d[v]:g}" for v in NAMES)
        if n > 0 and len(set(answers)) == 1:
            return Feedback(False, _("Not yet: you answer {name!r} every time; at {label} the "
                                     "derivatives are {shown}. The answer depends on x, w₁ and "
                                     "w₂.", name=name, label=label, shown=shown))
        # the first typical mistake that was right on the cases before and gives this name
        for mistake, hint in _sensitive_mistakes():
            if mistake(*case) == name and all(mistake(*c) == _most_sensitive(*c)
                                              for c in _SENSITIVE_CASES[:n]):
                return Feedback(False, _("Not yet: at {label}, {hint}", label=label, hint=hint))
        return Feedback(False, _("Not yet: at {label} the derivatives are {shown}; {name!r} "
                                 "does not have the largest |∂z/∂v|.", label=label,
                                 shown=shown, name=name))
    return Feedback(True, _("Right: in a product each factor's derivative is the product of "
                            "the others, so the smallest factor (in size) is the one z is most "
                            "sensitive to; a factor of 0 makes every OTHER derivative 0."))


CHECKS = {"my_weight_grads": check_my_weight_grads, "my_sigmoid_chain": check_my_sigmoid_chain,
          "most_sensitive": check_most_sensitive}

"""Checks for the exercises of ``02_chain_rule.ipynb`` (deck 004 §1, deck 001)."""
from __future__ import annotations

import numpy as np

from ..activations import sigmoid
from ..i18n import _
from ._compare import close
from ._feedback import Case, Feedback, judge, reader

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


CHECKS = {"my_weight_grads": check_my_weight_grads, "my_sigmoid_chain": check_my_sigmoid_chain}

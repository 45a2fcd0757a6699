"""Deck 000's derivations step by step (σ', ∂E/∂y_i, the a · b collapse) and deck 002's MSE δ.

Each function returns a list of ``Step`` that ``verify_steps`` proves line by line; where the
slide has a wrong line, the step shows the right one and names the erratum
(``bpkit.symbolic.errata``).
"""
from __future__ import annotations

import sympy as sp

from .steps import Step
from .symbols import bce_term, net_O, out_O, s, sigmoid_expr, t, target, x, y

__all__ = ["sigmoid_derivative", "sigmoid_derivative_steps", "bce_derivative_steps",
           "bce_delta_collapse_steps", "mse_delta_steps"]


def _u(ex):
    return sp.UnevaluatedExpr(ex)


def sigmoid_derivative_steps() -> list[Step]:
    """Deck 000's derivation of σ'(x) = y(1 − y), lines ①–④, with ③ corrected.

    The slide's ③ writes e^(−x) / (1 + e^(−x))^(−2); the exponent must be +2
    (``SLIDE_ERRATA["000 σ' ③"]``). Every line is an expression in x.
    """
    u = 1 + sp.exp(-x)
    sig = 1 / u
    return [
        Step("", sp.Derivative(sig, x), "start: yᵢ = 1/(1 + e⁻ˣ)", "출발: yᵢ = 1/(1 + e⁻ˣ)",
             r"\frac{d}{dx} y_i = \frac{d}{dx}\left[\frac{1}{1 + e^{-x}}\right]"),
        Step("①", sp.Derivative(sp.Pow(u, _u(-1)), x), "write it as a power −1",
             "−1 거듭제곱으로 다시 쓰기", r"= \frac{d}{dx}\left(1 + e^{-x}\right)^{-1}"),
        Step("②", sp.Mul(-1, sp.Pow(u, -2), -sp.exp(-x), evaluate=False),
             "power rule, then the chain rule: (e⁻ˣ)' = −e⁻ˣ",
             "거듭제곱의 미분, 이어서 연쇄법칙: (e⁻ˣ)' = −e⁻ˣ",
             r"= -\left(1 + e^{-x}\right)^{-2}\left(-e^{-x}\right)"),
        Step("③", sp.exp(-x) / u**2,
             "the two minus signs cancel (slide: exponent −2, must be +2)",
             "두 음수 부호가 상쇄된다 (슬라이드의 지수 −2는 +2여야 함)",
             r"= \frac{e^{-x}}{\left(1 + e^{-x}\right)^{2}}"),
        Step("③", sp.Mul(sp.exp(-x) / u, 1 / u, evaluate=False), "split into two fractions",
             "두 분수의 곱으로 나누기",
             r"= \frac{e^{-x}}{1 + e^{-x}} \cdot \frac{1}{1 + e^{-x}}"),
        Step("③", sp.Mul((u - 1) / u, 1 / u, evaluate=False),
             "add and subtract 1 in the numerator",
             "분자에 1을 더하고 빼기",
             r"= \frac{\left(1 + e^{-x}\right) - 1}{1 + e^{-x}} \cdot \frac{1}{1 + e^{-x}}"),
        Step("④", sp.Mul(1 + (-1) / u, 1 / u, evaluate=False), "divide through",
             "나누어 정리하기",
             r"= \left(1 + \frac{-1}{1 + e^{-x}}\right) \cdot \frac{1}{1 + e^{-x}}"),
        Step("b", y * (1 - y), "recognise yᵢ = 1/(1 + e⁻ˣ)", "yᵢ = 1/(1 + e⁻ˣ)로 바꿔 쓰기",
             r"= y_i \cdot \left(1 - y_i\right)", subs={y: sig}),
    ]


def sigmoid_derivative(z: sp.Symbol = x) -> sp.Expr:
    """σ'(z) as SymPy derives it, in deck 000's form σ(z)(1 − σ(z)).

    ``sympy.diff`` of 1/(1 + e^(−z)) gives e^(−z)/(1 + e^(−z))²; this checks that it equals
    σ(z)(1 − σ(z)) (``simplify`` of the difference is 0) and returns that form. It is what
    ``bpkit.activations.sigmoid_grad`` computes.
    """
    sig = sigmoid_expr(z)
    result = sig * (1 - sig)
    if sp.simplify(sp.diff(sig, z) - result) != 0:   # pragma: no cover - SymPy would be wrong
        raise AssertionError("SymPy does not confirm σ' = σ(1 − σ)")
    return result


def bce_derivative_steps() -> list[Step]:
    """Deck 000's ∂E/∂y_i for the cross-entropy E, lines ① and ② and the result a.

    The slide's ② divides the second term by y_i; it must be 1 − y_i
    (``SLIDE_ERRATA["000 ∂E/∂y_i"]``). Lines are expressions in y_i (t_i fixed); ①
    takes a second output y_k to show that only E(y_i) depends on y_i.
    """
    y_k, t_k = sp.symbols("y_k t_k", positive=True)
    E = bce_term(y, t) + bce_term(y_k, t_k)
    return [
        Step("", sp.Derivative(E, y),
             "E = −Σ[t log y + (1 − t) log(1 − y)], differentiated by yᵢ",
             "E = −Σ[t log y + (1 − t) log(1 − y)]를 yᵢ로 미분",
             r"\frac{\partial E}{\partial y_i} = \frac{\partial}{\partial y_i}"
             r"\left(-\sum_{i=1}^{n_{out}}\{t_i\log y_i + (1-t_i)\log(1-y_i)\}\right)"),
        Step("①", sp.Derivative(bce_term(y, t), y),
             "E = E(y₁) + E(y₂) + …: only the term E(yᵢ) depends on yᵢ",
             "E = E(y₁) + E(y₂) + …: yᵢ에 의존하는 항은 E(yᵢ)뿐",
             r"= \frac{\partial E(y_i)}{\partial y_i}"),
        Step("②", -t / y + (1 - t) / (1 - y),
             "log' = 1/·; the second term's chain rule gives −1 (slide: /yᵢ, must be /(1 − yᵢ))",
             "log' = 1/·, 두 번째 항은 연쇄법칙으로 −1이 곱해진다 "
             "(슬라이드의 /yᵢ는 /(1 − yᵢ)여야 함)",
             r"= \frac{-t_i}{y_i} + \frac{1 - t_i}{1 - y_i}"),
        Step("a", (y - t) / (y * (1 - y)), "common denominator", "통분",
             r"= \frac{y_i - t_i}{y_i\left(1 - y_i\right)}"),
    ]


def bce_delta_collapse_steps() -> list[Step]:
    """Deck 000's a · b: for sigmoid + cross-entropy ∂E/∂s_i collapses to y_i − t_i.

    Lines are expressions in s_i (y_i stands for σ(s_i)).
    """
    sig = sigmoid_expr(s)
    where = {y: sig}
    return [
        Step("", sp.Derivative(bce_term(sig, t), s), "the output δ: E differentiated by sᵢ",
             "출력층의 δ: E를 sᵢ로 미분", r"\frac{\partial E}{\partial s_i}"),
        Step("", sp.Mul((y - t) / (y * (1 - y)), y * (1 - y), evaluate=False),
             "chain rule: ∂E/∂yᵢ · ∂yᵢ/∂sᵢ = a · b", "연쇄법칙: ∂E/∂yᵢ · ∂yᵢ/∂sᵢ = a · b",
             r"= \frac{\partial E}{\partial y_i}\frac{\partial y_i}{\partial s_i}"
             r" = \frac{y_i - t_i}{y_i(1 - y_i)} \cdot y_i(1 - y_i)", subs=where),
        Step("", y - t, "yᵢ(1 − yᵢ) cancels", "yᵢ(1 − yᵢ)가 약분된다", r"= y_i - t_i", subs=where),
    ]


def mse_delta_steps() -> list[Step]:
    """Deck 002's output δ for sigmoid + ½(target − out)²: (out − target)·out(1 − out).

    Lines are expressions in net_O (out_O stands for σ(net_O)).
    """
    sig = sigmoid_expr(net_O)
    where = {out_O: sig}
    return [
        Step("", sp.Derivative(sp.Rational(1, 2) * (target - sig) ** 2, net_O),
             "the output δ of E = ½(target − out)²", "E = ½(target − out)²(오차제곱합)의 출력층 δ",
             r"\delta_O = \frac{\partial E}{\partial net_O}"),
        Step("", sp.Mul(-(target - out_O), out_O * (1 - out_O), evaluate=False),
             "chain rule: ∂E/∂out · ∂out/∂net", "연쇄법칙: ∂E/∂out · ∂out/∂net",
             r"= \frac{\partial E}{\partial out_O}\frac{\partial out_O}{\partial net_O}"
             r" = -(target - out_O) \cdot out_O(1 - out_O)", subs=where),
        Step("", (out_O - target) * out_O * (1 - out_O), "the factor out(1 − out) stays",
             "인수 out(1 − out)가 그대로 남는다",
             r"= (out_O - target)\, out_O(1 - out_O)", subs=where),
    ]

"""Exact derivatives with SymPy: deck 000's derivations step by step, and an oracle.

Two things live here.

1. **Derivations** (deck 000, KAIG "오차 역전파"; deck 002 for the MSE δ). Each function
   returns a list of ``Step``: a label as on the slide (①, ②, …), a short explanation in
   English and Korean, the SymPy expression that is checked, and the LaTeX a notebook shows.
   ``verify_steps(steps)`` proves, step by step, that each expression equals the one
   before it (``sympy.simplify(a - b) == 0`` on small one-variable expressions).
   ``SLIDE_ERRATA`` holds the slide's wrong lines beside the right ones, with a point
   where they give different numbers.

2. **The oracle**: ``SymbolicNet`` builds the loss E of a tiny net exactly (one SymPy
   symbol per weight and bias), differentiates it with respect to every parameter and
   compiles the result with ``lambdify(..., cse=True)``. ``oracle_gradients`` and
   ``oracle_loss`` evaluate it for numbers, in bpkit's conventions (rows are samples,
   ``W[l]`` is (n_in, n_out), E is the batch mean), so tests can hold bpkit's backward pass
   to an independent, exact reference. Whole-net gradients are never simplified: that
   takes minutes; evaluating them is enough.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

import numpy as np
import sympy as sp

from ..errors import BpkitError, ShapeError, check_name

__all__ = [
    "Step", "verify_steps", "sigmoid_derivative", "sigmoid_derivative_steps", "bce_derivative_steps",
    "bce_delta_collapse_steps", "mse_delta_steps", "Erratum", "SLIDE_ERRATA", "errata_table",
    "symbolic_equal", "deck000_output_check", "deck000_hidden_check",
    "deck000_output_gradient", "deck000_hidden_gradient",
    "SymbolicNet", "symbolic_net", "oracle_loss", "oracle_gradients", "oracle_for",
]

# ---- symbols of deck 000 (y output, t target, s pre-activation, h hidden output) ---------------
x = sp.Symbol("x", real=True)
s = sp.Symbol("s_i", real=True)
y = sp.Symbol("y_i", positive=True)
t = sp.Symbol("t_i", positive=True)
# deck 002's names for the MSE δ
net_O = sp.Symbol("net_O", real=True)
out_O = sp.Symbol("out_O", positive=True)
target = sp.Symbol("target", positive=True)


def sigmoid_expr(z: sp.Expr) -> sp.Expr:
    """σ(z) = 1 / (1 + e^(−z)) as a SymPy expression."""
    return 1 / (1 + sp.exp(-z))


def bce_term(y_: sp.Expr, t_: sp.Expr) -> sp.Expr:
    """One output's share of deck 000's E: −{t log y + (1 − t) log(1 − y)}."""
    return -(t_ * sp.log(y_) + (1 - t_) * sp.log(1 - y_))


# ---- steps ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Step:
    """One line of a derivation.

    Attributes
    ----------
    label : str
        As on the slide: "①", "②", …, or "" for the starting line.
    expr : sympy expression
        What this line says, in the derivation's variable; ``verify_steps`` compares it with
        the line before.
    en, ko : str
        A short explanation in English and in Korean; plain text shown in LaTeX's ``\\text``,
        so without ``_ { } \\ $ % # & ^`` (write yᵢ, e⁻ˣ).
    tex : str
        The LaTeX shown (the slide's typography; SymPy would reorder terms).
    subs : dict
        Substitutions applied before comparing (e.g. ``{y_i: σ(s_i)}``): a line may be
        written in y while the derivation's variable is s.
    """

    label: str
    expr: sp.Expr
    en: str
    ko: str
    tex: str = ""
    subs: dict = field(default_factory=dict)

    def latex(self) -> str:
        """The displayed formula: ``tex`` if given, else SymPy's LaTeX of ``expr``."""
        return self.tex or sp.latex(self.expr)

    def checked_expr(self) -> sp.Expr:
        """``expr`` with ``subs`` applied and derivatives evaluated: what is compared."""
        return sp.sympify(self.expr).subs(self.subs).doit()

    def _repr_latex_(self) -> str:
        label = rf"\text{{{self.label}}}\quad " if self.label else r"\phantom{①}\quad "
        return rf"$\displaystyle {label}{self.latex()} \qquad \text{{{self.en} / {self.ko}}}$"

    def __repr__(self) -> str:
        return f"{self.label or '·'} {self.expr}   ({self.en})"


def verify_steps(steps: Sequence[Step]) -> list[bool]:
    """For each step, is it equal to the step before? One bool per step; the first is True.

    Each comparison is ``sympy.simplify(a - b) == 0`` after ``subs`` and ``doit()``: quick on
    the small one-variable expressions of the derivations.
    """
    ok = [True]
    for prev, step in zip(steps[:-1], steps[1:]):
        ok.append(bool(sp.simplify(step.checked_expr() - prev.checked_expr()) == 0))
    return ok


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
        Step("", sp.Derivative(sig, x), "start: yᵢ = 1/(1 + e⁻ˣ)", "시그모이드의 미분",
             r"\frac{d}{dx} y_i = \frac{d}{dx}\left[\frac{1}{1 + e^{-x}}\right]"),
        Step("①", sp.Derivative(sp.Pow(u, _u(-1)), x), "write it as a power −1",
             "−1 제곱으로 다시 쓰기", r"= \frac{d}{dx}\left(1 + e^{-x}\right)^{-1}"),
        Step("②", sp.Mul(-1, sp.Pow(u, -2), -sp.exp(-x), evaluate=False),
             "power rule, then the chain rule: (e⁻ˣ)' = −e⁻ˣ",
             "거듭제곱 미분과 연쇄 법칙", r"= -\left(1 + e^{-x}\right)^{-2}\left(-e^{-x}\right)"),
        Step("③", sp.exp(-x) / u**2, "the two minus signs cancel (slide: exponent −2, must be +2)",
             "음수 부호 상쇄 (슬라이드의 지수 −2는 +2)",
             r"= \frac{e^{-x}}{\left(1 + e^{-x}\right)^{2}}"),
        Step("③", sp.Mul(sp.exp(-x) / u, 1 / u, evaluate=False), "split into two fractions",
             "두 분수로 나누기",
             r"= \frac{e^{-x}}{1 + e^{-x}} \cdot \frac{1}{1 + e^{-x}}"),
        Step("③", sp.Mul((u - 1) / u, 1 / u, evaluate=False), "add and subtract 1 in the numerator",
             "분자에 1을 더하고 빼기",
             r"= \frac{\left(1 + e^{-x}\right) - 1}{1 + e^{-x}} \cdot \frac{1}{1 + e^{-x}}"),
        Step("④", sp.Mul(1 + (-1) / u, 1 / u, evaluate=False), "divide through",
             "나누어 정리", r"= \left(1 + \frac{-1}{1 + e^{-x}}\right) \cdot \frac{1}{1 + e^{-x}}"),
        Step("b", y * (1 - y), "recognise yᵢ = 1/(1 + e⁻ˣ)", "yᵢ 로 바꿔 쓰기",
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
             "E = −Σ[t log y + (1 − t) log(1 − y)], differentiated by yᵢ", "E를 yᵢ로 미분",
             r"\frac{\partial E}{\partial y_i} = \frac{\partial}{\partial y_i}"
             r"\left(-\sum_{i=1}^{n_{out}}\{t_i\log y_i + (1-t_i)\log(1-y_i)\}\right)"),
        Step("①", sp.Derivative(bce_term(y, t), y),
             "E = E(y₁) + E(y₂) + …: only the term E(yᵢ) depends on yᵢ",
             "E(yᵢ) 항만 yᵢ에 의존", r"= \frac{\partial E(y_i)}{\partial y_i}"),
        Step("②", -t / y + (1 - t) / (1 - y),
             "log' = 1/·; the second term's chain rule gives −1 (slide: /yᵢ, must be /(1 − yᵢ))",
             "로그 미분 (슬라이드의 두 번째 분모 yᵢ는 1 − yᵢ)",
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
             "출력층 δ: E를 sᵢ로 미분", r"\frac{\partial E}{\partial s_i}"),
        Step("", sp.Mul((y - t) / (y * (1 - y)), y * (1 - y), evaluate=False),
             "chain rule: ∂E/∂yᵢ · ∂yᵢ/∂sᵢ = a · b", "연쇄 법칙: a · b",
             r"= \frac{\partial E}{\partial y_i}\frac{\partial y_i}{\partial s_i}"
             r" = \frac{y_i - t_i}{y_i(1 - y_i)} \cdot y_i(1 - y_i)", subs=where),
        Step("", y - t, "yᵢ(1 − yᵢ) cancels", "yᵢ(1 − yᵢ) 약분", r"= y_i - t_i", subs=where),
    ]


def mse_delta_steps() -> list[Step]:
    """Deck 002's output δ for sigmoid + ½(target − out)²: (out − target)·out(1 − out).

    Lines are expressions in net_O (out_O stands for σ(net_O)).
    """
    sig = sigmoid_expr(net_O)
    where = {out_O: sig}
    return [
        Step("", sp.Derivative(sp.Rational(1, 2) * (target - sig) ** 2, net_O),
             "the output δ of E = ½(target − out)²", "출력층 δ (평균제곱오차)",
             r"\delta_O = \frac{\partial E}{\partial net_O}"),
        Step("", sp.Mul(-(target - out_O), out_O * (1 - out_O), evaluate=False),
             "chain rule: ∂E/∂out · ∂out/∂net", "연쇄 법칙",
             r"= \frac{\partial E}{\partial out_O}\frac{\partial out_O}{\partial net_O}"
             r" = -(target - out_O) \cdot out_O(1 - out_O)", subs=where),
        Step("", (out_O - target) * out_O * (1 - out_O), "the factor out(1 − out) stays",
             "out(1 − out) 인수가 남는다",
             r"= (out_O - target)\, out_O(1 - out_O)", subs=where),
    ]


# ---- slide errata ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Erratum:
    """A line of a slide that is wrong, beside the right one, and a point where they differ.

    ``slide_expr`` and ``right_expr`` are SymPy expressions of the same symbols; ``point``
    gives those symbols numbers. ``values()`` evaluates both there.
    """

    deck: str
    where: str
    slide_tex: str
    right_tex: str
    slide_expr: sp.Expr
    right_expr: sp.Expr
    point: dict
    why: str

    def values(self) -> tuple[float, float]:
        """(slide's value, right value) at ``point``."""
        return (float(sp.sympify(self.slide_expr).subs(self.point)),
                float(sp.sympify(self.right_expr).subs(self.point)))

    @property
    def differs(self) -> bool:
        """True when the slide's line gives another number than the right one."""
        a, b = self.values()
        return not np.isclose(a, b, rtol=1e-12, atol=0)

    def point_text(self) -> str:
        """The point as text, e.g. "t_i = 1/4, y_i = 4/5"."""
        return ", ".join(f"{k} = {v}" for k, v in sorted(self.point.items(), key=lambda kv: str(kv[0])))

    def _repr_latex_(self) -> str:
        return (rf"$\displaystyle \text{{slide (wrong): }}\; {self.slide_tex}"
                rf"\qquad \text{{right: }}\; {self.right_tex}$")


def errata_table(errata=None):
    """A ``bpkit.Table`` of slide errata: where, the point, the slide's value, the right value."""
    from ..display import Table
    errata = SLIDE_ERRATA if errata is None else errata
    errata = list(errata.values()) if isinstance(errata, dict) else list(errata)
    rows = [[e.where, e.point_text(), *e.values(), e.why] for e in errata]
    return Table(["slide line", "at", "slide gives", "right value", "why"], rows,
                 caption="Deck 000's wrong lines, evaluated where they differ", fmt="{:.4g}")


def _errata() -> dict:
    eta, h_j, h_1, h_3, x_k, w_k = sp.symbols("eta h_j h_1 h_3 x_k w_k", real=True)
    w_ji, w_kj, w_31 = sp.symbols("w_ji w_kj w_31", real=True)
    y1, y2, t1, t2, w11, w12 = sp.symbols("y_1 y_2 t_1 t_2 w_11 w_12", real=True)
    u = 1 + sp.exp(-x)
    dEdy = lambda yy, tt: (yy - tt) / (yy * (1 - yy))   # noqa: E731  (a, the corrected ②)
    return {e.where: e for e in [
        Erratum("000", "000 σ' ③",
                r"\frac{e^{-x}}{(1 + e^{-x})^{-2}}", r"\frac{e^{-x}}{(1 + e^{-x})^{2}}",
                sp.exp(-x) / u**-2, sp.exp(-x) / u**2, {x: 0},
                "the exponent of the denominator is +2: ② has (1 + e^(−x))^(−2) as a factor"),
        Erratum("000", "000 ∂E/∂y_i",
                r"\frac{-t_i}{y_i} + \frac{1 - t_i}{y_i}",
                r"\frac{-t_i}{y_i} + \frac{1 - t_i}{1 - y_i}",
                -t / y + (1 - t) / y, -t / y + (1 - t) / (1 - y),
                {y: sp.Rational(4, 5), t: sp.Rational(1, 4)},
                "d/dy log(1 − y) = −1/(1 − y): the second denominator is 1 − y_i"),
        Erratum("000", "000 update without learning rate",
                r"w_{ji}(T+1) = w_{ji}(T) - (y_i - t_i)h_j",
                r"w_{ji}(T+1) = w_{ji}(T) - \eta\,(y_i - t_i)h_j",
                w_ji - (y - t) * h_j, w_ji - eta * (y - t) * h_j,
                {w_ji: sp.Rational(2, 5), y: sp.Rational(7, 10), t: 1, h_j: sp.Rational(3, 5),
                 eta: sp.Rational(1, 2)},
                "gradient descent steps by η times the gradient; the slide fixes η = 1"),
        Erratum("000", "000 ∂s_j/∂w_kj",
                r"\frac{\partial s_j}{\partial w_{kj}} = w_k",
                r"\frac{\partial s_j}{\partial w_{kj}} = x_k",
                w_k, sp.diff(x_k * w_kj, w_kj), {w_k: sp.Rational(3, 10), x_k: sp.Rational(1, 20)},
                "s_j = Σ_k x_k w_kj, so the derivative by w_kj is the input x_k"),
        Erratum("000", "000 ∂E/∂h_j indices",
                r"\sum_i \frac{\partial E}{\partial y_j}\, y_i(1 - y_j)\, w_{ji}",
                r"\sum_i \frac{\partial E}{\partial y_i}\, y_i(1 - y_i)\, w_{ji}",
                # j = 1 in a net with two outputs: the slide's y_j is then y_1 for every i
                dEdy(y1, t1) * y1 * (1 - y1) * w11 + dEdy(y1, t1) * y2 * (1 - y1) * w12,
                dEdy(y1, t1) * y1 * (1 - y1) * w11 + dEdy(y2, t2) * y2 * (1 - y2) * w12,
                {y1: sp.Rational(7, 10), y2: sp.Rational(1, 5), t1: 1, t2: 0,
                 w11: sp.Rational(2, 5), w12: sp.Rational(-1, 2)},
                "every factor in the sum over outputs i carries the index i, not j"),
        Erratum("000", "000 new Output w_31",
                r"w_{31}(T+1) = w_{31}(T) - \delta y \cdot h_1",
                r"w_{31}(T+1) = w_{31}(T) - \eta\,\delta y_1 \cdot h_3",
                w_31 - (y - t) * h_1, w_31 - eta * (y - t) * h_3,
                {w_31: sp.Rational(2, 5), y: sp.Rational(7, 10), t: 1, h_1: sp.Rational(3, 5),
                 h_3: sp.Rational(1, 5), eta: sp.Rational(1, 2)},
                "w_ji runs from hidden unit j to output i: w_31 multiplies h_3, so its "
                "gradient is δy_1·h_3"),
    ]}


SLIDE_ERRATA: dict = _errata()


# ---- deck 000's update formulas on a tiny symbolic net --------------------------------------
def symbolic_equal(a: sp.Expr, b: sp.Expr, numeric_fallback: bool = True) -> bool:
    """Whether two whole-net expressions are identical, without ``simplify``.

    Every ``exp(…)`` is replaced by a fresh symbol (outermost first), which leaves a rational
    function; ``cancel`` decides that exactly and fast: True from this step is a proof. It
    can miss identities that need exp rules (it never claims a false one); then, with
    ``numeric_fallback``, both sides are compared at three seeded random points with 30
    digits (strong evidence, not a proof), else the answer is False.
    """
    diff = sp.sympify(a - b)
    atoms = {e: sp.Dummy() for e in diff.atoms(sp.exp)}
    if sp.cancel(sp.together(diff.xreplace(atoms))) == 0:
        return True
    if not numeric_fallback:
        return False
    rng = np.random.default_rng(0)
    free = sorted(diff.free_symbols, key=str)
    for _ in range(3):
        point = {v: sp.Rational(int(rng.integers(-90, 90)), 100) for v in free}
        if abs(diff.evalf(30, subs=point)) > 1e-25:
            return False
    return True


@lru_cache(maxsize=8)
def _deck000_net(n_in: int, n_hidden: int, n_out: int):
    """Deck 000's net, symbolic: s_j = Σ_k x_k w_kj, h_j = σ(s_j), s_i = Σ_j w_ji h_j,
    y_i = σ(s_i), E = −Σ_i{t_i log y_i + (1 − t_i) log(1 − y_i)}; no biases, as on the slide."""
    X = sp.symbols(f"x_1:{n_in + 1}", real=True)
    T = sp.symbols(f"t_1:{n_out + 1}", positive=True)
    W1 = sp.Matrix(n_in, n_hidden, lambda k, j: sp.Symbol(f"w_{{{k + 1}{j + 1}}}", real=True))
    W2 = sp.Matrix(n_hidden, n_out, lambda j, i: sp.Symbol(f"w'_{{{j + 1}{i + 1}}}", real=True))
    H = [sigmoid_expr(sum(X[k] * W1[k, j] for k in range(n_in))) for j in range(n_hidden)]
    Y = [sigmoid_expr(sum(W2[j, i] * H[j] for j in range(n_hidden))) for i in range(n_out)]
    E = sum(bce_term(Y[i], T[i]) for i in range(n_out))
    return X, T, W1, W2, H, Y, E


def deck000_output_check(n_in: int = 2, n_hidden: int = 2, n_out: int = 2) -> list[tuple]:
    """Deck 000's output-layer formula ∂E/∂w_ji = (y_i − t_i) h_j against SymPy's derivative.

    Returns
    -------
    list of (weight symbol, sympy derivative, deck formula, equal?) for every hidden→output
    weight of a tiny sigmoid + cross-entropy net without biases (w'_ji in the symbol names).
    "equal" is exact (``symbolic_equal`` without its numeric fallback).
    """
    X, T, W1, W2, H, Y, E = _deck000_net(n_in, n_hidden, n_out)
    rows = []
    for j in range(n_hidden):
        for i in range(n_out):
            derivative = sp.diff(E, W2[j, i])
            formula = (Y[i] - T[i]) * H[j]
            rows.append((W2[j, i], derivative, formula, symbolic_equal(derivative, formula, numeric_fallback=False)))
    return rows


def deck000_hidden_check(n_in: int = 2, n_hidden: int = 2, n_out: int = 2) -> list[tuple]:
    """Deck 000's hidden-layer formula ∂E/∂w_kj = Σ_i (y_i − t_i) w_ji h_j(1 − h_j) x_k
    against SymPy's derivative, for every input→hidden weight (see ``deck000_output_check``).
    """
    X, T, W1, W2, H, Y, E = _deck000_net(n_in, n_hidden, n_out)
    rows = []
    for k in range(n_in):
        for j in range(n_hidden):
            derivative = sp.diff(E, W1[k, j])
            formula = sum((Y[i] - T[i]) * W2[j, i] * H[j] * (1 - H[j]) * X[k]
                          for i in range(n_out))
            rows.append((W1[k, j], derivative, formula, symbolic_equal(derivative, formula, numeric_fallback=False)))
    return rows


def deck000_output_gradient(h: np.ndarray, y_: np.ndarray, t_: np.ndarray) -> np.ndarray:
    """Deck 000's ∂E/∂w_ji = (y_i − t_i) h_j for one sample, as numbers.

    Parameters
    ----------
    h : ndarray, shape (n_hidden,)   hidden outputs h_j
    y_, t_ : ndarray, shape (n_out,)  outputs y_i and targets t_i

    Returns
    -------
    ndarray, shape (n_hidden, n_out): entry [j, i] is ∂E/∂w_ji (bpkit's W[1] layout).
    """
    return np.outer(h, np.asarray(y_) - np.asarray(t_))


def deck000_hidden_gradient(x_: np.ndarray, h: np.ndarray, y_: np.ndarray, t_: np.ndarray,
                            W_out: np.ndarray) -> np.ndarray:
    """Deck 000's ∂E/∂w_kj = Σ_i (y_i − t_i) w_ji h_j(1 − h_j) x_k for one sample.

    Parameters
    ----------
    x_ : ndarray, shape (n_in,)
    h : ndarray, shape (n_hidden,)
    y_, t_ : ndarray, shape (n_out,)
    W_out : ndarray, shape (n_hidden, n_out), entry [j, i] = w_ji

    Returns
    -------
    ndarray, shape (n_in, n_hidden): entry [k, j] is ∂E/∂w_kj (bpkit's W[0] layout).
    """
    delta_h = (np.asarray(W_out) @ (np.asarray(y_) - np.asarray(t_))) * h * (1 - h)
    return np.outer(x_, delta_h)


# ---- the oracle -----------------------------------------------------------------------------
def _relu(z):
    return sp.Piecewise((z, z > 0), (0, True))


_SYMBOLIC_ACTIVATIONS = {
    "sigmoid": sigmoid_expr,
    "tanh": sp.tanh,
    "identity": lambda z: z,
    "relu": _relu,
    "softmax": None,    # a whole layer at once
}
_LOSSES = ("mse", "bce", "softmax_ce")
_BIASES = ("unit", "shared", "none")


class SymbolicNet:
    """A tiny fully connected net built symbolically, with its exact gradients compiled.

    Parameters
    ----------
    sizes : sequence of int, input first (``[3, 4, 2]``)
    activations : sequence of str, one per weight layer (softmax only last)
    loss : {"mse", "bce", "softmax_ce"}
    bias : {"unit", "shared", "none"}

    Attributes
    ----------
    x, t : tuple of Symbol  one sample's inputs and targets
    W : list of sympy Matrix, ``W[l]`` of shape (n_in, n_out)
    b : list of (list of Symbol | Symbol), per unit, one shared symbol, or empty
    E : sympy expression, one sample's loss (summed over output units)
    params : list of Symbol, in the order W[0] (row-major), b[0], W[1], b[1], …

    Notes
    -----
    ``loss`` and ``gradients`` evaluate E and ∂E/∂p for every sample (numpy broadcasting over
    the columns of X and T) and take the mean over the batch, as bpkit does.
    """

    def __init__(self, sizes: Sequence[int], activations: Sequence[str], loss: str, bias: str):
        sizes = [int(n) for n in sizes]
        if len(sizes) < 2 or min(sizes) < 1:
            raise ShapeError(f"sizes must list at least 2 layer sizes, each ≥ 1; got {sizes}")
        activations = list(activations)
        if len(activations) != len(sizes) - 1:
            raise ShapeError(f"{len(activations)} activations for {len(sizes) - 1} layers")
        for name in activations:
            check_name("activation", name, _SYMBOLIC_ACTIVATIONS)
        if "softmax" in activations[:-1]:
            raise BpkitError("softmax is only supported as the output activation")
        check_name("loss", loss, _LOSSES)
        check_name("bias mode", bias, _BIASES)
        self.sizes, self.activations, self.loss_name, self.bias = sizes, activations, loss, bias
        self.x = sp.symbols(f"x_0:{sizes[0]}", real=True)
        self.t = sp.symbols(f"t_0:{sizes[-1]}", real=True)
        self.W, self.b, self.params = [], [], []
        inp = list(self.x)
        for l, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:])):
            W = sp.Matrix(n_in, n_out, lambda i, j: sp.Symbol(f"W{l}_{i}_{j}", real=True))
            self.W.append(W)
            self.params += list(W)                      # row-major, like W.ravel()
            if bias == "unit":
                b = [sp.Symbol(f"b{l}_{j}", real=True) for j in range(n_out)]
                self.params += b
                shift = b
            elif bias == "shared":
                b = sp.Symbol(f"b{l}", real=True)
                self.params.append(b)
                shift = [b] * n_out
            else:
                b, shift = None, [0] * n_out
            if b is not None:
                self.b.append(b)
            nets = [sum(inp[i] * W[i, j] for i in range(n_in)) + shift[j] for j in range(n_out)]
            inp = self._activate(activations[l], nets)
        self.y = inp
        if loss == "softmax_ce" and activations[-1] == "softmax":
            # log y_k = net_k − log Σ_j e^(net_j): the same E, written so that SymPy
            # differentiates a sum instead of a quotient (several times faster)
            log_total = sp.log(sum(sp.exp(z) for z in nets))
            self.E = -sum(tk * (z - log_total) for z, tk in zip(nets, self.t))
        elif loss == "bce" and activations[-1] == "sigmoid":
            # log σ(z) = −log(1 + e^(−z)) and log(1 − σ(z)) = −log(1 + e^z): the same E again
            self.E = sum(tk * sp.log(1 + sp.exp(-z)) + (1 - tk) * sp.log(1 + sp.exp(z))
                         for z, tk in zip(nets, self.t))
        else:
            self.E = self._loss(loss, inp, self.t)
        grads = [sp.diff(self.E, p) for p in self.params]
        args = list(self.x) + list(self.t) + self.params
        self._loss_fn = sp.lambdify(args, self.E, "numpy", cse=True)
        self._grad_fn = sp.lambdify(args, grads, "numpy", cse=True)

    @staticmethod
    def _activate(name: str, nets: list) -> list:
        if name == "softmax":
            e = [sp.exp(z) for z in nets]
            total = sum(e)
            return [ei / total for ei in e]
        g = _SYMBOLIC_ACTIVATIONS[name]
        return [g(z) for z in nets]

    @staticmethod
    def _loss(name: str, out: list, T: Sequence) -> sp.Expr:
        if name == "mse":
            return sum(sp.Rational(1, 2) * (tk - yk) ** 2 for yk, tk in zip(out, T))
        if name == "bce":
            return sum(bce_term(yk, tk) for yk, tk in zip(out, T))
        return -sum(tk * sp.log(yk) for yk, tk in zip(out, T))

    def _args(self, weights, biases, X, T) -> tuple[list, int]:
        X = np.atleast_2d(np.asarray(X, dtype=float))
        T = np.asarray(T, dtype=float).reshape(X.shape[0], -1)
        if X.shape[1] != self.sizes[0] or T.shape[1] != self.sizes[-1]:
            raise ShapeError(f"X {X.shape} and T {T.shape} do not fit sizes {self.sizes}")
        values = []
        for l, W in enumerate(weights):
            W = np.asarray(W, dtype=float)
            if W.shape != (self.sizes[l], self.sizes[l + 1]):
                raise ShapeError(f"weights[{l}] must have shape "
                                 f"{(self.sizes[l], self.sizes[l + 1])}; got {W.shape}")
            values += list(W.ravel())
            if self.bias != "none":
                values += list(np.atleast_1d(np.asarray(biases[l], dtype=float)).ravel())
        if len(values) != len(self.params):
            raise ShapeError(f"got {len(values)} parameter values for {len(self.params)} "
                             f"parameters (bias={self.bias!r})")
        return list(X.T) + list(T.T) + values, X.shape[0]

    def loss(self, weights, biases, X, T) -> float:
        """E for a batch: per sample the sum over outputs, mean over samples."""
        args, n = self._args(weights, biases, X, T)
        return float(np.mean(np.broadcast_to(self._loss_fn(*args), (n,))))

    def gradients(self, weights, biases, X, T) -> tuple[list, list]:
        """(dW, db) of the batch-mean E, shaped like bpkit's ``weights`` and ``biases``."""
        args, n = self._args(weights, biases, X, T)
        flat = [float(np.mean(np.broadcast_to(g, (n,)))) for g in self._grad_fn(*args)]
        dW, db, pos = [], [], 0
        for l, W in enumerate(self.W):
            dW.append(np.array(flat[pos:pos + W.rows * W.cols]).reshape(W.shape))
            pos += W.rows * W.cols
            if self.bias == "unit":
                db.append(np.array(flat[pos:pos + W.cols]))
                pos += W.cols
            elif self.bias == "shared":
                db.append(np.array(flat[pos]))
                pos += 1
        return dW, db


@lru_cache(maxsize=64)
def _cached_net(sizes: tuple, activations: tuple, loss: str, bias: str) -> SymbolicNet:
    return SymbolicNet(sizes, activations, loss, bias)


def symbolic_net(sizes: Sequence[int], activations, loss: str, bias: str) -> SymbolicNet:
    """A ``SymbolicNet``, built once per architecture and cached.

    ``activations`` is a list (one name per layer) or one name for every layer; with
    ``loss="softmax_ce"`` a single name means that name for the hidden layers and softmax
    at the output, as in ``bpkit.MLP``.
    """
    n_layers = len(sizes) - 1
    if isinstance(activations, str):
        out = "softmax" if loss == "softmax_ce" else activations
        activations = [activations] * (n_layers - 1) + [out]
    return _cached_net(tuple(int(n) for n in sizes), tuple(activations), loss, bias)


def oracle_loss(sizes, activations, loss, bias, weights, biases, X, T) -> float:
    """E of the batch from SymPy's exact expression (see ``SymbolicNet``)."""
    return symbolic_net(sizes, activations, loss, bias).loss(weights, biases, X, T)


def oracle_gradients(sizes, activations, loss, bias, weights, biases, X, T) -> tuple[list, list]:
    """(dW, db) from SymPy's exact derivatives of E, shaped like bpkit's.

    Parameters
    ----------
    sizes : sequence of int; activations : str or list of str; loss : str; bias : str
    weights : list of ndarray, ``weights[l]`` shape (sizes[l], sizes[l + 1])
    biases : list of ndarray, shape (n_out,) per unit, () shared; empty for bias="none"
    X : ndarray, shape (n_samples, sizes[0]); T : ndarray, shape (n_samples, sizes[-1])
    """
    return symbolic_net(sizes, activations, loss, bias).gradients(weights, biases, X, T)


def oracle_for(net, X, T) -> tuple[float, list, list]:
    """(E, dW, db) of a ``bpkit.MLP`` at its current parameters, from the SymPy oracle."""
    sym = symbolic_net(net.sizes, net.activations, net.loss_name, net.bias)
    X = np.atleast_2d(np.asarray(X, dtype=float))
    T = np.asarray(T, dtype=float).reshape(X.shape[0], -1)
    dW, db = sym.gradients(net.weights, net.biases, X, T)
    return sym.loss(net.weights, net.biases, X, T), dW, db

"""Deck 004's matrix derivative ("오차함수의 행렬 미분") entry by entry.

The deck writes, for Z = W·A (samples are columns) and E^[2] = A^[2] − Y,

    ΔW^[2] = ∂E/∂A^[2] · ∂A^[2]/∂Z^[2] · ∂Z^[2]/∂W^[2] = E^[2] · g'(Z^[2]) · A^[1]T.

Entry by entry the three factors are a matrix and two 4-index tensors,

    ∂E/∂A_ik = (A − Y)_ik,   ∂A_ik/∂Z_ab = δ_ia δ_kb g'(Z_ik),   ∂Z_ab/∂W_jl = δ_aj A_lb,

and the chain is a contraction over the shared indices, which lands on
ΔW_jl = Σ_b dZ_jb A_lb = (dZ·Aᵀ)_jl: "Aᵀ" is short for contracting with ∂Z/∂W, and it
only works written on the right of dZ. ``chain_tensors`` builds the three factors by central
differences of each step's own function; ``tensor_table`` sets them beside those formulas;
``contract`` does the contraction; ``factor_orders`` tries Aᵀ in other places.

The review slide's 1–4단계 (index level, w_jk with z_k = Σ_j w_jk a_j) are checked by SymPy
for any g (``review_steps``, ``review_table``); ``transpose_table`` proves, for every size,
that bpkit's row formulas are the deck's transposed; ``square_attempts`` shows what
E = ½(A − Y)² can and cannot mean.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import sympy as sp

from .. import activations as act
from ..errors import ShapeError
from ..i18n import _
from ..symbolic.steps import Step, verify_steps

__all__ = ["ChainTensors", "jacobian", "chain_tensors", "contract", "tensor_head", "tensor_table",
           "dZ_dW_exact", "order_head", "factor_orders", "review_steps", "review_head",
           "review_table", "index_loop_dW", "transpose_head", "transpose_table",
           "square_attempts"]

_g = sp.Function("g")
_x = sp.Symbol("x")


def _gprime(z):  # g'(z) for the undefined g, in the form SymPy's chain rule produces
    return sp.Derivative(_g(_x), _x).subs(_x, z)


# ---- the chain as tensors ----------------------------------------------------------------
class ChainTensors(NamedTuple):
    """The three factors of deck 004's chain for one layer (n units, p inputs, m samples).

    dE_dA : (n, m);  dA_dZ : (n, m, n, m);  dZ_dW : (n, m, n, p).  Entry [i, k, j, l] of a
    4-index tensor is ∂(out)_ik / ∂(in)_jl.
    """

    dE_dA: np.ndarray
    dA_dZ: np.ndarray
    dZ_dW: np.ndarray


def jacobian(f: Callable[[np.ndarray], np.ndarray], X: np.ndarray, h: float = 1e-6) -> np.ndarray:
    """Central differences of every entry of f(X) with respect to every entry of X.

    Returns
    -------
    ndarray, shape f(X).shape + X.shape
    """
    X = np.array(X, dtype=np.float64)
    out = np.asarray(f(X))
    J = np.zeros(out.shape + X.shape)
    for idx in np.ndindex(X.shape):
        Xp, Xm = X.copy(), X.copy()
        Xp[idx] += h
        Xm[idx] -= h
        J[(...,) + idx] = (np.asarray(f(Xp)) - np.asarray(f(Xm))) / (2 * h)
    return J


def _check(W, A_in, Y):
    W, A_in, Y = (np.asarray(a, dtype=np.float64) for a in (W, A_in, Y))
    if W.ndim != 2 or A_in.ndim != 2 or W.shape[1] != A_in.shape[0]:
        raise ShapeError(_("W must be (n, p) and A_in (p, m); got W {W}, A_in {A}",
                           W=W.shape, A=A_in.shape))
    if Y.shape != (W.shape[0], A_in.shape[1]):
        raise ShapeError(_("Y must be (n, m) = {shape}; got {got}",
                           shape=(W.shape[0], A_in.shape[1]), got=Y.shape))
    return W, A_in, Y


def chain_tensors(W, A_in, Y, activation: str = "sigmoid", h: float = 1e-6) -> ChainTensors:
    """∂E/∂A, ∂A/∂Z and ∂Z/∂W of one layer, each by central differences of its own step.

    Parameters
    ----------
    W : ndarray, shape (n, p)      the deck's W^[l] (Z = W·A_in)
    A_in : ndarray, shape (p, m)   the layer's input, one sample per column
    Y : ndarray, shape (n, m)      targets; E = ½ Σ (A − Y) ⊙ (A − Y)
    activation : str               g, a name of ``bpkit.activations``
    """
    W, A_in, Y = _check(W, A_in, Y)

    def g(Z):
        return act.forward(activation, Z.T).T   # bpkit's activations work on rows

    Z = W @ A_in
    A = g(Z)
    return ChainTensors(jacobian(lambda A_: 0.5 * np.sum((A_ - Y) * (A_ - Y)), A, h),
                        jacobian(g, Z, h), jacobian(lambda W_: W_ @ A_in, W, h))


def contract(t: ChainTensors) -> np.ndarray:
    """Σ over the shared indices of ∂E/∂A_ik · ∂A_ik/∂Z_ab · ∂Z_ab/∂W_jl: ΔW, shape (n, p)."""
    return np.einsum("ik,ikab,abjl->jl", t.dE_dA, t.dA_dZ, t.dZ_dW)


def tensor_head() -> tuple:
    """The header of ``tensor_table``'s rows, in the notebook's language."""
    return (_("factor"), _("shape"), _("entries"), _("non-zero"), _("entry formula"),
            _("formula holds"))


def tensor_table(t: ChainTensors, W, A_in, Y, activation: str = "sigmoid") -> list:
    """Each factor of ``t`` beside its closed form (within 1e-7): rows for ``tensor_head()``."""
    W, A_in, Y = _check(W, A_in, Y)
    n, m = Y.shape
    Z = W @ A_in
    A = act.forward(activation, Z.T).T
    gp = act.backward(activation, Z.T, A.T, np.ones_like(Z.T)).T          # g'(Z), (n, m)
    eye_n, eye_m = np.eye(n), np.eye(m)
    exact = [A - Y,
             np.einsum("ia,kb,ik->ikab", eye_n, eye_m, gp),                   # δ_ia δ_kb g'(Z_ik)
             np.einsum("aj,lb->abjl", eye_n, A_in)]                           # δ_aj A_lb
    names = [("∂E/∂A", "(A − Y)_ik = E_ik"), ("∂A/∂Z", "δ_ia δ_kb g'(Z_ik)"),
             ("∂Z/∂W", "δ_aj A_lb")]
    return [(name, str(T.shape), T.size, int(np.sum(np.abs(T) > 1e-9)), formula,
             bool(np.allclose(T, ex, rtol=0, atol=1e-7)))
            for (name, formula), T, ex in zip(names, t, exact)]


def dZ_dW_exact(n: int = 2, p: int = 3, m: int = 2) -> bool:
    """SymPy: for symbolic W (n, p) and A (p, m), ∂(W·A)_ab/∂W_jl = δ_aj A_lb, every entry."""
    W = sp.Matrix(n, p, lambda j, l: sp.Symbol(f"w_{j + 1}{l + 1}"))
    A = sp.Matrix(p, m, lambda l, b: sp.Symbol(f"a_{l + 1}{b + 1}"))
    D = sp.derive_by_array(W * A, W)                         # D[j, l, a, b] = ∂Z_ab/∂W_jl
    return all(D[j, l, a, b] == sp.KroneckerDelta(a, j) * A[l, b]
               for j, l, a, b in np.ndindex(n, p, n, m))


def order_head() -> tuple:
    """The header of ``factor_orders``'s rows, in the notebook's language."""
    return (_("case"), _("written"), "numpy", _("result"), _("equals ΔW = contraction"))


def factor_orders(W, A_in, Y, case: str = "", activation: str = "sigmoid") -> list:
    """dZ with Aᵀ as a matrix factor in different places, against the contraction.

    dZ = contraction of ∂E/∂A with ∂A/∂Z (= E ⊙ g'(Z)), (n, m); ΔW = the full contraction.
    Rows for ``order_head()``: what each product gives (a shape, or numpy's refusal).
    """
    t = chain_tensors(W, A_in, Y, activation)
    dZ = np.einsum("ik,ikab->ab", t.dE_dA, t.dA_dZ)
    dW = contract(t)
    rows = []
    for written, code, L, op, Rt in [("dZ·Aᵀ", "dZ @ A.T", dZ, "@", A_in.T),
                                     ("Aᵀ·dZ", "A.T @ dZ", A_in.T, "@", dZ),
                                     ("dZ ⊙ Aᵀ", "dZ * A.T", dZ, "*", A_in.T),
                                     ("A·dZᵀ", "A @ dZ.T", A_in, "@", dZ.T)]:
        try:
            R = L @ Rt if op == "@" else L * Rt
        except ValueError:
            rows.append((case, written, code, _("fails: {left} {op} {right} do not fit",
                                                left=L.shape, op=op, right=Rt.shape), False))
            continue
        same = R.shape == dW.shape and np.allclose(R, dW, rtol=0, atol=1e-7)
        flipped = not same and R.shape == dW.T.shape and np.allclose(R, dW.T, atol=1e-7)
        result = (_("shape {shape} = ΔWᵀ (bpkit's layout)", shape=R.shape) if flipped
                  else _("shape {shape}", shape=R.shape))
        rows.append((case, written, code, result, bool(same)))
    return rows


# ---- the review slide, 1–4단계 ---------------------------------------------------------------
def _review_net(n_hidden: int, n_out: int, m: int):
    """Symbolic layer 2: W (n_out, n_hidden) with W[k, j] = w_jk, A1, Y, Z = W·A1, E."""
    s = (lambda b: "") if m == 1 else (lambda b: f"{b + 1}")
    W = sp.Matrix(n_out, n_hidden, lambda k, j: sp.Symbol(f"w_{j + 1}{k + 1}"))
    A = sp.Matrix(n_hidden, m, lambda j, b: sp.Symbol(f"a_{j + 1}{s(b)}"))
    Y = sp.Matrix(n_out, m, lambda k, b: sp.Symbol(f"y_{k + 1}{s(b)}"))
    Z = W * A
    Yhat = Z.applyfunc(_g)
    E = sp.Rational(1, 2) * sum((Y - Yhat).applyfunc(lambda e: e ** 2))
    return W, A, Y, Z, Yhat, E


def review_steps(j: int = 2, k: int = 1, n_hidden: int = 3, n_out: int = 2) -> list[Step]:
    """The review slide's ∂E/∂w_jk, line by line, for one sample and any g (1-based j, k).

    ŷ_k = g(z_k), z_k = Σ_j w_jk a_j, E = ½ Σ_k (y_k − ŷ_k)². ``verify_steps`` proves each
    line equal to the one before.
    """
    W, A, Y, Z, Yhat, E = _review_net(n_hidden, n_out, 1)
    w, z, a, y, yh = W[k - 1, j - 1], Z[k - 1, 0], A[j - 1, 0], Y[k - 1, 0], Yhat[k - 1, 0]
    ij = f"{j}{k}"
    return [
        Step("", sp.Derivative(E, w), "start: E = ½ Σ (y − ŷ)²", "출발",
             rf"\frac{{\partial E}}{{\partial w_{{{ij}}}}}"),
        Step("3단계", -(y - yh) * sp.Derivative(_g(z), w), f"only ŷ{k} depends on w{ij}",
             f"w{ij}에 의존하는 것은 ŷ{k}뿐", rf"= -(y_{k} - \hat y_{k})\cdot\frac{{\partial}}"
             rf"{{\partial w_{{{ij}}}}} g(z_{k})"),
        Step("", -(y - yh) * _gprime(z) * sp.Derivative(z, w), "chain rule", "연쇄법칙",
             rf"= -(y_{k} - \hat y_{k})\cdot g'(z_{k})\,\frac{{\partial z_{k}}}"
             rf"{{\partial w_{{{ij}}}}}"),
        Step("", -(y - yh) * _gprime(z) * sp.Derivative(z, w), "write z as its sum",
             "z를 합으로 풀어 씀", rf"= -(y_{k} - \hat y_{k})\cdot g'(z_{k})\,\frac{{\partial}}"
             rf"{{\partial w_{{{ij}}}}}\Big(\sum_r w_{{r{k}}}\, a_r\Big)"),
        Step("4단계", -(y - yh) * _gprime(z) * a, f"only the term r = {j} depends on w{ij}",
             f"r = {j}인 항만 남음", rf"= -(y_{k} - \hat y_{k})\cdot g'(z_{k})\cdot a_{j}"),
    ]


def review_head() -> tuple:
    """The header of ``review_table``'s rows, in the notebook's language."""
    return ("단계", _("the slide's claim"), _("checked on"), _("SymPy: holds"))


def review_table(n_hidden: int = 3, n_out: int = 2, m: int = 2) -> list:
    """Each step of the review slide checked by SymPy, for any g: rows for ``review_head()``."""
    W, A, Y, Z, Yhat, E = _review_net(n_hidden, n_out, 1)
    idx = [(j, k) for j in range(1, n_hidden + 1) for k in range(1, n_out + 1)]
    w_sum = all(sp.expand(Z[k - 1, 0] - sum(sp.Symbol(f"w_{r}{k}") * A[r - 1, 0]
                                            for r in range(1, n_hidden + 1))) == 0 for j, k in idx)
    ok = {jk: verify_steps(review_steps(*jk, n_hidden, n_out)) for jk in idx}
    alpha = sp.Symbol("alpha")
    grad = sp.Matrix(W.shape[0], W.shape[1], lambda r, c: sp.diff(E, W[r, c]))   # ∂E/∂W
    step = W - alpha * grad
    two = all(sp.expand(step[k - 1, j - 1] - (sp.Symbol(f"w_{j}{k}")
                                             - alpha * sp.diff(E, sp.Symbol(f"w_{j}{k}")))) == 0
              for j, k in idx)
    # the matrix form on a batch: ∂E/∂W = −(E ⊙ g'(Z))·Aᵀ with E = Y − Ŷ (the review's sign)
    Wb, Ab, Yb, Zb, Yhb, Eb = _review_net(n_hidden, n_out, m)
    grad_b = sp.Matrix(Wb.shape[0], Wb.shape[1], lambda r, c: sp.diff(Eb, Wb[r, c]))
    E2 = Yb - Yhb
    form = -E2.multiply_elementwise(Zb.applyfunc(_gprime)) * Ab.T
    four = all(sp.simplify(v) == 0 for v in grad_b - form)
    concl = W + alpha * (Y - Yhat).multiply_elementwise(Z.applyfunc(_gprime)) * A.T
    descent = all(sp.simplify(v) == 0 for v in step - concl)
    slide = W + (Y - Yhat).multiply_elementwise(Z.applyfunc(_gprime)) * A.T
    alphas = sp.solve(sp.simplify((step - slide)[0, 0]), alpha)
    shape = f"W^[2] {n_out}×{n_hidden}"
    every = _("every j, k; {shape}", shape=shape)
    return [
        ("", _("z_k = Σ_j w_jk a_j is row k of Z = W^[2]A^[1]: w_jk is entry (k, j)"), shape,
         w_sum),
        ("1단계 → 2단계", _("entry (k, j) of W − α ∂E/∂W is w_jk − α ∂E/∂w_jk"), shape, two),
        ("3단계", "∂E/∂w_jk = −(y_k − ŷ_k) ∂g(z_k)/∂w_jk", every,
         all(v[1] for v in ok.values())),
        ("4단계", "= −(y_k − ŷ_k) g'(z_k) a_j", every,
         all(all(v[2:]) for v in ok.values())),
        ("4단계", "∂E/∂W^[2] = −E^[2] ⊙ g'(Z^[2]) · A^[1]T, E^[2] = Y − Ŷ", f"{shape}, m = {m}",
         four),
        ("결론", "W − α ∂E/∂W = W + α (E^[2] ⊙ g'(Z^[2])) A^[1]T", shape, descent),
        ("결론", _("the slide's W + E^[2]·g'(Z^[2])·A^[1]T equals it only for α ="),
         shape, ", ".join(map(str, alphas))),
    ]


def index_loop_dW(A1, A2, Y) -> np.ndarray:
    """4단계 by loops, sigmoid g, summed over the m samples (columns), with the review's
    error y − ŷ: ΔW[k, j] = Σ_s −(y_ks − ŷ_ks)·ŷ_ks(1 − ŷ_ks)·a_js. Shape (n_2, n_1)."""
    (n1, m), n2 = np.shape(A1), np.shape(Y)[0]
    dW = np.zeros((n2, n1))
    for k in range(n2):
        for j in range(n1):
            for s in range(m):
                dW[k, j] += -(Y[k, s] - A2[k, s]) * A2[k, s] * (1 - A2[k, s]) * A1[j, s]
    return dW


# ---- the transposition, for every size ------------------------------------------------------
def transpose_head() -> tuple:
    """The header of ``transpose_table``'s rows, in the notebook's language."""
    return (_("deck 004 (columns)"), _("bpkit (rows)"), _("identity"), _("every size (SymPy)"),
            _("2×3, 3×2 entries"))


def transpose_table() -> list:
    """bpkit's three row formulas are the deck's transposed: (W·A)ᵀ = Aᵀ·Wᵀ, proved entry by
    entry for symbolic sizes n, p, m (SymPy's Sum of each entry) and on explicit 2×3 · 3×2.

    bpkit: X = A0ᵀ, W_rows = Wᵀ, δ = dZᵀ (δ also carries bpkit's 1/m, a scalar).
    """
    n, p, m = sp.symbols("n p m", integer=True, positive=True)
    i, j = sp.symbols("i j", integer=True)
    W, A, dZ = sp.MatrixSymbol("W", n, p), sp.MatrixSymbol("A", p, m), sp.MatrixSymbol("dZ", n, m)
    cases = [("Z = W·A", "Z_rows = X·W_rows", "(W·A)ᵀ = Aᵀ·Wᵀ", (W * A).T, A.T * W.T),
             ("E^[1] = Wᵀ·dZ", "d_input = δ·W_rowsᵀ", "(Wᵀ·dZ)ᵀ = dZᵀ·W", (W.T * dZ).T,
              dZ.T * W),
             ("ΔW = dZ·Aᵀ", "dW_rows = Xᵀ·δ", "(dZ·Aᵀ)ᵀ = A·dZᵀ", (dZ * A.T).T, A * dZ.T)]
    sizes = {n: 2, p: 3, m: 2}
    rows = []
    for deck, rows_form, identity, lhs, rhs in cases:
        general = bool(lhs[i, j].dummy_eq(rhs[i, j]))
        small = (lhs.subs(sizes).as_explicit() - rhs.subs(sizes).as_explicit()).expand()
        rows.append((deck, rows_form, identity, general, small == sp.zeros(*small.shape)))
    return rows


# ---- E = ½(A − Y)² -------------------------------------------------------------------------
def square_attempts(A, Y) -> list:
    """What ½(A − Y)² can mean for A, Y of shape (n, m): rows (written, numpy, value or why not)."""
    D = np.asarray(A, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    try:
        P = D @ D
        first = _("a {shape} matrix, not a number", shape=P.shape)
    except ValueError:
        first = _("fails: {left} {op} {right} do not fit", left=D.shape, op="@", right=D.shape)
    return [(_("½ (A − Y)(A − Y), a matrix square"), "0.5 * (D @ D)", first),
            ("½ Σ (A − Y) ⊙ (A − Y)", "0.5 * np.sum(D * D)", float(0.5 * np.sum(D * D))),
            ("½ tr((A − Y)ᵀ(A − Y))", "0.5 * np.trace(D.T @ D)", float(0.5 * np.trace(D.T @ D))),
            ("½ ‖A − Y‖²_F", "0.5 * np.linalg.norm(D) ** 2", float(0.5 * np.linalg.norm(D) ** 2))]

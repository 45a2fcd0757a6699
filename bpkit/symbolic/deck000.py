"""Deck 000's update formulas checked on a tiny symbolic net, and the same formulas as numbers.

``deck000_output_check`` and ``deck000_hidden_check`` set the slide's ∂E/∂w beside SymPy's
derivative of the whole net's E and decide, exactly, whether they are equal
(``symbolic_equal``); ``deck000_output_gradient`` and ``deck000_hidden_gradient`` evaluate the
slide's formulas for one sample in bpkit's layout.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import sympy as sp

from .symbols import bce_term, sigmoid_expr

__all__ = ["symbolic_equal", "deck000_output_check", "deck000_hidden_check",
           "deck000_output_gradient", "deck000_hidden_gradient"]


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
            rows.append((W2[j, i], derivative, formula,
                         symbolic_equal(derivative, formula, numeric_fallback=False)))
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
            rows.append((W1[k, j], derivative, formula,
                         symbolic_equal(derivative, formula, numeric_fallback=False)))
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

"""Deck 000's and deck 002's symbols, and the two expressions every derivation is built from.

Deck 000 writes y for an output, t for its target, s for a pre-activation (x in σ'(x));
deck 002 writes net_O, out_O and target for its MSE δ. ``sigmoid_expr`` and ``bce_term`` are
σ and one output's share of the cross-entropy E, used by the derivations, deck 000's checks
and the oracle alike.
"""
from __future__ import annotations

import sympy as sp

__all__ = ["x", "s", "y", "t", "net_O", "out_O", "target", "sigmoid_expr", "bce_term"]

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

"""One line of a derivation (``Step``) and the check that each line equals the one before.

A derivation is a list of ``Step``: a label as on the slide (①, ②, …), a short explanation in
English and Korean (a notebook shows the one of its language), the SymPy expression that is
checked, and the LaTeX a notebook shows.
``verify_steps(steps)`` proves, step by step, that each expression equals the one before it
(``sympy.simplify(a - b) == 0`` on small one-variable expressions).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import sympy as sp

from ..i18n import get_language

__all__ = ["Step", "verify_steps"]


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

    def explanation(self) -> str:
        """The explanation in the language bpkit speaks (``bp.set_language``)."""
        return self.ko if get_language() == "ko" else self.en

    def _repr_latex_(self) -> str:
        label = rf"\text{{{self.label}}}\quad " if self.label else r"\phantom{①}\quad "
        return rf"$\displaystyle {label}{self.latex()} \qquad \text{{{self.explanation()}}}$"

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

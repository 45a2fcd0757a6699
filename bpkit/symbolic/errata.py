"""Deck 000's wrong lines beside the right ones (``SLIDE_ERRATA``), each with a point where they
give different numbers, and ``errata_table`` to show them.

An erratum is a line that is wrong: it gives another number than the right one at some point.
A *convention* is a choice the slides make (η = 1, the sign of E, a sum where bpkit takes a mean);
those are listed apart, in ``CONVENTIONS``, and never evaluated as if they were errors."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import sympy as sp

from ..i18n import _
from .symbols import t, x, y

__all__ = ["Erratum", "SLIDE_ERRATA", "errata_table", "CONVENTIONS", "conventions_table"]


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
        return ", ".join(f"{k} = {v}"
                         for k, v in sorted(self.point.items(), key=lambda kv: str(kv[0])))

    def explanation(self) -> str:
        """``why`` in the language bpkit speaks (the English text is the catalogue's key)."""
        return _(self.why)

    def _repr_latex_(self) -> str:
        return (rf"$\displaystyle \text{{{_('slide (wrong): ')}}}\; {self.slide_tex}"
                rf"\qquad \text{{{_('right: ')}}}\; {self.right_tex}$")


def errata_table(errata=None):
    """A ``bpkit.Table`` of slide errata: where, the point, the slide's value, the right value."""
    from ..display import Table
    errata = SLIDE_ERRATA if errata is None else errata
    errata = list(errata.values()) if isinstance(errata, dict) else list(errata)
    rows = [[e.where, e.point_text(), *e.values(), e.explanation()] for e in errata]
    return Table([_("slide line"), _("at"), _("slide gives"), _("right value"), _("why")], rows,
                 caption=_("Deck 000's wrong lines, evaluated where they differ"), fmt="{:.4g}")


def _errata() -> dict:
    h_1, h_3, x_k, w_k = sp.symbols("h_1 h_3 x_k w_k", real=True)
    w_kj, w_31 = sp.symbols("w_kj w_31", real=True)
    y1, y2, t1, t2, w11, w12 = sp.symbols("y_1 y_2 t_1 t_2 w_11 w_12", real=True)
    u = 1 + sp.exp(-x)
    dEdy = lambda yy, tt: (yy - tt) / (yy * (1 - yy))   # noqa: E731  (a, the corrected ②)
    return {e.where: e for e in [
        Erratum("000", "000 σ' ③",
                r"\frac{e^{-x}}{(1 + e^{-x})^{-2}}", r"\frac{e^{-x}}{(1 + e^{-x})^{2}}",
                sp.exp(-x) / u**-2, sp.exp(-x) / u**2, {x: 0},
                _("the exponent of the denominator is +2: ② has (1 + e^(−x))^(−2) as a "
                  "factor")),
        Erratum("000", "000 ∂E/∂y_i",
                r"\frac{-t_i}{y_i} + \frac{1 - t_i}{y_i}",
                r"\frac{-t_i}{y_i} + \frac{1 - t_i}{1 - y_i}",
                -t / y + (1 - t) / y, -t / y + (1 - t) / (1 - y),
                {y: sp.Rational(4, 5), t: sp.Rational(1, 4)},
                _("d/dy log(1 − y) = −1/(1 − y): the second denominator is 1 − y_i")),
        Erratum("000", "000 ∂s_j/∂w_kj",
                r"\frac{\partial s_j}{\partial w_{kj}} = w_k",
                r"\frac{\partial s_j}{\partial w_{kj}} = x_k",
                w_k, sp.diff(x_k * w_kj, w_kj), {w_k: sp.Rational(3, 10), x_k: sp.Rational(1, 20)},
                _("s_j = Σ_k x_k w_kj, so the derivative by w_kj is the input x_k")),
        Erratum("000", "000 ∂E/∂h_j indices",
                r"\sum_i \frac{\partial E}{\partial y_j}\, y_i(1 - y_j)\, w_{ji}",
                r"\sum_i \frac{\partial E}{\partial y_i}\, y_i(1 - y_i)\, w_{ji}",
                # j = 1 in a net with two outputs: the slide's y_j is then y_1 for every i
                dEdy(y1, t1) * y1 * (1 - y1) * w11 + dEdy(y1, t1) * y2 * (1 - y1) * w12,
                dEdy(y1, t1) * y1 * (1 - y1) * w11 + dEdy(y2, t2) * y2 * (1 - y2) * w12,
                {y1: sp.Rational(7, 10), y2: sp.Rational(1, 5), t1: 1, t2: 0,
                 w11: sp.Rational(2, 5), w12: sp.Rational(-1, 2)},
                _("every factor in the sum over outputs i carries the index i, not j")),
        Erratum("000", "000 ∂E/∂h_j without Σ",
                r"\frac{\partial E}{\partial h_j} = \frac{\partial E}{\partial y_i}"
                r"\frac{\partial y_i}{\partial s_i}"
                r"\frac{\partial s_i}{\partial h_j} = (y_i - t_i)\,w_{ji}",
                r"\frac{\partial E}{\partial h_j} = \sum_i (y_i - t_i)\,w_{ji}",
                # j = 1 in a net with two outputs; the slide's line is the i = 1 term alone
                (y1 - t1) * w11, (y1 - t1) * w11 + (y2 - t2) * w12,
                {y1: sp.Rational(7, 10), y2: sp.Rational(1, 5), t1: 1, t2: 0,
                 w11: sp.Rational(2, 5), w12: sp.Rational(-1, 2)},
                _("h_j feeds every output i, so its derivative sums over them (the slide's ① "
                  "has Σ)")),
        Erratum("000", "000 new Output w_31",
                r"w_{31}(T+1) = w_{31}(T) - \delta y \cdot h_1",
                r"w_{31}(T+1) = w_{31}(T) - \delta y_1 \cdot h_3",
                # the slide's own convention η = 1 on both sides: only the index differs
                w_31 - (y - t) * h_1, w_31 - (y - t) * h_3,
                {w_31: sp.Rational(2, 5), y: sp.Rational(7, 10), t: 1, h_1: sp.Rational(3, 5),
                 h_3: sp.Rational(1, 5)},
                _("w_ji runs from hidden unit j to output i: w_31 multiplies h_3, so its "
                  "gradient is δy_1·h_3")),
    ]}


# Built when bpkit is imported, before a notebook sets its language: each ``why`` is its English
# text, the catalogue's key, and ``Erratum.explanation`` shows it in the notebook's language.
SLIDE_ERRATA: dict = _errata()


# (deck, where, the slide's line, the convention, the general form)
CONVENTIONS = (
    ("000", "출력층의 가중치 업데이트", "w_ji(T+1) = w_ji(T) − (y_i − t_i)h_j",
     _("learning rate η = 1"), _("w_ji − η(y_i − t_i)h_j (bpkit's lr)")),
    ("000", "General Multiplayer Network", "w_11(T+1) = w_11(T) − δh·x_1",
     _("learning rate η = 1"), _("w_11 − η·δh_1·x_1 (δh needs its index: see the errata)")),
)


def conventions_table():
    """A ``bpkit.Table`` of the choices the slides make that are not errors."""
    from ..display import Table
    # the last two columns are English keys (see SLIDE_ERRATA): shown in the notebook's language
    rows = [[deck, slide, writes, _(convention), _(general)]
            for deck, slide, writes, convention, general in CONVENTIONS]
    return Table([_("deck"), _("slide"), _("the slide writes"), _("convention"),
                  _("in general")], rows, caption=_("Conventions, not errors"))

"""How deck 002's hand-calculation tables write numbers (``bpkit.lessons.handcalc``): 4
decimals and at least 4 significant digits, the deck's given numbers short, negatives in
parentheses inside a formula."""
from __future__ import annotations

import math


def num(v: float, short: bool = False) -> str:
    """A number as the tables show it: 4 decimals, and at least 4 significant digits.

    With ``short=True`` a value with at most 2 decimals (the deck's given numbers, 0.05 or
    0.35) keeps its short form. Values below 5e-11 in size show as 0: finite differences
    carry noise of about 1e-11.
    """
    v = float(v)
    if abs(v) < 5e-11:
        return "0" if short else "0.0000"
    if short and abs(v - round(v, 2)) < 1e-12:
        return f"{v:.2f}"
    decimals = max(4, 3 - math.floor(math.log10(abs(v))))
    return f"{v:.{decimals}f}"


def par(v: float, short: bool = False) -> str:
    """A number inside a formula: negative numbers in parentheses."""
    s = num(v, short)
    return f"({s})" if v < 0 else s


def given(v: float) -> str:
    """One of the deck's given numbers (x, target, w, b, lr) inside a formula."""
    return num(v, short=True)

"""Checks of the values a learner (or a notebook cell) hands the explorer: each raises a
``BpkitError`` naming the control and the value, before anything is stored."""
from __future__ import annotations

import math
import numbers

import numpy as np

from ..errors import BpkitError, NonFiniteError
from ..i18n import _


def _is_int(k) -> bool:
    if type(k) is int:   # the common case first: the ABC check below costs a microsecond
        return True
    return isinstance(k, numbers.Integral) and not isinstance(k, (bool, np.bool_))


def number(what: str, value) -> float:
    """``value`` as a float if it is a finite real number (not a bool, string or None)."""
    if type(value) is float and math.isfinite(value):   # a slider's value: the fast path
        return value
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise BpkitError(_("{what} must be a finite number; got {value!r} ({kind})",
                           what=what, value=value, kind=type(value).__name__))
    v = float(value)
    if not math.isfinite(v):
        raise NonFiniteError(_("{what} must be a finite number; got {value}", what=what, value=v))
    return v


def clamp(v: float, bounds: tuple) -> float:
    """``v`` moved into [lo, hi] (a slider's range); plain Python, np.clip costs 8 µs here."""
    return float(min(max(v, bounds[0]), bounds[1]))


def positive(what: str, value) -> float:
    """A finite number > 0."""
    v = number(what, value)
    if v <= 0:
        raise BpkitError(_("{what} must be a positive number; got {value!r}", what=what, value=v))
    return v


def index(what: str, k, n: int, name: str) -> int:
    """``k`` as an int if 0 ≤ k < n; ``name`` is the deck's symbol (x → x1 … xn in the message)."""
    if not (_is_int(k) and 0 <= k < n):
        raise BpkitError(_("{what} must be an index 0 … {last} ({name}1 … {name}{n} of this net); "
                           "got {k!r}", what=what, last=n - 1, name=name, n=n, k=k))
    return int(k)


def count(what: str, n) -> int:
    """``n`` as an int if it is a positive integer."""
    if not (_is_int(n) and n >= 1):
        raise BpkitError(_("{what} must be a positive integer; got {n!r}", what=what, n=n))
    return int(n)


def optional_int(what: str, k) -> int | None:
    """None, or ``k`` as an int if it is an integer."""
    if k is None:
        return None
    if not _is_int(k):
        raise BpkitError(_("{what} must be an integer or None; got {k!r}", what=what, k=k))
    return int(k)

"""Checks of the values a learner (or a notebook cell) hands the explorer: each raises a
``BpkitError`` naming the control and the value, before anything is stored."""
from __future__ import annotations

import math
import numbers

import numpy as np

from ..errors import BpkitError, NonFiniteError


def _is_int(k) -> bool:
    if type(k) is int:   # the common case first: the ABC check below costs a microsecond
        return True
    return isinstance(k, numbers.Integral) and not isinstance(k, (bool, np.bool_))


def number(what: str, value) -> float:
    """``value`` as a float if it is a finite real number (not a bool, string or None)."""
    if type(value) is float and math.isfinite(value):   # a slider's value: the fast path
        return value
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise BpkitError(f"{what} must be a finite number; got {value!r} "
                         f"({type(value).__name__})")
    v = float(value)
    if not math.isfinite(v):
        raise NonFiniteError(f"{what} must be a finite number; got {v}")
    return v


def clamp(v: float, bounds: tuple) -> float:
    """``v`` moved into [lo, hi] (a slider's range); plain Python, np.clip costs 8 µs here."""
    return float(min(max(v, bounds[0]), bounds[1]))


def positive(what: str, value) -> float:
    """A finite number > 0."""
    v = number(what, value)
    if v <= 0:
        raise BpkitError(f"{what} must be a positive number; got {v!r}")
    return v


def index(what: str, k, n: int, name: str) -> int:
    """``k`` as an int if 0 ≤ k < n; ``name`` is the deck's symbol (x → x1 … xn in the message)."""
    if not (_is_int(k) and 0 <= k < n):
        raise BpkitError(f"{what} must be an index 0 … {n - 1} ({name}1 … {name}{n} of this "
                         f"net); got {k!r}")
    return int(k)


def count(what: str, n) -> int:
    """``n`` as an int if it is a positive integer."""
    if not (_is_int(n) and n >= 1):
        raise BpkitError(f"{what} must be a positive integer; got {n!r}")
    return int(n)


def optional_int(what: str, k) -> int | None:
    """None, or ``k`` as an int if it is an integer."""
    if k is None:
        return None
    if not _is_int(k):
        raise BpkitError(f"{what} must be an integer or None; got {k!r}")
    return int(k)

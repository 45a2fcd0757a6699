"""The exercise checks' one way to read an answer as numbers and to call two answers equal.

Every ``exercises/nbNN`` check goes through these three functions, so the same mistake gets the
same feedback in every notebook:

``to_array(answer, shape)``
    the learner's answer as a float array, or ``None`` and the reason in words ("your answer
    has shape (2,), expected (4,)", "... contains NaN"); it never raises.
``close(answer, expected)``
    one tolerance rule, set by the answer's precision (below).
``which_mistake(answer, mistakes)``
    the name of the first known mistake the answer equals, by the same ``close``.

The tolerance rule
------------------
An answer is close to the expected array when, elementwise,

    |answer − expected| ≤ rtol · (|expected| + max|expected|)

with ``rtol = 1e-9`` for float64 (and integer) answers and ``rtol = 1e-5`` for float32 or
narrower ones. The relative part allows for another order of the same operations (a float64
answer is about 1e-16 off, a float32 one about 1e-7); the absolute part, scaled to the largest
expected value (1 when every expected value is 0), allows for cancellation in entries near
zero (``out − target`` when out ≈ target). 1e-9 is far below any mistake's size (a factor, a
sign, a missing σ' are O(1) apart, a one-sided difference is O(h) = 1e-5 off) and far above
rounding; 1e-5 is about 80 float32 ulps, still far below a mistake.

The shape rule
--------------
Axes of length 1 do not count: ``(1, 4)``, ``(4, 1)`` and ``(4,)`` hold the same four numbers,
and a one-element array is a number. Any other difference of shape is a wrong answer.
"""
from __future__ import annotations

import numpy as np

from ..i18n import _

RTOL = {"float64": 1e-9, "float32": 1e-5}


def _leaves(answer):
    """``answer`` with SymPy matrices turned into nested lists (their numbers stay SymPy)."""
    tolist = getattr(answer, "tolist", None)
    if type(answer).__module__.startswith("sympy") and callable(tolist):
        return tolist()
    if isinstance(answer, (list, tuple)):
        return [_leaves(a) for a in answer]
    return answer


def _float_array(answer, what: str) -> tuple[np.ndarray | None, str | None]:
    """Numbers as an array (float32 kept, everything else float64), or None and why not."""
    if answer is None:
        return None, _("{what} is None (is a `return` missing?)", what=what)
    if isinstance(answer, (str, bytes)):
        return None, _("{what} is the text {text}, not a number", what=what, text=repr(answer))
    try:
        raw = np.asarray(_leaves(answer))
    except Exception:  # noqa: BLE001 - ragged lists and odd objects: say so, never raise
        return None, _("{what} ({type}) cannot be read as an array of numbers (rows of "
                       "different lengths?)", what=what, type=type(answer).__name__)
    kind = raw.dtype.kind
    if kind in "USV" or (kind == "O" and any(isinstance(v, (str, bytes)) for v in raw.flat)):
        return None, _("{what} contains text, not numbers", what=what)
    if kind == "b" or (kind == "O" and any(isinstance(v, (bool, np.bool_)) for v in raw.flat)):
        return None, _("{what} is True/False, not a number", what=what)
    if kind == "O":
        try:
            raw = raw.astype(complex)  # SymPy numbers, Python numbers mixed with arrays
        except Exception:  # noqa: BLE001
            return None, _("{what} holds {type} values, not numbers", what=what,
                           type=type(next(iter(raw.flat), None)).__name__)
        kind = "c"
    if kind == "c":
        if np.any(raw.imag != 0):
            return None, _("{what} is complex (a non-zero imaginary part)", what=what)
        raw = raw.real
    if kind not in "fiuc":
        return None, _("{what} has dtype {dtype}, not numbers", what=what, dtype=raw.dtype)
    dtype = np.float32 if raw.dtype.kind == "f" and raw.dtype.itemsize <= 4 else np.float64
    return raw.astype(dtype), None


def _squeezed(shape) -> tuple:
    return tuple(n for n in shape if n != 1)


def to_array(answer, shape: tuple | None = None, *, finite: bool = True,
             what: str | None = None) -> tuple[np.ndarray | None, str | None]:
    """Read ``answer`` as numbers.

    Parameters
    ----------
    answer : anything the learner's function returned
        lists, tuples, numpy arrays (float32, float64, int) and scalars, SymPy numbers and
        matrices, lists of SymPy numbers.
    shape : tuple, optional
        The expected shape, up to axes of length 1; the array is returned in this shape.
    finite : bool
        Refuse NaN and ±inf (the default); ``False`` keeps them, for checks that name them.
    what : str, optional
        How the message calls the answer (default: "your answer", in the current language).

    Returns
    -------
    (ndarray, None), float32 if the answer was float32 (or narrower), float64 otherwise;
    or (None, message) when the answer is not an array of real numbers of that shape.
    """
    what = what or _("your answer")
    a, why = _float_array(answer, what)
    if a is None:
        return None, why
    if shape is not None:
        if _squeezed(a.shape) != _squeezed(shape):
            if tuple(shape) == ():
                return None, _("{what} has shape {shape}, expected () (one number)",
                               what=what, shape=a.shape)
            return None, _("{what} has shape {shape}, expected {expected}", what=what,
                           shape=a.shape, expected=tuple(shape))
        a = a.reshape(shape)
    if finite and np.isnan(a).any():
        return None, _("{what} contains NaN (a 0/0, or log of a negative number?)", what=what)
    if finite and np.isinf(a).any():
        return None, _("{what} contains inf (a division by zero, or log(0)?)", what=what)
    return a, None


def as_array(answer, shape: tuple | None = None, *, finite: bool = True) -> np.ndarray | None:
    """``answer`` as a float array of ``shape`` (up to axes of length 1), or None; never
    raises. ``to_array`` also says why not."""
    return to_array(answer, shape, finite=finite)[0]


def rtol_for(a: np.ndarray) -> float:
    """The relative tolerance for an answer of ``a``'s dtype: 1e-5 for float32, else 1e-9."""
    return RTOL["float32"] if a.dtype == np.float32 else RTOL["float64"]


def close(answer, expected) -> bool:
    """Whether ``answer`` equals ``expected`` up to rounding in the answer's precision.

    Parameters
    ----------
    answer : anything ``to_array`` reads (a list, float32 array, SymPy number, ...)
    expected : array_like of float, or None (then never close)

    Returns
    -------
    bool; False for anything that is not numbers of the expected shape (up to axes of length
    1). NaN and ±inf must sit where the expected array has them.
    """
    if expected is None:
        return False
    a = as_array(answer, finite=False)
    e = np.asarray(expected, dtype=np.float64)
    if a is None or _squeezed(a.shape) != _squeezed(e.shape):
        return False
    a = a.reshape(e.shape)
    rtol = rtol_for(a)
    a = a.astype(np.float64)
    bad_a, bad_e = ~np.isfinite(a), ~np.isfinite(e)
    if not np.array_equal(bad_a, bad_e) or not np.array_equal(a[bad_a], e[bad_e], equal_nan=True):
        return False
    a, e = a[~bad_e], e[~bad_e]
    if e.size == 0:
        return True
    scale = float(np.max(np.abs(e))) or 1.0  # an all-zero answer: rounding around 1
    return bool(np.all(np.abs(a - e) <= rtol * (np.abs(e) + scale)))


def which_mistake(answer, mistakes: dict):
    """The key of the first entry of ``mistakes`` {name: array} that ``answer`` is ``close``
    to, or None. A value of None (a mistake that cannot happen for these inputs) is skipped."""
    for name, value in mistakes.items():
        if close(answer, value):
            return name
    return None


def parts(answer, n: int) -> list | None:
    """``answer`` as a list of ``n`` parts ((dW, db) pairs, ...), or None when it is not a
    tuple or list of length ``n``."""
    if isinstance(answer, (tuple, list)) and len(answer) == n:
        return list(answer)
    return None


def join(*arrays: np.ndarray) -> np.ndarray:
    """The arrays raveled one after the other, in the least precise of their dtypes (so that a
    pair of float32 weights and a Python-float bias is still judged at float32 precision)."""
    dtype = np.float32 if any(a.dtype == np.float32 for a in arrays) else np.float64
    return np.concatenate([np.ravel(a) for a in arrays]).astype(dtype)


def show(a, digits: int = 6):
    """Round for a message: a number for a one-element array, else a nested list."""
    a = np.asarray(a, dtype=np.float64)
    return round(float(a.reshape(-1)[0]), digits) if a.size == 1 else np.round(a, digits).tolist()

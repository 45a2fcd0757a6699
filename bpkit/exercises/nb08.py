"""Checks for the exercises of ``08_gradient_check.ipynb`` (central differences, the relative
error, the bug zoo).

Each check runs the learner's function on fixed numbers and, when the answer is wrong, compares
it with what typical mistakes give, to name the mistake.
"""
from __future__ import annotations

import warnings

import numpy as np

from ..lessons import bugzoo
from ._feedback import Feedback, attempt


def _quiet_attempt(fn, *args, what: str):
    """``attempt`` with numpy's divide/invalid warnings silenced: a 0/0 in the learner's code is
    a mistake to name, not a crash."""
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return attempt(fn, *args, what=what)


def _same(a, b, rtol=1e-6, atol=1e-12) -> bool:
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=rtol, atol=atol, equal_nan=True))


# ---- exercise 1: the centred difference -------------------------------------------------------
def _f(x):
    return float(np.sum(np.sin(x) * x ** 2) + x[0] * x[1])


def _df(x):
    g = np.cos(x) * x ** 2 + 2 * x * np.sin(x)
    g[0] += x[1]
    g[1] += x[0]
    return g


_X1 = np.array([0.3, -1.2, 0.7, 2.0])


def _each(x, h, rule):
    out = np.zeros_like(x)
    for i in range(x.size):
        e = np.zeros_like(x)
        e[i] = h
        out[i] = rule(x, e)
    return out


def check_my_centred_difference(fn) -> Feedback:
    """∂f/∂x_i ≈ (f(x + h e_i) − f(x − h e_i)) / 2h for f = Σ sin(x)x² + x₀x₁, h = 1e-5."""
    x, h = _X1.copy(), 1e-5
    result, fb = _quiet_attempt(fn, _f, x, h, what="`my_centred_difference`")
    if fb is not None:
        return fb
    if not np.array_equal(x, _X1):
        return Feedback(False, "x is changed after your function ran: put every entry back after "
                               "nudging it (the weights of a net must not drift during a check)")
    try:
        result = np.asarray(result, dtype=float)
    except (TypeError, ValueError):
        return Feedback(False, f"return an array of partial derivatives; got {type(result).__name__}")
    exact = _df(_X1)
    if result.shape == exact.shape and np.allclose(result, exact, rtol=1e-8, atol=1e-9):
        return Feedback(True, f"right: max error {np.abs(result - exact).max():.0e} against the "
                              "exact gradient, the O(h²) accuracy of a centred difference")
    mistakes = [
        (_each(_X1, h, lambda x, e: (_f(x + e) - _f(x)) / h),
         "you used a one-sided difference (f(x + h) − f(x))/h: its error is O(h), here about 1e-5; "
         "use (f(x + h) − f(x − h))/2h"),
        (_each(_X1, h, lambda x, e: (_f(x) - _f(x - e)) / h),
         "you used a one-sided difference (f(x) − f(x − h))/h: its error is O(h); nudge both ways "
         "and divide by 2h"),
        (2 * exact, "your result is twice the gradient: divide by 2h, not h"),
        (exact / 2, "your result is half the gradient: the distance between x − h and x + h is 2h"),
        (np.full_like(_X1, (_f(_X1 + h) - _f(_X1 - h)) / (2 * h)),
         "you nudged every entry at once: that is the slope along (1, 1, …, 1); nudge one x_i at a "
         "time and keep the others fixed"),
        (-exact, "the sign is flipped: (f(x + h) − f(x − h)), plus first"),
    ]
    for candidate, message in mistakes:
        if _same(result, candidate):
            return Feedback(False, message)
    if result.shape != exact.shape:
        return Feedback(False, f"your result has shape {result.shape}; it should be x's, {exact.shape}")
    return Feedback(False, f"your result is off by up to {np.abs(result - exact).max():.3g}")


# ---- exercise 2: the relative error -----------------------------------------------------------
_A2 = np.array([0.5, -1e-3, 0.0, 2.0, 1e-8, 0.3])
_N2 = np.array([0.5 + 1e-9, -1.1e-3, 0.0, -2.0, 2e-8, 0.0])
_ZERO = 2                                    # a = n = 0 there


def check_my_relative_error(fn) -> Feedback:
    """|a − n| / max(|a|, |n|) elementwise, 0 where both are 0 (CS231n)."""
    result, fb = _quiet_attempt(fn, _A2.copy(), _N2.copy(), what="`my_relative_error`")
    if fb is not None:
        return fb
    try:
        result = np.asarray(result, dtype=float)
    except (TypeError, ValueError):
        return Feedback(False, f"return an array; got {type(result).__name__}")
    if result.shape != _A2.shape:
        if result.ndim == 0:
            return Feedback(False, "return the relative error of every entry (an array shaped like "
                                   "a), not one number; the check takes the max afterwards")
        return Feedback(False, f"your result has shape {result.shape}; it should be {_A2.shape}")
    a, n = _A2, _N2
    keep = np.arange(a.size) != _ZERO
    diff = np.abs(a - n)
    with np.errstate(all="ignore"):
        right = diff / np.maximum(np.abs(a), np.abs(n))
        mistakes = [
            (diff / ((np.abs(a) + np.abs(n)) / 2), "your relative error uses the mean instead of the "
             "max: CS231n divides by max(|a|, |n|)"),
            (diff / (np.abs(a) + np.abs(n)), "you divide by |a| + |n|: that halves the error when a ≈ n; "
             "divide by max(|a|, |n|)"),
            (diff / np.abs(n), "you divide by |n| only: that is infinite where the numerical gradient "
             "is 0 and treats a and n differently; divide by max(|a|, |n|)"),
            (diff / np.abs(a), "you divide by |a| only: infinite where the analytic gradient is 0; "
             "divide by max(|a|, |n|)"),
            ((a - n) / np.maximum(np.abs(a), np.abs(n)), "the numerator misses its absolute value: "
             "the error is |a − n|, never negative"),
            (diff / np.maximum(a, n), "take the max of the absolute values, max(|a|, |n|): with "
             "max(a, n) a negative pair gives a negative or infinite error"),
            (diff, "that is the absolute error |a − n|; divide it by max(|a|, |n|)"),
        ]
    if _same(result[keep], right[keep]):
        if result[_ZERO] == 0:
            return Feedback(True, "right: |a − n| / max(|a|, |n|), and 0 where both are 0")
        return Feedback(False, f"right except where a = n = 0: you return {result[_ZERO]} there (0/0); "
                               "return 0 (e.g. np.divide(..., where=den > 0) on an array of zeros)")
    for candidate, message in mistakes:
        if _same(result[keep], candidate[keep]):
            return Feedback(False, message)
    worst = int(np.nanargmax(np.abs(np.where(keep, result - right, 0))))
    return Feedback(False, f"for a = {a[worst]:g}, n = {n[worst]:g} you return {result[worst]:.3g}; "
                           f"the relative error is {right[worst]:.3g}")


# ---- exercise 3: which bug is this? -----------------------------------------------------------
def _signature(net, X, T, name: str) -> str:
    d = bugzoo.diagnose(net, X, T, bugzoo.ZOO[name])
    return f"flags {d.flagged_text} (max rel. error {d.max_rel_error:.2g})"


def check_which_bug(fn) -> Feedback:
    """The learner's {letter: bug name} for ``bugzoo.mysteries()``."""
    result, fb = attempt(fn, what="`which_bug`")
    if fb is not None:
        return fb
    if not isinstance(result, dict):
        return Feedback(False, 'return a dict such as {"A": "flipped_sign", "B": ...}')
    key = bugzoo._answer_key()
    unknown = sorted(str(v) for v in result.values() if v not in bugzoo.BUGS)
    if unknown:
        return Feedback(False, f"{', '.join(map(repr, unknown))} is not in the zoo; the names are "
                               f"{', '.join(bugzoo.BUGS)}")
    missing = [letter for letter in key if letter not in result]
    net, X, T = bugzoo.zoo_case(np.random.default_rng(808))
    notes = []
    for letter, truth in key.items():
        guess = result.get(letter)
        if guess is not None and guess != truth:
            notes.append(f"{letter} is not {guess}: {guess} {_signature(net, X, T, guess)}, but "
                         f"{letter} {_signature(net, X, T, truth)}")
    if not notes and not missing:
        return Feedback(True, "right: all five unmasked — " +
                        ", ".join(f"{k} = {v}" for k, v in key.items()))
    if missing:
        notes.append(f"still to name: {', '.join(missing)}")
    n_right = sum(result.get(k) == v for k, v in key.items())
    return Feedback(False, f"{n_right} of 5 right. " + "; ".join(notes))


CHECKS = {
    "my_centred_difference": check_my_centred_difference,
    "my_relative_error": check_my_relative_error,
    "which_bug": check_which_bug,
}

"""Checks for the exercises of ``09_gradient_check.ipynb`` (central differences, the relative
error, the bug zoo).

Each check runs the learner's function on two cases (the second changes every argument) and,
when the answer is wrong, compares it with what typical mistakes give, to name the mistake.

``PREDICTIONS`` (predict, then reveal): ``closer`` (section 1: one-sided or centred, nearer
backprop?), ``best_h`` (section 2: the h with the smallest centred error in float64),
``bias_flags`` and ``flipped_error`` (section 5: what the check shows for two bugs of the zoo).
"""
from __future__ import annotations

from functools import partial

import numpy as np

from ..activations import sigmoid, sigmoid_grad
from ..i18n import _
from ..lessons import bugzoo, finite_diff
from ..lessons.examples import deck002
from ._compare import as_array, close, to_array, which_mistake
from ._feedback import Case, Feedback, attempt, verdict
from ._predict import Choice, Number, ask


# ---- exercise 1: the centred difference -------------------------------------------------------
def _f(x):
    return float(np.sum(np.sin(x) * x ** 2) + x[0] * x[1])


def _df(x):
    g = np.cos(x) * x ** 2 + 2 * x * np.sin(x)
    g[0] += x[1]
    g[1] += x[0]
    return g


def _g(x):
    return float(np.sum(np.exp(0.5 * x)) + x[0] * x[2] ** 2)


_X1 = np.array([0.3, -1.2, 0.7, 2.0])
_X2 = np.array([1.1, -0.4, 0.9])


def _each(f, x, h, rule):
    """``rule(f, x, h·e_i)`` for every i: one partial derivative at a time."""
    out = np.zeros_like(x)
    for i in range(x.size):
        e = np.zeros_like(x)
        e[i] = h
        out[i] = rule(f, x, e)
    return out


def _difference_cases():
    """(f, x, h) on deck-free functions; the second case changes f, the size of x and h."""
    cases = []
    for n, (f, x, h) in enumerate(((_f, _X1, 1e-5), (_g, _X2, 1e-3))):
        right = _each(f, x, h, lambda f, x, e: (f(x + e) - f(x - e)) / (2 * np.max(e)))
        cases.append(Case((f, x, h), right, {
            _("you used a one-sided difference (f(x + h) − f(x))/h: its error is O(h), about h "
              "itself; use (f(x + h) − f(x − h))/2h"):
                _each(f, x, h, lambda f, x, e: (f(x + e) - f(x)) / np.max(e)),
            _("you used a one-sided difference (f(x) − f(x − h))/h: its error is O(h); nudge "
              "both ways and divide by 2h"):
                _each(f, x, h, lambda f, x, e: (f(x) - f(x - e)) / np.max(e)),
            _("your result is twice the gradient: divide by 2h, not h"): 2 * right,
            _("your result is half the gradient: the distance between x − h and x + h is 2h"):
                right / 2,
            _("you nudged every entry at once: that is the slope along (1, 1, …, 1); nudge one "
              "x_i at a time and keep the others fixed"):
                np.full_like(x, (f(x + h) - f(x - h)) / (2 * h)),
            _("the sign is flipped: (f(x + h) − f(x − h)), plus first"): -right,
        }, (_("f = Σ sin(x)x² + x₀x₁, h = 1e-5"), _("another f, x of size 3, h = 1e-3"))[n]))
    return cases


def check_my_centred_difference(fn) -> Feedback:
    """∂f/∂x_i ≈ (f(x + h e_i) − f(x − h e_i)) / 2h for f = Σ sin(x)x² + x₀x₁, h = 1e-5, then
    for another f, x and h."""
    cases = _difference_cases()
    for n, case in enumerate(cases):
        f, x0, h = case.args
        x = x0.copy()
        result, fb = attempt(fn, f, x, h, what="`my_centred_difference`")
        if fb is not None:
            return fb
        if not np.array_equal(x, x0):
            return Feedback(False, _("x is changed after your function ran: put every entry "
                                     "back after nudging it (the weights of a net must not "
                                     "drift during a check)"))
        message, known = verdict(result, case, what="`my_centred_difference`")
        if message is not None:
            if n > 0 and not known:
                message = _("right on {first}, but not on {case}: {message}. Does your "
                            "function use f, x and h as given, with no numbers typed in?",
                            first=cases[0].label, case=case.label, message=message)
            return Feedback(False, message)
        if n == 0:
            error = float(np.abs(as_array(result, x0.shape) - _df(x0)).max())
    return Feedback(True, _("Right: max error {error:.0e} against the exact gradient, the O(h²) "
                            "accuracy of a centred difference", error=error))


# ---- exercise 2: the relative error -----------------------------------------------------------
_A2 = np.array([0.5, -1e-3, 0.0, 2.0, 1e-8, 0.3])
_N2 = np.array([0.5 + 1e-9, -1.1e-3, 0.0, -2.0, 2e-8, 0.0])


def _relative_cases():
    """(a, n) pairs with a = n = 0 somewhere; the second is seeded and of another size."""
    rng = np.random.default_rng(808)
    a = rng.normal(0, 1, 5)
    n = a + rng.normal(0, 1e-3, 5)
    a[3] = n[3] = 0.0
    n[1] = -a[1]
    return [((_A2, _N2), _("the first example")), ((a, n), _("a second example of size 5"))]


def _relative_mistakes(a, n) -> dict:
    diff = np.abs(a - n)
    with np.errstate(all="ignore"):
        return {
            _("your relative error uses the mean instead of the max: CS231n divides by "
              "max(|a|, |n|)"): diff / ((np.abs(a) + np.abs(n)) / 2),
            _("you divide by |a| + |n|: that halves the error when a ≈ n; divide by "
              "max(|a|, |n|)"): diff / (np.abs(a) + np.abs(n)),
            _("you divide by |n| only: that is infinite where the numerical gradient is 0 and "
              "treats a and n differently; divide by max(|a|, |n|)"): diff / np.abs(n),
            _("you divide by |a| only: infinite where the analytic gradient is 0; divide by "
              "max(|a|, |n|)"): diff / np.abs(a),
            _("the numerator misses its absolute value: the error is |a − n|, never negative"):
                (a - n) / np.maximum(np.abs(a), np.abs(n)),
            _("take the max of the absolute values, max(|a|, |n|): with max(a, n) a negative "
              "pair gives a negative or infinite error"): diff / np.maximum(a, n),
            _("that is the absolute error |a − n|; divide it by max(|a|, |n|)"): diff,
        }


def check_my_relative_error(fn) -> Feedback:
    """|a − n| / max(|a|, |n|) elementwise, 0 where both are 0 (CS231n)."""
    cases = _relative_cases()
    for k, ((a, n), label) in enumerate(cases):
        result, fb = attempt(fn, a.copy(), n.copy(), what="`my_relative_error`")
        if fb is not None:
            return fb
        r, why = to_array(result, a.shape, finite=False, what=_("your result"))
        if r is None:
            raw = as_array(result, finite=False)
            if raw is not None and np.ndim(raw) == 0:    # one number where an array is due
                return Feedback(False, _("return the relative error of every entry (an array "
                                         "shaped like a), not one number; the check takes the "
                                         "max afterwards"))
            return Feedback(False, why if k == 0 else _("right on {first}, but not on {case}: "
                                                        "{message}", first=cases[0][1],
                                                        case=label, message=why))
        zero = (a == 0) & (n == 0)
        with np.errstate(all="ignore"):
            right = np.where(zero, 0.0, np.abs(a - n) / np.maximum(np.abs(a), np.abs(n)))
        mistakes = {m: v[~zero] for m, v in _relative_mistakes(a, n).items()}
        if close(r[~zero], right[~zero]):
            if np.all(r[zero] == 0):
                continue
            return Feedback(False, _("right except where a = n = 0: you return {value} there "
                                     "(0/0); return 0 (e.g. np.divide(..., where=den > 0) on an "
                                     "array of zeros)", value=r[zero][0]))
        mistake = which_mistake(r[~zero], mistakes)
        if mistake is not None:
            return Feedback(False, mistake)
        if not np.all(np.isfinite(r)):
            return Feedback(False, _("your result contains {value} where a and n are not both "
                                     "0; divide |a − n| by max(|a|, |n|)",
                                     value=r[~np.isfinite(r)][0]))
        worst = int(np.argmax(np.where(zero, 0, np.abs(r - right))))
        message = _("for a = {a:g}, n = {n:g} you return {r:.3g}; the relative error is "
                    "{right:.3g}", a=a[worst], n=n[worst], r=r[worst], right=right[worst])
        if k > 0:
            message = _("right on {first}, but not on {case}: {message}", first=cases[0][1],
                        case=label, message=message)
        return Feedback(False, message)
    return Feedback(True, _("Right: |a − n| / max(|a|, |n|), and 0 where both are 0"))


# ---- exercise 3: which bug is this? -----------------------------------------------------------
def _signature(net, X, T, name: str) -> str:
    d = bugzoo.diagnose(net, X, T, bugzoo.ZOO[name])
    return _("flags {flagged} (max rel. error {error:.2g})", flagged=d.flagged_text,
             error=d.max_rel_error)


def check_which_bug(fn) -> Feedback:
    """The learner's {letter: bug name} for ``bugzoo.mysteries()``."""
    result, fb = attempt(fn, what="`which_bug`")
    if fb is not None:
        return fb
    if not isinstance(result, dict):
        return Feedback(False, _('return a dict such as {example}',
                                 example='{"A": "flipped_sign", "B": ...}'))
    key = bugzoo.answer_key()
    unknown = sorted(repr(v) for v in result.values()
                     if not isinstance(v, str) or v not in bugzoo.BUGS)
    if unknown:
        return Feedback(False, _("{unknown} is not in the zoo; the names are {names}",
                                 unknown=", ".join(unknown), names=", ".join(bugzoo.BUGS)))
    missing = [letter for letter in key if letter not in result]
    net, X, T = bugzoo.zoo_case(np.random.default_rng(808))
    notes = []
    for letter, truth in key.items():
        guess = result.get(letter)
        if guess is not None and guess != truth:
            notes.append(_("{letter} is not {guess}: {guess} {its}, but {letter} {theirs}",
                           letter=letter, guess=guess, its=_signature(net, X, T, guess),
                           theirs=_signature(net, X, T, truth)))
    if not notes and not missing:
        return Feedback(True, _("Right: all five unmasked — {answers}",
                                answers=", ".join(f"{k} = {v}" for k, v in key.items())))
    if missing:
        notes.append(_("still to name: {letters}", letters=", ".join(missing)))
    n_right = sum(result.get(k) == v for k, v in key.items())
    return Feedback(False, _("{n} of 5 right. {notes}", n=n_right, notes="; ".join(notes)))


CHECKS = {
    "my_centred_difference": check_my_centred_difference,
    "my_relative_error": check_my_relative_error,
    "which_bug": check_which_bug,
}


# ---- predict, then reveal -----------------------------------------------------------------------
def _deck002_differences() -> dict:
    """|one-sided − backprop| and |centred − backprop| for deck 002's ∂E/∂w'₁₁, h = 1e-5 (the
    numbers of section 1's table)."""
    net, x, t, _lr = deck002()
    analytic = net.gradients(x, t)[0][1][0, 0]
    W, h = net.weights[1], 1e-5
    E0 = net.loss(x, t)
    W[0, 0] += h
    E_plus = net.loss(x, t)
    W[0, 0] -= 2 * h
    E_minus = net.loss(x, t)
    W[0, 0] += h
    return {"one": abs((E_plus - E0) / h - analytic),
            "centred": abs((E_plus - E_minus) / (2 * h) - analytic)}


def _closer() -> Choice:
    v = _deck002_differences()
    why = _("the centred difference: in (E(θ + h) − E(θ − h))/2h the h·E''/2 terms of the two "
            "nudges cancel, so its error is O(h²); the one-sided one keeps h·E''/2, O(h). At "
            "h = 1e-5: {centred:.0e} against {one:.0e}", **v)
    return Choice("centred", {
        "centred": why,
        "one-sided": _("the one-sided difference keeps the h·E''/2 term of Taylor's series, an "
                       "O(h) error; in the centred one it cancels between E(θ + h) and "
                       "E(θ − h). At h = 1e-5: {one:.0e} against {centred:.0e}", **v),
        "same": _("they differ by orders of magnitude: the centred difference cancels the "
                  "h·E''/2 term that the one-sided one keeps. At h = 1e-5: {centred:.0e} against "
                  "{one:.0e}", **v),
    })


def _best_h() -> Choice:
    """Section 2's grid and curve: σ'(0.5) by centred differences in float64."""
    hs = np.logspace(-14, 0, 57)
    exact = float(sigmoid_grad(0.5))
    errors = finite_diff.difference_errors(sigmoid, exact, 0.5, hs, np.float64)["centred"]
    at = {key: float(errors[np.argmin(np.abs(np.log10(hs / float(key))))])
          for key in ("1e-2", "1e-5", "1e-8", "1e-14")}
    cube = float(np.finfo(np.float64).eps) ** (1 / 3)
    return Choice("1e-5", {
        "1e-2": _("too large: the Taylor term h²·f'''/6 still dominates there (error {e:.0e}); "
                  "the error falls like h² until the round-off eps/h catches up",
                  e=at["1e-2"]),
        "1e-5": _("the truncation error h²·|f'''|/6 falls and the round-off eps·|f|/h grows as h "
                  "shrinks; they meet near h ≈ eps^(1/3) ≈ {cube:.0e}: error {e:.0e} at "
                  "h = 1e-5", cube=cube, e=at["1e-5"]),
        "1e-8": _("h ≈ √eps ≈ 1e-8 is about the best h of the ONE-sided difference, whose "
                  "truncation error shrinks only like h; the centred one's shrinks like h², so "
                  "the round-off eps/h catches up earlier, near eps^(1/3) ≈ {cube:.0e} (error "
                  "{e:.0e} at h = 1e-8)", cube=cube, e=at["1e-8"]),
        "1e-14": _("the smallest h is not the best: E(θ + h) and E(θ − h) then agree in almost "
                   "all their digits, and the round-off eps·|f|/h takes over (error {e:.0e} at "
                   "h = 1e-14)", e=at["1e-14"]),
    })


def _zoo_diagnosis(name: str):
    net, X, T = bugzoo.zoo_case(np.random.default_rng(0))
    return bugzoo.diagnose(net, X, T, bugzoo.ZOO[name])


def _bias_flags() -> Choice:
    flagged = _zoo_diagnosis("bias_averaged").flagged_text
    return Choice("b", {
        "b": _("only ∂b = Σ δ is replaced by the mean, in every layer; the δ handed down are "
               "untouched, so every ∂W is right. The check flags {flagged}, each off by a factor "
               "N: relative error 1 − 1/N", flagged=flagged),
        "b[2]": _("the mean replaces the sum in EVERY layer's ∂b, not only the output layer's: "
                  "the check flags {flagged}", flagged=flagged),
        "all": _("∂b is a by-product: the δ that flow down to the layers below are untouched, so "
                 "every ∂W = (input)ᵀ·δ is still right; the check flags {flagged}",
                 flagged=flagged),
    })


def _flipped_error() -> Number:
    error = float(_zoo_diagnosis("flipped_sign").max_rel_error)
    return Number(error, mistakes={
        _("the sign does matter: with a = −n, |a − n| = 2|n| while max(|a|, |n|) = |n|"): 0.0,
        _("rel divides by max(|a|, |n|) = |n|, not by |a| + |n| = 2|n|: |a − n| / |n| with "
          "a = −n"): 1.0,
    })


PREDICTIONS = {
    "closer": _closer,
    "best_h": _best_h,
    "bias_flags": _bias_flags,
    "flipped_error": _flipped_error,
}
predict = partial(ask, PREDICTIONS)

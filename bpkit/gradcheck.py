"""Gradient checking: central differences and the relative error as CS231n defines it.

    ∂E/∂θ ≈ (E(θ + h) − E(θ − h)) / 2h            (error O(h²))
    rel = |a − n| / max(|a|, |n|)                  (0 where both are 0)

Rough thresholds (CS231n): rel < 1e-7 good, 1e-7 … 1e-4 look closer (kinks, saturated
units), > 1e-2 the gradient is wrong. Always in float64: in float32 the difference
E(θ + h) − E(θ − h) loses most of its digits.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from . import validate
from .errors import BpkitError, ShapeError
from .i18n import _
from .mlp import MLP

GOOD, WRONG = 1e-7, 1e-2


def numerical_gradient(f: Callable[[], float], x: np.ndarray, h: float = 1e-5) -> np.ndarray:
    """Central-difference gradient of ``f()`` with respect to the array ``x``, nudged in place.

    ``f`` takes no arguments and reads ``x`` (e.g. a weight array of a net); every entry of
    ``x`` is restored afterwards, even if ``f`` raises. ``x`` may have any memory layout
    (a transposed, Fortran-order weight array too); it must be a writable float array.

    Returns
    -------
    ndarray, shape of x, float64
    """
    h = validate.real(_("h (the nudge)"), h)
    if not callable(f):
        raise BpkitError(f"f must be a function of no arguments that returns the loss; got {f!r}")
    if not (isinstance(x, np.ndarray) and x.dtype.kind == "f" and x.flags.writeable):
        raise BpkitError("x must be a writable float ndarray (numerical_gradient nudges it in "
                         f"place); got {type(x).__name__}"
                         + (f" of {x.dtype}, writeable={x.flags.writeable}"
                            if isinstance(x, np.ndarray) else ""))
    grad = np.zeros(x.shape, dtype=np.float64)
    for i in np.ndindex(x.shape):  # entry by entry, whatever the strides
        old = x[i]
        try:
            x[i] = old + h
            plus = f()
            x[i] = old - h
            minus = f()
        finally:
            x[i] = old
        grad[i] = (plus - minus) / (2 * h)
    return grad


def relative_error(a, n, floor: float = 0.0) -> np.ndarray:
    """|a − n| / max(|a|, |n|, floor), elementwise; 0 where the denominator is 0.

    ``floor`` > 0 keeps gradients that are zero in exact arithmetic (both sides ~1e-17, a
    softmax's shared bias for instance) from showing a relative error of 1: below the floor
    the absolute error is what is measured.
    """
    a, n = np.asarray(a, dtype=np.float64), np.asarray(n, dtype=np.float64)
    den = np.maximum(np.maximum(np.abs(a), np.abs(n)), floor)
    return np.divide(np.abs(a - n), den, out=np.zeros(np.broadcast(a, n).shape), where=den > 0)


def _floor(floor) -> float:
    floor = validate.real("floor", floor, low=-np.inf)
    if floor < 0:
        raise BpkitError(f"floor must be ≥ 0; got {floor!r}")
    return floor


def verdict(rel: float) -> str:
    """'ok' below 1e-7, 'wrong' above 1e-2, 'check' between."""
    return "ok" if rel < GOOD else ("wrong" if rel > WRONG else "check")


def verdict_text(status: str) -> str:
    """A ``verdict`` ('ok', 'check', 'wrong') as a learner reads it, in the notebook's language."""
    return {"ok": _("ok"), "check": _("check"), "wrong": _("wrong")}[status]


@dataclass
class CheckRow:
    """One parameter array's comparison of analytic and numerical gradients."""

    name: str
    shape: tuple
    max_rel_error: float
    max_abs_error: float
    analytic: np.ndarray
    numerical: np.ndarray

    @property
    def status(self) -> str:
        return verdict(self.max_rel_error)


class GradCheckReport(list):
    """A list of ``CheckRow``, one per parameter array, shown as a table in a notebook."""

    @property
    def max_rel_error(self) -> float:
        return max(r.max_rel_error for r in self)

    @property
    def ok(self) -> bool:
        """True when every array is below the 'wrong' threshold 1e-2 ... and below 1e-7."""
        return all(r.status == "ok" for r in self)

    def _rows(self):
        return [(r.name, "×".join(map(str, r.shape)) or _("scalar"), f"{r.max_rel_error:.2e}",
                 f"{r.max_abs_error:.2e}",
                 verdict_text(r.status))
                for r in self]

    @property
    def _HEAD(self) -> tuple:
        return (_("parameter"), _("shape"), _("max rel. error"), _("max abs. error"),
                _("verdict"))

    def __repr__(self) -> str:
        rows = [self._HEAD] + self._rows()
        widths = [max(len(r[i]) for r in rows) for i in range(len(self._HEAD))]
        return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows)

    def _repr_html_(self) -> str:
        from .display import html_table
        return html_table(self._HEAD, self._rows())


def check_gradients(net, X, T, backward: Callable | None = None, h: float = 1e-5,
                    floor: float = 1e-8) -> GradCheckReport:
    """Compare a net's analytic gradients with central differences of ``net.loss``.

    Parameters
    ----------
    net : bpkit.MLP (float64)
    X, T : inputs and targets as ``net.loss`` takes them
    backward : callable, optional
        ``backward(net, X, T) -> (dW, db)`` to check instead of ``net.gradients``: how the
        notebooks check a hand-written (or deliberately broken) backward pass.
    h : float
        The nudge.
    floor : float
        Denominator floor of the relative error (see ``relative_error``): central
        differences carry noise of about 1e-11 here, so gradients far below 1e-8 are
        judged by their absolute error.
    """
    if not isinstance(net, MLP):
        raise BpkitError(_("net must be a bpkit.MLP; got {type}", type=type(net).__name__))
    if net.dtype != np.float64:
        raise BpkitError(_("gradient checks need float64 (in float32 the differences lose their "
                           "digits); use a float64 copy of the net"))
    if backward is not None and not callable(backward):
        raise BpkitError(_("backward must be a function backward(net, X, T) -> (dW, db); "
                           "got {backward!r}", backward=backward))
    h, floor = validate.real(_("h (the nudge)"), h), _floor(floor)
    net.check_params()
    X = validate.inputs(net, X)
    T = validate.targets(net, T, X.shape[0])
    dW, db = (backward or (lambda n, x, t: n.gradients(x, t)))(net, X, T)
    return compare(net, X, T, dW, db, h, floor)


def compare(net, X, T, dW, db, h: float = 1e-5, floor: float = 1e-8) -> GradCheckReport:
    """The report of ``check_gradients`` for given analytic gradients (dW, db), in the net's
    own dtype: central differences of ``net.loss`` for every parameter array, compared
    with them entry by entry."""
    net.check_params()
    X = validate.inputs(net, X)
    T = validate.targets(net, T, X.shape[0])
    names = [f"W[{l}]" for l in range(net.n_layers)] + [f"b[{l}]" for l in range(len(net.biases))]
    grads = []
    for what, given, n_want in (("dW", dW, net.n_layers), ("db", db, len(net.biases))):
        if not isinstance(given, (list, tuple)) or len(given) != n_want:
            raise BpkitError(_("the analytic gradients {what} must be a list of {n} arrays; "
                               "got {given}", what=what, n=n_want,
                               given=validate.describe(given)))
        grads += list(given)
    checked = []
    for name, p, a in zip(names, net.weights + net.biases, grads):
        a = validate.array(_("the analytic gradient for {name}", name=name), a,
                           np.dtype(np.float64))
        if a.shape != p.shape:
            raise ShapeError(_("the analytic gradient for {name} has shape {shape}; "
                               "the parameter has shape {want}", name=name, shape=a.shape,
                               want=p.shape))
        checked.append(a)
    report = GradCheckReport()
    for name, p, a in zip(names, net.weights + net.biases, checked):
        n = numerical_gradient(lambda: net.loss(X, T), p, h)
        rel = relative_error(a, n, floor)
        report.append(CheckRow(name, p.shape, float(rel.max()), float(np.abs(a - n).max()), a, n))
    return report

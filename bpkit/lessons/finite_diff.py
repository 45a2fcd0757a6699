"""Finite differences under the microscope, for notebook 09 (gradient checking).

* ``difference_errors``: the error of the one-sided and the centred difference of a function
  whose derivative is known, over a range of steps h, in float64 or float32; plotted on a
  log-log scale it shows the truncation error (slope 1 one-sided, O(h); slope 2 centred, O(h²))
  and, for tiny h, the round-off error that grows like eps/h.
* ``check_in_dtype``: the same gradient check as ``bp.check_gradients`` but with the net (and so
  its loss, its gradient and the nudges) in float32, to show why checks are run in float64.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..gradcheck import GradCheckReport, compare


def forward_difference(f: Callable, x: float, h: float, dtype=np.float64):
    """(f(x + h) − f(x)) / h, every number rounded to ``dtype`` first."""
    x, h = dtype(x), dtype(h)
    return (f(x + h) - f(x)) / h


def centred_difference(f: Callable, x: float, h: float, dtype=np.float64):
    """(f(x + h) − f(x − h)) / 2h, every number rounded to ``dtype`` first."""
    x, h = dtype(x), dtype(h)
    return (f(x + h) - f(x - h)) / (dtype(2) * h)


def difference_errors(f: Callable, dfdx: float, x: float, hs, dtype=np.float64) -> dict:
    """|difference − f'(x)| for the one-sided and the centred difference at every h in ``hs``.

    Parameters
    ----------
    f : callable
        Takes and returns a scalar of ``dtype`` (numpy ufuncs such as ``bp.sigmoid`` keep it).
    dfdx : float
        The exact derivative f'(x) (float64).
    x : float
    hs : array_like, shape (n_h,)
    dtype : np.float64 or np.float32

    Returns
    -------
    dict with keys "forward" and "centred", each ndarray of shape (n_h,), float64. An error of
    exactly 0 (possible by luck) is kept; plot with a floor.
    """
    hs = np.asarray(hs, dtype=np.float64)
    fwd = [abs(float(forward_difference(f, x, h, dtype)) - dfdx) for h in hs]
    cen = [abs(float(centred_difference(f, x, h, dtype)) - dfdx) for h in hs]
    return {"forward": np.array(fwd), "centred": np.array(cen)}


def check_in_dtype(net, X, T, dtype=np.float32, h: float = 1e-5, floor: float = 1e-8
                   ) -> GradCheckReport:
    """``bp.check_gradients`` for a copy of ``net`` in ``dtype`` (float32 by default).

    The analytic gradient, the loss and every nudge θ ± h are computed in ``dtype``; the report
    compares them exactly as ``check_gradients`` does in float64.
    """
    from ..mlp import MLP
    low = MLP(net.sizes, activation=list(net.activations), loss=net.loss_name, bias=net.bias,
              seed=0, dtype=dtype)
    low.weights = [W.astype(dtype) for W in net.weights]
    low.biases = [b.astype(dtype) for b in net.biases]
    X, T = np.asarray(X, dtype=dtype), np.asarray(T, dtype=dtype)
    dW, db = low.gradients(X, T)
    return compare(low, X, T, dW, db, h, floor)

"""Checks for the exercises of ``01_gradient_descent.ipynb`` (deck 001's recap, deck 003 §1)."""
from __future__ import annotations

import numpy as np

from ..lessons import neuron
from ._feedback import Feedback, attempt

# a few (x, y, w, b, alpha) cases: both labels, both signs of the error, no saturation
_CASES = [
    (np.array([0.5, -1.2]), 1.0, np.array([0.3, 0.8]), -0.2, 0.1),
    (np.array([1.5, 0.4]), 0.0, np.array([0.6, -0.3]), 0.4, 0.5),
    (np.array([-0.7, 2.0]), 1.0, np.array([-1.0, 0.2]), 0.1, 0.05),
]


def _close(a, b) -> bool:
    try:
        return bool(np.allclose(np.asarray(a, dtype=float), np.asarray(b, dtype=float),
                                rtol=1e-6, atol=1e-9))
    except (TypeError, ValueError):
        return False


def _match(results, candidates: dict) -> str | None:
    """The name of the first candidate whose value matches the learner's on every case."""
    for name, values in candidates.items():
        if all(_close_pair(r, v) for r, v in zip(results, values)):
            return name
    return None


def _close_pair(r, v) -> bool:
    if isinstance(v, tuple):
        return isinstance(r, (tuple, list)) and len(r) == len(v) and all(_close(a, b) for a, b in zip(r, v))
    return _close(r, v)


def check_my_update(my_update) -> Feedback:
    """``my_update(x, y, w, b, alpha) -> (w_new, b_new)``: one step of deck 001's rule for one
    sample, wᵢ ← wᵢ + α(y − ŷ)xᵢ and b ← b + α(y − ŷ) with ŷ = σ(w·x + b)."""
    results = []
    for x, y, w, b, alpha in _CASES:
        r, fb = attempt(my_update, x.copy(), y, w.copy(), b, alpha)
        if fb is not None:
            return fb
        if not (isinstance(r, (tuple, list)) and len(r) == 2):
            return Feedback(False, "return a pair (w_new, b_new): the new weights and the new bias")
        results.append((np.asarray(r[0], dtype=float), float(np.asarray(r[1], dtype=float))))
    right, cands = [], {}
    for x, y, w, b, alpha in _CASES:
        y_hat = float(neuron.predict(x, w, b)[0])
        err = y - y_hat
        right.append((w + alpha * err * x, b + alpha * err))
        for name, val in {
            "sign": (w - alpha * err * x, b - alpha * err),
            "no_x": (w + alpha * err, b + alpha * err),
            "no_alpha": (w + err * x, b + err),
            "bias_x": (w + alpha * err * x, b + alpha * err * x.sum()),
            "no_sigmoid": (w + alpha * (y - (w @ x + b)) * x, b + alpha * (y - (w @ x + b))),
            "bias_fixed": (w + alpha * err * x, b),
        }.items():
            cands.setdefault(name, []).append(val)
    if all(_close_pair(r, v) for r, v in zip(results, right)):
        return Feedback(True, "Right: w ← w + α(y − ŷ)x and b ← b + α(y − ŷ), one step downhill "
                              "on the log-loss (−α ∂E/∂w).")
    if all(_close(r[0], v[0]) for r, v in zip(results, right)):
        hint = {"bias_x": "the bias has no input to multiply by: b ← b + α(y − ŷ), without x",
                "bias_fixed": "the bias must move too: b ← b + α(y − ŷ)"}.get(
            _match(results, {k: cands[k] for k in ("bias_x", "bias_fixed")}),
            "check the bias: b ← b + α(y − ŷ)")
        return Feedback(False, f"The weights are right, but {hint}.")
    hints = {
        "sign": "the sign is flipped: (y − ŷ) is already minus the slope, so ADD α(y − ŷ)x "
                "(you stepped uphill on E)",
        "no_x": "the weight update misses the input: each wᵢ moves by α(y − ŷ)·xᵢ",
        "no_alpha": "the learning rate α is missing: the step is α(y − ŷ)x",
        "no_sigmoid": "ŷ is the sigmoid of the weighted sum, σ(w·x + b), not the sum itself",
    }
    name = _match(results, {k: cands[k] for k in hints})
    if name:
        return Feedback(False, f"Not yet: {hints[name]}.")
    return Feedback(False, "Not yet: compute ŷ = σ(w·x + b) (bp.sigmoid), then "
                           "w + α(y − ŷ)x and b + α(y − ŷ).")


_LOSS_CASES = [(1.0, 0.8), (0.0, 0.3), (1.0, 0.1), (0.0, 0.95)]


def check_my_log_loss(my_log_loss) -> Feedback:
    """``my_log_loss(y, y_hat) -> float``: deck 001's error −y log ŷ − (1 − y) log(1 − ŷ)
    for one sample."""
    got = []
    for y, y_hat in _LOSS_CASES:
        r, fb = attempt(my_log_loss, y, y_hat)
        if fb is not None:
            return fb
        try:
            got.append(float(r))
        except (TypeError, ValueError):
            return Feedback(False, f"return one number; got {type(r).__name__}")
    right = [-y * np.log(p) - (1 - y) * np.log(1 - p) for y, p in _LOSS_CASES]
    if np.allclose(got, right, rtol=1e-6):
        return Feedback(True, "Right: E = −y log ŷ − (1 − y) log(1 − ŷ); it is small when ŷ is "
                              "near y and grows without bound as ŷ moves to the wrong end.")
    cands = {
        "no_minus": ([y * np.log(p) + (1 - y) * np.log(1 - p) for y, p in _LOSS_CASES],
                     "the minus sign is missing: log of a number below 1 is negative, and E "
                     "must be ≥ 0"),
        "first_only": ([-y * np.log(p) for y, p in _LOSS_CASES],
                       "the second term −(1 − y) log(1 − ŷ) is missing: without it a rejected "
                       "applicant (y = 0) never costs anything"),
        "log_y": ([-y * np.log(p) - (1 - y) * np.log(p) for y, p in _LOSS_CASES],
                  "the second term takes log(1 − ŷ), not log ŷ"),
        "mse": ([0.5 * (y - p) ** 2 for y, p in _LOSS_CASES],
                "that is the squared error ½(y − ŷ)² (deck 002); deck 001 uses the log-loss"),
    }
    for vals, hint in cands.values():
        if np.allclose(got, vals, rtol=1e-6, equal_nan=False):
            return Feedback(False, f"Not yet: {hint}.")
    if np.any(np.array(got) < 0):
        return Feedback(False, "Not yet: E came out negative somewhere; the log-loss is ≥ 0.")
    return Feedback(False, "Not yet: E = −y·log(ŷ) − (1 − y)·log(1 − ŷ), with np.log.")


CHECKS = {"my_update": check_my_update, "my_log_loss": check_my_log_loss}

"""Checks for the exercises of ``01_gradient_descent.ipynb`` (deck 001's recap, deck 003 §1)."""
from __future__ import annotations

import numpy as np

from ..i18n import _
from ..lessons import neuron
from ._compare import close, join, parts, to_array
from ._feedback import Case, Feedback, judge, reader

# a few (x, y, w, b, alpha) cases: both labels, both signs of the error, no saturation, and
# every argument different from one case to the next (a typed-in value fails)
_CASES = [
    (np.array([0.5, -1.2]), 1.0, np.array([0.3, 0.8]), -0.2, 0.1),
    (np.array([1.5, 0.4]), 0.0, np.array([0.6, -0.3]), 0.4, 0.5),
    (np.array([-0.7, 2.0]), 1.0, np.array([-1.0, 0.2]), 0.1, 0.05),
]


def _bias_hints() -> dict:
    return {
        _("The weights are right, but the bias has no input to multiply by: b ← b + α(y − ŷ), "
          "without x."): "bias_x",
        _("The weights are right, but the bias must move too: b ← b + α(y − ŷ)."): "bias_fixed"}


def _update_hints() -> dict:
    return {
        "sign": _("Not yet: the sign is flipped: (y − ŷ) is already minus the slope, so ADD "
                  "α(y − ŷ)x (you stepped uphill on E)."),
        "no_x": _("Not yet: the weight update misses the input: each wᵢ moves by α(y − ŷ)·xᵢ."),
        "no_alpha": _("Not yet: the learning rate α is missing: the step is α(y − ŷ)x."),
        "no_sigmoid": _("Not yet: ŷ is the sigmoid of the weighted sum, σ(w·x + b), not the sum "
                        "itself."),
    }


def _update_case(n, x, y, w, b, alpha) -> Case:
    err = y - float(neuron.predict(x, w, b)[0])
    raw = y - (w @ x + b)
    wrong = {
        "sign": (w - alpha * err * x, b - alpha * err),
        "no_x": (w + alpha * err, b + alpha * err),
        "no_alpha": (w + err * x, b + err),
        "no_sigmoid": (w + alpha * raw * x, b + alpha * raw),
        "bias_x": (w + alpha * err * x, b + alpha * err * x.sum()),
        "bias_fixed": (w + alpha * err * x, b),
    }
    mistakes = {hint: join(*map(np.asarray, wrong[key])) for hint, key in _bias_hints().items()}
    mistakes.update({hint: join(*map(np.asarray, wrong[key]))
                     for key, hint in _update_hints().items()})
    return Case((x, y, w, b, alpha), join(w + alpha * err * x, np.asarray(b + alpha * err)),
                mistakes, _("example {n} (x = {x}, y = {y:g}, α = {alpha:g})", n=n + 1,
                            x=x.tolist(), y=y, alpha=alpha))


def _read_update(result):
    pair = parts(result, 2)
    if pair is None:
        return None, _("return a pair (w_new, b_new): the new weights and the new bias")
    w, why = to_array(pair[0], (2,), what="w_new")
    b, why_b = to_array(pair[1], (), what=_("b_new (one number: the bias)"))
    if w is None or b is None:
        return None, why or why_b
    return join(w, b), None


def _update_miss(case: Case, a) -> str:
    if close(a[:-1], case.expected[:-1]):
        return _("The weights are right, but check the bias: b ← b + α(y − ŷ).")
    return _("Not yet: compute ŷ = σ(w·x + b) (bp.sigmoid), then w + α(y − ŷ)x and b + α(y − ŷ) "
             "(the right (w_new, b_new) on {label}: {right}).", label=case.label,
             right=np.round(case.expected, 6).tolist())


def check_my_update(my_update) -> Feedback:
    """``my_update(x, y, w, b, alpha) -> (w_new, b_new)``: one step of deck 001's rule for one
    sample, wᵢ ← wᵢ + α(y − ŷ)xᵢ and b ← b + α(y − ŷ) with ŷ = σ(w·x + b)."""
    return judge(my_update, [_update_case(n, *c) for n, c in enumerate(_CASES)],
                 what="`my_update`", read=_read_update, miss=_update_miss,
                 right=_("Right: w ← w + α(y − ŷ)x and b ← b + α(y − ŷ), one step downhill on "
                         "the log-loss (−α ∂E/∂w)."))


_LOSS_CASES = [(1.0, 0.8), (0.0, 0.3), (1.0, 0.1), (0.0, 0.95)]
_LOSS_WRONG = {
    "no_minus": lambda y, p: y * np.log(p) + (1 - y) * np.log(1 - p),
    "first_only": lambda y, p: -y * np.log(p),
    "log_y": lambda y, p: -y * np.log(p) - (1 - y) * np.log(p),
    "mse": lambda y, p: 0.5 * (y - p) ** 2,
}


def _loss_hints() -> dict:
    return {
        "no_minus": _("Not yet: the minus sign is missing: log of a number below 1 is negative, "
                      "and E must be ≥ 0."),
        "first_only": _("Not yet: the second term −(1 − y) log(1 − ŷ) is missing: without it a "
                        "rejected applicant (y = 0) never costs anything."),
        "log_y": _("Not yet: the second term takes log(1 − ŷ), not log ŷ."),
        "mse": _("Not yet: that is the squared error ½(y − ŷ)² (deck 002); deck 001 uses the "
                 "log-loss."),
    }


def _loss_miss(case: Case, a) -> str:
    if float(a.reshape(-1)[0]) < 0:
        return _("Not yet: E came out negative; the log-loss is ≥ 0.")
    return _("Not yet: E = −y·log(ŷ) − (1 − y)·log(1 − ŷ), with np.log.")


def check_my_log_loss(my_log_loss) -> Feedback:
    """``my_log_loss(y, y_hat) -> float``: deck 001's error −y log ŷ − (1 − y) log(1 − ŷ)
    for one sample."""
    hints = _loss_hints()
    cases = [Case((y, p), -y * np.log(p) - (1 - y) * np.log(1 - p),
                  {hints[key]: f(y, p) for key, f in _LOSS_WRONG.items()},
                  f"y = {y:g}, ŷ = {p:g}")
             for y, p in _LOSS_CASES]
    return judge(my_log_loss, cases, what="`my_log_loss`",
                 read=reader((), "`my_log_loss`", _("return one number, E")),
                 miss=_loss_miss,
                 right=_("Right: E = −y log ŷ − (1 − y) log(1 − ŷ); it is small when ŷ is near y "
                         "and grows without bound as ŷ moves to the wrong end."))


CHECKS = {"my_update": check_my_update, "my_log_loss": check_my_log_loss}

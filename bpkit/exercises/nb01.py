"""Checks for the exercises of ``01_gradient_descent.ipynb`` (deck 001's recap, deck 003 §1).

Predictions (``predict``): applicant 0's ŷ, applicant 2's Δw₁ after one step of deck 001's
rule, and what E does with the too-large learning rate α = 60.
Exercises: ``my_update``, ``my_log_loss`` and ``most_influential`` (which applicant's error
moves the weights most: needs the reasoning "wrong AND far", not one formula).
"""
from __future__ import annotations

from functools import partial

import numpy as np

from .. import data
from ..activations import sigmoid
from ..i18n import _
from ..lessons import neuron
from ._compare import close, join, parts, to_array
from ._feedback import Case, Feedback, judge, reader
from ._predict import Choice, Number, ask

# ---- predictions ------------------------------------------------------------------------------
# the notebook's data and starting weights: make_admissions(100) with its SEED = 0, w0, b0, α
_SEED, _W0, _B0, _ALPHA = 0, np.array([-1.0, 2.0]), 1.0, 0.5


def _applicants():
    return data.make_admissions(100, np.random.default_rng(_SEED))


def _y_hat_0() -> Number:
    """ŷ of applicant 0 for w = (−1, 2), b = 1 (the table of section 1 shows x and y)."""
    X, y = _applicants()
    z = float(X[0] @ _W0 + _B0)
    return Number(float(sigmoid(z)), mistakes={
        _("That is w·x + b itself; ŷ is its sigmoid, σ(w·x + b) = 1/(1 + e^(−(w·x + b)))."): z,
        _("You left out the bias b = 1: ŷ = σ(w₁x₁ + w₂x₂ + b)."): float(sigmoid(z - _B0)),
        _("That is 1 − ŷ: σ(z) = 1/(1 + e^(−z)), with a minus in the exponent."):
            float(sigmoid(-z)),
        _("The weights are swapped: w₁ = −1 goes with x₁ and w₂ = 2 with x₂."):
            float(sigmoid(X[0] @ _W0[::-1] + _B0)),
    })


def _delta_w1() -> Number:
    """Δw₁ after one step of deck 001's rule on applicant 2 alone, α = 0.5."""
    X, y = _applicants()
    x, t = X[2], float(y[2])
    err = t - float(sigmoid(x @ _W0 + _B0))
    return Number(_ALPHA * err * x[0], mistakes={
        _("The sign is flipped: Δw₁ = +α(y − ŷ)x₁. Here y − ŷ < 0 and x₁ < 0, so w₁ goes UP."):
            -_ALPHA * err * x[0],
        _("The input is missing: Δw₁ = α(y − ŷ)·x₁, not α(y − ŷ) (that is Δb)."): _ALPHA * err,
        _("The learning rate is missing: Δw₁ = α(y − ŷ)x₁ with α = 0.5."): err * x[0],
        _("That uses x₂; w₁ moves with its own input x₁."): _ALPHA * err * x[1],
    })


def _alpha_60() -> Choice:
    return Choice("oscillates", {
        "oscillates": _("steps this large jump across the valley of E: E goes up on some epochs "
                        "and does not settle at the bottom."),
        "smooth": _("a larger step is not always better: with α = 60 a step jumps across the "
                    "valley of E, so E goes up on some epochs."),
        "crawls": _("crawling is what a too SMALL step does (α = 0.3); α = 60 takes huge steps, "
                    "which jump across the valley of E."),
    })


PREDICTIONS = {"y_hat_0": _y_hat_0, "delta_w1": _delta_w1, "alpha_60": _alpha_60}
predict = partial(ask, PREDICTIONS)

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


# ---- exercise 3 (reasoning): which applicant moves the weights most? -------------------------
# small data sets (X, y, w, b): in the first, the right index and every typical mistake's are
# all different; the right index changes from one set to the next (a typed-in index fails);
# applicant 1 of set 4 is far from the origin but confidently right
_INFLUENCE_SETS = [
    ([[1.9, -1.3], [2.7, 1.4], [-1.9, 2.3], [-1.9, 0.9], [-1.5, -2.3]], [0, 1, 0, 0, 1],
     [0.3, -0.2], -0.3),
    ([[0.8, 0.7], [-2.3, -0.4], [0.5, -0.7], [-2.8, -0.4]], [1, 0, 1, 1], [-3.3, 3.9], -1.1),
    ([[-0.9, -0.4], [-1.3, 1.5], [2.2, -0.9], [-2.2, 1.5], [1.4, 1.1]], [1, 0, 0, 0, 0],
     [-0.3, -2.1], -1.4),
    ([[-1.7, 0.3], [0.2, 3.5], [0.1, -2.7], [-0.9, 0.1], [-1.6, -1.1], [-0.5, 0.4]],
     [1, 0, 1, 1, 0, 1], [-0.8, -0.7], -1.4),
    ([[1.1, -1.4], [0.5, 0.9], [0.3, 2.0], [1.6, -1.1], [0.2, -1.1]], [0, 1, 1, 1, 1],
     [0.6, 1.5], -0.1),
    ([[1.1, 1.6], [-1.9, 2.1], [0.8, -4.9], [0.9, 0.9], [2.1, 0.9]], [0, 0, 1, 0, 1],
     [2.3, -2.0], 4.1),                                  # a large b: ignoring b fails here
]


def _influence_hints() -> dict:
    return {
        "most_wrong": _("Not yet: that applicant has the largest error |ŷ − y|, but the "
                        "gradient (ŷ − y)·x is also scaled by x: another applicant, less wrong "
                        "but with larger scores, moves w more. Take the length of (ŷ − y)·x."),
        "farthest": _("Not yet: that applicant is the farthest from the origin, but its error "
                      "ŷ − y is smaller: another applicant, nearer but more wrong, moves w more. "
                      "Both factors count: (ŷ − y) and x."),
        "least": _("Not yet: that applicant's gradient is the SMALLEST of all (the neuron nearly "
                   "gets it right, or its scores are near 0): look for the largest "
                   "‖(ŷ − y)·x‖."),
        "no_sigmoid": _("Not yet: ŷ is σ(w·x + b), not w·x + b; with the sigmoid the error "
                        "ŷ − y stays between −1 and 1."),
        "flat": _("Not yet: that looks like np.argmax of the whole (n, 2) array of gradients, "
                  "which counts its entries one by one: take the length of each row first, "
                  "np.linalg.norm(G, axis=1)."),
    }


def _influence_answers(X, y, w, b) -> tuple[int, dict]:
    """The right index and {mistake: index} for one data set."""
    y_hat = sigmoid(X @ w + b)
    G = (y_hat - y)[:, None] * X                          # (n, 2): each row ∂E_i/∂w
    lengths = np.linalg.norm(G, axis=1)
    wrong = {"most_wrong": np.argmax(np.abs(y_hat - y)),
             "farthest": np.argmax(np.linalg.norm(X, axis=1)), "least": np.argmin(lengths),
             "no_sigmoid": np.argmax(np.abs(X @ w + b - y) * np.linalg.norm(X, axis=1)),
             "flat": np.argmax(np.abs(G).ravel())}
    return int(np.argmax(lengths)), {k: int(v) for k, v in wrong.items()}


def _influence_case(n, X, y, w, b) -> Case:
    X, y, w = np.array(X, dtype=float), np.array(y, dtype=float), np.array(w, dtype=float)
    right, wrong = _influence_answers(X, y, w, b)
    hints = _influence_hints()
    return Case((X, y, w, float(b)), np.array(float(right)),
                {hints[k]: float(v) for k, v in wrong.items() if v != right},
                _("data set {n} ({k} applicants)", n=n + 1, k=len(y)))


def _influence_miss(case: Case, a) -> str:
    X, y, w, b = case.args
    got = float(a)
    if got != round(got) or not 0 <= got < len(y):
        return _("Not yet: {got:g} is not an index of {label}: return i, a whole number from 0 "
                 "to {last}, for the row X[i].", got=got, label=case.label, last=len(y) - 1)
    lengths = np.linalg.norm((sigmoid(X @ w + b) - y)[:, None] * X, axis=1)
    return _("Not yet: on {label} the lengths ‖(ŷ − y)·x‖ are {lengths}; your index {got:g} is "
             "not the largest.", label=case.label, lengths=np.round(lengths, 3).tolist(), got=got)


def check_most_influential(most_influential) -> Feedback:
    """``most_influential(X, y, w, b) -> int``: the index i of the applicant whose log-loss
    gradient ∂E_i/∂w = (ŷᵢ − yᵢ)·xᵢ is the longest (X (n, 2), y (n,), w (2,), b a number)."""
    return judge(most_influential,
                 [_influence_case(n, *s) for n, s in enumerate(_INFLUENCE_SETS)],
                 what="`most_influential`", miss=_influence_miss,
                 read=reader((), "`most_influential`",
                             _("return one index i (a whole number), not the point X[i] or "
                               "all the lengths")),
                 right=_("Right: an applicant moves w most when it is both wrong (|ŷ − y| near "
                         "1) and far from the origin (large ‖x‖); one the neuron already gets "
                         "right contributes almost nothing, however far it is."))


CHECKS = {"my_update": check_my_update, "my_log_loss": check_my_log_loss,
          "most_influential": check_most_influential}

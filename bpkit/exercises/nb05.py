"""Checks for the exercises of ``05_delta_rule.ipynb`` (deck 003's δ rule).

Each check runs the learner's function on two seeded cases of different sizes (a typed-in
number or size fails the second), compares with the right answer and, when it differs, with
the answers that typical mistakes produce, to say which mistake it is.
"""
from __future__ import annotations

import copy
from functools import partial

import numpy as np

from .. import activations as act
from ..activations import sigmoid
from ..i18n import _
from ..lessons.output_pairs import numerical_output_delta
from ._compare import parts
from ._feedback import Case, Feedback, attempt, judge, verdict
from ._predict import Choice, Number, ask


def _labels() -> tuple[str, str]:
    """The two cases' names, in the notebook's language (looked up when a check runs)."""
    return _("the first example"), _("a second example of other sizes")


def _off_by(what: str):
    def miss(case: Case, a) -> str:
        diff = float(np.abs(a.reshape(case.expected.shape) - case.expected).max())
        return _("{what} is off by up to {diff:.3g} on {label}; compare your formula with the "
                 "slide term by term", what=what, diff=diff, label=case.label)
    return miss


# ---- exercise 1: δ of a hidden layer ----------------------------------------------------------
def _hidden_cases():
    cases = []
    labels = _labels()
    for seed, (N, m, n) in ((505, (3, 4, 2)), (515, (4, 5, 3))):
        rng = np.random.default_rng(seed)
        delta_out, W = rng.normal(0, 0.2, (N, n)), rng.normal(0, 1, (m, n))
        u = rng.normal(0, 1, (N, m))
        dy = delta_out @ W.T                          # ∂y_j = Σ_r δ_r w_jr
        s = sigmoid(u)
        right = dy * s * (1 - s)
        cases.append(Case((delta_out, W, u), right, {
            _("your hidden δ misses f'(u_j): multiply Σ_r δ_r w_jr by σ'(u_j) = "
              "σ(u_j)(1 − σ(u_j))"): dy,
            _("you used u_j(1 − u_j); σ'(u_j) = σ(u_j)(1 − σ(u_j)): apply σ to u first"):
                dy * u * (1 - u),
            _("you multiplied by σ(u_j); the factor is its derivative σ(u_j)(1 − σ(u_j))"): dy * s,
            _("the sign is flipped: δ_j = +σ'(u_j) Σ_r δ_r w_jr"): -right,
            _("your δ_j is transposed: one row per sample, shape (N, m) = {shape}",
              shape=right.shape): right.T,
            _("you summed δ and w separately; the sum is over the products δ_r w_jr "
              "(δ_out @ W.T)"): (delta_out.sum(axis=1, keepdims=True) * W.sum(axis=1))
            * s * (1 - s),
        }, labels[len(cases)]))
    return cases


def check_my_hidden_delta(fn) -> Feedback:
    """δ_j = σ'(u_j) Σ_r δ_r w_jr for a sigmoid hidden layer, N = 3, m = 4, n = 2 (then
    N = 4, m = 5, n = 3)."""
    what = _("your δ_j")
    fb = judge(fn, _hidden_cases(), what=what, miss=_off_by(what),
               name="`my_hidden_delta`",
               right=_("Right: δ_j = σ'(u_j) Σ_r δ_r w_jr, the hidden layer's δ for every sample"))
    if fb.passed is False and ("matmul" in fb.message or "shapes" in fb.message):
        fb.message += _(" — W is (m, n) and δ_out (N, n), e.g. (4, 2) and (3, 2): the sum over r "
                        "is δ_out @ W.T")
    return fb


# ---- exercise 2: ∂w and ∂b of a layer over a batch -------------------------------------------
def _layer_cases():
    cases = []
    labels = _labels()
    for seed, (N, m, n) in ((506, (5, 4, 3)), (516, (6, 2, 5))):
        rng = np.random.default_rng(seed)
        y_in, delta = rng.uniform(0, 1, (N, m)), rng.normal(0, 0.1, (N, n))
        right_W, right_b = y_in.T @ delta, delta.sum(axis=0)
        dW = Case((y_in, delta), right_W, {
            _("your dW is transposed: it must have W's shape (m, n) = {shape}: "
              "y_in.T @ delta", shape=right_W.shape): right_W.T,
            _("your dW is divided by N again: δ already carries the 1/N of the mean loss, so sum "
              "over the samples"): right_W / N,
            _("your dW uses only the first sample: sum y_j δ_k over all samples"):
                y_in[0][:, None] * delta[0],
            _("you summed y and δ over the samples before multiplying; sum the products y_j δ_k "
              "sample by sample (y_in.T @ delta)"): np.outer(y_in.sum(axis=0), delta.sum(axis=0)),
        }, labels[len(cases)])
        db = Case((y_in, delta), right_b, {
            _("your db is summed over the wrong axis: sum over the samples (axis=0), one ∂b_k per "
              "unit"): delta.sum(axis=1),
            _("your db sums over everything (one number): that is a shared bias (deck 002); here "
              "each unit has its b_k: delta.sum(axis=0)"): delta.sum(),
            _("your db is averaged instead of summed: δ already carries the 1/N"):
                delta.mean(axis=0),
            _("your db uses only the first sample: sum δ_k over all samples"): delta[0],
            _("your db is δ itself, one row per sample: sum it over the samples (axis=0)"): delta,
        }, labels[len(cases)])
        cases.append((dW, db))
    return cases


def check_my_layer_grads(fn) -> Feedback:
    """dW = y_inᵀ δ (m × n) and db = Σ over samples of δ (n,), N = 5, m = 4, n = 3 (then
    N = 6, m = 2, n = 5)."""
    labels = _labels()
    for n, (case_W, case_b) in enumerate(_layer_cases()):
        result, fb = attempt(fn, *copy.deepcopy(case_W.args), what="`my_layer_grads`")
        if fb is not None:
            return fb
        pair = parts(result, 2)
        if pair is None:
            return Feedback(False, _("return a pair (dW, db)"))
        whats = (_("your dW"), _("your db"))
        msgs = [verdict(part, case, what=what, miss=_off_by(what))
                for part, case, what in zip(pair, (case_W, case_b), whats)]
        wrong = [m for m, known in msgs if m is not None]
        if wrong:
            prefix = "" if n == 0 or all(known for unused, known in msgs) else _(
                "right on {first}, but not on {other} (a size typed in?): ",
                first=labels[0], other=labels[n])
            return Feedback(False, prefix + "; ".join(wrong))
    return Feedback(True, _("Right: dW = Σ_samples y_j δ_k = y_in.T @ delta, "
                            "db = delta.sum(axis=0)"))


# ---- exercise 3: δ at a tanh output with MSE --------------------------------------------------
def _tanh_cases():
    cases = []
    labels = _labels()
    for seed, n in ((507, 4), (517, 6)):
        rng = np.random.default_rng(seed)
        u = rng.normal(0, 1.2, n)
        y, t = np.tanh(u), rng.uniform(-0.9, 0.9, n)
        right = (y - t) * (1 - y ** 2)
        cases.append(Case((y, t, u), right, {
            _("you assumed δ collapses to y − t; that holds for identity + MSE, sigmoid + "
              "cross-entropy and softmax + cross-entropy. For tanh + MSE the factor "
              "tanh'(u_k) = 1 − y_k² stays"): y - t,
            _("the sign is flipped: ∂E/∂y_k = y_k − t_k for E = ½Σ(t − y)²"): -right,
            _("you used the sigmoid's derivative y(1 − y); tanh'(u) = 1 − tanh(u)² = 1 − y²"):
                (y - t) * y * (1 - y),
            _("you wrote 1 − u²; the derivative is 1 − tanh(u)², i.e. 1 − y_k²"):
                (y - t) * (1 - u ** 2),
            _("there is an extra factor 2: the ½ in ½Σ(t − y)² cancels the 2 of the square"):
                2 * right,
            _("(1 − y)² is not tanh': it is 1 − y² = (1 − y)(1 + y)"): (y - t) * (1 - y) ** 2,
        }, labels[len(cases)]))
    return cases


def check_my_tanh_mse_delta(fn) -> Feedback:
    """δ_k = (y_k − t_k)(1 − y_k²) for y = tanh(u) and E = ½Σ(t − y)², one sample of 4 units
    (then 6)."""
    what = _("your δ_k")
    return judge(fn, _tanh_cases(), what=what, miss=_off_by(what),
                 name="`my_tanh_mse_delta`",
                 right=_("Right: δ_k = (y_k − t_k)(1 − y_k²); it does not collapse to y − t"))


CHECKS = {
    "my_hidden_delta": check_my_hidden_delta,
    "my_layer_grads": check_my_layer_grads,
    "my_tanh_mse_delta": check_my_tanh_mse_delta,
}


# ---- exercise 4 (reasoning): when is the output δ just y − t? -------------------------------
# (activation, loss, u, t) of one sample; the right answer is computed, not typed: central
# differences of E(f(u), t) with respect to u against y − t (output_pairs.numerical_output_delta)
_PAIR_CASES = (
    ("sigmoid", "bce", (0.3, -1.2), (1.0, 0.0)),
    ("sigmoid", "mse", (0.3, -1.2), (1.0, 0.0)),
    ("identity", "mse", (1.5, -0.4, 0.2), (0.3, 0.1, 0.9)),
    ("tanh", "mse", (0.4, -0.9), (0.5, -0.2)),
    ("relu", "mse", (0.7, 1.3, 0.2), (0.1, 0.9, 0.4)),
    ("relu", "mse", (0.7, -0.5, 0.2), (0.1, 0.9, 0.4)),
    ("softmax", "softmax_ce", (0.5, -1.0, 2.0), (0.2, 0.7, 0.1)),
    ("softmax", "softmax_ce", (0.5, -1.0, 2.0), (0.2, 0.7, 0.3)),
    ("softmax", "softmax_ce", (1.1, 0.4, -0.3), (0.0, 0.0, 1.0)),
)


def _collapses(activation: str, loss: str, u: np.ndarray, t: np.ndarray) -> bool:
    """Whether ∂E/∂u (central differences) equals y − t for this sample."""
    y = act.forward(activation, u[None, :])[0]
    return bool(np.allclose(numerical_output_delta(activation, loss, u, t), y - t,
                            rtol=0, atol=1e-7))


def _pair_hint(activation: str, loss: str, u: np.ndarray, t: np.ndarray, right: bool) -> str:
    """Why the answer for this case is ``right``: the reasoning the learner missed."""
    if (activation, loss) == ("sigmoid", "bce"):
        return _("sigmoid + cross-entropy: ∂E/∂y_k = (y_k − t_k)/(y_k(1 − y_k)) and "
                 "σ'(u_k) = y_k(1 − y_k) cancel, so δ_k = y_k − t_k (notebook 03)")
    if (activation, loss) == ("identity", "mse"):
        return _("identity + ½Σ(t − y)²: f'(u) = 1, so δ_k = (y_k − t_k)·1")
    if activation in ("sigmoid", "tanh"):
        return _("{activation} + ½Σ(t − y)²: δ_k = (y_k − t_k)·f'(u_k), and nothing cancels "
                 "f'(u_k), which is below 1 here", activation=activation)
    if activation == "relu":
        if right:
            return _("relu + ½Σ(t − y)² with every u_k > 0: relu'(u_k) = 1 for every unit, so "
                     "δ = y − t here. Look at u, not only at the pair")
        return _("relu + ½Σ(t − y)²: relu'(u_k) = 0 where u_k < 0 (u = {u}), so there δ_k = 0 "
                 "while y_k − t_k = −t_k ≠ 0. Look at u, not only at the pair",
                 u=np.round(u, 2).tolist())
    if right:
        return _("softmax + cross-entropy with Σ_i t_i = 1 (t = {t}): δ_k = y_k·Σ_i t_i − t_k "
                 "= y_k − t_k", t=np.round(t, 2).tolist())
    return _("softmax + cross-entropy: δ_k = y_k·Σ_i t_i − t_k, and here Σ_i t_i = {s:g}: "
             "δ = y − t needs targets that sum to 1. Look at t, not only at the pair",
             s=round(float(np.sum(t)), 6))


def check_is_y_minus_t(fn) -> Feedback:
    """``is_y_minus_t(activation, loss, u, t)`` → True when δ = ∂E/∂u equals y − t for that
    sample, on nine (activation, loss, u, t) cases; the truth is central differences."""
    wrong = []
    for activation, loss, u, t in _PAIR_CASES:
        u, t = np.array(u), np.array(t)
        result, fb = attempt(fn, activation, loss, u.copy(), t.copy(), what="`is_y_minus_t`")
        if fb is not None:
            return fb
        if not isinstance(result, (bool, np.bool_)):
            return Feedback(False, _("Not yet: `is_y_minus_t` returned {got!r} ({kind}) for "
                                     "{activation} + {loss}; return True or False.",
                                     got=result, kind=type(result).__name__,
                                     activation=activation, loss=loss))
        right = _collapses(activation, loss, u, t)
        if bool(result) != right:
            wrong.append((activation, loss, u, t, right, bool(result)))
    if not wrong:
        return Feedback(True, _("Right: δ = y − t for identity + MSE and sigmoid + "
                                "cross-entropy always, for relu + MSE only when no unit with "
                                "u_k < 0 has t_k ≠ 0, for softmax + cross-entropy only when "
                                "Σ_i t_i = 1; never for sigmoid or tanh with MSE"))
    activation, loss, u, t, right, got = wrong[0]
    return Feedback(False, _("Not yet: {n} of {total} wrong. For {activation} + {loss}, "
                             "u = {u}, t = {t} you answered {got}: {hint}.",
                             n=len(wrong), total=len(_PAIR_CASES), activation=activation,
                             loss=loss, u=np.round(u, 2).tolist(), t=np.round(t, 2).tolist(),
                             got=got, hint=_pair_hint(activation, loss, u, t, right)))


CHECKS["is_y_minus_t"] = check_is_y_minus_t


# ---- predict, then reveal ------------------------------------------------------------------
def _sigmoid_mse_delta():
    """δ_1 of a sigmoid output with ½Σ(t − y)² at u_1 = 0.5, t_1 = 0.2 (section 7's first
    unit)."""
    u, t = 0.5, 0.2
    y = float(sigmoid(np.array(u)))
    d = (y - t) * y * (1 - y)
    return Number(d, mistakes={
        _("you wrote y − t: that is δ for sigmoid + cross-entropy; with ½Σ(t − y)² the factor "
          "σ'(u) = y(1 − y) stays."): y - t,
        _("you multiplied by σ(u) = y; the factor is its derivative y(1 − y)."): (y - t) * y,
        _("you used u(1 − u) for σ'(u); σ'(u) = y(1 − y) with y = σ(u)."): (y - t) * u * (1 - u),
        _("you used u − t for ∂E/∂y; it is y − t with y = σ(u)."): (u - t) * y * (1 - y),
        _("the sign is flipped: ∂E/∂y = y − t for E = ½Σ(t − y)²."): -d,
        _("there is an extra factor 2: the ½ in ½Σ(t − y)² cancels the 2 of the square."): 2 * d,
    })


def _softmax_sum_t():
    return Choice("no", {
        "yes": _("with every term of the chain rule, δ_k = Σ_i ∂E/∂y_i · ∂y_i/∂u_k "
                 "= y_k·Σ_i t_i − t_k; for t = (0.2, 0.7, 0.3), Σ_i t_i = 1.2, so δ_k = y_k − t_k "
                 "+ 0.2·y_k, not y − t."),
        "no": _("δ_k = Σ_i (−t_i/y_i)·y_i(1[i = k] − y_k) = y_k·Σ_i t_i − t_k, which is y_k − t_k "
                "only when Σ_i t_i = 1; here Σ_i t_i = 1.2."),
        "depends on u": _("δ_k − (y_k − t_k) = y_k·(Σ_i t_i − 1), and every softmax output y_k is "
                          "above 0: for t = (0.2, 0.7, 0.3) it differs from y − t at every u."),
    })


def _most_delta_kept():
    return Choice("relu", {
        "sigmoid": _("the sigmoid keeps the least: each layer multiplies δ by σ'(u) ≤ 1/4, "
                     "nine times on the way down."),
        "tanh": _("tanh'(u) = 1 − tanh(u)² is 1 only at u = 0 and below 1 everywhere else, so "
                  "every tanh layer trims δ a little; relu'(u) is exactly 1 on every active "
                  "unit, and bp.MLP draws relu weights with std √(2/n_in) to make up for the "
                  "units that are off."),
        "relu": _("relu'(u) = 1 on every active unit, and bp.MLP draws relu weights with std "
                  "√(2/n_in) to make up for the units that are off, so δ keeps its size best; "
                  "tanh' is below 1 away from 0, σ' at most 1/4."),
    })


PREDICTIONS = {
    "sigmoid_mse_delta": _sigmoid_mse_delta,
    "softmax_sum_t": _softmax_sum_t,
    "most_delta_kept": _most_delta_kept,
}
predict = partial(ask, PREDICTIONS)

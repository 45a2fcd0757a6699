"""Self-checks for ``06_matrix_model.ipynb`` (deck 004, the matrix model, column convention).

Each check runs the learner's function on two seeded cases of different sizes, compares it
with the right answer and with the answers that typical mistakes produce, and says which
mistake it found.
"""
from __future__ import annotations

from functools import partial

import numpy as np

from ..activations import sigmoid
from ..i18n import _
from ._feedback import Case, Feedback, judge
from ._predict import Choice, Number, ask


def _labels() -> tuple[str, str]:
    """The two cases' names, in the notebook's language (looked up when a check runs)."""
    return _("the first example"), _("a second example of other sizes")


def _case(n_in: int, n_out: int, m: int, seed: int):
    rng = np.random.default_rng(seed)
    W = rng.normal(0, 1, (n_out, n_in))
    A_in = rng.uniform(0.05, 0.95, (n_in, m))
    Z = W @ A_in
    A = sigmoid(Z)
    Y = rng.uniform(0, 1, (n_out, m))
    return W, A_in, Z, A, Y


# ---- exercise 1: dZ^[2] -------------------------------------------------------------------
def _dZ2_cases():
    cases = []
    labels = _labels()
    for n, (n_in, n_out, m, seed) in enumerate(((4, 3, 5, 6), (2, 4, 3, 16))):
        unused, unused, Z2, A2, Y = _case(n_in, n_out, m, seed)
        E2, gprime = A2 - Y, A2 * (1 - A2)
        right = E2 * gprime
        cases.append(Case((A2, Y, Z2), right, {
            _("your dZ^[2] is missing g'(Z^[2]): multiply E^[2] elementwise by "
              "A^[2](1 − A^[2])."): E2,
            _("your dZ^[2] has the wrong sign: with E^[2] = A^[2] − Y (this notebook's "
              "definition) dZ^[2] = E^[2] ⊙ g'(Z^[2]); (Y − A^[2]) is the review slide's error, "
              "the negative."): -right,
            _("you used Z(1 − Z): the sigmoid's derivative is g'(Z) = σ(Z)(1 − σ(Z)) = A(1 − A), "
              "in terms of A, not Z."): E2 * Z2 * (1 - Z2),
            _("you multiplied by g(Z^[2]) = A^[2] instead of g'(Z^[2]) = A^[2](1 − A^[2])."):
                E2 * sigmoid(Z2),
            _("you divided by m: the deck's E sums over the batch, so dZ^[2] has no 1/m (bpkit's "
              "mean loss puts it in; here follow the deck)."): right / m,
            _("you multiplied by g'(Z^[2]) twice."): E2 * gprime * gprime,
        }, labels[n]))
    return cases


def _dZ2_shape(case: Case, a) -> str:
    return _("your dZ^[2] has shape {got}; it must have the shape of Z^[2], (n_2, m) = "
             "{shape}. The product with g'(Z^[2]) is elementwise (⊙, `*` in numpy), not a "
             "matrix product (`@`).", got=a.shape, shape=case.expected.shape)


def check_my_dZ2(my_dZ2) -> Feedback:
    """``my_dZ2(A2, Y, Z2)`` must return dZ^[2] = (A^[2] − Y) ⊙ g'(Z^[2]) for a sigmoid output
    and E = ½ Σ (A − Y)², shape (n_2, m)."""
    return judge(my_dZ2, _dZ2_cases(), what="`my_dZ2`", wrong_shape=_dZ2_shape,
                 miss=lambda case, a: _("not dZ^[2] yet: compute E^[2] = A^[2] − Y, then "
                                        "multiply it elementwise by g'(Z^[2]) = "
                                        "A^[2](1 − A^[2])."),
                 right=_("Right: dZ^[2] = (A^[2] − Y) ⊙ A^[2](1 − A^[2]), one column per "
                         "sample."))


# ---- exercise 2: ΔW = dZ·Aᵀ -------------------------------------------------------------------
def _dW_cases():
    # first a square case (m = n_in), where the mistake dZ·A still multiplies
    cases = []
    labels = _labels()
    for n, (n_in, n_out, m, seed) in enumerate(((3, 2, 3, 61), (4, 2, 6, 62))):
        rng = np.random.default_rng(seed)
        dZ = rng.normal(0, 1, (n_out, m))
        A_in = rng.uniform(0, 1, (n_in, m))
        right = dZ @ A_in.T
        cases.append(Case((dZ, A_in), right, {
            _("you returned ΔWᵀ = A·dZᵀ, shape {shape} (n_in, n_out), bpkit's row convention; "
              "the deck's ΔW has the shape of its W, (n_out, n_in): dZ·Aᵀ.",
              shape=right.T.shape): right.T,
            _("you multiplied by A, not Aᵀ: ΔW = dZ·Aᵀ pairs each sample's dZ column with the "
              "same sample's A column."): dZ @ A_in if m == n_in else None,
            _("you divided by m: the deck's E sums over the batch, so ΔW = dZ·Aᵀ without 1/m."):
                right / m,
            _("your ΔW has the wrong sign: ΔW = +dZ·Aᵀ; the minus belongs in the update "
              "W − αΔW."): -right,
        }, labels[n]))
    return cases


def _dW_shape(case: Case, a) -> str:
    m, right = case.args[0].shape[1], case.expected
    if a.ndim == 2 and a.shape[0] == m:
        return _("your ΔW has shape (m, …) = {got}, with the batch size m = {m} first: multiply "
                 "by Aᵀ, not A, so that the m samples are summed away; ΔW is (n_out, n_in) = "
                 "{shape}.", got=a.shape, m=m, shape=right.shape)
    return _("your ΔW has shape {got}; it must be (n_out, n_in) = {shape}, which dZ·Aᵀ gives: "
             "(n_out, m)·(m, n_in).", got=a.shape, shape=right.shape)


def check_my_dW(my_dW) -> Feedback:
    """``my_dW(dZ, A_in)`` must return ΔW = dZ·A_inᵀ, shape (n_out, n_in), summed over the m
    samples (columns)."""
    return judge(my_dW, _dW_cases(), what="`my_dW`", wrong_shape=_dW_shape,
                 miss=lambda case, a: _("not ΔW yet: ΔW = dZ·Aᵀ, a matrix product (`@`) with "
                                        "the transpose of the layer's input."),
                 right=_("Right: ΔW = dZ·Aᵀ, shape (n_out, n_in), summed over the m samples."))


# ---- exercise 3: the update ----------------------------------------------------------------
def _E(W2, A1, Y) -> float:
    return float(0.5 * np.sum((sigmoid(W2 @ A1) - Y) ** 2))


def _update_cases():
    cases = []
    labels = _labels()
    for n, (n_in, n_out, m, seed, lr) in enumerate(((4, 3, 5, 63, 0.1), (3, 2, 6, 64, 0.5))):
        W2, A1, unused, A2, Y = _case(n_in, n_out, m, seed)
        dZ2 = (A2 - Y) * A2 * (1 - A2)
        dW2 = dZ2 @ A1.T

        def change(W, W2=W2, A1=A1, Y=Y):
            return _(" (E went from {before:.4f} to {after:.4f})",
                     before=_E(W2, A1, Y), after=_E(W, A1, Y))
        wrong = {"slide": W2 + dW2, "plus": W2 + lr * dW2, "no_lr": W2 - dW2,
                 "no_gprime": W2 - lr * (A2 - Y) @ A1.T}
        cases.append(Case((W2, A1, A2, Y, lr), W2 - lr * dW2, {
            _("you used + for the update with E = A − Y, and no α (the slide's W + E·g'(Z)·Aᵀ): "
              "that climbs the loss{change}. Use W − α·ΔW.", change=change(wrong["slide"])):
                wrong["slide"],
            _("you used + for the update with E = A − Y: that climbs the loss{change}. With "
              "E^[2] = A^[2] − Y the step is W − α·ΔW.", change=change(wrong["plus"])):
                wrong["plus"],
            _("α is missing: W − α·ΔW, with the learning rate lr you were given{change}.",
              change=change(wrong["no_lr"])): wrong["no_lr"],
            _("you returned the step −α·ΔW; return the updated weights W + (−α·ΔW)."): -lr * dW2,
            _("your ΔW^[2] is missing g'(Z^[2]) = A^[2](1 − A^[2]){change}.",
              change=change(wrong["no_gprime"])): wrong["no_gprime"],
            _("you divided by m: the deck's E sums over the batch."): W2 - lr * dW2 / m,
        }, labels[n]))
    return cases


def _update_miss(case: Case, a) -> str:
    W2, A1, unused, Y, lr = case.args
    return _("not W^[2] − α·ΔW^[2] yet (E went from {before:.4f} to {after:.4f}): "
             "dZ^[2] = (A^[2] − Y) ⊙ A^[2](1 − A^[2]), ΔW^[2] = dZ^[2]·A^[1]ᵀ.",
             before=_E(W2, A1, Y), after=_E(a.reshape(W2.shape), A1, Y))


def check_my_update(my_update) -> Feedback:
    """``my_update(W2, A1, A2, Y, lr)`` must return the new W^[2] = W^[2] − α·((A^[2] − Y) ⊙
    g'(Z^[2]))·A^[1]ᵀ, for a sigmoid output and E = ½ Σ (A − Y)²."""
    cases = _update_cases()
    W2, A1, unused, Y, lr = cases[0].args
    right = cases[0].expected
    return judge(my_update, cases, what="`my_update`", miss=_update_miss,
                 wrong_shape=lambda case, a: _("the new W^[2] must have the shape of W^[2], "
                                               "{shape}; got {got}.",
                                               shape=case.args[0].shape, got=a.shape),
                 right=_("Right: W^[2] − α·ΔW^[2]; E went down from {before:.4f} to "
                         "{after:.4f}.", before=_E(W2, A1, Y), after=_E(right, A1, Y)))


CHECKS = {"my_dZ2": check_my_dZ2, "my_dW": check_my_dW, "my_update": check_my_update}


# ---- exercise 4 (reasoning): a bias in the column model, per unit or shared -----------------
# (n_out, m, shared): a square case first, where the sum over the wrong axis has the right shape
_BIAS_CASES = ((2, 2, False, 65), (3, 5, True, 66), (4, 6, False, 67), (2, 4, True, 68))


def _bias_cases():
    cases = []
    for n_out, m, shared, seed in _BIAS_CASES:
        dZ = np.random.default_rng(seed).normal(0, 1, (n_out, m))
        right = dZ.sum() if shared else dZ.sum(axis=1)
        label = (_("a shared bias, dZ of shape {shape}", shape=dZ.shape) if shared else
                 _("a bias per unit, dZ of shape {shape}", shape=dZ.shape))
        mistakes = {
            _("you averaged over the samples: the deck's E sums over the batch, so ∂E/∂b sums "
              "too (bpkit's mean loss puts the 1/m into δ)."):
                dZ.mean() if shared else dZ.mean(axis=1),
            _("the sign is flipped: Z = W·A + b, ∂Z/∂b = +1, so ∂E/∂b = +Σ dZ."): -right,
        }
        if shared:
            mistakes[_("you summed over the samples only, one number per unit: that is the "
                       "per-unit bias. A shared b feeds every unit of every sample, so add "
                       "every entry of dZ: dZ.sum().")] = dZ.sum(axis=1)
        else:
            mistakes[_("you summed over the units (axis 0), one number per sample, as if samples "
                       "were rows (bpkit, notebook 05). In deck 004 the samples are the columns: "
                       "sum over axis=1, one ∂E/∂b_k per unit.")] = dZ.sum(axis=0)
            mistakes[_("one number for the whole layer: that is a shared bias (deck 002). Here "
                       "each unit k has its own b_k: add each row of dZ, dZ.sum(axis=1).")] = \
                dZ.sum()
        cases.append(Case((dZ, shared), np.asarray(right), mistakes, label))
    return cases


def _bias_shape(case: Case, a) -> str | None:
    dZ, shared = case.args
    n_out, m = dZ.shape
    got = tuple(k for k in a.shape if k != 1)
    if got == (n_out, m):
        return _("you returned dZ itself, one column per sample: the bias is added to every "
                 "sample's Z, so its gradient is the sum over the m samples (columns).")
    if shared and got == (n_out,):
        return _("you returned one number per unit, shape {got}: a shared bias is one number "
                 "for the layer, so add every entry of dZ: dZ.sum().", got=a.shape)
    if not shared and a.size == 1:
        return _("one number for the whole layer: that is a shared bias (deck 002). Here each "
                 "unit k has its own b_k: add each row of dZ, dZ.sum(axis=1).")
    if got == (m,):
        return _("you returned one number per sample, shape {got}: the samples are the columns "
                 "of dZ (deck 004), so sum over axis=1, not axis 0.", got=a.shape)
    return None


def check_bias_grad(bias_grad) -> Feedback:
    """``bias_grad(dZ, shared)``: ∂E/∂b for Z = W·A + b in deck 004's columns, E summed over
    the batch; dZ is (n_out, m). Per-unit b (shared=False): dZ.sum(axis=1), shape (n_out,);
    shared b (shared=True): dZ.sum(), one number. Four cases, a square dZ first."""
    return judge(bias_grad, _bias_cases(), what="`bias_grad`", wrong_shape=_bias_shape,
                 miss=lambda case, a: _("not ∂E/∂b yet on {label}: b is added to Z of every "
                                        "sample, so ∂E/∂b adds dZ over the samples (and over "
                                        "the units too when b is shared).", label=case.label),
                 right=_("Right: per-unit b gets dZ.sum(axis=1), one sum over the m samples "
                         "(the columns) per unit; a shared b gets dZ.sum(), every unit of every "
                         "sample."))


CHECKS["bias_grad"] = check_bias_grad


# ---- predict, then reveal ------------------------------------------------------------------
def _dW2_shape():
    return Choice("(2, 4)", {
        "(2, 4)": _("ΔW^[2] = dZ^[2]·A^[1]ᵀ is (2, 5)·(5, 4): one entry per weight, the shape "
                    "of W^[2], with the 5 samples summed away."),
        "(4, 2)": _("(4, 2) is bpkit's layout (rows are samples, W is (n_in, n_out)); the deck's "
                    "ΔW^[2] has the shape of its W^[2], (n_2, n_1) = (2, 4)."),
        "(2, 5)": _("(2, 5) is the shape of Z^[2] and dZ^[2], one column per sample; ΔW^[2] "
                    "needs one number per weight: dZ^[2]·A^[1]ᵀ sums the 5 samples away."),
        "(5, 4)": _("(5, 4) is A^[1]ᵀ, the last factor; the product dZ^[2]·A^[1]ᵀ is "
                    "(2, 5)·(5, 4) = (2, 4)."),
        "(2, 4, 5)": _("the deck's E sums over the batch, so there is one gradient for the "
                       "batch, not one per sample: the product with A^[1]ᵀ adds the 5 samples "
                       "up, (2, 4)."),
    })


def _course_E1():
    """The KMOOC 8-3 example: E1 = W2ᵀ(y − ŷ) and the values of its typical slips."""
    W1 = np.array([[.1, .4], [.2, .2], [.3, 0]])
    W2 = np.array([[.3, .2, .1], [.2, .1, .1]])
    x, y = np.array([1.0, 0.0]), np.array([1.0, 1.0])
    a1 = sigmoid(W1 @ x)
    y_hat = sigmoid(W2 @ a1)
    E2 = y - y_hat
    return {"right": (W2.T @ E2)[0], "chain": (W2.T @ (E2 * y_hat * (1 - y_hat)))[0],
            "no_hidden_g": (W2.T @ (y - sigmoid(W2 @ (W1 @ x))))[0],
            "no_output_g": (W2.T @ (y - W2 @ a1))[0], "E2": E2[0], "sum_E2": E2.sum()}


def _E1_first():
    v = _course_E1()
    return Number(v["right"], mistakes={
        _("you multiplied E^[2] by g'(Z^[2]) = ŷ(1 − ŷ): that is the chain rule's "
          "W^[2]ᵀdZ^[2]. The course's rule sends E^[2] = y − ŷ back as it is."): v["chain"],
        _("the hidden layer has a sigmoid too: A^[1] = σ(W^[1]x), not W^[1]x."): v["no_hidden_g"],
        _("the output is ŷ = σ(W^[2]A^[1]); you left out its sigmoid."): v["no_output_g"],
        _("that is E^[2]_1, the first output's error; E^[1]_1 = Σ_k W^[2]_k1·E^[2]_k, the first "
          "column of W^[2] with E^[2]."): v["E2"],
        _("you added the output errors without their weights: E^[1]_1 = 0.3·E^[2]_1 + "
          "0.2·E^[2]_2, the first column of W^[2]."): v["sum_E2"],
        _("the sign is flipped: the course's E2 = y − ŷ, and here ŷ < y."): -v["right"],
    })


def _lecture_grad():
    return Choice("W2", {
        "both": _("ΔW^[2] = dZ^[2]·A^[1]ᵀ uses dZ^[2] = E^[2] ⊙ g'(Z^[2]) and is right, but "
                  "ΔW^[1] uses E^[1] = W^[2]ᵀE^[2], which lacks g'(Z^[2]), a factor of at most 1/4 "
                  "that differs from unit to unit and sample to sample."),
        "W1": _("the other way round: E^[1] enters only ΔW^[1], and that E^[1] lacks "
                "g'(Z^[2]); ΔW^[2] = dZ^[2]·A^[1]ᵀ does not use E^[1] at all."),
        "W2": _("ΔW^[2] = dZ^[2]·A^[1]ᵀ never uses E^[1]; ΔW^[1] does, and the course's E^[1] "
                "lacks g'(Z^[2]), a factor that differs from unit to unit and sample to sample, "
                "so ΔW^[1] points elsewhere."),
        "neither": _("ΔW^[2] = dZ^[2]·A^[1]ᵀ does not use E^[1] at all, so the course's rule "
                     "cannot spoil it; only ΔW^[1] is off."),
    })


PREDICTIONS = {"dW2_shape": _dW2_shape, "E1_first": _E1_first, "lecture_grad": _lecture_grad}
predict = partial(ask, PREDICTIONS)

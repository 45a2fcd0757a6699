"""Self-checks for ``06_matrix_model.ipynb`` (deck 004, the matrix model, column convention).

Each check runs the learner's function on two seeded cases of different sizes, compares it
with the right answer and with the answers that typical mistakes produce, and says which
mistake it found.
"""
from __future__ import annotations

import numpy as np

from ..activations import sigmoid
from ..i18n import _
from ._feedback import Case, Feedback, judge


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

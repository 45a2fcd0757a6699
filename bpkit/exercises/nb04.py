"""Checks for the exercises of ``04_backprop_by_hand.ipynb`` (deck 002).

Each check runs the learner's function on deck 002's numbers and on a second, seeded case
(so a hard-coded answer does not pass), and when the answer is wrong compares it with the
answers that typical mistakes produce, to say which mistake it is.

=================  ===========================================  =============================
stub               what it returns                              check
=================  ===========================================  =============================
``delta_output``   δ_O = (out_O − target)·out_O·(1 − out_O)     ``check_delta_output``
``delta_hidden``   δ_H = (δ_O·W_HOᵀ)·out_H·(1 − out_H)          ``check_delta_hidden``
``grad_b1``        ∂E_Total/∂b1 = Σ_j δ_Hj (shared bias)         ``check_grad_b1``
=================  ===========================================  =============================
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..activations import sigmoid
from ..i18n import _
from ..lessons.examples import deck002
from ..lessons.handcalc import HandCalc, num
from ._compare import show
from ._feedback import Case, Feedback, judge, reader


def _label(n: int) -> str:
    """The name of case ``n`` in feedback: deck 002's numbers, then a random example."""
    return _("deck 002's numbers") if n == 0 else _("a second, random example")


def _deck() -> HandCalc:
    net, x, target, lr = deck002()
    return HandCalc(net, x, target)


def _miss(name: str):
    def miss(case: Case, a) -> str:
        return _("`{name}` gives {got} on {label}; expected {expected}. Compare your formula "
                 "with the table above, factor by factor.", name=name, got=show(a),
                 label=case.label, expected=show(case.expected))
    return miss


# ---- exercise 1: δ_O ------------------------------------------------------------------------
def _delta_output_cases():
    hand = _deck()
    rng = np.random.default_rng(41)
    cases = []
    for out, target in ((hand.out_O, hand.target),
                        (rng.uniform(0.1, 0.9, 3), rng.uniform(0.0, 1.0, 3))):
        sig = out * (1 - out)
        mistakes = [
            (out - target, _("Your δ_O misses the factor out_O(1 − out_O) = ∂out_O/∂net_O, "
                             "the (2) of the slide: δ_O is ∂E_Total/∂net_O, not "
                             "∂E_Total/∂out_O.")),
            ((target - out) * sig, _("Sign flipped: δ_O is (out_O − target)·out_O(1 − out_O); "
                                     "∂/∂out of ½(target − out)² is −(target − out).")),
            (target - out, _("Sign flipped, and the factor out_O(1 − out_O) is missing: "
                             "δ_O = (out_O − target)·out_O(1 − out_O).")),
            ((out - target) * out, _("Only half of σ': the factor is out_O·(1 − out_O), "
                                     "you have out_O alone.")),
            ((out - target) * (1 - out), _("Only half of σ': the factor is out_O·(1 − out_O), "
                                           "you have (1 − out_O) alone.")),
            ((out - target) * sigmoid(out) * (1 - sigmoid(out)),
             _("You applied the sigmoid again: out_O is already σ(net_O), so σ'(net_O) is "
               "out_O(1 − out_O), not σ(out_O)(1 − σ(out_O)).")),
        ]
        cases.append(Case((out.copy(), target.copy()), (out - target) * sig, dict(
            (hint, value) for value, hint in mistakes), _label(len(cases))))
    return cases


def check_delta_output(fn: Callable) -> Feedback:
    """Check ``delta_output(out_O, target) -> δ_O``, all arrays of shape (n_out,)."""
    hand = _deck()
    d = hand.delta_O
    return judge(fn, _delta_output_cases(), what="`delta_output`", miss=_miss("delta_output"),
                 right=_("Right: δ_O = (out_O − target)·out_O(1 − out_O) = ({d1}, {d2}) for "
                         "deck 002, as in the δ_O table.", d1=num(d[0]), d2=num(d[1])))


# ---- exercise 2: δ_H ------------------------------------------------------------------------
def _transpose_hint() -> str:
    return _("δ_Hj sums δ_Ok·w'_jk over the outputs k: in matrix form δ_O·W_HOᵀ, (2,) times "
             "(2, 4) gives (4,). Did you use W_HO instead of its transpose?")


def _delta_hidden_cases():
    hand = _deck()
    rng = np.random.default_rng(42)
    square = (rng.normal(0, 0.1, 3), rng.normal(0, 1, (3, 3)), rng.uniform(0.1, 0.9, 3))
    cases = []
    for delta_O, W, out_H in ((hand.delta_O, hand.W_HO, hand.out_H), square):
        sig = out_H * (1 - out_H)
        back = W @ delta_O                      # Σ_k δ_Ok w'_jk
        mistakes = [
            (back, _("Missing out_H(1 − out_H): δ_H is ∂E_Total/∂net_H, so the δ_O sent back "
                     "along w' must still be multiplied by ∂out_H/∂net_H = out_H(1 − out_H).")),
            (-back * sig, _("Sign flipped: δ_H = (Σ_k δ_Ok·w'_jk)·out_H(1 − out_H), with the "
                            "δ_O as they are.")),
            (back * sigmoid(out_H) * (1 - sigmoid(out_H)),
             _("You applied the sigmoid again: out_H is already σ(net_H), so the factor is "
               "out_H(1 − out_H).")),
            (delta_O.sum() * sig, _("Each δ_Ok must be weighted by its own weight w'_jk: "
                                    "δ_Hj = (δ_O1·w'_j1 + δ_O2·w'_j2)·out_Hj(1 − out_Hj).")),
        ]
        if W.shape[0] == W.shape[1]:
            mistakes.append(((W.T @ delta_O) * sig,
                             _("You used W_HO instead of its transpose: δ_Hj needs the weights "
                               "LEAVING hidden unit j, row j of W_HO (w'_j1, w'_j2), so "
                               "δ_H = δ_O·W_HOᵀ, not δ_O·W_HO.")))
        cases.append(Case((delta_O.copy(), W.copy(), out_H.copy()), back * sig, dict(
            (hint, value) for value, hint in mistakes), _label(len(cases))))
    return cases


def check_delta_hidden(fn: Callable) -> Feedback:
    """Check ``delta_hidden(delta_O, W_HO, out_H) -> δ_H``: shapes (n_out,), (n_hidden, n_out),
    (n_hidden,) in, (n_hidden,) out."""
    fb = judge(fn, _delta_hidden_cases(), what="`delta_hidden`", miss=_miss("delta_hidden"),
               right=_("Right: δ_H = (δ_O·W_HOᵀ)·out_H(1 − out_H): each hidden unit collects "
                       "the δ_O of the outputs it feeds, weighted by w', times its own σ'."))
    if fb.passed is False and ("ValueError" in fb.message and
                               any(w in fb.message for w in ("matmul", "shape", "broadcast",
                                                             "aligned"))):
        return Feedback(False, f"{fb.message}. {_transpose_hint()}")
    return fb


# ---- exercise 3: ∂E/∂b1 ---------------------------------------------------------------------
def _grad_b1_cases():
    hand = _deck()
    rng = np.random.default_rng(43)
    cases = []
    for delta_H in (hand.delta_H, rng.normal(0, 0.05, 5)):
        n = delta_H.size
        mistakes = [
            (delta_H.mean(), _("You averaged: b1 is shared by the {n} hidden units and each "
                               "adds its own δ_Hj to the gradient, so ∂E_Total/∂b1 is the SUM "
                               "of δ_H.", n=n)),
            (-delta_H.sum(), _("Sign flipped: ∂E_Total/∂b1 = δ_H1 + … + δ_H4 (the minus belongs "
                               "to the update b1 − lr·∂E_Total/∂b1).")),
            (delta_H[0], _("That is δ_H1 only: b1 feeds every hidden unit (∂net_Hj/∂b1 = 1 for "
                           "each j), so ∂E_Total/∂b1 is the SUM of all δ_Hj.")),
        ]
        mistakes.insert(0, (delta_H, _("You returned δ_H itself: b1 is shared by the hidden "
                                       "units, so its gradient is the SUM of δ_H, one number.")))
        cases.append(Case((delta_H.copy(),), np.float64(delta_H.sum()), dict(
            (hint, value) for value, hint in mistakes), _label(len(cases))))
    return cases


def check_grad_b1(fn: Callable) -> Feedback:
    """Check ``grad_b1(delta_H) -> ∂E_Total/∂b1``, one number."""
    d = _deck().bwd.db[0]
    return judge(fn, _grad_b1_cases(), what="`grad_b1`", miss=_miss("grad_b1"),
                 read=reader((), "`grad_b1`", _("b1 is shared by the hidden units, so its "
                                                "gradient is the SUM of δ_H, one number")),
                 right=_("Right: ∂E_Total/∂b1 = δ_H1 + δ_H2 + δ_H3 + δ_H4 = {d} for deck 002.",
                         d=num(d)))


CHECKS = {
    "delta_output": check_delta_output,
    "delta_hidden": check_delta_hidden,
    "grad_b1": check_grad_b1,
}

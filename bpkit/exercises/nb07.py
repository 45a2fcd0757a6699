"""Checks and predictions for ``07_digits_lab.ipynb`` (the digits lab after deck 004).

Predictions (``predict(name, answer)``, asked before the cell that reveals them):

=====================  =========================================================  ===========
name                   question                                                   kind
=====================  =========================================================  ===========
``n_params``           how many numbers training adjusts in the 64-64-10 net      Number
``untrained_accuracy`` the test accuracy of the net before any training           Choice A–D
``rule_outcome``       which rule ends lower at lr = 2 and at lr = 10             Choice A–D
=====================  =========================================================  ===========

Exercise (``CHECKS``):

``rule_is_gradient(hidden, output, loss)``
    True when the lecture code's rule E1 = W2ᵀ·E2 gives the exact gradient for a two-layer
    net with that hidden activation, output activation and loss, else False. Checked on every
    valid combination (3 hidden × 7 output/loss pairs) against bpkit: the rule's dW and db
    are compared with the chain rule's on a seeded net.
"""
from __future__ import annotations

from functools import partial

import numpy as np

from ..i18n import _
from ..lessons import matrix_model as mm
from ..mlp import MLP
from ._feedback import Feedback, attempt
from ._predict import Choice, Number, ask

SIZES = (64, 64, 10)  # the lab's net


# ---- predictions --------------------------------------------------------------------------------
def _n_params() -> Number:
    net = MLP(list(SIZES), activation="sigmoid", loss="softmax_ce", seed=0)
    n_w = sum(W.size for W in net.weights)
    n_b = sum(b.size for b in net.biases)
    return Number(float(n_w + n_b), count=True, mistakes={
        _("You counted the weights only: every hidden and output unit also has its own bias "
          "(64 + 10 more numbers)."): float(n_w),
        _("The output layer's 10 biases are missing: every hidden AND output unit has its own "
          "bias."): float(n_w + n_b - SIZES[2]),
        _("The hidden layer's 64 biases are missing: every hidden AND output unit has its own "
          "bias."): float(n_w + n_b - SIZES[1]),
        _("That is the number of units (64 + 64 + 10): training adjusts the weights between "
          "them, one per connection, plus a bias per unit."): float(sum(SIZES)),
        _("You multiplied all three sizes: the layers are connected one after the other, "
          "64×64 weights into the hidden layer, then 64×10 into the output layer."):
            float(np.prod(SIZES)),
        _("That is the first layer alone (64×64 weights and 64 biases): add the output "
          "layer's 64×10 weights and 10 biases."): float(SIZES[0] * SIZES[1] + SIZES[1]),
    })


def _untrained_accuracy() -> Choice:
    return Choice("B", {
        "A": _("about 0 % would mean the random net avoids the right digit on purpose; knowing "
               "nothing, it is right about as often as a guess, 1 time in 10."),
        "B": _("knowing nothing, the net is right about as often as a guess among ten digits. "
               "This one answers nearly every image with the same digit, so it is right on "
               "that digit's share of the test set, about a tenth."),
        "C": _("50 % would be a guess between two options; here there are ten digits, and the "
               "random net knows nothing about any of them."),
        "D": _("the weights are random numbers: before training the net knows nothing about "
               "digits, so it cannot be right on most images."),
    })


def _rule_outcome() -> Choice:
    return Choice("C", {
        "A": _("at lr = 2 the rule's larger hidden-layer step helps, but at lr = 10 the same "
               "gain makes the steps too large: E rises again and again and ends higher."),
        "B": _("at lr = 2 the step the gradient takes is on the small side, and the rule's "
               "larger hidden-layer step gets further in the same 200 steps."),
        "C": _("the rule's hidden-layer step is several times the gradient's: at lr = 2 that "
               "acts like a larger, better learning rate; at lr = 10 it overshoots, E rises "
               "again and again and ends higher."),
        "D": _("it is the other way round: a larger step helps where the learning rate is "
               "small (lr = 2) and hurts where it is already large (lr = 10)."),
    })


PREDICTIONS = {
    "n_params": _n_params,
    "untrained_accuracy": _untrained_accuracy,
    "rule_outcome": _rule_outcome,
}
predict = partial(ask, PREDICTIONS)


# ---- exercise: where is the lecture's rule the gradient? ---------------------------------------
HIDDEN = ("sigmoid", "tanh", "relu")
PAIRS = (("sigmoid", "mse"), ("tanh", "mse"), ("identity", "mse"), ("softmax", "mse"),
         ("sigmoid", "bce"), ("softmax", "bce"), ("softmax", "softmax_ce"))


def rule_equals_gradient(hidden: str, output: str, loss: str, seed: int = 0) -> bool:
    """Whether ``mm.lecture_backward`` gives ``mm.exact_backward``'s dW and db for a seeded
    3-4-3 net with these activations and loss, on 5 seeded samples (targets one-hot for a
    softmax output, in (0, 1) otherwise)."""
    rng = np.random.default_rng(700 + seed)
    net = MLP([3, 4, 3], activation=hidden, output_activation=output, loss=loss, seed=seed)
    X = rng.uniform(-1, 1, (5, 3))
    T = (np.eye(3)[rng.integers(0, 3, 5)] if output == "softmax"
         else rng.uniform(0.05, 0.95, (5, 3)))
    (dW, db), (lW, lb) = mm.exact_backward(net, X, T), mm.lecture_backward(net, X, T)
    return all(np.allclose(a, b, rtol=1e-9, atol=1e-14) for a, b in zip(dW + db, lW + lb))


def _rule_cases() -> list[tuple[str, str, str, bool]]:
    """(hidden, output, loss, whether the rule is the gradient) for every valid combination."""
    return [(h, o, loss, rule_equals_gradient(h, o, loss)) for o, loss in PAIRS for h in HIDDEN]


def _as_bool(result):
    """True/False from a bool, a numpy bool or the integers 0 and 1; else None."""
    if isinstance(result, (bool, np.bool_)):
        return bool(result)
    if isinstance(result, (int, np.integer)) and result in (0, 1):
        return bool(result)
    return None


def _by_pair(answers: dict) -> dict:
    """{(output, loss): the learner's answers for the three hidden activations}."""
    out: dict = {}
    for (_h, o, loss), a in answers.items():
        out.setdefault((o, loss), []).append(a)
    return out


def check_rule_is_gradient(fn) -> Feedback:
    """Check ``rule_is_gradient(hidden, output, loss) -> bool`` on all 21 valid combinations."""
    cases = _rule_cases()
    answers = {}
    for h, o, loss, _right in cases:
        result, fb = attempt(fn, h, o, loss, what="`rule_is_gradient`")
        if fb is not None:
            return fb
        a = _as_bool(result)
        if a is None:
            return Feedback(False, _("Not yet: `rule_is_gradient` should return True or False; "
                                     "got {kind} {result!r} for ({h!r}, {o!r}, {loss!r}).",
                                     kind=type(result).__name__, result=result, h=h, o=o,
                                     loss=loss))
        answers[h, o, loss] = a
    right = {(h, o, loss): r for h, o, loss, r in cases}
    yes = sorted({(o, loss) for (h, o, loss), r in right.items() if r})
    if answers == right:
        return Feedback(True, _("Right: the rule drops only g'(Z2), so it is the gradient "
                                "exactly where dZ2 = A2 − Y: {pairs}, whatever the hidden "
                                "layer's activation. In the other {n} combinations it is not.",
                                pairs=", ".join(f"{o} + {loss}" for o, loss in yes),
                                n=sum(not r for r in right.values())))
    return Feedback(False, _("Not yet: {hint}", hint=_rule_mistake(answers, right)))


def _rule_mistake(answers: dict, right: dict) -> str:
    """The hint for a wrong set of answers: the first typical mistake they match."""
    values = set(answers.values())
    if len(values) == 1:
        return _("you answer {a} for every combination; the rule drops g'(Z2), and whether "
                 "that changes anything depends on the output layer and the loss.",
                 a=values.pop())
    if all(answers[k] != r for k, r in right.items()):
        return _("every answer is reversed: the rule is the gradient where dZ2 = A2 − Y, "
                 "i.e. where g'(Z2) cancels against the loss's derivative or is 1.")
    split = [pair for pair, a in _by_pair(answers).items() if len(set(a)) > 1]
    if split:
        o, loss = split[0]
        return _("your answer for {o} + {loss} changes with the hidden activation. The rule "
                 "drops g'(Z2), the OUTPUT layer's derivative; the hidden layer's g'(Z1) is "
                 "applied by both, so only the output activation and the loss matter.",
                 o=o, loss=loss)
    said = {(o, loss) for (h, o, loss), a in answers.items() if a}
    if said == {("softmax", "softmax_ce")}:
        return _("softmax + cross-entropy is right, but it is not the only pair: for sigmoid "
                 "+ bce, dZ2 = A2 − Y too (σ' cancels against the log), and for identity + "
                 "mse g' = 1, so there is nothing to drop.")
    if ("softmax", "bce") in said:
        return _("softmax + bce is not such a pair: bce treats each output as its own yes/no, "
                 "while each softmax output depends on every Z2, so g'(Z2) does not cancel.")
    if ("identity", "mse") not in said:
        return _("identity + mse: g'(Z2) = 1, so dZ2 = E2 and dropping g'(Z2) changes nothing; "
                 "the rule is the gradient there too.")
    wrong = [k for k, r in right.items() if answers[k] != r]
    h, o, loss = wrong[0]
    if right[wrong[0]]:
        return _("{bad} of {n} answers are wrong, e.g. ({h!r}, {o!r}, {loss!r}): there the "
                 "rule IS the gradient. Ask whether dZ2 = (A2 − Y)·g'(Z2) collapses to A2 − Y.",
                 bad=len(wrong), n=len(right), h=h, o=o, loss=loss)
    return _("{bad} of {n} answers are wrong, e.g. ({h!r}, {o!r}, {loss!r}): there the rule "
             "is NOT the gradient. Ask whether dZ2 = (A2 − Y)·g'(Z2) collapses to A2 − Y.",
             bad=len(wrong), n=len(right), h=h, o=o, loss=loss)

CHECKS = {"rule_is_gradient": check_rule_is_gradient}

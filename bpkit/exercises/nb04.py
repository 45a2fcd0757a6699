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
``zero_gradients`` the names of the weights whose ∂E/∂w is 0     ``check_zero_gradients``
=================  ===========================================  =============================

``PREDICTIONS`` are the numbers the notebook asks for before it shows them (net_H1, out_H1,
δ_O1, δ_H2, w'11 after one step) and one choice (the gradient of a per-unit bias); the notebook
calls ``predict(name, answer)``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import partial

import numpy as np

from ..activations import sigmoid
from ..i18n import _
from ..lessons.examples import deck002
from ..lessons.handcalc import HandCalc, num
from ..lessons.notation import weight_name
from ._compare import show
from ._feedback import Case, Feedback, attempt, judge, reader
from ._predict import Choice, Number, ask


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


# ---- exercise 4: which gradients are exactly 0 -------------------------------------------------
# x_2 = 0; x_1 = x_3 = 0; no zero input; a zero in the last place with a negative input
ZERO_INPUTS = ((0.05, 0.0, 0.15), (0.0, 0.10, 0.0), (0.05, 0.10, 0.15), (-0.3, 0.4, 0.0))
_SPELLINGS = str.maketrans("₀₁₂₃₄₅₆₇₈₉’′‘`", "0123456789" + "'" * 4)


def _all_weights(net) -> list[str]:
    """Deck 002's names of every weight of ``net``, w11 … w34 then w'11 … w'42."""
    return [weight_name(layer + 1, i + 1, j + 1) for layer, W in enumerate(net.weights)
            for i in range(W.shape[0]) for j in range(W.shape[1])]


def zero_gradient_names(x) -> set[str]:
    """The names of the weights whose ∂E_Total/∂w is exactly 0 for deck 002's net, biases and
    targets at the input ``x`` (shape (3,)), read from bpkit's backward pass, not reasoned."""
    net, target = deck002()[0], deck002()[2]
    bwd = net.backward(net.forward(np.asarray(x, dtype=np.float64)), target)
    return {weight_name(layer + 1, int(i) + 1, int(j) + 1) for layer, dW in enumerate(bwd.dW)
            for i, j in zip(*np.nonzero(dW == 0))}


def _name_key(name: str) -> str:
    """"W_{21}", "w 2,1", "w₂₁" → "w21"; "w’_12" → "w'12"."""
    return "".join(c for c in str(name).translate(_SPELLINGS).lower() if c not in " _{},$")


def _read_names(result, names: list[str]) -> tuple[set | None, str | None]:
    """The learner's answer as a set of deck 002 names (weights, or b1/b2), or None and why."""
    example = '{"w11", "w12"}'
    if isinstance(result, np.ndarray):
        result = result.tolist()
    if isinstance(result, (str, bytes)):
        return None, _("Not yet: return a set of names such as {example}, not one text "
                       "{text!r}.", example=example, text=result)
    if isinstance(result, Mapping) or not isinstance(result, Iterable):
        return None, _("Not yet: return a set of names such as {example} (set() when no "
                       "gradient is 0); got {kind}.", example=example,
                       kind=type(result).__name__)
    try:
        result = list(result)   # a set, list, tuple, dict_keys or generator of names
    except Exception as exc:  # noqa: BLE001 - a learner's odd iterable: say so, never raise
        return None, _("Not yet: your answer ({kind}) cannot be read as names ({exc}).",
                       kind=type(result).__name__, exc=exc)
    if any(not isinstance(v, str) for v in result):
        return None, _("Not yet: every item must be a weight's name as text, such as "
                       "\"w21\" or \"w'12\"; got {items}.",
                       items=", ".join([repr(v) for v in result
                                        if not isinstance(v, str)][:3]))
    known = {_name_key(n): n for n in names + ["b1", "b2"]}
    unknown = [v for v in result if _name_key(v) not in known]
    if unknown:
        return None, _("Not yet: {unknown} is not a weight of deck 002's net; its weights are "
                       "{first} … {last} and {first_o} … {last_o}.",
                       unknown=", ".join(map(repr, unknown)), first=names[0],
                       last=names[11], first_o=names[12], last_o=names[-1])
    return {known[_name_key(v)] for v in result}, None


def _set_text(names) -> str:
    return "{" + ", ".join(sorted(names)) + "}" if names else _("the empty set")


def _x_text(x) -> str:
    return "x = (" + ", ".join(f"{v:g}" for v in x) + ")"


def _zero_mistake(got: set, truth: set, x, names: list[str],
                  n_hidden: int) -> str | None:
    """The hint for a known wrong set, or None."""
    zero = [i for i, v in enumerate(x) if v == 0]
    into = {weight_name(1, k + 1, i + 1) for i in zero for k in range(len(x))}
    inputs = {n for n in names if not n.startswith("w'")}
    if got in (set(names) - truth, inputs - truth):
        return _("Not yet: that is the complement: the weights whose gradient is NOT 0. Return "
                 "those whose ∂E_Total/∂w is exactly 0.")
    if any(n.startswith("w'") for n in got):
        return _("Not yet: no output weight belongs here: ∂E_Total/∂w'_ij = δ_Oj·out_Hi, and "
                 "out_Hi = σ(net_Hi) is never 0, whatever x is. Only the input weights, "
                 "∂E_Total/∂w_ij = δ_Hj·x_i, carry x.")
    if got & {"b1", "b2"}:
        return _("Not yet: b1 and b2 are biases, not weights, and their gradients Σδ_H, Σδ_O do "
                 "not contain x: leave them out.")
    if zero and got == into:
        return _("Not yet: for {x} you named {got}, the weights INTO hidden unit i (w_ki, "
                 "column i of W_IH). An input x_i is carried by the weights LEAVING it, w_ij for "
                 "every j (row i of W_IH), since ∂E_Total/∂w_ij = δ_Hj·x_i.", x=_x_text(x),
                 got=_set_text(got))
    if truth and not got:
        return _("Not yet: {x} has a zero input, and ∂E_Total/∂w_ij = δ_Hj·x_i: which weights "
                 "does that zero multiply?", x=_x_text(x))
    if not truth and got:
        return _("Not yet: {x} has no zero input, and no δ_H, δ_O or out_H is 0 here, so no "
                 "gradient is exactly 0: the answer is the empty set.", x=_x_text(x))
    if got < truth:
        return _("Not yet: {missing} missing: x_i multiplies the gradient of every weight "
                 "leaving input i, all {n} of them (∂E_Total/∂w_ij = δ_Hj·x_i).",
                 missing=_set_text(truth - got), n=n_hidden)
    return None


def check_zero_gradients(fn: Callable) -> Feedback:
    """Check ``zero_gradients(x) -> set of names``: for each input of ``ZERO_INPUTS`` (shape
    (3,)), the names (deck 002's "w21", "w'12"; other spellings accepted) of the weights whose
    ∂E_Total/∂w is exactly 0, as bpkit's backward pass gives them."""
    net = deck002()[0]
    names, n_hidden = _all_weights(net), net.weights[0].shape[1]
    answers = []   # the learner's right sets so far
    for n, x in enumerate(ZERO_INPUTS):
        result, fb = attempt(fn, np.array(x), what="`zero_gradients`")
        if fb is not None:
            return fb
        got, why = _read_names(result, names)
        if got is None:
            return Feedback(False, why)
        truth = zero_gradient_names(x)
        if got == truth:
            answers.append(got)
            continue
        if got in answers:   # the same set as for an earlier input, right there
            return Feedback(False, _(
                "Not yet: for {x} your function returns {got} again, as for {first}; the "
                "weights whose gradient is exactly 0 are {expected} here. Does it use x, with "
                "no names typed in?", x=_x_text(x), got=_set_text(got),
                first=_x_text(ZERO_INPUTS[answers.index(got)]), expected=_set_text(truth)))
        hint = _zero_mistake(got, truth, x, names, n_hidden)
        if hint is not None:
            return Feedback(False, hint)
        message = _("Not yet: for {x} your set is {got}; the weights whose gradient is exactly "
                    "0 are {expected}.", x=_x_text(x), got=_set_text(got),
                    expected=_set_text(truth))
        if n > 0:
            message += " " + _("Your function was right for {first}: does it use x, with no "
                               "names typed in?", first=_x_text(ZERO_INPUTS[0]))
        return Feedback(False, message)
    return Feedback(True, _(
        "Right: ∂E_Total/∂w_ij = δ_Hj·x_i, so an input x_i = 0 zeroes the gradients of the "
        "weights leaving it (row i of W_IH) and nothing else; ∂E_Total/∂w'_ij = δ_Oj·out_Hi "
        "never vanishes, because out_H = σ(net_H) > 0."))


CHECKS = {
    "delta_output": check_delta_output,
    "delta_hidden": check_delta_hidden,
    "grad_b1": check_grad_b1,
    "zero_gradients": check_zero_gradients,
}


# ---- predict, then reveal -----------------------------------------------------------------------
def _net_H1() -> Number:
    hand = _deck()
    x, W, net_H1 = hand.x, hand.W_IH, float(hand.net_H[0])
    return Number(net_H1, mistakes={
        _("You left out b1: net_H1 = b1 + x1·w11 + x2·w21 + x3·w31; the shared bias is part of "
          "every hidden unit's sum."): net_H1 - hand.b1,
        _("That is out_H1 = σ(net_H1): net_H1 is the weighted sum BEFORE the sigmoid."):
            float(sigmoid(net_H1)),
        _("You used w11, w12, w13, the weights LEAVING input 1: hidden unit 1 receives w11, "
          "w21, w31 (column 1 of W_IH)."): hand.b1 + float(x @ W[0, :3]),
    })


def _out_H1() -> Number:
    hand = _deck()
    net_H1, out_H1 = float(hand.net_H[0]), float(hand.out_H[0])
    return Number(out_H1, mistakes={
        _("That is net_H1: out_H1 = σ(net_H1) = 1/(1 + e^(−net_H1))."): net_H1,
        _("Your net_H1 misses b1: out_H1 = σ(b1 + x1·w11 + x2·w21 + x3·w31)."):
            float(sigmoid(net_H1 - hand.b1)),
        _("You applied the sigmoid twice: out_H1 = σ(net_H1), not σ(σ(net_H1))."):
            float(sigmoid(out_H1)),
        _("Sign in the exponent: σ(net) = 1/(1 + e^(−net)); 1/(1 + e^(+net)) is σ(−net) = "
          "1 − σ(net)."): 1 - out_H1,
    })


def _delta_O1() -> Number:
    hand = _deck()
    out, t, d = float(hand.out_O[0]), float(hand.target[0]), float(hand.delta_O[0])
    return Number(d, mistakes={
        _("Sign flipped: δ_O1 = (out_O1 − target1)·out_O1(1 − out_O1); out_O1 is above "
          "target1, so δ_O1 is positive."): -d,
        _("You stopped at (1) = out_O1 − target1: δ_O1 also has the factor (2) = "
          "out_O1(1 − out_O1), the sigmoid's derivative."): out - t,
        _("You applied the sigmoid again: out_O1 is already σ(net_O1), so (2) is "
          "out_O1(1 − out_O1), not σ(out_O1)(1 − σ(out_O1))."):
            (out - t) * float(sigmoid(out) * (1 - sigmoid(out))),
    })


def _delta_H2() -> Number:
    hand = _deck()
    dO, W, out = hand.delta_O, hand.W_HO, float(hand.out_H[1])
    d, back, sig = float(hand.delta_H[1]), float(dO @ W[1]), out * (1 - out)
    return Number(d, mistakes={
        _("You used only δ_O1·w'21: hidden unit 2 feeds BOTH outputs, so δ_H2 = "
          "(δ_O1·w'21 + δ_O2·w'22)·out_H2(1 − out_H2)."): float(dO[0] * W[1, 0]) * sig,
        _("Missing σ': multiply δ_O1·w'21 + δ_O2·w'22 by out_H2(1 − out_H2)."): back,
        _("Sign flipped: δ_H2 = (δ_O1·w'21 + δ_O2·w'22)·out_H2(1 − out_H2), each δ_O with "
          "its own sign."): -d,
        _("You applied the sigmoid again: out_H2 is already σ(net_H2), so the factor is "
          "out_H2(1 − out_H2)."): back * float(sigmoid(out) * (1 - sigmoid(out))),
        _("You took w'12 and w'22, the weights INTO output 2: δ_H2 needs the weights LEAVING "
          "hidden unit 2, w'21 and w'22."): float(dO @ W[:2, 1]) * sig,
        _("Each δ_Ok needs its own weight: δ_O1·w'21 + δ_O2·w'22, not (δ_O1 + δ_O2) alone."):
            float(dO.sum()) * sig,
    })


def _w11_new() -> Number:
    hand = _deck()
    lr = deck002()[3]
    w, g, d = float(hand.W_HO[0, 0]), float(hand.bwd.dW[1][0, 0]), float(hand.delta_O[0])
    return Number(w - lr * g, mistakes={
        _("That is w'11 before the step: subtract lr·∂E_Total/∂w'11."): w,
        _("Added instead of subtracted: gradient descent steps AGAINST the gradient, "
          "w'11 − lr·∂E_Total/∂w'11."): w + lr * g,
        _("You forgot lr: the step is lr·∂E_Total/∂w'11, with lr = {lr}.", lr=lr): w - g,
        _("You used δ_O1 as the gradient: ∂E_Total/∂w'11 = δ_O1·out_H1."): w - lr * d,
        _("That is ∂E_Total/∂w'11 itself: the new weight is w'11 − lr·∂E_Total/∂w'11."): g,
    })


def _b1_per_unit() -> Choice:
    return Choice(right="A", options={
        "A": _("b1_j appears in net_Hj alone (∂net_Hj/∂b1_j = 1, no other net_Hk contains it), "
               "so ∂E_Total/∂b1_j = δ_Hj: the four gradients are the vector δ_H, and the shared "
               "b1's gradient is their sum."),
        "B": _("that is the shared b1's gradient. A bias b1_j of its own reaches net_Hj only, "
               "so only δ_Hj counts: ∂E_Total/∂b1_j = δ_Hj."),
        "C": _("no mean appears anywhere: b1_j reaches net_Hj only, with ∂net_Hj/∂b1_j = 1, so "
               "∂E_Total/∂b1_j = δ_Hj (and the shared b1 gets the sum, not the mean)."),
        "D": _("a bias multiplies the constant input 1, not itself: net_Hj = b1_j·1 + Σ_i "
               "x_i·w_ij, so ∂net_Hj/∂b1_j = 1 and ∂E_Total/∂b1_j = δ_Hj."),
    })


PREDICTIONS = {
    "net_H1": _net_H1,
    "out_H1": _out_H1,
    "delta_O1": _delta_O1,
    "delta_H2": _delta_H2,
    "w'11(new)": _w11_new,
    "b1_per_unit": _b1_per_unit,
}
predict = partial(ask, PREDICTIONS)

"""Checks for the exercises of ``08_explorer.ipynb`` (the explorer; deck 002's net, deck 003's δ).

1. ``best_weight()``: which parameter of deck 002's net, raised by 1, lowers E the most?
2. ``predicted_sign(out, target)``: the sign of ∂E/∂w'_jk before the nudge test.
3. ``my_nudge(net, x, target, layer, i, j, eps)``: the nudge test with bpkit calls.
"""
from __future__ import annotations

import copy

import numpy as np

from ..i18n import _
from ..lab import explorer_state as es
from ..lessons.examples import deck002
from ..mlp import MLP
from ._compare import close, parts, to_array
from ._feedback import Case, Feedback, attempt, reader, verdict


# ---- exercise 1: the best raise ---------------------------------------------------------------
def _normalise(name: str) -> str:
    return (str(name).strip().lower().replace("’", "'").replace("′", "'")
            .replace("_", "").replace(" ", "").replace("{", "").replace("}", ""))


def check_best_weight(fn) -> Feedback:
    """The parameter whose raise by 1 lowers E the most, for deck 002's net and sample."""
    result, fb = attempt(fn, what="`best_weight`")
    if fb is not None:
        return fb
    if not isinstance(result, str):
        return Feedback(False, _("return the parameter's name as text, e.g. \"w'_11\"; got "
                                 "{kind} {result!r}", kind=type(result).__name__, result=result))
    state = es.new_state()
    refs = es.param_refs(state.net)
    by_name = {_normalise(r.label()): r for r in refs}
    if _normalise(result) not in by_name:
        return Feedback(False, _("{result!r} is not a parameter of deck 002's net; write a name "
                                 "as the explorer's weight menu shows it, e.g. \"w'_11\", "
                                 "\"w_23\", \"b2\"", result=result))
    ref = by_name[_normalise(result)]
    best, E_best = es.best_weight_raise(state)
    if ref == best:
        return Feedback(True, _("Right: raising {name} by 1 takes E from {E0:.4f} to {E1:.4f}, "
                                "the largest drop of all {n} parameters", name=best.label(),
                                E0=state.E, E1=E_best, n=len(refs)))
    moved = state.net.copy()
    es.set_param(moved, ref, es.get_param(moved, ref) + 1.0)
    E_new = moved.loss(state.x, state.target)
    grad = es.grad_of(state.bwd, ref)
    if E_new > state.E:
        return Feedback(False, _("raising {name} by 1 makes E larger ({E0:.4f} → {E1:.4f}): its "
                                 "∂E/∂w = {grad:.4f} is positive, so E falls when it goes DOWN. "
                                 "Look for the most negative ∂E/∂w", name=ref.label(),
                                 E0=state.E, E1=E_new, grad=grad))
    return Feedback(False, _("raising {name} lowers E ({E0:.4f} → {E1:.4f}), but another "
                             "parameter lowers it more: compare the real change of each "
                             "candidate with the explorer's slider", name=ref.label(),
                             E0=state.E, E1=E_new))


# ---- exercise 2: the sign of ∂E/∂w'_jk ----------------------------------------------------------
def _sign_cases():
    """(out_k, target_k, sign of ∂E/∂w'_jk by bpkit, loss) for sigmoid outputs, MSE and CE."""
    rng = np.random.default_rng(707)
    cases = []
    for loss in ("mse", "bce"):
        for seed in range(6):
            net = MLP([3, 4, 2], activation="sigmoid", loss=loss, bias="shared", seed=seed)
            x = rng.uniform(-1, 1, 3)
            t = rng.choice([0.0, 0.01, 0.3, 0.7, 0.99, 1.0], size=2)
            bwd = net.backward(net.forward(x), t)
            out = net.forward(x).output[0]
            for k in range(2):
                # out_H > 0 for a sigmoid hidden layer, so every w'_jk into unit k has one sign
                signs = np.sign(bwd.dW[1][:, k])
                assert np.all(signs == signs[0])
                cases.append((float(out[k]), float(t[k]), int(signs[0]), loss))
    return cases


def check_predicted_sign(fn) -> Feedback:
    """+1, −1 (or 0) for ∂E/∂w'_jk of a sigmoid output unit from out_k and target_k alone."""
    cases = _sign_cases()
    answers = []
    for out, t, _sign, _loss in cases:
        result, fb = attempt(fn, out, t, what="`predicted_sign`")
        if fb is not None:
            return fb
        a, why = to_array(result, (), what="`predicted_sign`")
        if a is None:
            return Feedback(False, _("{why}: return +1 or −1", why=why))
        sign = next((s for s in (1, -1, 0) if close(a, s)), None)
        if sign is None:
            return Feedback(False, _("`predicted_sign` should return +1 or −1 (only the sign); "
                                     "got {a:.4g} for out = {out:.4f}, target = {t:.2f}",
                                     a=float(a), out=out, t=t))
        answers.append(sign)
    right = [s for _out, _t, s, _loss in cases]
    if answers == right:
        return Feedback(True, _("right in all {n} cases (MSE and cross-entropy): "
                                "∂E/∂w'_jk = δ_k · out_Hj with out_Hj > 0, and δ_k has the sign "
                                "of out_k − target_k", n=len(cases)))
    if answers == [-s for s in right]:
        return Feedback(False, _("every sign is reversed: ∂E/∂out = out − target (not "
                                 "target − out), so an output above its target gives a POSITIVE "
                                 "gradient"))
    if len(set(answers)) == 1:
        return Feedback(False, _("you always answer {a:+d}; the sign depends on whether out_k is "
                                 "above or below target_k", a=answers[0]))
    bad = [(o, t, s) for (o, t, s, _loss), a in zip(cases, answers) if a != s]
    o, t, s = bad[0]
    return Feedback(False, _("{bad} of {n} signs are wrong, e.g. out = {o:.4f}, target = {t:.2f}: "
                             "bpkit's ∂E/∂w' has sign {s:+d}", bad=len(bad), n=len(cases), o=o,
                             t=t, s=s))


# ---- exercise 3: the nudge test -----------------------------------------------------------------
def _nudge_cases():
    """(net, x, target, layer, i, j, eps): deck 002's net, then another net where every argument
    differs (an ignored argument or a typed-in value fails there)."""
    net, x, target, _lr = deck002()
    rng = np.random.default_rng(717)
    other = MLP([3, 4, 2], activation="sigmoid", loss="mse", bias="shared", seed=7)
    return [((net, x, target, 0, 1, 2, 1e-4), _("deck 002's net")),
            ((other, rng.uniform(-1, 1, 3), rng.uniform(0, 1, 2), 1, 2, 1, 1e-3),
             _("a second net (3-4-2)"))]


def _nudge_parts(net, x, target, layer, i, j, eps):
    """The right answer's two parts as Cases: ∂E/∂w·ε and E(w + ε) − E(w)."""
    dW, _db = net.gradients(x, target)
    grad = float(dW[layer][i, j])
    moved = net.copy()
    moved.weights[layer][i, j] += eps
    real = moved.loss(x, target) - net.loss(x, target)
    predicted = Case((), grad * eps, {
        _("your prediction is ∂E/∂w itself: multiply it by ε"): grad,
        _("your prediction has the wrong sign: E changes by +∂E/∂w·ε when w grows by ε"):
            -grad * eps,
    })
    actual = Case((), real, {
        _("your real change is E(w) − E(w + ε): subtract the old loss from the new one"): -real})
    return predicted, actual


def check_my_nudge(fn) -> Feedback:
    """(∂E/∂w·ε, E(w + ε) − E(w)) for weights[layer][i, j], on deck 002's net and on another."""
    for n, (args, label) in enumerate(_nudge_cases()):
        net, rest = args[0], args[1:]
        original = [W.copy() for W in net.weights]
        result, fb = attempt(fn, net, *copy.deepcopy(rest), what="`my_nudge`")
        if fb is not None:
            return fb
        if any(not np.array_equal(a, b) for a, b in zip(original, net.weights)):
            return Feedback(False, _("your function changed the net it was given: nudge a copy "
                                     "(net.copy()) so the learner's net stays as it was"))
        pair = parts(result, 2)
        if pair is None:
            return Feedback(False, _("`my_nudge` should return two numbers (predicted, actual); "
                                     "got {result!r}", result=result))
        predicted, actual = _nudge_parts(net, *rest)
        layer, i, j, eps = rest[2:]
        msgs = [verdict(part, case, what=what, read=reader((), what), miss=m)
                for part, case, what, m in zip(pair, (predicted, actual),
                                               (_("your prediction"), _("your real change")),
                                               (_miss_predicted, _miss_actual))]
        wrong = [m for m, _ok in msgs if m is not None]
        if wrong:
            where = "" if n == 0 else _("right on deck 002's net, but not on {label} (layer "
                                        "{layer}, i = {i}, j = {j}, ε = {eps:g}): ", label=label,
                                        layer=layer, i=i, j=j, eps=eps)
            return Feedback(False, where + "; ".join(wrong))
        if n == 0:
            p, a = float(predicted.expected), float(actual.expected)
    rel = abs(p - a) / max(abs(p), abs(a))
    return Feedback(True, _("Right: ∂E/∂w·ε = {p:.6e} and the real change {a:.6e} agree to a "
                            "relative error of {rel:.1e}", p=p, a=a, rel=rel))


def _miss_predicted(case: Case, a) -> str:
    return _("your prediction {a:.6e} is not ∂E/∂w·ε = {want:.6e}: take ∂E/∂w from "
             "net.gradients(x, target)[0][layer][i, j]", a=float(a), want=float(case.expected))


def _miss_actual(case: Case, a) -> str:
    return _("your real change {a:.6e} is not E(w + ε) − E(w) = {want:.6e}", a=float(a),
             want=float(case.expected))


CHECKS = {
    "best_weight": check_best_weight,
    "predicted_sign": check_predicted_sign,
    "my_nudge": check_my_nudge,
}

"""Checks for the exercises of ``08_explorer.ipynb`` (the explorer; deck 002's net, deck 003's δ).

1. ``best_weight()``: which parameter of deck 002's net, raised by 1, lowers E the most?
2. ``predicted_sign(out, target)``: the sign of ∂E/∂w'_jk before the nudge test.
3. ``my_nudge(net, x, target, layer, i, j, eps)``: the nudge test with bpkit calls.
4. ``hidden_delta_signs(delta_O, W_HO, out_H)``: the signs of the hidden δ, reasoned from the
   signs and sizes of δ_O and w' (after w'₁₁ = 10 and on other nets).

``PREDICTIONS`` (predict, then reveal): ``delta_O1_after`` and ``hidden_negatives`` (section 3,
w'₁₁ = 10), ``ce_delta_O1`` (section 4, cross-entropy), ``nudge_E`` (section 6, the nudge test).
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import partial

import numpy as np

from ..i18n import _
from ..lab import explorer_state as es
from ..lessons.examples import deck002
from ..mlp import MLP
from ._compare import close, parts, show, to_array
from ._feedback import Case, Feedback, attempt, reader, verdict
from ._predict import Choice, Number, ask


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
        return Feedback(False, _("Not yet: return the parameter's name as text, e.g. \"w'_11\"; "
                                 "got {kind} {result!r}", kind=type(result).__name__,
                                 result=result))
    state = es.new_state()
    refs = es.param_refs(state.net)
    by_name = {_normalise(r.label()): r for r in refs}
    if _normalise(result) not in by_name:
        return Feedback(False, _("Not yet: {result!r} is not a parameter of deck 002's net; write "
                                 "a name as the explorer's weight menu shows it, e.g. \"w'_11\", "
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
        return Feedback(False, _("Not yet: raising {name} by 1 makes E larger ({E0:.4f} → "
                                 "{E1:.4f}): its "
                                 "∂E/∂w = {grad:.4f} is positive, so E falls when it goes DOWN. "
                                 "Look for the most negative ∂E/∂w", name=ref.label(),
                                 E0=state.E, E1=E_new, grad=grad))
    return Feedback(False, _("Not yet: raising {name} lowers E ({E0:.4f} → {E1:.4f}), but another "
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
            return Feedback(False, _("Not yet: `predicted_sign` should return +1 or −1 (only the "
                                     "sign); got {a:.4g} for out = {out:.4f}, target = {t:.2f}",
                                     a=float(a), out=out, t=t))
        answers.append(sign)
    right = [s for _out, _t, s, _loss in cases]
    if answers == right:
        return Feedback(True, _("Right: all {n} signs right (MSE and cross-entropy): "
                                "∂E/∂w'_jk = δ_k · out_Hj with out_Hj > 0, and δ_k has the sign "
                                "of out_k − target_k", n=len(cases)))
    if answers == [-s for s in right]:
        return Feedback(False, _("Not yet: every sign is reversed: ∂E/∂out = out − target (not "
                                 "target − out), so an output above its target gives a POSITIVE "
                                 "gradient"))
    if len(set(answers)) == 1:
        return Feedback(False, _("Not yet: you always answer {a:+d}; the sign depends on whether "
                                 "out_k is above or below target_k", a=answers[0]))
    bad = [(o, t, s) for (o, t, s, _loss), a in zip(cases, answers) if a != s]
    o, t, s = bad[0]
    return Feedback(False, _("Not yet: {bad} of {n} signs are wrong, e.g. out = {o:.4f}, target = "
                             "{t:.2f}: bpkit's ∂E/∂w' has sign {s:+d}", bad=len(bad), n=len(cases),
                             o=o, t=t, s=s))


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
        _("Not yet: your prediction is ∂E/∂w itself: multiply it by ε"): grad,
        _("Not yet: your prediction has the wrong sign: E changes by +∂E/∂w·ε when w grows by ε"):
            -grad * eps,
    })
    actual = Case((), real, {
        _("Not yet: your real change is E(w) − E(w + ε): subtract the old loss from the new "
          "one"): -real})
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
            return Feedback(False, _("Not yet: your function changed the net it was given: nudge "
                                     "a copy (net.copy()) so the learner's net stays as it was"))
        pair = parts(result, 2)
        if pair is None:
            return Feedback(False, _("Not yet: `my_nudge` should return two numbers (predicted, "
                                     "actual); got {result!r}", result=result))
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


# ---- exercise 4: the signs of the hidden δ ------------------------------------------------------
@dataclass
class _SignCase:
    """One input of ``hidden_delta_signs``: δ_O (n_out,), W_HO (n_hidden, n_out), out_H
    (n_hidden,), and the signs of bpkit's δ_H (n_hidden,)."""

    delta_O: np.ndarray
    W_HO: np.ndarray
    out_H: np.ndarray
    right: np.ndarray
    label: str


def _after_w11(value: float):
    """The explorer's state for deck 002's net with w'₁₁ set to ``value``."""
    state = es.new_state()
    es.change_param(state, es.ParamRef("W", 1, 0, 0), value)
    return state


def _hidden_sign_cases() -> list[_SignCase]:
    """Deck 002's net after w'₁₁ = 10 (section 3) and after w'₁₁ = −6, then a 3-5-3 and a
    2-3-2 sigmoid net on a seeded sample, where some out_H lie below 0.5 and the first output
    alone gives other signs; every δ_H by bpkit's backward pass."""
    records = []
    for value in (10.0, -6.0):
        state = _after_w11(value)
        records.append((state.fwd, state.bwd, state.net,
                        _("deck 002's net after w'₁₁ = {value:g}", value=value)))
    for sizes, seed in (([3, 5, 3], 19), ([2, 3, 2], 8)):
        net = MLP(sizes, activation="sigmoid", loss="mse", bias="shared", seed=seed)
        rng = np.random.default_rng(seed)
        x, t = rng.uniform(-2, 2, sizes[0]), rng.uniform(0, 1, sizes[-1])
        fwd = net.forward(x)
        records.append((fwd, net.backward(fwd, t), net,
                        _("a {sizes} net", sizes="-".join(map(str, sizes)))))
    return [_SignCase(bwd.deltas[1][0].copy(), net.weights[1].copy(), fwd.outs[0][0].copy(),
                      np.sign(bwd.deltas[0][0]), label) for fwd, bwd, net, label in records]


def _sign_mistakes() -> list:
    """[(hint, signs the mistake gives for a case)], tried in order."""
    def right(c):
        return c.right
    return [
        (_("you counted only the first output, δ_O1·w'_j1: δ_Hj collects Σ_k δ_Ok·w'_jk over "
           "EVERY output unit. After w'₁₁ = 10, δ_O1 is so small that δ_O2·w'_j2 wins"),
         lambda c: np.sign(c.W_HO[:, 0] * c.delta_O[0])),
        (_("every sign is reversed: δ_Hj = (Σ_k δ_Ok·w'_jk)·out_Hj(1 − out_Hj) has no minus; "
           "δ_O already carries the sign of out − target"),
         lambda c: -right(c)),
        (_("σ'(net_Hj) = out_Hj(1 − out_Hj) is positive for every sigmoid unit (0 < out < 1): it "
           "scales δ_Hj but never flips its sign, so out_H does not decide any sign"),
         lambda c: right(c) * np.sign(c.out_H - 0.5)),
        (_("σ'(net_Hj) = out_Hj(1 − out_Hj) is positive for every sigmoid unit (0 < out < 1): it "
           "scales δ_Hj but never flips its sign, so out_H does not decide any sign"),
         lambda c: right(c) * np.sign(0.5 - c.out_H)),
        (_("you counted signs only: the SIZES decide. Compare |δ_O1·w'_j1| with |δ_O2·w'_j2| — "
           "after w'₁₁ = 10, even 10·δ_O1 is smaller than w'_12·|δ_O2|"),
         lambda c: np.sign(np.sign(c.W_HO) @ np.sign(c.delta_O))),
    ]


def _signs_text(signs) -> str:
    return " ".join("+" if s > 0 else "−" if s < 0 else "0" for s in np.ravel(signs))


def check_hidden_delta_signs(fn) -> Feedback:
    """The signs (+1/−1 per hidden unit, shape (n_hidden,)) of δ_H for a sigmoid hidden layer,
    given δ_O (n_out,), W_HO (n_hidden, n_out) and out_H (n_hidden,), on four cases."""
    cases = _hidden_sign_cases()
    got = []
    for case in cases:
        result, fb = attempt(fn, case.delta_O.copy(), case.W_HO.copy(), case.out_H.copy(),
                             what="`hidden_delta_signs`")
        if fb is not None:
            return fb
        a, why = to_array(result, case.right.shape, what=_("your signs"))
        if a is None:
            return Feedback(False, _("Not yet: {why} on {label}: return one sign, +1 or −1, per "
                                     "hidden unit", why=why, label=case.label))
        if not all(any(close(v, s) for s in (-1, 0, 1)) for v in a):
            return Feedback(False, _("Not yet: return only the signs, +1 or −1 per hidden unit "
                                     "(np.sign of what decides them); on {label} you return "
                                     "{got}", label=case.label, got=show(a)))
        got.append(np.rint(a.astype(np.float64)))
    wrong = [n for n, (g, c) in enumerate(zip(got, cases)) if not np.array_equal(g, c.right)]
    if not wrong:
        return Feedback(True, _("Right: all {n} cases. σ'(net_H) > 0 never flips a sign, so δ_Hj "
                                "has the sign of Σ_k δ_Ok·w'_jk: weigh each output's δ by its "
                                "w', sizes included", n=len(cases)))
    for hint, mistake in _sign_mistakes():
        if all(np.array_equal(g, mistake(c)) for g, c in zip(got, cases)):
            return Feedback(False, _("Not yet: {hint}", hint=hint))
    n = wrong[0]
    message = _("on {label} you return {got}; bpkit's δ_H has the signs {right}. For each "
                "hidden unit j, weigh δ_O1·w'_j1 against δ_O2·w'_j2 (and any further outputs)",
                label=cases[n].label, got=_signs_text(got[n]), right=_signs_text(cases[n].right))
    if n > 0:
        message = _("right on {first}, but {message}. Does your function use every argument, "
                    "with no signs typed in?", first=cases[0].label, message=message)
    return Feedback(False, _("Not yet: {message}", message=message))


CHECKS = {
    "best_weight": check_best_weight,
    "predicted_sign": check_predicted_sign,
    "my_nudge": check_my_nudge,
    "hidden_delta_signs": check_hidden_delta_signs,
}


# ---- predict, then reveal -----------------------------------------------------------------------
def _w11_numbers() -> dict:
    """Deck 002's output δ and σ' before and after w'₁₁ = 10, and the two terms of δ_H1."""
    before, after = es.new_state(), _after_w11(10.0)
    out0, out1 = before.fwd.output[0, 0], after.fwd.output[0, 0]
    d0, d1 = before.bwd.deltas[1][0], after.bwd.deltas[1][0]
    W = after.net.weights[1]
    return {"s0": out0 * (1 - out0), "s1": out1 * (1 - out1), "d0": d0[0], "d1": d1[0],
            "d2": d1[1], "ratio": d0[0] / d1[0], "a": W[0, 0] * d1[0],
            "b": abs(W[0, 1] * d1[1]), "w12": W[0, 1],
            "negatives": int(np.sum(after.bwd.deltas[0][0] < 0)),
            "out1": out1, "t1": after.target[0]}


def _delta_O1_after() -> Choice:
    v = _w11_numbers()
    return Choice("smaller", {
        "larger": _("out_O1 moves further from its target, but δ_O1 = (out − t)·out(1 − out), "
                    "and out(1 − out) collapses from {s0:.3f} to {s1:.5f} as out_O1 → 1", **v),
        "smaller": _("out(1 − out) collapses from {s0:.3f} to {s1:.5f} as out_O1 → 1 "
                     "(saturation), so δ_O1 shrinks {ratio:.0f}×, from {d0:.4f} to {d1:.2e}",
                     **v),
        "flips": _("δ_O1 has the sign of out_O1 − target₁, and out_O1 stays above its target: "
                   "δ_O1 stays positive, but out(1 − out) collapses from {s0:.3f} to {s1:.5f}",
                   **v),
    })


def _hidden_negatives() -> Choice:
    v = _w11_numbers()
    wrong = _("count unit by unit: δ_Hj has the sign of δ_O1·w'_j1 + δ_O2·w'_j2 (σ' > 0), with "
              "δ_O1 = {d1:.2e} and δ_O2 = {d2:.2e}", **v)
    return Choice("4", {
        "0": _("that is what δ_O1·w'_j1 alone gives, or δ_O1 at its old size: δ_Hj has the sign "
               "of δ_O1·w'_j1 + δ_O2·w'_j2, and δ_O1 = {d1:.2e} is now far smaller than "
               "|δ_O2| = {d2:.2e}", d1=v["d1"], d2=abs(v["d2"])),
        "1": wrong, "2": wrong,
        "3": _("units 2–4 turn negative, and unit 1 too: 10·δ_O1 = {a:.2e} is smaller than "
               "w'_12·|δ_O2| = {b:.2e}", **v),
        "4": _("in every unit δ_O2·w'_j2 < 0 outweighs δ_O1·w'_j1, even in unit 1: 10·δ_O1 = "
               "{a:.2e} < w'_12·|δ_O2| = {b:.2e}; σ' > 0 never changes a sign", **v),
    })


def _ce_delta_O1() -> Number:
    v = _w11_numbers()
    with_sigma = (v["out1"] - v["t1"]) * v["s1"]
    return Number(float(v["out1"] - v["t1"]), mistakes={
        _("you kept the factor out(1 − out): with cross-entropy it cancels, δ_O1 = out_O1 − "
          "target₁"): float(with_sigma),
        _("the sign is flipped: δ_O1 = out_O1 − target₁, not target₁ − out_O1"):
            float(v["t1"] - v["out1"]),
    })


def _nudge_E() -> Choice:
    state = es.new_state()
    grad = es.grad_of(state.bwd, es.ParamRef("W", 1, 0, 0))
    return Choice("up", {
        "up": _("∂E/∂w'₁₁ = δ_O1·out_H1 = {g:.4f} > 0: δ_O1 > 0 (out_O1 is above its target) "
                "and out_H1 > 0, so E grows with w'₁₁", g=grad),
        "down": _("E falls when w'₁₁ is raised only if ∂E/∂w'₁₁ < 0; here ∂E/∂w'₁₁ = δ_O1·out_H1 "
                  "with δ_O1 > 0 (out_O1 is above its target) and out_H1 > 0"),
        "same": _("E stays put only where ∂E/∂w'₁₁ = 0; here ∂E/∂w'₁₁ = δ_O1·out_H1 with "
                  "δ_O1 > 0 and out_H1 > 0"),
    })


PREDICTIONS = {
    "delta_O1_after": _delta_O1_after,
    "hidden_negatives": _hidden_negatives,
    "ce_delta_O1": _ce_delta_O1,
    "nudge_E": _nudge_E,
}
predict = partial(ask, PREDICTIONS)

"""The nb08 checks: typical mistakes get the specific message (solutions and stubs:
test_solutions.py)."""
import numpy as np
import pytest
from _solutions import load_solution

from bpkit.exercises import nb08 as ex
from bpkit.lab import explorer_state as es

solutions = load_solution("nb08")


def test_best_weight_is_independent_of_the_solution_file():
    # brute force with plain MLP calls, not explorer_state.best_weight_raise
    from bpkit.lessons.examples import deck002
    net, x, t, _ = deck002()
    E = {}
    for l in range(2):
        for (i, j), _ in np.ndenumerate(net.weights[l]):
            m = net.copy()
            m.weights[l][i, j] += 1.0
            E[("W", l, i, j)] = m.loss(x, t)
    assert min(E, key=E.get) == ("W", 1, 3, 1)          # w'_42
    assert ex.check_best_weight(lambda: "w’42").passed is True     # spelling variants


def test_best_weight_with_positive_gradient():
    fb = ex.check_best_weight(lambda: "b2")
    assert fb.passed is False and "makes E larger" in fb.message and "most negative" in fb.message


def test_best_weight_second_best():
    fb = ex.check_best_weight(lambda: "w'_32")
    assert fb.passed is False and "another parameter lowers it more" in fb.message


def test_best_weight_unknown_name():
    fb = ex.check_best_weight(lambda: "w_99")
    assert fb.passed is False and "not a parameter" in fb.message


def test_sign_reversed():
    fb = ex.check_predicted_sign(lambda out, t: int(np.sign(t - out)))
    assert fb.passed is False and "reversed" in fb.message


def test_sign_constant():
    fb = ex.check_predicted_sign(lambda out, t: 1)
    assert fb.passed is False and "always answer +1" in fb.message


def test_sign_cases_cover_both_signs_and_losses():
    cases = ex._sign_cases()
    assert {s for *_, s, _ in cases} == {1, -1}
    assert {loss for *_, loss in cases} == {"mse", "bce"}


def test_nudge_without_eps():
    def wrong(net, x, t, layer, i, j, eps):
        p, a = solutions.my_nudge(net, x, t, layer, i, j, eps)
        return p / eps, a
    fb = ex.check_my_nudge(wrong)
    assert fb.passed is False and "multiply it by ε" in fb.message


def test_nudge_reversed_difference():
    def wrong(net, x, t, layer, i, j, eps):
        p, a = solutions.my_nudge(net, x, t, layer, i, j, eps)
        return p, -a
    fb = ex.check_my_nudge(wrong)
    assert fb.passed is False and "subtract the old loss from the new one" in fb.message


def test_nudge_that_mutates_the_net():
    def wrong(net, x, t, layer, i, j, eps):
        dW, _ = net.gradients(x, t)
        E0 = net.loss(x, t)
        net.weights[layer][i, j] += eps
        return dW[layer][i, j] * eps, net.loss(x, t) - E0
    fb = ex.check_my_nudge(wrong)
    assert fb.passed is False and "net.copy()" in fb.message


def test_nudge_matches_explorer_state():
    state = es.new_state()
    ref = es.ParamRef("W", 0, 1, 2)
    n = es.nudge_test(state, ref, 1e-4)
    from bpkit.lessons.examples import deck002
    net, x, t, _ = deck002()
    p, a = solutions.my_nudge(net, x, t, 0, 1, 2, 1e-4)
    assert p == pytest.approx(n.predicted, rel=1e-12) and a == pytest.approx(n.actual, rel=1e-9)


def _nudge_by_hand(net, x, target, layer, i, j, eps):
    dW, _db = net.gradients(x, target)
    moved = net.copy()
    moved.weights[layer][i, j] += eps
    return dW[layer][i, j] * eps, moved.loss(x, target) - net.loss(x, target)


KOREAN_CASES = [
    (ex.check_best_weight, lambda: 3), (ex.check_best_weight, lambda: "zz"),
    (ex.check_best_weight, lambda: "w'_11"), (ex.check_best_weight, solutions.best_weight),
    (ex.check_predicted_sign, lambda out, t: 1), (ex.check_predicted_sign, lambda out, t: 0.5),
    (ex.check_predicted_sign, lambda out, t: 1 if out < t else -1),
    (ex.check_predicted_sign, solutions.predicted_sign),
    (ex.check_my_nudge, _nudge_by_hand),
    (ex.check_my_nudge, lambda *a: (_nudge_by_hand(*a)[0] / a[-1], _nudge_by_hand(*a)[1])),
    (ex.check_my_nudge, lambda *a: (_nudge_by_hand(*a)[0], -_nudge_by_hand(*a)[1])),
    (ex.check_my_nudge, lambda *a: _nudge_by_hand(*a[:3], 0, 1, 2, 1e-4)),
    (ex.check_my_nudge, lambda *a: 1.0),
]


@pytest.mark.parametrize("case", range(len(KOREAN_CASES)))
def test_feedback_in_korean(case):
    import re

    import bpkit as bp
    check, fn = KOREAN_CASES[case]
    try:
        bp.set_language("ko")
        message = check(fn).message
    finally:
        bp.set_language("en")
    # code names, symbols and the learner's own value may stay; no English sentence may
    text = re.sub(r"`[^`]*`|'[^']*'|\"[^\"]*\"|net\.\w+\([^)]*\)(\[[^]]*\])*", " ", message)
    words = set(re.findall(r"[A-Za-z]{3,}", text)) - {"out", "target", "layer", "int", "net"}
    assert re.search("[가-힣]", message) and not words, message


# ---- exercise 4 and the predictions -------------------------------------------------------------
def test_hidden_sign_cases_tell_every_mistake_apart():
    """Each named mistake gives other signs than bpkit's in some case, no two mistakes give the
    same signs everywhere (so the hint fits), a hard-coded first answer fails, and no δ_H is so
    close to 0 that its sign is fragile."""
    cases = ex._hidden_sign_cases()
    signs = [[mistake(c) for c in cases] for _hint, mistake in ex._sign_mistakes()]
    for s in signs:
        assert any(not np.array_equal(a, c.right) for a, c in zip(s, cases))
    hints = [hint for hint, _m in ex._sign_mistakes()]
    for i in range(len(signs)):
        for j in range(i):
            same = all(np.array_equal(a, b) for a, b in zip(signs[i], signs[j]))
            assert not same or hints[i] == hints[j]
    assert any(c.right.shape != cases[0].right.shape or not np.array_equal(c.right, cases[0].right)
               for c in cases[1:])
    for c in cases:
        s = c.W_HO @ c.delta_O
        assert np.abs(s).min() > 1e-3 * np.abs(s).max()
        assert np.array_equal(np.sign(s), c.right)


@pytest.mark.parametrize("fn, words", [
    (lambda d, W, o: np.sign(W[:, 0] * d[0]), "only the first output"),
    (lambda d, W, o: -np.sign(W @ d), "every sign is reversed"),
    (lambda d, W, o: np.sign((W @ d) * (o - 0.5)), "never flips its sign"),
    (lambda d, W, o: np.sign(np.sign(W) @ np.sign(d)), "the SIZES decide"),
    (lambda d, W, o: W @ d, "only the signs"),
    (lambda d, W, o: [-1, -1, -1, -1], "one sign"),
])
def test_hidden_delta_signs_names_the_mistake(fn, words):
    fb = ex.check_hidden_delta_signs(fn)
    assert fb.passed is False and words in fb.message, fb.message


def test_w11_predictions_follow_bpkit():
    v = ex._w11_numbers()
    assert v["negatives"] == 4 and 0 < v["a"] < v["b"] and v["d1"] > 0 > v["d2"]
    assert v["ratio"] > 100 and v["s1"] < v["s0"]
    state = es.new_state()
    assert es.grad_of(state.bwd, es.ParamRef("W", 1, 0, 0)) > 0      # nudge_E: "up"
    assert solutions.PREDICTIONS["hidden_negatives"] == v["negatives"]

"""Exercises of notebook 02: typical mistakes get the specific hint (solutions and stubs:
test_solutions.py)."""
import pytest

import bpkit as bp
from bpkit.exercises import nb02 as ex


@pytest.mark.parametrize("wrong, phrase", [
    (lambda x, w1, w2: (w1 * x, w2 * x), "swapped"),
    (lambda x, w1, w2: (x, w1 * x), "only the local derivative"),
    (lambda x, w1, w2: (w2 * x, w2), "not w₂"),
    (lambda x, w1, w2: w1 * w2, "two numbers"),
])
def test_weight_grad_mistakes(wrong, phrase):
    fb = ex.check_my_weight_grads(wrong)
    assert fb.passed is False
    assert phrase in fb.message


def _s(u):
    return bp.sigmoid(u)


@pytest.mark.parametrize("wrong, phrase", [
    (lambda x, w, b: _s(w * x + b) * (1 - _s(w * x + b)), "inner one is missing"),
    (lambda x, w, b: _s(x) * (1 - _s(x)) * w, "not at x"),
    (lambda x, w, b: _s(w * x + b) * (1 - _s(w * x + b)) * x, "not x"),
    (lambda x, w, b: _s(w * x + b) * (1 + _s(w * x + b)) * w, "with a minus"),
])
def test_sigmoid_chain_mistakes(wrong, phrase):
    fb = ex.check_my_sigmoid_chain(wrong)
    assert fb.passed is False
    assert phrase in fb.message


@pytest.fixture
def korean():
    import bpkit.i18n as i18n
    i18n.set_language("ko")
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("name", sorted(ex.CHECKS))
def test_three_states_in_korean(korean, name):
    """The Korean edition: ⏳ for the stub, ✅ for the reference solution, ❌ with a Korean hint
    for an answer that is a typed-in number; no English word left."""
    from _solutions import load_solution

    def stub(*args):
        raise NotImplementedError

    check = ex.CHECKS[name]
    waiting = check(stub)
    right = check(getattr(load_solution("nb02"), name))
    wrong = check(lambda *args: 0.123)
    assert waiting.passed is None and waiting.message.startswith("아직 풀지 않음: ")
    assert right.passed is True and right.message.startswith("정답입니다: ")
    assert wrong.passed is False and wrong.message
    for fb in (waiting, right, wrong):
        assert not any(word in fb.message for word in ("Not yet", "Right", "your answer", " the "))

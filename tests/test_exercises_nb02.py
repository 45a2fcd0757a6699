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

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


_NAMES = ("x", "w1", "w2")


def _partials(x, w1, w2):
    return {"x": w1 * w2, "w1": w2 * x, "w2": w1 * x}


@pytest.mark.parametrize("wrong, phrase", [
    (lambda x, w1, w2: _NAMES[abs_argmax([x, w1, w2])], "LARGEST factor"),
    (lambda x, w1, w2: max(_NAMES, key=lambda n: _partials(x, w1, w2)[n]), "signed number"),
    (lambda x, w1, w2: min(zip((x, w1, w2), _NAMES))[1], "most negative factor"),
    (lambda x, w1, w2: "x", "every time"),
    (lambda x, w1, w2: 0, "as text"),
    (lambda x, w1, w2: "z", "is not one of"),
])
def test_most_sensitive_mistakes(wrong, phrase):
    fb = ex.check_most_sensitive(wrong)
    assert fb.passed is False
    assert phrase in fb.message


def abs_argmax(values):
    return max(range(len(values)), key=lambda i: abs(values[i]))


@pytest.mark.parametrize("name, answer, phrase", [
    ("f_prime_2", 75, "inner derivative is missing"),
    ("f_prime_2", 48, "not at g(x)"),
    ("dz_dw1", 3, "∂z/∂w₂ = y"),
    ("dz_dw1", 6, "dz/dx"),
    ("delta_z_both", 1.2, "first-order prediction"),
    ("delta_z_both", 0.6, "ONE weight"),
])
def test_prediction_mistakes(name, answer, phrase):
    fb = ex.predict(name, answer)
    assert fb.passed is False and phrase in fb.message

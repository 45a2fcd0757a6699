"""The checks of notebook 03's exercises: typical mistakes (the slide's own typo among them)
get their specific message (solutions and stubs: test_solutions.py)."""
import numpy as np
import pytest
import sympy as sp

from bpkit.activations import sigmoid
from bpkit.exercises import nb03 as ex


@pytest.mark.parametrize("wrong, message", [
    (lambda y, t: -t / y + (1 - t) / y, "divides the second term by y; it must be 1 − y"),
    (lambda y, t: t / y - (1 - t) / (1 - y), "sign is flipped"),
    (lambda y, t: -t / y - (1 - t) / (1 - y), "second term has the wrong sign"),
    (lambda y, t: -t / y, "only the first term"),
    (lambda y, t: y - t, "that is ∂E/∂s"),
    (lambda y, t: (y - t) / y, "misses the factor (1 − y)"),
    (lambda y, t: y * 0 + 1.0, "not ∂E/∂y yet"),
    (lambda y, t: np.zeros(3), "shape"),
])
def test_dE_dy_mistakes_are_named(wrong, message):
    fb = ex.check_my_dE_dy(wrong)
    assert fb.passed is False and message in fb.message


@pytest.mark.parametrize("wrong, message", [
    (lambda o, t: o - t, "misses the factor out(1 − out)"),
    (lambda o, t: (t - o) * o * (1 - o), "sign is flipped"),
    (lambda o, t: (o - t) * sigmoid(o) * (1 - sigmoid(o)), "you applied σ' to out"),
    (lambda o, t: 2 * (o - t) * o * (1 - o), "factor 2"),
    (lambda o, t: (o - t) * o, "(1 − out)"),
    (lambda o, t: o * (1 - o), "multiply by ∂E/∂out"),
    (lambda o, t: (o - t) * (1 - o) ** 2, "not δ_O yet"),
])
def test_mse_delta_mistakes_are_named(wrong, message):
    fb = ex.check_my_mse_delta(wrong)
    assert fb.passed is False and message in fb.message


@pytest.mark.parametrize("wrong, message", [
    (lambda y: y * (1 - y), "σ's derivative"),
    (lambda y: 1 + y**2, "sign is flipped"),
    (lambda y: 1 - y, "square is missing"),
    (lambda y: sp.Integer(1), "does not depend on y"),
    (lambda y: 1 - sp.tanh(sp.Symbol("x")) ** 2, "with y only"),
    (lambda y: 1 - y**3, "tanh' there is 0.75"),
    (lambda y: 1 / 0, "ZeroDivisionError"),
])
def test_tanh_mistakes_are_named(wrong, message):
    fb = ex.check_my_tanh_derivative(wrong)
    assert fb.passed is False and message in fb.message


def test_equivalent_forms_pass():
    assert ex.check_my_dE_dy(lambda y, t: (y - t) / (y * (1 - y))).passed is True
    assert ex.check_my_tanh_derivative(lambda y: (1 - y) * (1 + y)).passed is True


# ---- exercise 4: the signs of the hidden δ -------------------------------------------------
@pytest.mark.parametrize("wrong, message", [
    (lambda e, W: np.sign(e[0] * W[:, 0]), "only the first output's term"),
    (lambda e, W: -np.sign(W @ e), "every sign is flipped"),
    (lambda e, W: np.sign(np.sign(W) @ np.sign(e)), "you counted signs"),
    (lambda e, W: np.sign(W.sum(axis=1)), "the weights alone"),
    (lambda e, W: np.full(len(W), np.sign(e.sum())), "the errors alone"),
    (lambda e, W: W @ e, "only signs"),
    (lambda e, W: np.ones(len(W)), "hidden unit j ="),
    (lambda e, W: ["up"] * len(W), "+1 or −1 for each hidden unit"),
])
def test_hidden_delta_sign_mistakes_are_named(wrong, message):
    fb = ex.check_hidden_delta_signs(wrong)
    assert fb.passed is False and message in fb.message


def test_hidden_delta_sign_cases_need_reasoning():
    """Every case is bpkit's, far from a tie, and some hidden unit of every net has terms of
    both signs (the magnitudes decide); the nets differ in size (a typed-in answer fails), and
    on the first net every named mistake gives its own wrong signs (so each gets its hint)."""
    cases = ex._sign_cases()
    assert len({c.args[1].shape for c in cases}) == len(cases) >= 4
    for case in cases:
        errors, W = case.args
        sums = W @ errors
        assert np.array_equal(np.sign(sums), case.expected) and np.abs(sums).min() > 0.05
        terms = errors * W
        assert any(t.min() < 0 < t.max() for t in terms)
    first = cases[0]
    answers = [tuple(first.expected)] + [tuple(v) for v in first.mistakes.values()]
    assert len(set(answers)) == len(answers)

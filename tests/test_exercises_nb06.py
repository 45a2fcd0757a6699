"""The checks of notebook 06's exercises: typical mistakes get their specific message
(solutions and stubs: test_solutions.py)."""
import pytest

from bpkit.exercises import nb06 as ex


def _g(A):
    return A * (1 - A)


@pytest.mark.parametrize("wrong, phrase", [
    (lambda A2, Y, Z2: A2 - Y, "missing g'(Z^[2])"),
    (lambda A2, Y, Z2: (Y - A2) * _g(A2), "wrong sign"),
    (lambda A2, Y, Z2: (A2 - Y) * Z2 * (1 - Z2), "in terms of A, not Z"),
    (lambda A2, Y, Z2: (A2 - Y) @ _g(A2).T, "elementwise"),
    (lambda A2, Y, Z2: (A2 - Y) * _g(A2) / A2.shape[1], "divided by m"),
])
def test_dZ2_mistakes(wrong, phrase):
    fb = ex.check_my_dZ2(wrong)
    assert fb.passed is False
    assert phrase in fb.message


@pytest.mark.parametrize("wrong, phrase", [
    (lambda dZ, A: dZ @ A, "multiplied by A, not Aᵀ"),
    (lambda dZ, A: A @ dZ.T, "ΔWᵀ"),
    (lambda dZ, A: dZ @ A.T / dZ.shape[1], "divided by m"),
    (lambda dZ, A: -(dZ @ A.T), "wrong sign"),
    (lambda dZ, A: dZ.T @ dZ, "shape (m, …)"),
])
def test_dW_mistakes(wrong, phrase):
    fb = ex.check_my_dW(wrong)
    assert fb.passed is False
    assert phrase in fb.message


@pytest.mark.parametrize("wrong, phrase", [
    (lambda W, A1, A2, Y, lr: W + ((A2 - Y) * _g(A2)) @ A1.T, "climbs the loss"),
    (lambda W, A1, A2, Y, lr: W + lr * ((A2 - Y) * _g(A2)) @ A1.T, "climbs the loss"),
    (lambda W, A1, A2, Y, lr: W - ((A2 - Y) * _g(A2)) @ A1.T, "α is missing"),
    (lambda W, A1, A2, Y, lr: W - lr * (A2 - Y) @ A1.T, "missing g'(Z^[2])"),
    (lambda W, A1, A2, Y, lr: -lr * ((A2 - Y) * _g(A2)) @ A1.T, "returned the step"),
])
def test_update_mistakes(wrong, phrase):
    fb = ex.check_my_update(wrong)
    assert fb.passed is False
    assert phrase in fb.message


def test_climbing_update_reports_a_rising_loss():
    fb = ex.check_my_update(lambda W, A1, A2, Y, lr: W + lr * ((A2 - Y) * _g(A2)) @ A1.T)
    before, after = (float(s) for s in
                     fb.message.split("E went from ")[1].split(")")[0].split(" to "))
    assert after > before




def test_feedback_speaks_korean_with_the_same_numbers():
    import re

    import bpkit as bp

    def climbing(W, A1, A2, Y, lr):        # + with E = A − Y: the loss goes up
        return W + lr * ((A2 - Y) * _g(A2)) @ A1.T

    english = ex.check_my_update(climbing).message
    try:
        bp.set_language("ko")
        korean = ex.check_my_update(climbing).message
    finally:
        bp.set_language("en")
    assert "손실이 올라갑니다" in korean
    number = re.compile(r"\d+\.\d+")
    assert number.findall(korean) == number.findall(english)

"""Exercises of notebook 04: typical wrong answers get their specific hint (solutions and
stubs: test_solutions.py)."""
import importlib.util
from pathlib import Path

import numpy as np
import pytest

from bpkit.exercises import nb04 as ex
from bpkit.lessons.examples import deck002

SOLUTIONS = Path(__file__).resolve().parents[1] / "notebooks" / "solutions" / "nb04.py"


def _load_solutions():
    spec = importlib.util.spec_from_file_location("solutions_nb04", SOLUTIONS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sol = _load_solutions()
_net, _x, _t, _ = deck002()
DECK_DELTA_O = sol.delta_output(_net.predict(_x), _t)   # right on deck 002 only


def test_checks_cover_the_notebook_stubs():
    assert set(ex.CHECKS) == {"delta_output", "delta_hidden", "grad_b1", "zero_gradients"}


@pytest.mark.parametrize("wrong, hint", [
    (lambda out, t: out - t, "misses the factor out_O(1 − out_O)"),
    (lambda out, t: (t - out) * out * (1 - out), "Sign flipped"),
    (lambda out, t: (out - t) * out, "Only half of σ'"),
    (lambda out, t: (out - t) * (1 - out), "Only half of σ'"),
    (lambda out, t: (out - t) / (1 + np.exp(-out)) * (1 - 1 / (1 + np.exp(-out))),
     "applied the sigmoid again"),
    (lambda out, t: DECK_DELTA_O.copy(), "second, random example"),  # hard-coded answer
    (lambda out, t: (out - t)[:1], "has shape (1,), expected (2,)"),
])
def test_delta_output_mistakes(wrong, hint):
    fb = ex.check_delta_output(wrong)
    assert fb.passed is False and hint in fb.message, fb.message


def test_delta_hidden_mistakes():
    fb = ex.check_delta_hidden(lambda d, W, out: d @ W * out * (1 - out))   # W_HO, not W_HOᵀ
    assert fb.passed is False and "instead of its transpose" in fb.message, fb.message
    fb = ex.check_delta_hidden(lambda d, W, out: d @ W.T)
    assert fb.passed is False and "Missing out_H(1 − out_H)" in fb.message
    fb = ex.check_delta_hidden(lambda d, W, out: d.sum() * out * (1 - out))
    assert fb.passed is False and "its own weight" in fb.message
    fb = ex.check_delta_hidden(lambda d, W, out: -(d @ W.T) * out * (1 - out))
    assert fb.passed is False and "Sign flipped" in fb.message


def test_delta_hidden_transpose_by_value_on_a_square_net():
    # a version that survives the 4×2 deck case but uses W_HO untransposed when it can
    def sneaky(d, W, out):
        back = d @ W if W.shape[0] == W.shape[1] else d @ W.T
        return back * out * (1 - out)
    fb = ex.check_delta_hidden(sneaky)
    assert fb.passed is False and "LEAVING hidden unit j" in fb.message, fb.message


@pytest.mark.parametrize("wrong, hint", [
    (lambda d: d, "returned δ_H itself"),
    (lambda d: d * 2, "has shape (4,), expected ()"),
    (lambda d: d.mean(), "You averaged"),
    (lambda d: -d.sum(), "Sign flipped"),
    (lambda d: d[0], "δ_H1 only"),
    (lambda d: 1 / 0, "raised ZeroDivisionError"),
])
def test_grad_b1_mistakes(wrong, hint):
    fb = ex.check_grad_b1(wrong)
    assert fb.passed is False and hint in fb.message, fb.message


def test_grad_b1_accepts_a_one_element_array():
    assert ex.check_grad_b1(lambda d: np.array([d.sum()])).passed is True


def _row(i):
    return {f"w{i}{j}" for j in range(1, 5)}


def test_zero_gradients_cases_are_what_bpkit_computes():
    # x2 = 0; x1 = x3 = 0; no zero; x3 = 0 with a negative input: rows of W_IH only
    expected = [_row(2), _row(1) | _row(3), set(), _row(3)]
    assert [ex.zero_gradient_names(x) for x in ex.ZERO_INPUTS] == expected


@pytest.mark.parametrize("wrong, hint", [
    (lambda x: set(), "has a zero input"),
    (lambda x: sol.zero_gradients(x) | {"w'11"}, "no output weight belongs here"),
    (lambda x: {f"w{k}2" for k in range(1, 4)}, "INTO hidden unit i"),
    (lambda x: {"w21", "w22", "w23", "w24"}, "use x, with no names typed in"),
    (lambda x: {f"w{i + 1}{j + 1}" for i in range(3) if x[i] != 0 for j in range(4)},
     "complement"),
    (lambda x: {"w21"}, "{w22, w23, w24} missing"),
    (lambda x: sol.zero_gradients(x) | {"b1"}, "biases, not weights"),
    (lambda x: "w21", "not one text"),
    (lambda x: ["w_99"], "is not a weight of deck 002's net"),
])
def test_zero_gradients_mistakes(wrong, hint):
    fb = ex.check_zero_gradients(wrong)
    assert fb.passed is False and hint in fb.message, fb.message


def test_zero_gradients_accepts_other_spellings():
    def spelled(x):
        return [f"W_{{{i + 1}{j + 1}}}" for i in range(3) if x[i] == 0 for j in range(4)]
    assert ex.check_zero_gradients(spelled).passed is True

"""Exercises of notebook 01: the solutions pass, the stubs are "not attempted yet", and
typical mistakes get the specific hint."""
import numpy as np
import pytest

import bpkit as bp
from bpkit.exercises import nb01 as ex

from _solutions import load_solution

sol = load_solution("nb01")


def stub(*args):
    raise NotImplementedError  # your code here


@pytest.mark.parametrize("name", sorted(ex.CHECKS))
def test_solution_passes(name):
    fb = ex.CHECKS[name](getattr(sol, name))
    assert fb.passed is True, fb.message


@pytest.mark.parametrize("name", sorted(ex.CHECKS))
def test_stub_not_attempted(name):
    fb = ex.CHECKS[name](stub)
    assert fb.passed is None
    assert "Not attempted yet" in fb.message


def test_crash_is_reported_not_raised():
    fb = ex.check_my_update(lambda x, y, w, b, alpha: 1 / 0)
    assert fb.passed is False and "ZeroDivisionError" in fb.message


@pytest.mark.parametrize("wrong, phrase", [
    (lambda x, y, w, b, a: (w - a * (y - bp.sigmoid(w @ x + b)) * x, b - a * (y - bp.sigmoid(w @ x + b))),
     "sign is flipped"),
    (lambda x, y, w, b, a: (w + a * (y - bp.sigmoid(w @ x + b)), b + a * (y - bp.sigmoid(w @ x + b))),
     "misses the input"),
    (lambda x, y, w, b, a: (w + (y - bp.sigmoid(w @ x + b)) * x, b + (y - bp.sigmoid(w @ x + b))),
     "learning rate α is missing"),
    (lambda x, y, w, b, a: (w + a * (y - (w @ x + b)) * x, b + a * (y - (w @ x + b))),
     "sigmoid of the weighted sum"),
    (lambda x, y, w, b, a: (w + a * (y - bp.sigmoid(w @ x + b)) * x, b),
     "The weights are right, but the bias must move too"),
    (lambda x, y, w, b, a: w, "pair (w_new, b_new)"),
])
def test_update_mistakes(wrong, phrase):
    fb = ex.check_my_update(wrong)
    assert fb.passed is False
    assert phrase in fb.message


@pytest.mark.parametrize("wrong, phrase", [
    (lambda y, p: y * np.log(p) + (1 - y) * np.log(1 - p), "minus sign is missing"),
    (lambda y, p: -y * np.log(p), "second term"),
    (lambda y, p: -y * np.log(p) - (1 - y) * np.log(p), "log(1 − ŷ)"),
    (lambda y, p: 0.5 * (y - p) ** 2, "squared error"),
])
def test_log_loss_mistakes(wrong, phrase):
    fb = ex.check_my_log_loss(wrong)
    assert fb.passed is False
    assert phrase in fb.message

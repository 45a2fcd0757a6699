"""Exercises of notebook 01: typical mistakes get the specific hint (solutions and stubs:
test_solutions.py)."""
import numpy as np
import pytest

import bpkit as bp
from bpkit.exercises import nb01 as ex


@pytest.mark.parametrize("wrong, phrase", [
    (lambda x, y, w, b, a: (w - a * (y - bp.sigmoid(w @ x + b)) * x,
                            b - a * (y - bp.sigmoid(w @ x + b))),
     "sign is flipped"),
    (lambda x, y, w, b, a: (w + a * (y - bp.sigmoid(w @ x + b)),
                            b + a * (y - bp.sigmoid(w @ x + b))),
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

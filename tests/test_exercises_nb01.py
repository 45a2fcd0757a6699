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


def _lengths(X, y, w, b):
    return np.linalg.norm((bp.sigmoid(X @ w + b) - y)[:, None] * X, axis=1)


@pytest.mark.parametrize("wrong, phrase", [
    (lambda X, y, w, b: int(np.argmax(np.abs(bp.sigmoid(X @ w + b) - y))), "largest error"),
    (lambda X, y, w, b: int(np.argmax(np.linalg.norm(X, axis=1))), "farthest from the origin"),
    (lambda X, y, w, b: int(np.argmin(_lengths(X, y, w, b))), "SMALLEST"),
    (lambda X, y, w, b: int(np.argmax(np.abs(X @ w + b - y) * np.linalg.norm(X, axis=1))),
     "not w·x + b"),
    (lambda X, y, w, b: int(np.argmax(np.abs((bp.sigmoid(X @ w + b) - y)[:, None] * X))),
     "np.linalg.norm(G, axis=1)"),
    (lambda X, y, w, b: X[int(np.argmax(_lengths(X, y, w, b)))], "not the point X[i]"),
    (lambda X, y, w, b: 4 if len(y) == 5 else 9, "is not an index"),
])
def test_most_influential_mistakes(wrong, phrase):
    fb = ex.check_most_influential(wrong)
    assert fb.passed is False
    assert phrase in fb.message


@pytest.mark.parametrize("name, answer, phrase", [
    ("y_hat_0", 0.6101, "w·x + b itself"),
    ("y_hat_0", 0.4037, "left out the bias"),
    ("delta_w1", -0.2425, "sign is flipped"),
    ("delta_w1", -0.4527, "input is missing"),
    ("alpha_60", "smooth", "not always better"),
    ("alpha_60", "crawls", "too SMALL"),
])
def test_prediction_mistakes(name, answer, phrase):
    fb = ex.predict(name, answer)
    assert fb.passed is False and phrase in fb.message

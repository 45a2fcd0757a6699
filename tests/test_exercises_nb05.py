"""The nb05 checks: typical mistakes get the specific message (solutions and stubs:
test_solutions.py)."""
import numpy as np

import bpkit as bp
from bpkit.exercises import nb05 as ex


def test_hidden_delta_missing_fprime():
    fb = ex.check_my_hidden_delta(lambda d, W, u: d @ W.T)
    assert fb.passed is False and "misses f'(u_j)" in fb.message


def test_hidden_delta_u_instead_of_sigma():
    fb = ex.check_my_hidden_delta(lambda d, W, u: (d @ W.T) * u * (1 - u))
    assert fb.passed is False and "apply σ to u first" in fb.message


def test_hidden_delta_wrong_transpose_crash_is_explained():
    fb = ex.check_my_hidden_delta(lambda d, W, u: (d @ W) * bp.sigmoid(u))
    assert fb.passed is False and "δ_out @ W.T" in fb.message


def test_layer_grads_wrong_axis():
    fb = ex.check_my_layer_grads(lambda y, d: (y.T @ d, d.sum(axis=1)))
    assert fb.passed is False and "wrong axis" in fb.message and "dW" not in fb.message


def test_layer_grads_transposed_dW_and_mean_db():
    fb = ex.check_my_layer_grads(lambda y, d: (d.T @ y, d.mean(axis=0)))
    assert fb.passed is False
    assert "transposed" in fb.message and "averaged instead of summed" in fb.message


def test_tanh_delta_assumed_collapse():
    fb = ex.check_my_tanh_mse_delta(lambda y, t, u: y - t)
    assert fb.passed is False and "collapses to y − t" in fb.message


def test_tanh_delta_sigmoid_derivative():
    fb = ex.check_my_tanh_mse_delta(lambda y, t, u: (y - t) * y * (1 - y))
    assert fb.passed is False and "sigmoid's derivative" in fb.message


def test_unknown_wrong_answer_gets_the_size_of_the_miss():
    fb = ex.check_my_tanh_mse_delta(lambda y, t, u: np.zeros_like(y))
    assert fb.passed is False and "off by up to" in fb.message


def test_feedback_speaks_the_notebooks_language():
    def wrong(d, W, u):                    # the hidden δ without σ'(u_j)
        return d @ W.T

    def stub(y_in, delta):                 # the notebook's untouched stub
        raise NotImplementedError

    english = ex.check_my_hidden_delta(wrong).message
    try:
        bp.set_language("ko")
        korean = ex.check_my_hidden_delta(wrong)
        untouched = ex.check_my_layer_grads(stub)
    finally:
        bp.set_language("en")
    assert korean.passed is False and "f'(u_j)가 빠졌습니다" in korean.message
    assert korean.message != english and untouched.passed is None

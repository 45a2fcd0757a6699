"""Activations: every derivative against central differences, stability at ±1000, dtypes."""
import warnings

import numpy as np
import pytest

from bpkit import activations as act
from bpkit.errors import BpkitError, UnknownNameError

ELEMENTWISE = ["sigmoid", "tanh", "relu", "identity"]


def central_diff(f, x, h=1e-6):
    """∂f/∂x entrywise for an elementwise f, by central differences (independent of bpkit)."""
    return (f(x + h) - f(x - h)) / (2 * h)


def numeric_jacobian(f, row, h=1e-6):
    """J[i, j] = ∂f_i/∂x_j of a function of one 1-D row."""
    J = np.zeros((row.size, row.size))
    for j in range(row.size):
        e = np.zeros_like(row)
        e[j] = h
        J[:, j] = (f(row + e) - f(row - e)) / (2 * h)
    return J


@pytest.fixture
def net():
    rng = np.random.default_rng(1)
    s = rng.normal(0, 2, size=(5, 4))
    s[np.abs(s) < 1e-3] = 0.5  # keep away from relu's kink
    return s


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_derivative_matches_central_differences(name, net):
    g = act.ACTIVATIONS[name][0]
    numeric = central_diff(g, net)
    np.testing.assert_allclose(act.derivative(name, net), numeric, rtol=1e-7, atol=1e-9)


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_backward_is_dout_times_derivative(name, net):
    out = act.forward(name, net)
    dout = np.random.default_rng(2).normal(size=net.shape)
    np.testing.assert_allclose(act.backward(name, net, out, dout),
                               dout * central_diff(act.ACTIVATIONS[name][0], net),
                               rtol=1e-7, atol=1e-9)


def test_sigmoid_values_by_formula():
    s = np.array([-3.0, -0.5, 0.0, 0.7, 4.0])
    np.testing.assert_allclose(act.sigmoid(s), [1 / (1 + np.exp(-v)) for v in s], rtol=1e-15)
    np.testing.assert_allclose(act.sigmoid_grad(s),
                               [np.exp(-v) / (1 + np.exp(-v)) ** 2 for v in s], rtol=1e-13)


def test_relu_derivative_at_zero_is_zero_and_values():
    np.testing.assert_array_equal(act.relu(np.array([-2.0, 0.0, 3.0])), [0.0, 0.0, 3.0])
    np.testing.assert_array_equal(act.derivative("relu", np.array([-2.0, 0.0, 3.0])), [0, 0, 1])


def test_softmax_backward_is_jacobian_vector_product(net):
    dout = np.random.default_rng(3).normal(size=net.shape)
    out = act.softmax(net)
    got = act.backward("softmax", net, out, dout)
    for r in range(net.shape[0]):
        J = numeric_jacobian(act.softmax, net[r])  # J[i, j] = ∂y_i/∂net_j
        np.testing.assert_allclose(got[r], J.T @ dout[r], rtol=1e-6, atol=1e-9)


def test_softmax_rows_are_distributions_and_shift_invariant(net):
    y = act.softmax(net)
    np.testing.assert_allclose(y.sum(axis=1), 1.0)
    assert (y > 0).all()
    np.testing.assert_allclose(act.softmax(net + 100.0), y, rtol=1e-12)


def test_sigmoid_at_pm_1000_no_warning_and_exact_tails():
    s = np.array([-1000.0, -50.0, 0.0, 50.0, 1000.0])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        y = act.sigmoid(s)
        g = act.sigmoid_grad(s)
        t = np.tanh(s)
    assert y[0] == 0.0 and y[-1] == 1.0 and y[2] == 0.5
    assert np.isfinite(g).all() and g[0] == 0.0 and g[-1] == 0.0
    assert np.isfinite(t).all()


def test_softmax_at_pm_1000_is_finite():
    s = np.array([[1000.0, -1000.0, 0.0], [1000.0, 1000.0, 1000.0], [-1000.0, -1000.0, -999.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        y = act.softmax(s)
    assert np.isfinite(y).all()
    np.testing.assert_allclose(y.sum(axis=1), 1.0)
    np.testing.assert_allclose(y[1], [1 / 3] * 3)
    assert y[0, 0] == 1.0


@pytest.mark.parametrize("name", ELEMENTWISE + ["softmax"])
def test_float32_stays_float32(name):
    s = np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4)
    out = act.forward(name, s)
    assert out.dtype == np.float32
    assert act.backward(name, s, out, np.ones_like(s)).dtype == np.float32
    if name != "softmax":
        assert act.derivative(name, s).dtype == np.float32


def test_unknown_activation_lists_valid_names():
    with pytest.raises(UnknownNameError) as e:
        act.forward("sigmoidd", np.zeros((1, 2)))
    msg = str(e.value)
    assert "'sigmoidd'" in msg
    for name in act.ACTIVATIONS:
        assert name in msg


def test_softmax_has_no_elementwise_derivative():
    with pytest.raises(BpkitError, match="Jacobian|each output depends"):
        act.derivative("softmax", np.zeros((1, 3)))

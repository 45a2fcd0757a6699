"""Gradient checking: central differences, relative error, and the report finding a bug."""
import numpy as np
import pytest

import bpkit as bp
from bpkit.gradcheck import GOOD, verdict


def test_numerical_gradient_of_a_known_function_and_restores_x():
    x = np.array([[0.5, -1.0], [2.0, 0.1]])
    before = x.copy()
    g = bp.numerical_gradient(lambda: float(np.sum(np.sin(x) * x ** 2)), x)
    np.testing.assert_allclose(g, np.cos(before) * before ** 2 + 2 * before * np.sin(before),
                               rtol=1e-8)
    assert x.tobytes() == before.tobytes()


def test_numerical_gradient_restores_x_when_f_raises():
    x = np.array([1.0, 2.0])
    calls = []

    def f():
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("boom")
        return float(x.sum())

    with pytest.raises(RuntimeError):
        bp.numerical_gradient(f, x)
    np.testing.assert_array_equal(x, [1.0, 2.0])


def test_numerical_gradient_error_is_order_h_squared():
    x = np.array([0.3])
    exact = 3 * np.cos(3 * 0.3)
    e1 = abs(bp.numerical_gradient(lambda: float(np.sin(3 * x[0])), x, h=1e-2)[0] - exact)
    e2 = abs(bp.numerical_gradient(lambda: float(np.sin(3 * x[0])), x, h=1e-3)[0] - exact)
    assert 50 < e1 / e2 < 200  # h/10 -> error/100


def test_relative_error():
    np.testing.assert_allclose(bp.relative_error([1.0, 0.0, -2.0], [1.1, 0.0, 2.0]),
                               [0.1 / 1.1, 0.0, 2.0])
    assert bp.relative_error(1e-17, -1e-17, floor=1e-8) == pytest.approx(2e-9)
    assert bp.relative_error(1e-17, -1e-17) == pytest.approx(2.0)


def test_verdicts():
    assert verdict(1e-9) == "ok" and verdict(1e-5) == "check" and verdict(0.5) == "wrong"


@pytest.mark.parametrize("bias", ["unit", "shared", "none"])
def test_check_gradients_passes_a_correct_net(bias):
    rng = np.random.default_rng(0)
    net = bp.MLP([3, 4, 2], activation="tanh", loss="softmax_ce", bias=bias, seed=0)
    X = rng.normal(size=(5, 3))
    T = bp.one_hot(rng.integers(0, 2, 5), 2)
    report = net_report = bp.check_gradients(net, X, T)
    assert report.ok and report.max_rel_error < GOOD
    assert [r.name for r in report] == (["W[0]", "W[1]"] +
                                        ([] if bias == "none" else ["b[0]", "b[1]"]))
    assert "W[0]" in repr(net_report) and "<table" in net_report._repr_html_()


def test_check_gradients_finds_a_missing_sigmoid_derivative():
    net = bp.MLP([3, 4, 2], activation="sigmoid", loss="mse", seed=1)
    rng = np.random.default_rng(1)
    X, T = rng.normal(size=(4, 3)), rng.random((4, 2))

    def broken(n, X, T):  # forgets out(1 − out) at the output layer
        fwd = n.forward(X)
        delta = (fwd.outs[-1] - T) / X.shape[0]
        dW1 = fwd.outs[0].T @ delta
        d_hidden = (delta @ n.weights[1].T) * fwd.outs[0] * (1 - fwd.outs[0])
        return [X.T @ d_hidden, dW1], [d_hidden.sum(0), delta.sum(0)]

    report = bp.check_gradients(net, X, T, backward=broken)
    assert not report.ok
    assert report[1].status == "wrong"  # W[1]
    assert report.max_rel_error > 1e-2


def test_check_gradients_refuses_float32():
    net = bp.MLP([2, 2], dtype=np.float32)
    with pytest.raises(bp.BpkitError, match="float64"):
        bp.check_gradients(net, np.ones((1, 2)), np.ones((1, 2)) / 2)


def test_check_gradients_leaves_parameters_unchanged():
    net = bp.MLP([2, 3, 1], activation="relu", output_activation="sigmoid", loss="bce", seed=4)
    before = [p.copy() for _, p in net.params()]
    bp.check_gradients(net, np.array([[0.3, -0.2]]), np.array([[1.0]]))
    for b, (_, p) in zip(before, net.params()):
        assert b.tobytes() == p.tobytes()

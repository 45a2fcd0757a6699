"""Losses: values by the decks' formulas, ∂E/∂out and the output δ against central
differences, finiteness at y = 0 and 1, target checks."""
import math
import warnings

import numpy as np
import pytest

from bpkit import activations as act
from bpkit import losses
from bpkit.errors import TargetError, UnknownNameError


def numeric_grad(f, x, h=1e-6):
    g = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + h
        plus = f(x)
        x[i] = old - h
        minus = f(x)
        x[i] = old
        g[i] = (plus - minus) / (2 * h)
    return g


def targets(loss_name, rng, n, k):
    if loss_name == "softmax_ce":
        T = rng.random((n, k))
        return T / T.sum(axis=1, keepdims=True)
    if loss_name == "bce":
        return rng.random((n, k))
    return rng.normal(size=(n, k))


@pytest.fixture
def rng():
    return np.random.default_rng(7)


def test_values_by_hand():
    out = np.array([[0.2, 0.7], [0.9, 0.4]])
    T = np.array([[0.0, 1.0], [1.0, 0.0]])
    mse = (0.5 * ((0 - .2) ** 2 + (1 - .7) ** 2) + 0.5 * ((1 - .9) ** 2 + (0 - .4) ** 2)) / 2
    bce = -(math.log(0.8) + math.log(0.7) + math.log(0.9) + math.log(0.6)) / 2
    ce = -(math.log(0.7) + math.log(0.9)) / 2
    assert losses.loss("mse", out, T) == pytest.approx(mse, rel=1e-14)
    assert losses.loss("bce", out, T) == pytest.approx(bce, rel=1e-14)
    assert losses.loss("softmax_ce", out, T) == pytest.approx(ce, rel=1e-14)


@pytest.mark.parametrize("name", losses.LOSSES)
def test_loss_is_batch_mean_of_per_sample_sum(name, rng):
    out = rng.uniform(0.05, 0.95, size=(4, 3))
    T = targets(name, rng, 4, 3)
    per_sample = [losses.loss(name, out[i:i + 1], T[i:i + 1]) for i in range(4)]
    assert losses.loss(name, out, T) == pytest.approx(np.mean(per_sample), rel=1e-13)
    # duplicating the batch leaves the mean unchanged
    assert losses.loss(name, np.vstack([out, out]), np.vstack([T, T])) == \
        pytest.approx(losses.loss(name, out, T), rel=1e-13)


@pytest.mark.parametrize("name", losses.LOSSES)
def test_loss_grad_matches_central_differences(name, rng):
    out = rng.uniform(0.05, 0.95, size=(3, 4))
    T = targets(name, rng, 3, 4)
    numeric = numeric_grad(lambda y: losses.loss(name, y, T), out.copy())
    np.testing.assert_allclose(losses.loss_grad(name, out, T), numeric, rtol=1e-6, atol=1e-10)


PAIRS = [(a, l) for l in losses.LOSSES for a in ["sigmoid", "tanh", "relu", "identity", "softmax"]
         if not (l in ("bce", "softmax_ce") and a in ("tanh", "relu", "identity"))]


@pytest.mark.parametrize("activation,loss_name", PAIRS)
def test_output_delta_is_dE_dnet(activation, loss_name, rng):
    net = rng.normal(0, 1.5, size=(3, 4))
    net[np.abs(net) < 1e-3] = 0.3
    T = targets(loss_name, rng, 3, 4)
    g = act.ACTIVATIONS[activation][0]
    numeric = numeric_grad(lambda s: losses.loss(loss_name, g(s), T), net.copy())
    delta = losses.output_delta(loss_name, activation, net, g(net), T)
    np.testing.assert_allclose(delta, numeric, rtol=1e-6, atol=1e-10)


@pytest.mark.parametrize("activation,loss_name", sorted(losses.SIMPLE_PAIRS))
def test_simple_pairs_collapse_to_y_minus_t(activation, loss_name, rng):
    net = rng.normal(size=(2, 3))
    T = targets(loss_name, rng, 2, 3)
    out = act.forward(activation, net)
    np.testing.assert_allclose(losses.output_delta(loss_name, activation, net, out, T),
                               (out - T) / 2, rtol=1e-15)
    # and agrees with the plain chain rule where nothing saturates
    chain = act.backward(activation, net, out, losses.loss_grad(loss_name, out, T))
    np.testing.assert_allclose(losses.output_delta(loss_name, activation, net, out, T), chain,
                               rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("name", ["bce", "softmax_ce"])
def test_losses_finite_at_y_0_and_1(name):
    out = np.array([[0.0, 1.0], [1.0, 0.0]])
    T = np.array([[0.0, 1.0], [0.0, 1.0]])  # right on row 0, wrong on row 1
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        E = losses.loss(name, out, T)
        G = losses.loss_grad(name, out, T)
        D = losses.output_delta(name, "sigmoid", np.array([[-800.0, 800.0]] * 2), out, T)
    assert np.isfinite(E) and E > 1.0  # the wrong row costs a lot, but finitely
    assert np.isfinite(G).all() and np.isfinite(D).all()
    # the right row alone costs (almost) nothing
    assert losses.loss(name, out[:1], T[:1]) < 1e-12


def test_bce_rejects_targets_outside_0_1():
    with pytest.raises(TargetError, match=r"\[0, 1\].*1\.5.*\(0, 1\)"):
        losses.check_targets("bce", np.array([[0.0, 1.5]]))
    with pytest.raises(TargetError, match="-0.1"):
        losses.check_targets("bce", np.array([[-0.1, 0.5]]))
    losses.check_targets("bce", np.array([[0.0, 1.0, 0.3]]))  # fine


def test_softmax_ce_rejects_rows_that_are_not_distributions():
    with pytest.raises(TargetError, match=r"row 1 .*sum 0\.9"):
        losses.check_targets("softmax_ce", np.array([[0.5, 0.5], [0.4, 0.5]]))
    with pytest.raises(TargetError, match="row 0"):
        losses.check_targets("softmax_ce", np.array([[1.5, -0.5]]))
    losses.check_targets("softmax_ce", np.array([[0.25, 0.75], [1.0, 0.0]]))


def test_unknown_loss_lists_valid_names():
    with pytest.raises(UnknownNameError) as e:
        losses.loss("cross_entropy", np.zeros((1, 1)), np.zeros((1, 1)))
    for name in losses.LOSSES:
        assert name in str(e.value)


@pytest.mark.parametrize("name", losses.LOSSES)
def test_float32_gradients_stay_float32(name, rng):
    out = rng.uniform(0.1, 0.9, size=(2, 3)).astype(np.float32)
    T = targets(name, rng, 2, 3).astype(np.float32)
    assert losses.loss_grad(name, out, T).dtype == np.float32


@pytest.mark.parametrize("name", losses.LOSSES)
@pytest.mark.parametrize("T", [
    [[0.0, 1.0], [0.3, 0.7]], [[0.0, 1.0], [0.3, 0.6]], [[1.2, -0.2], [0.5, 0.5]],
    [[np.nan, 1.0], [0.5, 0.5]], [[np.inf, 0.0], [0.5, 0.5]], [[0.5, 0.5], [-np.inf, 0.0]],
    [[2.0, 3.0], [-1.0, 0.0]],
])
def test_cheap_targets_ok_agrees_with_the_full_checks(name, T):
    """targets_ok (the fast path) is True exactly when the full checks pass."""
    from bpkit.errors import BpkitError, check_finite
    T = np.array(T)
    try:
        check_finite("T", T)
        losses.check_targets(name, T)
        full = True
    except BpkitError:
        full = False
    assert losses.targets_ok(name, T) == full

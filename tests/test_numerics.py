"""Exact numerics (the loss is the loss, whatever the logits) and atomic failures (a call
that fails changes nothing), issue 9."""
import math
import warnings

import numpy as np
import pytest

import bpkit as bp
from bpkit import activations as act
from bpkit import losses


def one_layer(z, loss, dtype=np.float64):
    """A net whose output pre-activation for X = [[1]] is exactly the row ``z``."""
    out = "softmax" if loss == "softmax_ce" else "sigmoid"
    net = bp.MLP([1, len(z)], activation=out, loss=loss, bias="none", dtype=dtype)
    net.weights = [np.array([z], dtype=dtype)]
    return net


def softplus(z):  # log(1 + e^z), exactly, for a Python float
    return z + math.log1p(math.exp(-z)) if z > 0 else math.log1p(math.exp(z))


# ---- exact loss -------------------------------------------------------------------------
@pytest.mark.parametrize("z", [1e4, 1e3, 100.0, 40.0])
def test_softmax_ce_at_huge_logits_is_exact_in_float64(z):
    net = one_layer([z, -z], "softmax_ce")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        E = net.loss([[1.0]], [[0.0, 1.0]])         # the true class has logit −z
        E_right = net.loss([[1.0]], [[1.0, 0.0]])   # the true class has logit +z
    assert E == pytest.approx(2 * z, rel=1e-12)      # 20000 at ±1e4, not 36.04
    assert abs(E_right - math.exp(-2 * z)) < 1e-15   # e^(−2z): a few eps of 1 is all it keeps


@pytest.mark.parametrize("z", [1e4, 1e3, 100.0, 40.0, 37.5, 20.0])
def test_sigmoid_bce_does_not_cap(z):
    net = one_layer([z], "bce")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        E0 = net.loss([[1.0]], [[0.0]])   # wrong side: −log(1 − σ(z)) = softplus(z)
        E1 = net.loss([[1.0]], [[1.0]])   # right side: −log σ(z) = softplus(−z)
        E_half = net.loss([[1.0]], [[0.5]])
    assert E0 == pytest.approx(softplus(z), rel=1e-12)
    assert E1 == pytest.approx(softplus(-z), rel=1e-12, abs=1e-300)
    assert E_half == pytest.approx(0.5 * softplus(z) + 0.5 * softplus(-z), rel=1e-12)


def test_float32_at_huge_logits_is_finite_and_close():
    net = one_layer([1e4, -1e4], "softmax_ce", dtype=np.float32)
    assert net.loss([[1.0]], [[0.0, 1.0]]) == pytest.approx(2e4, rel=1e-6)
    net = one_layer([1e4], "bce", dtype=np.float32)
    assert net.loss([[1.0]], [[0.0]]) == pytest.approx(1e4, rel=1e-6)


def test_fused_losses_equal_the_decks_formulas_where_nothing_saturates():
    rng = np.random.default_rng(0)
    Z = rng.normal(0, 3, size=(20, 4))
    T = bp.one_hot(rng.integers(0, 4, 20), 4)
    assert losses.softmax_ce_from_net(Z, T) == pytest.approx(
        losses.softmax_ce(act.softmax(Z), T), rel=1e-13)
    assert losses.loss_from_net("softmax_ce", "softmax", Z, act.softmax(Z), T) == pytest.approx(
        losses.softmax_ce(act.softmax(Z), T), rel=1e-13)
    Tb = rng.random((20, 4))
    assert losses.bce_from_net(Z, Tb) == pytest.approx(losses.bce(act.sigmoid(Z), Tb), rel=1e-12)


def test_sgd_step_and_fit_record_the_exact_loss():
    net = one_layer([1e4, -1e4], "softmax_ce")
    assert net.copy().sgd_step([[1.0]], [[0.0, 1.0]], 1e-6) == pytest.approx(2e4, rel=1e-12)
    h = bp.fit(net, [[1.0]], [[0.0, 1.0]], lr=1e-6, epochs=1)
    assert h.loss[0] == pytest.approx(2e4, rel=1e-12)


# ---- output δ and σ' keep their digits --------------------------------------------------------
def test_sigmoid_bce_output_delta_keeps_full_precision_at_z_20():
    exact = -math.exp(-20.0) / (1.0 + math.exp(-20.0))   # σ(20) − 1 = −σ(−20)
    net = one_layer([20.0], "bce")
    delta = net.deltas([[1.0]], [[1.0]])[-1][0, 0]
    assert delta == pytest.approx(exact, rel=1e-15)
    dW, _ = net.gradients([[1.0]], [[1.0]])
    assert dW[0][0, 0] == pytest.approx(exact, rel=1e-15)


def test_sigmoid_grad_from_net_keeps_full_precision_at_20():
    e = math.exp(-20.0)
    assert float(act.sigmoid_grad(20.0)) == pytest.approx(e / (1 + e) ** 2, rel=1e-14)
    assert float(act.derivative("sigmoid", np.array(20.0))) == pytest.approx(e / (1 + e) ** 2,
                                                                              rel=1e-14)


# ---- the gradient check agrees with the exact loss -----------------------------------------
@pytest.mark.parametrize("loss, scale", [("bce", 200.0), ("bce", 1000.0), ("softmax_ce", 200.0),
                                         ("softmax_ce", 1000.0)])
def test_check_gradients_passes_at_large_logits(loss, scale):
    """Saturated outputs (logits far past 37, where the clipped loss was flat) and targets on
    the wrong side: the exact loss has the slope the analytic gradient says."""
    rng = np.random.default_rng(1)
    net = bp.MLP([3, 4, 2], activation="tanh", loss=loss, seed=1)
    net.weights = [net.weights[0], net.weights[1] * scale]
    X = rng.normal(size=(4, 3))
    T = (bp.one_hot([0, 1, 0, 1], 2) if loss == "softmax_ce" else rng.integers(0, 2, (4, 2)) * 1.0)
    assert np.abs(net.forward(X).nets[-1]).max() > 37
    report = bp.check_gradients(net, X, T)
    assert report.ok, report


# ---- Fortran-order (transposed) weights ------------------------------------------------------
def test_transposed_weights_work_everywhere():
    W_cols = [np.arange(12.0).reshape(4, 3) / 10, np.arange(8.0).reshape(2, 4) / 10]  # deck 004
    net = bp.MLP([3, 4, 2], activation="sigmoid", loss="mse", seed=0)
    net.weights = [W.T for W in W_cols]                  # Fortran-order views
    X, T = np.ones((2, 3)), np.zeros((2, 2))
    assert bp.check_gradients(net, X, T).ok
    net.weights[0] = W_cols[0].T.copy(order="F")         # assigned one item, in Fortran order
    assert bp.check_gradients(net, X, T).ok
    before = net.loss(X, T)
    net.sgd_step(X, T, 0.5)
    assert net.loss(X, T) < before
    F = np.asfortranarray(np.ones((3, 2)))
    g = bp.numerical_gradient(lambda: float((F ** 2).sum()), F)
    np.testing.assert_allclose(g, 2 * F, rtol=1e-9)


# ---- atomic failures ------------------------------------------------------------------------
def snapshot(net):
    return [a.copy() for a in net.weights + net.biases]


def test_read_only_and_broadcast_items_are_replaced_by_writable_copies():
    """A read-only or broadcast array put into the lists must not make a step raise halfway:
    bpkit replaces it by a writable copy with the same values, then steps every layer."""
    net = bp.MLP([3, 4, 2], activation="sigmoid", loss="mse", seed=0)
    X, T = np.ones((2, 3)), np.zeros((2, 2))
    ro = net.weights[1].copy()
    ro.flags.writeable = False
    net.weights[1] = ro
    net.biases[0] = np.broadcast_to(0.25, (4,))          # read-only, stride 0
    ref = net.copy()
    ref.weights = [W.copy() for W in ref.weights]
    dW, db = ref.gradients(X, T)
    net.sgd_step(X, T, 0.1)
    for got, old, g in zip(net.weights + net.biases, ref.weights + ref.biases, dW + db):
        np.testing.assert_allclose(got, old - 0.1 * g, rtol=1e-15)
        assert got.flags.writeable
    np.testing.assert_array_equal(ro, ref.weights[1])     # the caller's array is untouched


def test_a_step_refused_late_changes_no_earlier_layer():
    """The last layer's update overflows: the first layer's must not have been written."""
    net = bp.MLP([3, 4, 2], activation="identity", loss="mse", seed=0)
    net.weights[1][...] = 1e300          # finite; the step of the last layer overflows
    before = snapshot(net)
    with pytest.raises(bp.NonFiniteError, match="nothing was changed"):
        net.sgd_step(np.full((2, 3), 1e-3), np.zeros((2, 2)), 1e6)
    for old, new in zip(before, net.weights + net.biases):
        assert old.tobytes() == new.tobytes()


def test_a_diverging_fit_keeps_the_last_finite_state_and_hands_back_the_history():
    rng = np.random.default_rng(0)
    X, T = rng.normal(size=(8, 3)) * 10, rng.normal(size=(8, 2)) * 10
    net = bp.MLP([3, 4, 2], activation="identity", loss="mse", seed=0)
    start = net.copy()
    with pytest.raises(bp.DivergedError) as e:
        bp.fit(net, X, T, lr=5.0, epochs=10_000)
    err = e.value
    assert isinstance(err, bp.NonFiniteError) and isinstance(err, bp.BpkitError)
    h = err.history
    assert isinstance(h, bp.History) and h.steps == len(h.loss) >= 1   # full batch: a step an epoch
    assert "history" in str(err) and f"epoch {h.steps + 1}" in str(err)
    assert all(math.isfinite(v) for v in h.loss)
    # replay the steps that were taken: the net is exactly where they left it
    for _ in range(h.steps):
        start.sgd_step(X, T, 5.0)
    for a, b in zip(start.weights + start.biases, net.weights + net.biases):
        assert a.tobytes() == b.tobytes()
        assert np.isfinite(b).all()
    with pytest.raises(bp.NonFiniteError):   # and the next step is the one that was refused
        start.sgd_step(X, T, 5.0)


def test_the_step_door_equals_sgd_step_on_checked_data():
    net = bp.MLP([3, 4, 2], activation="tanh", loss="softmax_ce", seed=3)
    twin = net.copy()
    X = np.random.default_rng(3).normal(size=(5, 3))
    T = bp.one_hot([0, 1, 1, 0, 1], 2)
    Xc = bp.validate.inputs(twin, X)
    Tc = bp.validate.targets(twin, T, Xc.shape[0])
    assert net.sgd_step(X, T, 0.3) == twin.step(Xc, Tc, 0.3)
    for a, b in zip(net.weights + net.biases, twin.weights + twin.biases):
        assert a.tobytes() == b.tobytes()


def test_arrays_a_caller_holds_see_the_step():
    net = bp.MLP([3, 4, 2], seed=0)
    W0, b1 = net.weights[0], net.biases[1]
    before = W0.copy()
    net.sgd_step(np.ones((1, 3)), np.zeros((1, 2)), 0.5)
    assert W0 is net.weights[0] and b1 is net.biases[1]
    assert not np.array_equal(W0, before)


@pytest.mark.parametrize("loss", ["bce", "softmax_ce"])
def test_check_gradients_does_not_call_a_right_gradient_wrong_at_logits_of_1e4(loss):
    """At |z| ≈ 1e4 the loss is ≈ 1e4, so central differences carry noise of eps·E/h ≈ 2e-7:
    'check', honestly, but far from 'wrong' (the capped loss made it 'wrong')."""
    rng = np.random.default_rng(1)
    net = bp.MLP([3, 4, 2], activation="tanh", loss=loss, seed=1)
    net.weights = [net.weights[0], net.weights[1] * 25_000]
    X = rng.normal(size=(4, 3))
    T = (bp.one_hot([0, 1, 0, 1], 2) if loss == "softmax_ce" else rng.integers(0, 2, (4, 2)) * 1.0)
    assert np.abs(net.forward(X).nets[-1]).max() > 5e3
    report = bp.check_gradients(net, X, T)
    assert report.max_rel_error < 1e-5 and all(r.status != "wrong" for r in report)


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
@pytest.mark.parametrize("hidden, out, loss", [
    ("sigmoid", "softmax", "softmax_ce"), ("relu", "sigmoid", "bce"), ("tanh", "identity", "mse"),
    ("identity", "tanh", "mse"), ("relu", "relu", "mse")])
@pytest.mark.parametrize("bias", ["unit", "none"])
def test_a_non_finite_X_is_refused_by_sgd_step_naming_X(bad, hidden, out, loss, bias):
    """sgd_step leaves X's finiteness to the step's own check; it must still refuse every
    NaN or inf in X, name it, and change nothing."""
    rng = np.random.default_rng(0)
    net = bp.MLP([3, 4, 2], activation=hidden, output_activation=out, loss=loss, bias=bias,
                 seed=0)
    X = rng.normal(size=(3, 3))
    T = bp.one_hot([0, 1, 1], 2) if loss == "softmax_ce" else rng.random((3, 2))
    for i, j in [(0, 0), (2, 1), (1, 2)]:
        Xb = X.copy()
        Xb[i, j] = bad
        before = snapshot(net)
        with pytest.raises(bp.NonFiniteError, match=rf"X contains .* at index \({i}, {j}\)"):
            net.sgd_step(Xb, T, 0.1)
        for old, new in zip(before, net.weights + net.biases):
            assert old.tobytes() == new.tobytes()


def test_deepcopy_and_pickle_give_nets_that_step():
    import copy
    import pickle
    net = bp.MLP([3, 4, 2], seed=0)
    X, T = np.ones((1, 3)), np.zeros((1, 2))
    for twin in (copy.deepcopy(net), pickle.loads(pickle.dumps(net))):
        W0 = twin.weights[0].copy()
        twin.sgd_step(X, T, 0.5)
        assert not np.array_equal(twin.weights[0], W0)      # the step reached the weights
        ref = net.copy()
        ref.sgd_step(X, T, 0.5)
        for a, b in zip(twin.weights + twin.biases, ref.weights + ref.biases):
            assert a.tobytes() == b.tobytes()

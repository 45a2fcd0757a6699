"""Bad input: the error's type and what its message names, and that nothing changed."""
import numpy as np
import pytest

import bpkit as bp
from bpkit.errors import BpkitError, NonFiniteError, ShapeError, TargetError, UnknownNameError


def snapshot(net):
    return [w.copy() for w in net.weights], [b.copy() for b in net.biases]


def assert_unchanged(net, snap):
    W, b = snap
    assert len(net.weights) == len(W) and len(net.biases) == len(b)
    for old, new in zip(W + b, net.weights + net.biases):
        assert old.dtype == new.dtype and old.shape == new.shape
        assert old.tobytes() == new.tobytes()  # bitwise equal


@pytest.fixture
def net():
    n = bp.MLP([3, 4, 2], activation="sigmoid", loss="mse", bias="unit", seed=0)
    n.biases = [np.full(4, 0.1), np.full(2, -0.2)]
    return n


X = np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])
T = np.array([[0.0, 1.0], [1.0, 0.0]])

CALLS = {
    "loss": lambda n, X, T: n.loss(X, T),
    "gradients": lambda n, X, T: n.gradients(X, T),
    "deltas": lambda n, X, T: n.deltas(X, T),
    "sgd_step": lambda n, X, T: n.sgd_step(X, T, 0.1),
}


def test_all_errors_are_value_errors():
    for cls in (ShapeError, NonFiniteError, TargetError, UnknownNameError):
        assert issubclass(cls, BpkitError) and issubclass(cls, ValueError)


@pytest.mark.parametrize("call", CALLS)
def test_wrong_number_of_features(net, call):
    snap = snapshot(net)
    with pytest.raises(ShapeError) as e:
        CALLS[call](net, np.ones((2, 5)), T)
    msg = str(e.value)
    assert "5 features" in msg and "expects 3" in msg and "(2, 5)" in msg
    assert_unchanged(net, snap)


@pytest.mark.parametrize("call", ["gradients", "sgd_step", "loss"])
def test_wrong_target_shape(net, call):
    snap = snapshot(net)
    with pytest.raises(ShapeError) as e:
        CALLS[call](net, X, np.ones((2, 3)) / 3)
    msg = str(e.value)
    assert "(2, 2)" in msg and "(2, 3)" in msg
    assert_unchanged(net, snap)


def test_wrong_ndim_input(net):
    with pytest.raises(ShapeError, match="3-D"):
        net.loss(np.ones((1, 2, 3)), T)


@pytest.mark.parametrize("call", CALLS)
def test_empty_batch(net, call):
    snap = snapshot(net)
    with pytest.raises(ShapeError, match="empty batch"):
        CALLS[call](net, np.zeros((0, 3)), np.zeros((0, 2)))
    assert_unchanged(net, snap)


def test_assigning_weights_of_wrong_shape_names_layer_and_both_shapes(net):
    snap = snapshot(net)
    with pytest.raises(ShapeError) as e:
        net.weights = [np.ones((3, 4)), np.ones((4, 3))]
    msg = str(e.value)
    assert "weights[1]" in msg and "layer 2" in msg and "(4, 2)" in msg and "(4, 3)" in msg
    assert_unchanged(net, snap)


def test_wrong_shape_put_into_the_list_is_caught_at_the_next_call(net):
    good = snapshot(net)
    net.weights[0] = np.ones((2, 4))
    with pytest.raises(ShapeError) as e:
        net.sgd_step(X, T, 0.1)
    msg = str(e.value)
    assert "weights[0]" in msg and "layer 1" in msg and "(3, 4)" in msg and "(2, 4)" in msg
    assert net.weights[0].shape == (2, 4)  # still what was assigned; the rest untouched
    for old, new in zip(good[0][1:] + good[1], net.weights[1:] + net.biases):
        assert old.tobytes() == new.tobytes()


def test_wrong_number_of_weight_arrays(net):
    with pytest.raises(ShapeError, match="2 weight layers; got 1"):
        net.weights = [np.ones((3, 4))]


def test_assigning_biases_of_wrong_shape(net):
    snap = snapshot(net)
    with pytest.raises(ShapeError) as e:
        net.biases = [np.zeros(4), np.zeros(3)]
    assert "biases[1]" in str(e.value) and "(2,)" in str(e.value) and "(3,)" in str(e.value)
    assert_unchanged(net, snap)
    shared = bp.MLP([3, 4, 2], bias="shared")
    with pytest.raises(ShapeError, match=r"biases\[0\].*shared.*\(\).*\(4,\)"):
        shared.biases = [np.zeros(4), 0.0]
    with pytest.raises(ShapeError, match="no biases"):
        bp.MLP([3, 4, 2], bias="none").biases = [0.0, 0.0]


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
@pytest.mark.parametrize("call", CALLS)
def test_non_finite_X(net, call, bad):
    snap = snapshot(net)
    Xb = X.copy()
    Xb[1, 2] = bad
    with pytest.raises(NonFiniteError) as e:
        CALLS[call](net, Xb, T)
    assert "X" in str(e.value) and "(1, 2)" in str(e.value)
    assert_unchanged(net, snap)


@pytest.mark.parametrize("bad", [np.nan, np.inf])
@pytest.mark.parametrize("call", ["gradients", "sgd_step", "loss"])
def test_non_finite_T(net, call, bad):
    snap = snapshot(net)
    Tb = T.copy()
    Tb[0, 1] = bad
    with pytest.raises(NonFiniteError) as e:
        CALLS[call](net, X, Tb)
    assert "T" in str(e.value) and "(0, 1)" in str(e.value)
    assert_unchanged(net, snap)


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_non_finite_weights_and_biases(net, bad):
    snap = snapshot(net)
    W = [w.copy() for w in net.weights]
    W[1][2, 0] = bad
    with pytest.raises(NonFiniteError, match=r"weights\[1\].*\(2, 0\)"):
        net.weights = W
    with pytest.raises(NonFiniteError, match=r"biases\[0\].*\(3,\)"):
        net.biases = [np.array([0, 0, 0, bad]), np.zeros(2)]
    assert_unchanged(net, snap)
    # set in place through the list: caught at the next call, nothing else changed
    net.biases[1][0] = bad
    with pytest.raises(NonFiniteError, match=r"biases\[1\]"):
        net.sgd_step(X, T, 0.1)
    for old, new in zip(snap[0] + snap[1][:1], net.weights + net.biases[:1]):
        assert old.tobytes() == new.tobytes()


def test_bce_targets_outside_0_1(net):
    bce = bp.MLP([3, 4, 2], loss="bce", seed=0)
    snap = snapshot(bce)
    with pytest.raises(TargetError) as e:
        bce.sgd_step(X, np.array([[0.0, 1.0], [2.0, 0.0]]), 0.1)
    assert "'bce'" in str(e.value) and "[0, 1]" in str(e.value) and "2.0" in str(e.value)
    assert "(1, 0)" in str(e.value)
    assert_unchanged(bce, snap)


def test_softmax_ce_rows_not_distributions():
    net = bp.MLP([3, 4, 2], loss="softmax_ce", seed=0)
    snap = snapshot(net)
    with pytest.raises(TargetError) as e:
        net.sgd_step(X, np.array([[0.0, 1.0], [1.0, 1.0]]), 0.1)
    msg = str(e.value)
    assert "row 1" in msg and "softmax_ce" in msg and "one_hot" in msg
    assert_unchanged(net, snap)
    with pytest.raises(TargetError, match="row 0"):
        net.gradients(X, np.array([[-0.5, 1.5], [1.0, 0.0]]))


@pytest.mark.parametrize("kwargs,kind,valid", [
    ({"activation": "sigmod"}, "activation", ["sigmoid", "tanh", "relu", "identity", "softmax"]),
    ({"activation": ["relu", "swish"]}, "activation", ["sigmoid", "relu"]),
    ({"output_activation": "logistic"}, "activation", ["sigmoid", "softmax"]),
    ({"loss": "cross_entropy"}, "loss", ["mse", "bce", "softmax_ce"]),
    ({"bias": "per_unit"}, "bias mode", ["unit", "shared", "none"]),
])
def test_unknown_names_list_the_valid_ones(kwargs, kind, valid):
    with pytest.raises(UnknownNameError) as e:
        bp.MLP([3, 4, 2], **kwargs)
    msg = str(e.value)
    assert f"unknown {kind}" in msg
    plural = {"activation": "activations", "loss": "losses", "bias mode": "bias modes"}[kind]
    assert f"valid {plural} are" in msg and "losss" not in msg
    for name in valid:
        assert name in msg


def test_softmax_as_hidden_activation_is_refused():
    with pytest.raises(BpkitError, match="softmax is only supported as the output"):
        bp.MLP([3, 4, 2], activation="softmax")
    with pytest.raises(BpkitError, match="softmax"):
        bp.MLP([3, 4, 4, 2], activation=["tanh", "softmax", "softmax"])
    assert bp.MLP([3, 4, 2], activation=["tanh", "softmax"]).activations[-1] == "softmax"


def test_activation_list_of_wrong_length():
    with pytest.raises(ShapeError, match="3 names but the net has 2 layers"):
        bp.MLP([3, 4, 2], activation=["tanh", "tanh", "sigmoid"])


def test_bad_sizes_and_dtype():
    with pytest.raises(ShapeError, match="at least 2"):
        bp.MLP([3])
    with pytest.raises(ShapeError, match="≥ 1"):
        bp.MLP([3, 0, 2])
    with pytest.raises(BpkitError, match="float64 or float32"):
        bp.MLP([3, 2], dtype=np.int32)


def test_sgd_step_that_would_overflow_changes_nothing():
    net = bp.MLP([3, 4, 2], activation="identity", loss="mse", seed=0)
    Xbig = np.full((2, 3), 1e153)     # everything finite, the loss too, the gradients huge
    Tbig = np.zeros((2, 2))
    snap = snapshot(net)
    with pytest.raises(NonFiniteError) as e:   # lr·∂E/∂W overflows: no warning, an error
        net.sgd_step(Xbig, Tbig, lr=1e4)
    msg = str(e.value)
    assert "non-finite" in msg and "nothing was changed" in msg and "learning rate" in msg
    assert "weights[0]" in msg
    assert_unchanged(net, snap)


def test_sgd_step_with_non_finite_lr(net):
    snap = snapshot(net)
    with pytest.raises(BpkitError, match="lr"):
        net.sgd_step(X, T, float("nan"))
    assert_unchanged(net, snap)


def test_fit_checks_before_changing_anything(net):
    snap = snapshot(net)
    with pytest.raises(ShapeError):
        bp.fit(net, X, np.ones((3, 2)), lr=0.1, epochs=1)
    with pytest.raises(BpkitError, match="rng"):
        bp.fit(net, X, T, lr=0.1, epochs=1, batch_size=1)
    with pytest.raises(BpkitError, match="batch_size"):
        bp.fit(net, X, T, lr=0.1, epochs=1, batch_size=0)
    assert_unchanged(net, snap)


@pytest.mark.parametrize("loss", ["mse", "softmax_ce", "bce"])
def test_sgd_step_with_an_inf_weight_set_in_place_names_it(loss):
    """inf in a weight makes softmax compute inf − inf: still a NonFiniteError naming the
    weight, not a RuntimeWarning, and nothing else changes."""
    net = bp.MLP([3, 4, 2], activation="tanh", loss=loss, seed=0)
    snap = snapshot(net)
    net.weights[1][3, 1] = np.inf
    with pytest.raises(NonFiniteError, match=r"weights\[1\] contains inf at index \(3, 1\)"):
        net.sgd_step(X, T if loss != "mse" else T * 3, 0.1)
    net.weights[1][3, 1] = snap[0][1][3, 1]
    assert_unchanged(net, snap)


def test_sgd_step_whose_loss_overflows_changes_nothing():
    net = bp.MLP([3, 4, 2], activation="identity", loss="mse", seed=0)
    net.weights = [np.full((3, 4), 1e60), np.full((4, 2), 1e60)]
    snap = snapshot(net)
    with pytest.raises(NonFiniteError, match="nothing was changed"):
        net.sgd_step(np.full((2, 3), 1e60), np.zeros((2, 2)), lr=1e-300)
    assert_unchanged(net, snap)

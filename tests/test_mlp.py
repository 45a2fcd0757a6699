"""MLP: gradients against central differences for every activation × loss × bias mode, an
independent hand-written tiny net, the records' shapes, 1-D vs 2-D inputs, dtypes."""
import math
import zlib

import numpy as np
import pytest
from _reference import central

import bpkit as bp

HIDDEN = ["sigmoid", "tanh", "relu", "identity"]
OUTPUT_FOR_LOSS = {"mse": None, "bce": "sigmoid", "softmax_ce": "softmax"}  # None: = hidden
BIASES = ["unit", "shared", "none"]


def make_targets(loss, rng, n, k):
    if loss == "softmax_ce":
        return bp.one_hot(rng.integers(0, k, n), k)
    if loss == "bce":
        return rng.random((n, k))
    return rng.normal(size=(n, k))


def numeric_grads(net, X, T, h=1e-6):
    """Central differences of net.loss for every parameter, in ``net.params()`` order."""
    return [central(net, X, T, p, h) for _, p in net.params()]


def analytic_in_params_order(net, dW, db):
    out = []
    for l in range(net.n_layers):
        out.append(dW[l])
        if net.biases:
            out.append(db[l])
    return out


@pytest.mark.parametrize("bias", BIASES)
@pytest.mark.parametrize("loss", ["mse", "bce", "softmax_ce"])
@pytest.mark.parametrize("hidden", HIDDEN)
def test_gradients_match_central_differences(hidden, loss, bias):
    rng = np.random.default_rng(zlib.crc32(f"{hidden}-{loss}-{bias}".encode()))  # seeded per case
    net = bp.MLP([3, 5, 4, 3], activation=hidden, output_activation=OUTPUT_FOR_LOSS[loss],
                 loss=loss, bias=bias, rng=rng)
    if bias != "none":  # non-zero biases, so their gradient paths are exercised
        net.biases = [rng.normal(0, 0.3, size=b.shape) for b in net.biases]
    X = rng.normal(size=(6, 3))
    T = make_targets(loss, rng, 6, 3)
    dW, db = net.gradients(X, T)
    for a, n in zip(analytic_in_params_order(net, dW, db), numeric_grads(net, X, T)):
        np.testing.assert_allclose(a, n, rtol=1e-5, atol=1e-8)


def test_hand_written_tiny_net():
    """A 2-2-1 net (tanh hidden, sigmoid output, bce, one bias per unit) written out in
    plain Python scalars: bpkit's loss equals it, and bpkit's gradients equal central
    differences of it."""
    W1 = [[0.3, -0.8], [0.5, 0.2]]   # W1[i][j]: input i -> hidden j
    b1 = [0.1, -0.2]
    W2 = [[0.7], [-1.1]]             # hidden j -> output
    b2 = [0.05]
    X = [[1.0, 2.0], [-0.5, 0.3]]
    T = [1.0, 0.0]

    def hand_loss(W1, b1, W2, b2):
        E = 0.0
        for x, t in zip(X, T):
            h = [math.tanh(b1[j] + x[0] * W1[0][j] + x[1] * W1[1][j]) for j in range(2)]
            y = 1.0 / (1.0 + math.exp(-(b2[0] + h[0] * W2[0][0] + h[1] * W2[1][0])))
            E += -(t * math.log(y) + (1 - t) * math.log(1 - y))
        return E / len(X)

    net = bp.MLP([2, 2, 1], activation="tanh", output_activation="sigmoid", loss="bce",
                 bias="unit")
    net.weights = [W1, W2]
    net.biases = [b1, b2]
    Xa, Ta = np.array(X), np.array(T)[:, None]
    assert net.loss(Xa, Ta) == pytest.approx(hand_loss(W1, b1, W2, b2), rel=1e-14)

    params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    h = 1e-6

    def nudged(name, index, d):
        copy = {k: [list(r) if isinstance(r, list) else r for r in v] for k, v in params.items()}
        if isinstance(index, tuple):
            copy[name][index[0]][index[1]] += d
        else:
            copy[name][index] += d
        return hand_loss(copy["W1"], copy["b1"], copy["W2"], copy["b2"])

    dW, db = net.gradients(Xa, Ta)
    for i in range(2):
        for j in range(2):
            num = (nudged("W1", (i, j), h) - nudged("W1", (i, j), -h)) / (2 * h)
            assert dW[0][i, j] == pytest.approx(num, rel=1e-6, abs=1e-10)
        num = (nudged("W2", (i, 0), h) - nudged("W2", (i, 0), -h)) / (2 * h)
        assert dW[1][i, 0] == pytest.approx(num, rel=1e-6, abs=1e-10)
        num = (nudged("b1", i, h) - nudged("b1", i, -h)) / (2 * h)
        assert db[0][i] == pytest.approx(num, rel=1e-6, abs=1e-10)
    num = (nudged("b2", 0, h) - nudged("b2", 0, -h)) / (2 * h)
    assert db[1][0] == pytest.approx(num, rel=1e-6, abs=1e-10)


def test_input_gradient_matches_central_differences():
    rng = np.random.default_rng(3)
    net = bp.MLP([4, 3, 2], activation="tanh", loss="softmax_ce", seed=3)
    X = rng.normal(size=(3, 4))
    T = bp.one_hot([0, 1, 1], 2)
    bwd = net.backward(net.forward(X), T, input_grad=True)
    num = np.zeros_like(X)
    for i in np.ndindex(X.shape):
        Xp, Xm = X.copy(), X.copy()
        Xp[i] += 1e-6
        Xm[i] -= 1e-6
        num[i] = (net.loss(Xp, T) - net.loss(Xm, T)) / 2e-6
    np.testing.assert_allclose(bwd.d_inputs[0], num, rtol=1e-6, atol=1e-10)
    assert net.backward(net.forward(X), T).d_inputs[0] is None


@pytest.mark.parametrize("bias", BIASES)
def test_record_shapes(bias):
    sizes = [5, 4, 3, 2]
    net = bp.MLP(sizes, activation="relu", loss="mse", bias=bias, seed=0)
    X = np.random.default_rng(0).normal(size=(7, 5))
    T = np.zeros((7, 2))
    fwd = net.forward(X)
    assert fwd.X.shape == (7, 5)
    assert [z.shape for z in fwd.nets] == [(7, 4), (7, 3), (7, 2)]
    assert [a.shape for a in fwd.outs] == [(7, 4), (7, 3), (7, 2)]
    assert fwd.Z is fwd.nets and fwd.A is fwd.outs and fwd.output is fwd.outs[-1]
    bwd = net.backward(fwd, T, input_grad=True)
    assert [d.shape for d in bwd.deltas] == [(7, 4), (7, 3), (7, 2)]
    assert [g.shape for g in bwd.dW] == [w.shape for w in net.weights] == [(5, 4), (4, 3), (3, 2)]
    assert [g.shape for g in bwd.db] == [b.shape for b in net.biases]
    assert len(net.biases) == (0 if bias == "none" else 3)
    if bias == "shared":
        assert all(b.shape == () for b in net.biases)
    assert [d.shape for d in bwd.d_inputs] == [(7, 5), (7, 4), (7, 3)]
    assert isinstance(bwd.loss, float)


def test_one_sample_1d_and_2d_agree():
    net = bp.MLP([3, 4, 2], activation="sigmoid", loss="bce", seed=1)
    x, t = np.array([0.2, -0.4, 1.0]), np.array([1.0, 0.0])
    assert net.predict(x).shape == (2,)
    np.testing.assert_array_equal(net.predict(x), net.predict(x[None])[0])
    assert net.loss(x, t) == net.loss(x[None], t[None])
    for a, b in zip(net.gradients(x, t)[0], net.gradients(x[None], t[None])[0]):
        np.testing.assert_array_equal(a, b)


def test_one_output_accepts_1d_targets():
    net = bp.MLP([2, 3, 1], activation="tanh", output_activation="sigmoid", loss="bce", seed=0)
    X = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    assert net.loss(X, [1, 1, 0]) == net.loss(X, [[1], [1], [0]])


def test_forward_records_chain_of_formulas():
    net = bp.MLP([3, 4, 2], activation="tanh", output_activation="identity", bias="unit", seed=5)
    net.biases = [np.full(4, 0.1), np.array([0.2, -0.3])]
    X = np.random.default_rng(5).normal(size=(2, 3))
    fwd = net.forward(X)
    np.testing.assert_allclose(fwd.nets[0], X @ net.weights[0] + net.biases[0], rtol=1e-15)
    np.testing.assert_allclose(fwd.outs[0], np.tanh(fwd.nets[0]), rtol=1e-15)
    np.testing.assert_allclose(fwd.nets[1], fwd.outs[0] @ net.weights[1] + net.biases[1],
                               rtol=1e-15)
    np.testing.assert_array_equal(fwd.outs[1], fwd.nets[1])


def test_sgd_step_is_w_minus_lr_grad_and_returns_loss_before():
    net = bp.MLP([3, 4, 2], activation="sigmoid", loss="mse", bias="shared", seed=2)
    X = np.random.default_rng(2).normal(size=(5, 3))
    T = np.random.default_rng(3).random((5, 2))
    before = net.copy()
    dW, db = before.gradients(X, T)
    E = net.sgd_step(X, T, lr=0.3)
    assert E == before.loss(X, T)
    for l in range(2):
        np.testing.assert_allclose(net.weights[l], before.weights[l] - 0.3 * dW[l], rtol=1e-15)
        np.testing.assert_allclose(net.biases[l], before.biases[l] - 0.3 * db[l], rtol=1e-15)
    assert net.loss(X, T) < E


def test_copy_is_independent():
    net = bp.MLP([2, 3, 1], seed=0)
    twin = net.copy()
    twin.weights[0][0, 0] += 1.0
    twin.biases[1][0] += 1.0
    assert net.weights[0][0, 0] != twin.weights[0][0, 0]
    assert net.biases[1][0] == 0.0


def test_seed_reproducible_and_rng_used():
    a = bp.MLP([4, 3, 2], seed=11)
    b = bp.MLP([4, 3, 2], seed=11)
    c = bp.MLP([4, 3, 2], rng=np.random.default_rng(11))
    for wa, wb, wc in zip(a.weights, b.weights, c.weights):
        np.testing.assert_array_equal(wa, wb)
        np.testing.assert_array_equal(wa, wc)
    assert not np.array_equal(bp.MLP([4, 3, 2], seed=12).weights[0], a.weights[0])


def test_params_order_and_identity():
    net = bp.MLP([2, 3, 1], bias="unit", seed=0)
    names = [n for n, _ in net.params()]
    assert names == ["W[0]", "b[0]", "W[1]", "b[1]"]
    assert net.params()[0][1] is net.weights[0]
    assert [n for n, _ in bp.MLP([2, 3, 1], bias="none").params()] == ["W[0]", "W[1]"]


def test_activation_as_list_and_output_activation():
    net = bp.MLP([2, 3, 3, 2], activation=["relu", "tanh", "identity"], seed=0)
    assert net.activations == ["relu", "tanh", "identity"]
    X = np.array([[0.5, -1.0]])
    fwd = net.forward(X)
    np.testing.assert_array_equal(fwd.outs[0], np.maximum(fwd.nets[0], 0))
    np.testing.assert_allclose(fwd.outs[1], np.tanh(fwd.nets[1]), rtol=1e-15)
    net2 = bp.MLP([2, 3, 3, 2], activation=["relu", "tanh", "identity"],
                  output_activation="sigmoid", seed=0)
    assert net2.activations == ["relu", "tanh", "sigmoid"]
    assert bp.MLP([2, 3, 2], activation="tanh", output_activation="sigmoid").activations == \
        ["tanh", "sigmoid"]
    assert bp.MLP([2, 3, 2], activation="tanh", loss="softmax_ce").activations == \
        ["tanh", "softmax"]
    assert bp.MLP([2, 3, 2], activation="tanh").activations == ["tanh", "tanh"]


def test_float32_stays_float32_through_forward_gradients_and_step():
    net = bp.MLP([4, 5, 3], activation="relu", loss="softmax_ce", seed=0, dtype=np.float32)
    X = np.random.default_rng(0).normal(size=(6, 4))          # float64 input on purpose
    T = bp.one_hot([0, 1, 2, 0, 1, 2], 3)
    assert all(w.dtype == np.float32 for w in net.weights)
    assert all(b.dtype == np.float32 for b in net.biases)
    fwd = net.forward(X)
    assert fwd.X.dtype == np.float32
    assert all(a.dtype == np.float32 for a in fwd.nets + fwd.outs)
    bwd = net.backward(fwd, T, input_grad=True)
    assert all(a.dtype == np.float32 for a in bwd.deltas + bwd.dW + bwd.db + bwd.d_inputs)
    net.sgd_step(X, T, lr=0.1)
    assert all(w.dtype == np.float32 for w in net.weights)
    assert all(b.dtype == np.float32 for b in net.biases)
    # and a float32 net computes what its float64 twin computes, to float32 precision
    net64 = bp.MLP([4, 5, 3], activation="relu", loss="softmax_ce")
    net64.weights, net64.biases = net.weights, net.biases
    np.testing.assert_allclose(net.predict(X), net64.predict(X), rtol=1e-5, atol=1e-6)


def test_assigned_items_are_normalised():
    net = bp.MLP([2, 2, 1], bias="unit", seed=0)
    net.weights[1] = [[1.0], [2.0]]          # a list assigned into the list
    net.biases[0] = [0.5, 0.5]
    out = net.predict(np.array([0.0, 0.0]))
    expected = 1 / (1 + np.exp(-(1.0 * (1 / (1 + np.exp(-0.5))) + 2.0 * (1 / (1 + np.exp(-0.5))))))
    assert float(out[0]) == pytest.approx(float(expected), rel=1e-14)
    assert type(net.weights[1]) is np.ndarray


def test_repr_names_the_architecture():
    r = repr(bp.MLP([3, 4, 2], activation="sigmoid", bias="shared", dtype=np.float32))
    assert "[3, 4, 2]" in r and "shared" in r and "float32" in r

"""bpkit.fit: history length, loss going down on an easy seeded problem, rng for
mini-batches, callback results kept."""
import numpy as np
import pytest

import bpkit as bp


@pytest.fixture
def blobs():
    """Two well separated Gaussian blobs in 2-D, labels 0/1."""
    rng = np.random.default_rng(0)
    X = np.vstack([rng.normal(-1.5, 0.5, (40, 2)), rng.normal(1.5, 0.5, (40, 2))])
    y = np.repeat([0, 1], 40)
    return X, y


def test_history_length_and_steps(blobs):
    X, y = blobs
    net = bp.MLP([2, 3, 2], activation="tanh", loss="softmax_ce", seed=0)
    h = bp.fit(net, X, bp.one_hot(y, 2), lr=0.5, epochs=7, batch_size=16,
               rng=np.random.default_rng(0))
    assert len(h.loss) == 7 and h.extra == []
    assert h.steps == 7 * 5
    h = bp.fit(net, X, bp.one_hot(y, 2), lr=0.5, epochs=3)  # full batch: no rng needed
    assert len(h.loss) == 3 and h.steps == 3


def test_loss_decreases_and_learns(blobs):
    X, y = blobs
    net = bp.MLP([2, 4, 1], activation="tanh", output_activation="sigmoid", loss="bce", seed=1)
    before = net.loss(X, y)
    h = bp.fit(net, X, y, lr=0.5, epochs=30, batch_size=8, rng=np.random.default_rng(1))
    assert h.loss[-1] < 0.5 * h.loss[0]
    assert net.loss(X, y) < 0.2 * before
    assert bp.accuracy(net.predict(X), y) == 1.0


def test_full_batch_gd_loss_is_monotone_for_small_lr(blobs):
    X, y = blobs
    net = bp.MLP([2, 3, 2], activation="sigmoid", loss="mse", seed=2)
    h = bp.fit(net, X, bp.one_hot(y, 2), lr=0.1, epochs=20)
    assert all(b < a for a, b in zip(h.loss, h.loss[1:]))
    # full-batch epoch loss is the loss before each step
    net2 = bp.MLP([2, 3, 2], activation="sigmoid", loss="mse", seed=2)
    assert h.loss[0] == pytest.approx(net2.loss(X, bp.one_hot(y, 2)), rel=1e-14)


def test_mini_batches_need_rng(blobs):
    X, y = blobs
    net = bp.MLP([2, 3, 2], loss="softmax_ce", seed=0)
    with pytest.raises(bp.BpkitError, match="rng"):
        bp.fit(net, X, bp.one_hot(y, 2), lr=0.1, epochs=1, batch_size=10)


def test_same_rng_seed_same_result(blobs):
    X, y = blobs
    T = bp.one_hot(y, 2)
    runs = []
    for _ in range(2):
        net = bp.MLP([2, 3, 2], loss="softmax_ce", seed=0)
        bp.fit(net, X, T, lr=0.3, epochs=3, batch_size=10, rng=np.random.default_rng(5))
        runs.append(net.weights[0].copy())
    np.testing.assert_array_equal(*runs)
    net = bp.MLP([2, 3, 2], loss="softmax_ce", seed=0)
    bp.fit(net, X, T, lr=0.3, epochs=3, batch_size=10, rng=np.random.default_rng(6))
    assert not np.array_equal(net.weights[0], runs[0])


def test_callback_results_are_kept(blobs):
    X, y = blobs
    net = bp.MLP([2, 3, 2], loss="softmax_ce", seed=0)
    seen = []

    def callback(n, epoch):
        seen.append(epoch)
        assert n is net
        return {"epoch": epoch, "acc": bp.accuracy(n.predict(X), y)}

    h = bp.fit(net, X, bp.one_hot(y, 2), lr=0.5, epochs=4, batch_size=20,
               rng=np.random.default_rng(0), callback=callback)
    assert seen == [0, 1, 2, 3]
    assert [e["epoch"] for e in h.extra] == [0, 1, 2, 3]
    assert all(0.0 <= e["acc"] <= 1.0 for e in h.extra)


def test_batch_size_larger_than_data_is_full_batch(blobs):
    X, y = blobs
    a = bp.MLP([2, 3, 2], loss="softmax_ce", seed=0)
    b = a.copy()
    bp.fit(a, X, bp.one_hot(y, 2), lr=0.2, epochs=2, batch_size=1000)
    bp.fit(b, X, bp.one_hot(y, 2), lr=0.2, epochs=2)
    np.testing.assert_array_equal(a.weights[0], b.weights[0])


def test_a_nan_weight_set_by_a_callback_stops_training_by_name(blobs):
    X, y = blobs
    net = bp.MLP([2, 3, 2], loss="softmax_ce", seed=0)

    def spoil(n, epoch):
        n.weights[1][0, 1] = np.nan

    with pytest.raises(bp.NonFiniteError, match=r"weights\[1\] contains nan at index \(0, 1\)"):
        bp.fit(net, X, bp.one_hot(y, 2), lr=0.1, epochs=2, batch_size=20,
               rng=np.random.default_rng(0), callback=spoil)


def test_fit_gives_the_same_weights_as_sgd_step_by_hand(blobs):
    X, y = blobs
    T = bp.one_hot(y, 2)
    a = bp.MLP([2, 3, 2], loss="softmax_ce", seed=0)
    b = a.copy()
    bp.fit(a, X, T, lr=0.3, epochs=2, batch_size=30, rng=np.random.default_rng(9))
    rng = np.random.default_rng(9)
    for _ in range(2):
        order = rng.permutation(len(X))
        for s in range(0, len(X), 30):
            b.sgd_step(X[order[s:s + 30]], T[order[s:s + 30]], 0.3)
    for wa, wb in zip(a.weights + a.biases, b.weights + b.biases):
        np.testing.assert_array_equal(wa, wb)

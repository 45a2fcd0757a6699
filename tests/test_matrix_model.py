"""Deck 004's matrix model (bpkit.lessons.matrix_model): the column convention equals bpkit's
rows by transposition, the lecture's E1 = W2ᵀE2 rule is the gradient only where dZ2 = E2, the deck's
update sign, and the digits run of notebook 07."""
import numpy as np
import pytest

import bpkit as bp
from bpkit.errors import BpkitError, ShapeError
from bpkit.figures.training import confusion_counts
from bpkit.lessons import matrix_model as mm
from bpkit.monitor import Monitor

CONFIGS = [  # (output activation, loss, bias)
    ("sigmoid", "mse", "none"),
    ("sigmoid", "mse", "unit"),
    ("sigmoid", "bce", "shared"),
    ("softmax", "softmax_ce", "unit"),
    ("tanh", "mse", "none"),
]


def _data(loss, m=6, n_in=3, n_out=3, seed=1):
    rng = np.random.default_rng(seed)
    X = rng.normal(0, 1, (m, n_in))
    T = rng.uniform(0, 1, (m, n_out))
    if loss == "softmax_ce":
        T = bp.one_hot(rng.integers(0, n_out, m), n_out)
    return X, T


def _net(out_act, loss, bias, seed=0):
    return bp.MLP([3, 5, 3], activation="sigmoid", output_activation=out_act, loss=loss,
                  bias=bias, seed=seed)


@pytest.mark.parametrize("out_act, loss, bias", CONFIGS)
def test_forward_columns_is_the_transpose_of_bpkit(out_act, loss, bias):
    net = _net(out_act, loss, bias)
    X, _ = _data(loss)
    net.biases = [np.full(b.shape, 0.1 * (l + 1)) for l, b in enumerate(net.biases)]
    p = mm.columns_of(net)
    cf = mm.forward_columns(p["W1"], p["W2"], X.T, activation="sigmoid",
                            output_activation=out_act, b1=p["b1"], b2=p["b2"])
    rf = net.forward(X)
    for deck, row in zip(cf, [rf.Z[0], rf.A[0], rf.Z[1], rf.A[1]]):
        assert deck.shape == row.T.shape
        np.testing.assert_allclose(deck, row.T, rtol=1e-12)


@pytest.mark.parametrize("out_act, loss, bias", CONFIGS)
def test_compare_conventions_all_equal(out_act, loss, bias):
    net = _net(out_act, loss, bias)
    X, T = _data(loss)
    rows = mm.compare_conventions(net, X, T)
    assert len(rows) == 14
    assert all(r[-1] for r in rows), [r for r in rows if not r[-1]]
    shapes = {r[0]: r[2] for r in rows}
    assert shapes["ΔW^[1]"] == "(5, 3)" and shapes["A^[0]"] == "(3, 6)"


def test_compare_conventions_notices_a_difference():
    # with a bias the deck's Z = W·A (no b) would differ: the helper must include b
    net = _net("sigmoid", "mse", "unit")
    net.biases = [np.ones(5), np.ones(3)]
    X, T = _data("mse")
    p = mm.columns_of(net)
    no_bias = mm.forward_columns(p["W1"], p["W2"], X.T)
    assert not np.allclose(no_bias.Z1, net.forward(X).Z[0].T)


@pytest.mark.parametrize("out_act, loss, bias", CONFIGS)
def test_exact_backward_is_the_gradient(out_act, loss, bias):
    net = _net(out_act, loss, bias)
    X, T = _data(loss)
    dW, db = net.gradients(X, T)
    eW, eb = mm.exact_backward(net, X, T)
    for a, b in zip(dW + db, eW + eb):
        np.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-14)
    # central differences carry ~1e-11 of noise: a tiny entry may read 'check', never 'wrong'
    assert bp.check_gradients(net, X, T, backward=mm.exact_backward).max_rel_error < 1e-5


def test_lecture_rule_is_wrong_for_sigmoid_mse():
    net = _net("sigmoid", "mse", "unit")
    X, T = _data("mse")
    report = bp.check_gradients(net, X, T, backward=mm.lecture_backward)
    status = {r.name: r.status for r in report}
    assert status["W[0]"] == "wrong" and status["b[0]"] == "wrong"
    assert status["W[1]"] == "ok" and status["b[1]"] == "ok"   # the output layer uses dZ2
    # and it is wrong by the missing factor: E1 = W2ᵀE2 instead of W2ᵀ(E2 ⊙ g'(Z2))
    p = mm.columns_of(net)
    cf = mm.forward_columns(p["W1"], p["W2"], X.T, b1=p["b1"], b2=p["b2"])
    lec = mm.backward_columns(p["W2"], X.T, T.T, cf, rule="lecture")
    np.testing.assert_allclose(lec.E1, p["W2"].T @ (cf.A2 - T.T))


@pytest.mark.parametrize("out_act, loss", [("sigmoid", "bce"), ("softmax", "softmax_ce")])
def test_lecture_rule_agrees_with_cross_entropy(out_act, loss):
    net = _net(out_act, loss, "unit")
    X, T = _data(loss)
    lW, lb = mm.lecture_backward(net, X, T)
    dW, db = net.gradients(X, T)
    for a, b in zip(dW + db, lW + lb):
        np.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-14)
    assert bp.check_gradients(net, X, T, backward=mm.lecture_backward).max_rel_error < 1e-5
    p = mm.columns_of(net)
    cf = mm.forward_columns(p["W1"], p["W2"], X.T, output_activation=out_act,
                            b1=p["b1"], b2=p["b2"])
    cb = mm.backward_columns(p["W2"], X.T, T.T, cf, output_activation=out_act, loss=loss)
    np.testing.assert_allclose(cb.dZ2, cb.E2, atol=1e-12)        # dZ2 = E2 here


def test_deck_gradient_matches_finite_differences_of_the_batch_sum():
    net = _net("sigmoid", "mse", "none")
    X, T = _data("mse")
    p = mm.columns_of(net)
    cf = mm.forward_columns(p["W1"], p["W2"], X.T)
    cb = mm.backward_columns(p["W2"], X.T, T.T, cf)
    num = mm.numerical_dW_columns(net, X, T)
    np.testing.assert_allclose(cb.dW1, num[0], rtol=1e-6, atol=1e-9)
    np.testing.assert_allclose(cb.dW2, num[1], rtol=1e-6, atol=1e-9)
    assert mm.deck_loss(cf.A2, T.T) == pytest.approx(X.shape[0] * net.loss(X, T))
    # the first slide: ∂E/∂W2 = −(Y − A2) ⊙ g'(Z2)·A1ᵀ, the same thing with E = Y − A
    np.testing.assert_allclose(-((T.T - cf.A2) * cf.A2 * (1 - cf.A2)) @ cf.A1.T, num[1],
                               rtol=1e-6, atol=1e-9)


def test_deck_update_sign_climbs_and_descent_descends():
    net = _net("sigmoid", "mse", "none")
    X, T = _data("mse")
    p = mm.columns_of(net)
    cf = mm.forward_columns(p["W1"], p["W2"], X.T)
    cb = mm.backward_columns(p["W2"], X.T, T.T, cf)
    E0 = mm.deck_loss(cf.A2, T.T)
    for sign, lr, goes_up in [(+1, 1.0, True), (-1, 0.5, False)]:
        W1 = mm.update_columns(p["W1"], cb.dZ1, X.T, lr=lr, sign=sign)
        W2 = mm.update_columns(p["W2"], cb.dZ2, cf.A1, lr=lr, sign=sign)
        E1 = mm.deck_loss(mm.forward_columns(W1, W2, X.T).A2, T.T)
        assert (E1 > E0) == goes_up
    with pytest.raises(BpkitError):
        mm.update_columns(p["W2"], cb.dZ2, cf.A1, lr=0.1, sign=2)


def test_train_with_exact_descends_monotonically():
    X, T = _data("mse", m=20)
    net = _net("sigmoid", "mse", "unit")
    losses = mm.train_with(net, X, T, mm.exact_backward, lr=0.5, epochs=30)
    assert len(losses) == 31 and np.all(np.diff(losses) < 0)
    ref = _net("sigmoid", "mse", "unit")
    for _ in range(30):
        ref.sgd_step(X, T, 0.5)
    np.testing.assert_allclose(net.weights[0], ref.weights[0], rtol=1e-10)


def test_bad_input_names_what_is_wrong():
    net = _net("sigmoid", "mse", "none")
    p = mm.columns_of(net)
    X, T = _data("mse")
    with pytest.raises(ShapeError, match="A0 must be"):
        mm.forward_columns(p["W1"], p["W2"], X.T[0])
    with pytest.raises(ShapeError, match="W1 must be"):
        mm.forward_columns(p["W1"].T, p["W2"], X.T)
    with pytest.raises(ShapeError, match="Y must have"):
        mm.backward_columns(p["W2"], X.T, T, mm.forward_columns(p["W1"], p["W2"], X.T))
    with pytest.raises(BpkitError, match="unknown rule"):
        mm.backward_columns(p["W2"], X.T, T.T, mm.forward_columns(p["W1"], p["W2"], X.T),
                            rule="magic")
    with pytest.raises(ShapeError, match="two weight layers"):
        mm.exact_backward(bp.MLP([3, 4, 4, 2], seed=0), X, T[:, :2])


def test_confusion_counts():
    counts = confusion_counts([0, 1, 1, 2], [0, 2, 1, 2], 3)
    np.testing.assert_array_equal(counts, [[1, 0, 0], [0, 1, 1], [0, 0, 1]])


def test_digits_reach_97_percent_with_the_notebooks_settings():
    # the settings of notebooks/src/07_digits_lab.py, section "Real data"
    X_train, X_test, y_train, y_test = bp.load_digits_split()
    net = bp.MLP([64, 64, 10], activation="sigmoid", loss="softmax_ce", seed=0)
    monitor = Monitor(X_train, y_train, X_test, y_test)
    history = bp.fit(net, X_train, bp.one_hot(y_train, 10), lr=2.0, epochs=40, batch_size=32,
                     rng=np.random.default_rng(0), callback=monitor, progress=False)
    assert len(history.extra) == 40 and history.extra[-1] is monitor.records[-1]
    test_acc = bp.accuracy(net.predict(X_test), y_test)
    assert test_acc == pytest.approx(history.extra[-1]["test_acc"])
    assert test_acc >= 0.97
    assert history.extra[-1]["train_loss"] < history.extra[0]["train_loss"]

"""The crosswalk of notebook 00: every bpkit name in it exists on a real forward/backward
record and means what the row says."""
import numpy as np
import pytest

import bpkit as bp
from bpkit.lessons import examples, notation

EXPRS = sorted({e for s in notation.CROSSWALK for e in s.bpkit})


@pytest.fixture(scope="module")
def setup():
    net = bp.MLP([3, 4, 2], activation="sigmoid", loss="mse", bias="unit", seed=0)
    X = np.random.default_rng(0).random((5, 3))
    T = np.random.default_rng(1).random((5, 2))
    return net, X, T


@pytest.mark.parametrize("expr", EXPRS)
def test_every_bpkit_name_exists(expr, setup):
    got = notation.evaluate(expr, *setup)
    assert got and all(v is not None for _, v in got)


def test_every_row_names_all_five_decks_and_bpkit():
    for s in notation.CROSSWALK:
        assert len(s.decks) == len(notation.DECKS) and all(s.decks), s.concept
        assert s.bpkit, s.concept


def _one(expr, setup):
    (l, v), = notation.evaluate(expr, *setup)
    return v


def test_rows_mean_what_they_say(setup):
    net, X, T = setup
    fwd = net.forward(X)
    bwd = net.backward(fwd, T)
    by = {s.concept: s for s in notation.CROSSWALK}
    # pre-activation, output, δ rows point at the right layer
    assert np.array_equal(_one(by["hidden pre-activation (weighted sum)"].bpkit[0], setup), fwd.nets[0])
    assert np.array_equal(_one(by["network output"].bpkit[0], setup), net.predict(X))
    assert np.array_equal(_one(by["δ of the output layer, ∂E/∂(pre-activation)"].bpkit[0], setup),
                          bwd.deltas[-1])
    # the gradient sent down is Σ_r δ_r w_jr (deck 003's ∂y_j)
    assert np.allclose(_one("bwd.d_inputs[-1]", setup), bwd.deltas[-1] @ net.weights[-1].T)
    # the weight gradient is the finite-difference gradient of E
    dW = notation.evaluate("bwd.dW[l]", *setup)
    num = bp.numerical_gradient(lambda: net.loss(X, T), net.weights[0])
    assert np.allclose(dW[0][1], num, atol=1e-8)
    assert np.isclose(_one("bwd.loss", setup), net.loss(X, T))


def test_evaluate_does_not_change_the_net(setup):
    net, X, T = setup
    before = [W.copy() for W in net.weights]
    notation.evaluate("net.sgd_step(X, T, lr)", net, X, T, lr=1.0)
    assert all(np.array_equal(a, b) for a, b in zip(before, net.weights))


def test_tables_render():
    net, x, t, lr = examples.deck002()
    assert "<table>" in notation.crosswalk_table()._repr_html_()
    live = notation.live_table(net, x, t, lr)
    assert len(live.rows) == sum(len(s.bpkit) for s in notation.CROSSWALK)
    assert any("array (3, 4)" in r[1] for r in live.rows)

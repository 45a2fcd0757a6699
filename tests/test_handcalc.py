"""bpkit.lessons.handcalc: deck 002's tables show numbers that plain scalar arithmetic reproduces.

The reference here is written from the deck's formulas with Python floats and math.exp,
independently of bpkit's matrices; a table value (4 significant digits or more) must agree
with it to its shown precision.
"""
import math

import matplotlib
import numpy as np
import pytest

import bpkit as bp
from bpkit.errors import BpkitError, ShapeError
from bpkit.figures.net342 import draw_net342
from bpkit.lessons import handcalc as hc
from bpkit.lessons.examples import deck002

matplotlib.use("Agg")


def sig(s):
    return 1.0 / (1.0 + math.exp(-s))


def by_hand(W_IH, W_HO, b1, b2, x, t):
    """Deck 002's formulas, one scalar at a time; 0-based indices."""
    n_in, n_h = len(W_IH), len(W_IH[0])
    n_out = len(W_HO[0])
    r = {}
    r["net_H"] = [b1 + sum(x[i] * W_IH[i][j] for i in range(n_in)) for j in range(n_h)]
    r["out_H"] = [sig(s) for s in r["net_H"]]
    r["net_O"] = [b2 + sum(r["out_H"][i] * W_HO[i][k] for i in range(n_h)) for k in range(n_out)]
    r["out_O"] = [sig(s) for s in r["net_O"]]
    r["E"] = [0.5 * (t[k] - r["out_O"][k]) ** 2 for k in range(n_out)]
    r["E_Total"] = sum(r["E"])
    o = r["out_O"]
    r["delta_O"] = [(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(n_out)]
    r["dW_HO"] = [[r["delta_O"][k] * r["out_H"][i] for k in range(n_out)] for i in range(n_h)]
    h = r["out_H"]
    r["delta_H"] = [sum(r["delta_O"][k] * W_HO[j][k] for k in range(n_out)) * h[j] * (1 - h[j])
                    for j in range(n_h)]
    r["dW_IH"] = [[r["delta_H"][j] * x[i] for j in range(n_h)] for i in range(n_in)]
    r["db2"] = sum(r["delta_O"])
    r["db1"] = sum(r["delta_H"])
    return r


def values(table, col=-1):
    return [float(row[col]) for row in table.rows]


def close(shown, exact):
    """A shown value has ≥ 4 significant digits: relative error ≤ 5e-4 (or tiny absolute)."""
    return all(abs(s - e) <= 5e-4 * abs(e) + 1e-12 for s, e in zip(shown, exact))


def flat(rows):
    return [v for row in rows for v in row]


@pytest.fixture(params=["deck002", "random 2-3-3"])
def case(request):
    if request.param == "deck002":
        net, x, t, _ = deck002()
    else:
        rng = np.random.default_rng(7)
        net = bp.MLP([2, 3, 3], activation="sigmoid", loss="mse", bias="shared", rng=rng)
        net.biases = [rng.normal(), rng.normal()]
        x, t = rng.normal(size=2), rng.uniform(size=3)
    ref = by_hand(net.weights[0].tolist(), net.weights[1].tolist(), float(net.biases[0]),
                  float(net.biases[1]), x.tolist(), t.tolist())
    return hc.HandCalc(net, x, t), ref


def test_forward_tables_match_scalar_arithmetic(case):
    hand, r = case
    assert close(values(hand.net_hidden()), r["net_H"])
    assert close(values(hand.out_hidden()), r["out_H"])
    assert close(values(hand.net_output()), r["net_O"])
    assert close(values(hand.out_output()), r["out_O"])
    assert close(values(hand.error()), r["E"] + [r["E_Total"]])


def test_backward_tables_match_scalar_arithmetic(case):
    hand, r = case
    assert close(values(hand.delta_output()), r["delta_O"])
    assert close(values(hand.grad_W_HO()), flat(r["dW_HO"]))   # rows i, then j: w'11, w'12, ...
    assert close(values(hand.delta_hidden()), r["delta_H"])
    assert close(values(hand.grad_W_IH()), flat(r["dW_IH"]))
    assert close(values(hand.grad_biases()), [r["db2"], r["db1"]])


def test_rows_read_like_the_deck():
    net, x, t, lr = deck002()
    hand = hc.HandCalc(net, x, t)
    row = hand.net_hidden().rows[0]
    assert row == ["net_H1", "b1 + x1·w11 + x2·w21 + x3·w31",
                   "0.35 + 0.05·0.10 + 0.10·0.30 + 0.15·0.50", "0.4600"]
    assert hand.grad_W_HO().rows[1][:2] == ["∂E_Total/∂w'12", "δ_O2·out_H1"]
    assert hand.delta_hidden().rows[0][1] == "(δ_O1·w'11 + δ_O2·w'12)·out_H1·(1 − out_H1)"
    assert hand.grad_biases().rows[1][1] == "δ_H1 + δ_H2 + δ_H3 + δ_H4"
    assert hand.weights(2).rows[0][2] == "w'12 = 0.45"
    given = {row[0]: row[2] for row in hand.given(lr).rows}
    assert given == {"x1": "0.05", "x2": "0.10", "x3": "0.15", "target1": "0.01",
                     "target2": "0.99", "b1": "0.35", "b2": "0.60", "lr": "0.50"}


def test_update_equals_one_sgd_step_and_lowers_the_error():
    net, x, t, lr = deck002()
    hand = hc.HandCalc(net, x, t)
    after = net.copy()
    after.sgd_step(x, t, lr)
    want = flat(after.weights[1].tolist()) + [float(after.biases[1])] + \
        flat(after.weights[0].tolist()) + [float(after.biases[0])]
    assert close(values(hand.update(lr)), want)
    assert values(hand.update(lr, layer=2)) == values(hand.update(lr))[:9]
    before, later, change = hand.before_after(lr).rows[0][1:]
    assert float(later) < float(before) and float(change) < 0
    assert np.allclose(net.weights[1], deck002()[0].weights[1])   # hand did not touch the net


def test_errata_tables():
    net, x, t, _ = deck002()
    hand = hc.HandCalc(net, x, t)
    r = by_hand(net.weights[0].tolist(), net.weights[1].tolist(), 0.35, 0.60, x.tolist(),
                t.tolist())
    w12 = hand.erratum_w12().rows
    assert close([float(w12[0][3])], [r["out_H"][0]])        # ∂net_O2/∂w'12 = out_H1
    assert float(w12[1][3]) == 0.0                            # ∂net_O2/∂w'21 = 0
    assert close([float(w12[2][3]), float(w12[3][3])], [r["dW_HO"][0][1], r["dW_HO"][1][0]])
    # ∂E_Total/∂out_H1 = δ_O1 w'11 + δ_O2 w'12, by finite differences of E(out_H)
    dE = hand.erratum_dE_dout_H1().rows
    W = net.weights[1]
    want = [r["delta_O"][0] * W[0, 0], r["delta_O"][1] * W[0, 1]]
    assert close([float(row[4]) for row in dE], want + [sum(want)])
    assert np.allclose(hand.dE_d_out_H(), [sum(r["delta_O"][k] * W[j, k] for k in range(2))
                                           for j in range(4)], atol=1e-9)
    b2 = hand.check_b2_split().rows
    assert close([float(row[3]) for row in b2], r["delta_O"] + [r["db2"]])


def test_num_keeps_four_significant_digits():
    assert hc.num(0.46) == "0.4600"
    assert hc.num(0.46, short=True) == "0.46"
    assert hc.num(0.000391642) == "0.0003916"
    assert hc.num(-0.00987607) == "-0.009876"
    assert hc.num(1.962096) == "1.9621"
    assert hc.num(3e-12) == "0.0000"


@pytest.mark.parametrize("make, error", [
    (lambda: bp.MLP([3, 4, 2], bias="unit", seed=0), BpkitError),
    (lambda: bp.MLP([3, 4, 2], loss="bce", bias="shared", seed=0), BpkitError),
    (lambda: bp.MLP([3, 4, 4, 2], bias="shared", seed=0), ShapeError),
])
def test_rejects_nets_that_are_not_deck_002s(make, error):
    with pytest.raises(error, match="deck 002"):
        hc.HandCalc(make(), np.zeros(3), np.full(2, 0.5))


def test_rejects_a_batch():
    net, x, t, _ = deck002()
    with pytest.raises(ShapeError, match="one sample"):
        hc.HandCalc(net, np.stack([x, x]), t)


def test_diagram_draws_and_names_its_weights():
    fig = draw_net342(highlight=["w'12"])
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "$w'_{12}$" in texts and "$b_1$" in texts and "$O_2$" in texts
    assert sum(t in {"$x_1$", "$x_2$", "$x_3$"} for t in texts) == 3 and "$x_i$" in texts
    with pytest.raises(BpkitError, match="w'99"):
        draw_net342(highlight=["w'99"])
    matplotlib.pyplot.close("all")


def test_tables_keep_their_numbers_when_the_net_is_trained_later():
    net, x, t, lr = deck002()
    hand = hc.HandCalc(net, x, t)
    before = hand.net_hidden().rows
    net.sgd_step(x, t, lr)
    assert hand.net_hidden().rows == before
    assert hc.HandCalc(net, x, t).net_hidden().rows != before


def test_saturated_units_give_no_overflow_warning():
    net, x, t, _ = deck002()
    net.weights = [net.weights[0], -2000 * net.weights[1]]   # net_O ≈ −2600: e^(−net) overflows
    hand = hc.HandCalc(net, x, t)
    assert hand.out_O.tolist() == [0.0, 0.0]
    hand.erratum_dE_dout_H1()
    hand.check_b2_split()
    hand.erratum_w12()


@pytest.mark.parametrize("lr", [np.nan, np.inf, "abc", None, True])
def test_a_bad_learning_rate_is_named(lr):
    net, x, target, _ = deck002()
    hand = hc.HandCalc(net, x, target)
    for call in (hand.update, hand.stepped, hand.before_after):
        with pytest.raises(BpkitError, match="lr"):
            call(lr)


@pytest.mark.parametrize("k", [0, 3, -1, 1.0, "1"])
def test_an_output_the_net_lacks_is_named(k):
    net, x, target, _ = deck002()
    with pytest.raises(BpkitError, match="O1 … O2"):
        hc.HandCalc(net, x, target).d_net_O_d_W_HO(k)


def test_tables_speak_the_notebooks_language_with_the_same_numbers():
    net, x, target, lr = deck002()
    hand = hc.HandCalc(net, x, target)
    en = hand.update(lr, layer=2)
    try:
        bp.set_language("ko")
        ko = hand.update(lr, layer=2)
        assert ko.caption.startswith("lr = ") and "경사하강법" in ko.caption
        assert hand.given(lr).caption == "주어진 값"
        with pytest.raises(BpkitError, match="layer는 1"):
            hand.update(lr, layer=3)
    finally:
        bp.set_language("en")
    assert ko.rows == en.rows and en.caption.startswith("One gradient-descent step")

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
    assert np.array_equal(_one(by["hidden pre-activation (weighted sum)"].bpkit[0], setup),
                          fwd.nets[0])
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


# ---- one builder of a weight's display name ---------------------------------------------------
@pytest.mark.parametrize("args, style, name", [
    ((1, 1, 2), "plain", "w12"),                 # input 1 → hidden 2
    ((2, 1, 2), "plain", "w'12"),                # hidden 1 → output 2 (deck 002's erratum)
    ((2, 1, 2), "sub", "w'_12"),
    ((2, 3, 4), "unicode", "w'₃₄"),
    ((2, 1, 2), "tex", "w'_{12}"),
    ((3, 1, 1), "plain", "w''11"),
    ((1, 10, 2), "sub", "w_10,2"),               # indices from 10 on stay apart
    ((2, "i", "j"), "sub", "w'_ij"),
    ((2, "j", "k"), "plain", "w'jk"),
])
def test_weight_name(args, style, name):
    assert notation.weight_name(*args, style=style) == name


@pytest.mark.parametrize("args, style, name", [
    ((1,), "plain", "b1"), ((2, 3), "sub", "b2_3"), ((1,), "unicode", "b₁"),
    ((1, 2), "unicode", "b₁₂"), ((2, 1), "tex", "b_{21}"),
])
def test_bias_name(args, style, name):
    assert notation.bias_name(*args, style=style) == name


def test_an_unknown_style_is_named():
    with pytest.raises(bp.BpkitError, match="style 'latex'"):
        notation.weight_name(1, 1, 1, style="latex")


def test_every_place_names_a_weight_the_same_way():
    """The explorer's menu and diagram, the hand-calculation tables and deck 002's figure all
    take their names from ``weight_name``: w_ij into the hidden layer, w'_ij into the output."""
    import matplotlib
    matplotlib.use("Agg")
    from bpkit.figures.net342 import draw_net342
    from bpkit.lab import explorer_state as es
    from bpkit.lab import widgets
    from bpkit.lessons.handcalc import HandCalc

    net, x, t, _ = examples.deck002()
    hand = HandCalc(net, x, t)
    ex = widgets.explorer()
    menu = {r: label for label, r in ex.controls["param"].options}
    for l, W in enumerate(net.weights):
        cells = [str(c) for row in hand.weights(l + 1).rows for c in row]
        for i, j in np.ndindex(W.shape):
            ref = es.ParamRef("W", l, i, j)
            assert menu[ref] == notation.weight_name(l + 1, i + 1, j + 1, "sub")
            name = notation.weight_name(l + 1, i + 1, j + 1)
            assert any(c.startswith(f"{name} = ") for c in cells)
            ex.controls["param"].value = ref
            assert ex._diagram.selected_text.get_text().startswith(
                f"selected {notation.weight_name(l + 1, i + 1, j + 1, 'unicode')} = ")
    fig = draw_net342(highlight=[notation.weight_name(2, 1, 2)])
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "$" + notation.weight_name(2, 1, 2, "tex") + "$" in texts
    matplotlib.pyplot.close(fig)


def test_the_crosswalk_speaks_the_notebook_language():
    import bpkit.i18n as i18n
    try:
        i18n.set_language("ko")
        table = notation.crosswalk_table()
        assert table.head[:2] == ["개념", "강의 자료 000"] and table.rows[0][0] == "층, 입력 → 출력"
        assert [r[-1] for r in table.rows] == [" · ".join(s.bpkit) for s in notation.CROSSWALK]
    finally:
        i18n.set_language("en")
    assert notation.crosswalk_table().rows[0][0] == "layers, input → output"


def test_index_box_reads_one_weight_in_every_notation(korean):
    box = notation.index_box()
    assert [r[0] for r in box.rows] == ["000", "002", "003", "004", "bpkit"]
    values = {r[-1] for r in box.rows}
    assert len(values) == 1 and float(values.pop()) != 0.0   # one number, five notations
    assert box.head == ["강의 자료", "식", "이 가중치", "첨자 순서", "값"]
    assert [r[3] for r in box.rows].count("(도착, 출발)") == 1   # deck 004 puts the receiver first

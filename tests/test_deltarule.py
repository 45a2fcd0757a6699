"""deck 003's index loops (bpkit.lessons.deltarule) against net.backward and finite differences."""
import numpy as np
import pytest

import bpkit as bp
from bpkit.lessons import deltarule as dr


def _net(activation, loss, sizes=(3, 4, 2), seed=1):
    rng = np.random.default_rng(seed)
    net = bp.MLP(list(sizes), activation=activation, loss=loss, bias="unit", rng=rng)
    net.biases = [rng.normal(0, 0.5, n) for n in sizes[1:]]
    x = rng.normal(size=sizes[0])
    t = rng.uniform(0.05, 0.95, size=sizes[-1])
    return net, x, t


@pytest.mark.parametrize("activation,loss", [("sigmoid", "mse"), ("tanh", "mse"),
                                             ("sigmoid", "bce"), ("relu", "mse")])
def test_loops_equal_backward(activation, loss):
    net, x, t = _net(activation, loss, sizes=(3, 5, 4, 2))
    g = dr.grads_by_index(net, x, t)
    bwd = net.backward(net.forward(x), t, input_grad=True)
    for l in range(net.n_layers):
        np.testing.assert_allclose(g.deltas[l], bwd.deltas[l][0], rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(g.dW[l], bwd.dW[l], rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(g.db[l], bwd.db[l], rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(g.d_inputs[l], bwd.d_inputs[l][0], rtol=1e-12, atol=1e-15)


def test_loops_equal_finite_differences():
    net, x, t = _net("sigmoid", "mse")
    g = dr.grads_by_index(net, x, t)
    report = bp.check_gradients(net, x, t, backward=lambda n, X, T: (g.dW, g.db))
    assert report.ok, report
    for a, n in zip(g.d_inputs, dr.numerical_d_inputs(net, x, t)):
        np.testing.assert_allclose(a, n, rtol=1e-6, atol=1e-9)


def test_batch_loops_are_the_mean_of_samples():
    net, _, _ = _net("tanh", "mse")
    rng = np.random.default_rng(3)
    X, T = rng.normal(size=(6, 3)), rng.uniform(size=(6, 2))
    g = dr.batch_grads_by_index(net, X, T)
    dW, db = net.gradients(X, T)
    for a, b in zip(g.dW + g.db, dW + db):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-15)
    for a, b in zip(g.deltas, net.deltas(X, T)):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-15)


def test_layer_grads_by_index_single_entries():
    y_in, delta = np.array([1.0, 2.0]), np.array([3.0, -1.0, 0.5])
    W = np.arange(6.0).reshape(2, 3)
    dW, db, dy = dr.layer_grads_by_index(y_in, delta, W)
    assert dW[1, 0] == 2.0 * 3.0 and db[2] == 0.5
    assert dy[1] == 3.0 * 3.0 + (-1.0) * 4.0 + 0.5 * 5.0
    with pytest.raises(bp.ShapeError):
        dr.layer_grads_by_index(y_in, delta, W.T)


def test_rejects_shared_bias_and_softmax():
    with pytest.raises(bp.BpkitError, match="per-unit"):
        dr.grads_by_index(bp.MLP([2, 2], bias="shared", seed=0), [0.1, 0.2], [0.3, 0.4])
    with pytest.raises(bp.BpkitError, match="softmax"):
        dr.grads_by_index(bp.MLP([2, 2], loss="softmax_ce", seed=0), [0.1, 0.2], [0.5, 0.5])


def test_formula_locations_point_at_the_code():
    rows = dr.formula_locations()
    assert len(rows) == 8
    root = __import__("pathlib").Path(bp.__file__).resolve().parents[1]
    for _formula, where, code in rows:
        path, line = where.rsplit(":", 1)
        text = (root / path).read_text(encoding="utf-8").splitlines()[int(line) - 1]
        assert text.split("#")[0].strip() in code  # the line is (part of) the statement shown
    assert rows[1][2] == "dW = inp.T @ delta" and rows[2][2] == "db = delta.sum(axis=0)"
    with pytest.raises(bp.BpkitError, match="not found"):
        dr.find_line(dr.grads_by_index, "no such marker ∂∂")


def test_output_pairs_collapse_exactly_where_expected():
    rows = dr.check_output_pairs([0.3, -0.8, 1.5], [0.1, 0.6, 0.3])
    collapsing = {(r.activation, r.loss) for r in rows if r.collapses}
    assert collapsing == {("identity", "mse"), ("sigmoid", "bce"), ("softmax", "softmax_ce")}
    for r in rows:
        assert r.formula_error < 1e-8 and r.bpkit_error < 1e-8, r


def test_deep_sigmoid_vanishes_and_relu_does_not():
    curves = dr.deep_delta_magnitudes(["sigmoid", "relu"], depth=8, width=12, n_samples=32,
                                      rng=np.random.default_rng(0))
    assert curves["sigmoid"].shape == (8,)
    assert curves["sigmoid"][0] / curves["sigmoid"][-2] < 1e-3
    assert curves["relu"][0] / curves["relu"][-2] > 1e-1
    with pytest.raises(bp.ShapeError):
        dr.deep_delta_magnitudes(["relu"], depth=1, width=3, n_samples=2,
                                 rng=np.random.default_rng(0))


def test_deltarule_reexports_deck_003s_other_modules():
    from bpkit.lessons import deep_delta, formula_map, output_pairs
    for module in (deep_delta, formula_map, output_pairs):
        for name in module.__all__:
            assert getattr(dr, name) is getattr(module, name), name
            assert name in dr.__all__, name


def test_find_line_in_a_module_gives_the_file_line_of_the_comment():
    rel, line, code = dr.find_line(bp.layers, "∂b_k = δ_k")
    assert rel == "bpkit/layers.py" and code == "db = delta.sum(axis=0)"
    text = (__import__("pathlib").Path(bp.__file__).resolve().parents[1] / rel).read_text("utf-8")
    assert "# ∂b_k = δ_k" in text.splitlines()[line - 1]


def test_the_vanishing_figure_speaks_korean_with_every_glyph(korean, every_glyph):
    from bpkit.figures.vanishing import plot_delta_magnitudes
    curves = {"sigmoid": np.array([1e-6, 1e-3, 0.3]), "relu": np.array([0.05, 0.1, 0.3])}
    fig = plot_delta_magnitudes(curves)
    every_glyph(fig)
    ax = fig.axes[0]
    assert ax.get_title() == "깊은 신경망을 거꾸로 흐르는 δ" and "로그" in ax.get_ylabel()

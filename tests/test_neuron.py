"""One sigmoid neuron (notebook 01): deck 001's update rule is −α ∂E/∂w of the log-loss,
training lowers the error, the data set is seeded, bad input is named."""
import matplotlib

matplotlib.use("Agg")

import numpy as np
import pytest

import bpkit as bp
from bpkit import data as bpdata
from bpkit.errors import BpkitError, ShapeError
from bpkit.figures import boundary
from bpkit.lessons import neuron


def central_diff(f, v, h=1e-6):
    g = np.zeros_like(v)
    for i in range(v.size):
        e = np.zeros_like(v)
        e[i] = h
        g[i] = (f(v + e) - f(v - e)) / (2 * h)
    return g


@pytest.fixture
def data():
    return bpdata.make_admissions(40, np.random.default_rng(3))


def test_make_admissions_is_seeded_and_shaped():
    X, y = bpdata.make_admissions(50, np.random.default_rng(1))
    X2, y2 = bpdata.make_admissions(50, np.random.default_rng(1))
    assert X.shape == (50, 2) and y.shape == (50,)
    assert np.array_equal(X, X2) and np.array_equal(y, y2)
    assert set(np.unique(y)) == {0.0, 1.0}


def test_make_admissions_labels_follow_the_rule():
    X, y = bpdata.make_admissions(4000, np.random.default_rng(2))
    p = bp.sigmoid(X @ bpdata.ADMIT_W + bpdata.ADMIT_B)
    # admitted share among high- and low-probability applicants
    assert y[p > 0.9].mean() > 0.85 and y[p < 0.1].mean() < 0.15


@pytest.mark.parametrize("bad", [0, -3, 2.5])
def test_make_admissions_rejects_bad_n(bad):
    with pytest.raises(BpkitError, match="n"):
        bpdata.make_admissions(bad, np.random.default_rng(0))


def test_make_admissions_needs_a_generator():
    with pytest.raises(BpkitError, match="Generator"):
        bpdata.make_admissions(5, 0)


def test_update_rule_is_minus_alpha_times_the_gradient(data):
    X, y = data
    w, b, alpha = np.array([0.4, -0.7]), 0.2, 0.3
    w_new, b_new = neuron.gradient_step(X, y, w, b, alpha)
    dw = central_diff(lambda v: neuron.error(X, y, v, b), w)
    db = central_diff(lambda v: neuron.error(X, y, w, v[0]), np.array([b]))[0]
    assert np.allclose(w_new, w - alpha * dw, atol=1e-8)
    assert np.isclose(b_new, b - alpha * db, atol=1e-8)
    gw, gb = neuron.gradient(X, y, w, b)
    assert np.allclose(gw, dw, atol=1e-8) and np.isclose(gb, db, atol=1e-8)


def test_one_sample_step_is_the_slide_rule_letter_by_letter():
    x, y, w, b, alpha = np.array([1.0, -2.0]), 1.0, np.array([0.5, 0.25]), -0.1, 0.5
    y_hat = 1 / (1 + np.exp(-(0.5 * 1.0 + 0.25 * -2.0 - 0.1)))
    w_new, b_new = neuron.gradient_step(x, y, w, b, alpha)
    assert np.allclose(w_new, [0.5 + alpha * (y - y_hat) * 1.0, 0.25 + alpha * (y - y_hat) * -2.0])
    assert np.isclose(b_new, -0.1 + alpha * (y - y_hat))


def test_log_loss_values_and_saturation():
    assert np.isclose(neuron.log_loss([1.0], [0.8]), -np.log(0.8))
    assert np.isclose(neuron.log_loss([0.0, 1.0], [0.3, 0.6]), -(np.log(0.7) + np.log(0.6)) / 2)
    assert np.isfinite(neuron.log_loss([1.0], [0.0]))  # clipped, no warning


def test_training_lowers_the_error_and_records_every_epoch(data):
    X, y = data
    h = neuron.train_neuron(X, y, alpha=1.0, epochs=50)
    assert len(h.w) == len(h.b) == len(h.error) == 51
    assert h.error[-1] < 0.7 * h.error[0]
    assert np.all(np.diff(h.error) <= 1e-12)  # a small enough step never goes uphill


def test_fit_bias_false_keeps_b(data):
    X, y = data
    h = neuron.train_neuron(X, y, alpha=1.0, epochs=5, b=0.3, fit_bias=False)
    assert h.b == [0.3] * 6


def test_error_surface_matches_error(data):
    X, y = data
    g1, g2 = np.linspace(-2, 3, 6), np.linspace(-1, 4, 5)
    E = neuron.error_surface(X, y, g1, g2, b=0.1)
    assert E.shape == (5, 6)
    assert np.isclose(E[3, 2], neuron.error(X, y, np.array([g1[2], g2[3]]), 0.1))


def test_bad_shapes_are_named(data):
    X, y = data
    with pytest.raises(ShapeError, match="w must have one weight per feature"):
        neuron.predict(X, np.zeros(3), 0.0)
    with pytest.raises(ShapeError, match="one label per sample"):
        neuron.gradient_step(X, y[:-1], np.zeros(2), 0.0, 0.1)
    with pytest.raises(BpkitError, match="labels y"):
        neuron.error(X, y * 2, np.zeros(2), 0.0)


def test_plots_draw_one_line_per_epoch_and_one_column_per_rate(data):
    X, y = data
    h = neuron.train_neuron(X, y, 0.5, 10, w=np.array([-1.0, 2.0]), b=1.0)
    fig = boundary.plot_boundaries(X, y, h, [0, 5, 10])
    assert len(fig.axes[0].lines) == 3
    runs = {a: neuron.train_neuron(X, y, a, 5, fit_bias=False) for a in (0.1, 1.0)}
    fig = boundary.plot_learning_rates(X, y, runs, np.linspace(-3, 3, 7), np.linspace(-3, 3, 7))
    assert len(fig.axes) == 4
    matplotlib.pyplot.close("all")

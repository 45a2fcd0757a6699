"""The explorer of notebook 08, driven headless: every control changes the state exactly as a
fresh ``bp.MLP`` computes it, and nothing turns non-finite at the sliders' extremes."""
from __future__ import annotations

import re
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bpkit as bp
from bpkit.lab import explorer_state as es
from bpkit.lab import widgets
from bpkit.lab.diagram import edge_width
from bpkit.lessons.examples import deck002

# hidden activation, output activation, bpkit loss for each (activation, loss) choice
EXPECTED_NET = {
    ("sigmoid", "mse"): ("sigmoid", "sigmoid", "mse"),
    ("tanh", "mse"): ("tanh", "tanh", "mse"),
    ("relu", "mse"): ("relu", "relu", "mse"),
    ("sigmoid", "ce"): ("sigmoid", "sigmoid", "bce"),
    ("tanh", "ce"): ("tanh", "sigmoid", "bce"),
    ("relu", "ce"): ("relu", "sigmoid", "bce"),
}


def fresh(state: es.ExplorerState) -> bp.MLP:
    """An independent MLP with the state's architecture and parameters."""
    hidden, output, loss = EXPECTED_NET[(state.activation, state.loss)]
    p = es.PRESETS[state.preset]
    net = bp.MLP(list(p.sizes), activation=hidden, output_activation=output, loss=loss,
                 bias=p.bias)
    net.weights = [W.copy() for W in state.net.weights]
    net.biases = [b.copy() for b in state.net.biases]
    return net


def assert_consistent(state: es.ExplorerState) -> None:
    """The state's records are what bpkit computes for its net, x and target."""
    net = fresh(state)
    fwd = net.forward(state.x)
    bwd = net.backward(fwd, state.target)
    assert state.E == pytest.approx(bwd.loss, rel=1e-12, abs=1e-15)
    for a, b in zip(state.bwd.deltas, bwd.deltas):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-15)
    for a, b in zip(state.bwd.dW + state.bwd.db, bwd.dW + bwd.db):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-15)
    for a, b in zip(state.fwd.outs, fwd.outs):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-15)


def shown_deltas(ex: widgets.Explorer) -> dict:
    """The δ values the deltas panel displays (its data-value attributes)."""
    return {k: float(v) for k, v in
            re.findall(r'id="bp-delta-(\w+)" data-value="([^"]+)"', ex.controls["deltas"].value)}


@pytest.fixture
def ex():
    return widgets.explorer()


def test_default_is_deck002(ex):
    net, x, target, lr = deck002()
    np.testing.assert_array_equal(ex.state.x, x)
    np.testing.assert_array_equal(ex.state.target, target)
    assert ex.state.lr == lr
    assert ex.state.E == pytest.approx(net.loss(x, target), rel=1e-14)
    assert ex.state.selected == es.ParamRef("W", 1, 0, 0)
    assert ex.controls["param"].label == "w'_11"
    assert ex.controls["value"].value == pytest.approx(0.40)
    assert ex.controls["diagram"].value[:8] == b"\x89PNG\r\n\x1a\n"


def test_weight_slider_gives_bpkit_deltas(ex):
    ex.controls["value"].value = 2.0
    net, x, target, _ = deck002()
    net.weights[1][0, 0] = 2.0
    bwd = net.backward(net.forward(x), target)
    assert ex.state.E == pytest.approx(bwd.loss, rel=1e-13)
    for l in range(2):
        np.testing.assert_allclose(ex.state.bwd.deltas[l], bwd.deltas[l], rtol=1e-13)
        np.testing.assert_allclose(ex.state.bwd.dW[l], bwd.dW[l], rtol=1e-13)
    shown = shown_deltas(ex)
    assert shown["O1"] == pytest.approx(bwd.deltas[1][0, 0], rel=1e-15)
    assert shown["H4"] == pytest.approx(bwd.deltas[0][0, 3], rel=1e-15)
    assert f'data-value="{bwd.loss!r}"' in ex.controls["status"].value


def test_selecting_a_bias_moves_the_slider_to_it(ex):
    ex.controls["param"].value = es.ParamRef("b", 0)
    assert ex.controls["value"].value == pytest.approx(0.35)
    ex.controls["value"].value = -1.5
    net, x, target, _ = deck002()
    net.biases = [-1.5, 0.60]
    assert ex.state.E == pytest.approx(net.loss(x, target), rel=1e-13)
    assert float(ex.state.net.weights[1][0, 0]) == pytest.approx(0.40)   # nothing else moved


def test_slider_is_clamped_and_state_clamps_too(ex):
    ex.controls["value"].value = 25.0                 # the slider clamps to its range
    assert es.get_param(ex.state.net, ex.state.selected) == es.PARAM_RANGE[1]
    es.change_param(ex.state, ex.state.selected, -1e6)
    assert es.get_param(ex.state.net, ex.state.selected) == es.PARAM_RANGE[0]


def test_input_and_target_sliders(ex):
    ex.controls["x"][1].value = -3.0
    ex.controls["t"][0].value = 0.5
    net, x, target, _ = deck002()
    x[1], target[0] = -3.0, 0.5
    assert ex.state.E == pytest.approx(net.loss(x, target), rel=1e-13)
    assert_consistent(ex.state)


@pytest.mark.parametrize("activation", es.ACTIVATION_CHOICES)
@pytest.mark.parametrize("loss", list(es.LOSS_CHOICES))
def test_activation_and_loss_switches(ex, activation, loss):
    ex.controls["value"].value = 3.0
    ex.controls["loss"].value = loss
    ex.controls["activation"].value = activation
    hidden, output, bp_loss = EXPECTED_NET[(activation, loss)]
    assert ex.state.net.activations == [hidden, output]
    assert ex.state.net.loss_name == bp_loss
    assert float(ex.state.net.weights[1][0, 0]) == 3.0          # weights survive the switch
    assert_consistent(ex.state)
    note = ex.controls["note"].value
    assert f"output layer: <b>{output}</b>" in note
    assert ("stays sigmoid" in note) == (loss == "ce" and activation != "sigmoid")


def test_cross_entropy_at_a_saturated_output_keeps_delta_alive(ex):
    # deck 000/003: with sigmoid + MSE the output δ carries y(1 − y), which vanishes when the
    # unit saturates; with cross-entropy δ = y − t does not
    ex.controls["param"].value = es.ParamRef("b", 1)
    ex.controls["value"].value = 10.0
    mse_delta = abs(ex.state.bwd.deltas[1][0, 0])
    ex.controls["loss"].value = "ce"
    ce_delta = abs(ex.state.bwd.deltas[1][0, 0])
    y, t = ex.state.fwd.output[0, 0], ex.state.target[0]
    assert ce_delta == pytest.approx(y - t, rel=1e-12)
    assert mse_delta == pytest.approx((y - t) * y * (1 - y), rel=1e-9)
    assert ce_delta > 1e3 * mse_delta


def test_sgd_step_button(ex):
    ex.controls["lr"].value = 0.8
    ex.controls["step"].click()
    net, x, target, _ = deck002()
    E0 = net.sgd_step(x, target, 0.8)
    for a, b in zip(ex.state.net.weights + ex.state.net.biases, net.weights + net.biases):
        np.testing.assert_allclose(a, b, rtol=1e-14)
    assert ex.state.history == pytest.approx([E0, net.loss(x, target)], rel=1e-14)
    # the weight slider follows the step
    assert ex.controls["value"].value == pytest.approx(float(net.weights[1][0, 0]), abs=0.01)


def test_train_button_runs_n_steps_and_grows_the_curve(ex):
    png_before = ex.controls["curve"].value
    ex.controls["n_steps"].value = 25
    ex.controls["train"].click()
    net, x, target, lr = deck002()
    losses = [net.loss(x, target)] + [None] * 25
    for k in range(25):
        net.sgd_step(x, target, lr)
        losses[k + 1] = net.loss(x, target)
    assert ex.state.history == pytest.approx(losses, rel=1e-12)
    assert ex.controls["curve"].value != png_before
    assert losses[-1] < losses[0]


def test_training_at_the_extremes_stays_finite():
    ex = widgets.explorer(activation="relu")
    for ref in es.param_refs(ex.state.net):
        es.change_param(ex.state, ref, 10.0)
    for i in range(3):
        ex.controls["x"][i].value = 5.0
    ex.controls["lr"].value = 5.0
    ex.controls["n_steps"].value = 200
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ex.controls["train"].click()
    assert len(ex.state.history) == 201
    assert all(np.isfinite(ex.state.history))
    assert_consistent(ex.state)


def test_refused_step_says_why_and_changes_nothing(ex, monkeypatch):
    # MLP.sgd_step refuses a step that would make a parameter non-finite; the explorer must
    # show its message, keep the parameters and stop training
    def refuse(X, T, lr):
        raise bp.NonFiniteError("the step would make W[1] non-finite")
    monkeypatch.setattr(ex.state.net, "sgd_step", refuse)
    weights = [W.copy() for W in ex.state.net.weights]
    ex.controls["n_steps"].value = 10
    ex.controls["train"].click()
    assert ex.state.history == []             # no step was taken: the curve gets no point
    assert all(np.array_equal(a, b) for a, b in zip(weights, ex.state.net.weights))
    assert "step refused" in ex.controls["message"].value and "W[1]" in ex.controls["message"].value
    assert_consistent(ex.state)


def test_reset_button(ex):
    ex.controls["value"].value = -7.0
    ex.controls["x"][0].value = 2.0
    ex.controls["step"].click()
    ex.controls["reset"].click()
    net, x, target, _ = deck002()
    np.testing.assert_array_equal(ex.state.x, x)
    for a, b in zip(ex.state.net.weights, net.weights):
        np.testing.assert_array_equal(a, b)
    assert ex.state.history == []
    assert ex.controls["x"][0].value == pytest.approx(0.05)
    assert ex.controls["value"].value == pytest.approx(0.40)


def test_step_through_phases(ex):
    c = ex.controls
    names = es.phases(ex.state)
    assert len(names) == 6                       # inputs, 2 forward, 2 backward, update
    c["next"].click()
    assert ex.state.phase == 0 and "?" in c["status"].value
    assert shown_deltas(ex) == {}                 # no δ known yet
    for _ in range(3):
        c["next"].click()
    assert ex.state.phase == 3                    # backward through the output layer
    shown = shown_deltas(ex)
    assert set(shown) == {"O1", "O2"}
    c["next"].click()
    assert set(shown_deltas(ex)) == {"O1", "O2", "H1", "H2", "H3", "H4"}
    c["next"].click()                             # the update
    net, x, target, lr = deck002()
    E0 = net.sgd_step(x, target, lr)
    np.testing.assert_allclose(ex.state.net.weights[0], net.weights[0], rtol=1e-14)
    assert "→" in c["status"].value and c["next"].disabled
    c["prev"].click()                             # back undoes the update
    np.testing.assert_array_equal(ex.state.net.weights[0], deck002()[0].weights[0])
    c["next"].click()
    c["leave"].click()
    assert ex.state.phase is None
    assert ex.state.history == pytest.approx([E0, net.loss(x, target)], rel=1e-13)
    assert_consistent(ex.state)


def test_a_slider_during_the_step_through_leaves_it(ex):
    for _ in range(3):
        ex.controls["next"].click()
    ex.controls["value"].value = 1.0
    assert ex.state.phase is None
    assert_consistent(ex.state)


def test_show_grads_checkbox_changes_the_picture(ex):
    before = ex.controls["diagram"].value
    ex.controls["show_grads"].value = True
    assert ex.controls["diagram"].value != before
    texts = [t.get_text() for t in ex._diagram.edge_texts[1].ravel()]
    assert texts[0] == widgets.fmt(ex.state.bwd.dW[1][0, 0])


@pytest.mark.parametrize("preset", list(es.PRESETS))
def test_net_selector(ex, preset):
    ex.controls["net"].value = preset
    p = es.PRESETS[preset]
    assert ex.state.net.sizes == list(p.sizes) and ex.state.net.bias == p.bias
    assert len(ex.controls["x"]) == p.sizes[0] and len(ex.controls["t"]) == p.sizes[-1]
    refs = [v for _, v in ex.controls["param"].options]
    assert refs == es.param_refs(ex.state.net)
    n_params = sum(W.size for W in ex.state.net.weights) + sum(b.size for b in ex.state.net.biases)
    assert len(refs) == n_params
    ex.controls["param"].value = refs[0]
    ex.controls["value"].value = -2.5
    assert_consistent(ex.state)
    assert ex.state.net.weights[0][0, 0] == -2.5


def test_nudge_test_matches_a_real_nudge(ex):
    ex.controls["eps"].value = 1e-5
    n = es.nudge_test(ex.state)
    net, x, target, _ = deck002()
    E0 = net.loss(x, target)
    net.weights[1][0, 0] += 1e-5
    assert n.actual == pytest.approx(net.loss(x, target) - E0, rel=1e-6)
    assert n.predicted == pytest.approx(ex.state.bwd.dW[1][0, 0] * 1e-5, rel=1e-14)
    assert n.rel_error < 1e-3                    # first order: error ~ ε
    assert f"{n.predicted:.6e}" in ex.controls["nudge"].value
    big = es.nudge_test(ex.state, eps=1.0)
    assert big.rel_error > n.rel_error           # a large ε leaves the straight line


def test_best_weight_raise_is_the_brute_force_best(ex):
    ref, E = es.best_weight_raise(ex.state)
    net, x, target, _ = deck002()
    results = []
    for r in es.param_refs(ex.state.net):
        m = net.copy()
        es.set_param(m, r, es.get_param(m, r) + 1.0)
        results.append(m.loss(x, target))
    assert E == pytest.approx(min(results), rel=1e-14)


def test_diagram_is_updated_in_place(ex):
    ax = ex._diagram.ax
    artists = list(ax.lines) + list(ax.patches)
    labels = list(ex._diagram.labels)
    ex.controls["value"].value = -4.0
    ex.controls["show_grads"].value = True
    ex.controls["next"].click()
    assert list(ax.lines) + list(ax.patches) == artists
    assert ex._diagram.labels == labels
    assert ex._diagram.edges[1][0, 0].get_linewidth() == pytest.approx(edge_width(-4.0))
    assert ex._diagram.edges[1][0, 0].get_color()[2] > 0.5          # negative weight: blue


def test_extremes_stay_finite():
    for activation in es.ACTIVATION_CHOICES:
        for loss in es.LOSS_CHOICES:
            ex = widgets.explorer(activation=activation, loss=loss, show_grads=True)
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                for sign in (1.0, -1.0):
                    for ref in es.param_refs(ex.state.net):
                        es.change_param(ex.state, ref, sign * 10.0)
                    for i in range(3):
                        es.change_input(ex.state, i, sign * 5.0)
                    ex.render()
                    assert np.isfinite(ex.state.E)
                    assert all(np.isfinite(d).all() for d in ex.state.bwd.deltas)
                    assert np.isfinite(es.nudge_test(ex.state).rel_error)
                    assert "nan" not in ex.controls["deltas"].value.lower()
                    assert "inf" not in ex.controls["deltas"].value.lower()
            assert_consistent(ex.state)


# ---- property-based: random sequences of changes -------------------------------------------
ACTIONS = st.one_of(
    st.tuples(st.just("param"), st.integers(0, 100), st.floats(-12, 12)),
    st.tuples(st.just("input"), st.integers(0, 2), st.floats(-6, 6)),
    st.tuples(st.just("target"), st.integers(0, 1), st.floats(0, 1)),
    st.tuples(st.just("activation"), st.sampled_from(es.ACTIVATION_CHOICES)),
    st.tuples(st.just("loss"), st.sampled_from(list(es.LOSS_CHOICES))),
    st.tuples(st.just("lr"), st.floats(0.01, 5)),
    st.tuples(st.just("step")),
    st.tuples(st.just("train"), st.integers(1, 5)),
    st.tuples(st.just("next")),
    st.tuples(st.just("prev")),
    st.tuples(st.just("leave")),
    st.tuples(st.just("reset")),
    st.tuples(st.just("net"), st.sampled_from(list(es.PRESETS))),
)


@pytest.mark.slow   # 7 s: the full run's
@settings(max_examples=20, deadline=None, derandomize=True, database=None)
@given(st.lists(ACTIONS, min_size=1, max_size=10))
def test_random_sequences_stay_finite_and_consistent(actions):
    ex = widgets.explorer()
    c = ex.controls
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for a in actions:
            kind = a[0]
            if kind == "param":
                options = [v for _, v in c["param"].options]
                c["param"].value = options[a[1] % len(options)]
                c["value"].value = a[2]
            elif kind == "input":
                c["x"][a[1] % len(c["x"])].value = a[2]
            elif kind == "target":
                c["t"][a[1] % len(c["t"])].value = a[2]
            elif kind in ("activation", "loss", "lr", "net"):
                c[kind].value = a[1]
            elif kind == "train":
                c["n_steps"].value = a[1]
                c["train"].click()
            elif kind in ("next", "prev"):
                if not c[kind].disabled:
                    c[kind].click()
            else:
                c[kind].click()
            s = ex.state
            assert np.isfinite(s.E)
            assert all(np.isfinite(W).all() for W in s.net.weights)
            assert all(np.isfinite(v) for v in s.history)
            assert all(np.isfinite(d).all() for d in s.bwd.deltas)
            assert_consistent(s)
            assert c["value"].value == pytest.approx(
                np.clip(es.get_param(s.net, s.selected), *es.PARAM_RANGE), abs=0.006)
            shown = shown_deltas(ex)
            for _, _, name, v, _ in es.delta_rows(s):
                key = name.replace("δ_", "")
                if key in shown:
                    assert shown[key] == v


# ---- a failed call changes nothing ---------------------------------------------------------
def snapshot(state: es.ExplorerState) -> tuple:
    """Everything a learner sees in the state, arrays as bytes: equal means bitwise unchanged."""
    def raw(a):
        a = np.asarray(a)
        return a.dtype.str, a.shape, a.tobytes()
    before = (None if state.before is None
              else [raw(p) for p in state.before.weights + state.before.biases])
    return (state.preset, state.activation, state.loss, state.net.activations, state.net.loss_name,
            [raw(p) for p in state.net.weights + state.net.biases], raw(state.x), raw(state.target),
            raw(state.lr), raw(state.eps), [raw(h) for h in state.history], state.selected,
            state.phase, before, state.loss_before, state.stepped, state.message, raw(state.E),
            [raw(d) for d in state.bwd.deltas], [raw(o) for o in state.fwd.outs])


BAD_NUMBERS = [np.nan, np.inf, -np.inf, "abc", None, "0.5", [1.0]]
W11 = es.ParamRef("W", 1, 0, 0)          # w'_11 of every preset
# (call on a state, words the message must hold) for each bad value
NUMBER_CALLS = {
    "change_param": (lambda s, v: es.change_param(s, W11, v), "w'_11"),
    "change_input": (lambda s, v: es.change_input(s, 0, v), "x1"),
    "change_target": (lambda s, v: es.change_target(s, 1, v), "target2"),
    "change_lr": (lambda s, v: es.change_lr(s, v), "lr"),
    "change_eps": (lambda s, v: es.change_eps(s, v), "eps"),
    "set_param": (lambda s, v: es.set_param(s.net, W11, v), "w'_11"),
    "nudge_test": (lambda s, v: es.nudge_test(s, W11, v), "eps"),
    "best_weight_raise": (lambda s, v: es.best_weight_raise(s, v), "amount"),
}
# (preset, call, words) for parameters, indices and names the net does not have
BAD_ARGUMENTS = [
    ("deck002", lambda s: es.change_param(s, es.ParamRef("W", 2, 0, 0), 1.0),
     "layer must be 0 … 1"),
    ("deck002", lambda s: es.change_param(s, es.ParamRef("W", 1, 4, 0), 1.0), "weights[1]"),
    ("deck002", lambda s: es.change_param(s, es.ParamRef("W", 0, -1, 0), 1.0), "weights[0]"),
    ("deck002", lambda s: es.change_param(s, es.ParamRef("b", 0, None, 1), 1.0), "shares one bias"),
    ("3-4-2 unit", lambda s: es.change_param(s, es.ParamRef("b", 0), 1.0), "one bias per unit"),
    ("deck002", lambda s: es.change_param(s, es.ParamRef("V", 0, 0, 0), 1.0), "kind must be"),
    ("deck002", lambda s: es.change_param(s, "w'_11", 1.0), "ParamRef"),
    ("2-2-2", lambda s: es.select_param(s, es.ParamRef("W", 0, 2, 0)), "weights[0]"),
    ("deck002", lambda s: es.nudge_test(s, es.ParamRef("W", 5, 0, 0)), "layer"),
    ("deck002", lambda s: es.grad_of(s.bwd, es.ParamRef("b", 1, None, 3)), "backward record"),
    ("deck002", lambda s: es.get_param(s.net, es.ParamRef("W", 0, 0, 4)), "weights[0]"),
    ("deck002", lambda s: es.change_input(s, 3, 1.0), "input index"),
    ("deck002", lambda s: es.change_input(s, -1, 1.0), "input index"),
    ("deck002", lambda s: es.change_input(s, 1.0, 1.0), "input index"),
    ("deck002", lambda s: es.change_input(s, "0", 1.0), "input index"),
    ("deck002", lambda s: es.change_input(s, True, 1.0), "input index"),
    ("2-3-1", lambda s: es.change_target(s, 1, 0.5), "target index"),
    ("deck002", lambda s: es.train(s, -3), "n_steps"),
    ("deck002", lambda s: es.train(s, 2.7), "n_steps"),
    ("deck002", lambda s: es.train(s, "3"), "n_steps"),
    ("deck002", lambda s: es.train(s, None), "n_steps"),
    ("deck002", lambda s: es.set_phase(s, 1.5), "phase"),
    ("deck002", lambda s: es.set_phase(s, "2"), "phase"),
    ("deck002", lambda s: es.set_phase(s, np.nan), "phase"),
    ("deck002", lambda s: es.change_activation(s, "softmax"), "activation"),
    ("deck002", lambda s: es.change_loss(s, "bce"), "loss"),
    ("deck002", lambda s: es.change_preset(s, "9-9-9"), "net"),
]


def _started(preset: str, where: str) -> es.ExplorerState:
    """A state fresh, after a step (a curve), or in the middle of a step-through."""
    state = es.new_state(preset)
    if where == "stepped":
        es.sgd_step(state)
    elif where == "stepping":
        es.set_phase(state, 3)
    return state


def _assert_refused(state, call, *words) -> None:
    before = snapshot(state)
    with pytest.raises(bp.BpkitError) as info:
        call(state)
    assert all(w in str(info.value) for w in words), str(info.value)
    assert snapshot(state) == before
    # and the explorer still works
    es.change_param(state, W11, 1.25)
    es.sgd_step(state)
    assert state.message == "" and np.isfinite(state.E) and len(state.history) >= 2
    assert_consistent(state)


NUMBER_CASES = [(name, value) for name in NUMBER_CALLS for value in BAD_NUMBERS
                if not (name == "nudge_test" and value is None)]   # eps=None: the state's ε


@pytest.mark.parametrize("where", ["fresh", "stepped", "stepping"])
@pytest.mark.parametrize("name,value", NUMBER_CASES, ids=repr)
def test_a_value_that_is_not_a_finite_number_changes_nothing(name, value, where):
    call, words = NUMBER_CALLS[name]
    shown = str(float(value)) if isinstance(value, float) else repr(value)   # nan, inf, 'abc'
    _assert_refused(_started("deck002", where), lambda s: call(s, value), words, shown)


@pytest.mark.parametrize("where", ["fresh", "stepped", "stepping"])
@pytest.mark.parametrize("case", range(len(BAD_ARGUMENTS)))
def test_a_parameter_or_index_the_net_lacks_changes_nothing(case, where):
    preset, call, words = BAD_ARGUMENTS[case]
    _assert_refused(_started(preset, where), call, words)


@pytest.mark.parametrize("value", BAD_NUMBERS, ids=repr)
def test_new_state_refuses_a_bad_lr(value):
    with pytest.raises(bp.BpkitError, match="lr"):
        es.new_state(lr=value)


def test_finish_after_a_refused_update_adds_nothing(monkeypatch):
    state = es.new_state()
    es.sgd_step(state)
    monkeypatch.setattr(bp.MLP, "sgd_step", lambda *a: (_ for _ in ()).throw(
        bp.NonFiniteError("the step would make W[1] non-finite")))
    es.set_phase(state, len(es.phases(state)) - 1)          # the update: refused
    assert "step refused" in state.message and not state.stepped
    history, weights = list(state.history), [W.copy() for W in state.before.weights]
    es.finish_step(state)
    assert state.history == history
    assert all(np.array_equal(a, b) for a, b in zip(weights, state.net.weights))
    assert state.phase is None
    assert_consistent(state)


def test_a_bias_per_unit_is_set_per_unit():
    # a shared-bias reference on a per-unit net used to store a scalar and break every later call
    state = es.new_state("3-4-2 unit")
    es.change_param(state, es.ParamRef("b", 0, None, 2), 0.7)
    assert state.net.biases[0].shape == (4,) and state.net.biases[0][2] == 0.7
    assert_consistent(state)


# ---- the explorer in Korean ---------------------------------------------------------------------
# names and symbols that stay as they are in the Korean explorer: activation names, bpkit's and
# the decks' symbols (net, out, lr, SGD, log in a formula), code names in an error message
KOREAN_KEEPS = {"sigmoid", "tanh", "relu", "net", "out", "lr", "SGD", "log", "ParamRef", "None",
                "layer", "kind", "weights", "biases", "eps", "phase", "amount", "n_steps", "W",
                "str", "NoneType", "nan", "inf"}   # the value a learner passed, and its type


def _texts(ex: widgets.Explorer) -> list:
    """Every text the explorer shows: control labels, options, tab titles, HTML panels (tags and
    entities removed), the diagram's labels and the loss curve's title and axes."""
    import html as html_mod

    c = ex.controls
    out = []
    for w in c.values():
        for w1 in (w if isinstance(w, list) else [w]):
            out.append(getattr(w1, "description", ""))
            out += list(getattr(w1, "_options_labels", ()))        # menus and toggle buttons
            value = getattr(w1, "value", "")
            if isinstance(w1, widgets.W.HTML) and isinstance(value, str):
                text = re.sub(r"<style>.*?</style>", "", value, flags=re.S)
                out.append(html_mod.unescape(re.sub(r"<[^>]+>", " ", text)))
    out += [c["tabs"].get_title(k) for k in range(len(c["tabs"].children))]
    out += [label.get_text() for label in ex._diagram.labels]
    ax = ex._curve.ax
    out += [ax.get_xlabel(), ax.get_ylabel(), ax.get_title()]
    return out


def _english_words(texts) -> set:
    """Words of two or more Latin letters, after removing parameter names (w'_11, b2), quoted
    values (a learner's 'abc' in an error message) and a net's repr (MLP([3, 4, 2], ...))."""
    words = set()
    for t in texts:
        t = re.sub(r"MLP\(.*?\)(?=에)|'[^']*'|\b[wb]'*_?\d+", " ", t)   # a net's repr too
        words |= set(re.findall(r"[A-Za-z][A-Za-z'_]*[A-Za-z]", t))
    return words - KOREAN_KEEPS


@pytest.mark.parametrize("preset", [p if p == "deck002" else pytest.param(p, marks=pytest.mark.slow)
                                    for p in es.PRESETS])   # the fast tier tries deck 002's net
def test_the_korean_explorer_has_no_english_words(korean, preset, monkeypatch):
    ex = widgets.explorer(net=preset, activation="tanh", loss="ce", show_grads=True)
    c = ex.controls
    seen = _texts(ex)
    c["param"].value = es.param_refs(ex.state.net)[-1]          # a bias: the box and footer
    c["step"].click()                                           # the curve and its axes
    seen += _texts(ex)
    for _phase in range(len(es.phases(ex.state))):              # every phase of a step
        c["next"].click()
        seen += _texts(ex)
    c["leave"].click()
    c["eps"].value = 1.0                                        # the nudge test disagrees
    seen += _texts(ex)
    monkeypatch.setattr(ex.state.net, "sgd_step", lambda *a: (_ for _ in ()).throw(
        bp.NonFiniteError("W[1]")))
    c["step"].click()                                           # a refused step
    assert "거부" in c["message"].value
    seen += _texts(ex)
    for word in ("은닉층", "단계별 보기", "뉴런마다" if es.PRESETS[preset].bias == "unit"
                 else "층마다 편향", "SGD 단계", "미세 변화 테스트", "교차 엔트로피", "역전파"):
        assert any(word in t for t in seen), word
    assert _english_words(seen) == set(), sorted(_english_words(seen))


def test_the_korean_explorer_raises_in_korean(korean):
    state = es.new_state()
    calls = [lambda: es.change_input(state, 7, 1.0), lambda: es.change_target(state, 0, "a"),
             lambda: es.change_target(state, 0, None),
             lambda: es.change_lr(state, float("nan")), lambda: es.change_eps(state, -1.0),
             lambda: es.train(state, 0), lambda: es.set_phase(state, 1.5),
             lambda: es.change_param(state, es.ParamRef("W", 1, 9, 0), 1.0),
             lambda: es.change_param(state, "w'_11", 1.0),
             lambda: es.grad_of(state.bwd, es.ParamRef("b", 0, None, 1))]
    for call in calls:
        with pytest.raises(bp.BpkitError) as info:
            call()
        assert re.search("[가-힣]", str(info.value)), str(info.value)
        assert _english_words([str(info.value)]) == set(), str(info.value)


def test_the_korean_diagram_draws_hangul_and_symbols_in_their_fonts(korean):
    from bpkit.lab.labels import has_hangul, runs
    ex = widgets.explorer(show_grads=True)
    hangul = [label for label in ex._diagram.labels if label.hangul]
    assert {label.get_text() for label in hangul} >= {ex._diagram.title.get_text(),
                                                      ex._diagram.selected_text.get_text()}
    assert runs("선택: w'₁₁ = 0.4") == [("선택", True), (": w'₁₁ = 0.4", False)]
    assert runs("b₁ 뉴런마다") == [("b₁ ", False), ("뉴런마다", True)]
    assert has_hangul("단계") and not has_hangul("δ=0.0078") and not has_hangul("x₁")
    assert ex.controls["diagram"].value[:8] == b"\x89PNG\r\n\x1a\n"

"""Bad input, table-driven: every row is one call a suspicious user might make. Each must raise
a BpkitError whose message names the argument, and leave the net's parameters bitwise as
they were (issue 9, "Bad input gets a clear error")."""
import numpy as np
import pytest

import bpkit as bp
from bpkit import activations as act
from bpkit import losses, validate
from bpkit.errors import BpkitError

X = np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])
T = np.array([[0.0, 1.0], [1.0, 0.0]])


def make_net(**kw):
    kw = {"activation": "sigmoid", "loss": "softmax_ce", "seed": 0, **kw}
    net = bp.MLP([3, 4, 2], **kw)
    net.biases = [np.full(4, 0.1), np.full(2, -0.2)]
    return net


def mlp(**kw):
    kw.setdefault("sizes", [3, 4, 2])
    return lambda net: bp.MLP(**kw)


def step(X=X, T=T, lr=0.1):
    return lambda net: net.sgd_step(X, T, lr)


def fit(**kw):
    kw = {"lr": 0.1, "epochs": 1, **kw}
    return lambda net: bp.fit(kw.pop("net", net), X, T, **kw)


def setw(value):
    return lambda net: setattr(net, "weights", value)


def setb(value):
    return lambda net: setattr(net, "biases", value)


def gradcheck(**kw):
    return lambda net: bp.check_gradients(net, X, T, **kw)


RAGGED = [[0.1, 0.2, 0.3], [0.4, 0.5]]
W0, W1 = np.ones((3, 4)), np.ones((4, 2))

# (id, call on the fixture net, what the message must name)
CASES = [
    # sizes
    ("sizes float", mlp(sizes=[3.5, 4, 2]), "sizes[0]"),
    ("sizes string", mlp(sizes="342"), "sizes"),
    ("sizes bool", mlp(sizes=[True, 4, 2]), "sizes[0]"),
    ("sizes None", mlp(sizes=None), "sizes"),
    ("sizes int", mlp(sizes=3), "sizes"),
    ("sizes one layer", mlp(sizes=[3]), "sizes"),
    ("sizes zero", mlp(sizes=[3, 0, 2]), "sizes[1]"),
    ("sizes negative", mlp(sizes=[3, -4, 2]), "sizes[1]"),
    ("sizes None entry", mlp(sizes=[3, None, 2]), "sizes[1]"),
    ("sizes string entry", mlp(sizes=[3, "4", 2]), "sizes[1]"),
    # names, pairs, rng, seed, dtype
    ("activation None", mlp(activation=None), "activation"),
    ("activation int", mlp(activation=3), "activation"),
    ("activation misspelt", mlp(activation="sigmod"), "activation"),
    ("activation list too short", mlp(activation=["relu"]), "activation"),
    ("output_activation int", mlp(output_activation=5), "activation"),
    ("loss None", mlp(loss=None), "loss"),
    ("loss unknown", mlp(loss="cross_entropy"), "loss"),
    ("bias None", mlp(bias=None), "bias"),
    ("bce with tanh output", mlp(loss="bce", output_activation="tanh"), "bce"),
    ("bce with relu output", mlp(loss="bce", output_activation="relu"), "bce"),
    ("bce with identity output", mlp(loss="bce", output_activation="identity"), "bce"),
    ("softmax_ce with sigmoid output", mlp(loss="softmax_ce", output_activation="sigmoid"),
     "softmax_ce"),
    ("softmax_ce with tanh list", mlp(loss="softmax_ce", activation=["relu", "tanh"]),
     "softmax_ce"),
    ("softmax over one unit", mlp(sizes=[3, 4, 1], output_activation="softmax"), "softmax"),
    ("softmax hidden", mlp(activation="softmax"), "softmax"),
    ("rng int", mlp(rng=42), "rng"),
    ("rng legacy RandomState", mlp(rng=np.random.RandomState(0)), "rng"),
    ("seed string", mlp(seed="abc"), "seed"),
    ("seed negative", mlp(seed=-1), "seed"),
    ("seed float", mlp(seed=1.5), "seed"),
    ("dtype int", mlp(dtype=np.int32), "dtype"),
    ("dtype nonsense", mlp(dtype="abc"), "dtype"),
    # X
    ("X string", step(X="abc"), "X"),
    ("X None", step(X=None), "X"),
    ("X ragged", step(X=RAGGED), "X"),
    ("X complex", step(X=X + 1j), "X"),
    ("X bool", step(X=X > 0.3), "X"),
    ("X dict", step(X={"a": 1}), "X"),
    ("X strings in a list", step(X=[["1", "2", "3"]] * 2), "X"),
    ("X 3-D", step(X=np.ones((2, 1, 3))), "X"),
    ("X wrong width", step(X=np.ones((2, 5))), "X"),
    ("X NaN", step(X=np.where(X > 0.5, np.nan, X)), "X"),
    ("X empty", step(X=np.zeros((0, 3)), T=np.zeros((0, 2))), "X"),
    ("X bad in loss", lambda net: net.loss("abc", T), "X"),
    ("X bad in gradients", lambda net: net.gradients(RAGGED, T), "X"),
    ("X bad in predict", lambda net: net.predict(None), "X"),
    # T
    ("T string", step(T="abc"), "T"),
    ("T None", step(T=None), "T"),
    ("T ragged", step(T=[[0.0, 1.0], [1.0]]), "T"),
    ("T complex", step(T=T + 0j), "T"),
    ("T bool", step(T=T > 0.5), "T"),
    ("T wrong shape", step(T=np.ones((2, 3)) / 3), "T"),
    ("T inf", step(T=np.array([[0.0, np.inf], [1.0, 0.0]])), "T"),
    ("T not distributions", step(T=np.ones((2, 2))), "T"),
    # weights and biases
    ("weights string", setw("abc"), "weights"),
    ("weights None", setw(None), "weights"),
    ("weights one array", setw(W0), "weights"),
    ("weights item string", setw([W0, "x"]), "weights[1]"),
    ("weights item None", setw([None, W1]), "weights[0]"),
    ("weights item complex", setw([W0 + 1j, W1]), "weights[0]"),
    ("weights item bool", setw([W0 > 0, W1]), "weights[0]"),
    ("weights item ragged", setw([W0, [[1.0, 2.0], [3.0]]]), "weights[1]"),
    ("weights item wrong shape", setw([W0, np.ones((4, 3))]), "weights[1]"),
    ("weights item NaN", setw([W0, np.full((4, 2), np.nan)]), "weights[1]"),
    ("weights too few", setw([W0]), "weights"),
    ("biases string", setb("abc"), "biases"),
    ("biases item None", setb([None, np.zeros(2)]), "biases[0]"),
    ("biases item complex", setb([np.zeros(4) + 1j, np.zeros(2)]), "biases[0]"),
    ("biases item bool", setb([np.zeros(4), np.zeros(2, bool)]), "biases[1]"),
    ("biases item wrong shape", setb([np.zeros(4), np.zeros(3)]), "biases[1]"),
    ("biases item string", setb([np.zeros(4), "0"]), "biases[1]"),
    # learning rate
    ("lr string", step(lr="abc"), "lr"),
    ("lr None", step(lr=None), "lr"),
    ("lr nan", step(lr=float("nan")), "lr"),
    ("lr inf", step(lr=float("inf")), "lr"),
    ("lr negative", step(lr=-0.5), "lr"),
    ("lr zero", step(lr=0), "lr"),
    ("lr huge", step(lr=1e300), "lr"),
    ("lr bool", step(lr=True), "lr"),
    ("lr complex", step(lr=0.1j), "lr"),
    ("lr list", step(lr=[0.1]), "lr"),
    # fit
    ("fit epochs negative", fit(epochs=-3), "epochs"),
    ("fit epochs float", fit(epochs=2.7), "epochs"),
    ("fit epochs string", fit(epochs="3"), "epochs"),
    ("fit epochs zero", fit(epochs=0), "epochs"),
    ("fit epochs None", fit(epochs=None), "epochs"),
    ("fit batch_size negative", fit(batch_size=-3), "batch_size"),
    ("fit batch_size float", fit(batch_size=2.7), "batch_size"),
    ("fit batch_size string", fit(batch_size="3"), "batch_size"),
    ("fit batch_size zero", fit(batch_size=0), "batch_size"),
    ("fit mini-batches without rng", fit(batch_size=1), "rng"),
    ("fit rng int", fit(batch_size=1, rng=42), "rng"),
    ("fit lr string", fit(lr="abc"), "lr"),
    ("fit lr nan", fit(lr=float("nan")), "lr"),
    ("fit lr huge", fit(lr=1e300), "lr"),
    ("fit callback not callable", fit(callback=5), "callback"),
    ("fit net not a net", fit(net="abc"), "net"),
    # gradient check
    ("check_gradients h zero", gradcheck(h=0), "h"),
    ("check_gradients h string", gradcheck(h="abc"), "h"),
    ("check_gradients h negative", gradcheck(h=-1e-5), "h"),
    ("check_gradients h nan", gradcheck(h=float("nan")), "h"),
    ("check_gradients floor negative", gradcheck(floor=-1.0), "floor"),
    ("check_gradients backward not callable", gradcheck(backward=5), "backward"),
    ("check_gradients backward wrong shape",
     gradcheck(backward=lambda n, x, t: ([W0.T, W1], [np.zeros(4), np.zeros(2)])), "W[0]"),
    ("check_gradients backward strings",
     gradcheck(backward=lambda n, x, t: (["a", "b"], ["c", "d"])), "W[0]"),
    ("check_gradients backward too few",
     gradcheck(backward=lambda n, x, t: ([W0], [])), "dW"),
    ("check_gradients float32",
     lambda net: bp.check_gradients(make_net(dtype=np.float32), X, T), "float64"),
    ("check_gradients X ragged", lambda net: bp.check_gradients(net, RAGGED, T), "X"),
    ("numerical_gradient h zero",
     lambda net: bp.numerical_gradient(lambda: 0.0, W0.copy(), 0), "h"),
    ("numerical_gradient f not callable", lambda net: bp.numerical_gradient(3, W0.copy()), "f"),
    ("numerical_gradient read-only x",
     lambda net: bp.numerical_gradient(lambda: 0.0, np.broadcast_to(1.0, (2, 2))), "x"),
    ("numerical_gradient int x",
     lambda net: bp.numerical_gradient(lambda: 0.0, np.ones(3, int)), "x"),
    # one_hot, names
    ("one_hot n_classes zero", lambda net: bp.one_hot([0, 1], 0), "n_classes"),
    ("one_hot n_classes float", lambda net: bp.one_hot([0, 1], 2.5), "n_classes"),
    ("one_hot n_classes string", lambda net: bp.one_hot([0, 1], "2"), "n_classes"),
    ("one_hot label fractional", lambda net: bp.one_hot([0, 1.5], 2), "labels"),
    ("one_hot label too large", lambda net: bp.one_hot([0, 5], 3), "labels"),
    ("one_hot label negative", lambda net: bp.one_hot([0, -1], 3), "labels"),
    ("one_hot labels string", lambda net: bp.one_hot("abc", 2), "labels"),
    ("one_hot labels None", lambda net: bp.one_hot(None, 2), "labels"),
    ("one_hot labels 2-D", lambda net: bp.one_hot([[0, 1]], 2), "labels"),
    ("derivative of softmax", lambda net: act.derivative("softmax", X), "softmax"),
    ("activation unknown", lambda net: act.forward("swish", X), "activation"),
    ("loss unknown name", lambda net: losses.loss("cross", X, X), "loss"),
    ("validate positive_int bool", lambda net: validate.positive_int("epochs", True), "epochs"),
]


@pytest.fixture
def net():
    return make_net()


def test_the_table_is_long_enough():
    assert len(CASES) >= 60
    assert len({c[0] for c in CASES}) == len(CASES)  # ids are unique


@pytest.mark.parametrize("call, names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_is_a_clear_error_and_changes_nothing(net, call, names):
    before = [a.copy() for a in net.weights + net.biases]
    with pytest.raises(BpkitError) as e:
        call(net)
    assert names in str(e.value), f"the message does not name {names!r}: {e.value}"
    after = net.weights + net.biases
    assert len(after) == len(before)
    for old, new in zip(before, after):
        assert old.dtype == new.dtype and old.shape == new.shape
        assert old.tobytes() == new.tobytes()  # bitwise unchanged


def test_no_bare_value_error_is_raised_by_the_core():
    """Every error the core raises on purpose is a BpkitError (which is a ValueError)."""
    import inspect
    import re

    from bpkit import activations, data, gradcheck, layers, mlp, monitor, train
    from bpkit import losses as L
    for module in (activations, data, gradcheck, layers, L, mlp, monitor, train, validate):
        source = inspect.getsource(module)
        assert not re.search(r"raise ValueError\b", source), module.__name__


# A typical set of bad inputs from CASES, with the bad value the message must show.
KOREAN = [
    ("sizes float", "3.5"), ("sizes zero", "0"), ("sizes one layer", "[3]"),
    ("activation misspelt", "'sigmod'"), ("activation list too short", "1"),
    ("loss unknown", "'cross_entropy'"), ("bias None", "None"),
    ("bce with tanh output", "'tanh'"), ("rng int", "42"), ("seed negative", "-1"),
    ("dtype nonsense", "'abc'"), ("X string", "'abc'"), ("X ragged", "[0.4, 0.5]"),
    ("X strings in a list", "'1'"), ("X 3-D", "(2, 1, 3)"), ("X wrong width", "5"),
    ("X NaN", "nan"), ("T wrong shape", "(2, 3)"), ("T inf", "inf"),
    ("T not distributions", "[1.0, 1.0]"), ("weights one array", "(3, 4)"),
    ("weights item wrong shape", "(4, 3)"), ("weights too few", "1"),
    ("biases item wrong shape", "(3,)"), ("lr string", "'abc'"), ("lr negative", "-0.5"),
    ("lr huge", "1e+300"), ("fit epochs float", "2.7"), ("fit batch_size zero", "0"),
    ("fit mini-batches without rng", "batch_size 1"), ("fit callback not callable", "5"),
    ("fit epochs string", "'3'"), ("derivative of softmax", "softmax"),
    ("activation unknown", "'swish'"),
]
_CASE = {c[0]: c[1:] for c in CASES}


def _message(call, net) -> str:
    with pytest.raises(BpkitError) as e:
        call(net)
    return str(e.value)


@pytest.mark.parametrize("case, value", KOREAN, ids=[k[0] for k in KOREAN])
def test_bad_input_is_explained_in_korean_and_back_in_english(case, value):
    call, names = _CASE[case]
    english = _message(call, make_net())
    try:
        bp.set_language("ko")
        korean = _message(call, make_net())
    finally:
        bp.set_language("en")
    assert any("가" <= c <= "힣" for c in korean), f"not Korean: {korean}"
    for text in (english, korean):
        assert names in text and value in text, f"{names!r} or {value!r} missing: {text}"
    assert _message(call, make_net()) == english   # English again, word for word

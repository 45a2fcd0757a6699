"""bpkit's backward pass against an independent, exact reference: SymPy's derivatives of the
loss of tiny nets (bpkit.symbolic's oracle), over sizes, bias modes and the valid
activation / loss pairs."""
import numpy as np
import pytest

import bpkit as bp
from bpkit import symbolic as S

# (hidden activation, output activation, loss)
PAIRS = [
    ("sigmoid", "sigmoid", "mse"), ("sigmoid", "sigmoid", "bce"), ("tanh", "tanh", "mse"),
    ("tanh", "identity", "mse"), ("identity", "identity", "mse"), ("relu", "identity", "mse"),
    ("relu", "sigmoid", "bce"), ("sigmoid", "softmax", "softmax_ce"),
    ("tanh", "softmax", "softmax_ce"),
]
BIASES = ["unit", "shared", "none"]
# every pair × every bias mode for 2-2-1 (but softmax, which needs two output units); for
# 2-3-2 and 3-4-2 (slower to build) every pair once, with the bias mode turning round, plus
# deck 002's sigmoid + mse in all modes
CASES = ([([2, 2, 1], pair, bias) for pair in PAIRS if pair[1] != "softmax" for bias in BIASES]
         + [(sizes, pair, BIASES[(i + k) % 3]) for k, sizes in enumerate(([2, 3, 2], [3, 4, 2]))
            for i, pair in enumerate(PAIRS)]
         + [([3, 4, 2], PAIRS[0], bias) for bias in ("shared", "none")])


def _ids(case):
    sizes, (hidden, out, loss), bias = case
    return f"{'-'.join(map(str, sizes))}-{hidden}-{out}-{loss}-{bias}"


def _net_and_batch(sizes, pair, bias, seed=0):
    """A net with random biases, a batch of 3 samples and valid targets; for relu, seeds are
    tried in order until no hidden pre-activation is within 1e-3 of the kink at 0."""
    hidden, out, loss = pair
    for trial in range(seed, seed + 50):
        rng = np.random.default_rng(trial)
        net = bp.MLP(sizes, activation=hidden, output_activation=out, loss=loss, bias=bias,
                     rng=rng)
        if bias != "none":
            net.biases = [rng.normal(0, 0.5, size=np.shape(b)) for b in net.biases]
        X = rng.normal(size=(3, sizes[0]))
        if loss == "softmax_ce":
            T = bp.one_hot(rng.integers(0, sizes[-1], size=3), sizes[-1])
        else:
            T = rng.uniform(0, 1, size=(3, sizes[-1]))
        nets = net.forward(X).nets
        if hidden != "relu" or min(np.abs(z).min() for z in nets[:-1]) > 1e-3:
            return net, X, T
    raise AssertionError("no seed kept the relu units away from 0")


# the 2-3-2 and 3-4-2 nets take seconds to build: they run in the full tier (scripts/test.sh)
@pytest.mark.parametrize("case", [c if c[0] == [2, 2, 1]
                                  else pytest.param(c, marks=pytest.mark.slow) for c in CASES],
                         ids=[_ids(c) for c in CASES])
def test_bpkit_gradients_equal_the_sympy_oracle(case):
    sizes, pair, bias = case
    net, X, T = _net_and_batch(sizes, pair, bias)
    E, dW_sym, db_sym = S.oracle_for(net, X, T)
    dW, db = net.gradients(X, T)
    assert E == pytest.approx(net.loss(X, T), rel=1e-12)
    assert len(dW) == len(dW_sym) and len(db) == len(db_sym) == (0 if bias == "none" else 2)
    for a, b in zip(dW + db, dW_sym + db_sym):
        assert np.shape(a) == np.shape(b)
        np.testing.assert_allclose(a, b, rtol=1e-9, atol=1e-13)


def test_oracle_against_central_differences_of_its_own_loss():
    # the oracle itself is checked once against a method that shares nothing with it
    sizes, loss, bias = [2, 3, 2], "bce", "unit"
    net, X, T = _net_and_batch(sizes, ("tanh", "sigmoid", "bce"), bias)
    acts = net.activations
    W, b = [w.copy() for w in net.weights], [v.copy() for v in net.biases]
    dW, db = S.oracle_gradients(sizes, acts, loss, bias, W, b, X, T)
    eps = 1e-6
    for l in range(2):
        for idx in np.ndindex(W[l].shape):
            W[l][idx] += eps
            up = S.oracle_loss(sizes, acts, loss, bias, W, b, X, T)
            W[l][idx] -= 2 * eps
            down = S.oracle_loss(sizes, acts, loss, bias, W, b, X, T)
            W[l][idx] += eps
            assert dW[l][idx] == pytest.approx((up - down) / (2 * eps), rel=1e-6, abs=1e-9)


def test_deck002_net_against_the_oracle():
    from bpkit.lessons.examples import deck002
    net, x, target, _ = deck002()
    E, dW_sym, db_sym = S.oracle_for(net, x, target)
    dW, db = net.gradients(x, target)
    assert db_sym[0].shape == () and np.allclose(db, db_sym, rtol=1e-12)
    assert all(np.allclose(a, b, rtol=1e-12) for a, b in zip(dW, dW_sym))


def test_oracle_is_cached_per_architecture():
    a = S.symbolic_net([2, 2, 1], "sigmoid", "mse", "unit")
    assert S.symbolic_net([2, 2, 1], ["sigmoid", "sigmoid"], "mse", "unit") is a


@pytest.mark.parametrize("kwargs, match", [
    (dict(activations=["sigmoid", "softplus"]), "softplus"),
    (dict(activations=["softmax", "sigmoid"]), "only supported as the output"),
    (dict(loss="hinge"), "hinge"),
    (dict(bias="per-layer"), "per-layer"),
    (dict(activations=["sigmoid"]), "activations for 2 layers"),
])
def test_bad_architectures_raise_bpkit_errors(kwargs, match):
    args = dict(sizes=[2, 2, 1], activations=["sigmoid", "sigmoid"], loss="mse", bias="unit")
    args.update(kwargs)
    with pytest.raises(bp.BpkitError, match=match):
        S.SymbolicNet(**args)


def test_wrong_parameter_shapes_raise_shape_errors():
    with pytest.raises(bp.ShapeError, match=r"weights\[0\] must have shape \(2, 2\)"):
        S.oracle_gradients([2, 2, 1], "sigmoid", "mse", "none",
                           [np.zeros((3, 2)), np.zeros((2, 1))], [], np.zeros((1, 2)),
                           np.zeros((1, 1)))
    with pytest.raises(bp.ShapeError, match="do not fit sizes"):
        S.oracle_loss([2, 2, 1], "sigmoid", "mse", "none", [np.zeros((2, 2)), np.zeros((2, 1))],
                      [], np.zeros((1, 3)), np.zeros((1, 1)))

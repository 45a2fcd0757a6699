"""Property-based tests (hypothesis) over random architectures and inputs: depth 1–4,
widths 1–6, every valid activation/loss/bias combination, batch 1–8.

Derandomized, so every run tries the same examples."""
import numpy as np
from _reference import central
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bpkit as bp

HIDDEN = ["sigmoid", "tanh", "relu", "identity"]
# output activations each loss is defined on (bce needs y in (0, 1); softmax_ce a
# distribution); MLP refuses the others
OUTPUTS = {"mse": HIDDEN + ["softmax"], "bce": ["sigmoid", "softmax"], "softmax_ce": ["softmax"]}

SETTINGS = dict(deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])


@st.composite
def cases(draw, max_depth=4, max_width=6):
    depth = draw(st.integers(1, max_depth))
    sizes = draw(st.lists(st.integers(1, max_width), min_size=depth + 1, max_size=depth + 1))
    loss = draw(st.sampled_from(sorted(OUTPUTS)))
    out_act = draw(st.sampled_from(OUTPUTS[loss]))
    hidden = draw(st.lists(st.sampled_from(HIDDEN), min_size=depth - 1, max_size=depth - 1))
    if out_act == "softmax":  # softmax over one unit is refused (it is always 1)
        sizes[-1] = max(sizes[-1], 2)
    bias = draw(st.sampled_from(["unit", "shared", "none"]))
    n = draw(st.integers(1, 8))
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    net = bp.MLP(sizes, activation=hidden + [out_act], loss=loss, bias=bias, rng=rng)
    if bias != "none":
        net.biases = [rng.normal(0, 0.5, size=b.shape) for b in net.biases]
    X = rng.normal(0, 1, size=(n, sizes[0]))
    k = sizes[-1]
    if loss == "softmax_ce":
        T = rng.random((n, k))
        T /= T.sum(axis=1, keepdims=True)
    elif loss == "bce":
        T = rng.random((n, k))
    else:
        T = rng.normal(size=(n, k))
    return net, X, T


def near_relu_kink(net, X):
    """True if some relu unit's net input is so close to 0 that h = 1e-6 crosses the kink."""
    fwd = net.forward(X)
    return any(name == "relu" and np.abs(z).min() < 1e-4
               for name, z in zip(net.activations, fwd.nets))


@settings(max_examples=60, **SETTINGS)
@given(cases())
def test_gradients_agree_with_central_differences(case):
    net, X, T = case
    if near_relu_kink(net, X):
        return  # the numerical derivative is meaningless across a kink
    dW, db = net.gradients(X, T)
    analytic = [g for l in range(net.n_layers) for g in ([dW[l], db[l]] if db else [dW[l]])]
    for (name, p), a in zip(net.params(), analytic):
        n = central(net, X, T, p)
        # floor 1e-5: central differences carry noise of eps·E/h ≈ 1e-10, which a gradient
        # that is 0 exactly (a softmax's shared bias) shows as it is
        err = np.abs(a - n) / np.maximum(np.maximum(np.abs(a), np.abs(n)), 1e-5)
        assert err.max() < 1e-4, (name, a, n)


@settings(max_examples=60, **SETTINGS)
@given(cases())
def test_records_finite_with_right_shapes(case):
    net, X, T = case
    n = X.shape[0]
    fwd = net.forward(X)
    bwd = net.backward(fwd, T, input_grad=True)
    units = net.sizes[1:]
    assert [z.shape for z in fwd.nets] == [(n, u) for u in units]
    assert [a.shape for a in fwd.outs] == [(n, u) for u in units]
    assert [d.shape for d in bwd.deltas] == [(n, u) for u in units]
    assert [g.shape for g in bwd.dW] == [w.shape for w in net.weights]
    assert [g.shape for g in bwd.db] == [b.shape for b in net.biases]
    assert [d.shape for d in bwd.d_inputs] == [(n, s) for s in net.sizes[:-1]]
    for a in fwd.nets + fwd.outs + bwd.deltas + bwd.dW + bwd.db + bwd.d_inputs:
        assert np.isfinite(a).all()
    assert np.isfinite(bwd.loss) and bwd.loss >= 0
    assert bwd.loss == net.loss(X, T)


@settings(max_examples=60, **SETTINGS)
@given(cases())
def test_small_sgd_step_lowers_the_loss(case):
    net, X, T = case
    dW, db = net.gradients(X, T)
    g2 = sum(float((g * g).sum()) for g in list(dW) + list(db))
    if g2 < 1e-12:
        return  # at a stationary point there is nothing to lower
    # a step small enough that the first-order decrease lr·|g|² dominates the curvature
    lr = 1e-3 / (1.0 + np.sqrt(g2))
    E = net.loss(X, T)
    assert net.sgd_step(X, T, lr) == E
    assert net.loss(X, T) < E


@settings(max_examples=40, **SETTINGS)
@given(cases())
def test_one_sample_1d_and_2d_agree(case):
    net, X, T = case
    x, t = X[0], T[0]
    np.testing.assert_array_equal(net.predict(x), net.predict(X[:1])[0])
    assert net.loss(x, t) == net.loss(X[:1], T[:1])
    for a, b in zip(net.gradients(x, t)[0], net.gradients(X[:1], T[:1])[0]):
        np.testing.assert_array_equal(a, b)


@settings(max_examples=40, **SETTINGS)
@given(cases())
def test_batch_gradient_is_mean_of_sample_gradients(case):
    net, X, T = case
    dW, _ = net.gradients(X, T)
    per = [net.gradients(X[i], T[i])[0] for i in range(X.shape[0])]
    for l in range(net.n_layers):
        np.testing.assert_allclose(dW[l], np.mean([p[l] for p in per], axis=0),
                                   rtol=1e-9, atol=1e-13)

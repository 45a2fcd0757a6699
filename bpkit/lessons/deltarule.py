"""The δ rule of deck 003 ("경사하강법", §3–6), written with explicit index loops.

Deck 003 names the layers by their index and size:

=====  ====  ========
층      첨자   뉴런 수
=====  ====  ========
입력    i     l
은닉    j     m
출력    k     n
=====  ====  ========

and derives, for one sample, with ``u`` the pre-activation and ``y = f(u)`` the output:

* output layer: δ_k = ∂E/∂y_k · f'(u_k),  ∂w_jk = y_j δ_k,  ∂b_k = δ_k,  ∂y_j = Σ_r δ_r w_jr
* hidden layer: δ_j = ∂y_j · f'(u_j),     ∂w_ij = y_i δ_j,  ∂b_j = δ_j,  ∂y_i = Σ_q δ_q w_iq

The functions here follow those sums literally (``for j … for k …``), one sample at a time, so
a notebook can set them beside bpkit's vectorised ``MLP.backward`` and show they agree. They
are slow on purpose; use ``MLP.backward`` for anything else.

``formula_locations`` finds the line of bpkit that implements each formula, so the table
"formula → file:line → code" a notebook shows is generated from the code and stays true.
"""
from __future__ import annotations

import ast
import inspect
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .. import activations as act
from .. import losses
from ..errors import BpkitError, ShapeError

if TYPE_CHECKING:
    from ..mlp import MLP


# ---- one layer, index by index ------------------------------------------------------------------
def output_delta_by_index(dE_dy: np.ndarray, u: np.ndarray, activation: str) -> np.ndarray:
    """δ_k = ∂E/∂y_k · f'(u_k) for k = 1 … n (deck 003 §3, eq. 3).

    Parameters
    ----------
    dE_dy : ndarray, shape (n,)
        ∂E/∂y_k of one sample.
    u : ndarray, shape (n,)
        Pre-activations u_k of the output layer.
    activation : str
        An elementwise activation (softmax has no f'(u_k) of its own: see ``losses.output_delta``).

    Returns
    -------
    delta : ndarray, shape (n,)
    """
    fprime = act.derivative(activation, u)
    delta = np.zeros(len(u))
    for k in range(len(u)):
        delta[k] = dE_dy[k] * fprime[k]
    return delta


def layer_grads_by_index(y_in: np.ndarray, delta: np.ndarray, W: np.ndarray
                         ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """∂w_jk = y_j δ_k, ∂b_k = δ_k and ∂y_j = Σ_r δ_r w_jr, each by its own loop (deck 003 §3–4).

    The same three formulas hold for a hidden layer with the indices renamed
    (∂w_ij = y_i δ_j, ∂b_j = δ_j, ∂y_i = Σ_q δ_q w_iq, §5).

    Parameters
    ----------
    y_in : ndarray, shape (m,)
        What the layer received: y_j of the layer below (x for the first layer).
    delta : ndarray, shape (n,)
        δ_k of this layer.
    W : ndarray, shape (m, n)
        w_jk from unit j below to unit k of this layer.

    Returns
    -------
    dW : ndarray, shape (m, n)
    db : ndarray, shape (n,)
    dy_in : ndarray, shape (m,)
        ∂y_j, the gradient handed to the layer below.
    """
    m, n = W.shape
    if y_in.shape != (m,) or delta.shape != (n,):
        raise ShapeError(f"W is {W.shape} (m × n), so y_in must be ({m},) and delta ({n},); "
                         f"got {y_in.shape} and {delta.shape}")
    dW = np.zeros((m, n))
    for j in range(m):
        for k in range(n):
            dW[j, k] = y_in[j] * delta[k]                 # ∂w_jk = y_j δ_k
    db = np.zeros(n)
    for k in range(n):
        db[k] = delta[k]                                  # ∂b_k = δ_k
    dy_in = np.zeros(m)
    for j in range(m):
        dy_in[j] = sum(delta[r] * W[j, r] for r in range(n))   # ∂y_j = Σ_r δ_r w_jr
    return dW, db, dy_in


def hidden_delta_by_index(dy: np.ndarray, u: np.ndarray, activation: str) -> np.ndarray:
    """δ_j = ∂y_j · f'(u_j) for j = 1 … m (deck 003 §5, eq. 3).

    Parameters
    ----------
    dy : ndarray, shape (m,)
        ∂y_j, handed down by the layer above (``layer_grads_by_index``).
    u : ndarray, shape (m,)
        Pre-activations u_j of this layer.
    activation : str
        The layer's (elementwise) activation f.

    Returns
    -------
    delta : ndarray, shape (m,)
    """
    return output_delta_by_index(dy, u, activation)  # the same product, ∂E/∂y · f'(u)


@dataclass
class IndexGrads:
    """Result of ``grads_by_index``: per layer (input side first), lists like ``Backward``."""

    deltas: list
    dW: list
    db: list
    d_inputs: list


def grads_by_index(net: MLP, x: np.ndarray, t: np.ndarray) -> IndexGrads:
    """Backpropagate one sample through ``net`` with deck 003's formulas, index by index.

    Parameters
    ----------
    net : bpkit.MLP
        Per-unit biases (``bias="unit"``, deck 003's b_k) and an elementwise output
        activation (not softmax).
    x : ndarray, shape (n_in,)
    t : ndarray, shape (n_out,)

    Returns
    -------
    IndexGrads
        ``deltas[l]``, ``dW[l]``, ``db[l]``, ``d_inputs[l]`` as 1-D / 2-D arrays; they equal
        ``net.backward(net.forward(x), t)`` for this one sample.
    """
    if net.bias != "unit":
        raise BpkitError(f"grads_by_index follows deck 003's per-unit biases b_k; the net has "
                         f"bias={net.bias!r}")
    if net.activations[-1] == "softmax":
        raise BpkitError("softmax is not elementwise, so δ_k = ∂E/∂y_k · f'(u_k) does not apply; "
                         "use losses.output_delta")
    x, t = np.asarray(x, dtype=float), np.asarray(t, dtype=float)
    if x.ndim != 1 or t.ndim != 1:
        raise ShapeError(f"grads_by_index takes one sample: x and t 1-D; got {x.shape}, {t.shape}")
    fwd = net.forward(x)
    us = [u[0] for u in fwd.nets]
    ys = [x] + [y[0] for y in fwd.outs]
    L = net.n_layers
    deltas, dW, db, d_inputs = [None] * L, [None] * L, [None] * L, [None] * L
    dE_dy = losses.loss_grad(net.loss_name, ys[-1][None, :], t[None, :])[0]   # one sample: n = 1
    delta = output_delta_by_index(dE_dy, us[-1], net.activations[-1])
    for l in range(L - 1, -1, -1):
        deltas[l] = delta
        dW[l], db[l], d_inputs[l] = layer_grads_by_index(ys[l], delta, net.weights[l])
        if l > 0:
            delta = hidden_delta_by_index(d_inputs[l], us[l - 1], net.activations[l - 1])
    return IndexGrads(deltas, dW, db, d_inputs)


def batch_grads_by_index(net: MLP, X: np.ndarray, T: np.ndarray) -> IndexGrads:
    """The mean over samples of ``grads_by_index``: the gradient of the batch-mean loss.

    ``deltas`` and ``d_inputs`` are stacked per sample, shape (n_samples, units), each divided by
    n_samples as bpkit's are (its E is the batch mean); ``dW`` and ``db`` are the mean of the
    per-sample gradients, which is what ``inp.T @ delta`` and ``delta.sum(axis=0)`` compute.
    """
    X, T = np.atleast_2d(np.asarray(X, dtype=float)), np.atleast_2d(np.asarray(T, dtype=float))
    per = [grads_by_index(net, x, t) for x, t in zip(X, T)]
    n = len(per)
    L = net.n_layers
    return IndexGrads(
        deltas=[np.stack([p.deltas[l] for p in per]) / n for l in range(L)],
        dW=[sum(p.dW[l] for p in per) / n for l in range(L)],
        db=[sum(p.db[l] for p in per) / n for l in range(L)],
        d_inputs=[np.stack([p.d_inputs[l] for p in per]) / n for l in range(L)],
    )


# ---- where each formula lives in bpkit -----------------------------------------------------------
# (formula as deck 003 writes it, object whose source holds it, marker in the comment of that line)
def _formula_sites():
    from .. import layers, mlp
    return [
        ("δ_k = ∂E/∂y_k · ∂y_k/∂u_k", mlp.MLP._backward, "δ_k = ∂E/∂y_k"),
        ("∂w_jk = y_j δ_k", layers.dense_backward, "∂w_jk = y_j δ_k"),
        ("∂b_k = δ_k", layers.dense_backward, "∂b_k = δ_k"),
        ("∂y_j = Σ_r δ_r w_jr", layers.dense_backward, "∂y_j = Σ_r δ_r w_jr"),
        ("δ_j = ∂y_j · ∂y_j/∂u_j", mlp.MLP._backward, "δ_j = ∂y_j · f'(u_j)"),
        ("∂w_ij = y_i δ_j", layers.dense_backward, "∂w_jk = y_j δ_k"),
        ("∂b_j = δ_j", layers.dense_backward, "∂b_k = δ_k"),
        ("∂y_i = Σ_q δ_q w_iq", layers.dense_backward, "∂y_j = Σ_r δ_r w_jr"),
    ]


def find_line(obj, marker: str) -> tuple[str, int, str]:
    """Where ``marker`` occurs in the source of ``obj``: (file relative to the package's parent,
    line number, the whole statement on that line without its comment).

    Raises BpkitError if the marker is not in the source (the table would be out of date).
    """
    lines, start = inspect.getsourcelines(obj)
    hits = [i for i, line in enumerate(lines) if marker in line]
    if not hits:
        raise BpkitError(f"{marker!r} not found in the source of {obj.__qualname__}")
    i = hits[0]
    src = textwrap.dedent("".join(lines))
    tree = ast.parse(src)
    code = lines[i].split("#")[0].strip()
    for node in ast.walk(tree):  # the innermost statement that spans the marker's line
        if isinstance(node, ast.stmt) and not isinstance(node, (ast.FunctionDef, ast.For, ast.If,
                                                                ast.ClassDef)):
            if node.lineno <= i + 1 <= node.end_lineno:
                seg = ast.get_source_segment(src, node)
                code = " ".join(part.split("#")[0].strip() for part in seg.splitlines())
    path = Path(inspect.getsourcefile(obj))
    rel = path.relative_to(Path(__file__).resolve().parents[2]).as_posix()
    return rel, start + i, code


def formula_locations() -> list[tuple[str, str, str]]:
    """Rows (formula, "file:line", code) for deck 003's eight formulas, found in bpkit's source."""
    rows = []
    for formula, obj, marker in _formula_sites():
        rel, line, code = find_line(obj, marker)
        rows.append((formula, f"{rel}:{line}", code))
    return rows


# ---- δ at the output depends on the loss/activation pair ----------------------------------------
# (activation, loss, δ_k as a formula, the same formula in numpy); t is a distribution so softmax
# + cross-entropy may use Σ_k t_k = 1.
OUTPUT_PAIRS = [
    ("identity", "mse", "y − t", lambda y, t: y - t),
    ("sigmoid", "mse", "(y − t) · y(1 − y)", lambda y, t: (y - t) * y * (1 - y)),
    ("sigmoid", "bce", "y − t", lambda y, t: y - t),
    ("softmax", "softmax_ce", "y − t", lambda y, t: y - t),
    ("tanh", "mse", "(y − t) · (1 − y²)", lambda y, t: (y - t) * (1 - y ** 2)),
]


@dataclass
class PairCheck:
    """One row of ``check_output_pairs``."""

    activation: str
    loss: str
    formula: str
    collapses: bool        # does ∂E/∂u (finite differences) equal y − t?
    formula_error: float   # max |formula − finite differences|
    bpkit_error: float     # max |losses.output_delta − finite differences|


def numerical_output_delta(activation: str, loss: str, u: np.ndarray, t: np.ndarray,
                           h: float = 1e-6) -> np.ndarray:
    """∂E/∂u_k of one sample by central differences of E(f(u), t), shape (n,)."""
    U = np.array(u, dtype=np.float64)[None, :]
    T = np.asarray(t, dtype=np.float64)[None, :]
    from ..gradcheck import numerical_gradient
    return numerical_gradient(lambda: losses.loss(loss, act.forward(activation, U), T), U, h)[0]


def check_output_pairs(u, t) -> list[PairCheck]:
    """For each pair of ``OUTPUT_PAIRS``: its δ formula and bpkit's δ against finite differences.

    Parameters
    ----------
    u : array_like, shape (n,)
        Pre-activations of the output layer for one sample.
    t : array_like, shape (n,)
        Targets: entries in [0, 1] summing to 1, so every loss accepts them.
    """
    u, t = np.asarray(u, dtype=np.float64), np.asarray(t, dtype=np.float64)
    losses.check_targets("softmax_ce", t[None, :])
    rows = []
    for activation, loss, formula, fn in OUTPUT_PAIRS:
        y = act.forward(activation, u[None, :])[0]
        num = numerical_output_delta(activation, loss, u, t)
        ours = losses.output_delta(loss, activation, u[None, :], y[None, :], t[None, :])[0]
        rows.append(PairCheck(activation, loss, formula,
                              bool(np.allclose(num, y - t, rtol=0, atol=1e-7)),
                              float(np.abs(fn(y, t) - num).max()),
                              float(np.abs(ours - num).max())))
    return rows


# ---- δ layer by layer in a deep net --------------------------------------------------------------
def mean_abs_delta(net: MLP, X: np.ndarray, T: np.ndarray) -> np.ndarray:
    """Mean |δ| of every layer, input side first, shape (n_layers,).

    bpkit's δ carry the factor 1/n_samples of the batch-mean loss; this undoes it, so the numbers
    are per-sample δ's as deck 003 defines them.
    """
    deltas = net.deltas(X, T)
    n = np.atleast_2d(X).shape[0]
    return np.array([float(np.abs(d).mean()) * n for d in deltas])


def deep_delta_magnitudes(activations, depth: int, width: int, n_samples: int,
                          rng: np.random.Generator) -> dict:
    """Mean |δ| per layer of deep nets that differ only in their hidden activation.

    Each net has ``depth`` weight layers of ``width`` units, an identity output unit and MSE;
    weights are normal with std 1/√n_in (√(2/n_in) for relu), as ``MLP`` draws them. The same
    inputs X (standard normal) and targets T (uniform in [0, 1]) are used for every net.

    Returns
    -------
    dict
        activation name → ndarray of shape (depth,), layer 1 (next to the input) first.
    """
    if depth < 2 or width < 1 or n_samples < 1:
        raise ShapeError(f"need depth ≥ 2, width ≥ 1, n_samples ≥ 1; got {depth}, {width}, {n_samples}")
    from ..mlp import MLP
    X = rng.standard_normal((n_samples, width))
    T = rng.uniform(size=(n_samples, 1))
    out = {}
    for name in activations:
        net = MLP([width] * depth + [1], activation=name, output_activation="identity",
                  loss="mse", rng=rng)
        out[name] = mean_abs_delta(net, X, T)
    return out


def numerical_d_inputs(net: MLP, x: np.ndarray, t: np.ndarray, h: float = 1e-6) -> list:
    """∂E/∂(input of layer l) for one sample, by central differences, for every layer l.

    The input of layer l (x for l = 0, else the outputs y of layer l − 1) is nudged and only the
    layers from l upward are run again, so this checks deck 003's ∂y_j = Σ_r δ_r w_jr without
    using it. Returns a list of ndarrays, ``[l]`` of shape (sizes[l],).
    """
    from ..gradcheck import numerical_gradient
    from ..layers import dense_forward
    x, t = np.asarray(x, dtype=np.float64), np.asarray(t, dtype=np.float64)[None, :]
    fwd = net.forward(x)
    result = []
    for l in range(net.n_layers):
        inp = fwd.input_of(l).copy()

        def E_from_layer(l=l, inp=inp):
            y = inp
            for q in range(l, net.n_layers):
                b = net.biases[q] if net.biases else None
                y = act.forward(net.activations[q], dense_forward(y, net.weights[q], b))
            return losses.loss(net.loss_name, y, t)

        result.append(numerical_gradient(E_from_layer, inp, h)[0])
    return result

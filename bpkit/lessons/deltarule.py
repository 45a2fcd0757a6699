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

``numerical_d_inputs`` checks the ∂y_j the loops hand down by central differences.

Deck 003's other ideas live beside this module and are re-exported here, so ``from
bpkit.lessons import deltarule as dr; dr.<name>`` reaches all of notebook 05's material:
``formula_map`` (which line of bpkit computes each formula), ``output_pairs`` (δ_k for each
loss/activation pair) and ``deep_delta`` (|δ| layer by layer in deep nets).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .. import activations as act
from .. import losses
from ..errors import BpkitError, ShapeError
from ..gradcheck import numerical_gradient
from ..i18n import _
from ..layers import dense_forward
from .deep_delta import deep_delta_magnitudes, mean_abs_delta
from .formula_map import find_line, formula_locations
from .output_pairs import OUTPUT_PAIRS, PairCheck, check_output_pairs, numerical_output_delta

if TYPE_CHECKING:
    from ..mlp import MLP

__all__ = [
    "output_delta_by_index", "layer_grads_by_index", "hidden_delta_by_index", "IndexGrads",
    "grads_by_index", "batch_grads_by_index", "numerical_d_inputs",
    # re-exported: the rest of deck 003's material
    "find_line", "formula_locations", "OUTPUT_PAIRS", "PairCheck", "numerical_output_delta",
    "check_output_pairs", "mean_abs_delta", "deep_delta_magnitudes",
]


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
        raise ShapeError(_("W is {W} (m × n), so y_in must be ({m},) and delta ({n},); got "
                           "{y} and {d}", W=W.shape, m=m, n=n, y=y_in.shape, d=delta.shape))
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
        raise BpkitError(_("grads_by_index follows deck 003's per-unit biases b_k; the net has "
                           "bias={bias!r}", bias=net.bias))
    if net.activations[-1] == "softmax":
        raise BpkitError(_("softmax is not elementwise, so δ_k = ∂E/∂y_k · f'(u_k) does not "
                           "apply; use losses.output_delta"))
    x, t = np.asarray(x, dtype=float), np.asarray(t, dtype=float)
    if x.ndim != 1 or t.ndim != 1:
        raise ShapeError(_("grads_by_index takes one sample: x and t 1-D; got {x}, {t}",
                           x=x.shape, t=t.shape))
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


def numerical_d_inputs(net: MLP, x: np.ndarray, t: np.ndarray, h: float = 1e-6) -> list:
    """∂E/∂(input of layer l) for one sample, by central differences, for every layer l.

    The input of layer l (x for l = 0, else the outputs y of layer l − 1) is nudged and only the
    layers from l upward are run again, so this checks deck 003's ∂y_j = Σ_r δ_r w_jr without
    using it. Returns a list of ndarrays, ``[l]`` of shape (sizes[l],).
    """
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

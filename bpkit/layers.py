"""One fully connected layer: net = inp @ W + b, out = g(net), and its backward pass.

Deck 003 names the four formulas of backpropagation; each is one line of ``dense_backward``
(and of ``activations.backward`` for δ):

==========================  ===================================  =====================
deck 003                    meaning                              bpkit (rows = samples)
==========================  ===================================  =====================
δ_j = ∂y_j · f'(u_j)        δ of a unit                          ``activations.backward``
∂w_ij = y_i δ_j             weight gradient                      ``inp.T @ delta``
∂b_j = δ_j                  bias gradient                        ``delta.sum(axis=0)``
∂y_i = Σ_q δ_q w_iq         gradient handed to the layer below   ``delta @ W.T``
==========================  ===================================  =====================

Shapes: ``inp`` is (n_samples, n_in), ``W`` is (n_in, n_out), ``b`` is (n_out,) for one bias
per unit, () for one shared bias per layer (deck 002's b1, b2), or None for no bias;
``net``, ``out`` and ``delta`` are (n_samples, n_out).
"""
from __future__ import annotations

import numpy as np

from .errors import check_name

BIAS_MODES = ("unit", "shared", "none")


def dense_forward(inp: np.ndarray, W: np.ndarray, b: np.ndarray | None) -> np.ndarray:
    """net_k = Σ_q y_q w_qk + b_k for every sample: ``inp @ W + b``, shape (n_samples, n_out)."""
    net = inp @ W
    if b is not None:
        net += b
    return net


def dense_backward(delta: np.ndarray, inp: np.ndarray, W: np.ndarray, bias: str,
                   need_d_inp: bool = True):
    """Weight, bias and input gradients of one layer from its δ (deck 003, §3–5).

    Parameters
    ----------
    delta : ndarray, shape (n_samples, n_out)
        ∂E/∂net of this layer.
    inp : ndarray, shape (n_samples, n_in)
        What the layer received: the layer below's ``out`` (or X).
    W : ndarray, shape (n_in, n_out)
    bias : {"unit", "shared", "none"}
    need_d_inp : bool
        Whether to compute the gradient for the layer below (not needed for the first layer).

    Returns
    -------
    dW : ndarray, shape (n_in, n_out)
    db : ndarray of shape (n_out,), shape () for a shared bias, or None
    d_inp : ndarray, shape (n_samples, n_in), or None
    """
    dW = inp.T @ delta                              # ∂w_jk = y_j δ_k, summed over samples
    if bias == "unit":
        db = delta.sum(axis=0)                      # ∂b_k = δ_k
    elif bias == "shared":
        db = delta.sum()                            # one b for the layer: Σ_k δ_k (deck 002)
    else:
        check_name("bias mode", bias, BIAS_MODES)
        db = None
    d_inp = delta @ W.T if need_d_inp else None     # ∂y_j = Σ_r δ_r w_jr
    return dW, db, d_inp

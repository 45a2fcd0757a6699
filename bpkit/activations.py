"""Activation functions and their derivatives, kept side by side in one table.

``ACTIVATIONS[name] = (g, g')``: ``g(net) -> out`` and ``g'(net, out=None)``, the elementwise
derivative. ``g'`` takes ``out = g(net)`` when the caller has it (the backward pass always
does), because σ' and tanh' are cheapest written in terms of the output; without ``out`` it
computes what it needs from ``net``. ``backward`` is the chain rule through one activation,
``dout * g'(net, out)``, for every name but softmax, whose derivative is a Jacobian and whose
backward pass is the Jacobian-vector product ``softmax_backward``.

Shapes: ``net``, ``out`` and ``dout`` are ``(n_samples, n_units)``; everything returned has
the same shape.
"""
from __future__ import annotations

import numpy as np
from scipy.special import expit

from .errors import BpkitError, check_name
from .i18n import _


def sigmoid(net: np.ndarray) -> np.ndarray:
    """Logistic sigmoid σ(s) = 1 / (1 + e^(−s)), without overflow at ±1000.

    SciPy's ``expit`` computes it stably (no overflow warning, exact 0 and 1 in the tails)
    and keeps float32 as float32.
    """
    return expit(net)


def sigmoid_grad(net: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """σ'(s) = σ(s)(1 − σ(s)) (deck 000, derived by ``bpkit.symbolic.sigmoid_derivative``).

    Given only ``net``, it is computed as σ(s)·σ(−s), which keeps every digit where σ(s) is
    close to 1 (1 − σ(20) would keep only 8 of 16); given ``out`` = σ(net), as out(1 − out).
    """
    if out is None:
        return expit(net) * expit(-np.asarray(net))
    return out * (1.0 - out)


def tanh_grad(net: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """tanh'(s) = 1 − tanh(s)²."""
    out = np.tanh(net) if out is None else out
    return 1.0 - out * out


def relu(net: np.ndarray) -> np.ndarray:
    """ReLU max(0, s)."""
    return np.maximum(net, 0)


def relu_grad(net: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """ReLU'(s) = 1 for s > 0, else 0 (the value 0 is taken at s = 0)."""
    return (np.asarray(net) > 0).astype(np.result_type(net, np.float32))


def identity(net: np.ndarray) -> np.ndarray:
    """The identity g(s) = s (a linear output unit)."""
    return np.asarray(net)


def identity_grad(net: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """g'(s) = 1."""
    return np.ones_like(net)


def softmax(net: np.ndarray) -> np.ndarray:
    """Softmax over the units of each row; shifted by the row maximum, so it never overflows."""
    net = np.asarray(net)
    e = np.exp(net - np.maximum.reduce(net, -1, keepdims=True))
    return e / np.add.reduce(e, -1, keepdims=True)


def softmax_backward(out: np.ndarray, dout: np.ndarray) -> np.ndarray:
    """∂E/∂net for softmax: J·dout with J_ij = y_i(δ_ij − y_j), per row.

    Softmax is not elementwise, so there is no ``g'(net)`` to multiply by; this is the
    product of its Jacobian with ``dout``, in O(n) per row.
    """
    return out * (dout - np.add.reduce(dout * out, -1, keepdims=True))


# name -> (g, g'); g' is None where the derivative is a Jacobian (softmax)
ACTIVATIONS = {
    "sigmoid": (sigmoid, sigmoid_grad),
    "tanh": (np.tanh, tanh_grad),
    "relu": (relu, relu_grad),
    "identity": (identity, identity_grad),
    "softmax": (softmax, None),
}


def _entry(name: str) -> tuple:
    """``ACTIVATIONS[name]``, or the error that lists the valid names."""
    entry = ACTIVATIONS.get(name) if isinstance(name, str) else None
    return entry if entry is not None else ACTIVATIONS[check_name("activation", name, ACTIVATIONS)]


def forward(name: str, net: np.ndarray) -> np.ndarray:
    """out = g(net) for the activation called ``name``."""
    return _entry(name)[0](net)


def derivative(name: str, net: np.ndarray) -> np.ndarray:
    """g'(net), elementwise. Softmax has a Jacobian instead: use ``backward``."""
    check_name("activation", name, ACTIVATIONS)
    grad = ACTIVATIONS[name][1]
    if grad is None:
        raise BpkitError(_(
            "softmax has no elementwise derivative (each output depends on every input); "
            "use bpkit.activations.backward('softmax', net, out, dout)"))
    return grad(net)


def backward(name: str, net: np.ndarray, out: np.ndarray, dout: np.ndarray) -> np.ndarray:
    """∂E/∂net = ∂E/∂out · g'(net): the chain rule through one activation (deck 003's
    δ_j = ∂y_j · f'(u_j)).

    ``out`` is ``g(net)``, passed in so that g' reuses it instead of recomputing g.
    """
    grad = _entry(name)[1]
    if grad is None:
        return softmax_backward(out, dout)
    return dout * grad(net, out)

"""Activation functions and their derivatives, kept side by side in one table.

Every activation ``g`` has ``forward(net) -> out`` and ``backward(net, out, dout) -> dnet``,
the product ``dout * g'(net)`` (for softmax, the Jacobian-vector product). The elementwise
derivative ``g'(net)`` itself is ``derivative(name, net)``.

Shapes: ``net``, ``out`` and ``dout`` are ``(n_samples, n_units)``; everything returned has
the same shape.
"""
from __future__ import annotations

import numpy as np
from scipy.special import expit

from .errors import check_name


def sigmoid(net: np.ndarray) -> np.ndarray:
    """Logistic sigmoid σ(s) = 1 / (1 + e^(−s)), without overflow at ±1000.

    SciPy's ``expit`` computes it stably (no overflow warning, exact 0 and 1 in the tails)
    and keeps float32 as float32.
    """
    return expit(net)


def sigmoid_grad(net: np.ndarray) -> np.ndarray:
    """σ'(s) = σ(s)(1 − σ(s)) (deck 000, derived by ``bpkit.symbolic.sigmoid_derivative``)."""
    out = sigmoid(net)
    return out * (1.0 - out)


def tanh_grad(net: np.ndarray) -> np.ndarray:
    """tanh'(s) = 1 − tanh(s)²."""
    return 1.0 - np.tanh(net) ** 2


def relu(net: np.ndarray) -> np.ndarray:
    """ReLU max(0, s)."""
    return np.maximum(net, 0)


def relu_grad(net: np.ndarray) -> np.ndarray:
    """ReLU'(s) = 1 for s > 0, else 0 (the value 0 is taken at s = 0)."""
    return (np.asarray(net) > 0).astype(np.result_type(net, np.float32))


def identity(net: np.ndarray) -> np.ndarray:
    """The identity g(s) = s (a linear output unit)."""
    return np.asarray(net)


def identity_grad(net: np.ndarray) -> np.ndarray:
    """g'(s) = 1."""
    return np.ones_like(net)


def softmax(net: np.ndarray) -> np.ndarray:
    """Softmax over the units of each row; shifted by the row maximum, so it never overflows."""
    net = np.asarray(net)
    e = np.exp(net - net.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def softmax_backward(out: np.ndarray, dout: np.ndarray) -> np.ndarray:
    """∂E/∂net for softmax: J·dout with J_ij = y_i(δ_ij − y_j), per row.

    Softmax is not elementwise, so there is no ``g'(net)`` to multiply by; this is the
    product of its Jacobian with ``dout``, in O(n) per row.
    """
    return out * (dout - (dout * out).sum(axis=-1, keepdims=True))


# name -> (g, g'); g' is None where the derivative is a Jacobian (softmax)
ACTIVATIONS = {
    "sigmoid": (sigmoid, sigmoid_grad),
    "tanh": (np.tanh, tanh_grad),
    "relu": (relu, relu_grad),
    "identity": (identity, identity_grad),
    "softmax": (softmax, None),
}


def forward(name: str, net: np.ndarray) -> np.ndarray:
    """out = g(net) for the activation called ``name``."""
    check_name("activation", name, ACTIVATIONS)
    return ACTIVATIONS[name][0](net)


def derivative(name: str, net: np.ndarray) -> np.ndarray:
    """g'(net), elementwise. Softmax has a Jacobian instead: use ``backward``."""
    check_name("activation", name, ACTIVATIONS)
    grad = ACTIVATIONS[name][1]
    if grad is None:
        raise ValueError(
            "softmax has no elementwise derivative (each output depends on every input); "
            "use bpkit.activations.backward('softmax', net, out, dout)"
        )
    return grad(net)


def backward(name: str, net: np.ndarray, out: np.ndarray, dout: np.ndarray) -> np.ndarray:
    """∂E/∂net = ∂E/∂out · g'(net): the chain rule through one activation.

    ``out`` is ``g(net)``, passed in so sigmoid and tanh reuse it instead of recomputing.
    """
    if name == "sigmoid":
        return dout * out * (1.0 - out)
    if name == "tanh":
        return dout * (1.0 - out * out)
    if name == "softmax":
        return softmax_backward(out, dout)
    return dout * derivative(name, net)

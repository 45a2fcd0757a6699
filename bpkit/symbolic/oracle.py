"""The exact-gradient test oracle: a tiny net's loss E built in SymPy and differentiated.

``SymbolicNet`` builds the loss E of a tiny net exactly (one SymPy symbol per weight and
bias), differentiates it with respect to every parameter and compiles the result with
``lambdify(..., cse=True)``. ``oracle_gradients`` and ``oracle_loss`` evaluate it for numbers,
in bpkit's conventions (rows are samples, ``W[l]`` is (n_in, n_out), E is the batch mean), so
tests can hold bpkit's backward pass to an independent, exact reference. Whole-net gradients
are never simplified: that takes minutes; evaluating them is enough.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import sympy as sp

from ..errors import BpkitError, ShapeError, check_name
from ..i18n import _
from .symbols import bce_term, sigmoid_expr

__all__ = ["SymbolicNet", "symbolic_net", "oracle_loss", "oracle_gradients", "oracle_for"]


def _relu(z):
    return sp.Piecewise((z, z > 0), (0, True))


_SYMBOLIC_ACTIVATIONS = {
    "sigmoid": sigmoid_expr,
    "tanh": sp.tanh,
    "identity": lambda z: z,
    "relu": _relu,
    "softmax": None,    # a whole layer at once
}
_LOSSES = ("mse", "bce", "softmax_ce")
_BIASES = ("unit", "shared", "none")


class SymbolicNet:
    """A tiny fully connected net built symbolically, with its exact gradients compiled.

    Parameters
    ----------
    sizes : sequence of int, input first (``[3, 4, 2]``)
    activations : sequence of str, one per weight layer (softmax only last)
    loss : {"mse", "bce", "softmax_ce"}
    bias : {"unit", "shared", "none"}

    Attributes
    ----------
    x, t : tuple of Symbol  one sample's inputs and targets
    W : list of sympy Matrix, ``W[l]`` of shape (n_in, n_out)
    b : list of (list of Symbol | Symbol), per unit, one shared symbol, or empty
    E : sympy expression, one sample's loss (summed over output units)
    params : list of Symbol, in the order W[0] (row-major), b[0], W[1], b[1], …

    Notes
    -----
    ``loss`` and ``gradients`` evaluate E and ∂E/∂p for every sample (numpy broadcasting over
    the columns of X and T) and take the mean over the batch, as bpkit does.
    """

    def __init__(self, sizes: Sequence[int], activations: Sequence[str], loss: str, bias: str):
        sizes = [int(n) for n in sizes]
        if len(sizes) < 2 or min(sizes) < 1:
            raise ShapeError(_("sizes must list at least 2 layer sizes, each ≥ 1; got {sizes}",
                               sizes=sizes))
        activations = list(activations)
        if len(activations) != len(sizes) - 1:
            raise ShapeError(_("{n} activations for {layers} layers", n=len(activations),
                               layers=len(sizes) - 1))
        for name in activations:
            check_name("activation", name, _SYMBOLIC_ACTIVATIONS)
        if "softmax" in activations[:-1]:
            raise BpkitError(_("softmax is only supported as the output activation"))
        check_name("loss", loss, _LOSSES)
        check_name("bias mode", bias, _BIASES)
        self.sizes, self.activations, self.loss_name, self.bias = sizes, activations, loss, bias
        self.x = sp.symbols(f"x_0:{sizes[0]}", real=True)
        self.t = sp.symbols(f"t_0:{sizes[-1]}", real=True)
        self.W, self.b, self.params = [], [], []
        inp = list(self.x)
        for l, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:])):
            W = sp.Matrix(n_in, n_out, lambda i, j, l=l: sp.Symbol(f"W{l}_{i}_{j}", real=True))
            self.W.append(W)
            self.params += list(W)                      # row-major, like W.ravel()
            if bias == "unit":
                b = [sp.Symbol(f"b{l}_{j}", real=True) for j in range(n_out)]
                self.params += b
                shift = b
            elif bias == "shared":
                b = sp.Symbol(f"b{l}", real=True)
                self.params.append(b)
                shift = [b] * n_out
            else:
                b, shift = None, [0] * n_out
            if b is not None:
                self.b.append(b)
            nets = [sum(inp[i] * W[i, j] for i in range(n_in)) + shift[j] for j in range(n_out)]
            inp = self._activate(activations[l], nets)
        self.y = inp
        if loss == "softmax_ce" and activations[-1] == "softmax":
            # log y_k = net_k − log Σ_j e^(net_j): the same E, written so that SymPy
            # differentiates a sum instead of a quotient (several times faster)
            log_total = sp.log(sum(sp.exp(z) for z in nets))
            self.E = -sum(tk * (z - log_total) for z, tk in zip(nets, self.t))
        elif loss == "bce" and activations[-1] == "sigmoid":
            # log σ(z) = −log(1 + e^(−z)) and log(1 − σ(z)) = −log(1 + e^z): the same E again
            self.E = sum(tk * sp.log(1 + sp.exp(-z)) + (1 - tk) * sp.log(1 + sp.exp(z))
                         for z, tk in zip(nets, self.t))
        else:
            self.E = self._loss(loss, inp, self.t)
        grads = [sp.diff(self.E, p) for p in self.params]
        args = list(self.x) + list(self.t) + self.params
        self._loss_fn = sp.lambdify(args, self.E, "numpy", cse=True)
        self._grad_fn = sp.lambdify(args, grads, "numpy", cse=True)

    @staticmethod
    def _activate(name: str, nets: list) -> list:
        if name == "softmax":
            e = [sp.exp(z) for z in nets]
            total = sum(e)
            return [ei / total for ei in e]
        g = _SYMBOLIC_ACTIVATIONS[name]
        return [g(z) for z in nets]

    @staticmethod
    def _loss(name: str, out: list, T: Sequence) -> sp.Expr:
        if name == "mse":
            return sum(sp.Rational(1, 2) * (tk - yk) ** 2 for yk, tk in zip(out, T))
        if name == "bce":
            return sum(bce_term(yk, tk) for yk, tk in zip(out, T))
        return -sum(tk * sp.log(yk) for yk, tk in zip(out, T))

    def _args(self, weights, biases, X, T) -> tuple[list, int]:
        X = np.atleast_2d(np.asarray(X, dtype=float))
        T = np.asarray(T, dtype=float).reshape(X.shape[0], -1)
        if X.shape[1] != self.sizes[0] or T.shape[1] != self.sizes[-1]:
            raise ShapeError(_("X {X} and T {T} do not fit sizes {sizes}", X=X.shape, T=T.shape,
                               sizes=self.sizes))
        values = []
        for l, W in enumerate(weights):
            W = np.asarray(W, dtype=float)
            if W.shape != (self.sizes[l], self.sizes[l + 1]):
                raise ShapeError(_("weights[{l}] must have shape {shape}; got {got}", l=l,
                                   shape=(self.sizes[l], self.sizes[l + 1]), got=W.shape))
            values += list(W.ravel())
            if self.bias != "none":
                values += list(np.atleast_1d(np.asarray(biases[l], dtype=float)).ravel())
        if len(values) != len(self.params):
            raise ShapeError(_("got {n} parameter values for {m} parameters (bias={bias!r})",
                               n=len(values), m=len(self.params), bias=self.bias))
        return list(X.T) + list(T.T) + values, X.shape[0]

    def loss(self, weights, biases, X, T) -> float:
        """E for a batch: per sample the sum over outputs, mean over samples."""
        args, n = self._args(weights, biases, X, T)
        return float(np.mean(np.broadcast_to(self._loss_fn(*args), (n,))))

    def gradients(self, weights, biases, X, T) -> tuple[list, list]:
        """(dW, db) of the batch-mean E, shaped like bpkit's ``weights`` and ``biases``."""
        args, n = self._args(weights, biases, X, T)
        flat = [float(np.mean(np.broadcast_to(g, (n,)))) for g in self._grad_fn(*args)]
        dW, db, pos = [], [], 0
        for W in self.W:
            dW.append(np.array(flat[pos:pos + W.rows * W.cols]).reshape(W.shape))
            pos += W.rows * W.cols
            if self.bias == "unit":
                db.append(np.array(flat[pos:pos + W.cols]))
                pos += W.cols
            elif self.bias == "shared":
                db.append(np.array(flat[pos]))
                pos += 1
        return dW, db


@lru_cache(maxsize=64)
def _cached_net(sizes: tuple, activations: tuple, loss: str, bias: str) -> SymbolicNet:
    return SymbolicNet(sizes, activations, loss, bias)


def symbolic_net(sizes: Sequence[int], activations, loss: str, bias: str) -> SymbolicNet:
    """A ``SymbolicNet``, built once per architecture and cached.

    ``activations`` is a list (one name per layer) or one name for every layer; with
    ``loss="softmax_ce"`` a single name means that name for the hidden layers and softmax
    at the output, as in ``bpkit.MLP``.
    """
    n_layers = len(sizes) - 1
    if isinstance(activations, str):
        out = "softmax" if loss == "softmax_ce" else activations
        activations = [activations] * (n_layers - 1) + [out]
    return _cached_net(tuple(int(n) for n in sizes), tuple(activations), loss, bias)


def oracle_loss(sizes, activations, loss, bias, weights, biases, X, T) -> float:
    """E of the batch from SymPy's exact expression (see ``SymbolicNet``)."""
    return symbolic_net(sizes, activations, loss, bias).loss(weights, biases, X, T)


def oracle_gradients(sizes, activations, loss, bias, weights, biases, X, T) -> tuple[list, list]:
    """(dW, db) from SymPy's exact derivatives of E, shaped like bpkit's.

    Parameters
    ----------
    sizes : sequence of int; activations : str or list of str; loss : str; bias : str
    weights : list of ndarray, ``weights[l]`` shape (sizes[l], sizes[l + 1])
    biases : list of ndarray, shape (n_out,) per unit, () shared; empty for bias="none"
    X : ndarray, shape (n_samples, sizes[0]); T : ndarray, shape (n_samples, sizes[-1])
    """
    return symbolic_net(sizes, activations, loss, bias).gradients(weights, biases, X, T)


def oracle_for(net, X, T) -> tuple[float, list, list]:
    """(E, dW, db) of a ``bpkit.MLP`` at its current parameters, from the SymPy oracle."""
    sym = symbolic_net(net.sizes, net.activations, net.loss_name, net.bias)
    X = np.atleast_2d(np.asarray(X, dtype=float))
    T = np.asarray(T, dtype=float).reshape(X.shape[0], -1)
    dW, db = sym.gradients(net.weights, net.biases, X, T)
    return sym.loss(net.weights, net.biases, X, T), dW, db

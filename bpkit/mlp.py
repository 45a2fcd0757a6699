"""A multilayer perceptron of any depth, with a forward pass that keeps every intermediate
and a backward pass that returns every δ and gradient.

Convention (all of bpkit): rows are samples. ``X`` is (n_samples, n_in), layer l has
``W[l]`` of shape (n_in, n_out), ``net = inp @ W + b`` and ``out = g(net)``.
Deck 004's column convention Z = W·A is the transpose of this (notebook 06).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from . import activations as act
from . import losses
from .errors import NonFiniteError, ShapeError, BpkitError, check_finite, check_name
from .layers import BIAS_MODES, dense_backward, dense_forward


@dataclass
class Forward:
    """Record of a forward pass.

    Attributes
    ----------
    X : ndarray, shape (n_samples, n_in)
    nets : list of ndarray
        ``nets[l]`` is the pre-activation of layer l (deck 002's net, 003's u, 004's Z),
        shape (n_samples, n_units[l]).
    outs : list of ndarray
        ``outs[l] = g(nets[l])`` (deck 002's out, 003's y, 004's A), same shapes.
    """

    X: np.ndarray
    nets: list
    outs: list

    @property
    def output(self) -> np.ndarray:
        """The network's output, ``outs[-1]``."""
        return self.outs[-1]

    def input_of(self, l: int) -> np.ndarray:
        """What layer l received: X for the first layer, else ``outs[l - 1]``."""
        return self.X if l == 0 else self.outs[l - 1]

    # deck 004's names
    Z = property(lambda self: self.nets)
    A = property(lambda self: self.outs)


@dataclass
class Backward:
    """Record of a backward pass.

    Attributes
    ----------
    loss : float
    deltas : list of ndarray
        ``deltas[l]`` = ∂E/∂nets[l], shape (n_samples, n_units[l]).
    dW : list of ndarray, shaped like the weights.
    db : list of ndarray, shaped like the biases (empty for bias="none").
    d_inputs : list
        ``d_inputs[l]`` = ∂E/∂(input of layer l), shape (n_samples, n_in of l): the gradient
        handed to the layer below (∂y_j of deck 003). ``d_inputs[0]`` is ∂E/∂X, or None when
        it was not asked for.
    """

    loss: float
    deltas: list
    dW: list
    db: list
    d_inputs: list = field(default_factory=list)


class MLP:
    """A fully connected network.

    Parameters
    ----------
    sizes : sequence of int
        Units per layer, input first: ``[3, 4, 2]`` is deck 002's 3-4-2 net.
    activation : str or list of str
        Hidden activation, or one name per layer (then ``output_activation`` is ignored
        unless given explicitly). One of sigmoid, tanh, relu, identity, softmax.
    output_activation : str, optional
        Activation of the last layer; defaults to ``activation`` (softmax for softmax_ce).
    loss : {"mse", "bce", "softmax_ce"}
    bias : {"unit", "shared", "none"}
        One bias per unit, one shared bias per layer (deck 002's b1, b2), or none.
    seed : int, optional
        Seeds the initial weights (normal, std 1/√n_in; √(2/n_in) under relu).
    rng : numpy.random.Generator, optional
        Used instead of ``seed`` when given.
    dtype : float64 (default) or float32
    """

    def __init__(self, sizes: Sequence[int], activation="sigmoid", output_activation=None,
                 loss: str = "mse", bias: str = "unit", seed: int | None = None,
                 rng: np.random.Generator | None = None, dtype=np.float64):
        sizes = [int(s) for s in sizes]
        if len(sizes) < 2 or min(sizes) < 1:
            raise ShapeError(f"sizes must list at least 2 layer sizes, each ≥ 1; got {sizes}")
        n_layers = len(sizes) - 1
        if isinstance(activation, str):
            if output_activation is None:
                output_activation = "softmax" if loss == "softmax_ce" else activation
            names = [activation] * (n_layers - 1) + [output_activation]
        else:
            names = list(activation)
            if len(names) != n_layers:
                raise ShapeError(
                    f"activation lists {len(names)} names but the net has {n_layers} layers "
                    f"(sizes {sizes})")
            if output_activation is not None:
                names[-1] = output_activation
        for name in names:
            check_name("activation", name, act.ACTIVATIONS)
        if "softmax" in names[:-1]:
            raise BpkitError("softmax is only supported as the output activation")
        check_name("loss", loss, losses.LOSSES)
        check_name("bias mode", bias, BIAS_MODES)
        self.dtype = np.dtype(dtype)
        if self.dtype not in (np.float64, np.float32):
            raise BpkitError(f"dtype must be float64 or float32; got {self.dtype}")
        self.sizes = sizes
        self.activations = names
        self.loss_name = loss
        self.bias = bias
        rng = rng if rng is not None else np.random.default_rng(seed)
        self._weights = []
        for l, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:])):
            scale = np.sqrt((2.0 if names[l] == "relu" else 1.0) / n_in)
            self._weights.append((rng.standard_normal((n_in, n_out)) * scale).astype(self.dtype))
        self._biases = [self._zero_bias(n) for n in sizes[1:]] if bias != "none" else []

    # ---- parameters -------------------------------------------------------------------
    def _zero_bias(self, n_out: int) -> np.ndarray:
        return np.zeros(() if self.bias == "shared" else (n_out,), dtype=self.dtype)

    @property
    def n_layers(self) -> int:
        """Number of weight layers (len(sizes) − 1)."""
        return len(self.sizes) - 1

    @property
    def weights(self) -> list:
        """``weights[l]``, shape (sizes[l], sizes[l + 1]). The list and its items are assignable."""
        return self._weights

    @weights.setter
    def weights(self, new):
        new = [self._as_array(w) for w in new]
        self._check_weights(new)
        self._weights = new

    @property
    def biases(self) -> list:
        """``biases[l]``: shape (n_out,) per unit, () shared, and an empty list for bias='none'."""
        return self._biases

    @biases.setter
    def biases(self, new):
        new = [self._as_array(b) for b in new]
        self._check_biases(new)
        self._biases = new

    def _as_array(self, a) -> np.ndarray:
        return np.array(a, dtype=self.dtype)

    def _check_weights(self, weights, finite: bool = True) -> None:
        if len(weights) != self.n_layers:
            raise ShapeError(f"the net has {self.n_layers} weight layers; got {len(weights)} arrays")
        for l, W in enumerate(weights):
            want = (self.sizes[l], self.sizes[l + 1])
            if W.shape != want:
                raise ShapeError(
                    f"weights[{l}] (layer {l + 1}, {self.sizes[l]} → {self.sizes[l + 1]} units) "
                    f"must have shape {want}; got {W.shape}")
            if finite:
                check_finite(f"weights[{l}]", W)

    def _check_biases(self, biases, finite: bool = True) -> None:
        if self.bias == "none":
            if len(biases):
                raise ShapeError(f"bias='none': the net has no biases; got {len(biases)} arrays")
            return
        if len(biases) != self.n_layers:
            raise ShapeError(f"the net has {self.n_layers} bias layers; got {len(biases)} arrays")
        for l, b in enumerate(biases):
            want = () if self.bias == "shared" else (self.sizes[l + 1],)
            if b.shape != want:
                raise ShapeError(
                    f"biases[{l}] (layer {l + 1}, bias='{self.bias}') must have shape {want}; "
                    f"got {b.shape}")
            if finite:
                check_finite(f"biases[{l}]", b)

    def _params_ok(self, finite: bool = True) -> None:
        # items may have been assigned one by one: normalise to arrays, then check them
        for l, W in enumerate(self._weights):
            if type(W) is not np.ndarray or W.dtype != self.dtype:
                self._weights[l] = self._as_array(W)
        for l, b in enumerate(self._biases):
            if type(b) is not np.ndarray or b.dtype != self.dtype:
                self._biases[l] = self._as_array(b)
        self._check_weights(self._weights, finite)
        self._check_biases(self._biases, finite)

    def copy(self) -> "MLP":
        """An independent copy (weights and biases copied)."""
        new = MLP.__new__(MLP)
        new.__dict__.update(self.__dict__)
        new._weights = [W.copy() for W in self._weights]
        new._biases = [b.copy() for b in self._biases]
        return new

    def params(self) -> list:
        """[(name, array)] for every parameter array: W[0], b[0], W[1], b[1], ..."""
        out = []
        for l in range(self.n_layers):
            out.append((f"W[{l}]", self._weights[l]))
            if self._biases:
                out.append((f"b[{l}]", self._biases[l]))
        return out

    # ---- inputs ---------------------------------------------------------------------------
    def _inputs(self, X) -> np.ndarray:
        X = np.asarray(X, dtype=self.dtype)
        if X.ndim == 1:
            X = X[None, :]
        if X.ndim != 2:
            raise ShapeError(f"X must be one sample (1-D) or a batch (2-D); got {X.ndim}-D, shape {X.shape}")
        if X.shape[0] == 0:
            raise ShapeError("X is an empty batch (0 samples)")
        if X.shape[1] != self.sizes[0]:
            raise ShapeError(
                f"X has {X.shape[1]} features per sample (shape {X.shape}) but layer 1 expects "
                f"{self.sizes[0]} inputs (weights[0] has shape {np.shape(self._weights[0])})")
        check_finite("X", X)
        return X

    def _targets(self, T, n_samples: int) -> np.ndarray:
        T = np.asarray(T, dtype=self.dtype)
        n_out = self.sizes[-1]
        if T.ndim == 1 and n_samples == 1 and T.shape[0] == n_out:
            T = T[None, :]
        elif T.ndim == 1 and n_out == 1 and T.shape[0] == n_samples:
            T = T[:, None]
        if T.shape != (n_samples, n_out):
            raise ShapeError(
                f"T must have shape {(n_samples, n_out)} ({n_samples} samples × {n_out} outputs "
                f"of the last layer); got {T.shape}")
        if not losses.targets_ok(self.loss_name, T):  # cheap test first; then say what is wrong
            check_finite("T", T)
            losses.check_targets(self.loss_name, T)
        return T

    # ---- forward / backward -----------------------------------------------------------------
    def forward(self, X) -> Forward:
        """Run X through every layer, keeping net and out of each; see ``Forward``."""
        self._params_ok()
        return self._forward(self._inputs(X))

    def _forward(self, X: np.ndarray) -> Forward:
        nets, outs = [], []
        inp = X
        for l, W in enumerate(self._weights):
            net = dense_forward(inp, W, self._biases[l] if self._biases else None)
            inp = act.forward(self.activations[l], net)
            nets.append(net)
            outs.append(inp)
        return Forward(X, nets, outs)

    def backward(self, fwd: Forward, T, input_grad: bool = False) -> Backward:
        """Backpropagate from the targets T through the record ``fwd`` (deck 003).

        δ of the last layer from the loss (``losses.output_delta``), then for each layer
        going down: ∂W = inpᵀδ, ∂b = Σδ, the gradient for the layer below δWᵀ, and that
        layer's δ = (δWᵀ) ⊙ g'(net).
        """
        T = self._targets(T, fwd.X.shape[0])
        return self._backward(fwd, T, input_grad)

    def _backward(self, fwd: Forward, T: np.ndarray, input_grad: bool) -> Backward:
        L = self.n_layers
        deltas, dW, db, d_inputs = [None] * L, [None] * L, [None] * L, [None] * L
        delta = losses.output_delta(self.loss_name, self.activations[-1], fwd.nets[-1],
                                    fwd.outs[-1], T)                       # δ_k = ∂E/∂y_k · f'(u_k)
        for l in range(L - 1, -1, -1):
            deltas[l] = delta
            dW[l], db[l], d_inputs[l] = dense_backward(
                delta, fwd.input_of(l), self._weights[l], self.bias, need_d_inp=l > 0 or input_grad)
            if l > 0:
                delta = act.backward(self.activations[l - 1], fwd.nets[l - 1], fwd.outs[l - 1],
                                     d_inputs[l])                          # δ_j = ∂y_j · f'(u_j)
        loss = losses.loss(self.loss_name, fwd.outs[-1], T)
        return Backward(loss, deltas, dW, db if self.bias != "none" else [], d_inputs)

    def _run(self, X, T, input_grad: bool = False):
        self._params_ok()
        X = self._inputs(X)
        T = self._targets(T, X.shape[0])
        fwd = self._forward(X)
        return fwd, self._backward(fwd, T, input_grad)

    # ---- the public surface of the foundation issue -------------------------------------------
    def predict(self, X) -> np.ndarray:
        """The network output for X: (n_samples, n_out), or (n_out,) for one 1-D sample."""
        one = np.ndim(X) == 1
        out = self.forward(X).output
        return out[0] if one else out

    def loss(self, X, T) -> float:
        """E for inputs X and targets T: per sample the sum over outputs, mean over samples."""
        self._params_ok()
        X = self._inputs(X)
        return losses.loss(self.loss_name, self._forward(X).output, self._targets(T, X.shape[0]))

    def gradients(self, X, T):
        """(dW, db): ∂E/∂W and ∂E/∂b, lists shaped like ``weights`` and ``biases``."""
        _, bwd = self._run(X, T)
        return bwd.dW, bwd.db

    def deltas(self, X, T) -> list:
        """δ of every layer, ∂E/∂net, each (n_samples, n_units)."""
        return self._run(X, T)[1].deltas

    def sgd_step(self, X, T, lr: float) -> float:
        """One gradient-descent step in place: W ← W − lr·∂E/∂W, b ← b − lr·∂E/∂b.

        Returns the loss before the step. Nothing changes if the step would make a
        parameter non-finite (the error says which one: lower lr).
        """
        X = self._inputs(X)
        return self._sgd_step(X, self._targets(T, X.shape[0]), lr)

    def _sgd_step(self, X: np.ndarray, T: np.ndarray, lr: float) -> float:
        """``sgd_step`` for X and T that were checked already (``fit`` checks all data once)."""
        lr = float(lr)
        if not math.isfinite(lr):
            raise NonFiniteError(f"lr must be a finite number; got {lr}")
        self._params_ok(finite=False)  # shapes here; finiteness by the one check below
        params = self._weights + self._biases
        # non-finite numbers are reported below by name instead of warned about
        with np.errstate(all="ignore"):
            bwd = self._backward(self._forward(X), T, input_grad=False)
            new = [p - lr * g for p, g in zip(params, bwd.dW + bwd.db)]
            # one sum per array tells whether it is finite: a non-finite parameter, gradient
            # or step makes it non-finite (and so, rarely, does a sum that overflows)
            suspects = [i for i, q in enumerate(new)
                        if not math.isfinite(np.add.reduce(q, axis=None))]
        if suspects or not math.isfinite(bwd.loss):
            self._params_ok()  # names a parameter that was non-finite before the step
            for i in suspects:
                if not np.isfinite(new[i]).all():
                    raise NonFiniteError(
                        f"the step would make {_param_name(self, params[i])} non-finite (loss "
                        f"{bwd.loss:g}, lr {lr:g}); nothing was changed. Lower the learning "
                        f"rate or check the inputs.")
            if not math.isfinite(bwd.loss):
                raise NonFiniteError(
                    f"the loss is {bwd.loss} (the forward pass overflowed); nothing was changed. "
                    f"Check the scale of X and of the weights.")
        for p, q in zip(params, new):
            p[...] = q  # W ← W − lr·∂E/∂W, written into the same array (views of it see the step)
        return bwd.loss

    def __repr__(self) -> str:
        return (f"MLP({self.sizes}, activations={self.activations}, loss={self.loss_name!r}, "
                f"bias={self.bias!r}, dtype={self.dtype.name})")


def _param_name(net: MLP, p: np.ndarray) -> str:
    for name, q in net.params():
        if q is p:
            return name
    return "a parameter"

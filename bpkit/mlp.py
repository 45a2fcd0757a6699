"""A multilayer perceptron of any depth, with a forward pass that keeps every intermediate
and a backward pass that returns every δ and gradient.

Convention (all of bpkit): rows are samples. ``X`` is (n_samples, n_in), layer l has
``W[l]`` of shape (n_in, n_out), ``net = inp @ W + b`` and ``out = g(net)``.
Deck 004's column convention Z = W·A is the transpose of this (notebook 06).
"""
from __future__ import annotations

import math
import operator
from collections.abc import Sequence

import numpy as np

from . import activations as act
from . import losses, validate
from .errors import NonFiniteError, check_finite, check_name
from .i18n import _
from .layers import BIAS_MODES, dense_backward, dense_forward
from .records import Backward, Forward

__all__ = ["MLP", "Forward", "Backward"]


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
        Activation of the last layer; defaults to softmax for softmax_ce, sigmoid for bce and
        ``activation`` for mse. bce needs a sigmoid (or softmax) output, softmax_ce a softmax
        one, and softmax at least two output units.
    loss : {"mse", "bce", "softmax_ce"}
    bias : {"unit", "shared", "none"}
        One bias per unit, one shared bias per layer (deck 002's b1, b2), or none.
    seed : int, optional
        Seeds the initial weights (normal, std 1/√n_in; √(2/n_in) under relu).
    rng : numpy.random.Generator, optional
        Used instead of ``seed`` when given.
    dtype : float64 (default) or float32

    Every argument is checked by ``bpkit.validate``; a call that raises changes nothing.
    """

    def __init__(self, sizes: Sequence[int], activation="sigmoid", output_activation=None,
                 loss: str = "mse", bias: str = "unit", seed: int | None = None,
                 rng: np.random.Generator | None = None, dtype=np.float64):
        sizes = validate.sizes(sizes)
        names = validate.layer_activations(activation, output_activation, loss, len(sizes) - 1)
        check_name("loss", loss, losses.LOSSES)
        validate.output_pair(loss, names[-1], sizes[-1])
        check_name("bias mode", bias, BIAS_MODES)
        self.dtype = validate.dtype(dtype)
        rng = validate.rng(rng, seed)
        self.sizes = sizes
        self.activations = names
        self.loss_name = loss
        self.bias = bias
        weights = []
        for l, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:])):
            scale = np.sqrt((2.0 if names[l] == "relu" else 1.0) / n_in)
            weights.append(rng.standard_normal((n_in, n_out)) * scale)
        shape = (lambda n: ()) if bias == "shared" else (lambda n: (n,))
        self._pack(weights, [np.zeros(shape(n)) for n in sizes[1:]] if bias != "none" else [])

    # ---- parameters -------------------------------------------------------------------
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
        self._pack(validate.weights(self, new), self._biases)  # checked, then copied

    @property
    def biases(self) -> list:
        """``biases[l]``: shape (n_out,) per unit, () shared, and an empty list for bias='none'."""
        return self._biases

    @biases.setter
    def biases(self, new):
        self._pack(self._weights, validate.biases(self, new))

    def _pack(self, weights: list, biases: list) -> None:
        """Copy the parameters into one flat array and make each W and b a view of it, so
        that a step updates (and checks) all of them with one subtraction and one sum."""
        arrays = list(weights) + list(biases)
        flat = np.concatenate([np.ravel(a) for a in arrays]).astype(self.dtype)
        ends = np.cumsum([a.size for a in arrays]).tolist()
        views = [flat[e - a.size:e].reshape(np.shape(a)) for a, e in zip(arrays, ends)]
        self._flat, self._views, self._shapes = flat, views, [v.shape for v in views]
        # a scratch array of the same layout, into which a step copies the gradients
        self._grad_flat = np.empty_like(flat)
        self._grad_views = [self._grad_flat[e - v.size:e].reshape(v.shape)
                            for v, e in zip(views, ends)]
        self._weights, self._biases = views[:len(weights)], views[len(weights):]

    def check_params(self) -> None:
        """Raise a ``BpkitError`` naming the parameter if one has the wrong shape or is not
        finite (items of ``weights`` and ``biases`` can be assigned one by one). Items that
        are lists, other dtypes or read-only arrays are replaced by writable arrays of the
        net's dtype holding the same values."""
        validate.params(self)

    def copy(self) -> MLP:
        """An independent copy (weights and biases copied)."""
        new = MLP.__new__(MLP)
        new.__dict__.update(self.__dict__)
        new._pack(self._weights, self._biases)
        return new

    def __deepcopy__(self, memo) -> MLP:
        return self.copy()  # copy.deepcopy would copy the views apart from the flat array

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)  # unpickled: make W and b views of one flat array again
        self._pack(self._weights, self._biases)

    def params(self) -> list:
        """[(name, array)] for every parameter array: W[0], b[0], W[1], b[1], ..."""
        out = []
        for l in range(self.n_layers):
            out.append((f"W[{l}]", self._weights[l]))
            if self._biases:
                out.append((f"b[{l}]", self._biases[l]))
        return out

    # ---- forward / backward (deck 003) --------------------------------------------------------
    def forward(self, X) -> Forward:
        """Run X through every layer, keeping net and out of each; see ``Forward``."""
        self.check_params()
        return self._forward(validate.inputs(self, X))

    def _forward(self, X: np.ndarray) -> Forward:
        nets, outs = [], []
        inp = X
        for l, W in enumerate(self._weights):
            b = self._biases[l] if self._biases else None
            net = dense_forward(inp, W, b)                     # u_k = Σ_j y_j w_jk + b_k
            inp = act.forward(self.activations[l], net)        # y_k = f(u_k)
            nets.append(net)
            outs.append(inp)
        return Forward(X, nets, outs)

    def backward(self, fwd: Forward, T, input_grad: bool = False) -> Backward:
        """Backpropagate from the targets T through the record ``fwd`` (deck 003).

        δ of the last layer from the loss (``losses.output_delta``), then for each layer
        going down: ∂W = inpᵀδ, ∂b = Σδ, the gradient for the layer below δWᵀ, and that
        layer's δ = (δWᵀ) ⊙ g'(net).
        """
        return self._backward(fwd, validate.targets(self, T, fwd.X.shape[0]), input_grad)

    def _backward(self, fwd: Forward, T: np.ndarray, want_d_X: bool) -> Backward:
        L = self.n_layers
        deltas, dW, db, d_inputs = [None] * L, [None] * L, [None] * L, [None] * L
        delta = losses.output_delta(self.loss_name, self.activations[-1], fwd.nets[-1],
                                    fwd.outs[-1], T)                 # δ_k = ∂E/∂y_k · f'(u_k)
        for l in range(L - 1, -1, -1):
            deltas[l] = delta
            # layers.dense_backward, one line each:  ∂w_jk = y_j δ_k   (dW = inpᵀ δ)
            #                                        ∂b_k = δ_k        (db = Σ_samples δ)
            #                                        ∂y_j = Σ_r δ_r w_jr  (d_inp = δ Wᵀ)
            dW[l], db[l], d_inputs[l] = dense_backward(
                delta, fwd.input_of(l), self._weights[l], self.bias, need_d_inp=l > 0 or want_d_X)
            if l > 0:
                delta = act.backward(self.activations[l - 1], fwd.nets[l - 1], fwd.outs[l - 1],
                                     d_inputs[l])                    # δ_j = ∂y_j · f'(u_j)
        loss = losses.loss_from_net(self.loss_name, self.activations[-1], fwd.nets[-1],
                                    fwd.outs[-1], T)                 # exact, also when saturated
        return Backward(loss, deltas, dW, db if self.bias != "none" else [], d_inputs)

    def _run(self, X, T, input_grad: bool = False):
        self.check_params()
        X = validate.inputs(self, X)
        T = validate.targets(self, T, X.shape[0])
        fwd = self._forward(X)
        return fwd, self._backward(fwd, T, input_grad)

    # ---- what the notebooks call ------------------------------------------------------------
    def predict(self, X) -> np.ndarray:
        """The network output for X: (n_samples, n_out), or (n_out,) for one 1-D sample."""
        one = np.ndim(X) == 1
        out = self.forward(X).output
        return out[0] if one else out

    def loss(self, X, T) -> float:
        """E for inputs X and targets T: per sample the sum over outputs, mean over samples.

        Computed from the output layer's pre-activation for sigmoid + bce and softmax +
        softmax_ce (``losses.loss_from_net``), so it is exact for saturated outputs too."""
        self.check_params()
        X = validate.inputs(self, X)
        T = validate.targets(self, T, X.shape[0])
        fwd = self._forward(X)
        return losses.loss_from_net(self.loss_name, self.activations[-1], fwd.nets[-1],
                                    fwd.output, T)

    def gradients(self, X, T):
        """(dW, db): ∂E/∂W and ∂E/∂b, lists shaped like ``weights`` and ``biases``."""
        _, bwd = self._run(X, T)
        return bwd.dW, bwd.db

    def deltas(self, X, T) -> list:
        """δ of every layer, ∂E/∂net, each (n_samples, n_units)."""
        return self._run(X, T)[1].deltas

    def sgd_step(self, X, T, lr: float) -> float:
        """One gradient-descent step in place: W ← W − lr·∂E/∂W, b ← b − lr·∂E/∂b.

        Returns the loss before the step. Nothing changes if an argument is refused or the
        step would make a parameter non-finite (the error says which one: lower lr).
        """
        X = validate.inputs(self, X, finite=False)  # a NaN or inf in X: the step refuses
        return self.step(X, validate.targets(self, T, X.shape[0]), lr)

    def step(self, X: np.ndarray, T: np.ndarray, lr: float) -> float:
        """``sgd_step`` for X and T checked already by ``bpkit.validate.inputs`` and
        ``targets`` (``fit`` checks all the data once, then steps on slices of it).

        Every new value is computed and checked before any is written: a step either
        happens whole or not at all.
        """
        lr = validate.lr(lr)
        params = self._weights + self._biases
        # still the views of the flat array, with their shapes? (items can be reassigned)
        packed = (len(params) == len(self._views) and all(map(operator.is_, params, self._views))
                  and [p.shape for p in params] == self._shapes)
        if not packed:  # items assigned one by one: check them, then step array by array
            validate.params(self, finite=False)
            params = self._weights + self._biases
        # non-finite numbers are reported below by name instead of warned about
        with np.errstate(all="ignore"):
            bwd = self._backward(self._forward(X), T, want_d_X=False)
            grads = bwd.dW + bwd.db
            if packed:  # W ← W − lr·∂E/∂W for every array at once, in the flat copy
                for view, g in zip(self._grad_views, grads):
                    view[...] = g
                new = [self._flat - lr * self._grad_flat]
                # one sum tells whether all is finite: a non-finite X, parameter, gradient or
                # step makes it non-finite (and so, rarely, does a sum that overflows)
                finite = math.isfinite(np.add.reduce(new[0], None))
            else:
                new = [p - lr * g for p, g in zip(params, grads)]
                finite = all(math.isfinite(np.add.reduce(q, None)) for q in new)
        if not (finite and math.isfinite(bwd.loss)):
            self._refuse(X, params, grads, lr, bwd.loss)
        if packed:
            self._flat[...] = new[0]  # every W and b is a view of it: they all see the step
        else:
            for p, q in zip(params, new):
                p[...] = q  # written into the same array (views of it see the step)
        return bwd.loss

    def _refuse(self, X, params, grads, lr, loss) -> None:
        """Raise the error for a step that would leave a non-finite number, naming it."""
        check_finite("X", X)   # names X if it held NaN or inf
        validate.params(self)  # names a parameter that was non-finite before the step
        with np.errstate(all="ignore"):
            for i, (p, g) in enumerate(zip(params, grads)):
                if not np.isfinite(p - lr * g).all():
                    raise NonFiniteError(_(
                        "the step would make {name} non-finite (loss {loss:g}, lr {lr:g}); "
                        "nothing was changed. Lower the learning rate or check the inputs.",
                        name=_param_name(self, i), loss=loss, lr=lr))
        raise NonFiniteError(_("the loss is {loss} (the forward pass overflowed); nothing was "
                               "changed. Check the scale of X and of the weights.", loss=loss))

    def __repr__(self) -> str:
        return (f"MLP({self.sizes}, activations={self.activations}, loss={self.loss_name!r}, "
                f"bias={self.bias!r}, dtype={self.dtype.name})")


def _param_name(net: MLP, i: int) -> str:
    """The name of the i-th array of ``weights + biases``."""
    L = net.n_layers
    return f"weights[{i}]" if i < L else f"biases[{i - L}]"

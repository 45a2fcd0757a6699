"""The records of a pass through an ``MLP``: ``Forward`` keeps every layer's net and out,
``Backward`` every δ and gradient (notebooks print them as tables)."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


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

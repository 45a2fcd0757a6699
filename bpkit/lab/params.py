"""One scalar parameter of a net, named as the decks do (w'_11, b2): ``ParamRef``, and how to
list, read, write and differentiate by it."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import BpkitError
from ..i18n import _
from ..lessons.notation import bias_name, weight_name
from ..mlp import MLP, Backward
from .checks import _is_int, number


@dataclass(frozen=True)
class ParamRef:
    """One scalar parameter: ``("W", l, i, j)`` is weights[l][i, j]; ``("b", l, None, j)`` is
    biases[l][j], and ``("b", l)`` a shared bias. Indices are 0-based, as bpkit's arrays."""

    kind: str
    layer: int
    i: int | None = None
    j: int | None = None

    def label(self) -> str:
        """Deck 002's name: w_ij into the hidden layer, w'_ij into the output, b1, b2
        (``bpkit.lessons.notation.weight_name`` with style "sub")."""
        if self.kind == "W":
            return weight_name(self.layer + 1, self.i + 1, self.j + 1, style="sub")
        return bias_name(self.layer + 1, None if self.j is None else self.j + 1, style="sub")


def param_refs(net: MLP) -> list:
    """Every scalar parameter of ``net``, layer by layer: weights then biases."""
    refs = []
    for l in range(net.n_layers):
        n_in, n_out = net.weights[l].shape
        refs += [ParamRef("W", l, i, j) for i in range(n_in) for j in range(n_out)]
        if net.bias == "shared":
            refs.append(ParamRef("b", l))
        elif net.bias == "unit":
            refs += [ParamRef("b", l, None, j) for j in range(n_out)]
    return refs


def locate(ref: ParamRef, weights, biases, where) -> tuple:
    """(l, index into weights[l] or biases[l]) of ``ref``; a BpkitError if ``where`` (a net,
    or a text such as "this backward record", formatted only for the message) has no such
    parameter."""
    if not isinstance(ref, ParamRef):
        raise BpkitError(_("a parameter is named by a ParamRef, e.g. ParamRef('W', 1, 0, 0) for "
                           "w'_11; got {ref!r}", ref=ref))

    def missing(why: str):
        try:   # the deck's name where the indices make one (w'_51), else the reference itself
            name = f"{ref.label()} ({ref!r})"
        except (TypeError, ValueError):
            name = repr(ref)
        raise BpkitError(_("{name} is not a parameter of {where}: {why}", name=name, where=where,
                           why=why))

    L = len(weights)
    if not (_is_int(ref.layer) and 0 <= ref.layer < L):
        missing(_("layer must be 0 … {last}", last=L - 1))
    if ref.kind == "W":
        n_in, n_out = np.shape(weights[ref.layer])
        if not (_is_int(ref.i) and 0 <= ref.i < n_in and _is_int(ref.j) and 0 <= ref.j < n_out):
            missing(_("weights[{l}] has i in 0 … {last_i} and j in 0 … {last_j}", l=ref.layer,
                      last_i=n_in - 1, last_j=n_out - 1))
        return ref.layer, (ref.i, ref.j)
    if ref.kind != "b":
        missing(_("kind must be 'W' (a weight) or 'b' (a bias)"))
    if not len(biases):
        missing(_("it has no biases"))
    shape = np.shape(biases[ref.layer])
    if ref.i is not None:
        missing(_("a bias has no i"))
    if shape == ():
        if ref.j is not None:
            missing(_("layer {l} shares one bias, named with j=None", l=ref.layer))
        return ref.layer, ()
    if not (_is_int(ref.j) and 0 <= ref.j < shape[0]):
        missing(_("biases[{l}] has one bias per unit, j in 0 … {last}", l=ref.layer,
                  last=shape[0] - 1))
    return ref.layer, (ref.j,)


def check_ref(net: MLP, ref: ParamRef) -> ParamRef:
    """``ref`` if ``net`` has that parameter, else a BpkitError saying what it has."""
    locate(ref, net.weights, net.biases, net)
    return ref


def get_param(net: MLP, ref: ParamRef) -> float:
    """The value of one scalar parameter of ``net``."""
    l, idx = locate(ref, net.weights, net.biases, net)
    return float((net.weights if ref.kind == "W" else net.biases)[l][idx])


def set_param(net: MLP, ref: ParamRef, value: float) -> float:
    """Set one scalar parameter of ``net`` in place (checked first: nothing changes on error).
    Returns the value it had."""
    l, idx = locate(ref, net.weights, net.biases, net)
    return write(net, ref.kind, l, idx, number(ref.label(), value))


def write(net: MLP, kind: str, l: int, idx: tuple, value: float) -> float:
    """Write a checked ``value`` at a place ``locate`` found; returns the value it had."""
    arrays = net.weights if kind == "W" else net.biases
    old = float(arrays[l][idx])
    if isinstance(arrays[l], np.ndarray) and arrays[l].flags.writeable:
        arrays[l][idx] = value
    else:  # an item assigned as a plain number or a read-only array: replace it
        new = np.array(arrays[l], dtype=net.dtype)
        new[idx] = value
        arrays[l] = new
    return old


def grad_of(bwd: Backward, ref: ParamRef) -> float:
    """∂E/∂(the parameter ``ref``) from a backward record."""
    l, idx = locate(ref, bwd.dW, bwd.db, _("this backward record"))
    return float((bwd.dW if ref.kind == "W" else bwd.db)[l][idx])

"""What the exporters can express: one check shared by ``to_onnx`` and ``to_json``."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import BpkitError
from ..i18n import _

# the activations both formats carry (ONNX: Sigmoid, Tanh, Relu, Identity, Softmax(axis=-1))
SUPPORTED_ACTIVATIONS = ("sigmoid", "tanh", "relu", "identity", "softmax")


class ExportError(BpkitError):
    """A net (or model file) that ONNX or bpkit's JSON format cannot express or read."""


@dataclass
class Layer:
    """One layer as an exporter sees it.

    Attributes
    ----------
    W : ndarray, shape (n_in, n_out)
    b : ndarray of shape (n_out,) (bias="unit"), shape () (bias="shared"), or None (bias="none")
    activation : str
    """

    W: np.ndarray
    b: np.ndarray | None
    activation: str


def exportable_layers(net, input_scale: float = 1.0) -> list[Layer]:
    """Check that ``net`` can be exported and return its layers as float64 copies.

    Parameters
    ----------
    net : bpkit.MLP
    input_scale : float
        Multiplies the raw input before layer 1 (1/16 for the digits' 0–16 intensities).

    Raises
    ------
    ExportError
        ``net`` is not an MLP, a layer has an activation outside ``SUPPORTED_ACTIVATIONS``
        (the message names the layer), softmax is not last, a parameter is NaN or inf, or
        ``input_scale`` is not a finite positive number.
    """
    from ..mlp import MLP

    if not isinstance(net, MLP):
        raise ExportError(_("can only export a bpkit.MLP; got {type}", type=type(net).__name__))
    scale = float(input_scale)
    if not np.isfinite(scale) or scale <= 0:
        raise ExportError(_("input_scale must be a finite number > 0; got {value!r}",
                            value=input_scale))
    names = list(net.activations)
    if len(names) != len(net.weights):
        raise ExportError(_("the net lists {n} activations for {n_layers} layers", n=len(names),
                            n_layers=len(net.weights)))
    layers = []
    for l, (W, name) in enumerate(zip(net.weights, names)):
        if name not in SUPPORTED_ACTIVATIONS:
            raise ExportError(_("layer {layer} has activation {name!r}, which the exporters "
                                "cannot express; they support {supported}", layer=l + 1,
                                name=name, supported=", ".join(SUPPORTED_ACTIVATIONS)))
        if name == "softmax" and l != len(names) - 1:
            raise ExportError(_("layer {layer} has softmax, which is only exported as the last "
                                "layer", layer=l + 1))
        W = np.array(W, dtype=np.float64)
        b = np.array(net.biases[l], dtype=np.float64) if net.bias != "none" else None
        for what, a in ((f"weights[{l}]", W), (f"biases[{l}]", b)):
            if a is not None and not np.isfinite(a).all():
                raise ExportError(_("{what} (layer {layer}) holds NaN or inf; a model file "
                                    "needs finite numbers", what=what, layer=l + 1))
        layers.append(Layer(W, b, name))
    return layers

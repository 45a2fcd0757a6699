"""An MLP as an ONNX graph, built node by node with ``onnx.helper`` (no PyTorch, no TensorFlow).

The graph for a 64-128-10 relu/softmax net with ``input_scale=1/16``::

    pixels (N, 64) ─Mul(1/16)─ MatMul(W1) ─Add(b1)─ Relu
                   ─ MatMul(W2) ─Add(b2)─ Softmax ─ output (N, 10)

ONNX Runtime (Python, ``onnxruntime-web`` in a page, ONNX Runtime Mobile in an Android app)
runs it in float32, so its output differs from bpkit's float64 ``predict`` by float32 rounding:
about 1e-7 on probabilities (float32 keeps 24 bits, a relative step of 6e-8).
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from ..i18n import _
from .checks import ExportError, exportable_layers

OPSET = 13  # Softmax over one axis (axis=-1) as bpkit computes it; onnxruntime-web runs it
FLOAT32_MAX = float(np.finfo(np.float32).max)
_OP = {"sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "Relu", "identity": "Identity",
       "softmax": "Softmax"}


def to_onnx(net, path, input_scale: float = 1.0, input_name: str = "pixels",
            output_name: str = "output") -> Path:
    """Write ``net`` as an ONNX model (float32, opset 13) to ``path``; return the path.

    Parameters
    ----------
    net : bpkit.MLP
        Any bias mode ("unit": Add of an (n_out,) vector, "shared": Add of a scalar, "none":
        no Add); activations sigmoid, tanh, relu, identity or softmax (last layer).
    path : str or Path
    input_scale : float
        A first Mul node multiplies the input by it (left out when it is 1).
    input_name, output_name : str
        Names of the graph's input, shape (N, sizes[0]), and output, shape (N, sizes[-1]);
        N is free (a batch of any size).

    Raises
    ------
    ExportError
        For a net ONNX cannot express: an unsupported activation (named with its layer),
        softmax before the last layer, a NaN/inf parameter, or a parameter beyond float32's
        range (±3.4e38). Nothing is written then. The model passes ``onnx.checker``.
    """
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    layers = exportable_layers(net, input_scale)
    for l, layer in enumerate(layers):
        for what, a in ((f"weights[{l}]", layer.W), (f"biases[{l}]", layer.b)):
            if a is not None and a.size and np.abs(a).max() > FLOAT32_MAX:
                raise ExportError(_("{what} (layer {layer}) holds {value:g}, beyond float32's "
                                    "range (±{max:.3g}) that ONNX models use", what=what,
                                    layer=l + 1, value=np.abs(a).max(), max=FLOAT32_MAX))

    nodes, inits = [], []

    def const(name: str, a: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.asarray(a, dtype=np.float32), name))
        return name

    x = input_name
    if float(input_scale) != 1.0:
        nodes.append(helper.make_node("Mul", [x, const("input_scale", np.float32(input_scale))],
                                      ["x_scaled"], name="scale_input"))
        x = "x_scaled"
    last = len(layers) - 1
    for l, layer in enumerate(layers):
        z = f"z{l + 1}"
        nodes.append(helper.make_node("MatMul", [x, const(f"W{l + 1}", layer.W)],
                                      [f"xw{l + 1}" if layer.b is not None else z],
                                      name=f"layer{l + 1}_matmul"))
        if layer.b is not None:  # shape (n_out,) or (): Add broadcasts both over the batch
            nodes.append(helper.make_node("Add", [f"xw{l + 1}", const(f"b{l + 1}", layer.b)],
                                          [z], name=f"layer{l + 1}_add"))
        out = output_name if l == last else f"a{l + 1}"
        attrs = {"axis": -1} if layer.activation == "softmax" else {}
        nodes.append(helper.make_node(_OP[layer.activation], [z], [out],
                                      name=f"layer{l + 1}_{layer.activation}", **attrs))
        x = out
    graph = helper.make_graph(
        nodes, "bpkit_mlp",
        [helper.make_tensor_value_info(input_name, TensorProto.FLOAT, ["N", net.sizes[0]])],
        [helper.make_tensor_value_info(output_name, TensorProto.FLOAT, ["N", net.sizes[-1]])],
        initializer=inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="bpkit", doc_string=repr(net))
    model.ir_version = 8  # readable by onnxruntime ≥ 1.14, onnxruntime-web and ORT Mobile
    onnx.checker.check_model(model, full_check=True)
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(model.SerializeToString())
    os.replace(tmp, path)
    return path

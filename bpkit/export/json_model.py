"""bpkit's JSON model format: the weights, biases, activations and input scaling of an MLP,
for a forward pass written by hand (``phone/app.js``, ``phone/java/MlpForward.java``).

The file, version 1::

    {"format": "bpkit-mlp", "version": 1,
     "about": "...",                       # one sentence on how to run it
     "input_scale": 0.0625,                # x = raw input * input_scale (digits: 0–16 → 0–1)
     "sizes": [64, 128, 10], "bias_mode": "unit", "loss": "softmax_ce",
     "layers": [{"activation": "relu",
                 "weights": [[w_00, ..., w_0k], ...],   # n_in rows of n_out numbers: W[q][k]
                 "bias": [b_0, ..., b_k]},              # a list (unit), one number (shared) or null
                ...]}

Each layer computes ``out_k = g(Σ_q inp_q W[q][k] + b_k)``: bpkit's ``inp @ W + b`` written
out. Numbers are float64 printed exactly (Python's ``repr``), so a float64 reader gets bpkit's
parameters bit for bit.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from ..i18n import _
from .checks import SUPPORTED_ACTIVATIONS, ExportError, exportable_layers

FORMAT, VERSION = "bpkit-mlp", 1
ABOUT = ("A bpkit MLP. x = raw input * input_scale; then for each layer in order "
         "out[k] = activation(sum_q in[q] * weights[q][k] + bias[k]); the last out is the output. "
         "bias is a list (one per unit), one number (shared by the layer's units) or null (0). "
         "softmax(z)[k] = exp(z[k] - max z) / sum_j exp(z[j] - max z).")


def to_json(net, path, input_scale: float = 1.0) -> Path:
    """Write ``net`` to ``path`` in bpkit's JSON model format; return the path.

    Parameters
    ----------
    net : bpkit.MLP
        Any bias mode; activations sigmoid, tanh, relu, identity or softmax (last layer).
    path : str or Path
    input_scale : float
        Stored in the file: the reader multiplies the raw input by it first (1/16 for the
        digits' 0–16 intensities, so a phone passes pixels as the data set stores them).

    Raises
    ------
    ExportError
        For a net the format cannot express (see ``checks.exportable_layers``); nothing is
        written then.
    """
    layers = exportable_layers(net, input_scale)
    doc = {"format": FORMAT, "version": VERSION, "about": ABOUT,
           "input_scale": float(input_scale), "sizes": [int(s) for s in net.sizes],
           "bias_mode": net.bias, "loss": net.loss_name,
           "layers": [{"activation": layer.activation,
                       "weights": layer.W.tolist(),
                       "bias": None if layer.b is None else layer.b.tolist()}
                      for layer in layers]}
    text = json.dumps(doc, allow_nan=False, separators=(",", ":"))
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text + "\n", encoding="utf-8")
    os.replace(tmp, path)  # a reader never sees half a file
    return path


def from_json(path):
    """Read a model written by ``to_json``.

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    net : bpkit.MLP
        float64, with the file's sizes, activations, bias mode, loss, weights and biases.
    input_scale : float

    Raises
    ------
    ExportError
        The file is missing, is not JSON, is not a bpkit-mlp version 1 model, or its shapes,
        activations or numbers do not fit together; the message names the file and the part.
    """
    from ..mlp import MLP

    path = Path(path)
    if not path.is_file():
        raise ExportError(_("model file {path!r} not found", path=str(path)))
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ExportError(_("model file {path!r} is not valid JSON: {error}", path=str(path),
                            error=e)) from None
    where = _("model file {path!r}", path=str(path))
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ExportError(_("{where} is not a {format} model (its 'format' is {found!r})",
                            where=where, format=FORMAT,
                            found=doc.get("format") if isinstance(doc, dict) else None))
    if doc.get("version") != VERSION:
        raise ExportError(_("{where} has version {found!r}; this bpkit reads {version}",
                            where=where, found=doc.get("version"), version=VERSION))
    try:
        sizes = [int(s) for s in doc["sizes"]]
        layers = doc["layers"]
        mode = doc["bias_mode"]
        scale = float(doc["input_scale"])
        names = [layer["activation"] for layer in layers]
        Ws = [np.array(layer["weights"], dtype=np.float64) for layer in layers]
        bs = ([np.array(layer["bias"], dtype=np.float64) for layer in layers]
              if mode != "none" else [])
    except (KeyError, TypeError, ValueError) as e:
        raise ExportError(_("{where} is missing or mangles a field ({error_type}: {error})",
                            where=where, error_type=type(e).__name__, error=e)) from None
    bad = [n for n in names if n not in SUPPORTED_ACTIVATIONS]
    if bad:
        raise ExportError(_("{where} has activation {name!r}; supported: {supported}",
                            where=where, name=bad[0], supported=", ".join(SUPPORTED_ACTIVATIONS)))
    if len(layers) != len(sizes) - 1:
        raise ExportError(_("{where} lists sizes {sizes} but {n} layers", where=where,
                            sizes=sizes, n=len(layers)))
    try:
        net = MLP(sizes, activation=names, loss=doc.get("loss", "mse"), bias=mode)
        net.weights = Ws
        net.biases = bs
    except ExportError:
        raise
    except ValueError as e:  # bpkit's ShapeError, NonFiniteError, UnknownNameError
        raise ExportError(_("{where}: {error}", where=where, error=e)) from None
    if not np.isfinite(scale) or scale <= 0:
        raise ExportError(_("{where} has input_scale {scale}; it must be a finite number > 0",
                            where=where, scale=scale))
    return net, scale

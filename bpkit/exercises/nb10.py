"""Checks and predictions for ``10_android.ipynb`` (deck 000's part 2, "Android 적용").

Predictions (``predict(name, answer)``, asked before the cell that reveals them):

=================  ==============================================================  ==========
name               question                                                        kind
=================  ==============================================================  ==========
``onnx_nodes``     how many nodes ``to_onnx`` writes for the 64-128-10 digits net  Number
                   (relu, softmax, input scaled by 1/16)
``weight_bytes``   how many bytes its weights and biases take in the ONNX file     Number
``float32_gap``    how far onnxruntime's probabilities are from bpkit's            Choice A–D
=================  ==============================================================  ==========

Exercise (``CHECKS``):

``onnx_ops(activations, bias, input_scale)``
    The ONNX operator of every node ``bpkit.export.to_onnx`` writes, in order, for an MLP with
    one activation per layer, a bias mode ("unit", "shared", "none") and an input scale.
    Checked on six nets against the operators of the files ``to_onnx`` really writes.
"""
from __future__ import annotations

import tempfile
from functools import partial
from pathlib import Path

from ..i18n import _
from ..mlp import MLP
from ._feedback import Feedback, attempt
from ._predict import Choice, Number, ask

DIGITS = dict(sizes=[64, 128, 10], activation="relu", loss="softmax_ce")  # notebook 10's net


# ---- predictions --------------------------------------------------------------------------------
def _onnx_nodes() -> Number:
    n = len(written_ops(["relu", "softmax"], "unit", 1 / 16))
    return Number(float(n), count=True, mistakes={
        _("You left out the input's scaling: the phone sends 0–16, so the graph starts with a "
          "Mul by 1/16."): float(n - 1),
        _("You left out the biases: each layer adds its bias b in an Add node after its "
          "MatMul."): float(n - 2),
        _("One node per layer is not enough: a layer is a MatMul (inp·W), an Add (+ b) and "
          "its activation, each a node; and the graph starts with a Mul by 1/16."): 2.0,
        _("Each layer is three nodes, MatMul, Add and the activation, not one; plus the Mul "
          "by 1/16."): 3.0,
    })


def _weight_bytes() -> Number:
    net = MLP(DIGITS["sizes"], activation=DIGITS["activation"], loss=DIGITS["loss"], seed=0)
    n = sum(W.size + b.size for W, b in zip(net.weights, net.biases))
    n_b = sum(b.size for b in net.biases)
    return Number(float(4 * n), count=True, mistakes={
        _("The biases are missing: the file stores every layer's b too, 4 bytes a number."):
            float(4 * (n - n_b)),
        _("That is how many numbers there are; each float32 takes 4 bytes."): float(n),
        _("8 bytes a number is float64, bpkit's precision; the ONNX file stores float32, "
          "4 bytes a number."): float(8 * n),
        _("That is bits, not bytes: a float32 is 32 bits = 4 bytes."): float(32 * n),
    })


def _float32_gap() -> Choice:
    return Choice("B", {
        "A": _("onnxruntime computes in float32, bpkit in float64: every stored weight, product "
               "and sum is rounded to 24 bits, so the probabilities cannot be the same bit for "
               "bit."),
        "B": _("float32 rounds each number by at most about 6e-8 of its size; over a few "
               "hundred products and sums that stays below 1e-6 (the next cell measures it), "
               "far too little to change which digit is most probable."),
        "C": _("float32 keeps about seven significant digits: its rounding errors are of "
               "relative size 6e-8, and adding up a few hundred of them stays far below 1e-3."),
        "D": _("a digit changes only when two probabilities are closer than the rounding "
               "error, which stays below 1e-6; float32 keeps about seven significant digits, "
               "plenty for probabilities."),
    })


PREDICTIONS = {
    "onnx_nodes": _onnx_nodes,
    "weight_bytes": _weight_bytes,
    "float32_gap": _float32_gap,
}
predict = partial(ask, PREDICTIONS)


# ---- exercise: the operators of the exported graph ---------------------------------------------
def _loss_for(activations: list) -> str:
    return "softmax_ce" if activations[-1] == "softmax" else "mse"


def written_ops(activations: list, bias: str, input_scale: float, seed: int = 0) -> list:
    """The op_type of every node of the ONNX file ``to_onnx`` writes for a seeded MLP with these
    activations (one per layer; layer sizes 5, 4, 3, … are irrelevant), bias mode and scale."""
    import onnx

    from ..export import to_onnx

    sizes = list(range(len(activations) + 3, 2, -1))
    net = MLP(sizes, activation=list(activations), loss=_loss_for(activations), bias=bias,
              seed=seed)
    with tempfile.TemporaryDirectory(prefix="bpkit_nb10_") as tmp:
        path = to_onnx(net, Path(tmp) / "net.onnx", input_scale=input_scale)
        return [node.op_type for node in onnx.load(path).graph.node]


CASES = (  # (activations, bias, input_scale): the notebook's net first
    (["relu", "softmax"], "unit", 1 / 16),
    (["sigmoid", "sigmoid"], "shared", 1.0),
    (["tanh", "relu", "identity"], "none", 0.5),
    (["identity"], "unit", 2.0),
    (["relu", "relu", "softmax"], "unit", 1.0),
    (["sigmoid", "tanh"], "none", 1 / 255),
)


def _ops_mistakes(ops: list, activations: list, bias: str, input_scale: float) -> dict:
    """{hint: the list a typical mistake gives} for one case; ``ops`` is the right list."""
    body = [o for o in ops if o != "Mul"]
    scaled = float(input_scale) != 1.0
    with_add, without_add = [], []
    for op in (o for o in ops if o not in ("Mul", "MatMul", "Add")):  # one per layer
        with_add += ["MatMul", "Add", op]
        without_add += ["MatMul", op]
    gemm = [o for o in ops if o != "Add"]
    gemm = ["Gemm" if o == "MatMul" else o for o in gemm]
    return {
        _("input_scale = 1 needs no Mul: to_onnx writes the scaling node only when the input "
          "is really multiplied by something."): None if scaled else ["Mul"] + body,
        _("the input is multiplied by input_scale first: when it is not 1, the graph starts "
          "with a Mul node."): body if scaled else None,
        _("bias='none' means there is no bias to add: no Add nodes."):
            (["Mul"] if scaled else []) + with_add if bias == "none" else None,
        _("a shared bias is still added, one number broadcast over the layer: an Add node."):
            (["Mul"] if scaled else []) + without_add if bias == "shared" else None,
        _("to_onnx writes MatMul and then Add, two nodes, not one Gemm."):
            gemm if bias != "none" else None,
        _("an identity activation is still a node (Identity): to_onnx writes one activation "
          "node per layer, whatever it is."):
            [o for o in ops if o != "Identity"] if "identity" in activations else None,
        _("list every node in order, one entry per node, repeats included (a net with two "
          "layers has two MatMul)."): sorted(set(ops)) if len(set(ops)) < len(ops) else None,
    }


def _read_ops(result):
    """The learner's answer as a list of stripped strings, or None."""
    if isinstance(result, (str, bytes)) or not isinstance(result, (list, tuple)):
        return None
    if not all(isinstance(o, str) for o in result):
        return None
    return [o.strip() for o in result]


def _same(a: list, b: list | None) -> bool:
    return b is not None and [o.lower() for o in a] == [o.lower() for o in b]


def check_onnx_ops(fn) -> Feedback:
    """Check ``onnx_ops(activations, bias, input_scale) -> list of op types`` on six nets."""
    for n, (acts, bias, scale) in enumerate(CASES):
        args = f"({acts!r}, {bias!r}, {scale:g})"
        result, fb = attempt(fn, list(acts), bias, scale, what="`onnx_ops`")
        if fb is not None:
            return fb
        got = _read_ops(result)
        if got is None:
            return Feedback(False, _("Not yet: `onnx_ops` should return a list of operator "
                                     "names such as [\"MatMul\", \"Add\", \"Relu\"]; got {kind} "
                                     "{result!r} for {args}.", kind=type(result).__name__,
                                     result=result, args=args))
        ops = written_ops(acts, bias, scale)
        if _same(got, ops):
            continue
        for hint, wrong in _ops_mistakes(ops, acts, bias, scale).items():
            if _same(got, wrong):
                return Feedback(False, _("Not yet: for {args}, {hint}", args=args, hint=hint))
        where = next((i for i, (a, b) in enumerate(zip(got, ops)) if a.lower() != b.lower()),
                     min(len(got), len(ops)))
        detail = (_("node {k} is {got!r} in your list; to_onnx writes {want!r} there",
                    k=where + 1, got=got[where], want=ops[where])
                  if where < min(len(got), len(ops)) else
                  _("your list has {n_got} nodes, to_onnx writes {n_want}", n_got=len(got),
                    n_want=len(ops)))
        if n > 0:
            return Feedback(False, _("Not yet: right for {first}, but not for {args}: {detail}. "
                                     "Does your function use every argument, with nothing "
                                     "typed in for one net?", first=_first_args(), args=args,
                                     detail=detail))
        return Feedback(False, _("Not yet: for {args}, {detail}. Compare with the node table "
                                 "of section 3.", args=args, detail=detail))
    return Feedback(True, _("Right: on all {n} nets — an optional Mul for the input scale, "
                            "then per layer a MatMul, an Add unless bias='none', and the "
                            "activation's node.", n=len(CASES)))


def _first_args() -> str:
    acts, bias, scale = CASES[0]
    return f"({acts!r}, {bias!r}, {scale:g})"


CHECKS = {"onnx_ops": check_onnx_ops}


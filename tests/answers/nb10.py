"""Wrong-answer table for notebook 10's check (onnx_ops): right answers written other ways, and
the typical mistakes about what to_onnx writes."""
from _solutions import load_solution

_right = load_solution("nb10").onnx_ops
OPS = {"sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "Relu", "identity": "Identity",
       "softmax": "Softmax"}


def _loop(activations, bias, input_scale):
    ops = []
    if input_scale != 1.0:
        ops.append("Mul")
    for a in activations:
        ops.append("MatMul")
        if bias in ("unit", "shared"):
            ops.append("Add")
        ops.append(a.capitalize() if a != "relu" else "Relu")
    return ops


def _typed_in(activations, bias, input_scale):
    return ["Mul", "MatMul", "Add", "Relu", "MatMul", "Add", "Softmax"]


def _gemm(activations, bias, input_scale):
    ops = ["Mul"] if input_scale != 1 else []
    for a in activations:
        ops += (["Gemm"] if bias != "none" else ["MatMul"]) + [OPS[a]]
    return ops


def _raise(activations, bias, input_scale):
    raise KeyError(activations[0])


ROWS = [
    ("nb10", "onnx_ops", "loop", _loop, True),
    ("nb10", "onnx_ops", "tuple", lambda a, b, s: tuple(_right(a, b, s)), True),
    ("nb10", "onnx_ops", "lower_case", lambda a, b, s: [o.lower() for o in _right(a, b, s)], True),
    ("nb10", "onnx_ops", "spaces", lambda a, b, s: [f" {o} " for o in _right(a, b, s)], True),
    ("nb10", "onnx_ops", "hard_coded_first_net", _typed_in, False),
    ("nb10", "onnx_ops", "always_mul",
     lambda a, b, s: ["Mul"] + [o for o in _right(a, b, s) if o != "Mul"], False),
    ("nb10", "onnx_ops", "never_mul", lambda a, b, s: [o for o in _right(a, b, s) if o != "Mul"],
     False),
    ("nb10", "onnx_ops", "ignores_bias", lambda a, b, s: _right(a, "unit", s), False),
    ("nb10", "onnx_ops", "shared_has_no_add",
     lambda a, b, s: _right(a, "none" if b == "shared" else b, s), False),
    ("nb10", "onnx_ops", "ignores_activations", lambda a, b, s: _right(["relu", "softmax"], b, s),
     False),
    ("nb10", "onnx_ops", "gemm", _gemm, False),
    ("nb10", "onnx_ops", "identity_dropped",
     lambda a, b, s: [o for o in _right(a, b, s) if o != "Identity"], False),
    ("nb10", "onnx_ops", "activation_before_add",
     lambda a, b, s: _right(a, b, s)[:1] + sorted(_right(a, b, s)[1:]), False),
    ("nb10", "onnx_ops", "set", lambda a, b, s: set(_right(a, b, s)), False),
    ("nb10", "onnx_ops", "unique_sorted", lambda a, b, s: sorted(set(_right(a, b, s))), False),
    ("nb10", "onnx_ops", "reversed", lambda a, b, s: _right(a, b, s)[::-1], False),
    ("nb10", "onnx_ops", "string", lambda a, b, s: " ".join(_right(a, b, s)), False),
    ("nb10", "onnx_ops", "count", lambda a, b, s: len(_right(a, b, s)), False),
    ("nb10", "onnx_ops", "none", lambda a, b, s: None, False),
    ("nb10", "onnx_ops", "nan", lambda a, b, s: float("nan"), False),
    ("nb10", "onnx_ops", "list_of_numbers", lambda a, b, s: [1.0, 2.0], False),
    ("nb10", "onnx_ops", "raises", _raise, False),
]

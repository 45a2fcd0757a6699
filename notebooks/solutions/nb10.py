"""Reference answers for 10_android.ipynb: the predictions as a learner writes them, and the
exercise's solution (same name as the stub)."""

PREDICTIONS = {
    "onnx_nodes": 7,          # Mul, then MatMul, Add, Relu, then MatMul, Add, Softmax
    "weight_bytes": 38440,    # 9610 numbers × 4 bytes (float32)
    "float32_gap": "B",       # about 1e-7 apart, the same predicted digits
}

OPS = {"sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "Relu", "identity": "Identity",
       "softmax": "Softmax"}


def onnx_ops(activations, bias, input_scale):
    """The input is multiplied by the scale only when it is not 1; each layer is inp·W
    (MatMul), + b (Add, also for a shared bias, none for bias="none"), and its activation."""
    ops = ["Mul"] if input_scale != 1 else []
    for activation in activations:
        ops += ["MatMul"] + (["Add"] if bias != "none" else []) + [OPS[activation]]
    return ops

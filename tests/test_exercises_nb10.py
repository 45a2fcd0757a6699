"""The nb10 check and predictions: typical mistakes get their specific message (solutions and
stubs: test_solutions.py, predictions: test_predictions.py)."""
from _solutions import load_solution

from bpkit.exercises import nb10 as ex

right = load_solution("nb10").onnx_ops


def test_the_notebook_net_is_the_module_docstring_graph():
    assert ex.written_ops(["relu", "softmax"], "unit", 1 / 16) == [
        "Mul", "MatMul", "Add", "Relu", "MatMul", "Add", "Softmax"]


def test_cases_cover_every_bias_mode_and_both_scales():
    assert {bias for _a, bias, _s in ex.CASES} == {"unit", "shared", "none"}
    assert {s == 1 for _a, _b, s in ex.CASES} == {True, False}
    assert {a for acts, _b, _s in ex.CASES for a in acts} == {
        "sigmoid", "tanh", "relu", "identity", "softmax"}


def test_mul_when_scale_is_one():
    fb = ex.check_onnx_ops(lambda a, b, s: ["Mul"] + [o for o in right(a, b, s) if o != "Mul"])
    assert fb.passed is False and "needs no Mul" in fb.message


def test_shared_bias_without_add():
    fb = ex.check_onnx_ops(lambda a, b, s: right(a, "none" if b == "shared" else b, s))
    assert fb.passed is False and "shared bias is still added" in fb.message


def test_hard_coded_first_net():
    fb = ex.check_onnx_ops(lambda a, b, s: right(["relu", "softmax"], "unit", 1 / 16))
    assert fb.passed is False and "right for" in fb.message and "every argument" in fb.message


def test_prediction_mistakes():
    assert "scaling" in ex.predict("onnx_nodes", 6).message
    assert "float64" in ex.predict("weight_bytes", 76880).message
    assert "how many numbers" in ex.predict("weight_bytes", 9610).message

"""Wrong-answer table for notebook 05's reasoning exercise ``is_y_minus_t`` (when is δ = y − t?).

Right answers in other forms (a lookup table, numpy bools, computing δ by finite differences
and comparing); typical reasoning mistakes (δ = y − t for every pair, for every MSE pair, only for
cross-entropy, the section 7 table's pairs without looking at u or t) and answers that are not
True/False.
"""
import numpy as np

from bpkit import activations as act
from bpkit.lessons.output_pairs import numerical_output_delta

SIMPLE = {("identity", "mse"), ("sigmoid", "bce"), ("softmax", "softmax_ce")}


def _by_lookup(activation, loss, u, t):
    rule = {("identity", "mse"): lambda: True, ("sigmoid", "bce"): lambda: True,
            ("relu", "mse"): lambda: all(ui > 0 or ti == 0 for ui, ti in zip(u, t)),
            ("softmax", "softmax_ce"): lambda: abs(sum(t) - 1) < 1e-9}
    return rule.get((activation, loss), lambda: False)()


def _numpy_bool(activation, loss, u, t):
    if activation == "relu":
        return np.all((u > 0) | (t == 0))
    if activation == "softmax":
        return np.isclose(t.sum(), 1.0)
    return np.bool_((activation, loss) in SIMPLE)


def _by_finite_differences(activation, loss, u, t):
    y = act.forward(activation, u[None, :])[0]
    return bool(np.allclose(numerical_output_delta(activation, loss, u, t), y - t, atol=1e-7))


def _raise(*args):
    raise ValueError("unknown pair")


ROWS = [
    ("nb05", "is_y_minus_t", "lookup", _by_lookup, True),
    ("nb05", "is_y_minus_t", "numpy_bool", _numpy_bool, True),
    ("nb05", "is_y_minus_t", "finite_differences", _by_finite_differences, True),
    ("nb05", "is_y_minus_t", "always_true", lambda a, l, u, t: True, False),
    ("nb05", "is_y_minus_t", "always_false", lambda a, l, u, t: False, False),
    ("nb05", "is_y_minus_t", "every_mse", lambda a, l, u, t: l == "mse", False),
    ("nb05", "is_y_minus_t", "cross_entropy_only", lambda a, l, u, t: l != "mse", False),
    ("nb05", "is_y_minus_t", "table_pairs_only", lambda a, l, u, t: (a, l) in SIMPLE, False),
    ("nb05", "is_y_minus_t", "ignores_t", lambda a, l, u, t: (a, l) in SIMPLE or (
        a == "relu" and bool(np.all(u > 0))), False),
    ("nb05", "is_y_minus_t", "ignores_u", lambda a, l, u, t: (a, l) in SIMPLE - {
        ("softmax", "softmax_ce")} or a == "relu" or (
        a == "softmax" and bool(np.isclose(t.sum(), 1))), False),
    ("nb05", "is_y_minus_t", "elementwise_only", lambda a, l, u, t: (a, l) in {
        ("identity", "mse"), ("sigmoid", "bce")}, False),
    ("nb05", "is_y_minus_t", "yes_string", lambda a, l, u, t: "yes", False),
    ("nb05", "is_y_minus_t", "int_one", lambda a, l, u, t: 1, False),
    ("nb05", "is_y_minus_t", "float", lambda a, l, u, t: 0.0, False),
    ("nb05", "is_y_minus_t", "array_of_bools", lambda a, l, u, t: np.array([True, False]), False),
    ("nb05", "is_y_minus_t", "none", lambda a, l, u, t: None, False),
    ("nb05", "is_y_minus_t", "nan", lambda a, l, u, t: float("nan"), False),
    ("nb05", "is_y_minus_t", "raises", _raise, False),
]

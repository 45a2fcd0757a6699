"""Wrong-answer table for notebook 07's check (rule_is_gradient): right answers written other
ways, and the typical reasoning mistakes."""
import numpy as np
from _solutions import load_solution

_right = load_solution("nb07").rule_is_gradient
EXACT = {("softmax", "softmax_ce"), ("sigmoid", "bce"), ("identity", "mse")}


def _by_cases(hidden, output, loss):
    if loss == "softmax_ce":
        return True
    if loss == "bce":
        return output == "sigmoid"
    return output == "identity"


def _raise(hidden, output, loss):
    raise KeyError(loss)


ROWS = [
    ("nb07", "rule_is_gradient", "if_chain", _by_cases, True),
    ("nb07", "rule_is_gradient", "numpy_bool", lambda h, o, l: np.bool_(_right(h, o, l)), True),
    ("nb07", "rule_is_gradient", "int_0_1", lambda h, o, l: int(_right(h, o, l)), True),
    ("nb07", "rule_is_gradient", "always_true", lambda h, o, l: True, False),
    ("nb07", "rule_is_gradient", "always_false", lambda h, o, l: False, False),
    ("nb07", "rule_is_gradient", "reversed", lambda h, o, l: not _right(h, o, l), False),
    ("nb07", "rule_is_gradient", "only_softmax_ce",
     lambda h, o, l: (o, l) == ("softmax", "softmax_ce"), False),
    ("nb07", "rule_is_gradient", "every_cross_entropy", lambda h, o, l: l != "mse", False),
    ("nb07", "rule_is_gradient", "never_mse",
     lambda h, o, l: (o, l) in EXACT - {("identity", "mse")}, False),
    ("nb07", "rule_is_gradient", "hidden_matters",
     lambda h, o, l: _right(h, o, l) and h == "sigmoid", False),
    ("nb07", "rule_is_gradient", "sigmoid_output_only",
     lambda h, o, l: o == "sigmoid" and l == "bce", False),
    ("nb07", "rule_is_gradient", "string_yes", lambda h, o, l: "yes", False),
    ("nb07", "rule_is_gradient", "none", lambda h, o, l: None, False),
    ("nb07", "rule_is_gradient", "nan", lambda h, o, l: float("nan"), False),
    ("nb07", "rule_is_gradient", "int_2", lambda h, o, l: 2, False),
    ("nb07", "rule_is_gradient", "list", lambda h, o, l: [True], False),
    ("nb07", "rule_is_gradient", "raises", _raise, False),
]

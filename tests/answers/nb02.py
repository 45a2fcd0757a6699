"""Wrong-answer table for notebook 02's ``most_sensitive`` (which of x, w₁, w₂ z = w₂·w₁·x is
most sensitive to).

Right answers in other spellings ('w₁', "W_1", a loop, finite differences) pass; the typical
reasoning mistakes — the largest factor, the largest signed derivative, the most negative
factor, the smallest derivative — and non-answers (a number, None, an unknown name, a
constant) must fail.
"""
import numpy as np

NAMES = ("x", "w1", "w2")


def _partials(x, w1, w2):
    return {"x": w1 * w2, "w1": w2 * x, "w2": w1 * x}


def _right(x, w1, w2):
    d = _partials(x, w1, w2)
    return max(d, key=lambda n: abs(d[n]))


def _finite_differences(x, w1, w2):
    def z(v):
        return v[2] * v[1] * v[0]
    v, h, best, size = np.array([x, w1, w2]), 1e-6, None, -1.0
    for i, name in enumerate(NAMES):
        e = np.zeros(3)
        e[i] = h
        slope = abs(z(v + e) - z(v - e)) / (2 * h)
        if slope > size:
            best, size = name, slope
    return best


def _subscript(x, w1, w2):
    return {"x": "x", "w1": "w₁", "w2": "w₂"}[_right(x, w1, w2)]


def _smallest_factor(x, w1, w2):
    return NAMES[int(np.argmin(np.abs([x, w1, w2])))]


ROWS = [
    ("nb02", "most_sensitive", "finite_differences", _finite_differences, True),
    ("nb02", "most_sensitive", "subscripts", _subscript, True),
    ("nb02", "most_sensitive", "capital_underscore",
     lambda x, w1, w2: _right(x, w1, w2).upper().replace("W", "W_"), True),
    ("nb02", "most_sensitive", "smallest_factor_in_size", _smallest_factor, True),
    ("nb02", "most_sensitive", "numpy_str", lambda x, w1, w2: np.str_(_right(x, w1, w2)), True),
    ("nb02", "most_sensitive", "largest_factor",
     lambda x, w1, w2: NAMES[int(np.argmax(np.abs([x, w1, w2])))], False),
    ("nb02", "most_sensitive", "largest_signed_factor",
     lambda x, w1, w2: NAMES[int(np.argmax([x, w1, w2]))], False),
    ("nb02", "most_sensitive", "largest_signed_derivative",
     lambda x, w1, w2: max(NAMES, key=lambda n: _partials(x, w1, w2)[n]), False),
    ("nb02", "most_sensitive", "most_negative_factor",
     lambda x, w1, w2: NAMES[int(np.argmin([x, w1, w2]))], False),
    ("nb02", "most_sensitive", "least_sensitive",
     lambda x, w1, w2: min(NAMES, key=lambda n: abs(_partials(x, w1, w2)[n])), False),
    ("nb02", "most_sensitive", "ignores_x", lambda x, w1, w2: _right(1.0, w1, w2), False),
    ("nb02", "most_sensitive", "ignores_w1", lambda x, w1, w2: _right(x, 3.0, w2), False),
    ("nb02", "most_sensitive", "ignores_w2", lambda x, w1, w2: _right(x, w1, 2.0), False),
    ("nb02", "most_sensitive", "always_x", lambda x, w1, w2: "x", False),
    ("nb02", "most_sensitive", "the_value",
     lambda x, w1, w2: abs(_partials(x, w1, w2)[_right(x, w1, w2)]), False),
    ("nb02", "most_sensitive", "index", lambda x, w1, w2: NAMES.index(_right(x, w1, w2)), False),
    ("nb02", "most_sensitive", "unknown_name", lambda x, w1, w2: "y", False),
    ("nb02", "most_sensitive", "list", lambda x, w1, w2: [_right(x, w1, w2)], False),
    ("nb02", "most_sensitive", "none", lambda x, w1, w2: None, False),
    ("nb02", "most_sensitive", "nan", lambda x, w1, w2: float("nan"), False),
]

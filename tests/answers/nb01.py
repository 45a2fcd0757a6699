"""Wrong-answer table for notebook 01's ``most_influential`` (which applicant moves w most).

The right answer is an index; it passes as a Python int, a numpy integer, a float, a loop, and
with the bias input included in the step (the data sets are chosen so that it agrees). The
typical reasoning mistakes — the largest error alone, the largest ‖x‖ alone, the smallest
step, no sigmoid, a flat argmax over the (n, 2) array — and the usual non-answers must fail.
"""
import numpy as np

import bpkit as bp

NUMERIC = {("nb01", "most_influential"): (0, 1, 2, 3)}


def _y_hat(X, w, b):
    return bp.sigmoid(X @ w + b)


def _loop(X, y, w, b):
    best, best_len = None, -1.0
    for i in range(len(y)):
        err = float(bp.sigmoid(X[i, 0] * w[0] + X[i, 1] * w[1] + b)) - y[i]
        length = (err * X[i, 0]) ** 2 + (err * X[i, 1]) ** 2     # squared: same order
        if length > best_len:
            best, best_len = i, length
    return best


def _lengths(X, y, w, b):
    return np.linalg.norm((_y_hat(X, w, b) - y)[:, None] * X, axis=1)


ROWS = [
    ("nb01", "most_influential", "loop_squared_length", _loop, True),
    ("nb01", "most_influential", "numpy_int",
     lambda X, y, w, b: np.argmax(_lengths(X, y, w, b)), True),
    ("nb01", "most_influential", "float_index",
     lambda X, y, w, b: float(np.argmax(_lengths(X, y, w, b))), True),
    ("nb01", "most_influential", "step_with_alpha",
     lambda X, y, w, b: int(np.argmax(np.linalg.norm(
         0.5 * (y - _y_hat(X, w, b))[:, None] * X, axis=1))), True),
    ("nb01", "most_influential", "with_bias_input",
     lambda X, y, w, b: int(np.argmax(np.abs(_y_hat(X, w, b) - y)
                                      * np.sqrt(1 + (X ** 2).sum(axis=1)))), True),
    ("nb01", "most_influential", "largest_error_only",
     lambda X, y, w, b: int(np.argmax(np.abs(_y_hat(X, w, b) - y))), False),
    ("nb01", "most_influential", "farthest_only",
     lambda X, y, w, b: int(np.argmax(np.linalg.norm(X, axis=1))), False),
    ("nb01", "most_influential", "smallest_step",
     lambda X, y, w, b: int(np.argmin(_lengths(X, y, w, b))), False),
    ("nb01", "most_influential", "no_sigmoid",
     lambda X, y, w, b: int(np.argmax(np.abs(X @ w + b - y) * np.linalg.norm(X, axis=1))),
     False),
    ("nb01", "most_influential", "flat_argmax",
     lambda X, y, w, b: int(np.argmax(np.abs((_y_hat(X, w, b) - y)[:, None] * X))), False),
    ("nb01", "most_influential", "signed_sum",
     lambda X, y, w, b: int(np.argmax(((_y_hat(X, w, b) - y)[:, None] * X).sum(axis=1))),
     False),
    ("nb01", "most_influential", "one_based",
     lambda X, y, w, b: int(np.argmax(_lengths(X, y, w, b))) + 1, False),
    ("nb01", "most_influential", "the_point",
     lambda X, y, w, b: X[int(np.argmax(_lengths(X, y, w, b)))], False),
    ("nb01", "most_influential", "all_lengths", _lengths, False),
    ("nb01", "most_influential", "first_set_typed_in", lambda X, y, w, b: 4, False),
    ("nb01", "most_influential", "string", lambda X, y, w, b: "4", False),
    ("nb01", "most_influential", "none", lambda X, y, w, b: None, False),
    ("nb01", "most_influential", "nan", lambda X, y, w, b: float("nan"), False),
    ("nb01", "most_influential", "bool", lambda X, y, w, b: True, False),
]

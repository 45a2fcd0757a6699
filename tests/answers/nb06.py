"""Wrong-answer table for notebook 06's reasoning exercise ``bias_grad`` (a bias in deck 004's
column model, per unit or shared).

The generic table (NUMERIC) covers float32, lists, SymPy, sign, factor, shape, None, NaN, a
hard-coded answer and each argument frozen; the rows below are other right forms (keepdims, a
loop over columns, a Python float) and the typical reasoning mistakes: the sum over the units
(bpkit's row habit), the mean, no sum at all, per-unit and shared swapped.
"""
import numpy as np

NUMERIC = {("nb06", "bias_grad"): (0, 1)}


def _loop(dZ, shared):
    total = np.zeros(dZ.shape[0])
    for j in range(dZ.shape[1]):          # one column per sample
        total += dZ[:, j]
    return float(total.sum()) if shared else total


def _raise(*args):
    raise ValueError("axis 2 is out of bounds")


ROWS = [
    ("nb06", "bias_grad", "keepdims_column", lambda dZ, s: dZ.sum() if s else
     dZ.sum(axis=1, keepdims=True), True),
    ("nb06", "bias_grad", "loop_over_columns", _loop, True),
    ("nb06", "bias_grad", "one_element_array_shared", lambda dZ, s: np.array([dZ.sum()]) if s
     else dZ.sum(axis=1), True),
    ("nb06", "bias_grad", "rows_habit_axis0", lambda dZ, s: dZ.sum() if s else dZ.sum(axis=0),
     False),
    ("nb06", "bias_grad", "mean", lambda dZ, s: dZ.mean() if s else dZ.mean(axis=1), False),
    ("nb06", "bias_grad", "no_sum", lambda dZ, s: dZ, False),
    ("nb06", "bias_grad", "always_per_unit", lambda dZ, s: dZ.sum(axis=1), False),
    ("nb06", "bias_grad", "always_shared", lambda dZ, s: dZ.sum(), False),
    ("nb06", "bias_grad", "swapped", lambda dZ, s: dZ.sum(axis=1) if s else dZ.sum(), False),
    ("nb06", "bias_grad", "shared_over_samples_only", lambda dZ, s: dZ.sum(axis=0).sum() / 2
     if s else dZ.sum(axis=1), False),
    ("nb06", "bias_grad", "first_sample_only", lambda dZ, s: dZ[:, 0].sum() if s else dZ[:, 0],
     False),
    ("nb06", "bias_grad", "string", lambda dZ, s: "dZ.sum(axis=1)", False),
    ("nb06", "bias_grad", "none", lambda dZ, s: None, False),
    ("nb06", "bias_grad", "raises", _raise, False),
]

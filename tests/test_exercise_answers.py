"""Every check against a table of answers: right answers written differently (float32, lists,
tuples, SymPy numbers, another order of operations, loops) must pass; typical wrong answers
(a hard-coded example answer, an ignored argument, a sign or factor error, a wrong shape, None,
a string, complex or NaN values, an exception) must get ❌ and never raise.

The variants are built from the reference solutions in notebooks/solutions/, so the table
grows with every check. ``python tests/test_exercise_answers.py`` prints, per check, how many
answers were tried, passed wrongly and refused wrongly.
"""
from __future__ import annotations

import copy
import importlib
import math
import pkgutil

import answers  # tests/answers/: one wrong-answer table per notebook
import numpy as np
import pytest
import sympy as sp
from _solutions import load_solution

NUMERIC = {  # check -> the arguments the answer depends on (freezing one must fail)
    ("nb01", "my_update"): (0, 1, 2, 3, 4),
    ("nb01", "my_log_loss"): (0, 1),
    ("nb02", "my_weight_grads"): (0, 1, 2),
    ("nb02", "my_sigmoid_chain"): (0, 1, 2),
    ("nb03", "my_dE_dy"): (0, 1),
    ("nb03", "my_mse_delta"): (0, 1),
    ("nb04", "delta_output"): (0, 1),
    ("nb04", "delta_hidden"): (0, 1, 2),
    ("nb04", "grad_b1"): (0,),
    ("nb05", "my_hidden_delta"): (0, 1, 2),
    ("nb05", "my_layer_grads"): (0, 1),
    ("nb05", "my_tanh_mse_delta"): (0, 1),         # u is tanh⁻¹(y): not needed
    ("nb06", "my_dZ2"): (0, 1),                    # Z2 is redundant given A2
    ("nb06", "my_dW"): (0, 1),
    ("nb06", "my_update"): (0, 1, 2, 3, 4),
    ("nb08", "my_nudge"): (0, 1, 2, 3, 4, 5, 6),
    ("nb09", "my_centred_difference"): (0, 1, 2),
    ("nb09", "my_relative_error"): (0, 1),
}


def _map(r, leaf):
    if isinstance(r, (tuple, list)):
        return type(r)(_map(v, leaf) for v in r)
    return leaf(r)


def _tuples(v):
    v = np.asarray(v).tolist()
    return _map(v, lambda x: x) if not isinstance(v, list) else tuple(
        _tuples(x) if isinstance(x, list) else x for x in v)


def _sympy(v):
    return sp.Float(float(v)) if np.ndim(v) == 0 else sp.Matrix(np.atleast_2d(v).tolist())


RIGHT = {
    "float32": lambda r: _map(r, lambda v: np.float32(v) if np.ndim(v) == 0 else
                              np.asarray(v, dtype=np.float32)),
    "lists": lambda r: list(_map(r, lambda v: np.asarray(v).tolist())) if isinstance(r, tuple)
    else _map(r, lambda v: np.asarray(v).tolist()),
    "tuples": lambda r: _map(r, _tuples),
    "sympy": lambda r: _map(r, _sympy),
    "reordered": lambda r: _map(r, lambda v: np.asarray(v, dtype=float) * (1 + 3e-15)),
}


def _raise(*args):
    raise ValueError("operands could not be broadcast together")


WRONG = {
    "sign": lambda r: _map(r, lambda v: -np.asarray(v, dtype=float)),
    "factor": lambda r: _map(r, lambda v: 2 * np.asarray(v, dtype=float)),
    "shape": lambda r: _map(r, lambda v: np.append(np.ravel(v), 0.5)),
    "none": lambda r: None,
    "string": lambda r: "0.5",
    "list_of_wrong": lambda r: _map(r, lambda v: (-np.asarray(v, dtype=float) - 1).tolist()),
    "complex": lambda r: _map(r, lambda v: np.asarray(v) + 1j),
    "nan": lambda r: _map(r, lambda v: np.asarray(v, dtype=float) * np.nan),
    "sympy_symbol": lambda r: sp.Symbol("x"),
    "bool": lambda r: True,
}


def _solution(nb, name):
    return getattr(load_solution(nb), name)


def _variant(sol, transform):
    def answer(*args):
        return transform(sol(*args))
    return answer


def _hard_coded(sol):
    memo = []

    def answer(*args):
        if not memo:
            memo.append(sol(*copy.deepcopy(args)))
        return copy.deepcopy(memo[0])
    return answer


def _frozen(sol, k):
    first = []

    def answer(*args):
        if not first:
            first.append(copy.deepcopy(args[k]))
        return sol(*args[:k], copy.deepcopy(first[0]), *args[k + 1:])
    return answer


def numeric_table():
    """[(nb, name, variant, fn, should_pass)] for the checks of numbers."""
    rows = []
    for (nb, name), args in NUMERIC.items():
        sol = _solution(nb, name)
        rows += [(nb, name, v, _variant(sol, t), True) for v, t in RIGHT.items()]
        rows += [(nb, name, v, _variant(sol, t), False) for v, t in WRONG.items()]
        rows += [(nb, name, "hard_coded", _hard_coded(sol), False),
                 (nb, name, "raises", _raise, False)]
        rows += [(nb, name, f"ignores_arg{k}", _frozen(sol, k), False) for k in args]
    return rows


# ---- answers written by hand: other forms of the right answer, and non-numeric checks -------
def _loop_delta_output(out, t):
    return [float((o - tt) * o * (1 - o)) for o, tt in zip(out, t)]


def _loop_grad_b1(d):
    s = 0.0
    for v in d:
        s += float(v)
    return s


def _vector_centred(f, x, h):
    g = []
    for i in range(len(x)):
        e = np.zeros_like(x)
        e[i] = h
        g.append((f(x + e) - f(x - e)) / (2 * h))
    return g


def _loop_relative_error(a, n):
    out = []
    for ai, ni in zip(a, n):
        den = max(abs(ai), abs(ni))
        out.append(0.0 if den == 0 else abs(ai - ni) / den)
    return tuple(out)


y = sp.Symbol("y")
_which = load_solution("nb09").which_bug()
SPECIFIC = [
    ("nb01", "my_update", "pair_as_list", lambda x, yy, w, b, a: list(
        _solution("nb01", "my_update")(x, yy, w, b, a)), True),
    ("nb01", "my_update", "bias_shape_2", lambda x, yy, w, b, a: (w, np.array([b, b])), False),
    ("nb01", "my_log_loss", "math_log",
     lambda yy, p: -yy * math.log(p) - (1 - yy) * math.log(1 - p), True),
    ("nb04", "delta_output", "loop_list", _loop_delta_output, True),
    ("nb04", "grad_b1", "loop_float", _loop_grad_b1, True),
    ("nb04", "grad_b1", "one_element_array", lambda d: np.array([d.sum()]), True),
    ("nb04", "grad_b1", "vector", lambda d: d, False),
    ("nb09", "my_centred_difference", "vector_nudges", _vector_centred, True),
    ("nb09", "my_centred_difference", "one_sided_float32",
     lambda f, x, h: np.float32([(f(x + e) - f(x)) / h for e in h * np.eye(len(x))]), False),
    ("nb09", "my_relative_error", "loop_tuple", _loop_relative_error, True),
    ("nb03", "my_tanh_derivative", "factored", lambda yy: (1 - yy) * (1 + yy), True),
    ("nb03", "my_tanh_derivative", "float_coeffs", lambda yy: 1.0 - 1.0 * yy**2, True),
    ("nb03", "my_tanh_derivative", "list", lambda yy: [1 - yy**2], False),
    ("nb03", "my_tanh_derivative", "tuple", lambda yy: (1 - yy**2, yy), False),
    ("nb03", "my_tanh_derivative", "string", lambda yy: "1 - y**2", False),
    ("nb03", "my_tanh_derivative", "sigmoid", lambda yy: yy * (1 - yy), False),
    ("nb03", "my_tanh_derivative", "complex", lambda yy: 1 - yy**2 + sp.I, False),
    ("nb03", "my_tanh_derivative", "complex_coeff", lambda yy: sp.I * yy, False),
    ("nb03", "my_tanh_derivative", "number", lambda yy: 0.75, False),
    ("nb03", "my_tanh_derivative", "numpy_array", lambda yy: np.array([1, 2]), False),
    ("nb03", "my_tanh_derivative", "none", lambda yy: None, False),
    ("nb03", "my_tanh_derivative", "nan", lambda yy: sp.nan * yy, False),
    ("nb03", "my_tanh_derivative", "raises", _raise, False),
    ("nb08", "best_weight", "typographic_prime", lambda: "w’42", True),
    ("nb08", "best_weight", "capital", lambda: "W'_42", True),
    ("nb08", "best_weight", "positive_gradient", lambda: "b2", False),
    ("nb08", "best_weight", "unknown", lambda: "w_99", False),
    ("nb08", "best_weight", "number", lambda: 42, False),
    ("nb08", "best_weight", "list", lambda: ["w'_42"], False),
    ("nb08", "best_weight", "none", lambda: None, False),
    ("nb08", "best_weight", "raises", _raise, False),
    ("nb08", "predicted_sign", "float32", lambda o, t: np.float32(np.sign(o - t)), True),
    ("nb08", "predicted_sign", "float", lambda o, t: 1.0 if o > t else -1.0, True),
    ("nb08", "predicted_sign", "sympy", lambda o, t: sp.sign(sp.Float(o - t)), True),
    ("nb08", "predicted_sign", "reversed", lambda o, t: np.sign(t - o), False),
    ("nb08", "predicted_sign", "constant", lambda o, t: 1, False),
    ("nb08", "predicted_sign", "difference", lambda o, t: o - t, False),
    ("nb08", "predicted_sign", "string", lambda o, t: "+", False),
    ("nb08", "predicted_sign", "none", lambda o, t: None, False),
    ("nb08", "predicted_sign", "nan", lambda o, t: float("nan"), False),
    ("nb08", "predicted_sign", "complex", lambda o, t: 1j, False),
    ("nb08", "predicted_sign", "list_of_two", lambda o, t: [1, -1], False),
    ("nb09", "which_bug", "items_as_list", lambda: dict(list(_which.items())), True),
    ("nb09", "which_bug", "swapped", lambda: {**_which, "A": _which["C"], "C": _which["A"]}, False),
    ("nb09", "which_bug", "missing", lambda: {"A": _which["A"]}, False),
    ("nb09", "which_bug", "unknown_name", lambda: {**_which, "A": "typo"}, False),
    ("nb09", "which_bug", "unhashable_value", lambda: {**_which, "A": ["x"]}, False),
    ("nb09", "which_bug", "array_value", lambda: {**_which, "A": np.array([1, 2])}, False),
    ("nb09", "which_bug", "list", lambda: list(_which.values()), False),
    ("nb09", "which_bug", "none", lambda: None, False),
    ("nb09", "which_bug", "string", lambda: "A=bias_averaged", False),
]

for _info in sorted(pkgutil.iter_modules(answers.__path__), key=lambda m: m.name):
    _more = importlib.import_module(f"answers.{_info.name}")
    NUMERIC.update(getattr(_more, "NUMERIC", {}))
    SPECIFIC += getattr(_more, "ROWS", [])

TABLE = numeric_table() + SPECIFIC


def _check(nb, name):
    return importlib.import_module(f"bpkit.exercises.{nb}").CHECKS[name]


@pytest.mark.parametrize("nb, name, variant, fn, should_pass", TABLE,
                         ids=[f"{nb}-{name}-{v}" for nb, name, v, _, _ in TABLE])
def test_check_judges_the_answer(nb, name, variant, fn, should_pass):
    fb = _check(nb, name)(fn)
    if should_pass:
        assert fb.passed is True, fb.message
    else:
        assert fb.passed is False, fb.message
        assert fb.message and "Not attempted" not in fb.message


def _summary():
    """{(nb, name): [tried, passed wrongly, refused wrongly, crashed]}."""
    out = {}
    for nb, name, variant, fn, should_pass in TABLE:
        row = out.setdefault((nb, name), [0, 0, 0, 0, []])
        row[0] += 1
        try:
            passed = _check(nb, name)(fn).passed is True
        except Exception:  # noqa: BLE001 - counted, not raised
            row[3] += 1
            row[4].append(variant)
            continue
        if passed and not should_pass:
            row[1] += 1
            row[4].append(variant)
        elif should_pass and not passed:
            row[2] += 1
            row[4].append(variant)
    return out


if __name__ == "__main__":
    import warnings
    warnings.simplefilter("ignore")
    print("| check | tried | passed wrongly | refused wrongly | crashed | which |")
    print("|---|---|---|---|---|---|")
    for (nb, name), (n, pw, rw, cr, which) in _summary().items():
        print(f"| {nb}.{name} | {n} | {pw} | {rw} | {cr} | {', '.join(which)} |")

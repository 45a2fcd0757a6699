"""Notebook 04's wrong-answer table: ``zero_gradients(x)``, the names of the weights whose
∂E_Total/∂w is exactly 0 for deck 002's net at the input x (the numeric stubs of 04 are in
tests/test_exercise_answers.py's own table)."""
import numpy as np
from _solutions import load_solution

from bpkit.lessons.examples import deck002

NB = "nb04"


def _right(x):
    return load_solution(NB).zero_gradients(x)


def _by_bpkit(x):
    """Compute instead of reason: run bpkit's backward pass and list the zeros."""
    net, unused_x, target, unused_lr = deck002()
    dW = net.backward(net.forward(x), target).dW
    return [("w" + "'" * k) + f"{i + 1}{j + 1}" for k in range(2)
            for i, j in zip(*np.nonzero(dW[k] == 0))]


def _loop(x):
    names = []
    for i in range(len(x)):
        if x[i] == 0.0:
            for j in range(4):
                names.append("w_" + str(i + 1) + str(j + 1))
    return names


def _column(x):
    """The weights INTO hidden unit i instead of those leaving input i."""
    return {f"w{k + 1}{i + 1}" for i in range(3) if x[i] == 0 for k in range(3)}


_ALL = {f"w{i}{j}" for i in range(1, 4) for j in range(1, 5)} | {
    f"w'{i}{j}" for i in range(1, 5) for j in range(1, 3)}
_FIRST = frozenset(_right(np.array([0.05, 0.0, 0.15])))


def _raise(x):
    raise ValueError("operands could not be broadcast together")


ROWS = [(NB, "zero_gradients", variant, fn, ok) for variant, fn, ok in [
    ("set", _right, True),
    ("sorted_list", lambda x: sorted(_right(x)), True),
    ("tuple", lambda x: tuple(_right(x)), True),
    ("frozenset", lambda x: frozenset(_right(x)), True),
    ("numpy_array", lambda x: np.array(sorted(_right(x)), dtype=str), True),
    ("generator", lambda x: (n for n in _right(x)), True),
    ("dict_keys", lambda x: dict.fromkeys(_right(x)).keys(), True),
    ("underscores_loop", _loop, True),
    ("capital_braces", lambda x: {"W_{" + n[1:] + "}" for n in _right(x)}, True),
    ("unicode_subscripts", lambda x: {n.translate(str.maketrans("1234", "₁₂₃₄"))
                                      for n in _right(x)}, True),
    ("duplicates", lambda x: sorted(_right(x)) * 2, True),
    ("computed_by_bpkit", _by_bpkit, True),
    ("hard_coded_first", lambda x: set(_FIRST), False),
    ("always_empty", lambda x: set(), False),
    ("complement", lambda x: _ALL - _right(x), False),
    ("with_output_weights", lambda x: _right(x) | {"w'11", "w'21", "w'31", "w'41"}, False),
    ("all_output_weights", lambda x: {n for n in _ALL if n.startswith("w'")}, False),
    ("column_not_row", _column, False),
    ("first_of_row_only", lambda x: {f"w{i + 1}1" for i in range(3) if x[i] == 0}, False),
    ("with_bias", lambda x: _right(x) | {"b1"}, False),
    ("nonzero_inputs", lambda x: {f"w{i + 1}{j + 1}" for i in range(3) if x[i] != 0
                                  for j in range(4)}, False),
    ("everything", lambda x: set(_ALL), False),
    ("one_string", lambda x: "w21", False),
    ("indices", lambda x: {(i, j) for i in range(3) if x[i] == 0 for j in range(4)}, False),
    ("unknown_name", lambda x: _right(x) | {"w99"}, False),
    ("dict", lambda x: dict.fromkeys(_right(x), 0.0), False),
    ("number", lambda x: 0.0, False),
    ("nan", lambda x: float("nan"), False),
    ("none", lambda x: None, False),
    ("bool", lambda x: True, False),
    ("raises", _raise, False),
]]

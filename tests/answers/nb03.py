"""Wrong-answer table of notebook 03's reasoning exercise ``hidden_delta_signs(errors, W)``:
the sign of each hidden δh_j from the output errors y_i − t_i and the weights w_ji alone.

Right answers in other forms (a loop, lists, "+"/"−" text, float32, ints, the δ times a positive
factor then its sign) pass; the typical reasoning mistakes (the slide's missing Σ, a flipped sign,
counting signs instead of adding numbers, the weights or the errors alone) and non-answers
fail.
"""
import numpy as np
import sympy as sp

NUMERIC = {("nb03", "hidden_delta_signs"): (0, 1)}


def _loop(errors, W):
    signs = []
    for j in range(len(W)):
        total = 0.0
        for i in range(len(errors)):
            total += errors[i] * W[j][i]
        signs.append(1 if total > 0 else -1)
    return signs


def _text(errors, W):
    return ["+" if v > 0 else "−" for v in W @ errors]


def _times_sigma_prime(errors, W):
    h = 0.3                                  # any h in (0, 1): h(1 − h) > 0 keeps the sign
    return np.sign((W @ errors) * h * (1 - h))


def _first_output_only(errors, W):
    return np.sign(errors[0] * W[:, 0])


def _counted(errors, W):
    return np.sign(np.sign(W) @ np.sign(errors))


def _raise(errors, W):
    raise ValueError("shapes (3,2) and (3,) not aligned")


_S = "hidden_delta_signs"
ROWS = [
    ("nb03", _S, "loop_ints", _loop, True),
    ("nb03", _S, "text_signs", _text, True),
    ("nb03", _S, "times_sigma_prime", _times_sigma_prime, True),
    ("nb03", _S, "int_array", lambda e, W: np.sign(W @ e).astype(int), True),
    ("nb03", _S, "float32", lambda e, W: np.sign(W.astype(np.float32) @ e.astype(np.float32)),
     True),
    ("nb03", _S, "column", lambda e, W: np.sign(W @ e)[:, None], True),
    ("nb03", _S, "tuple", lambda e, W: tuple(np.sign(W @ e)), True),
    ("nb03", _S, "sympy_list", lambda e, W: [sp.sign(sp.Float(v)) for v in W @ e], True),
    ("nb03", _S, "first_output_only", _first_output_only, False),
    ("nb03", _S, "flipped", lambda e, W: -np.sign(W @ e), False),
    ("nb03", _S, "counted_signs", _counted, False),
    ("nb03", _S, "weights_alone", lambda e, W: np.sign(W.sum(axis=1)), False),
    ("nb03", _S, "first_weight_alone", lambda e, W: np.sign(W[:, 0]), False),
    ("nb03", _S, "errors_alone", lambda e, W: np.full(len(W), np.sign(e.sum())), False),
    ("nb03", _S, "the_sums", lambda e, W: W @ e, False),
    ("nb03", _S, "booleans", lambda e, W: W @ e > 0, False),
    ("nb03", _S, "all_plus", lambda e, W: np.ones(len(W)), False),
    ("nb03", _S, "text_words", lambda e, W: ["up" for v in W @ e], False),
    ("nb03", _S, "one_text", lambda e, W: "+-+", False),
    ("nb03", _S, "none", lambda e, W: None, False),
    ("nb03", _S, "nan", lambda e, W: np.sign(W @ e) * np.nan, False),
    ("nb03", _S, "complex", lambda e, W: np.sign(W @ e) + 1j, False),
    ("nb03", _S, "raises", _raise, False),
]

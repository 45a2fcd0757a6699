"""Wrong-answer table for notebook 08's reasoning exercise ``hidden_delta_signs(delta_O, W_HO,
out_H)``: right answers in other forms, and the typical mistakes of reasoning about signs."""
import numpy as np
import sympy as sp

NUMERIC = {("nb08", "hidden_delta_signs"): (0, 1)}   # out_H does not decide any sign


def _loop(delta_O, W_HO, out_H):
    signs = []
    for row in W_HO:
        total = sum(d * w for d, w in zip(delta_O, row))
        signs.append(1 if total > 0 else -1)
    return signs


def _with_sigma_prime(delta_O, W_HO, out_H):
    return np.sign((W_HO @ delta_O) * out_H * (1 - out_H))


def _raise(*args):
    raise ValueError("shapes (4,2) and (4,) not aligned")


ROWS = [
    ("nb08", "hidden_delta_signs", "loop_list", _loop, True),
    ("nb08", "hidden_delta_signs", "with_sigma_prime", _with_sigma_prime, True),
    ("nb08", "hidden_delta_signs", "transposed_product", lambda d, W, o: np.sign(d @ W.T), True),
    ("nb08", "hidden_delta_signs", "float32",
     lambda d, W, o: np.sign(W @ d).astype(np.float32), True),
    ("nb08", "hidden_delta_signs", "tuple_of_ints",
     lambda d, W, o: tuple(int(v) for v in np.sign(W @ d)), True),
    ("nb08", "hidden_delta_signs", "sympy_list",
     lambda d, W, o: [sp.sign(sp.Float(v)) for v in W @ d], True),
    ("nb08", "hidden_delta_signs", "column", lambda d, W, o: np.sign(W @ d)[:, None], True),
    # the reasoning mistakes
    ("nb08", "hidden_delta_signs", "first_output_only",
     lambda d, W, o: np.sign(W[:, 0] * d[0]), False),
    ("nb08", "hidden_delta_signs", "sign_flipped", lambda d, W, o: -np.sign(W @ d), False),
    ("nb08", "hidden_delta_signs", "sigma_prime_sign_above_half",
     lambda d, W, o: np.sign(W @ d) * np.sign(o - 0.5), False),
    ("nb08", "hidden_delta_signs", "sigma_prime_sign_1_minus_2out",
     lambda d, W, o: np.sign((W @ d) * (1 - 2 * o)), False),
    ("nb08", "hidden_delta_signs", "signs_only",
     lambda d, W, o: np.sign(np.sign(W) @ np.sign(d)), False),
    ("nb08", "hidden_delta_signs", "sign_of_out_minus_half", lambda d, W, o: np.sign(o - 0.5),
     False),
    ("nb08", "hidden_delta_signs", "sign_of_delta_O1",
     lambda d, W, o: np.full(len(o), np.sign(d[0])), False),
    ("nb08", "hidden_delta_signs", "all_negative", lambda d, W, o: -np.ones(len(o)), False),
    ("nb08", "hidden_delta_signs", "values_not_signs", lambda d, W, o: W @ d, False),
    ("nb08", "hidden_delta_signs", "delta_H_values",
     lambda d, W, o: (W @ d) * o * (1 - o), False),
    ("nb08", "hidden_delta_signs", "one_sign", lambda d, W, o: -1, False),
    ("nb08", "hidden_delta_signs", "text_signs", lambda d, W, o: ["-"] * len(o), False),
    ("nb08", "hidden_delta_signs", "booleans", lambda d, W, o: W @ d > 0, False),
    ("nb08", "hidden_delta_signs", "none", lambda d, W, o: None, False),
    ("nb08", "hidden_delta_signs", "nan", lambda d, W, o: np.full(len(o), np.nan), False),
    ("nb08", "hidden_delta_signs", "complex", lambda d, W, o: np.sign(W @ d) + 1j, False),
    ("nb08", "hidden_delta_signs", "raises", _raise, False),
]

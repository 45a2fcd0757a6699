"""The nb09 checks: typical mistakes get the specific message (solutions and stubs:
test_solutions.py)."""
import importlib.util
from pathlib import Path

import numpy as np

from bpkit.exercises import nb09 as ex

_spec = importlib.util.spec_from_file_location(
    "solutions_nb08", Path(__file__).resolve().parents[1] / "notebooks" / "solutions" / "nb09.py")
solutions = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(solutions)


def _forward_difference(f, x, h):
    g = np.zeros_like(x)
    for i in range(x.size):
        e = np.zeros_like(x)
        e[i] = h
        g[i] = (f(x + e) - f(x)) / h
    return g


def test_centred_difference_one_sided():
    fb = ex.check_my_centred_difference(_forward_difference)
    assert fb.passed is False and "one-sided" in fb.message


def test_centred_difference_divided_by_h():
    fb = ex.check_my_centred_difference(
        lambda f, x, h: 2 * solutions.my_centred_difference(f, x, h))
    assert fb.passed is False and "divide by 2h" in fb.message


def test_centred_difference_all_at_once():
    fb = ex.check_my_centred_difference(
        lambda f, x, h: np.full_like(x, (f(x + h) - f(x - h)) / (2 * h)))
    assert fb.passed is False and "nudged every entry at once" in fb.message


def test_centred_difference_not_restoring_x():
    def leaves_x_nudged(f, x, h):
        g = solutions.my_centred_difference(f, x, h)
        x[0] += h
        return g

    fb = ex.check_my_centred_difference(leaves_x_nudged)
    assert fb.passed is False and "put every entry back" in fb.message


def test_relative_error_mean_instead_of_max():
    fb = ex.check_my_relative_error(
        lambda a, n: np.abs(a - n) / ((np.abs(a) + np.abs(n)) / 2))
    assert fb.passed is False and "uses the mean instead of the max" in fb.message


def test_relative_error_divides_by_n():
    fb = ex.check_my_relative_error(lambda a, n: np.abs(a - n) / np.abs(n))
    assert fb.passed is False and "|n| only" in fb.message


def test_relative_error_zero_over_zero():
    fb = ex.check_my_relative_error(lambda a, n: np.abs(a - n) / np.maximum(np.abs(a), np.abs(n)))
    assert fb.passed is False and "a = n = 0" in fb.message


def test_relative_error_scalar():
    fb = ex.check_my_relative_error(
        lambda a, n: float(solutions.my_relative_error(a, n).max()))
    assert fb.passed is False and "not one number" in fb.message


def test_which_bug_swapped_pair_names_the_signatures():
    answer = solutions.which_bug()
    answer["A"], answer["C"] = answer["C"], answer["A"]
    fb = ex.check_which_bug(lambda: answer)
    assert fb.passed is False and fb.message.startswith("3 of 5 right")
    assert "A is not loss_not_averaged" in fb.message and "flags" in fb.message


def test_which_bug_unknown_name_and_missing_letters():
    fb = ex.check_which_bug(lambda: {"A": "typo_bug"})
    assert fb.passed is False and "not in the zoo" in fb.message
    fb = ex.check_which_bug(lambda: {"A": "bias_averaged"})
    assert fb.passed is False and "still to name: B, C, D, E" in fb.message


# ---- predict, then reveal: the facts the reference answers rest on ------------------------------
def test_prediction_facts_follow_bpkit():
    from bpkit.exercises import nb09
    v = nb09._deck002_differences()
    assert v["centred"] < v["one"] / 1000                      # closer: "centred"
    import bpkit as bp
    from bpkit.lessons import finite_diff
    hs = np.logspace(-14, 0, 57)                                # section 2's grid
    errors = finite_diff.difference_errors(bp.sigmoid, float(bp.sigmoid_grad(0.5)), 0.5, hs,
                                           np.float64)["centred"]
    assert hs[np.argmin(errors)] == 1e-5 and nb09._best_h().right == "1e-5"
    assert nb09._zoo_diagnosis("bias_averaged").flagged == ["b[0]", "b[1]", "b[2]"]   # "b"
    assert abs(nb09._zoo_diagnosis("flipped_sign").max_rel_error - 2) < 1e-9

"""The exercise checks' shared helpers: reading an answer as numbers (``to_array``), the one
tolerance rule (``close``), known-mistake matching (``which_mistake``) and the judge loop."""
import numpy as np
import pytest
import sympy as sp

from bpkit.exercises import Case, as_array, attempt, close, judge, to_array, which_mistake
from bpkit.exercises._compare import join, parts

RIGHT = np.array([0.25, -1.5, 3.0])


@pytest.mark.parametrize("answer, dtype", [
    ([0.25, -1.5, 3.0], np.float64),
    ((0.25, -1.5, 3.0), np.float64),
    (RIGHT.astype(np.float32), np.float32),
    (RIGHT.astype(np.float16), np.float32),
    (np.array([[0.25, -1.5, 3.0]]), np.float64),          # (1, 3): axes of length 1 do not count
    (RIGHT[:, None], np.float64),                         # (3, 1)
    ([sp.Float(0.25), sp.Rational(-3, 2), sp.Integer(3)], np.float64),
    (sp.Matrix([0.25, -1.5, 3]), np.float64),
    ([np.float32(0.25), np.float32(-1.5), np.float32(3)], np.float32),
    (RIGHT + 0j, np.float64),                             # complex with zero imaginary part
])
def test_to_array_reads_numbers_written_differently(answer, dtype):
    a, why = to_array(answer, (3,))
    assert why is None and a.dtype == dtype and a.shape == (3,)
    assert np.allclose(a, RIGHT, rtol=1e-3)


@pytest.mark.parametrize("answer", [np.float64(2.5), np.float32(2.5), 2.5, 5 // 2 + 0.5,
                                    sp.Float(2.5), sp.Rational(5, 2), [2.5], np.array([[2.5]])])
def test_to_array_reads_one_number(answer):
    a, why = to_array(answer, ())
    assert why is None and a.shape == () and float(a) == 2.5


@pytest.mark.parametrize("answer, phrase", [
    (None, "None"),
    ("0.5", "text"),
    (b"0.5", "text"),
    (["0.5", 1.0, 2.0], "text"),
    ([1.0, 2.0], "has shape (2,), expected (3,)"),
    (np.zeros((3, 3)), "has shape (3, 3), expected (3,)"),
    ([[1.0, 2.0], [3.0]], "cannot be read"),
    (RIGHT + 1j, "complex"),
    ([1.0, sp.I, 2.0], "complex"),
    (np.array([1.0, np.nan, 2.0]), "contains NaN"),
    (np.array([1.0, np.inf, 2.0]), "contains inf"),
    ([True, False, True], "True/False"),
    (sp.Symbol("x"), "not numbers"),
    ([sp.Symbol("x"), 1, 2], "not numbers"),
    ({"a": 1}, "not numbers"),
    (np.array(["a", "b", "c"]), "text"),
])
def test_to_array_refuses_and_says_why_without_raising(answer, phrase):
    a, why = to_array(answer, (3,), what="your δ")
    assert a is None and phrase in why and why.startswith("your δ")
    assert as_array(answer, (3,)) is None


def test_nonfinite_values_are_kept_on_request():
    a, why = to_array([1.0, np.nan, np.inf], finite=False)
    assert why is None and np.isnan(a[1]) and np.isinf(a[2])


@pytest.mark.parametrize("answer, expected, ok", [
    (RIGHT, RIGHT, True),
    (RIGHT * (1 + 5e-10), RIGHT, True),                       # float64 rounding
    (RIGHT * (1 + 1e-8), RIGHT, False),                       # beyond float64's 1e-9
    (RIGHT.astype(np.float32), RIGHT, True),                  # float32 judged at float32
    ((RIGHT * (1 + 5e-6)).astype(np.float32), RIGHT, True),
    ((RIGHT * (1 + 1e-4)).astype(np.float32), RIGHT, False),  # a real difference
    (RIGHT.tolist(), RIGHT, True),
    (tuple(RIGHT), RIGHT, True),
    (RIGHT[None, :], RIGHT, True),
    (np.array([1e-12, 1.0]), np.array([0.0, 1.0]), True),    # atol scaled to max|expected|
    (np.array([1e-6, 1.0]), np.array([0.0, 1.0]), False),
    (np.array([1e-12]), np.array([0.0]), True),              # an all-zero expected: atol = rtol
    (-RIGHT, RIGHT, False),
    (2 * RIGHT, RIGHT, False),
    (RIGHT[:2], RIGHT, False),
    (RIGHT.reshape(3, 1) * np.ones((1, 2)), RIGHT, False),
    ("0.25", 0.25, False),
    (None, RIGHT, False),
    (RIGHT, None, False),
    (np.array([1.0, np.inf]), np.array([1.0, np.inf]), True),  # non-finite where expected
    (np.array([1.0, np.nan]), np.array([1.0, np.nan]), True),
    (np.array([1.0, np.nan]), np.array([1.0, 2.0]), False),
    (np.array([1.0, -np.inf]), np.array([1.0, np.inf]), False),
])
def test_close_has_one_rule_set_by_the_answers_precision(answer, expected, ok):
    assert close(answer, expected) is ok


def test_which_mistake_returns_the_first_match_and_skips_none():
    mistakes = {"impossible here": None, "sign": -RIGHT, "also sign": -RIGHT, "factor": 2 * RIGHT}
    assert which_mistake((-RIGHT).tolist(), mistakes) == "sign"
    assert which_mistake(2 * RIGHT.astype(np.float32), mistakes) == "factor"
    assert which_mistake(RIGHT, mistakes) is None
    assert which_mistake("sign", mistakes) is None


def test_join_keeps_the_least_precise_dtype_and_parts_wants_a_sequence():
    assert join(np.zeros(2, np.float32), np.array(1.0)).dtype == np.float32
    assert join(np.zeros(2), np.array(1.0)).shape == (3,)
    assert parts((1, 2), 2) == [1, 2] and parts([1, 2], 2) == [1, 2]
    assert parts(np.array([1, 2]), 2) is None and parts((1, 2, 3), 2) is None


@pytest.mark.parametrize("fn, passed, phrase", [
    (lambda: (_ for _ in ()).throw(NotImplementedError()), None, "Not attempted yet"),
    (lambda: None, False, "returned None"),
    (lambda: 1 / 0, False, "raised ZeroDivisionError"),
    (lambda: np.log(np.zeros(2)), "result", None),           # a warning is not a crash
])
def test_attempt(fn, passed, phrase):
    result, fb = attempt(fn, what="`f`")
    if passed == "result":
        assert fb is None and np.all(np.isneginf(result))
    else:
        assert result is None and fb.passed is passed and phrase in fb.message


CASES = [Case((2.0,), np.array(4.0), {"you added: 2 + 2": np.array(4.5)}, "x = 2"),
         Case((3.0,), np.array(9.0), {"you tripled it": np.array(9.5)}, "x = 3")]


@pytest.mark.parametrize("fn, passed, phrase", [
    (lambda x: x * x, True, "right"),
    (lambda x: np.float32(x) ** 2, True, "right"),
    (lambda x: [x * x], True, "right"),
    (lambda x: 4.0, False, "right on x = 2, but not on x = 3"),         # hard-coded
    (lambda x: x + 2.5, False, "you added"),                            # a known mistake
    (lambda x: x * x + 0.5 if x == 3 else x * x, False, "you tripled it"),
    (lambda x: [x, x], False, "has shape (2,), expected ()"),
    (lambda x: float("nan"), False, "contains NaN"),
    (lambda x: "4", False, "text"),
    (lambda x: 1j, False, "complex"),
    (lambda x: -x * x, False, "gives -4.0 on x = 2; expected 4.0"),
])
def test_judge(fn, passed, phrase):
    fb = judge(fn, CASES, what="`square`", right="right")
    assert fb.passed is passed and phrase in fb.message, fb.message


def test_judge_gives_the_learner_copies():
    arg = np.array([1.0, 2.0])

    def mutates(a):
        a *= 0
        return a

    judge(mutates, [Case((arg,), arg.copy())], what="`f`", right="right")
    assert np.array_equal(arg, [1.0, 2.0])


@pytest.mark.parametrize("fn, passed, phrase", [
    (lambda x: (_ for _ in ()).throw(NotImplementedError()), None,
     "아직 풀지 않음: `square`의 빈칸을 채운 뒤 검사 셀을 다시 실행하세요."),
    (lambda x: x * x, True, "정답"),
    (lambda x: 4.0, False, "아직 정답이 아닙니다: x = 2에서는 맞지만 x = 3에서는 틀립니다. "
                           "`square`의 값은 4.0인데, 기댓값은 9.0입니다. 함수가 모든 인자를"),
    (lambda x: -x * x, False, "x = 2에서 `square`의 값은 -4.0인데, 기댓값은 4.0입니다"),
    (lambda x: [x, x], False, "`square`의 모양(shape)이 (2,)입니다. 기대한 모양은 () (숫자 하나)"),
    (lambda x: float("nan"), False, "`square`에 NaN이 들어 있습니다"),
    (lambda x: None, False, "`square`의 반환값이 None입니다. `return`을 빠뜨리지 않았나요?"),
    (lambda x: 1 / 0, False, "`square` 실행 중에 ZeroDivisionError 오류가 났습니다"),
])
def test_judge_speaks_korean(korean, fn, passed, phrase):
    """The shared feedback in the Korean edition: ⏳, ❌ with its reason (the combined 'right on
    X, but not on Y' too, with the Korean 'Not yet' and 'on <input>' removed once), ✅."""
    fb = judge(fn, CASES, what="`square`", right="정답")
    assert fb.passed is passed and phrase in fb.message, fb.message
    assert "Not yet" not in fb.message and "your answer" not in fb.message
    assert fb.message.count("아직 정답이 아닙니다") <= 1 and "x = 3에서 `square`" not in fb.message


def test_to_array_names_the_answer_in_korean(korean):
    assert to_array("4")[1] == "답의 값이 숫자가 아니라 문자열 '4'입니다"
    assert to_array(None, what="`f`")[1] == "`f`의 값이 None입니다 (`return`을 빠뜨리지 않았나요?)"

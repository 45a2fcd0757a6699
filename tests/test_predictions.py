"""Predict, then reveal (``bpkit.exercises._predict``): every notebook's prediction questions.

For every ``PREDICTIONS`` of every ``bpkit.exercises.nbNN``:
- the reference answer in ``notebooks/solutions/nbNN.py`` (``PREDICTIONS``, numbers as a
  learner would write them with a pen) passes, and so do other forms of it (float32, a
  one-element list, a SymPy number, the exact value);
- a table of wrong answers fails and never raises: the sign flipped, twice and half the value,
  every known mistake, None, text, NaN, a list of two numbers;
- every known mistake is far from the right value (more than three tolerances; for a count,
  any other whole number), so that no right answer can get a mistake's hint;
- ``...`` is ⏳ "not attempted", in both languages;
- the notebooks ask exactly the questions the module has, each before it is revealed.
"""
from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path

import numpy as np
import pytest
import sympy as sp
from _solutions import load_solution

import bpkit.exercises
from bpkit.exercises._predict import Choice, Number, agrees, ask, tolerance

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(m.name for m in pkgutil.iter_modules(bpkit.exercises.__path__)
                 if re.fullmatch(r"nb\d\d", m.name)
                 and hasattr(importlib.import_module(f"bpkit.exercises.{m.name}"), "PREDICTIONS"))
QUESTIONS = [(nb, name) for nb in MODULES
             for name in importlib.import_module(f"bpkit.exercises.{nb}").PREDICTIONS]


def _module(nb):
    return importlib.import_module(f"bpkit.exercises.{nb}")


def _question(nb, name):
    return _module(nb).PREDICTIONS[name]()


def _reference(nb, name):
    return load_solution(nb).PREDICTIONS[name]


def test_every_lesson_notebook_asks_for_predictions():
    assert MODULES == [f"nb{i:02d}" for i in range(1, 11)]


def test_agrees_is_half_a_percent():
    assert agrees(0.3775, 0.3775) and agrees(0.377, 0.3775) and agrees(0.379, 0.3775)
    assert not agrees(0.375, 0.3775) and not agrees(-0.3775, 0.3775)
    assert agrees(0.0, 0.0) and not agrees(1e-9, 0.0)


def right_forms(q, ref):
    if isinstance(q, Choice):
        forms = {"reference": ref, "upper": str(ref).upper(), "spaced": f" {ref} "}
        try:                                     # a numeric option: also its value
            forms["number"] = float(ref)
        except ValueError:
            pass
        return forms
    return {"reference": ref, "exact": q.expected, "float32": np.float32(q.expected),
            "one_element_list": [ref], "sympy": sp.Float(ref), "array": np.array([ref])}


def wrong_forms(q):
    if isinstance(q, Choice):
        rows = {f"option_{k}": k for k in q.options if k != q.right}
        for k in q.options:
            try:
                if k != q.right:
                    rows[f"value_{k}"] = float(k)
            except ValueError:
                pass
        rows.update({"unknown": "zzz", "none": None, "number": 3.5, "list": [q.right],
                     "bool": True})
        return rows
    e = q.expected
    rows = {"sign": -e, "double": 2 * e, "half": e / 2} if e != 0 else {"one": 1.0}
    if q.count:
        rows.update({"one_more": e + 1, "one_less": e - 1})
    rows.update({f"mistake_{i}": v for i, v in enumerate(q.mistakes.values()) if v is not None})
    rows.update({"none": None, "text": str(e), "nan": float("nan"), "two": [e, e],
                 "complex": complex(e, 1), "symbol": sp.Symbol("x")})
    return rows


@pytest.mark.parametrize("nb, name", QUESTIONS)
def test_right_answers_pass(nb, name):
    q, ref = _question(nb, name), _reference(nb, name)
    for form, answer in right_forms(q, ref).items():
        fb = _module(nb).predict(name, answer)
        assert fb.passed is True, (form, fb.message)


@pytest.mark.parametrize("nb, name", QUESTIONS)
def test_wrong_answers_fail_without_raising(nb, name):
    q = _question(nb, name)
    for form, answer in wrong_forms(q).items():
        fb = _module(nb).predict(name, answer)
        assert fb.passed is False, (form, fb.message)
        assert fb.message


@pytest.mark.parametrize("nb, name", QUESTIONS)
def test_mistakes_are_far_from_the_right_value(nb, name):
    q = _question(nb, name)
    if isinstance(q, Number):
        for hint, v in q.mistakes.items():
            far = 0.5 if q.count else 3 * tolerance(q.expected)   # counts: exactly right
            assert v is None or abs(v - q.expected) > far, hint
            assert _module(nb).predict(name, v).message.endswith(hint) if v is not None else True
    else:
        assert q.right in q.options and len(q.options) >= 2


@pytest.mark.parametrize("nb, name", QUESTIONS)
def test_three_states_in_korean(korean, nb, name):
    q = _question(nb, name)
    waiting = _module(nb).predict(name, ...)
    right = _module(nb).predict(name, _reference(nb, name))
    wrong = _module(nb).predict(name, next(iter(wrong_forms(q).values())))
    assert waiting.passed is None and waiting.message.startswith("아직 풀지 않음: ")
    assert right.passed is True and right.message.startswith("정답입니다: ")
    assert wrong.passed is False and wrong.message.startswith("아직 정답이 아닙니다: ")
    for fb in (waiting, right, wrong):
        assert not any(w in fb.message for w in ("Not yet", "Right", " the ", " your ")), fb


def test_unknown_name_and_odd_objects_never_raise():
    questions = {"x": lambda: Number(0.5), "c": lambda: Choice("+", {"+": "up", "-": "down"})}
    assert ask(questions, "nope", 0.5).passed is False
    assert ask(questions, "x", object()).passed is False
    assert ask(questions, "c", object()).passed is False
    assert ask(questions, "c", "+").passed is True and ask(questions, "c", "−").passed is False


def _asked(nb):
    """The names the notebook passes to ``ex.predict``, in order."""
    (path,) = ROOT.glob(f"notebooks/src/{nb[2:]}_*.py")
    return re.findall(r"ex\.predict\(\"([^\"]+)\"", path.read_text())


@pytest.mark.parametrize("nb", MODULES)
def test_notebook_asks_every_question_once(nb):
    asked = _asked(nb)
    assert sorted(asked) == sorted(_module(nb).PREDICTIONS)


@pytest.mark.parametrize("nb", MODULES)
def test_stored_notebooks_show_every_question_unanswered(nb):
    for folder, marker in (("notebooks", "Not attempted yet"), ("notebooks/ko", "아직 풀지 않음")):
        (path,) = (ROOT / folder).glob(f"{nb[2:]}_*.ipynb")
        cells = json.loads(path.read_text())["cells"]
        outputs = [json.dumps(c.get("outputs", []), ensure_ascii=False) for c in cells
                   if c["cell_type"] == "code" and "ex.predict(" in "".join(c["source"])]
        assert len(outputs) == len(_module(nb).PREDICTIONS)
        assert all(marker in o for o in outputs)


if __name__ == "__main__":
    # python tests/test_predictions.py: per question, answers tried / passed wrongly / refused
    # wrongly / crashed
    print("| prediction | kind | right value | tried | passed wrongly | refused wrongly "
          "| crashed |")
    print("|---|---|---|---|---|---|---|")
    for nb, name in QUESTIONS:
        q, ref = _question(nb, name), _reference(nb, name)
        rows = [(a, True) for a in right_forms(q, ref).values()]
        rows += [(a, False) for a in wrong_forms(q).values()] + [(..., None)]
        counts = [0, 0, 0, 0]
        for answer, should in rows:
            counts[0] += 1
            try:
                passed = _module(nb).predict(name, answer).passed
            except Exception:  # noqa: BLE001 - counted, not raised
                counts[3] += 1
                continue
            counts[1] += bool(passed is True and should is not True)
            counts[2] += bool(should is True and passed is not True)
        value = q.right if isinstance(q, Choice) else f"{q.expected:.8g}"
        print(f"| {nb}.{name} | {type(q).__name__} | {value} | " +
              " | ".join(map(str, counts)) + " |")

"""Every notebook's exercises: the reference solution in notebooks/solutions/ passes its check,
the untouched stub is "not attempted yet", a crash is reported instead of raised, and the
notebook's stubs, its checks and the stored "not attempted" feedback agree.

The typical wrong answers and their specific hints are tested per notebook
(tests/test_exercises_nbNN.py).
"""
import ast
import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest
from _solutions import load_solution

import bpkit.exercises

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(m.name for m in pkgutil.iter_modules(bpkit.exercises.__path__)
                 if re.fullmatch(r"nb\d\d", m.name))
CASES = [(nb, name) for nb in MODULES
         for name in sorted(importlib.import_module(f"bpkit.exercises.{nb}").CHECKS)]


def _check(nb, name):
    return importlib.import_module(f"bpkit.exercises.{nb}").CHECKS[name]


def _notebook(nb):
    (path,) = ROOT.glob(f"notebooks/{nb[2:]}_*.ipynb")
    return json.loads(path.read_text())


def _stub_names(nb):
    """Names of the functions the notebook defines for the learner (its only `def`s)."""
    names = []
    for cell in _notebook(nb)["cells"]:
        if cell["cell_type"] == "code":
            tree = ast.parse("".join(l for l in cell["source"] if not l.lstrip().startswith("%")))
            names += [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    return names


def test_every_notebook_with_exercises_has_checks():
    # every lesson notebook (00 is the index)
    assert MODULES == [f"nb{i:02d}" for i in range(1, 11)]


@pytest.mark.parametrize("nb, name", CASES)
def test_reference_solution_passes(nb, name):
    fb = _check(nb, name)(getattr(load_solution(nb), name))
    assert fb.passed is True, fb.message


@pytest.mark.parametrize("nb, name", CASES)
def test_untouched_stub_is_not_attempted(nb, name):
    def stub(*args, **kwargs):
        raise NotImplementedError  # your code here

    fb = _check(nb, name)(stub)
    assert fb.passed is None and "not attempted" in fb.message.lower()


@pytest.mark.parametrize("nb, name", CASES)
def test_three_states_in_korean(korean, nb, name):
    """The Korean edition: ⏳ for the stub, ✅ for the reference solution, ❌ with a Korean
    hint for an answer that is a typed-in number; no English sentence left."""
    def stub(*args):
        raise NotImplementedError

    check = _check(nb, name)
    waiting = check(stub)
    right = check(getattr(load_solution(nb), name))
    wrong = check(lambda *args: 0.123)
    assert waiting.passed is None and waiting.message.startswith("아직 풀지 않음: ")
    assert right.passed is True and right.message.startswith("정답입니다: ")
    assert wrong.passed is False and wrong.message
    for fb in (waiting, right, wrong):
        assert not any(word in fb.message for word in ("Not yet", "Right", "your answer", " the "))


@pytest.mark.parametrize("nb, name", CASES)
def test_crash_is_reported_not_raised(nb, name):
    def crashes(*args, **kwargs):
        return 1 / 0

    fb = _check(nb, name)(crashes)
    assert fb.passed is False and "ZeroDivisionError" in fb.message


@pytest.mark.parametrize("nb", MODULES)
def test_notebook_stubs_are_the_checked_functions(nb):
    checks = importlib.import_module(f"bpkit.exercises.{nb}").CHECKS
    assert sorted(_stub_names(nb)) == sorted(checks)


@pytest.mark.parametrize("nb", MODULES)
def test_stored_notebook_shows_not_attempted_for_every_stub(nb):
    text = json.dumps(_notebook(nb)["cells"])
    n_checks = len(importlib.import_module(f"bpkit.exercises.{nb}").CHECKS)
    assert text.count("Not attempted yet") >= n_checks

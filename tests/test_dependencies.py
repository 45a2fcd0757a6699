"""pyproject.toml is the one list of dependencies: the core needs numpy and scipy only, and the
requirements files and the lock that ``tools/lock.py`` derives from it have not drifted."""
from __future__ import annotations

import subprocess
import sys
import textwrap

# what only the notebooks use: the core must run without any of them
HEAVY = ["sympy", "matplotlib", "PIL", "sklearn", "ipywidgets", "IPython", "tqdm", "jupytext",
         "nbformat", "pandas"]

BLOCK = textwrap.dedent(f"""
    import importlib.abc, sys

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in {HEAVY!r}:
                raise ModuleNotFoundError(f"No module named {{name!r}} (blocked)", name=name)

    sys.meta_path.insert(0, Block())
""")

CORE = """
import numpy as np
import bpkit as bp

rng = np.random.default_rng(0)
net = bp.MLP([2, 3, 1], activation="sigmoid", loss="bce", rng=rng)
X, T = rng.random((8, 2)), rng.integers(0, 2, (8, 1)).astype(float)
history = bp.fit(net, X, T, epochs=3, lr=0.5, rng=rng)
assert len(history.loss) == 3
assert bp.check_gradients(net, X, T).ok
for name in ("layers", "gradcheck", "data", "monitor", "display", "errors"):
    getattr(bp, name)
print(sorted(m.split(".")[0] for m in sys.modules if m.split(".")[0] in {heavy!r}))
"""


def _run_core(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", BLOCK + code], capture_output=True, text=True,
                          timeout=120)


def test_pyproject_names_numpy_and_scipy_as_the_only_core_dependencies(tool):
    groups = tool("lock").groups()
    assert sorted(r.split(">")[0].split("=")[0] for r in groups["core"]) == ["numpy", "scipy"]
    assert groups["notebooks"] and groups["test"]


def test_the_core_runs_with_numpy_and_scipy_only():
    done = _run_core(CORE.format(heavy=HEAVY))
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "[]", f"the core imported {done.stdout.strip()}"


def test_a_long_fit_runs_without_tqdm():
    code = """
import numpy as np
import bpkit as bp
rng = np.random.default_rng(0)
net = bp.MLP([2, 2, 1], activation="sigmoid", loss="mse", rng=rng)
bp.fit(net, rng.random((4, 2)), rng.random((4, 1)), epochs=2001, lr=0.1, batch_size=4, rng=rng)
"""
    done = _run_core(code)
    assert done.returncode == 0, done.stderr[-3000:]


def test_requirements_files_are_what_tools_lock_derives_from_pyproject(tool):
    problems = tool("lock").drift(pins_here={})
    assert not problems, "run `python tools/lock.py`:\n" + "\n".join(problems)


def test_the_lock_pins_exactly_what_this_environment_needs_and_has(tool):
    """Every package pyproject's requirements reach here is pinned at its installed version."""
    problems = tool("lock").drift()
    assert not problems, "\n".join(problems)

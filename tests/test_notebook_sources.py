"""The notebooks are in step with their sources: every ``notebooks/src/*.py`` has its notebook,
every notebook has its source, and the notebook's cells (id, type, source, metadata) are what
``tools/build_notebooks.py`` makes of the source, converted here without executing. A source
edited without rebuilding its notebook fails here, naming the first cell that differs."""
from __future__ import annotations

import difflib
import importlib.util
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("build_notebooks",
                                               ROOT / "tools" / "build_notebooks.py")
build_notebooks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_notebooks)
SOURCES = build_notebooks.sources()
SKIP_DIRS = {"solutions", "src", ".ipynb_checkpoints", "_build", "build"}


def _cells(nb) -> list[tuple]:
    return [(c.get("id"), c.cell_type, c.source, dict(c.metadata)) for c in nb.cells]


def _first_difference(built: list[tuple], stored: list[tuple]) -> str:
    for i, (b, s) in enumerate(zip(built, stored)):
        if b != s:
            if b[2] != s[2]:
                diff = difflib.unified_diff(s[2].splitlines(), b[2].splitlines(),
                                            "notebook", "source", lineterm="", n=1)
                return f"cell {i} ({b[1]}) differs:\n" + "\n".join(list(diff)[:20])
            return f"cell {i}: notebook has {s[:2] + s[3:]}, source gives {b[:2] + b[3:]}"
    return f"the source makes {len(built)} cells, the notebook has {len(stored)}"


def test_there_are_sources():
    assert len(SOURCES) >= 9, SOURCES


def test_every_notebook_is_built_from_a_source():
    built = {build_notebooks.target(src) for src in SOURCES}
    notebooks = {p for p in (ROOT / "notebooks").rglob("*.ipynb")
                 if not SKIP_DIRS & set(p.relative_to(ROOT / "notebooks").parts[:-1])}
    orphans = sorted(str(p.relative_to(ROOT)) for p in notebooks - built)
    assert not orphans, f"no source in notebooks/src/ builds {orphans}"


@pytest.mark.parametrize("src", SOURCES, ids=lambda p: p.stem)
def test_notebook_cells_are_what_its_source_makes(src):
    out = build_notebooks.target(src)
    assert out.exists(), f"{out.name} is missing: python tools/build_notebooks.py {src.stem[:2]}"
    built = _cells(build_notebooks.convert(src))
    stored = _cells(nbformat.read(out, as_version=4))
    if built != stored:
        pytest.fail(f"{out.name} is not what {src.name} makes (python tools/build_notebooks.py "
                    f"{src.stem[:2]}): " + _first_difference(built, stored), pytrace=False)

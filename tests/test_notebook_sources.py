"""The notebooks are in step with their sources, and the two editions with each other.

Every ``notebooks/src/*.py`` has its English and its Korean notebook, every notebook has its
source, and each notebook's cells (id, type, source, metadata) are what
``tools/build_notebooks.py`` makes of the source, converted here without executing: a source
edited without rebuilding fails here, naming the first cell that differs. Every Markdown cell
has its twin in the other language right after it; the two editions share their code cells
(but for the one line that sets the language) and store the same numbers."""
from __future__ import annotations

import difflib
import importlib.util
import re
from pathlib import Path

import jupytext
import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("build_notebooks",
                                               ROOT / "tools" / "build_notebooks.py")
build_notebooks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_notebooks)
SOURCES = build_notebooks.sources()
SKIP_DIRS = {"solutions", "src", ".ipynb_checkpoints", "_build", "build"}
LANGS = build_notebooks.LANGUAGES
EDITIONS = [(src, lang) for src in SOURCES for lang in LANGS]


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
    built = {build_notebooks.target(src, lang) for src in SOURCES for lang in LANGS}
    notebooks = {p for p in (ROOT / "notebooks").rglob("*.ipynb")
                 if not SKIP_DIRS & set(p.relative_to(ROOT / "notebooks").parts[:-1])}
    orphans = sorted(str(p.relative_to(ROOT)) for p in notebooks - built)
    assert not orphans, f"no source in notebooks/src/ builds {orphans}"


@pytest.mark.parametrize("src,lang", EDITIONS, ids=lambda v: getattr(v, "stem", v))
def test_notebook_cells_are_what_its_source_makes(src, lang):
    out = build_notebooks.target(src, lang)
    rebuild = f"python tools/build_notebooks.py {src.stem[:2]}"
    assert out.exists(), f"{out.relative_to(ROOT)} is missing: {rebuild}"
    built = _cells(build_notebooks.convert(src, lang))
    stored = _cells(nbformat.read(out, as_version=4))
    if built != stored:
        pytest.fail(f"{out.relative_to(ROOT)} is not what {src.name} makes ({rebuild}): "
                    + _first_difference(built, stored), pytrace=False)


@pytest.mark.parametrize("src", SOURCES, ids=lambda p: p.stem)
def test_every_markdown_cell_has_its_twin(src):
    cells = jupytext.read(src).cells
    for i, cell in enumerate(cells):
        if cell.cell_type != "markdown":
            continue
        lang = cell.metadata.get("lang")
        assert lang in LANGS, f"{src.name}, cell {i}: a Markdown cell without lang=\"en\"/\"ko\""
        if lang == "en":
            twin = cells[i + 1] if i + 1 < len(cells) else None
            assert twin is not None and twin.cell_type == "markdown" \
                and twin.metadata.get("lang") == "ko", \
                f"{src.name}, cell {i}: the English cell is not followed by its Korean twin"
            same = {k: v for k, v in cell.metadata.items() if k != "lang"}
            assert same == {k: v for k, v in twin.metadata.items() if k != "lang"}, \
                f"{src.name}, cell {i}: the twins' slide metadata differ"
        else:
            assert i > 0 and cells[i - 1].metadata.get("lang") == "en", \
                f"{src.name}, cell {i}: a Korean cell that follows no English one"


def _edition(src, lang):
    return nbformat.read(build_notebooks.target(src, lang), as_version=4)


NUMBER = re.compile(r"[-+−]?\d+(?:\.\d+)?(?:e[-+]?\d+)?")


def _numbers(cell) -> list[str]:
    text = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            text.append(out.get("text", ""))
        else:
            data = out.get("data", {})
            text.append(data.get("text/plain", ""))
    return NUMBER.findall("".join(text))


@pytest.mark.parametrize("src", SOURCES, ids=lambda p: p.stem)
def test_the_editions_share_code_and_numbers(src):
    en, ko = _edition(src, "en"), _edition(src, "ko")
    code = [[c for c in nb.cells if c.cell_type == "code"] for nb in (en, ko)]
    assert len(code[0]) == len(code[1])
    setting = build_notebooks.SET_LANGUAGE
    for a, b in zip(*code):
        assert a.source.replace(setting.format("en"), setting.format("ko")) == b.source, \
            f"{src.name}: the editions' code differs in {a.id}"
        if "nbval-ignore-output" in a.metadata.get("tags", []):
            continue
        # as multisets: a Korean sentence may put the same numbers in another order
        assert sorted(_numbers(a)) == sorted(_numbers(b)), \
            f"{src.name}, {a.id}: the English edition stores {_numbers(a)[:8]}…, the Korean " \
            f"{_numbers(b)[:8]}…"

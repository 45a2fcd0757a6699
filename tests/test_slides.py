"""Every notebook can be presented with RISE (jupyterlab-rise) as it is.

A slide is a cell whose ``slide_type`` is ``slide`` or ``subslide`` plus the cells after it
until the next one; ``skip`` and ``notes`` cells are not shown and do not count.

Two limits, both for one 1080p screen:

- ``MAX_SOURCE_LINES`` = 40 source lines per slide, the convention the notebook authors
  write to (counted from the stored notebook, which jupytext built from ``notebooks/src``).
- ``MAX_SCREEN_LINES`` = 45 for what RISE shows: source plus rendered output, counted
  as: text, one line per line; a table (``bp.Table``), one line per row plus one for a
  caption; LaTeX, two lines per equation line; an image, its height in pixels / 20 (a
  640×480 figure counts 24 lines); a widget, 15 lines. Measured in headless Chromium at
  1920×1080 with jupyterlab-rise 0.43 (which shows a slide at the browser's size, no
  zoom): 00_index's crosswalk slide counts 39 lines and fills 856 px from its top at
  58 px, about 22 px per counted line, so the roughly 990 px a slide has hold 45.

Both editions are held to these limits (Korean prose may take more or fewer lines than the
English). Run ``python tests/test_slides.py`` for a per-slide report of every notebook.
"""
from __future__ import annotations

import base64
import math
import re
import struct
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
# both editions: the Korean one is built from the same sources, with the same slide metadata
NOTEBOOKS = (sorted((ROOT / "notebooks").glob("*.ipynb"))
             + sorted((ROOT / "notebooks" / "ko").glob("*.ipynb")))
KO_NOTEBOOKS = [p for p in NOTEBOOKS if p.parent.name == "ko"]


def _id(path: Path) -> str:
    """``04_backprop_by_hand`` or ``ko/04_backprop_by_hand``."""
    return path.relative_to(ROOT / "notebooks").with_suffix("").as_posix()

SLIDE_TYPES = {"slide", "subslide", "fragment", "-", "skip", "notes"}
NOT_SHOWN = {"skip", "notes"}
MAX_SOURCE_LINES = 40
MAX_SCREEN_LINES = 45
PX_PER_LINE = 20
WIDGET_LINES = 15


def slide_type(cell) -> str | None:
    return cell.metadata.get("slideshow", {}).get("slide_type")


def png_height(data: str) -> int:
    """Height in pixels of a base64 PNG, read from its IHDR chunk."""
    head = base64.b64decode(data[:64])
    return struct.unpack(">I", head[20:24])[0]


def output_lines(output) -> int:
    """How many screen lines one stored output takes (see the module docstring)."""
    kind = output.get("output_type")
    if kind == "stream":
        return len(output.get("text", "").splitlines())
    if kind == "error":
        return len(output.get("traceback", []))
    data = output.get("data", {})
    if "application/vnd.jupyter.widget-view+json" in data:
        return WIDGET_LINES
    if "image/png" in data:
        return math.ceil(png_height(data["image/png"]) / PX_PER_LINE)
    if "text/html" in data:
        html = data["text/html"]
        rows = len(re.findall(r"<tr[\s>]", html))
        if rows:
            return rows + html.count("<caption")
        text = re.sub(r"<[^>]+>", "", html)
        return max(1, len([line for line in text.splitlines() if line.strip()]))
    if "text/latex" in data:
        return 2 * len(re.split(r"\\\\", data["text/latex"]))
    for mime in ("text/markdown", "text/plain"):
        if mime in data:
            return len(data[mime].splitlines())
    return 0


def slides(nb) -> list[dict]:
    """The slides of a notebook: first cell index, title, source and screen lines."""
    found = []
    for index, cell in enumerate(nb.cells):
        kind = slide_type(cell)
        if kind in {"slide", "subslide"} or not found:
            title = next((line.lstrip("# ").strip() for line in cell.source.splitlines()
                          if line.strip()), "")
            found.append({"cell": index, "title": title[:60], "source": 0, "screen": 0})
        if kind in NOT_SHOWN:
            continue
        source = len(cell.source.splitlines())
        found[-1]["source"] += source
        found[-1]["screen"] += source + sum(output_lines(o) for o in cell.get("outputs", []))
    return found


def setup_cell(nb):
    """The first code cell that imports something (the notebook's setup cell)."""
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and re.search(r"^\s*(import|from)\s+\w", cell.source,
                                                  re.MULTILINE):
            return index, cell
    return None, None


def _read(path: Path):
    return nbformat.read(path, as_version=4)


def test_there_are_notebooks_to_present():
    assert NOTEBOOKS, "no notebooks/*.ipynb"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_id)
def test_every_cell_has_slideshow_metadata(path):
    nb = _read(path)
    missing = [i for i, cell in enumerate(nb.cells) if slide_type(cell) not in SLIDE_TYPES]
    assert not missing, f"cells without a valid slideshow slide_type: {missing}"
    assert slide_type(nb.cells[0]) == "slide", "the first cell must start a slide"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_id)
def test_setup_cell_is_skipped(path):
    index, cell = setup_cell(_read(path))
    assert cell is not None, "no code cell with the imports"
    assert slide_type(cell) == "skip", f"setup cell {index} should be 'skip'"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_id)
def test_no_slide_is_overfull(path):
    problems = []
    for s in slides(_read(path)):
        if s["source"] > MAX_SOURCE_LINES:
            problems.append(f"cell {s['cell']} {s['title']!r}: {s['source']} source lines "
                            f"> {MAX_SOURCE_LINES}")
        if s["screen"] > MAX_SCREEN_LINES:
            problems.append(f"cell {s['cell']} {s['title']!r}: {s['screen']} screen lines "
                            f"(source + output) > {MAX_SCREEN_LINES}")
    assert not problems, "overfull slides:\n" + "\n".join(problems)


@pytest.mark.parametrize("path", KO_NOTEBOOKS, ids=lambda p: p.stem)
def test_korean_edition_has_the_english_slides(path):
    """A Korean Markdown cell is its English twin's translation with the same metadata, and the
    code cells are shared: the two decks have the same slides, in the same order."""
    english = ROOT / "notebooks" / path.name
    assert english.exists(), f"{path.name} has no English edition"
    kinds = [[(c.cell_type, slide_type(c)) for c in _read(p).cells] for p in (english, path)]
    assert kinds[1] == kinds[0]
    assert len(slides(_read(path))) == len(slides(_read(english)))


# --- the counting itself, on small notebooks made here ---------------------------------

def _nb(*cells):
    nb = nbformat.v4.new_notebook()
    for kind, source, slide, outputs in cells:
        cell = (nbformat.v4.new_code_cell(source, outputs=outputs) if kind == "code"
                else nbformat.v4.new_markdown_cell(source))
        cell.metadata["slideshow"] = {"slide_type": slide}
        nb.cells.append(cell)
    return nb


def _png(height: int) -> str:
    ihdr = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + struct.pack(">II", 640, height)
    return base64.b64encode(ihdr + b"\x08\x06\x00\x00\x00").decode()


def test_counting_splits_slides_and_ignores_skipped_cells():
    nb = _nb(("markdown", "# Title\nline", "slide", []),
             ("code", "import numpy\n" * 30, "skip", []),
             ("markdown", "## A\n" + "x\n" * 9, "subslide", []),
             ("code", "print(1)\nprint(2)", "fragment",
              [nbformat.v4.new_output("stream", name="stdout", text="1\n2\n")]),
             ("markdown", "speaker notes\n" * 50, "notes", []))
    assert [(s["source"], s["screen"]) for s in slides(nb)] == [(2, 2), (12, 14)]
    assert setup_cell(nb)[0] == 1


def test_counting_sizes_tables_images_and_widgets():
    table = nbformat.v4.new_output("execute_result", data={
        "text/html": "<table><caption>c</caption><thead><tr><th>a</th></tr></thead>"
                     "<tbody><tr><td>1</td></tr><tr><td>2</td></tr></tbody></table>",
        "text/plain": "a\n1\n2"})
    image = nbformat.v4.new_output("display_data", data={"image/png": _png(480),
                                                         "text/plain": "<Figure>"})
    widget = nbformat.v4.new_output("display_data", data={
        "application/vnd.jupyter.widget-view+json": {"model_id": "x"}, "text/plain": "w"})
    assert output_lines(table) == 4
    assert output_lines(image) == 24
    assert output_lines(widget) == WIDGET_LINES


def test_an_overfull_slide_is_found():
    long_code = "\n".join(f"x{i} = {i}" for i in range(41))
    nb = _nb(("markdown", "# Title", "slide", []), ("code", long_code, "fragment", []))
    assert slides(nb)[0]["source"] == 42 > MAX_SOURCE_LINES
    figure = nbformat.v4.new_output("display_data", data={"image/png": _png(900)})
    nb = _nb(("markdown", "# Title\n" + "text\n" * 9, "slide", []),
             ("code", "plot()", "fragment", [figure]))
    assert slides(nb)[0]["source"] <= MAX_SOURCE_LINES < MAX_SCREEN_LINES < slides(nb)[0]["screen"]


if __name__ == "__main__":
    for path in NOTEBOOKS:
        print(path.relative_to(ROOT / "notebooks"))
        for s in slides(_read(path)):
            flag = " <-- overfull" if (s["source"] > MAX_SOURCE_LINES
                                       or s["screen"] > MAX_SCREEN_LINES) else ""
            print(f"  cell {s['cell']:3d}  source {s['source']:3d}  screen {s['screen']:3d}  "
                  f"{s['title']}{flag}")

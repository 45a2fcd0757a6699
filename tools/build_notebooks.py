"""Build the notebooks from their sources and execute them top to bottom, in both editions.

    python tools/build_notebooks.py            # every notebooks/src/*.py, English and Korean
    python tools/build_notebooks.py 04 07      # only those whose name starts so
    python tools/build_notebooks.py --lang ko 04   # one edition only

One source holds both languages. Every Markdown cell is followed by its twin in the other
language, told apart by the cell metadata ``lang="en"`` / ``lang="ko"`` on the marker line; code
cells are shared. The English edition is ``notebooks/NN_name.ipynb``, the Korean one
``notebooks/ko/NN_name.ipynb``: the same code cells, the Markdown of its language, and in the
setup cell ``bp.set_language("en")`` becomes ``bp.set_language("ko")``, so that everything bpkit
prints (tables, feedback, figures, the explorer) speaks Korean too.

Each ``notebooks/src/NN_name.py`` (jupytext percent format: ``# %%`` code cells,
``# %% [markdown]`` prose; cell metadata such as ``slideshow={"slide_type": "slide"}`` and
``tags=["nbval-ignore-output"]`` on the marker line) becomes ``notebooks/NN_name.ipynb``,
executed in a fresh kernel from the notebooks folder, with its outputs and widget state
stored, so that strict nbval holds it to exactly what a learner sees.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
LANGUAGES = ("en", "ko")
SET_LANGUAGE = 'bp.set_language("{}")'


def sources() -> list[Path]:
    """Every notebook source, in build order."""
    return sorted((NOTEBOOKS / "src").glob("*.py"))


def target(src: Path, lang: str = "en") -> Path:
    """The notebook ``src`` builds in ``lang``: ``notebooks/NN_name.ipynb`` for English,
    ``notebooks/ko/NN_name.ipynb`` for Korean."""
    folder = NOTEBOOKS if lang == "en" else NOTEBOOKS / lang
    return folder / (src.stem + ".ipynb")


def convert(src: Path, lang: str = "en") -> nbformat.NotebookNode:
    """The ``lang`` edition of one source, not executed: its cells, their metadata, stable ids.

    Cell ids count the cells of the source (twins included), so both editions of a cell keep
    the id they have in every rebuild.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {LANGUAGES}; got {lang!r}")
    nb = jupytext.read(src)
    nb.metadata = {"kernelspec": KERNELSPEC,
                   "language_info": {"name": "python"},
                   # RISE: present from JupyterLab with the slideshow metadata of each cell
                   "rise": {"scroll": True, "enable_chalkboard": False}}
    cells = []
    for i, cell in enumerate(nb.cells):
        cell.metadata.pop("lines_to_next_cell", None)
        if cell.metadata.pop("lang", lang) != lang:
            continue
        if cell.cell_type == "code" and SET_LANGUAGE.format("en") in cell.source:
            cell.source = cell.source.replace(SET_LANGUAGE.format("en"), SET_LANGUAGE.format(lang))
        cell.id = f"cell-{i}"  # stable ids: a rebuild of an unchanged source gives no diff
        cells.append(cell)
    nb.cells = cells
    return nb


def build(src: Path, lang: str = "en", timeout: int = 600) -> float:
    """Convert one source to its ``lang`` edition and execute it, in the folder the notebook is
    in (as JupyterLab does); return the seconds it took to run."""
    nb = convert(src, lang)
    out = target(src, lang)
    out.parent.mkdir(exist_ok=True)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(out.parent)}},
                            store_widget_state=True, record_timing=False)
    start = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - start
    nbformat.write(nb, out)
    return seconds


def bilingual(src: Path) -> bool:
    """True when the source has Korean twins (then both editions are built)."""
    return 'lang="ko"' in src.read_text(encoding="utf-8")


def main(args: list[str]) -> None:
    os.environ.pop("MPLBACKEND", None)  # the kernel inherits it; figures must be the inline ones
    langs = LANGUAGES
    if "--lang" in args:
        at = args.index("--lang")
        langs, args = (args[at + 1],), args[:at] + args[at + 2:]
    todo = sources()
    if args:
        todo = [s for s in todo if any(s.name.startswith(p) for p in args)]
    if not todo:
        sys.exit(f"no notebook sources match {args}")
    for src in todo:
        for lang in langs:
            if lang == "en" or bilingual(src):
                print(f"{target(src, lang).relative_to(ROOT)}: executed in "
                      f"{build(src, lang):.1f} s", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])

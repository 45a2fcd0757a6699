"""Build the notebooks from their sources and execute them top to bottom.

    python tools/build_notebooks.py            # every notebooks/src/*.py
    python tools/build_notebooks.py 04 07      # only those whose name starts so

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


def sources() -> list[Path]:
    """Every notebook source, in build order."""
    return sorted((NOTEBOOKS / "src").glob("*.py"))


def target(src: Path) -> Path:
    """The notebook ``src`` builds: ``notebooks/src/NN_name.py`` -> ``notebooks/NN_name.ipynb``."""
    return NOTEBOOKS / (src.stem + ".ipynb")


def convert(src: Path) -> nbformat.NotebookNode:
    """The notebook of one source, not executed: its cells, their metadata, stable ids."""
    nb = jupytext.read(src)
    nb.metadata = {"kernelspec": KERNELSPEC,
                   "language_info": {"name": "python"},
                   # RISE: present from JupyterLab with the slideshow metadata of each cell
                   "rise": {"scroll": True, "enable_chalkboard": False}}
    for i, cell in enumerate(nb.cells):
        cell.metadata.pop("lines_to_next_cell", None)
        cell.id = f"cell-{i}"  # stable ids: a rebuild of an unchanged source gives no diff
    return nb


def build(src: Path, timeout: int = 600) -> float:
    """Convert one source to .ipynb and execute it; return the seconds it took to run."""
    nb = convert(src)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOKS)}},
                            store_widget_state=True, record_timing=False)
    start = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - start
    nbformat.write(nb, target(src))
    return seconds


def main(prefixes: list[str]) -> None:
    os.environ.pop("MPLBACKEND", None)  # the kernel inherits it; figures must be the inline ones
    todo = sources()
    if prefixes:
        todo = [s for s in todo if any(s.name.startswith(p) for p in prefixes)]
    if not todo:
        sys.exit(f"no notebook sources match {prefixes}")
    for src in todo:
        print(f"{src.stem}: executed in {build(src):.1f} s", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])

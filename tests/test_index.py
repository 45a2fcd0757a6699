"""The index notebook links the fixed notebook names, every notebook that exists, Binder,
and the lecturers' section of the README."""
import re
from pathlib import Path

import jupytext

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "notebooks" / "src" / "00_index.py"
NAMES = ["01_gradient_descent", "02_chain_rule", "03_symbolic_derivatives", "04_backprop_by_hand",
         "05_delta_rule", "06_matrix_model", "07_digits_lab", "08_explorer", "09_gradient_check",
         "10_android"]
BINDER = "https://mybinder.org/v2/gh/bpkit-edu/bpkit/HEAD?urlpath=lab/tree/notebooks/00_index.ipynb"


def markdown() -> str:
    nb = jupytext.read(SRC)
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def test_links_are_the_fixed_names_in_order():
    links = re.findall(r"\]\((\d\d_\w+)\.ipynb\)", markdown())
    assert links == NAMES


def test_every_existing_notebook_is_linked():
    text = markdown()
    for nb in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        if nb.stem != "00_index":
            assert f"({nb.name})" in text, f"{nb.name} is not linked from the index"


def test_binder_badge_link_and_lecturer_pointer():
    text = markdown()
    assert f"[![Binder](https://mybinder.org/badge_logo.svg)]({BINDER})" in text
    assert "bash scripts/open.sh" in text
    assert "(../README.md#for-lecturers)" in text
    assert "notebooks/solutions/" in text

"""The index notebook of each edition links the fixed notebook names, every notebook that exists,
the other edition, a Binder link per edition, and the lecturers' part of the README."""
import re
from pathlib import Path

import jupytext
import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "notebooks" / "src" / "00_index.py"
NAMES = ["01_gradient_descent", "02_chain_rule", "03_symbolic_derivatives", "04_backprop_by_hand",
         "05_delta_rule", "06_matrix_model", "07_digits_lab", "08_explorer", "09_gradient_check",
         "10_android"]
BINDER = "https://mybinder.org/v2/gh/bpkit-edu/bpkit/HEAD?urlpath=lab/tree/notebooks/{}00_index.ipynb"
BINDER_EN, BINDER_KO = BINDER.format(""), BINDER.format("ko/")
BADGE = "[![Binder](https://mybinder.org/badge_logo.svg)]({})"
# each edition: its Markdown, the link to the other edition, where its notebooks are, its README
EDITIONS = {"en": ("(ko/00_index.ipynb)", ROOT / "notebooks", "(../README.md#for-lecturers)"),
            "ko": ("(../00_index.ipynb)", ROOT / "notebooks" / "ko", "(../../README.ko.md)")}


def markdown(lang: str) -> str:
    nb = jupytext.read(SRC)
    return "\n".join(c.source for c in nb.cells
                     if c.cell_type == "markdown" and c.metadata.get("lang") == lang)


@pytest.mark.parametrize("lang", EDITIONS)
def test_links_are_the_fixed_names_in_order(lang):
    links = re.findall(r"\]\((\d\d_\w+)\.ipynb\)", markdown(lang))
    assert links == NAMES


@pytest.mark.parametrize("lang", EDITIONS)
def test_every_existing_notebook_is_linked(lang):
    text = markdown(lang)
    for nb in sorted(EDITIONS[lang][1].glob("[0-9][0-9]_*.ipynb")):
        if nb.stem != "00_index":
            assert f"({nb.name})" in text, f"{nb.name} is not linked from the {lang} index"


@pytest.mark.parametrize("lang", EDITIONS)
def test_each_index_links_the_other_edition(lang):
    link = EDITIONS[lang][0]
    assert link in markdown(lang)
    other = (SRC.parent.parent / EDITIONS[lang][1].relative_to(ROOT / "notebooks")
             / link.strip("()")).resolve()
    assert other == (ROOT / "notebooks" / ("ko/" if lang == "en" else "") / "00_index.ipynb")
    assert other.exists(), f"the {lang} index links {link}, which is not built"


@pytest.mark.parametrize("lang", EDITIONS)
def test_binder_badges_for_both_editions_and_lecturer_pointer(lang):
    text = markdown(lang)
    assert BADGE.format(BINDER_EN) in text and BADGE.format(BINDER_KO) in text
    # the edition's own Binder link comes first
    own, other = (BINDER_EN, BINDER_KO) if lang == "en" else (BINDER_KO, BINDER_EN)
    assert text.index(own) < text.index(other)
    assert "bash scripts/open.sh" in text
    assert EDITIONS[lang][2] in text
    assert "notebooks/solutions/" in text


def test_the_index_shows_the_glossary_and_the_crosswalk():
    nb = jupytext.read(SRC)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    heads = [c.source.splitlines()[0] for c in nb.cells if c.cell_type == "markdown"]
    assert "glossary.glossary_table(0, len(glossary.TERMS) // 2)" in code
    assert "glossary.glossary_table(len(glossary.TERMS) // 2)" in code
    assert "notation.crosswalk_table()" in code
    assert heads.count("## 용어집 / Glossary") == 2

"""One catalogue, two languages: every ``_("...")`` in bpkit and in the notebook sources has its
Korean, with the same {fields}; the Korean follows the glossary; the language switch works."""
from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

import bpkit.i18n as i18n
from bpkit.errors import UnknownNameError
from bpkit.i18n import _, glossary
from bpkit.i18n.ko import KO

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "bpkit").rglob("*.py")) + sorted((ROOT / "notebooks" / "src").glob("*.py"))


def msgids(path: Path) -> list[tuple[str, int]]:
    """Every string literal passed as the first argument of a call to ``_``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(node.args[0].value, node.lineno) for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "_" and node.args and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)]


USED = {(m, f"{p.relative_to(ROOT)}:{line}") for p in SOURCES for m, line in msgids(p)}
NOTES = {t.note for t in glossary.TERMS if t.note}


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_the_catalogue_is_found_and_used():
    assert len(USED) >= 4 and len(KO) >= 4


@pytest.mark.parametrize("msgid,where", sorted(USED))
def test_every_message_has_its_korean(msgid, where):
    assert msgid in KO, f"{where}: no Korean for {msgid!r} (add it to bpkit/i18n/ko/)"
    assert fields(KO[msgid]) == fields(msgid), \
        f"{where}: the Korean of {msgid!r} has other {{fields}}"


def test_no_korean_entry_is_unused():
    used = {m for m, _ in USED} | NOTES
    assert sorted(set(KO) - used) == []


def test_a_key_in_two_modules_has_one_korean():
    import importlib
    import pkgutil

    import bpkit.i18n.ko as ko
    seen: dict[str, tuple[str, str]] = {}
    for info in pkgutil.iter_modules(ko.__path__):
        for key, value in importlib.import_module(f"bpkit.i18n.ko.{info.name}").KO.items():
            if key in seen:
                assert seen[key][1] == value, \
                    f"{key!r}: {seen[key][0]} and {info.name} disagree"
            seen[key] = (info.name, value)


@pytest.mark.parametrize("term", glossary.TERMS, ids=lambda t: t.en)
def test_the_korean_avoids_what_the_glossary_avoids(term):
    for bad in term.avoid:   # a regular expression: "덱" but not the 덱 of 인덱스
        offenders = [k for k, v in KO.items() if re.search(bad, v)]
        assert not offenders, \
            f"{bad!r} (use {term.ko!r} for {term.en!r}) in the Korean of {offenders[:3]}"


def _korean_prose():
    """(notebook, line) for every line of the Korean Markdown cells of the notebook sources,
    slide quotations (lines starting "> ") left out: they stay verbatim."""
    for path in sorted((ROOT / "notebooks" / "src").glob("*.py")):
        for cell in re.split(r"^# %%", path.read_text(), flags=re.M):
            head, _nl, body = cell.partition("\n")
            if 'lang="ko"' in head:
                yield from ((path.name, line) for line in body.splitlines()
                            if not line.startswith("# >"))


@pytest.mark.parametrize("term", [t for t in glossary.TERMS if t.avoid], ids=lambda t: t.en)
def test_the_notebooks_korean_avoids_what_the_glossary_avoids(term):
    offenders = [(name, line) for name, line in _korean_prose()
                 if any(re.search(bad, line) for bad in term.avoid)]
    assert not offenders, f"use {term.ko!r} for {term.en!r}: {offenders[:3]}"


def test_language_switch():
    try:
        assert _("Korean") == "Korean"
        i18n.set_language("ko")
        assert i18n.get_language() == "ko" and _("Korean") == "한국어"
        assert _("no such message {x}", x=1) == "no such message 1"     # falls back to English
        with pytest.raises(UnknownNameError, match="'fr'"):
            i18n.set_language("fr")
        assert i18n.get_language() == "ko"   # a failed call changes nothing
    finally:
        i18n.set_language("en")
    assert _("Korean") == "Korean"


def test_korean_figures_have_every_glyph(korean, every_glyph):
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots()
    ax.set_title("오차역전파 δ = ∂E/∂net, −1")
    every_glyph(fig)

"""Hangul in figures: the NanumGothic font that ships inside bpkit (SIL Open Font License,
see ``fonts/OFL.txt``), so a Korean figure renders the same on Binder, a laptop and CI.

matplotlib (≥ 3.6) falls back glyph by glyph along ``font.family``: Latin letters, digits and
math stay in DejaVu Sans, Hangul comes from NanumGothic, and no glyph is missing.
"""
from __future__ import annotations

from pathlib import Path

FONT_DIR = Path(__file__).parent / "fonts"
FAMILY = "NanumGothic"
FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")


def path(bold: bool = False) -> Path:
    """The bundled font file (for PIL, which draws the explorer's diagram)."""
    return FONT_DIR / FILES[bool(bold)]


def use() -> None:
    """Register NanumGothic with matplotlib and put it after DejaVu Sans in ``font.family``."""
    import matplotlib
    from matplotlib import font_manager

    known = {f.name for f in font_manager.fontManager.ttflist}
    if FAMILY not in known:
        for name in FILES:
            font_manager.fontManager.addfont(str(FONT_DIR / name))
    families = [f for f in matplotlib.rcParams["font.family"] if f != FAMILY]
    if families == ["sans-serif"]:  # the default: name the first sans-serif font explicitly
        families = matplotlib.rcParams["font.sans-serif"][:1]
    matplotlib.rcParams["font.family"] = families + [FAMILY]

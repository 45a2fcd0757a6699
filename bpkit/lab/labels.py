"""Text on the explorer's diagram: ``Label``, drawn by PIL onto the rendered canvas.

matplotlib lays out and rasterises every text on every draw (about 3 ms each here); PIL's
FreeType text takes a few µs, which keeps a slider step of the explorer fast.

PIL has no font fallback, and NanumGothic (the bundled Hangul font, ``bpkit.i18n.fonts``) draws
subscripts and ∂ too small and lacks ₀ and "−": a line with Hangul (the Korean edition's titles
and footer) is cut into ``runs``, its Hangul drawn in NanumGothic and everything else in DejaVu
Sans on the same baseline, so numbers and symbols look as in the English diagram.
"""
from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

import matplotlib
from matplotlib.colors import to_rgba
from PIL import ImageDraw, ImageFont

from ..i18n import fonts


@cache
def _font(bold: bool, px: float, hangul: bool = False) -> ImageFont.FreeTypeFont:
    if hangul:
        path = fonts.path(bold)
    else:
        name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
        path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name
    return ImageFont.truetype(str(path), size=max(round(px), 6))


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or "\u3130" <= ch <= "\u318f" or "\u1100" <= ch <= "\u11ff"


def has_hangul(text: str) -> bool:
    """True if ``text`` holds a Hangul syllable or jamo (then NanumGothic draws those)."""
    return not text.isascii() and any(_is_hangul(ch) for ch in text)


def runs(text: str) -> list:
    """``text`` cut into [(piece, is Hangul)]: Hangul pieces are drawn in NanumGothic, the rest
    (numbers, δ, ∂, subscripts) in DejaVu Sans, as in the English diagram. A space joins the
    piece before it."""
    out: list = []
    for ch in text:
        h = _is_hangul(ch)
        if ch == " " and out:
            h = out[-1][1]
        if out and out[-1][1] == h:
            out[-1][0] += ch
        else:
            out.append([ch, h])
    return [(piece, h) for piece, h in out]


@lru_cache(maxsize=256)
def _rgb(colour) -> tuple:
    return tuple(round(255 * c) for c in to_rgba(colour))


class Label:
    """A text drawn with PIL after matplotlib has drawn lines and patches.

    matplotlib lays out and rasterises every text on every draw (about 3 ms each here);
    PIL's FreeType text takes a few µs, which keeps a slider step of the explorer fast.
    Same font as matplotlib (DejaVu Sans), NanumGothic for a text with Hangul. ``x, y`` are
    data coordinates, or axes fractions with ``axes=True``; ``anchor`` is PIL's two-letter
    anchor (l/m/r, a/m/d); ``box`` is (fill, outline) of a background box or None.
    """

    def __init__(self, x, y, text, px, anchor, color, bold, box, axes):
        self.x, self.y, self.px, self.anchor = x, y, px, anchor
        self.color, self.bold, self.box, self.axes, self.visible = color, bold, box, axes, True
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.text = str(text)
        self.hangul = has_hangul(self.text)

    def get_text(self) -> str:
        return self.text

    def set_color(self, color) -> None:
        self.color = color

    def set_visible(self, visible: bool) -> None:
        self.visible = bool(visible)

    def draw(self, draw: ImageDraw.ImageDraw, ax, height: int) -> None:
        if not (self.visible and self.text):
            return
        tr = ax.transAxes if self.axes else ax.transData
        px, py = tr.transform((self.x, self.y))
        xy = (float(px), float(height - py))
        multi = "\n" in self.text
        if self.hangul and not multi:
            self._draw_mixed(draw, xy)
            return
        font = _font(self.bold, self.px, self.hangul)
        text_fn = draw.multiline_text if multi else draw.text
        bbox_fn = draw.multiline_textbbox if multi else draw.textbbox
        kw = {"font": font, "anchor": self.anchor}
        if multi:
            kw["align"] = "center"
        if self.box is not None:
            x0, y0, x1, y1 = bbox_fn(xy, self.text, **kw)
            pad = 2 if self.box[1] is None else 4
            draw.rectangle((x0 - pad, y0 - pad, x1 + pad, y1 + pad), fill=_rgb(self.box[0]),
                           outline=None if self.box[1] is None else _rgb(self.box[1]),
                           width=2)
        text_fn(xy, self.text, fill=_rgb(self.color), **kw)

    def _draw_mixed(self, draw: ImageDraw.ImageDraw, xy: tuple) -> None:
        """One line with Hangul: each piece of ``runs`` in its font, on one baseline."""
        pieces = [(piece, _font(self.bold, self.px, h)) for piece, h in runs(self.text)]
        total = sum(font.getlength(piece) for piece, font in pieces)
        ascent, descent = _font(self.bold, self.px).getmetrics()
        x = xy[0] - {"l": 0.0, "m": total / 2, "r": total}[self.anchor[0]]
        base = xy[1] + {"a": ascent, "m": (ascent - descent) / 2, "s": 0.0,
                        "d": -descent}[self.anchor[1]]
        places = []
        for piece, font in pieces:
            places.append((x, piece, font))
            x += font.getlength(piece)
        if self.box is not None:
            boxes = [draw.textbbox((px, base), piece, font=font, anchor="ls")
                     for px, piece, font in places]
            pad = 2 if self.box[1] is None else 4
            draw.rectangle((min(b[0] for b in boxes) - pad, min(b[1] for b in boxes) - pad,
                            max(b[2] for b in boxes) + pad, max(b[3] for b in boxes) + pad),
                           fill=_rgb(self.box[0]),
                           outline=None if self.box[1] is None else _rgb(self.box[1]), width=2)
        for px, piece, font in places:
            draw.text((px, base), piece, font=font, anchor="ls", fill=_rgb(self.color))

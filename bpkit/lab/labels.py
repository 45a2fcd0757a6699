"""Text on the explorer's diagram: ``Label``, drawn by PIL onto the rendered canvas.

matplotlib lays out and rasterises every text on every draw (about 3 ms each here); PIL's
FreeType text takes a few µs, which keeps a slider step of the explorer fast.
"""
from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

import matplotlib
from matplotlib.colors import to_rgba
from PIL import ImageDraw, ImageFont


@cache
def _font(bold: bool, px: float) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name),
                              size=max(round(px), 6))


@lru_cache(maxsize=256)
def _rgb(colour) -> tuple:
    return tuple(round(255 * c) for c in to_rgba(colour))


class Label:
    """A text drawn with PIL after matplotlib has drawn lines and patches.

    matplotlib lays out and rasterises every text on every draw (about 3 ms each here);
    PIL's FreeType text takes a few µs, which keeps a slider step of the explorer fast.
    Same font as matplotlib (DejaVu Sans). ``x, y`` are data coordinates, or axes fractions
    with ``axes=True``; ``anchor`` is PIL's two-letter anchor (l/m/r, a/m/d); ``box`` is
    (fill, outline) of a background box or None.
    """

    def __init__(self, x, y, text, px, anchor, color, bold, box, axes):
        self.x, self.y, self.text, self.px, self.anchor = x, y, text, px, anchor
        self.color, self.bold, self.box, self.axes, self.visible = color, bold, box, axes, True

    def set_text(self, text: str) -> None:
        self.text = str(text)

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
        font = _font(self.bold, self.px)
        multi = "\n" in self.text
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

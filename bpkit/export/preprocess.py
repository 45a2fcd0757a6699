"""A drawing → the 64 intensities (0–16) a digits image holds, as the data set made them.

scikit-learn's digits come from UCI's "optical recognition of handwritten digits": each digit
was a 32×32 black-and-white bitmap, cut into 8×8 blocks of 4×4 pixels, and each intensity is
the number of inked pixels in its block (0–16). ``to_digit_pixels`` does the same to a
drawing: crop to the ink, centre it in a square, sample that square as a 32×32 bitmap
(nearest pixel at each cell's centre) and count the ink in each 4×4 block.
``phone/app.js`` (``toDigitPixels``) is the same code line for line; a test checks that both
give the same 64 numbers.
"""
from __future__ import annotations

import math

import numpy as np

from ..errors import BpkitError
from ..i18n import _

GRID, BLOCK = 32, 4  # the UCI bitmap and its blocks: 32 / 4 = 8 intensities a side


class DrawingError(BpkitError):
    """A drawing that cannot become a digit: empty, too small, or not an image."""


def to_digit_pixels(ink, threshold: float = 0.5, min_fraction: float = 1 / 8) -> np.ndarray:
    """Turn a drawing into one digits sample: 64 intensities 0–16.

    Parameters
    ----------
    ink : array_like, shape (height, width)
        How much ink each pixel holds, 0 (blank) to 1 (inked); a canvas' alpha / 255.
    threshold : float
        A pixel counts as inked when ``ink >= threshold`` (the bitmaps were black and white).
    min_fraction : float
        The drawing's larger side must span at least this fraction of the canvas' smaller
        side (and 2 pixels): a dot or a 1×1 scribble is not a digit.

    Returns
    -------
    ndarray, shape (64,), float64
        Integers 0–16, row by row, as ``sklearn.datasets.load_digits().data`` stores them;
        divide by 16 for ``bp.load_digits_split``'s scale.

    Raises
    ------
    DrawingError
        ``ink`` is not a 2-D array of numbers in [0, 1], nothing is drawn, or the drawing is
        too small (the message gives its size and the minimum).
    """
    try:
        ink = np.asarray(ink, dtype=np.float64)
    except (TypeError, ValueError):
        raise DrawingError(_("the drawing must be a 2-D array of numbers in [0, 1]")) from None
    if ink.ndim != 2 or min(ink.shape) < 1:
        raise DrawingError(_("the drawing must be a 2-D array (height, width); got shape "
                             "{shape}", shape=ink.shape))
    if not np.isfinite(ink).all() or ink.min() < 0 or ink.max() > 1:
        raise DrawingError(_("the drawing's ink values must be finite numbers in [0, 1]"))
    inked = ink >= threshold
    if not inked.any():
        raise DrawingError(_("nothing is drawn: draw a digit first"))
    height, width = inked.shape
    rows, cols = np.flatnonzero(inked.any(axis=1)), np.flatnonzero(inked.any(axis=0))
    r0, r1, c0, c1 = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1     # the ink's box
    side = max(r1 - r0, c1 - c0)
    need = max(2, math.ceil(min(height, width) * min_fraction))
    if side < need:
        raise DrawingError(_("the drawing is too small: it spans {side} pixel(s), a digit needs "
                             "at least {need} (draw it larger)", side=side, need=need))
    # the square of that side, centred on the ink; pixel r covers [r, r + 1)
    top, left = (r0 + r1) / 2 - side / 2, (c0 + c1) / 2 - side / 2
    centres = (np.arange(GRID) + 0.5) * side / GRID
    r = np.floor(top + centres).astype(int)
    c = np.floor(left + centres).astype(int)
    inside_r, inside_c = (r >= 0) & (r < height), (c >= 0) & (c < width)
    bitmap = inked[np.clip(r, 0, height - 1)][:, np.clip(c, 0, width - 1)]
    bitmap &= inside_r[:, None] & inside_c[None, :]          # outside the canvas is blank
    counts = bitmap.reshape(GRID // BLOCK, BLOCK, GRID // BLOCK, BLOCK).sum(axis=(1, 3))
    return counts.reshape(-1).astype(np.float64)

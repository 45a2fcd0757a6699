"""Small tables for notebooks: deterministic HTML and text, no pandas needed."""
from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence


def html_table(head: Sequence[str], rows: Sequence[Sequence], caption: str | None = None) -> str:
    """An HTML table with a header row; cells are shown with ``str``."""
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    th = "".join(f"<th>{html.escape(str(h))}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>"
                   for r in rows)
    return f"<table>{cap}<thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


class Table:
    """A table that a notebook shows as HTML and a terminal as aligned text.

    ``Table(["symbol", "value"], [["net_H1", "0.3775"], ...], caption="...")``
    Numbers are formatted with ``fmt`` (default 6 significant digits).
    """

    def __init__(self, head: Sequence[str], rows: Sequence[Sequence], caption: str | None = None,
                 fmt: str = "{:.6g}"):
        self.head = [str(h) for h in head]
        self.rows = [[fmt.format(c) if isinstance(c, (float, int)) and not isinstance(c, bool)
                      else _fmt_other(c, fmt) for c in r] for r in rows]
        self.caption = caption

    def _repr_html_(self) -> str:
        return html_table(self.head, self.rows, self.caption)

    def __repr__(self) -> str:
        rows = [self.head] + self.rows
        widths = [max(width(r[i]) for r in rows) for i in range(len(self.head))]
        lines = ["  ".join(c + " " * (w - width(c)) for c, w in zip(r, widths)).rstrip()
                 for r in rows]
        return "\n".join(([self.caption] if self.caption else []) + lines)


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fmt_other(c, fmt: str) -> str:
    try:
        import numpy as np
        if isinstance(c, np.generic) and np.issubdtype(type(c), np.number):
            return fmt.format(float(c))
    except ImportError:  # pragma: no cover
        pass
    return str(c)

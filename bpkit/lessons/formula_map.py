"""Where each of deck 003's formulas lives in bpkit ("formula → file:line → code"), read from
the source.

Each formula is found by a marker in the comment of the line that computes it (``# ∂b_k = δ_k``
in ``layers.dense_backward``), so the table notebook 05 shows is generated from the code and
stays true when the code moves; a marker that disappears raises instead of showing a stale line.
"""
from __future__ import annotations

import ast
import inspect
import textwrap
from pathlib import Path

from ..errors import BpkitError

__all__ = ["find_line", "formula_locations"]

# the repository root: file names are shown relative to it ("bpkit/layers.py")
_ROOT = Path(__file__).resolve().parents[2]


# (formula as deck 003 writes it, module or function whose source holds it, marker in the comment
# of that line). The hidden-layer formulas are the output-layer ones with the indices renamed, so
# bpkit computes them in the same lines.
def _formula_sites():
    from .. import layers, mlp
    return [
        ("δ_k = ∂E/∂y_k · ∂y_k/∂u_k", mlp, "δ_k = ∂E/∂y_k"),
        ("∂w_jk = y_j δ_k", layers.dense_backward, "∂w_jk = y_j δ_k"),
        ("∂b_k = δ_k", layers.dense_backward, "∂b_k = δ_k"),
        ("∂y_j = Σ_r δ_r w_jr", layers.dense_backward, "∂y_j = Σ_r δ_r w_jr"),
        ("δ_j = ∂y_j · ∂y_j/∂u_j", mlp, "δ_j = ∂y_j · f'(u_j)"),
        ("∂w_ij = y_i δ_j", layers.dense_backward, "∂w_jk = y_j δ_k"),
        ("∂b_j = δ_j", layers.dense_backward, "∂b_k = δ_k"),
        ("∂y_i = Σ_q δ_q w_iq", layers.dense_backward, "∂y_j = Σ_r δ_r w_jr"),
    ]


def find_line(obj, marker: str) -> tuple[str, int, str]:
    """Where ``marker`` occurs in a comment in the source of ``obj`` (a module, class or function).

    Returns
    -------
    (file, line, code) : (str, int, str)
        The file relative to the repository root ("bpkit/layers.py"), the line number of the
        first line whose comment holds ``marker``, and the whole statement on that line without
        its comments.

    Raises BpkitError if no comment in the source holds the marker (the table would be out of date).
    """
    lines, start = inspect.getsourcelines(obj)
    start = max(start, 1)                       # a module's source starts at line 1, reported as 0
    hits = [i for i, line in enumerate(lines) if "#" in line and marker in line.split("#", 1)[1]]
    if not hits:
        name = getattr(obj, "__qualname__", getattr(obj, "__name__", repr(obj)))
        raise BpkitError(f"{marker!r} not found in a comment in the source of {name}")
    i = hits[0]
    src = textwrap.dedent("".join(lines))
    code = lines[i].split("#")[0].strip()
    for node in ast.walk(ast.parse(src)):   # the simple statement (no body) that spans the line
        if isinstance(node, ast.stmt) and not hasattr(node, "body"):
            if node.lineno <= i + 1 <= node.end_lineno:
                seg = ast.get_source_segment(src, node)
                code = " ".join(part.split("#")[0].strip() for part in seg.splitlines())
    path = Path(inspect.getsourcefile(obj)).resolve()
    return path.relative_to(_ROOT).as_posix(), start + i, code


def formula_locations() -> list[tuple[str, str, str]]:
    """Rows (formula, "file:line", code) for deck 003's eight formulas, found in bpkit's source."""
    rows = []
    for formula, obj, marker in _formula_sites():
        rel, line, code = find_line(obj, marker)
        rows.append((formula, f"{rel}:{line}", code))
    return rows

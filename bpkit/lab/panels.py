"""The explorer's read-outs as HTML and PNG: the deltas panel, the nudge-test table and the
loss curve. Pure drawing of an ``ExplorerState``; no widgets."""
from __future__ import annotations

import html
import io

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image

from ..i18n import _
from . import explorer_state as es
from .diagram_style import fmt

_CSS = """<style>
.bp-deltas table {border-collapse: collapse; font-size: 13px; font-family: monospace;}
.bp-deltas td, .bp-deltas th {padding: 1px 6px; text-align: right;}
.bp-deltas .bp-bar {height: 10px; display: inline-block;}
.bp-nudge table {border-collapse: collapse; font-size: 13px;}
.bp-nudge td {padding: 1px 8px;}
</style>"""


def deltas_html(state: es.ExplorerState, visible=None) -> str:
    """The deltas panel: δ of every unit as a number and a bar (log scale: 1e-8 … 1), with the
    mean |δ| of each layer. Cells carry ``id="bp-delta-O1"`` etc. and ``data-value`` (full
    precision) so a browser test can read them; hidden δ (step-through) show '?'."""
    rows = es.delta_rows(state)
    out = [_CSS, (f'<div class="bp-deltas"><table><tr><th>{_("unit")}</th><th>δ = ∂E/∂net</th>'
                  f'<th style="text-align:left">{_("|δ| (log scale)")}</th></tr>')]
    last = None
    for l, _unit, name, v, scale in rows:
        key = name.replace("δ_", "")
        if l != last:
            shown = visible is None or l in visible
            layer = (_("layer {l} (output)", l=l) if l == state.net.n_layers else
                     _("layer {l} (hidden)", l=l))
            out.append(f'<tr><td colspan="3" style="text-align:left;border-top:1px solid #ccc">'
                       f'<b>{layer}</b>, {_("mean |δ|")} = <span class="bp-delta-mean" '
                       f'id="bp-delta-mean-{l}">{fmt(scale) if shown else "?"}</span></td></tr>')
            last = l
        if not shown:
            out.append(f'<tr><td>δ<sub>{key}</sub></td><td class="bp-delta" id="bp-delta-{key}" '
                       f'data-value="">?</td><td></td></tr>')
            continue
        width = 0.0 if v == 0 else float(np.clip((np.log10(abs(v)) + 8) / 8, 0, 1)) * 160
        colour = "#cc2a24" if v > 0 else "#2159bf"
        out.append(f'<tr><td>δ<sub>{key}</sub></td><td class="bp-delta" id="bp-delta-{key}" '
                   f'data-value="{v!r}">{fmt(v)}</td><td style="text-align:left">'
                   f'<span class="bp-bar" style="width:{width:.0f}px;background:{colour}"></span>'
                   f'</td></tr>')
    out.append("</table></div>")
    return "".join(out)


def nudge_html(n: es.Nudge) -> str:
    """The nudge test as a small table: prediction ∂E/∂w·ε, real change, relative error."""
    name = html.escape(n.ref.label())
    verdict = (_("agree") if n.rel_error < 1e-2 else
               _("differ: ε is too large for a straight line"))
    rows = [("∂E/∂" + name, fmt(n.grad)), ("ε", f"{n.eps:.1e}"),
            (_("prediction ∂E/∂w · ε"),
             f'<span id="bp-nudge-predicted">{n.predicted:.6e}</span>'),
            (_("real change E(w+ε) − E(w)"),
             f'<span id="bp-nudge-actual">{n.actual:.6e}</span>'),
            (_("relative error"),
             f'<span id="bp-nudge-rel">{n.rel_error:.2e}</span> ({verdict})')]
    body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    return (f'{_CSS}<div class="bp-nudge"><b>{_("Nudge test for {name}", name=name)}</b>'
            f"<table>{body}</table></div>")


class LossCurve:
    """A small loss-against-step figure drawn once; ``png(history)`` moves its line.

    Fixed margins (no constrained layout, which costs more than the drawing) and the same
    Agg + PIL encoding as the diagram: a click on "SGD step" stays quick.
    """

    def __init__(self, width: float = 4.2, height: float = 2.4, dpi: int = 80):
        self.fig = Figure(figsize=(width, height), dpi=dpi)
        self.fig.subplots_adjust(left=0.17, right=0.97, bottom=0.2, top=0.88)
        self.canvas = FigureCanvasAgg(self.fig)
        self.ax = self.fig.add_subplot()
        self.line, = self.ax.plot([], [], "-o", ms=2.5, color="#6a3d9a")
        self.ax.set_xlabel(_("SGD steps"))
        self.ax.set_ylabel("E")
        self.ax.grid(alpha=0.3)

    def png(self, history) -> bytes:
        h = np.asarray(history, dtype=float)
        self.line.set_data(np.arange(h.size), h)
        self.ax.set_xlim(0, max(h.size - 1, 1))
        top = float(h.max()) if h.size else 1.0
        self.ax.set_ylim(0, top * 1.08 if top > 0 else 1.0)
        self.ax.set_title(_("E = {E:.4g} after {n} steps", E=h[-1], n=h.size - 1) if h.size else
                          _("no steps yet"), fontsize=10)
        self.canvas.draw()
        buf = io.BytesIO()
        Image.fromarray(np.asarray(self.canvas.buffer_rgba())[..., :3]).save(
            buf, format="png", compress_level=1)
        return buf.getvalue()

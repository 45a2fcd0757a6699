"""A network diagram drawn once and updated in place (notebook 08's explorer).

Nodes show each unit's out and δ, edges each weight (red positive, blue negative, width
for size) and, on request, ∂E/∂w. ``NetworkDiagram`` creates its circles, lines and texts
once; ``update`` only sets colours, widths and texts, and ``png`` renders the Agg canvas to
PNG bytes for an ``ipywidgets.Image``: no pyplot, no ipympl, no figure rebuilt per step.
matplotlib draws the lines and patches; the texts are ``Label``s (``bpkit.lab.labels``) that
PIL writes onto the rendered image (in NanumGothic where a text holds Hangul, see ``labels``).
Colours, widths and number format: ``diagram_style``.
Parameter names: ``bpkit.lessons.notation`` (w'₁₁, b₁ as deck 002 writes them).
"""
from __future__ import annotations

import io
from collections.abc import Sequence

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Circle, FancyBboxPatch
from PIL import Image, ImageDraw

from ..i18n import _
from ..lessons.notation import bias_name, layer_letter, weight_name
from .diagram_style import (
    DELTA_COLOUR,
    GRAD_COLOUR,
    MAX_WIDTH,
    NEG,
    POS,
    SELECT_COLOUR,
    _place_label,
    edge_colour,
    edge_width,
    fmt,
    node_colour,
    sub,
)
from .labels import Label

__all__ = [
    "DELTA_COLOUR",
    "GRAD_COLOUR",
    "MAX_WIDTH",
    "NEG",
    "POS",
    "SELECT_COLOUR",
    "Label",
    "NetworkDiagram",
    "edge_colour",
    "edge_width",
    "fmt",
    "node_colour",
    "sub",
]


class NetworkDiagram:
    """The diagram of a fully connected net with ``sizes`` units per layer.

    Parameters
    ----------
    sizes : sequence of int
        Units per layer, input first (deck 002's net is ``[3, 4, 2]``).
    bias : {"shared", "unit", "none"}
        A bias node per layer; shared biases (deck 002's b1, b2) carry one value.
    width : figure width in inches (the height follows the layout); dpi : PNG resolution.
    """

    def __init__(self, sizes: Sequence[int], bias: str = "shared", width: float = 8.0,
                 dpi: int = 90):
        self.sizes = [int(s) for s in sizes]
        self.bias = bias
        self.dpi = dpi
        self.fig = Figure(figsize=(width, 0.6 * width), dpi=dpi)
        self.canvas = FigureCanvasAgg(self.fig)
        ax = self.fig.add_axes((0.0, 0.0, 1.0, 1.0))
        ax.set_axis_off()
        self.ax = ax
        self.labels = []
        L = len(self.sizes) - 1
        n_max = max(self.sizes)
        self.xs = [0.6 + 3.0 * l for l in range(L + 1)]
        self.pos = [[(self.xs[l], (n - 1) / 2 - k) for k in range(n)]
                    for l, n in enumerate(self.sizes)]
        bottom = -(n_max - 1) / 2 - 1.05
        xlim, ylim = (-0.4, self.xs[-1] + 1.4), (bottom - 0.95, (n_max - 1) / 2 + 0.85)
        ax.set_xlim(*xlim)
        ax.set_ylim(*ylim)
        # the figure's height follows the data, so circles stay round
        self.fig.set_size_inches(width, width * (ylim[1] - ylim[0]) / (xlim[1] - xlim[0]))
        self.r = 0.30
        # edges first so nodes cover their ends
        self.edges, self.edge_texts = [], []
        placed = [p for layer in self.pos for p in layer]   # label positions taken (and units)
        # the selected parameter: a yellow halo under its edge, moved by set_data
        self.halo, = ax.plot([], [], lw=10, color=SELECT_COLOUR, alpha=0.8, zorder=0.5,
                             solid_capstyle="round")
        for l in range(L):
            n_in, n_out = self.sizes[l], self.sizes[l + 1]
            lines = np.empty((n_in, n_out), dtype=object)
            texts = np.empty((n_in, n_out), dtype=object)
            for i in range(n_in):
                for j in range(n_out):
                    (x0, y0), (x1, y1) = self.pos[l][i], self.pos[l + 1][j]
                    lines[i, j], = ax.plot([x0, x1], [y0, y1], lw=1, solid_capstyle="round",
                                           zorder=1)
                    f = _place_label(x0, y0, x1, y1, placed)
                    placed.append((x0 + f * (x1 - x0), y0 + f * (y1 - y0)))
                    texts[i, j] = self._text(*placed[-1], size=7, color=GRAD_COLOUR,
                                             box=("#ffffffcc", None))
            self.edges.append(lines)
            self.edge_texts.append(texts)
        # bias nodes: one square under each layer's inputs, dashed edges into the layer
        self.bias_nodes, self.bias_edges, self.bias_texts = [], [], []
        self.bias_edge_texts = []
        if bias != "none":
            for l in range(L):
                bx, by = self.xs[l] + 0.9, bottom
                es = [ax.plot([bx, x1], [by, y1], lw=1, ls=(0, (3, 2)), zorder=1)[0]
                      for (x1, y1) in self.pos[l + 1]]
                box = FancyBboxPatch((bx - 0.32, by - 0.2), 0.64, 0.4, boxstyle="round,pad=0.02",
                                     fc="#f4f4f4", ec="#555", zorder=3)
                ax.add_patch(box)
                t = self._text(bx, by, size=8)
                texts = []
                for (x1, y1) in self.pos[l + 1] if bias == "unit" else []:
                    f = _place_label(bx, by, x1, y1, placed)
                    placed.append((bx + f * (x1 - bx), by + f * (y1 - by)))
                    texts.append(self._text(*placed[-1], size=7, color=GRAD_COLOUR,
                                            box=("#ffffffcc", None)))
                self.bias_edge_texts.append(texts)
                self.bias_nodes.append(box)
                self.bias_edges.append(es)
                self.bias_texts.append(t)
        # units: circle, out inside, δ below, name above
        self.circles, self.out_texts, self.delta_texts = [], [], []
        for l in range(len(self.sizes)):
            cs, os_, ds = [], [], []
            for k, (x, y) in enumerate(self.pos[l]):
                c = Circle((x, y), self.r, fc="white", ec="#333", lw=1.4, zorder=3)
                ax.add_patch(c)
                cs.append(c)
                os_.append(self._text(x, y, size=8.5))
                ds.append(self._text(x, y - self.r - 0.13, size=8, color=DELTA_COLOUR, bold=True,
                                     box=("#ffffffcc", None)))
                name = ("x" if l == 0 else layer_letter(l, L)) + sub(k + 1)
                self._text(x - self.r * 0.75, y + self.r * 0.75, name, size=8, anchor="rd",
                           color="#444")
            self.circles.append(cs)
            self.out_texts.append(os_)
            self.delta_texts.append(ds)
        self.title = self._text(0.01, 0.985, size=10, anchor="la", bold=True, axes=True)
        self.loss_text = self._text(0.99, 0.985, size=10, anchor="ra", axes=True)
        self.selected_text = self._text(0.5, 0.015, size=9.5, anchor="md", axes=True,
                                        box=("white", SELECT_COLOUR))
        self.target_texts = [self._text(x + self.r + 0.12, y, size=8, anchor="lm", color="#444")
                             for (x, y) in self.pos[-1]]

    def _text(self, x, y, text: str = "", *, size: float = 8, anchor: str = "mm",
              color="black", bold: bool = False, box=None, axes: bool = False) -> Label:
        """A text label drawn by PIL onto the rendered canvas (see ``Label``)."""
        label = Label(x, y, text, size * self.dpi / 72, anchor, color, bold, box, axes)
        self.labels.append(label)
        return label

    def update(self, fwd, bwd, weights, biases, *, outs=None, deltas=None, grads=None,
               show_grads: bool = False, target=None, loss=None, selected=None, title: str = "",
               activations=None) -> None:
        """Set colours, widths and texts from bpkit's records; nothing is created.

        Parameters
        ----------
        fwd, bwd : bpkit Forward / Backward of one sample (row 0 is shown).
        weights, biases : the net's parameters (biases [] for bias="none").
        outs, deltas, grads : layers whose out (0 = inputs), δ (1..L) and ∂E/∂W (0..L−1) are
            visible (all when None). ∂E/∂w shows on edges only with ``show_grads``.
        selected : ("W", l, i, j) or ("b", l, j) tuple to highlight, or None.
        """
        L = len(self.sizes) - 1
        outs = range(L + 1) if outs is None else outs
        deltas = range(1, L + 1) if deltas is None else deltas
        grads = range(L) if grads is None else grads
        acts = activations or ["sigmoid"] * L
        for l in range(L + 1):
            vals = fwd.X[0] if l == 0 else fwd.outs[l - 1][0]
            for k, c in enumerate(self.circles[l]):
                shown = l in outs
                c.set_facecolor(node_colour(vals[k], acts[l - 1]) if shown and l > 0 else "white")
                self.out_texts[l][k].set_text(fmt(vals[k]) if shown else "?")
                d = (l in deltas) and l > 0
                self.delta_texts[l][k].set_text(
                    f"δ={fmt(bwd.deltas[l - 1][0][k])}" if d else "")
        for l in range(L):
            W = weights[l]
            for (i, j), line in np.ndenumerate(self.edges[l]):
                w = float(W[i, j])
                line.set_color(edge_colour(w, 0.75))
                line.set_linewidth(edge_width(w))
                self.edge_texts[l][i, j].set_text(
                    fmt(bwd.dW[l][i, j]) if show_grads and l in grads else "")
            if self.bias_nodes:
                b = np.broadcast_to(np.asarray(biases[l], dtype=float), (self.sizes[l + 1],))
                for j, e in enumerate(self.bias_edges[l]):
                    e.set_color(edge_colour(b[j], 0.6))
                    e.set_linewidth(edge_width(b[j]) * 0.7)
                sel_b = selected is not None and selected[0] == "b" and selected[1] == l
                self.bias_nodes[l].set_edgecolor(SELECT_COLOUR if sel_b else "#555")
                self.bias_nodes[l].set_linewidth(3.0 if sel_b else 1.0)
                if self.bias == "shared":
                    txt = f"{bias_name(l + 1, style='unicode')}={fmt(b[0])}"
                    if show_grads and l in grads:
                        txt += f"\n∂E/∂b={fmt(bwd.db[l])}"
                else:
                    txt = _("{b} per unit", b=bias_name(l + 1, style="unicode"))
                    for j, t in enumerate(self.bias_edge_texts[l]):
                        t.set_text(fmt(bwd.db[l][j]) if show_grads and l in grads else "")
                self.bias_texts[l].set_text(txt)
        self._select(selected, weights, biases, bwd, show_grads, grads)
        for k, t in enumerate(self.target_texts):
            t.set_text("" if target is None else f"t{sub(k + 1)}={fmt(target[k])}")
        self.loss_text.set_text("" if loss is None else f"E = {fmt(loss)}")
        self.title.set_text(title)

    def _select(self, selected, weights, biases, bwd, show_grads, grads) -> None:
        """Halo on the selected edge (or bias box) and its value (and ∂E/∂w) in the footer."""
        if selected is None:
            self.halo.set_data([], [])
            self.selected_text.set_text("")
            self.selected_text.set_visible(False)
            return
        kind, l = selected[0], selected[1]
        if kind == "W":
            i, j = selected[2], selected[3]
            (x0, y0), (x1, y1) = self.pos[l][i], self.pos[l + 1][j]
            self.halo.set_data([x0, x1], [y0, y1])
            name = weight_name(l + 1, i + 1, j + 1, style="unicode")
            value, grad = weights[l][i, j], bwd.dW[l][i, j]
        else:
            j = selected[2]
            self.halo.set_data([], [])
            name = bias_name(l + 1, None if j is None else j + 1, style="unicode")
            value = biases[l] if j is None else biases[l][j]
            grad = bwd.db[l] if j is None else bwd.db[l][j]
        g = f",   ∂E/∂{name} = {fmt(grad)}" if show_grads and l in grads else ""
        self.selected_text.set_visible(True)
        self.selected_text.set_text(_("selected {name} = {value}", name=name, value=fmt(value)) + g)

    def png(self) -> bytes:
        """Draw the canvas and return PNG bytes (fast zlib level: it runs on every slider step)."""
        self.canvas.draw()
        img = Image.fromarray(np.asarray(self.canvas.buffer_rgba())[..., :3])
        draw = ImageDraw.Draw(img)
        height = img.size[1]
        for label in self.labels:
            label.draw(draw, self.ax, height)
        buf = io.BytesIO()
        img.save(buf, format="png", compress_level=1)
        return buf.getvalue()

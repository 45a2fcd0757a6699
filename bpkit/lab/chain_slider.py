"""The slider demo of notebook 02: nudge x, w₁ or w₂ in deck 001's y = w₁x, z = w₂y and watch
z, the local derivatives and their product.

``chain_demo()`` returns ``(widgets, state)``: the widgets to display (``widgets["box"]``) and
a state object that every slider change updates through pure functions of
``bpkit.lessons.chain``, so
a test can drive the demo without a browser (set ``widgets["x"].value`` and read ``state``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import ipywidgets as W

from ..display import Table
from ..i18n import _
from ..lessons import chain


@dataclass
class ChainState:
    """What the demo shows: the current values, the starting point (deck 001's x = 1, w₁ = 3,
    w₂ = 2) and the change of z, predicted to first order and actual."""

    base: chain.ChainValues
    values: chain.ChainValues = None
    predicted_change: float = 0.0
    actual_change: float = 0.0
    updates: int = 0
    table: Table = field(default=None, repr=False)

    def update(self, x: float, w1: float, w2: float) -> None:
        v = chain.chain_values(x, w1, w2)
        b = self.base
        self.values = v
        # first-order prediction from the starting point: Σ ∂z/∂v · Δv
        self.predicted_change = (b.dz_dx * (v.x - b.x) + b.dz_dw1 * (v.w1 - b.w1)
                                 + b.dz_dw2 * (v.w2 - b.w2))
        self.actual_change = v.z - b.z
        self.updates += 1
        self.table = Table(
            [_("quantity"), _("value")],
            [["y = w₁·x", v.y], ["z = w₂·y", v.z],
             ["dy/dx = w₁", v.dy_dx], ["dz/dy = w₂", v.dz_dy],
             ["dz/dx = dz/dy · dy/dx", v.dz_dx],
             ["∂z/∂w₁ = w₂·x", v.dz_dw1], ["∂z/∂w₂ = y", v.dz_dw2],
             [_("change of z from {z:g}, first order", z=b.z), self.predicted_change],
             [_("change of z from {z:g}, actual", z=b.z), self.actual_change]],
            caption=_("deck 001's chain: x → y = w₁x → z = w₂y"), fmt="{:.4g}")


def chain_demo(x: float = chain.DECK001_X, w1: float = chain.DECK001_W1,
               w2: float = chain.DECK001_W2):
    """Sliders for x, w₁, w₂ and an output with the table of ``ChainState``.

    Returns
    -------
    widgets : dict
        ``"x"``, ``"w1"``, ``"w2"`` (FloatSliders), ``"out"`` (Output) and ``"box"`` (the VBox
        to display).
    state : ChainState
    """
    sliders = {
        "x": W.FloatSlider(value=x, min=0.0, max=2.0, step=0.05, description="x"),
        "w1": W.FloatSlider(value=w1, min=0.0, max=6.0, step=0.1, description="w₁"),
        "w2": W.FloatSlider(value=w2, min=0.0, max=4.0, step=0.1, description="w₂"),
    }
    out = W.Output()
    state = ChainState(base=chain.chain_values())

    def redraw(_change=None):
        state.update(sliders["x"].value, sliders["w1"].value, sliders["w2"].value)
        out.outputs = ()
        out.append_display_data(state.table)

    for s in sliders.values():
        s.observe(redraw, names="value")
    redraw()
    widgets = dict(sliders, out=out, box=W.VBox([*sliders.values(), out]))
    return widgets, state

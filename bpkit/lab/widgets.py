"""The explorer of notebook 08: change a weight, watch backpropagation answer.

``explorer()`` builds the controls, a ``bpkit.lab.explorer_state.ExplorerState`` and an in-place
``bpkit.lab.diagram.NetworkDiagram``, and wires them together. Every number comes from
``bpkit.lab.explorer_state`` (which calls ``MLP.forward``/``MLP.backward``); this module only
reads controls, calls those functions and draws.

Headless use (tests, benchmarks): ``ex = explorer(); ex.controls["value"].value = 2.0``
runs the observers synchronously; ``ex.state`` then holds the new records.

Every label speaks the language bpkit speaks when the explorer is built (``bp.set_language``).
"""
from __future__ import annotations

import html

import ipywidgets as W

from ..i18n import _
from . import explorer_state as es
from .diagram import NetworkDiagram
from .diagram_style import fmt
from .panels import LossCurve, deltas_html, nudge_html

__all__ = ["Explorer", "LossCurve", "deltas_html", "explorer", "fmt", "nudge_html"]


class Explorer:
    """Controls, state and drawing of the explorer; ``.widget`` is the box to display.

    Attributes
    ----------
    state : bpkit.lab.explorer_state.ExplorerState
    controls : dict of str → widget (lists for "x" and "t", one slider per input/target)
    widget : ipywidgets.VBox
    """

    def __init__(self, net: str = "deck002", activation: str = "sigmoid", loss: str = "mse",
                 show_grads: bool = False, dpi: int = 90):
        self.state = es.new_state(net, activation, loss)
        self.dpi = dpi
        self._syncing = False
        self._curve_key = None
        c = self.controls = {}
        wide = {"description_width": "initial"}   # room for a Korean description
        c["net"] = W.Dropdown(options=[(es.title(k), k) for k in es.PRESETS], value=net,
                              description=_("net"), layout=W.Layout(width="400px"))
        c["activation"] = W.ToggleButtons(options=list(es.ACTIVATION_CHOICES), value=activation,
                                          description=_("activation"),
                                          style={"button_width": "84px", **wide})
        c["loss"] = W.ToggleButtons(options=[(_("MSE"), "mse"), (_("cross-entropy"), "ce")],
                                    value=loss, description=_("loss"),
                                    style={"button_width": "110px", **wide})
        c["show_grads"] = W.Checkbox(value=show_grads, description=_("show ∂E/∂w on edges"),
                                     indent=False)
        c["reset"] = W.Button(description=_("reset"), icon="undo", button_style="warning")
        c["param"] = W.Dropdown(description=_("weight"), layout=W.Layout(width="180px"))
        c["value"] = W.FloatSlider(min=es.PARAM_RANGE[0], max=es.PARAM_RANGE[1], step=0.01,
                                   description=_("value"), readout_format=".2f",
                                   continuous_update=False, layout=W.Layout(width="460px"))
        c["eps"] = W.FloatLogSlider(value=self.state.eps, base=10, min=-8, max=0, step=0.5,
                                    description="ε", readout_format=".0e")
        c["lr"] = W.FloatSlider(value=self.state.lr, min=es.LR_RANGE[0], max=es.LR_RANGE[1],
                                step=0.01, description="lr", continuous_update=False)
        c["step"] = W.Button(description=_("SGD step"), icon="step-forward")
        c["n_steps"] = W.BoundedIntText(value=50, min=1, max=2000, description="N",
                                        layout=W.Layout(width="160px"))
        c["train"] = W.Button(description=_("train N steps"), icon="forward")
        c["prev"] = W.Button(description=_("◀ back"))
        c["next"] = W.Button(description=_("next ▶"), button_style="info")
        c["leave"] = W.Button(description=_("leave step-through"),
                              layout=W.Layout(width="auto"))
        c["phase"] = W.HTML()
        c["diagram"] = W.Image(format="png")
        c["status"] = W.HTML()
        c["deltas"] = W.HTML()
        c["nudge"] = W.HTML()
        c["note"] = W.HTML()
        c["curve"] = W.Image(format="png")
        c["curve_hint"] = W.HTML()
        c["message"] = W.HTML()
        self._io_box = W.VBox()
        self._curve = LossCurve()

        c["net"].observe(self._on_net, "value")
        c["activation"].observe(lambda ch: self._apply(es.change_activation, ch["new"]), "value")
        c["loss"].observe(lambda ch: self._apply(es.change_loss, ch["new"]), "value")
        c["show_grads"].observe(lambda ch: self.render(), "value")
        c["reset"].on_click(lambda b: self._apply(es.reset))
        c["param"].observe(self._on_param, "value")
        c["value"].observe(self._on_value, "value")
        c["eps"].observe(lambda ch: self._apply(es.change_eps, ch["new"]), "value")
        c["lr"].observe(lambda ch: self._apply(es.change_lr, ch["new"]), "value")
        c["step"].on_click(lambda b: self._apply(es.sgd_step))
        c["train"].on_click(lambda b: self._apply(es.train, c["n_steps"].value))
        c["prev"].on_click(lambda b: self._move_phase(-1))
        c["next"].on_click(lambda b: self._move_phase(+1))
        c["leave"].on_click(lambda b: self._apply(es.finish_step))

        self._new_topology()
        self.widget = self._layout()
        self.render()

    # ---- building ---------------------------------------------------------------------------
    def _layout(self) -> W.VBox:
        c = self.controls
        header = W.HBox([c["net"], c["reset"], c["show_grads"]])
        switches = W.HBox([c["activation"], c["loss"]])
        main = W.HBox([c["diagram"], W.VBox([c["status"], c["deltas"]])])
        weight = W.VBox([W.HBox([c["param"], c["value"]]), c["eps"], c["nudge"]])
        step = W.VBox([W.HBox([c["prev"], c["next"], c["leave"]]), c["phase"]])
        train = W.HBox([W.VBox([c["lr"], W.HBox([c["step"]]), W.HBox([c["n_steps"], c["train"]])]),
                        W.VBox([c["curve_hint"], c["curve"]])])
        tabs = W.Tab(children=[weight, self._io_box, step, train])
        for k, t in enumerate([_("weight + nudge"), _("inputs & targets"), _("step through"),
                               _("train")]):
            tabs.set_title(k, t)
        self.controls["tabs"] = tabs
        return W.VBox([header, switches, c["note"], main, c["message"], tabs],
                      layout=W.Layout(width="100%"))

    def _new_topology(self) -> None:
        """After a change of net: new diagram, parameter list, input and target sliders."""
        s, c = self.state, self.controls
        self._diagram = NetworkDiagram(s.net.sizes, s.net.bias, dpi=self.dpi)
        self._syncing = True
        try:
            c["param"].options = [(r.label(), r) for r in es.param_refs(s.net)]
            c["param"].value = s.selected
            c["value"].value = es.get_param(s.net, s.selected)
            c["x"] = [W.FloatSlider(value=float(v), min=es.INPUT_RANGE[0], max=es.INPUT_RANGE[1],
                                    step=0.01, description=f"x{i + 1}", continuous_update=False)
                      for i, v in enumerate(s.x)]
            c["t"] = [W.FloatSlider(value=float(v), min=0.0, max=1.0, step=0.01,
                                    description=_("target{k}", k=k + 1), continuous_update=False)
                      for k, v in enumerate(s.target)]
        finally:
            self._syncing = False
        for i, sl in enumerate(c["x"]):
            sl.observe(lambda ch, i=i: self._apply(es.change_input, i, ch["new"]), "value")
        for k, sl in enumerate(c["t"]):
            sl.observe(lambda ch, k=k: self._apply(es.change_target, k, ch["new"]), "value")
        self._io_box.children = [W.HBox([W.VBox(c["x"]), W.VBox(c["t"])])]
        self._curve_key = None

    # ---- events -------------------------------------------------------------------------------
    def _apply(self, fn, *args) -> None:
        if self._syncing:
            return
        fn(self.state, *args)
        self._sync_controls()
        self.render()

    def _on_net(self, change) -> None:
        if self._syncing:
            return
        es.change_preset(self.state, change["new"])
        self._new_topology()
        self.render()

    def _on_param(self, change) -> None:
        if self._syncing or change["new"] is None:
            return
        es.select_param(self.state, change["new"])
        self._sync_controls()
        self.render()

    def _on_value(self, change) -> None:
        if self._syncing:
            return
        es.change_param(self.state, self.state.selected, change["new"])
        self.render()

    def _move_phase(self, step: int) -> None:
        s = self.state
        k = -1 if s.phase is None else s.phase
        es.set_phase(s, max(k + step, 0))
        self._sync_controls()
        self.render()

    def _sync_controls(self) -> None:
        """Show the state's values on the controls without firing their observers."""
        s, c = self.state, self.controls
        self._syncing = True
        try:
            c["param"].value = s.selected
            c["value"].value = es.get_param(s.net, s.selected)
            for sl, v in zip(c["x"], s.x, strict=True):
                sl.value = float(v)
            for sl, v in zip(c["t"], s.target, strict=True):
                sl.value = float(v)
            c["lr"].value = s.lr
        finally:
            self._syncing = False

    # ---- drawing --------------------------------------------------------------------------------
    def render(self) -> None:
        """Redraw everything from the state: diagram in place, deltas, nudge, curve, texts."""
        s, c = self.state, self.controls
        v = es.view(s)
        stepping = s.phase is not None
        show_grads = c["show_grads"].value or (stepping and bool(v.grads))
        ref = s.selected
        selected = ((ref.kind, ref.layer, ref.i, ref.j) if ref.kind == "W"
                    else ("b", ref.layer, ref.j))
        self._diagram.update(s.fwd, s.bwd, s.net.weights, s.net.biases, outs=v.outs,
                             deltas=v.deltas, grads=v.grads, show_grads=show_grads,
                             target=s.target, loss=s.E if v.loss else None, selected=selected,
                             title=v.title or es.title(s.preset),
                             activations=s.net.activations)
        c["diagram"].value = self._diagram.png()
        c["deltas"].value = deltas_html(s, v.deltas if stepping else None)
        c["nudge"].value = nudge_html(es.nudge_test(s))
        if v.updated and s.loss_before is not None:
            loss = f"E: {s.loss_before:.6f} → {s.E:.6f}"
        elif v.loss:
            loss = f'E = <span id="bp-loss" data-value="{s.E!r}">{s.E:.6f}</span>'
        else:
            loss = _("E = ? (forward pass not finished)")
        c["status"].value = f'<div style="font-size:15px"><b>{loss}</b></div>'
        hidden, output = s.net.activations[0], s.net.activations[-1]
        why = (_(" (cross-entropy needs outputs in (0, 1), so the output layer stays sigmoid)")
               if s.loss == "ce" and s.activation != "sigmoid" else "")
        c["note"].value = _("hidden layer: <b>{hidden}</b>, output layer: <b>{output}</b>{why}; "
                            "loss: <b>{loss}</b>; targets in [0, 1].", hidden=hidden,
                            output=output, why=why, loss=es.loss_label(s.loss))
        names = es.phases(s)
        c["phase"].value = (f"<b>{html.escape(v.title)}</b>" if stepping else
                            _("Press <b>next ▶</b> to walk through one training step: {phases}.",
                              phases=" → ".join(html.escape(n.split(":")[0]) for n in names)))
        c["prev"].disabled = not stepping or s.phase == 0
        c["next"].disabled = stepping and s.phase == len(names) - 1
        c["message"].value = (f'<span style="color:#cf222e">{html.escape(s.message)}</span>'
                              if s.message else "")
        key = (len(s.history), s.history[-1] if s.history else None)
        if key != self._curve_key:
            # no curve before the first step (drawing an empty plot costs a third of a second)
            if s.history:
                c["curve"].value = self._curve.png(s.history)
            c["curve"].layout.display = None if s.history else "none"
            c["curve_hint"].value = "" if s.history else (
                _("<i>the loss curve appears with the first step</i>"))
            self._curve_key = key

    def _ipython_display_(self):
        from IPython.display import display
        display(self.widget)


def explorer(net: str = "deck002", activation: str = "sigmoid", loss: str = "mse",
             show_grads: bool = False) -> Explorer:
    """The explorer of notebook 08 for one of ``bpkit.lab.explorer_state.PRESETS``.

    Deck 002's 3-4-2 sigmoid net with shared biases b1, b2 and MSE by default. Display the
    returned object (last line of a cell) to show it; ``.state`` and ``.controls`` drive it
    from code.
    """
    return Explorer(net, activation, loss, show_grads)

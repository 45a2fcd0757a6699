"""Deck 002 ("오차역전파 계산하기") worked by hand: every intermediate as a table.

Each table row names a symbol as the deck writes it (1-based: ``net_H1``, ``out_O2``,
``w'12``, ``δ_H3``; weights named by ``bpkit.lessons.notation.weight_name``), the deck's
formula, the formula with the numbers put in, and the value. The numbers come from bpkit's
records (``MLP.forward`` / ``MLP.backward``), never typed; a learner re-does each row with a pen.

The net is deck 002's: one sigmoid hidden layer, a sigmoid output layer, one shared bias
per layer (b1, b2), E_Total = ½ Σ (target − out)², one sample. Symbols:

==============  ===========================  ================================
deck 002        meaning                      bpkit (rows are samples)
==============  ===========================  ================================
x_i             input i                      ``fwd.X[0, i-1]``
w_ij            input i → hidden j           ``net.weights[0][i-1, j-1]``
w'_ij           hidden i → output j          ``net.weights[1][i-1, j-1]``
b1, b2          shared biases                ``net.biases[0]``, ``net.biases[1]``
net_Hj, out_Hj  hidden unit j                ``fwd.nets[0]``, ``fwd.outs[0]``
net_Oj, out_Oj  output unit j                ``fwd.nets[1]``, ``fwd.outs[1]``
δ_Oj, δ_Hj      ∂E_Total/∂net                ``bwd.deltas[1]``, ``bwd.deltas[0]``
==============  ===========================  ================================

Numbers are shown with 4 decimals, and with at least 4 significant digits, so that the
small gradients of W_IH keep their digits; short exact inputs (0.05, 0.35) stay short.
"""
from __future__ import annotations

import math

import numpy as np

from ..display import Table
from ..errors import BpkitError, ShapeError
from ..i18n import _
from ..mlp import MLP
from .handcalc_errata import Deck002Errata
from .handcalc_format import given as _given
from .handcalc_format import num
from .handcalc_format import par as _par
from .notation import weight_name

__all__ = ["HandCalc", "num"]



def _head() -> list[str]:
    """The four columns of every hand-calculation table, in the notebook's language."""
    return [_("symbol"), _("deck formula"), _("with the numbers"), _("value")]


class HandCalc(Deck002Errata):
    """Deck 002's forward and backward pass for one sample, as pen-checkable tables.

    Parameters
    ----------
    net : MLP
        A two-layer net ``[n_in, n_hidden, n_out]`` with sigmoid units, ``loss="mse"`` and
        ``bias="shared"`` (deck 002's 3-4-2 net: ``bpkit.lessons.examples.deck002()``).
    x : array, shape (n_in,) or (1, n_in)
        The one input sample x_1 … x_n.
    target : array, shape (n_out,) or (1, n_out)

    The net is copied: the tables keep showing these numbers if ``net`` is trained later.

    Attributes
    ----------
    fwd : Forward
        ``net.forward(x)``: ``fwd.nets[0]`` is net_H, ``fwd.outs[1]`` is out_O, ...
    bwd : Backward
        ``net.backward(fwd, target, input_grad=False)``: δ, ∂E/∂W and ∂E/∂b.
    """

    def __init__(self, net: MLP, x, target):
        _check_net(net)
        x = np.asarray(x, dtype=np.float64)
        if x.ndim == 2 and x.shape[0] == 1:
            x = x[0]
        if x.ndim != 1:
            raise ShapeError(_("HandCalc works one sample at a time (deck 002): x must be 1-D "
                               "or (1, n_in); got shape {shape}", shape=np.shape(x)))
        self.net = net.copy()  # the tables stay true to these numbers if net changes later
        self.fwd = self.net.forward(x)
        self.target = np.asarray(target, dtype=np.float64).reshape(-1)
        self.bwd = self.net.backward(self.fwd, self.target)

    # ---- the numbers, 1-D, under the deck's names ------------------------------------------
    @property
    def x(self) -> np.ndarray:
        return self.fwd.X[0]

    @property
    def W_IH(self) -> np.ndarray:
        """w_ij, shape (n_in, n_hidden)."""
        return self.net.weights[0]

    @property
    def W_HO(self) -> np.ndarray:
        """w'_ij, shape (n_hidden, n_out)."""
        return self.net.weights[1]

    @property
    def b1(self) -> float:
        return float(self.net.biases[0])

    @property
    def b2(self) -> float:
        return float(self.net.biases[1])

    net_H = property(lambda self: self.fwd.nets[0][0], doc="net_H, shape (n_hidden,)")
    out_H = property(lambda self: self.fwd.outs[0][0], doc="out_H, shape (n_hidden,)")
    net_O = property(lambda self: self.fwd.nets[1][0], doc="net_O, shape (n_out,)")
    out_O = property(lambda self: self.fwd.outs[1][0], doc="out_O, shape (n_out,)")
    delta_H = property(lambda self: self.bwd.deltas[0][0], doc="δ_H, shape (n_hidden,)")
    delta_O = property(lambda self: self.bwd.deltas[1][0], doc="δ_O, shape (n_out,)")

    @property
    def E_Total(self) -> float:
        return float(self.bwd.loss)

    # ---- given --------------------------------------------------------------------------------
    def given(self, lr: float | None = None) -> Table:
        """x_i, target_k, b1, b2 (and lr): the numbers deck 002 starts from."""
        rows = [[f"x{i + 1}", _("input"), _given(v)] for i, v in enumerate(self.x)]
        rows += [[f"target{k + 1}", _("wanted output"), _given(v)]
                 for k, v in enumerate(self.target)]
        rows += [["b1", _("shared bias of the hidden layer"), _given(self.b1)],
                 ["b2", _("shared bias of the output layer"), _given(self.b2)]]
        if lr is not None:
            rows.append(["lr", _("learning rate"), _given(lr)])
        return Table([_("symbol"), _("meaning"), _("value")], rows, caption=_("Given numbers"))

    def weights(self, layer: int) -> Table:
        """W_IH (``layer=1``) or W_HO (``layer=2``) as the deck's matrix, each entry named."""
        W, src, dst = self._layer(layer)
        head = [("W_IH" if layer == 1 else "W_HO")] + [f"→ {dst}{j + 1}" for j in range(W.shape[1])]
        rows = [[f"{src}{i + 1}"] + [f"{weight_name(layer, i + 1, j + 1)} = {_given(W[i, j])}"
                                     for j in range(W.shape[1])] for i in range(W.shape[0])]
        w = weight_name(layer, 'i', 'j', 'sub')
        caption = (_("{matrix}: {w} from input i → hidden j", matrix=head[0], w=w) if layer == 1
                   else _("{matrix}: {w} from hidden i → output j", matrix=head[0], w=w))
        return Table(head, rows, caption=caption)

    def _layer(self, layer: int):
        if layer not in (1, 2):
            raise BpkitError(_("layer must be 1 (W_IH) or 2 (W_HO); got {layer!r}",
                               layer=layer))
        return (self.W_IH, "x", "H") if layer == 1 else (self.W_HO, "out_H", "O")

    # ---- forward ------------------------------------------------------------------------------
    def net_hidden(self) -> Table:
        """net_Hj = b1 + Σ_i x_i·w_ij (deck 002, 1. 변수 설명)."""
        return self._nets(1)

    def net_output(self) -> Table:
        """net_Oj = b2 + Σ_i out_Hi·w'_ij."""
        return self._nets(2)

    def _nets(self, layer: int) -> Table:
        W, src, dst = self._layer(layer)
        inp = self.x if layer == 1 else self.out_H
        b, bname = (self.b1, "b1") if layer == 1 else (self.b2, "b2")
        net = self.net_H if layer == 1 else self.net_O
        show = _given if layer == 1 else num
        rows = []
        for j in range(W.shape[1]):
            formula = " + ".join([bname] + [f"{src}{i + 1}·{weight_name(layer, i + 1, j + 1)}"
                                             for i in range(W.shape[0])])
            numbers = " + ".join([_given(b)] + [f"{show(inp[i])}·{_given(W[i, j])}"
                                             for i in range(W.shape[0])])
            rows.append([f"net_{dst}{j + 1}", formula, numbers, num(net[j])])
        return Table(_head(), rows, caption=_("net_{dst}: weighted sum plus the shared bias {b}",
                                               dst=dst, b=bname))

    def out_hidden(self) -> Table:
        """out_Hj = 1 / (1 + e^(−net_Hj))."""
        return self._outs("H", self.net_H, self.out_H)

    def out_output(self) -> Table:
        """out_Oj = 1 / (1 + e^(−net_Oj))."""
        return self._outs("O", self.net_O, self.out_O)

    @staticmethod
    def _outs(dst: str, net: np.ndarray, out: np.ndarray) -> Table:
        rows = [[f"out_{dst}{j + 1}", f"1 / (1 + e^(−net_{dst}{j + 1}))",
                 f"1 / (1 + e^(−{num(net[j])}))", num(out[j])] for j in range(net.size)]
        return Table(_head(), rows, caption=_("out_{dst} = σ(net_{dst}), the sigmoid", dst=dst))

    def error(self) -> Table:
        """E_k = ½(target_k − out_Ok)² and E_Total = Σ E_k."""
        E = 0.5 * (self.target - self.out_O) ** 2
        rows = [[f"E{k + 1}", f"½(target{k + 1} − out_O{k + 1})²",
                 f"½({_given(t)} − {num(o)})²", num(e)]
                for k, (t, o, e) in enumerate(zip(self.target, self.out_O, E))]
        rows.append(["E_Total", " + ".join(f"E{k + 1}" for k in range(E.size)),
                     " + ".join(num(e) for e in E), num(self.E_Total)])
        return Table(_head(), rows, caption="E_Total = ½ Σ (target − out)²")

    # ---- backward: W_HO ------------------------------------------------------------------------
    def delta_output(self) -> Table:
        """δ_Ok = (out_Ok − target_k)·out_Ok·(1 − out_Ok) (deck 002, 2. W_HO)."""
        rows = [[f"δ_O{k + 1}", f"(out_O{k + 1} − target{k + 1})·out_O{k + 1}·(1 − out_O{k + 1})",
                 f"({num(o)} − {_given(t)})·{num(o)}·(1 − {num(o)})", num(d)]
                for k, (o, t, d) in enumerate(zip(self.out_O, self.target, self.delta_O))]
        return Table(_head(), rows, caption=_("δ_O = ∂E_Total/∂net_O: (1)·(2) of the slide"))

    def grad_W_HO(self) -> Table:
        """∂E_Total/∂w'_ij = δ_Oj·out_Hi."""
        return self._grads(2)

    def grad_W_IH(self) -> Table:
        """∂E_Total/∂w_ij = δ_Hj·x_i."""
        return self._grads(1)

    def _grads(self, layer: int) -> Table:
        W, src, dst = self._layer(layer)
        inp = self.x if layer == 1 else self.out_H
        delta = self.delta_H if layer == 1 else self.delta_O
        dW = self.bwd.dW[layer - 1]
        show = _given if layer == 1 else num
        rows = [[f"∂E_Total/∂{weight_name(layer, i + 1, j + 1)}", f"δ_{dst}{j + 1}·{src}{i + 1}",
                 f"{_par(delta[j])}·{show(inp[i])}", num(dW[i, j])]
                for i in range(W.shape[0]) for j in range(W.shape[1])]
        name = "W_IH" if layer == 1 else "W_HO"
        return Table(_head(), rows, caption=_("∂E_Total/∂{name}: δ of the unit the weight feeds "
                                              "times what the weight carries", name=name))

    # ---- backward: W_IH -------------------------------------------------------------------------
    def delta_hidden(self) -> Table:
        """δ_Hj = (Σ_k δ_Ok·w'_jk)·out_Hj·(1 − out_Hj) (deck 002, 3. W_IH)."""
        W = self.W_HO
        rows = []
        for j in range(W.shape[0]):
            outs = range(W.shape[1])
            back = " + ".join(f"δ_O{k + 1}·{weight_name(2, j + 1, k + 1)}" for k in outs)
            back_n = " + ".join(f"{_par(self.delta_O[k])}·{_given(W[j, k])}" for k in outs)
            o = num(self.out_H[j])
            rows.append([f"δ_H{j + 1}", f"({back})·out_H{j + 1}·(1 − out_H{j + 1})",
                         f"({back_n})·{o}·(1 − {o})", num(self.delta_H[j])])
        return Table(_head(), rows, caption=_("δ_H = ∂E_Total/∂net_H: the δ_O sent back along "
                                              "w', times σ'(net_H)"))

    def grad_biases(self) -> Table:
        """∂E_Total/∂b2 = Σ δ_O and ∂E_Total/∂b1 = Σ δ_H: each shared bias feeds every unit."""
        rows = []
        for name, dst, delta, db in (("b2", "O", self.delta_O, self.bwd.db[1]),
                                     ("b1", "H", self.delta_H, self.bwd.db[0])):
            rows.append([f"∂E_Total/∂{name}",
                         " + ".join(f"δ_{dst}{k + 1}" for k in range(delta.size)),
                         " + ".join(_par(d) for d in delta), num(db)])
        return Table(_head(), rows,
                     caption=_("Shared biases: the sum of the δ of the units they feed"))

    # ---- one update -----------------------------------------------------------------------------
    def update(self, lr: float, layer: int | None = None) -> Table:
        """Parameters after one step: p ← p − lr·∂E_Total/∂p (deck 002's ``(new)``).

        ``layer=2`` shows W_HO and b2, ``layer=1`` W_IH and b1, None both.
        """
        lr = _check_lr(lr)
        rows = []
        if layer is not None:
            self._layer(layer)  # says which layers there are
        for k in ((2, 1) if layer is None else (layer,)):
            W = self._layer(k)[0]
            dW = self.bwd.dW[k - 1]
            for i in range(W.shape[0]):
                for j in range(W.shape[1]):
                    s = weight_name(k, i + 1, j + 1)
                    rows.append([f"{s}(new)", f"{s} − lr·∂E_Total/∂{s}",
                                 f"{_given(W[i, j])} − {_given(lr)}·{_par(dW[i, j])}",
                                 num(W[i, j] - lr * dW[i, j])])
            b, name = (self.b1, "b1") if k == 1 else (self.b2, "b2")
            db = float(self.bwd.db[k - 1])
            rows.append([f"{name}(new)", f"{name} − lr·∂E_Total/∂{name}",
                         f"{_given(b)} − {_given(lr)}·{_par(db)}", num(b - lr * db)])
        return Table(_head(), rows,
                     caption=_("One gradient-descent step with lr = {lr}", lr=_given(lr)))

    def stepped(self, lr: float) -> HandCalc:
        """The same calculation on a copy of the net after one ``sgd_step`` with ``lr``."""
        net = self.net.copy()
        net.sgd_step(self.x, self.target, _check_lr(lr))
        return HandCalc(net, self.x, self.target)

    def before_after(self, lr: float) -> Table:
        """E_Total and out_O before and after one step with ``lr``."""
        after = self.stepped(lr)
        rows = [["E_Total", num(self.E_Total), num(after.E_Total),
                 num(after.E_Total - self.E_Total)]]
        rows += [[f"out_O{k + 1} (target{k + 1} = {_given(t)})", num(a), num(b), num(b - a)]
                 for k, (t, a, b) in enumerate(zip(self.target, self.out_O, after.out_O))]
        return Table(["", _("before"), _("after"), _("change")], rows,
                     caption=_("One step with lr = {lr}", lr=_given(lr)))


def _check_lr(lr) -> float:
    if isinstance(lr, bool) or not isinstance(lr, (int, float, np.integer, np.floating)) \
            or not math.isfinite(lr):
        raise BpkitError(_("lr must be a finite number; got {lr!r}", lr=lr))
    return float(lr)


def _check_net(net) -> None:
    if not isinstance(net, MLP):
        raise BpkitError(_("HandCalc needs a bpkit.MLP; got {type}", type=type(net).__name__))
    if net.n_layers != 2:
        raise ShapeError(_("HandCalc follows deck 002's net with one hidden layer (sizes "
                           "[n_in, n_hidden, n_out]); got sizes {sizes}", sizes=net.sizes))
    if net.activations != ["sigmoid", "sigmoid"] or net.loss_name != "mse" or net.bias != "shared":
        raise BpkitError(_(
            "HandCalc follows deck 002: sigmoid units, loss='mse', bias='shared'; got "
            "activations {activations}, loss {loss!r}, bias {bias!r}",
            activations=net.activations, loss=net.loss_name, bias=net.bias))
    if net.dtype != np.float64:
        raise BpkitError(_(
            "HandCalc needs a float64 net for its finite differences; got {dtype}",
            dtype=net.dtype))

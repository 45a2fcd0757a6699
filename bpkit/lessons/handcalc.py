"""Deck 002 ("오차역전파 계산하기") worked by hand: every intermediate as a table.

Each table row names a symbol as the deck writes it (1-based: ``net_H1``, ``out_O2``,
``w'_12``, ``δ_H3``), the deck's formula, the formula with the numbers put in, and the
value. The numbers come from bpkit's records (``MLP.forward`` / ``MLP.backward``), never
typed; a learner re-does each row with a pen.

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

from ..activations import sigmoid
from ..display import Table
from ..errors import BpkitError, ShapeError
from ..gradcheck import numerical_gradient
from ..mlp import MLP


def num(v: float, short: bool = False) -> str:
    """A number as the tables show it: 4 decimals, and at least 4 significant digits.

    With ``short=True`` a value with at most 2 decimals (the deck's given numbers, 0.05 or
    0.35) keeps its short form. Values below 5e-11 in size show as 0: finite differences
    carry noise of about 1e-11.
    """
    v = float(v)
    if abs(v) < 5e-11:
        return "0" if short else "0.0000"
    if short and abs(v - round(v, 2)) < 1e-12:
        return f"{v:.2f}"
    decimals = max(4, 3 - math.floor(math.log10(abs(v))))
    return f"{v:.{decimals}f}"


def _par(v: float, short: bool = False) -> str:
    """A number inside a formula: negative numbers in parentheses."""
    s = num(v, short)
    return f"({s})" if v < 0 else s


def _given(v: float) -> str:
    """One of the deck's given numbers (x, target, w, b, lr) inside a formula."""
    return num(v, short=True)


_HEAD = ("symbol", "deck formula", "with the numbers", "value")


class HandCalc:
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
            raise ShapeError(f"HandCalc works one sample at a time (deck 002): x must be 1-D "
                             f"or (1, n_in); got shape {np.shape(x)}")
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
        rows = [[f"x{i + 1}", "input", _given(v)] for i, v in enumerate(self.x)]
        rows += [[f"target{k + 1}", "wanted output", _given(v)] for k, v in enumerate(self.target)]
        rows += [["b1", "shared bias of the hidden layer", _given(self.b1)],
                 ["b2", "shared bias of the output layer", _given(self.b2)]]
        if lr is not None:
            rows.append(["lr", "learning rate", _given(lr)])
        return Table(["symbol", "meaning", "value"], rows, caption="Given numbers")

    def weights(self, layer: int) -> Table:
        """W_IH (``layer=1``) or W_HO (``layer=2``) as the deck's matrix, each entry named."""
        W, prime, src, dst = self._layer(layer)
        head = [("W_IH" if layer == 1 else "W_HO")] + [f"→ {dst}{j + 1}" for j in range(W.shape[1])]
        rows = [[f"{src}{i + 1}"] + [f"w{prime}{i + 1}{j + 1} = {_given(W[i, j])}"
                                     for j in range(W.shape[1])] for i in range(W.shape[0])]
        what = "input i → hidden j" if layer == 1 else "hidden i → output j"
        return Table(head, rows, caption=f"{head[0]}: w{prime}_ij from {what}")

    def _layer(self, layer: int):
        if layer not in (1, 2):
            raise BpkitError(f"layer must be 1 (W_IH) or 2 (W_HO); got {layer!r}")
        return (self.W_IH, "", "x", "H") if layer == 1 else (self.W_HO, "'", "out_H", "O")

    # ---- forward ------------------------------------------------------------------------------
    def net_hidden(self) -> Table:
        """net_Hj = b1 + Σ_i x_i·w_ij (deck 002, 1. 변수 설명)."""
        return self._nets(1)

    def net_output(self) -> Table:
        """net_Oj = b2 + Σ_i out_Hi·w'_ij."""
        return self._nets(2)

    def _nets(self, layer: int) -> Table:
        W, prime, src, dst = self._layer(layer)
        inp = self.x if layer == 1 else self.out_H
        b, bname = (self.b1, "b1") if layer == 1 else (self.b2, "b2")
        net = self.net_H if layer == 1 else self.net_O
        show = _given if layer == 1 else num
        rows = []
        for j in range(W.shape[1]):
            formula = " + ".join([bname] + [f"{src}{i + 1}·w{prime}{i + 1}{j + 1}"
                                             for i in range(W.shape[0])])
            numbers = " + ".join([_given(b)] + [f"{show(inp[i])}·{_given(W[i, j])}"
                                             for i in range(W.shape[0])])
            rows.append([f"net_{dst}{j + 1}", formula, numbers, num(net[j])])
        return Table(_HEAD, rows, caption=f"net_{dst}: weighted sum plus the shared bias {bname}")

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
        return Table(_HEAD, rows, caption=f"out_{dst} = σ(net_{dst}), the sigmoid")

    def error(self) -> Table:
        """E_k = ½(target_k − out_Ok)² and E_Total = Σ E_k."""
        E = 0.5 * (self.target - self.out_O) ** 2
        rows = [[f"E{k + 1}", f"½(target{k + 1} − out_O{k + 1})²",
                 f"½({_given(t)} − {num(o)})²", num(e)]
                for k, (t, o, e) in enumerate(zip(self.target, self.out_O, E))]
        rows.append(["E_Total", " + ".join(f"E{k + 1}" for k in range(E.size)),
                     " + ".join(num(e) for e in E), num(self.E_Total)])
        return Table(_HEAD, rows, caption="E_Total = ½ Σ (target − out)²")

    # ---- backward: W_HO ------------------------------------------------------------------------
    def delta_output(self) -> Table:
        """δ_Ok = (out_Ok − target_k)·out_Ok·(1 − out_Ok) (deck 002, 2. W_HO)."""
        rows = [[f"δ_O{k + 1}", f"(out_O{k + 1} − target{k + 1})·out_O{k + 1}·(1 − out_O{k + 1})",
                 f"({num(o)} − {_given(t)})·{num(o)}·(1 − {num(o)})", num(d)]
                for k, (o, t, d) in enumerate(zip(self.out_O, self.target, self.delta_O))]
        return Table(_HEAD, rows, caption="δ_O = ∂E_Total/∂net_O: (1)·(2) of the slide")

    def grad_W_HO(self) -> Table:
        """∂E_Total/∂w'_ij = δ_Oj·out_Hi."""
        return self._grads(2)

    def grad_W_IH(self) -> Table:
        """∂E_Total/∂w_ij = δ_Hj·x_i."""
        return self._grads(1)

    def _grads(self, layer: int) -> Table:
        W, prime, src, dst = self._layer(layer)
        inp = self.x if layer == 1 else self.out_H
        delta = self.delta_H if layer == 1 else self.delta_O
        dW = self.bwd.dW[layer - 1]
        show = _given if layer == 1 else num
        rows = [[f"∂E_Total/∂w{prime}{i + 1}{j + 1}", f"δ_{dst}{j + 1}·{src}{i + 1}",
                 f"{_par(delta[j])}·{show(inp[i])}", num(dW[i, j])]
                for i in range(W.shape[0]) for j in range(W.shape[1])]
        name = "W_IH" if layer == 1 else "W_HO"
        return Table(_HEAD, rows, caption=f"∂E_Total/∂{name}: δ of the unit the weight feeds "
                                          f"times what the weight carries")

    # ---- backward: W_IH -------------------------------------------------------------------------
    def delta_hidden(self) -> Table:
        """δ_Hj = (Σ_k δ_Ok·w'_jk)·out_Hj·(1 − out_Hj) (deck 002, 3. W_IH)."""
        W = self.W_HO
        rows = []
        for j in range(W.shape[0]):
            back = " + ".join(f"δ_O{k + 1}·w'{j + 1}{k + 1}" for k in range(W.shape[1]))
            back_n = " + ".join(f"{_par(self.delta_O[k])}·{_given(W[j, k])}" for k in range(W.shape[1]))
            o = num(self.out_H[j])
            rows.append([f"δ_H{j + 1}", f"({back})·out_H{j + 1}·(1 − out_H{j + 1})",
                         f"({back_n})·{o}·(1 − {o})", num(self.delta_H[j])])
        return Table(_HEAD, rows, caption="δ_H = ∂E_Total/∂net_H: the δ_O sent back along w', "
                                          "times σ'(net_H)")

    def grad_biases(self) -> Table:
        """∂E_Total/∂b2 = Σ δ_O and ∂E_Total/∂b1 = Σ δ_H: each shared bias feeds every unit."""
        rows = []
        for name, dst, delta, db in (("b2", "O", self.delta_O, self.bwd.db[1]),
                                     ("b1", "H", self.delta_H, self.bwd.db[0])):
            rows.append([f"∂E_Total/∂{name}", " + ".join(f"δ_{dst}{k + 1}" for k in range(delta.size)),
                         " + ".join(_par(d) for d in delta), num(db)])
        return Table(_HEAD, rows, caption="Shared biases: the sum of the δ of the units they feed")

    # ---- one update -----------------------------------------------------------------------------
    def update(self, lr: float, layer: int | None = None) -> Table:
        """Parameters after one step: p ← p − lr·∂E_Total/∂p (deck 002's ``(new)``).

        ``layer=2`` shows W_HO and b2, ``layer=1`` W_IH and b1, None both.
        """
        lr = float(lr)
        rows = []
        if layer is not None:
            self._layer(layer)  # says which layers there are
        for layer in ((2, 1) if layer is None else (layer,)):
            W, prime, _, _ = self._layer(layer)
            dW = self.bwd.dW[layer - 1]
            for i in range(W.shape[0]):
                for j in range(W.shape[1]):
                    s = f"w{prime}{i + 1}{j + 1}"
                    rows.append([f"{s}(new)", f"{s} − lr·∂E_Total/∂{s}",
                                 f"{_given(W[i, j])} − {_given(lr)}·{_par(dW[i, j])}",
                                 num(W[i, j] - lr * dW[i, j])])
            b, name = (self.b1, "b1") if layer == 1 else (self.b2, "b2")
            db = float(self.bwd.db[layer - 1])
            rows.append([f"{name}(new)", f"{name} − lr·∂E_Total/∂{name}",
                         f"{_given(b)} − {_given(lr)}·{_par(db)}", num(b - lr * db)])
        return Table(_HEAD, rows, caption=f"One gradient-descent step with lr = {_given(lr)}")

    def stepped(self, lr: float) -> "HandCalc":
        """The same calculation on a copy of the net after one ``sgd_step`` with ``lr``."""
        net = self.net.copy()
        net.sgd_step(self.x, self.target, lr)
        return HandCalc(net, self.x, self.target)

    def before_after(self, lr: float) -> Table:
        """E_Total and out_O before and after one step with ``lr``."""
        after = self.stepped(lr)
        rows = [["E_Total", num(self.E_Total), num(after.E_Total),
                 num(after.E_Total - self.E_Total)]]
        rows += [[f"out_O{k + 1} (target{k + 1} = {_given(t)})", num(a), num(b), num(b - a)]
                 for k, (t, a, b) in enumerate(zip(self.target, self.out_O, after.out_O))]
        return Table(["", "before", "after", "change"], rows,
                     caption=f"One step with lr = {_given(lr)}")

    # ---- the deck's errata, checked by finite differences ----------------------------------------
    def d_net_O_d_W_HO(self, k: int) -> np.ndarray:
        """∂net_Ok/∂w'_ij for every i, j by central differences (k is 1-based), shape of W_HO."""
        net = self.net.copy()
        return numerical_gradient(lambda: float(net.forward(self.x).nets[1][0, k - 1]),
                                  net.weights[1])

    def dE_d_W_HO(self) -> np.ndarray:
        """∂E_Total/∂w'_ij for every i, j by central differences, shape of W_HO."""
        net = self.net.copy()
        return numerical_gradient(lambda: net.loss(self.x, self.target), net.weights[1])

    def erratum_w12(self) -> Table:
        """Deck 002 writes ∂net_O2/∂w'_21 where ∂net_O2/∂w'_12 is meant: both, side by side."""
        if min(self.W_HO.shape) < 2:
            raise ShapeError(f"the w'12 / w'21 erratum needs at least 2 hidden units and 2 "
                             f"outputs; W_HO has shape {self.W_HO.shape}")
        d_net, dE = self.d_net_O_d_W_HO(2), self.dE_d_W_HO()
        dO, oH = self.delta_O, self.out_H
        rows = [["∂net_O2/∂w'12  (meant)", "out_H1", num(oH[0]), num(d_net[0, 1])],
                ["∂net_O2/∂w'21  (on the slide)", "0: w'21 feeds net_O1", "0", num(d_net[1, 0])],
                ["∂E_Total/∂w'12", "δ_O2·out_H1", num(dO[1] * oH[0]), num(dE[0, 1])],
                ["∂E_Total/∂w'21", "δ_O1·out_H2  (slide: δ_O2·out_H1)", num(dO[0] * oH[1]), num(dE[1, 0])]]
        return Table(["derivative", "by the chain rule", "value", "finite difference"], rows,
                     caption="out_H1 reaches net_O2 through w'12 (hidden 1 → output 2)")

    def _E_parts(self, out_H: np.ndarray, b2: float) -> np.ndarray:
        # E_1, E_2 from out_H and b2: the output layer only (deck 002, 3. W_IH)
        out_O = sigmoid(out_H @ self.W_HO + b2)
        return 0.5 * (self.target - out_O) ** 2

    def dE_d_out_H(self) -> np.ndarray:
        """∂E_Total/∂out_Hj for every j by central differences, shape (n_hidden,)."""
        out_H = self.out_H.copy()
        return numerical_gradient(lambda: float(self._E_parts(out_H, self.b2).sum()), out_H)

    def erratum_dE_dout_H1(self) -> Table:
        """The garbled second line of ∂E_Total/∂out_H1, term by term, against finite differences."""
        out_H = self.out_H.copy()
        parts = [numerical_gradient(lambda k=k: float(self._E_parts(out_H, self.b2)[k]), out_H)[0]
                 for k in range(self.target.size)]
        dO, W = self.delta_O, self.W_HO
        rows = [[f"∂E{k + 1}/∂out_H1", f"∂E{k + 1}/∂net_O{k + 1} · ∂net_O{k + 1}/∂out_H1 "
                 f"= δ_O{k + 1}·w'1{k + 1}", f"{_par(dO[k])}·{_given(W[0, k])}",
                 num(dO[k] * W[0, k]), num(parts[k])] for k in range(self.target.size)]
        rows.append(["∂E_Total/∂out_H1", " + ".join(f"δ_O{k + 1}·w'1{k + 1}"
                                                    for k in range(self.target.size)),
                     " + ".join(_par(dO[k] * W[0, k]) for k in range(self.target.size)),
                     num(dO @ W[0]), num(self.dE_d_out_H()[0])])
        return Table(["symbol", "right second line", "with the numbers", "value",
                      "finite difference"], rows,
                     caption="∂E_Total/∂out_H1 = ∂E1/∂out_H1 + ∂E2/∂out_H1")

    def dE_parts_d_b2(self) -> np.ndarray:
        """∂E_k/∂b2 for each output k by central differences, shape (n_out,)."""
        b2 = np.array([self.b2])
        return np.array([numerical_gradient(lambda k=k: float(self._E_parts(self.out_H, b2[0])[k]),
                                            b2)[0] for k in range(self.target.size)])

    def check_b2_split(self) -> Table:
        """∂E_Total/∂b2 = ∂E1/∂b2 + ∂E2/∂b2 = δ_O1 + δ_O2, each part against finite differences."""
        fd = self.dE_parts_d_b2()
        rows = [[f"∂E{k + 1}/∂b2", f"δ_O{k + 1}", num(self.delta_O[k]), num(fd[k])]
                for k in range(fd.size)]
        rows.append(["∂E_Total/∂b2", " + ".join(f"δ_O{k + 1}" for k in range(fd.size)),
                     num(self.bwd.db[1]), num(fd.sum())])
        return Table(["symbol", "deck 002", "value", "finite difference"], rows,
                     caption="b2 reaches E1 only through net_O1 and E2 only through net_O2")


def _check_net(net) -> None:
    if not isinstance(net, MLP):
        raise BpkitError(f"HandCalc needs a bpkit.MLP; got {type(net).__name__}")
    if net.n_layers != 2:
        raise ShapeError(f"HandCalc follows deck 002's net with one hidden layer (sizes "
                         f"[n_in, n_hidden, n_out]); got sizes {net.sizes}")
    if net.activations != ["sigmoid", "sigmoid"] or net.loss_name != "mse" or net.bias != "shared":
        raise BpkitError(
            "HandCalc follows deck 002: sigmoid units, loss='mse', bias='shared'; got "
            f"activations {net.activations}, loss {net.loss_name!r}, bias {net.bias!r}")
    if net.dtype != np.float64:
        raise BpkitError(f"HandCalc needs a float64 net for its finite differences; got {net.dtype}")

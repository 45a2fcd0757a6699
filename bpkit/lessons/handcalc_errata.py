"""Deck 002's errata, checked by finite differences: the w'12 / w'21 slip, the garbled line of
∂E_Total/∂out_H1 and the split of ∂E_Total/∂b2. A part of ``bpkit.lessons.handcalc.HandCalc``."""
from __future__ import annotations

import numpy as np

from ..activations import sigmoid
from ..display import Table
from ..errors import BpkitError, ShapeError
from ..gradcheck import numerical_gradient
from ..i18n import _
from .handcalc_format import given as _given
from .handcalc_format import num
from .handcalc_format import par as _par
from .notation import weight_name

W12, W21 = weight_name(2, 1, 2), weight_name(2, 2, 1)   # hidden 1 → output 2, and the slip


class Deck002Errata:
    """The errata tables of ``HandCalc``: they read ``net``, ``x``, ``target``, ``W_HO``,
    ``out_H``, ``b2``, ``delta_O`` and ``bwd`` of the HandCalc they belong to."""

    def d_net_O_d_W_HO(self, k: int) -> np.ndarray:
        """∂net_Ok/∂w'_ij for every i, j by central differences (k is 1-based), shape of W_HO."""
        n_out = self.W_HO.shape[1]
        if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or not 1 <= k <= n_out:
            raise BpkitError(_("k names an output unit O1 … O{n_out} (1-based); got {k!r}",
                               n_out=n_out, k=k))
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
            raise ShapeError(_("the {w12} / {w21} erratum needs at least 2 hidden units and 2 "
                               "outputs; W_HO has shape {shape}", w12=W12, w21=W21,
                               shape=self.W_HO.shape))
        d_net, dE = self.d_net_O_d_W_HO(2), self.dE_d_W_HO()
        dO, oH = self.delta_O, self.out_H
        rows = [[_("∂net_O2/∂{w}  (meant)", w=W12), "out_H1", num(oH[0]), num(d_net[0, 1])],
                [_("∂net_O2/∂{w}  (on the slide)", w=W21), _("0: {w} feeds net_O1", w=W21), "0",
                 num(d_net[1, 0])],
                [f"∂E_Total/∂{W12}", "δ_O2·out_H1", num(dO[1] * oH[0]), num(dE[0, 1])],
                [f"∂E_Total/∂{W21}", _("δ_O1·out_H2  (slide: δ_O2·out_H1)"), num(dO[0] * oH[1]),
                 num(dE[1, 0])]]
        return Table([_("derivative"), _("by the chain rule"), _("value"),
                      _("finite difference")], rows,
                     caption=_("out_H1 reaches net_O2 through {w} (hidden 1 → output 2)", w=W12))

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
                 f"= δ_O{k + 1}·{weight_name(2, 1, k + 1)}", f"{_par(dO[k])}·{_given(W[0, k])}",
                 num(dO[k] * W[0, k]), num(parts[k])] for k in range(self.target.size)]
        rows.append(["∂E_Total/∂out_H1", " + ".join(f"δ_O{k + 1}·{weight_name(2, 1, k + 1)}"
                                                    for k in range(self.target.size)),
                     " + ".join(_par(dO[k] * W[0, k]) for k in range(self.target.size)),
                     num(dO @ W[0]), num(self.dE_d_out_H()[0])])
        return Table([_("symbol"), _("right second line"), _("with the numbers"), _("value"),
                      _("finite difference")], rows,
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
        return Table([_("symbol"), _("deck 002"), _("value"), _("finite difference")], rows,
                     caption=_("b2 reaches E1 only through net_O1 and E2 only through net_O2"))


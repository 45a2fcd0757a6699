"""The notation crosswalk of the series: every deck's symbols side by side, and the bpkit
name of each (notebook 00).

Each deck names the same things differently (deck 000 counts layers output-first, deck 001
writes the target y and the output ŷ, deck 003 writes y for every layer's output, deck 004
puts samples in columns). ``CROSSWALK`` holds one row per idea; its ``bpkit`` entries are
Python expressions that ``evaluate`` runs on a real forward/backward record, so a test can
prove that every name in the table exists.

Layer numbers: bpkit's ``l`` counts weight layers from 0 (``weights[l]`` feeds ``nets[l]``),
so deck 004's ``[l]`` is bpkit's ``l − 1``, and 004's ``W^[l]`` (n_out × n_in) is
``net.weights[l - 1].T``.

``weight_name``, ``bias_name`` and ``layer_letter`` are the one place that builds a
parameter's display name (figures, the explorer and the hand-calculation tables use them).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..display import Table
from ..errors import check_name
from ..i18n import _

DECKS = ("000", "001", "002", "003", "004")

# ---- display names of parameters (deck 002) ------------------------------------------------
_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
STYLES = ("plain", "sub", "unicode", "tex")


def subscript(s) -> str:
    """Digits as Unicode subscripts: ``subscript(12)`` is '₁₂'."""
    return str(s).translate(_SUB)


def _indices(*ks) -> str:
    # deck 002 writes w'12; from 10 units on, a comma keeps the indices apart (w_10,2)
    wide = any(isinstance(k, int) and k > 9 for k in ks)
    return ("," if wide else "").join(str(k) for k in ks)


def _styled(symbol: str, index: str, style: str) -> str:
    if style == "plain":
        return symbol + index
    if style == "sub":
        return f"{symbol}_{index}"
    if style == "unicode":
        return symbol + subscript(index)
    check_name("style", style, STYLES)
    return f"{symbol}_{{{index}}}"


def weight_name(layer: int, i: int, j: int, style: str = "plain") -> str:
    """Deck 002's name of one weight: w_ij into the hidden layer, w'_ij into the output.

    One convention, all numbers 1-based as the deck writes them: ``layer`` counts weight
    layers from the input (1: input → hidden, written w; 2: hidden → output, w'; a third
    layer would be w''), ``i`` is the unit the weight leaves and ``j`` the unit it feeds.
    The bpkit entry is ``net.weights[layer - 1][i - 1, j - 1]``. Deck 002's δ_H formula sums
    w'_jk over the outputs k: that is ``weight_name(2, j, k)``.

    Parameters
    ----------
    layer : int, 1-based
    i, j : int, 1-based, or str
        A letter names the generic weight: ``weight_name(2, "i", "j", "sub")`` is ``"w'_ij"``.
    style : {"plain", "sub", "unicode", "tex"}
        ``"w'12"`` (the deck's tables), ``"w'_12"`` (the explorer's menu), ``"w'₁₂"``
        (diagram labels, no mathtext) or ``"w'_{12}"`` (TeX, without the dollars).

    Returns
    -------
    str
    """
    return _styled("w" + "'" * (layer - 1), _indices(i, j), style)


def bias_name(layer: int, j: int | None = None, style: str = "plain") -> str:
    """Deck 002's bias of weight layer ``layer`` (1-based): b1, b2 when the layer shares one;
    unit j's own bias (j 1-based) is ``b1_2`` (plain, sub), ``b₁₂`` (unicode), ``b_{12}`` (tex)."""
    check_name("style", style, STYLES)
    if style in ("plain", "sub"):
        return f"b{layer}" + ("" if j is None else f"_{j}")
    return _styled("b", str(layer) if j is None else _indices(layer, j), style)


def layer_letter(layer: int, n_layers: int) -> str:
    """Deck 002's letter for the units fed by weight layer ``layer`` (1-based) of a net with
    ``n_layers`` weight layers: 'O' for the output, 'H' for the hidden layer of a 2-layer net,
    'H1', 'H2', ... in a deeper one (so δ_O1, net_H3 as the deck writes them)."""
    if layer == n_layers:
        return "O"
    return "H" if n_layers == 2 else f"H{layer}"



@dataclass(frozen=True)
class Symbol:
    """One row of the crosswalk: what it is, how each deck writes it (in ``DECKS`` order;
    "—" where a deck does not name it) and the bpkit expressions for it (``l`` is a layer)."""

    concept: str
    decks: tuple
    bpkit: tuple


def crosswalk() -> tuple:
    """The crosswalk's rows, their words in the current language (``CROSSWALK``: English)."""
    return (
        Symbol(_("layers, input → output"),
               ("k → j → i", _("x → h (layer 0) → ŷ (layer 1)"), "I → H → O", "i → j → k",
                "[0] → [1] → [2]"),
               ("net.sizes", "net.n_layers")),
        Symbol(_("input"),
               ("x_k", _("x_1, x_2 (+ bias input 1)"), "x_i", _("y_i (input layer)"),
                _("A^[0] = X (a column per sample)")),
               ("fwd.X",)),
        Symbol(_("target"),
               ("t_i", "y", _("target_k (y_k in the derivation)"), "—", "Y"),
               ("T",)),
        Symbol(_("weights, input → hidden"),
               ("w_kj", "W^0 (Layer0)", "W_IH, w_ij", "w_ij", "W^[1] (n_out × n_in)"),
               ("net.weights[0]",)),
        Symbol(_("weights, hidden → output"),
               ("w_ji", "W^1 (Layer1)", "W_HO, w'_ij", "w_jk", "W^[2]"),
               ("net.weights[-1]",)),
        Symbol(_("weights of layer l (bpkit)"),
               ("—", "W^l", "—", "—", "W^[l+1] = weights[l]ᵀ"),
               ("net.weights[l]",)),
        Symbol(_("biases"),
               ("b", _("b (one neuron); a bias input 1 in W^0"), _("b1, b2 (one per layer)"),
                "b_j, b_k", _("— (no bias)")),
               ("net.biases[l]", "net.bias")),
        Symbol(_("hidden pre-activation (weighted sum)"),
               ("s_j", "h_1, h_2", "net_Hj", "u_j", "Z^[1]"),
               ("fwd.nets[0]", "fwd.Z[0]")),
        Symbol(_("hidden output"),
               ("h_j", "σ(h_1), σ(h_2)", "out_Hj", "y_j", "A^[1]"),
               ("fwd.outs[0]", "fwd.A[0]")),
        Symbol(_("output pre-activation"),
               ("s_i", "h", "net_Ok", "u_k", "Z^[2]"),
               ("fwd.nets[-1]", "fwd.Z[-1]")),
        Symbol(_("network output"),
               ("y_i", "ŷ", "out_Ok", "y_k", "A^[2]"),
               ("fwd.outs[-1]", "fwd.output", "net.predict(X)")),
        Symbol(_("activation function"),
               ("1/(1 + e^(−s))", "σ", "sigmoid", "활성화 함수", "g"),
               ("net.activations[l]",)),
        Symbol(_("error (loss)"),
               (_("E, cross-entropy"), _("Error(y, ŷ), E (log-loss)"),
                "E_Total = ½Σ(target − out)²", "E", "E = ½(A^[2] − Y)²"),
               ("bwd.loss", "net.loss(X, T)", "net.loss_name")),
        Symbol(_("∂E/∂(network output)"),
               ("a = ∂E/∂y_i", "∂E/∂ŷ", "∂E_Total/∂out_Ok", "∂E/∂y_k", "E^[2] = A^[2] − Y"),
               ("bp.losses.loss_grad(net.loss_name, fwd.output, T)",)),
        Symbol(_("δ of the output layer, ∂E/∂(pre-activation)"),
               ("δy = y_i − t_i", "—", "δ_Ok", "δ_k", "dZ^[2]"),
               ("bwd.deltas[-1]",)),
        Symbol(_("δ of a hidden layer"),
               ("∂E/∂s_j (δh)", "—", "δ_Hj", "δ_j", "dZ^[1]"),
               ("bwd.deltas[l]",)),
        Symbol(_("gradient sent to the layer below"),
               ("∂E/∂h_j", "—", "∂E_Total/∂out_Hj", "∂y_j = Σ_r δ_r w_jr",
                _("W^[2]ᵀ dZ^[2] (the slides' E^[1] differs)")),
               ("bwd.d_inputs[-1]",)),
        Symbol(_("weight gradient"),
               ("∂E/∂w_ji = (y_i − t_i)h_j", "∂E/∂W^0_ij, ∇E", "∂E_Total/∂w'_ij = δ_Oj out_Hi",
                "∂w_jk = y_j δ_k", "ΔW^[l] = ∂E/∂W^[l]"),
               ("bwd.dW[l]", "net.gradients(X, T)[0]")),
        Symbol(_("bias gradient"),
               ("—", "—", "∂E_Total/∂b2 = δ_O1 + δ_O2", "∂b_k = δ_k", "—"),
               ("bwd.db[l]", "net.gradients(X, T)[1]")),
        Symbol(_("learning rate"),
               (_("— (missing on the slide)"), "α", "lr", "η (학습률)", "α"),
               ("lr",)),
        Symbol(_("one update step"),
               ("w(T+1) = w(T) − δy·h_j", "w_i ← w_i − α ∂E/∂w_i", "W^(new) = W − lr·(…)",
                "w = w − η ∂E/∂w", "W := W − αΔW"),
               ("net.sgd_step(X, T, lr)",)),
    )


CROSSWALK = crosswalk()


def crosswalk_table() -> Table:
    """The crosswalk as one table: a row per idea, a column per deck, then bpkit."""
    head = [_("idea")] + [_("deck {d}", d=d) for d in DECKS] + ["bpkit"]
    rows = [[s.concept, *s.decks, " · ".join(s.bpkit)] for s in crosswalk()]
    return Table(head, rows, caption=_("one idea per row: how each deck writes it, and its bpkit "
                                       "name (l = layer, counted from 0; fwd = net.forward(X), "
                                       "bwd = net.backward(fwd, T))"))


def evaluate(expr: str, net, X, T, lr: float = 0.5) -> list:
    """Run one bpkit expression of the crosswalk on ``net`` (a copy: ``sgd_step`` may run).

    Returns ``[(l, value)]``: one entry per layer when the expression uses ``l``, else a
    single entry with l = None.
    """
    import bpkit as bp

    net = net.copy()
    fwd = net.forward(X)
    bwd = net.backward(fwd, T, input_grad=True)
    layers = range(net.n_layers) if "[l]" in expr else [None]
    out = []
    for l in layers:
        scope = {"bp": bp, "np": np, "net": net.copy(), "fwd": fwd, "bwd": bwd, "X": X, "T": T,
                 "lr": lr, "l": l}
        out.append((l, eval(expr, scope)))  # expressions are bpkit's own, from CROSSWALK
    return out


def describe(value) -> str:
    """A short description of a value: the shape of an array, a number, or a string."""
    if isinstance(value, np.ndarray):
        return (_("array {shape}", shape=value.shape) if value.ndim
                else _("{value:.4g} (shape ())", value=float(value)))
    if isinstance(value, (float, np.floating)):
        return f"{float(value):.4g}"
    if isinstance(value, list) and value and isinstance(value[0], (np.ndarray, np.generic)):
        return _("list of {items}", items=", ".join(
            _("array {shape}", shape=v.shape) if np.ndim(v) else f"{float(v):.4g}"
            for v in value))
    return str(value)


def live_table(net, X, T, lr: float = 0.5) -> Table:
    """Every bpkit expression of the crosswalk, run on ``net`` with inputs X and targets T:
    what it gives (shape or value), per layer where it depends on l."""
    rows = []
    for s in CROSSWALK:
        for expr in s.bpkit:
            got = evaluate(expr, net, X, T, lr)
            text = "; ".join(describe(v) if l is None else f"l={l}: {describe(v)}" for l, v in got)
            rows.append([expr, text])
    return Table([_("bpkit expression"), _("on this net")], rows,
                 caption=_("the crosswalk's bpkit names, evaluated on {net}", net=repr(net)))


# ---- one formula in every deck's notation (the box that opens notebooks 03, 04, 05) --------------
def index_box() -> Table:
    """The gradient of one output-layer weight, ∂E/∂w = (the input it multiplies) × (δ of the
    unit it feeds), written in each deck's notation, for the weight from hidden unit 2 to output
    1 of deck 002's net. Each row evaluates its own formula with its own index order; the
    values agree (asserted), which shows that the decks name the same thing differently.

    Returns
    -------
    Table, one row per notation: deck, formula, this weight's symbol, the order of its
    indices, value.
    """
    from .examples import deck002
    net, x, target, _lr = deck002()
    fwd = net.forward(x)
    bwd = net.backward(fwd, target)
    h, delta = fwd.outs[0][0], bwd.deltas[1][0]             # out_H (4,), δ_O (2,): one sample
    A1, dZ2 = fwd.outs[0].T, bwd.deltas[1].T                 # deck 004's columns (n, m)
    j, i = 2, 1                                              # hidden unit 2 → output 1 (1-based)
    from_to, to_from = _("(from, to)"), _("(to, from)")
    rows = [
        ["000", "∂E/∂w_ji = δy_i · h_j", "∂E/∂w₂₁ = δy₁ · h₂", from_to, delta[i - 1] * h[j - 1]],
        ["002", "∂E/∂w'_ij = δ_Oj · out_Hi", "∂E/∂w'₂₁ = δ_O1 · out_H2", from_to,
         delta[i - 1] * h[j - 1]],
        ["003", "∂w_jk = y_j δ_k", "∂w₂₁ = y₂ δ₁", from_to, h[j - 1] * delta[i - 1]],
        ["004", "ΔW^[2] = dZ^[2] A^[1]ᵀ", "ΔW^[2]₁₂ = (dZ^[2] A^[1]ᵀ)₁₂", to_from,
         (dZ2 @ A1.T)[i - 1, j - 1]],
        ["bpkit", "dW[1] = outs[0]ᵀ @ deltas[1]", "dW[1][1, 0]", _("(from, to), 0-based"),
         bwd.dW[1][j - 1, i - 1]],
    ]
    assert np.allclose([r[4] for r in rows], rows[0][4], rtol=1e-12, atol=0)
    return Table([_("deck"), _("formula"), _("this weight"), _("index order"), _("value")], rows,
                 fmt="{:.9f}",
                 caption=_("one weight, hidden unit 2 → output 1 of deck 002's net, in every "
                           "deck's notation"))

"""Output δ against the pre-activation s: why sigmoid + MSE learns slowly when the unit
saturates and sigmoid + cross-entropy does not (deck 000's a·b = y − t beside deck 002's
(out − target)·out(1 − out))."""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from .. import losses
from ..activations import sigmoid
from ..i18n import _


def output_deltas(s: np.ndarray, t: float) -> tuple[np.ndarray, np.ndarray]:
    """δ = ∂E/∂s of one sigmoid output unit for each value in ``s``, target ``t``.

    Parameters
    ----------
    s : ndarray, shape (n,)  pre-activations (deck 000's s_i, deck 002's net_O)
    t : float  the target

    Returns
    -------
    delta_mse : ndarray, shape (n,)  (y − t)·y(1 − y), sigmoid + ½(t − y)² (deck 002)
    delta_bce : ndarray, shape (n,)  y − t, sigmoid + cross-entropy (deck 000)

    Both come from ``bpkit.losses.output_delta``, one sample with n output units.
    """
    net = np.asarray(s, dtype=float)[None, :]
    out = sigmoid(net)
    T = np.full_like(net, float(t))
    return (losses.output_delta("mse", "sigmoid", net, out, T)[0],
            losses.output_delta("bce", "sigmoid", net, out, T)[0])


def plot_output_deltas(t: float = 1.0, s: np.ndarray | None = None, fig=None):
    """Two panels: δ against s for both losses, and |δ| on a log scale.

    Parameters
    ----------
    t : float  the target (1 by default: the unit should fire)
    s : ndarray, optional  pre-activations; default 401 points from −10 to 10
    fig : matplotlib Figure, optional  drawn into when given

    Returns
    -------
    matplotlib Figure (the caller shows it; no ``plt.show()`` here)
    """
    s = np.linspace(-10, 10, 401) if s is None else np.asarray(s, dtype=float)
    d_mse, d_bce = output_deltas(s, t)
    fig = fig or plt.figure(figsize=(10, 3.6))
    ax1, ax2 = fig.subplots(1, 2)
    for ax, f in ((ax1, lambda d: d), (ax2, np.abs)):
        ax.plot(s, f(d_bce), label=_("sigmoid + cross-entropy: $y - t$"), color="C0")
        ax.plot(s, f(d_mse), label=_("sigmoid + MSE: $(y - t)\\,y(1 - y)$"), color="C3")
        ax.set_xlabel(_("pre-activation $s$"))
        ax.grid(alpha=0.3)
        # where the unit is saturated on the wrong side (y ≈ 1 − t): MSE's δ vanishes there
        wrong = s <= -4 if t >= 0.5 else s >= 4
        if wrong.any():
            ax.axvspan(s[wrong].min(), s[wrong].max(), color="0.85", alpha=0.5, lw=0,
                       label=_("saturated and wrong") if ax is ax1 else None)
    ax1.axhline(0, color="0.5", lw=0.8)
    ax1.set_ylabel(_(r"output $\delta = \partial E / \partial s$"))
    ax1.set_title(_("output δ, target t = {t:g}", t=t))
    ax2.set_yscale("log")
    ax2.set_ylabel(_(r"$|\delta|$ (log scale)"))
    ax2.set_title(_("how big a step the unit gets"))
    ax1.legend(loc="best", fontsize=8)
    fig.tight_layout()
    return fig

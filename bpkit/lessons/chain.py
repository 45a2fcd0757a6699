"""Deck 001's chain-rule example, y = w₁x and z = w₂y (x = 1, w₁ = 3, w₂ = 2, so z = 6), and
its 10 % nudge to z = 6.6: the local derivatives, their product, and first-order changes
against the actual ones (notebook 02 and ``bpkit.lab.chain_slider``).

    dy/dx = w₁,  dz/dy = w₂,  dz/dx = dz/dy · dy/dx = w₂w₁   (deck 004: dy/dx = dy/du · du/dx)
    ∂z/∂w₁ = w₂x,  ∂z/∂w₂ = y
"""
from __future__ import annotations

from dataclasses import dataclass

from ..display import Table
from ..i18n import _

# deck 001: x = 1 → y = 3x = 3 → z = 2y = 6
DECK001_X, DECK001_W1, DECK001_W2 = 1.0, 3.0, 2.0


@dataclass(frozen=True)
class ChainValues:
    """Forward values and every derivative of y = w₁x, z = w₂y at one point."""

    x: float
    w1: float
    w2: float
    y: float
    z: float
    dy_dx: float
    dz_dy: float
    dz_dx: float
    dz_dw1: float
    dz_dw2: float


def chain_values(x: float = DECK001_X, w1: float = DECK001_W1,
                 w2: float = DECK001_W2) -> ChainValues:
    """y = w₁x, z = w₂y and the derivatives: dy/dx = w₁, dz/dy = w₂, their product dz/dx,
    ∂z/∂w₁ = w₂x and ∂z/∂w₂ = y."""
    x, w1, w2 = float(x), float(w1), float(w2)
    y = w1 * x
    return ChainValues(x, w1, w2, y, w2 * y, w1, w2, w2 * w1, w2 * x, y)


def backtrack(z_target: float, w1: float = DECK001_W1,
              w2: float = DECK001_W2) -> tuple[float, float]:
    """Deck 001's "6.6 = 2y → y = 3.3 = 3x → x = 1.1": the y and x that give ``z_target``
    with the weights fixed. Returns ``(y, x)``."""
    y = float(z_target) / float(w2)
    return y, y / float(w1)


NUDGEABLE = ("x", "w1", "w2")


def nudge(which, rel: float = 0.1, x: float = DECK001_X, w1: float = DECK001_W1,
          w2: float = DECK001_W2) -> dict:
    """Raise one of x, w₁, w₂ (or several: a tuple of names) by ``rel`` (0.1 = 10 %) and
    compare the first-order change of z, Σ ∂z/∂v · Δv, with the actual change.

    z is linear in each one alone, so one nudge is predicted exactly; two at once add the
    second-order term (e.g. Δw₁·Δw₂·x) that the derivatives do not see.

    Returns a dict with keys which, old, new, z_old, z_new, slope, predicted, actual
    (old, new, slope are tuples when several are nudged).
    """
    names = (which,) if isinstance(which, str) else tuple(which)
    for name in names:
        if name not in NUDGEABLE:
            from ..errors import UnknownNameError
            raise UnknownNameError(_("can nudge x, w1 or w2; got {name}", name=repr(name)))
    base = chain_values(x, w1, w2)
    args = {"x": base.x, "w1": base.w1, "w2": base.w2}
    slopes = {"x": base.dz_dx, "w1": base.dz_dw1, "w2": base.dz_dw2}
    old = tuple(args[n] for n in names)
    for n in names:
        args[n] = args[n] * (1.0 + rel)
    new = chain_values(**args)
    predicted = sum(slopes[n] * (args[n] - o) for n, o in zip(names, old))
    one = len(names) == 1
    return {"which": _(" and ").join(names), "old": old[0] if one else old,
            "new": args[names[0]] if one else tuple(args[n] for n in names),
            "z_old": base.z, "z_new": new.z,
            "slope": slopes[names[0]] if one else tuple(slopes[n] for n in names),
            "predicted": predicted, "actual": new.z - base.z}


def nudge_table(rel: float = 0.1, x: float = DECK001_X, w1: float = DECK001_W1,
                w2: float = DECK001_W2) -> Table:
    """``nudge`` for each of x, w₁, w₂ alone and for both weights at once, as a table."""
    rows = []
    for which in NUDGEABLE + (("w1", "w2"),):
        r = nudge(which, rel, x, w1, w2)
        fmt = ((lambda v: v) if isinstance(which, str)
               else (lambda v: ", ".join(f"{a:.4g}" for a in v)))
        rows.append([r["which"], fmt(r["old"]), fmt(r["new"]), r["z_new"], fmt(r["slope"]),
                     r["predicted"], r["actual"]])
    return Table([_("nudged"), _("from"), _("to"), _("z after"), _("∂z/∂(nudged)"),
                  _("Σ slope × change"), _("actual change of z")], rows,
                 caption=_("raise by {rel:.0%}, keep the rest fixed (z was {z:g})", rel=rel,
                           z=chain_values(x, w1, w2).z), fmt="{:.4g}")

"""Deck 001's y = w₁x, z = w₂y: derivatives against central differences and the 10 % nudge."""
import numpy as np
import pytest

from bpkit.errors import UnknownNameError
from bpkit.lessons import chain


def test_deck001_numbers():
    v = chain.chain_values()
    assert (v.x, v.y, v.z) == (1.0, 3.0, 6.0)
    assert (v.dy_dx, v.dz_dy, v.dz_dx) == (3.0, 2.0, 6.0)
    assert (v.dz_dw1, v.dz_dw2) == (2.0, 3.0)   # the brief's ∂z/∂w₁ = 2x, ∂z/∂w₂ = y


@pytest.mark.parametrize("x, w1, w2", [(1.0, 3.0, 2.0), (0.3, -1.2, 2.5), (-2.0, 0.4, -0.7)])
def test_derivatives_match_central_differences(x, w1, w2):
    v, h = chain.chain_values(x, w1, w2), 1e-6

    def z(**k):
        return chain.chain_values(**{"x": x, "w1": w1, "w2": w2, **k}).z

    assert np.isclose(v.dz_dx, (z(x=x + h) - z(x=x - h)) / (2 * h))
    assert np.isclose(v.dz_dw1, (z(w1=w1 + h) - z(w1=w1 - h)) / (2 * h))
    assert np.isclose(v.dz_dw2, (z(w2=w2 + h) - z(w2=w2 - h)) / (2 * h))
    assert np.isclose(v.dz_dx, v.dz_dy * v.dy_dx)


def test_backtrack_is_the_slide_chain():
    y, x = chain.backtrack(6.6)
    assert np.isclose(y, 3.3) and np.isclose(x, 1.1)


@pytest.mark.parametrize("which", ["x", "w1", "w2"])
def test_ten_percent_on_any_one_gives_6_6(which):
    r = chain.nudge(which, 0.1)
    assert np.isclose(r["z_new"], 6.6)
    assert np.isclose(r["predicted"], r["actual"])


def test_two_nudges_differ_from_first_order_by_the_cross_term():
    r = chain.nudge(("w1", "w2"), 0.1)
    assert np.isclose(r["z_new"], 3.3 * 2.2)
    assert np.isclose(r["actual"] - r["predicted"], 0.3 * 0.2 * 1.0)


def test_unknown_nudge_is_named():
    with pytest.raises(UnknownNameError, match="'b'"):
        chain.nudge("b")


def test_nudge_table_has_a_row_per_nudge():
    t = chain.nudge_table()
    assert [r[0] for r in t.rows] == ["x", "w1", "w2", "w1 and w2"]
    assert "<table>" in t._repr_html_()

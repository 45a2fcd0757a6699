"""The chain-rule slider demo, driven headless: a slider change updates state and output."""
import numpy as np

from bpkit.lab import chain_slider as widgets_chain


def test_starts_at_deck001():
    w, state = widgets_chain.chain_demo()
    assert state.values.z == 6.0 and state.actual_change == 0.0
    assert len(w["out"].outputs) == 1
    assert set(w) >= {"x", "w1", "w2", "out", "box"}


def test_slider_moves_z_and_the_derivatives():
    w, state = widgets_chain.chain_demo()
    n = state.updates
    w["w1"].value = 3.3
    assert state.updates == n + 1
    assert np.isclose(state.values.z, 6.6)
    assert np.isclose(state.values.dz_dx, 2.0 * 3.3)
    assert np.isclose(state.predicted_change, state.actual_change)
    text = w["out"].outputs[0]["data"]["text/plain"]
    assert "6.6" in text
    assert len(w["out"].outputs) == 1  # replaced, not appended


def test_two_sliders_show_the_second_order_gap():
    w, state = widgets_chain.chain_demo()
    w["w1"].value = 3.3
    w["w2"].value = 2.2
    assert np.isclose(state.actual_change, 3.3 * 2.2 - 6.0)
    assert np.isclose(state.actual_change - state.predicted_change, 0.3 * 0.2)


def test_x_slider_scales_z_by_the_product_of_local_derivatives():
    w, state = widgets_chain.chain_demo()
    w["x"].value = 1.5
    assert np.isclose(state.values.z, 1.5 * 3.0 * 2.0)
    assert np.isclose(state.actual_change, state.values.dz_dx * 0.5)


def test_the_table_speaks_korean_in_the_korean_edition():
    import bpkit.i18n as i18n
    try:
        i18n.set_language("ko")
        w, state = widgets_chain.chain_demo()
        w["w1"].value = 3.3
        assert state.table.head == ["항목", "값"]
        assert state.table.caption == "강의 자료 001의 연쇄: x → y = w₁x → z = w₂y"
        assert state.table.rows[-2][0] == "z = 6에서의 변화량, 1차 근사"
    finally:
        i18n.set_language("en")

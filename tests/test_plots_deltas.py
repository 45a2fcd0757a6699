"""bpkit.figures.deltas: the two output δ's are the formulas of decks 000 and 002, and the
figure shows them on a linear and a log scale."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from bpkit.figures import deltas  # noqa: E402


def test_output_deltas_are_the_deck_formulas():
    s = np.array([-9.0, -2.0, 0.0, 3.0])
    y = 1 / (1 + np.exp(-s))
    d_mse, d_bce = deltas.output_deltas(s, t=0.2)
    assert np.allclose(d_bce, y - 0.2, rtol=1e-12)
    assert np.allclose(d_mse, (y - 0.2) * y * (1 - y), rtol=1e-12)
    # saturated on the wrong side (t = 1, s = −9): MSE's δ is thousands of times smaller
    d_mse, d_bce = deltas.output_deltas(np.array([-9.0]), t=1.0)
    assert abs(d_bce[0]) > 0.99 and abs(d_mse[0]) < 1e-3 * abs(d_bce[0])


def test_plot_has_a_linear_and_a_log_panel():
    fig = deltas.plot_output_deltas(t=1.0, s=np.linspace(-6, 6, 61))
    ax1, ax2 = fig.axes
    assert ax1.get_yscale() == "linear" and ax2.get_yscale() == "log"
    assert len(ax1.get_lines()) >= 2 and len(ax2.get_lines()) == 2
    plt.close(fig)


def test_plot_speaks_the_notebooks_language():
    import bpkit as bp
    try:
        bp.set_language("ko")
        fig = deltas.plot_output_deltas(t=1.0, s=np.linspace(-6, 6, 61))
        assert fig.axes[0].get_title() == "출력층 δ, 목표값 t = 1"
        assert "교차 엔트로피" in fig.axes[0].get_legend().get_texts()[0].get_text()
        plt.close(fig)
    finally:
        bp.set_language("en")


def test_korean_figures_miss_no_glyph(korean, every_glyph):
    from bpkit.figures.net342 import draw_net342
    for fig in (deltas.plot_output_deltas(t=1.0), draw_net342(highlight=["w'12"])):
        every_glyph(fig)

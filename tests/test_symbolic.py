"""The derivations of bpkit.symbolic (deck 000, deck 002): every step equals the one before,
the end points are the known results, the slide errata really are wrong, and deck 000's
update formulas equal SymPy's derivatives and bpkit's numbers."""
import numpy as np
import pytest
import sympy as sp

import bpkit as bp
from bpkit import symbolic as S

DERIVATIONS = [S.sigmoid_derivative_steps, S.bce_derivative_steps,
               S.bce_delta_collapse_steps, S.mse_delta_steps]


@pytest.mark.parametrize("derivation", DERIVATIONS, ids=lambda f: f.__name__)
def test_every_step_equals_the_previous(derivation):
    steps = derivation()
    assert len(steps) >= 3
    assert S.verify_steps(steps) == [True] * len(steps)
    for step in steps:
        assert step.latex() and step.en and step.ko
        # the explanations go into LaTeX's \text{...}: no characters that would need escaping
        assert not set("_{}\\$%#&^") & set(step.en + step.ko), (step.en, step.ko)
        assert step._repr_latex_().startswith("$")


@pytest.mark.parametrize("derivation", DERIVATIONS, ids=lambda f: f.__name__)
def test_verify_steps_catches_a_wrong_step(derivation):
    steps = derivation()
    wrong = S.Step("✗", steps[-1].expr * 2 + 1, "wrong", "틀림", subs=steps[-1].subs)
    assert S.verify_steps(steps + [wrong])[-1] is False


def test_sigmoid_derivative_ends_at_y_times_one_minus_y():
    steps = S.sigmoid_derivative_steps()
    assert [st.label for st in steps][1:] == ["①", "②", "③", "③", "③", "④", "b"]
    xs = np.linspace(-4, 4, 9)
    last = sp.lambdify(S.x, steps[-1].checked_expr())(xs)
    assert np.allclose(last, bp.sigmoid_grad(xs), rtol=1e-14)


def test_sigmoid_derivative_is_what_bpkit_computes():
    z = sp.Symbol("z", real=True)
    expr = S.sigmoid_derivative(z)
    assert sp.simplify(expr - sp.diff(1 / (1 + sp.exp(-z)), z)) == 0
    zs = np.array([-30.0, -1.0, 0.0, 2.5])
    assert np.allclose(sp.lambdify(z, expr)(zs), bp.sigmoid_grad(zs), rtol=1e-12, atol=0)


def test_the_slides_step_3_would_fail_the_chain():
    steps = S.sigmoid_derivative_steps()
    u = 1 + sp.exp(-S.x)
    slide3 = S.Step("③", sp.exp(-S.x) / u**-2, "slide", "슬라이드")
    assert S.verify_steps([steps[2], slide3]) == [True, False]


def test_bce_derivative_matches_bpkit_loss_grad():
    a = S.bce_derivative_steps()[-1].expr
    f = sp.lambdify((S.y, S.t), a)
    y = np.array([[0.2, 0.7, 0.95]])
    T = np.array([[0.0, 1.0, 0.3]])
    assert np.allclose(f(y, T), bp.losses.loss_grad("bce", y, T), rtol=1e-12)


def test_collapse_and_mse_delta_match_bpkit_output_delta():
    net = np.array([[-3.0, -0.5, 0.0, 2.0, 6.0]])
    out = bp.sigmoid(net)
    T = np.full_like(net, 0.25)
    collapse = sp.lambdify((S.s, S.t), S.bce_delta_collapse_steps()[-1].checked_expr())
    mse = sp.lambdify((S.net_O, S.target), S.mse_delta_steps()[-1].checked_expr())
    assert np.allclose(collapse(net, T), bp.losses.output_delta("bce", "sigmoid", net, out, T))
    assert np.allclose(mse(net, T), bp.losses.output_delta("mse", "sigmoid", net, out, T))


@pytest.mark.parametrize("where", list(S.SLIDE_ERRATA))
def test_slide_errata_differ_from_the_right_line(where):
    e = S.SLIDE_ERRATA[where]
    slide, right = e.values()
    assert e.differs and not np.isclose(slide, right)
    assert e.slide_tex != e.right_tex and e.deck == "000"


def test_errata_right_lines_are_the_true_derivatives():
    e = S.SLIDE_ERRATA["000 σ' ③"]
    true = sp.diff(S.sigmoid_expr(S.x), S.x).subs(S.x, 0)
    assert e.values()[1] == pytest.approx(float(true))
    e = S.SLIDE_ERRATA["000 ∂E/∂y_i"]
    true = sp.diff(S.bce_term(S.y, S.t), S.y).subs(e.point)
    assert e.values()[1] == pytest.approx(float(true))


@pytest.mark.parametrize("check", [S.deck000_output_check, S.deck000_hidden_check])
def test_deck000_formulas_equal_sympy_derivatives(check):
    rows = check()
    assert len(rows) == 4 and all(row[3] for row in rows)


def test_symbolic_equal_rejects_a_wrong_formula():
    _, derivative, formula, _ = S.deck000_output_check()[0]
    assert S.symbolic_equal(derivative, formula)
    assert not S.symbolic_equal(derivative, 2 * formula)
    assert not S.symbolic_equal(derivative, formula + sp.Symbol("t_1") / 100)


@pytest.mark.parametrize("bias", ["none", "unit"])
def test_deck000_numbers_equal_bpkit_gradients(bias):
    # one sample: bpkit's batch mean is the per-sample E of the deck
    net = bp.MLP([3, 3, 2], activation="sigmoid", loss="bce", bias=bias, seed=3)
    if bias == "unit":
        net.biases = [np.array([0.1, -0.2, 0.3]), np.array([0.05, -0.1])]
    x = np.array([0.5, -1.0, 2.0])
    t = np.array([1.0, 0.0])
    fwd = net.forward(x)
    h, y = fwd.outs[0][0], fwd.outs[1][0]
    dW, _ = net.gradients(x, t)
    assert np.allclose(dW[1], S.deck000_output_gradient(h, y, t), rtol=1e-12)
    assert np.allclose(dW[0], S.deck000_hidden_gradient(x, h, y, t, net.weights[1]), rtol=1e-12)


def test_symbolic_equal_falls_back_to_numbers_only_when_allowed():
    u, v = sp.symbols("u v", real=True)
    a, b = sp.exp(u + v), sp.expand(sp.exp(u + v), power_exp=True)   # e^(u+v) vs e^u e^v
    assert not S.symbolic_equal(a, b, numeric_fallback=False)         # needs an exp rule
    assert S.symbolic_equal(a, b)
    assert not S.symbolic_equal(a, 2 * b)


def test_package_reexports_every_public_name_of_its_modules():
    import importlib
    for mod in ("symbols", "steps", "derivations", "errata", "deck000", "oracle"):
        module = importlib.import_module(f"bpkit.symbolic.{mod}")
        for name in module.__all__:
            assert getattr(S, name) is getattr(module, name), f"{mod}.{name}"
            assert name in S.__all__, name
    assert callable(S.sigmoid_derivative)   # cited by /work/shared/STYLE.md


def test_steps_and_errata_speak_the_notebooks_language():
    step = S.sigmoid_derivative_steps()[1]
    erratum = S.SLIDE_ERRATA["000 ∂E/∂y_i"]
    assert step.en in step._repr_latex_() and step.ko not in step._repr_latex_()
    assert "wrong" in erratum._repr_latex_() and erratum.explanation() == erratum.why
    try:
        bp.set_language("ko")
        assert step.ko in step._repr_latex_() and step.en not in step._repr_latex_()
        assert "오류" in erratum._repr_latex_() and erratum.explanation() != erratum.why
        assert S.errata_table().caption.startswith("강의 자료 000")
        assert "관례" in S.conventions_table().caption
    finally:
        bp.set_language("en")

"""Deck 004's matrix derivative entry by entry (bpkit.lessons.matrix_calculus): the chain's
factors as tensors, their contraction, Aᵀ in the wrong place, the review slide's 1–4단계 in
SymPy, the transposition for every size, and what E = ½(A − Y)² can mean."""
import numpy as np
import pytest
import sympy as sp

import bpkit as bp
from bpkit.errors import ShapeError
from bpkit.lessons import matrix_calculus as mc
from bpkit.lessons import matrix_model as mm
from bpkit.symbolic import verify_steps


def _layer(n=2, p=4, m=5, seed=3):
    rng = np.random.default_rng(seed)
    return rng.normal(0, 1, (n, p)), rng.uniform(0, 1, (p, m)), rng.uniform(0, 1, (n, m))


def test_jacobian_of_a_linear_map_is_its_matrix():
    M = np.arange(6.0).reshape(2, 3)
    J = mc.jacobian(lambda v: M @ v, np.ones(3))
    assert J.shape == (2, 3) and np.allclose(J, M, atol=1e-9)


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "identity"])
def test_contracting_the_three_factors_gives_dZ_A_transposed(activation):
    W, A_in, Y = _layer()
    t = mc.chain_tensors(W, A_in, Y, activation)
    assert t.dE_dA.shape == (2, 5) and t.dA_dZ.shape == (2, 5, 2, 5)
    assert t.dZ_dW.shape == (2, 5, 2, 4)
    Z = W @ A_in
    A = bp.activations.forward(activation, Z.T).T
    dZ = bp.activations.backward(activation, Z.T, A.T, (A - Y).T).T
    assert np.allclose(mc.contract(t), dZ @ A_in.T, atol=1e-7)
    assert all(row[-1] for row in mc.tensor_table(t, W, A_in, Y, activation))


def test_contraction_equals_matrix_model_and_bpkit():
    net = bp.MLP([3, 4, 2], activation="sigmoid", loss="mse", bias="none", seed=0)
    rng = np.random.default_rng(0)
    X, T = rng.uniform(0, 1, (5, 3)), rng.uniform(0, 1, (5, 2))
    W1, W2 = net.weights[0].T, net.weights[1].T
    fwd = mm.forward_columns(W1, W2, X.T)
    bwd = mm.backward_columns(W2, X.T, T.T, fwd)
    dW2 = mc.contract(mc.chain_tensors(W2, fwd.A1, T.T))
    assert np.allclose(dW2, bwd.dW2, atol=1e-8)
    assert np.allclose(dW2, 5 * net.gradients(X, T)[0][1].T, atol=1e-8)
    assert np.allclose(mc.index_loop_dW(fwd.A1, fwd.A2, T.T), bwd.dW2)


def test_tensor_table_notices_a_wrong_factor():
    W, A_in, Y = _layer()
    t = mc.chain_tensors(W, A_in, Y)
    wrong = t._replace(dZ_dW=np.einsum("aj,lb->abjl", np.eye(2), A_in[::-1]))
    assert [row[-1] for row in mc.tensor_table(wrong, W, A_in, Y)] == [True, True, False]
    assert [row[3] for row in mc.tensor_table(t, W, A_in, Y)] == [10, 10, 40]


def test_shapes_are_refused_with_both_shapes_named():
    W, A_in, Y = _layer()
    with pytest.raises(ShapeError, match=r"W \(2, 4\), A_in \(5, 4\)"):
        mc.chain_tensors(W, A_in.T, Y)
    with pytest.raises(ShapeError, match=r"\(2, 5\); got \(5, 2\)"):
        mc.factor_orders(W, A_in, Y.T)


@pytest.mark.parametrize("n, p, m", [(2, 3, 2), (1, 2, 3)])
def test_dZ_dW_is_kronecker_times_A_exactly(n, p, m):
    assert mc.dZ_dW_exact(n, p, m)


def test_A_transposed_works_only_on_the_right():
    W, A_in, Y = _layer()
    rows = mc.factor_orders(W, A_in, Y, "batch")
    assert [r[1] for r in rows] == ["dZ·Aᵀ", "Aᵀ·dZ", "dZ ⊙ Aᵀ", "A·dZᵀ"]
    assert [r[-1] for r in rows] == [True, False, False, False]
    assert rows[1][3].startswith("fails") and rows[2][3].startswith("fails")
    assert "ΔWᵀ" in rows[3][3]
    square = mc.factor_orders(W[:, :2], A_in[:2, :2], Y[:, :2], "square")
    assert [r[3].startswith("shape") for r in square] == [True] * 4     # every product fits …
    assert [r[-1] for r in square] == [True, False, False, False]       # … and still differs


def test_review_slide_steps_all_hold_for_any_g():
    rows = mc.review_table()
    assert all(r[-1] is True for r in rows[:-1])
    assert rows[-1][-1] == "1"                  # the slide's conclusion is the step with α = 1


@pytest.mark.parametrize("j, k", [(1, 1), (3, 2)])
def test_review_steps_verify_and_a_wrong_index_is_caught(j, k):
    steps = mc.review_steps(j, k)
    assert verify_steps(steps) == [True] * 5
    a_other = sp.Symbol(f"a_{j % 3 + 1}")
    bad = steps[:-1] + [steps[-1].__class__("4단계", steps[-1].expr.subs(sp.Symbol(f"a_{j}"),
                                                                       a_other), "wrong", "틀림")]
    assert verify_steps(bad)[-1] is False


def test_transposition_holds_for_every_size():
    rows = mc.transpose_table()
    assert len(rows) == 3 and all(r[3] and r[4] for r in rows)


def test_matrix_square_fails_and_the_three_right_readings_agree_with_bpkit():
    net = bp.MLP([3, 4, 2], activation="sigmoid", loss="mse", bias="none", seed=0)
    rng = np.random.default_rng(1)
    X, T = rng.uniform(0, 1, (5, 3)), rng.uniform(0, 1, (5, 2))
    rows = mc.square_attempts(net.predict(X).T, T.T)
    assert rows[0][2].startswith("fails")
    assert np.allclose([r[2] for r in rows[1:]], 5 * net.loss(X, T), rtol=1e-12)
    square = mc.square_attempts(np.eye(2), np.zeros((2, 2)))
    assert square[0][2] == "a (2, 2) matrix, not a number"


def test_tables_speak_the_notebooks_language_when_called():
    heads = [mc.tensor_head, mc.order_head, mc.review_head, mc.transpose_head,
             mm.convention_head]
    english = [h() for h in heads]
    try:
        bp.set_language("ko")
        korean = [h() for h in heads]
        square = mc.square_attempts(np.eye(2), np.zeros((2, 2)))
        fails = mc.square_attempts(np.ones((2, 3)), np.zeros((2, 3)))
    finally:
        bp.set_language("en")
    assert all(len(k) == len(e) and k != e for k, e in zip(korean, english))
    assert square[0][2] == "(2, 2) 행렬이지 숫자가 아님" and fails[0][2].startswith("실패")
    assert [h() for h in heads] == english          # looked up at each call, not at import

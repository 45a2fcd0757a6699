"""Deck 002 ("오차역전파 계산하기"): the 3-4-2 sigmoid net with shared biases b1, b2,
worked by hand number by number with plain Python scalars, each formula written as the
deck writes it, and compared with bpkit's forward and backward records.

w[i][j] is w_ij (input i -> hidden j), v[i][j] is w'_ij (hidden i -> output j); indices
here are 0-based where the deck's are 1-based.
"""
import math

import numpy as np
import pytest

from bpkit.lessons.examples import deck002


def sig(s):
    return 1.0 / (1.0 + math.exp(-s))


@pytest.fixture(scope="module")
def by_hand():
    net, x, target, lr = deck002()
    w = net.weights[0].tolist()
    v = net.weights[1].tolist()
    b1, b2 = float(net.biases[0]), float(net.biases[1])
    x, y = x.tolist(), target.tolist()
    r = {"net": net, "x": x, "y": y, "lr": lr, "w": w, "v": v, "b1": b1, "b2": b2}

    # net_Hj = b1 + x_1 w_1j + x_2 w_2j + x_3 w_3j ; out_Hj = 1 / (1 + e^(−net_Hj))
    r["net_H"] = [b1 + sum(x[i] * w[i][j] for i in range(3)) for j in range(4)]
    r["out_H"] = [sig(n) for n in r["net_H"]]
    # net_Oj = b2 + Σ_i out_Hi w'_ij ; out_Oj = σ(net_Oj)
    r["net_O"] = [b2 + sum(r["out_H"][i] * v[i][j] for i in range(4)) for j in range(2)]
    r["out_O"] = [sig(n) for n in r["net_O"]]
    # E_Total = ½ {(target_1 − out_O1)² + (target_2 − out_O2)²}
    r["E"] = 0.5 * ((y[0] - r["out_O"][0]) ** 2 + (y[1] - r["out_O"][1]) ** 2)
    # δ_Oj = (out_Oj − y_j) out_Oj (1 − out_Oj)
    r["delta_O"] = [(o - t) * o * (1 - o) for o, t in zip(r["out_O"], y)]
    # ∂E/∂w'_ij = δ_Oj out_Hi
    r["dv"] = [[r["delta_O"][j] * r["out_H"][i] for j in range(2)] for i in range(4)]
    # δ_Hj = (δ_O1 w'_j1 + δ_O2 w'_j2) out_Hj (1 − out_Hj)
    r["delta_H"] = [(r["delta_O"][0] * v[j][0] + r["delta_O"][1] * v[j][1])
                    * r["out_H"][j] * (1 - r["out_H"][j]) for j in range(4)]
    # ∂E/∂w_ij = δ_Hj x_i
    r["dw"] = [[r["delta_H"][j] * x[i] for j in range(4)] for i in range(3)]
    # ∂E/∂b2 = δ_O1 + δ_O2 ; ∂E/∂b1 = δ_H1 + δ_H2 + δ_H3 + δ_H4
    r["db2"] = r["delta_O"][0] + r["delta_O"][1]
    r["db1"] = r["delta_H"][0] + r["delta_H"][1] + r["delta_H"][2] + r["delta_H"][3]
    return r


def close(a, b):
    np.testing.assert_allclose(np.asarray(a, dtype=float), np.asarray(b, dtype=float),
                               rtol=1e-13, atol=1e-16)


def test_the_example_is_the_3_4_2_net(by_hand):
    net = by_hand["net"]
    assert net.sizes == [3, 4, 2]
    assert net.activations == ["sigmoid", "sigmoid"]
    assert net.loss_name == "mse" and net.bias == "shared"
    assert (by_hand["b1"], by_hand["b2"], by_hand["lr"]) == (0.35, 0.60, 0.5)


def test_forward_number_by_number(by_hand):
    fwd = by_hand["net"].forward(np.array(by_hand["x"]))
    close(fwd.nets[0][0], by_hand["net_H"])
    close(fwd.outs[0][0], by_hand["out_H"])
    close(fwd.nets[1][0], by_hand["net_O"])
    close(fwd.outs[1][0], by_hand["out_O"])
    # no unit saturates: every out is a readable value strictly inside (0.5, 1)
    assert all(0.5 < o < 1 for o in by_hand["out_H"] + by_hand["out_O"])


def test_error_number_by_number(by_hand):
    net = by_hand["net"]
    assert net.loss(np.array(by_hand["x"]), np.array(by_hand["y"])) == \
        pytest.approx(by_hand["E"], rel=1e-14)


def test_backward_number_by_number(by_hand):
    net = by_hand["net"]
    x, y = np.array(by_hand["x"]), np.array(by_hand["y"])
    bwd = net.backward(net.forward(x), y)
    close(bwd.deltas[1][0], by_hand["delta_O"])
    close(bwd.dW[1], by_hand["dv"])
    close(bwd.deltas[0][0], by_hand["delta_H"])
    close(bwd.dW[0], by_hand["dw"])
    assert bwd.db[1].shape == () and bwd.db[0].shape == ()
    assert float(bwd.db[1]) == pytest.approx(by_hand["db2"], rel=1e-13)
    assert float(bwd.db[0]) == pytest.approx(by_hand["db1"], rel=1e-13)
    assert bwd.loss == pytest.approx(by_hand["E"], rel=1e-14)


def test_the_slides_typo_w21_would_give_a_different_number(by_hand):
    """The deck writes ∂net_O2/∂w'_21 where w'_12 is meant (CURRICULUM errata): the two
    gradients differ, and bpkit's dW[1][0, 1] is the w'_12 one."""
    net = by_hand["net"]
    bwd = net.backward(net.forward(np.array(by_hand["x"])), np.array(by_hand["y"]))
    dv = by_hand["dv"]
    assert dv[0][1] == pytest.approx(by_hand["delta_O"][1] * by_hand["out_H"][0], rel=1e-15)
    assert float(bwd.dW[1][0, 1]) == pytest.approx(dv[0][1], rel=1e-13)
    assert abs(dv[0][1] - dv[1][0]) > 1e-3


def test_one_update_with_lr_lowers_the_error(by_hand):
    r = by_hand
    net = r["net"].copy()
    lr = r["lr"]
    # W_new = W − lr * gradient matrix; b_new = b − lr * Σδ, as the deck writes them
    w_new = [[r["w"][i][j] - lr * r["dw"][i][j] for j in range(4)] for i in range(3)]
    v_new = [[r["v"][i][j] - lr * r["dv"][i][j] for j in range(2)] for i in range(4)]
    b1_new, b2_new = r["b1"] - lr * r["db1"], r["b2"] - lr * r["db2"]

    E_before = net.sgd_step(np.array(r["x"]), np.array(r["y"]), lr)
    assert E_before == pytest.approx(r["E"], rel=1e-14)
    close(net.weights[0], w_new)
    close(net.weights[1], v_new)
    assert float(net.biases[0]) == pytest.approx(b1_new, rel=1e-14)
    assert float(net.biases[1]) == pytest.approx(b2_new, rel=1e-14)

    # the error after the update, forward pass by hand with the new numbers
    x, y = r["x"], r["y"]
    out_H = [sig(b1_new + sum(x[i] * w_new[i][j] for i in range(3))) for j in range(4)]
    out_O = [sig(b2_new + sum(out_H[i] * v_new[i][j] for i in range(4))) for j in range(2)]
    E_after = 0.5 * ((y[0] - out_O[0]) ** 2 + (y[1] - out_O[1]) ** 2)
    assert net.loss(np.array(x), np.array(y)) == pytest.approx(E_after, rel=1e-13)
    assert E_after < E_before

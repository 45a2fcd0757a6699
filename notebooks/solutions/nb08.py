"""Reference solutions for the exercises of 08_explorer.ipynb (same names as the stubs)."""
import numpy as np


def best_weight():
    """Found with the explorer: every ∂E/∂w'_i2 is negative (out_O2 is below its target 0.99),
    and w'_42 carries the largest out_H; raising it by 1 lowers E the most."""
    return "w'_42"


def predicted_sign(out, target):
    """∂E/∂w'_jk = δ_k · out_Hj; out_Hj > 0 and δ_k has the sign of out_k − target_k
    (MSE: (out − t)·out(1 − out); cross-entropy: out − t)."""
    return int(np.sign(out - target))


def my_nudge(net, x, target, layer, i, j, eps):
    """The chain rule's prediction ∂E/∂w·ε beside the real change E(w + ε) − E(w)."""
    dW, _ = net.gradients(x, target)
    predicted = dW[layer][i, j] * eps
    moved = net.copy()
    moved.weights[layer][i, j] += eps
    actual = moved.loss(x, target) - net.loss(x, target)
    return predicted, actual


def hidden_delta_signs(delta_O, W_HO, out_H):
    """δ_Hj = (Σ_k δ_Ok·w'_jk)·out_Hj(1 − out_Hj), and out_Hj(1 − out_Hj) > 0 for a sigmoid
    unit: the sign is the sign of Σ_k δ_Ok·w'_jk, sizes included; out_H is not needed."""
    return np.sign(W_HO @ delta_O)


# predict, then reveal: what a learner writes with a pen
PREDICTIONS = {
    "delta_O1_after": "smaller",   # out(1 − out) → 0 as out_O1 → 1
    "hidden_negatives": 4,         # 10·0.0003865 = 0.003865 < 0.45·0.009876 = 0.004444
    "ce_delta_O1": 0.9896,         # out_O1 − target₁ = 0.999609 − 0.01
    "nudge_E": "up",               # ∂E/∂w'₁₁ = δ_O1·out_H1 > 0
}

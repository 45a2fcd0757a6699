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

"""Reference solutions for the exercises of 02_chain_rule.ipynb."""
import bpkit as bp

# predictions, as a learner writes them after working them out with a pen
PREDICTIONS = {
    "f_prime_2": 300,        # f'(g(2))·g'(2) = 3·5²·4
    "dz_dw1": 2,             # ∂z/∂y · ∂y/∂w₁ = w₂·x = 2·1
    "delta_z_both": 1.26,    # 3.3·2.2·1 − 6
}


def my_weight_grads(x, w1, w2):
    y = w1 * x
    return w2 * x, y


def my_sigmoid_chain(x, w, b):
    s = bp.sigmoid(w * x + b)
    return s * (1 - s) * w


def most_sensitive(x, w1, w2):
    # z = w2·w1·x: each partial derivative is the product of the other two factors
    d = {"x": w1 * w2, "w1": w2 * x, "w2": w1 * x}
    return max(d, key=lambda name: abs(d[name]))

"""Reference solutions for the exercises of 03_symbolic_derivatives.ipynb."""
import numpy as np
import sympy as sp

# the predictions, as a learner writes them with a pen
PREDICTIONS = {
    "update_direction": "gradient",   # E changes by ∇E·Δw = −η|∇E|² < 0
    "dE_dy": 3.438,                   # −0.25/0.8 + 0.75/0.2 = −0.3125 + 3.75
    "sigmoid_slope_0": 0.25,          # y(1 − y) = 0.5 · 0.5
    "sign_dE_dw_out1": "-",           # (y_1 − 1)·h_j < 0, h_j > 0
}


def my_dE_dy(y, t):
    """∂E/∂y of −{t log y + (1 − t) log(1 − y)} (deck 000's ②, corrected)."""
    return -t / y + (1 - t) / (1 - y)


def my_mse_delta(out, target):
    """δ_O of a sigmoid output with E = ½(target − out)² (deck 002)."""
    return (out - target) * out * (1 - out)


def my_tanh_derivative(y):
    """tanh'(x) in y = tanh(x): differentiate in SymPy, then write tanh(x) as y."""
    x = sp.Symbol("x")
    derivative = sp.diff(sp.tanh(x), x)          # 1 - tanh(x)**2
    return derivative.subs(sp.tanh(x), y)


def hidden_delta_signs(errors, W):
    """Signs of the hidden δh_j = Σ_i (y_i − t_i) w_ji · h_j(1 − h_j): the factor h_j(1 − h_j)
    of a sigmoid is positive, so the sum over the outputs decides."""
    return np.sign(W @ errors)

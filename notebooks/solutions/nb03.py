"""Reference solutions for the exercises of 03_symbolic_derivatives.ipynb."""
import sympy as sp


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

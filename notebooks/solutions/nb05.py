"""Reference solutions for the exercises of 05_delta_rule.ipynb (same names as the stubs)."""

import bpkit as bp


def my_hidden_delta(delta_out, W, u_hidden):
    """δ_j = σ'(u_j) Σ_r δ_r w_jr, for every sample (rows)."""
    s = bp.sigmoid(u_hidden)
    return (delta_out @ W.T) * s * (1 - s)


def my_layer_grads(y_in, delta):
    """dW = Σ over samples of y_j δ_k, db = Σ over samples of δ_k."""
    return y_in.T @ delta, delta.sum(axis=0)


def my_tanh_mse_delta(y, t, u):
    """δ_k = ∂E/∂y_k · tanh'(u_k) = (y_k − t_k)(1 − y_k²)."""
    return (y - t) * (1 - y ** 2)

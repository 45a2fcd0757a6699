"""Checks for the exercises of ``05_delta_rule.ipynb`` (deck 003's δ rule).

Each check runs the learner's function on fixed numbers, compares with the right answer and,
when it differs, with the answers that typical mistakes produce, to say which mistake it is.
"""
from __future__ import annotations

import numpy as np

from ..activations import sigmoid
from ._feedback import Feedback, attempt


def _close(a, b) -> bool:
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and np.allclose(a, b, rtol=1e-9, atol=1e-12)


def _as_array(result, what: str):
    try:
        return np.asarray(result, dtype=float), None
    except (TypeError, ValueError):
        return None, Feedback(False, f"{what} should be a numpy array; got {type(result).__name__}")


def _diagnose(result, right, mistakes, what: str, right_msg: str) -> Feedback:
    """Feedback for ``result``: right, one of the known ``mistakes`` [(candidate, message)], a
    wrong shape, or a generic miss with the largest difference."""
    if _close(result, right):
        return Feedback(True, right_msg)
    for candidate, message in mistakes:
        if _close(result, candidate):
            return Feedback(False, message)
    if result.shape != right.shape:
        return Feedback(False, f"{what} has shape {result.shape}; it should be {right.shape}")
    diff = float(np.abs(result - right).max())
    return Feedback(False, f"{what} is off by up to {diff:.3g}; compare your formula with the "
                           "slide term by term")


# ---- exercise 1: δ of a hidden layer ----------------------------------------------------------
def _hidden_case():
    rng = np.random.default_rng(505)
    return rng.normal(0, 0.2, (3, 2)), rng.normal(0, 1, (4, 2)), rng.normal(0, 1, (3, 4))


def check_my_hidden_delta(fn) -> Feedback:
    """δ_j = σ'(u_j) Σ_r δ_r w_jr for a sigmoid hidden layer, N = 3, m = 4, n = 2."""
    delta_out, W, u = _hidden_case()
    result, fb = attempt(fn, delta_out.copy(), W.copy(), u.copy(), what="`my_hidden_delta`")
    if fb is not None:
        if "matmul" in fb.message or "shapes" in fb.message:
            fb.message += (" — W is (m, n) = (4, 2) and δ_out (N, n) = (3, 2): the sum over r "
                           "is δ_out @ W.T")
        return fb
    result, fb = _as_array(result, "your δ_j")
    if fb is not None:
        return fb
    dy = delta_out @ W.T                          # ∂y_j = Σ_r δ_r w_jr
    s = sigmoid(u)
    right = dy * s * (1 - s)
    mistakes = [
        (dy, "your hidden δ misses f'(u_j): multiply Σ_r δ_r w_jr by σ'(u_j) = σ(u_j)(1 − σ(u_j))"),
        (dy * u * (1 - u), "you used u_j(1 − u_j); σ'(u_j) = σ(u_j)(1 − σ(u_j)): apply σ to u first"),
        (dy * s, "you multiplied by σ(u_j); the factor is its derivative σ(u_j)(1 − σ(u_j))"),
        (-right, "the sign is flipped: δ_j = +σ'(u_j) Σ_r δ_r w_jr"),
        (right.T, "your δ_j is transposed: one row per sample, shape (N, m) = (3, 4)"),
        ((delta_out.sum(axis=1, keepdims=True) * W.sum(axis=1)) * s * (1 - s),
         "you summed δ and w separately; the sum is over the products δ_r w_jr (δ_out @ W.T)"),
    ]
    return _diagnose(result, right, mistakes, "your δ_j",
                     "right: δ_j = σ'(u_j) Σ_r δ_r w_jr, the hidden layer's δ for every sample")


# ---- exercise 2: ∂w and ∂b of a layer over a batch -------------------------------------------
def _layer_case():
    rng = np.random.default_rng(506)
    return rng.uniform(0, 1, (5, 4)), rng.normal(0, 0.1, (5, 3))


def check_my_layer_grads(fn) -> Feedback:
    """dW = y_inᵀ δ (m × n) and db = Σ over samples of δ (n,), N = 5, m = 4, n = 3."""
    y_in, delta = _layer_case()
    result, fb = attempt(fn, y_in.copy(), delta.copy(), what="`my_layer_grads`")
    if fb is not None:
        return fb
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        return Feedback(False, "return a pair (dW, db)")
    (dW, fb_w), (db, fb_b) = _as_array(result[0], "dW"), _as_array(result[1], "db")
    if fb_w is not None or fb_b is not None:
        return fb_w if fb_w is not None else fb_b
    N = y_in.shape[0]
    right_W, right_b = y_in.T @ delta, delta.sum(axis=0)
    fw = _diagnose(dW, right_W, [
        (right_W.T, "your dW is transposed: it must have W's shape (m, n) = (4, 3): y_in.T @ delta"),
        (right_W / N, "your dW is divided by N again: δ already carries the 1/N of the mean loss, "
                      "so sum over the samples"),
        (y_in[0][:, None] * delta[0], "your dW uses only the first sample: sum y_j δ_k over all samples"),
        (np.outer(y_in.sum(axis=0), delta.sum(axis=0)),
         "you summed y and δ over the samples before multiplying; sum the products y_j δ_k "
         "sample by sample (y_in.T @ delta)"),
    ], "your dW", "dW right")
    fb_ = _diagnose(db, right_b, [
        (delta.sum(axis=1), "your db is summed over the wrong axis: sum over the samples (axis=0), "
                            "one ∂b_k per unit"),
        (delta.sum(), "your db sums over everything (one number): that is a shared bias (deck 002); "
                      "here each unit has its b_k: delta.sum(axis=0)"),
        (delta.mean(axis=0), "your db is averaged instead of summed: δ already carries the 1/N"),
        (delta[0], "your db uses only the first sample: sum δ_k over all samples"),
        (delta, "your db is δ itself, one row per sample: sum it over the samples (axis=0)"),
    ], "your db", "db right")
    if fw.passed and fb_.passed:
        return Feedback(True, "right: dW = Σ_samples y_j δ_k = y_in.T @ delta, db = delta.sum(axis=0)")
    return Feedback(False, "; ".join(f.message for f in (fw, fb_) if not f.passed))


# ---- exercise 3: δ at a tanh output with MSE --------------------------------------------------
def _tanh_case():
    rng = np.random.default_rng(507)
    u = rng.normal(0, 1.2, 4)
    return np.tanh(u), rng.uniform(-0.9, 0.9, 4), u


def check_my_tanh_mse_delta(fn) -> Feedback:
    """δ_k = (y_k − t_k)(1 − y_k²) for y = tanh(u) and E = ½Σ(t − y)², one sample of 4 units."""
    y, t, u = _tanh_case()
    result, fb = attempt(fn, y.copy(), t.copy(), u.copy(), what="`my_tanh_mse_delta`")
    if fb is not None:
        return fb
    result, fb = _as_array(result, "your δ_k")
    if fb is not None:
        return fb
    right = (y - t) * (1 - y ** 2)
    mistakes = [
        (y - t, "you assumed δ collapses to y − t; that holds for identity + MSE, sigmoid + "
                "cross-entropy and softmax + cross-entropy. For tanh + MSE the factor "
                "tanh'(u_k) = 1 − y_k² stays"),
        (-right, "the sign is flipped: ∂E/∂y_k = y_k − t_k for E = ½Σ(t − y)²"),
        ((y - t) * y * (1 - y), "you used the sigmoid's derivative y(1 − y); tanh'(u) = 1 − tanh(u)² = 1 − y²"),
        ((y - t) * (1 - u ** 2), "you wrote 1 − u²; the derivative is 1 − tanh(u)², i.e. 1 − y_k²"),
        (2 * right, "there is an extra factor 2: the ½ in ½Σ(t − y)² cancels the 2 of the square"),
        ((y - t) * (1 - y) ** 2, "(1 − y)² is not tanh': it is 1 − y² = (1 − y)(1 + y)"),
    ]
    return _diagnose(result, right, mistakes, "your δ_k",
                     "right: δ_k = (y_k − t_k)(1 − y_k²); it does not collapse to y − t")


CHECKS = {
    "my_hidden_delta": check_my_hidden_delta,
    "my_layer_grads": check_my_layer_grads,
    "my_tanh_mse_delta": check_my_tanh_mse_delta,
}

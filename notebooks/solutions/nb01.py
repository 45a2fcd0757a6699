"""Reference solutions for the exercises of 01_gradient_descent.ipynb."""
import numpy as np

import bpkit as bp

# predictions, as a learner writes them after working them out with a pen (and a calculator)
PREDICTIONS = {
    "y_hat_0": 0.6480,       # σ(−0.126 − 2·0.132 + 1) = σ(0.610)
    "delta_w1": 0.2425,      # 0.5 · (0 − 0.905) · (−0.536)
    "alpha_60": "oscillates",
}


def my_update(x, y, w, b, alpha):
    y_hat = bp.sigmoid(w @ x + b)
    return w + alpha * (y - y_hat) * x, b + alpha * (y - y_hat)


def my_log_loss(y, y_hat):
    return -y * np.log(y_hat) - (1 - y) * np.log(1 - y_hat)


def most_influential(X, y, w, b):
    y_hat = bp.sigmoid(X @ w + b)
    G = (y_hat - y)[:, None] * X              # one row per applicant: its ∂E/∂w
    return int(np.argmax(np.linalg.norm(G, axis=1)))

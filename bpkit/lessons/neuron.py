"""One sigmoid neuron trained by gradient descent, exactly as deck 001's recap writes it.

    ŷ = σ(w₁x₁ + w₂x₂ + b)                                  (prediction)
    Error(y, ŷ) = −y log ŷ − (1 − y) log(1 − ŷ)              (log-loss)
    wᵢ ← wᵢ + α(y − ŷ)xᵢ,   b ← b + α(y − ŷ)                (update)

The update is gradient descent, w ← w − α ∂E/∂w (deck 003 §1), because ∂E/∂wᵢ = −(y − ŷ)xᵢ
for the log-loss (notebook 01 proves it in SymPy). For a batch, bpkit averages the deck's
per-sample update over the samples, which is −α times the gradient of the mean error.

Shapes: ``X`` is (n_samples, n_features), ``y`` is (n_samples,), ``w`` is (n_features,),
``b`` is a float.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.special import xlogy

from ..activations import sigmoid
from ..errors import BpkitError, NonFiniteError, ShapeError, check_finite
from ..i18n import _


def _batch(X, y=None):
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        X = X[None, :]
    if X.ndim != 2:
        raise ShapeError(_("X must be one sample (1-D) or a batch (2-D); got shape {shape}",
                            shape=X.shape))
    check_finite("X", X)
    if y is None:
        return X
    y = np.atleast_1d(np.asarray(y, dtype=float))
    if y.shape != (X.shape[0],):
        raise ShapeError(_("y must hold one label per sample, shape {expected}; got {shape}",
                            expected=(X.shape[0],), shape=y.shape))
    if y.min() < 0 or y.max() > 1:
        raise BpkitError(_("labels y must lie in [0, 1]; got values in [{low:g}, {high:g}]",
                            low=y.min(), high=y.max()))
    return X, y


def _weights(w, n_features: int) -> np.ndarray:
    w = np.asarray(w, dtype=float)
    if w.shape != (n_features,):
        raise ShapeError(_("w must have one weight per feature, shape {expected}; got {shape}",
                            expected=(n_features,), shape=w.shape))
    check_finite("w", w)
    return w


def predict(X, w, b: float) -> np.ndarray:
    """ŷ = σ(X·w + b), shape (n_samples,) (deck 001's output formula)."""
    X = _batch(X)
    return sigmoid(X @ _weights(w, X.shape[1]) + float(b))


def log_loss(y, y_hat) -> float:
    """Deck 001's error, −y log ŷ − (1 − y) log(1 − ŷ), averaged over the samples.

    ŷ is clipped to [ε, 1 − ε] so that a saturated neuron gives a large finite error.
    """
    y = np.atleast_1d(np.asarray(y, dtype=float))
    eps = np.finfo(float).eps
    y_hat = np.clip(np.atleast_1d(np.asarray(y_hat, dtype=float)), eps, 1 - eps)
    return float(np.mean(-xlogy(y, y_hat) - xlogy(1 - y, 1 - y_hat)))


def error(X, y, w, b: float) -> float:
    """E(w, b): the mean log-loss of the neuron (w, b) on the data (X, y)."""
    X, y = _batch(X, y)
    return log_loss(y, predict(X, w, b))


def gradient(X, y, w, b: float) -> tuple[np.ndarray, float]:
    """(∂E/∂w, ∂E/∂b) of the mean log-loss: (−mean((y − ŷ)x), −mean(y − ŷ))."""
    X, y = _batch(X, y)
    err = y - predict(X, w, b)
    return -(err @ X) / X.shape[0], -float(np.mean(err))


def gradient_step(X, y, w, b: float, alpha: float) -> tuple[np.ndarray, float]:
    """One step of deck 001's rule: wᵢ ← wᵢ + α(y − ŷ)xᵢ and b ← b + α(y − ŷ).

    This is gradient descent on the log-loss of a sigmoid neuron (logistic regression), not
    the perceptron rule: the perceptron updates only on misclassified samples, with a 0/1 step
    output instead of ŷ = σ(·). For one sample (X 1-D, y a number) it is the slide's rule letter
    by letter; for a batch the per-sample changes are averaged. Returns the new ``(w, b)``; the
    inputs are unchanged.
    """
    X, y = _batch(X, y)
    w = _weights(w, X.shape[1])
    if not np.isfinite(alpha):
        raise NonFiniteError(_("alpha (the learning rate) must be finite; got {alpha}",
                                alpha=alpha))
    err = y - predict(X, w, b)                       # (y − ŷ), one per sample
    return w + alpha * (err @ X) / X.shape[0], float(b) + alpha * float(np.mean(err))


@dataclass
class NeuronHistory:
    """A training run: ``w[e]``, ``b[e]`` and ``error[e]`` after e epochs (index 0: the start)."""

    w: list = field(default_factory=list)
    b: list = field(default_factory=list)
    error: list = field(default_factory=list)

    def boundary(self, epoch: int) -> tuple[np.ndarray, float]:
        """(w, b) after ``epoch`` epochs: the boundary is where w·x + b = 0 (ŷ = 0.5)."""
        return self.w[epoch], self.b[epoch]


def train_neuron(X, y, alpha: float, epochs: int, w=None, b: float = 0.0,
                 fit_bias: bool = True) -> NeuronHistory:
    """Full-batch gradient descent with ``gradient_step`` for ``epochs`` epochs.

    Parameters
    ----------
    X : ndarray, shape (n_samples, n_features)
    y : ndarray, shape (n_samples,), labels 0 or 1
    alpha : float
        The learning rate α (deck 003's η, "적절한 보폭").
    epochs : int
    w : ndarray, shape (n_features,), optional
        Starting weights (zeros by default, so the run needs no randomness).
    b : float
        Starting bias.
    fit_bias : bool
        False keeps b fixed, so that E depends on w alone (the error surface of notebook 01).

    Returns
    -------
    NeuronHistory with epochs + 1 entries.
    """
    X, y = _batch(X, y)
    if int(epochs) != epochs or epochs < 0:
        raise BpkitError(_("epochs must be an integer ≥ 0; got {epochs}", epochs=repr(epochs)))
    w = np.zeros(X.shape[1]) if w is None else _weights(w, X.shape[1]).copy()
    b = float(b)
    hist = NeuronHistory([w], [b], [error(X, y, w, b)])
    for _epoch in range(int(epochs)):
        w_new, b_new = gradient_step(X, y, w, b, alpha)
        w, b = w_new, (b_new if fit_bias else b)
        hist.w.append(w)
        hist.b.append(b)
        hist.error.append(error(X, y, w, b))
    return hist


def error_surface(X, y, w1_grid, w2_grid, b: float = 0.0) -> np.ndarray:
    """E(w₁, w₂) for a two-feature neuron with fixed b, on a grid.

    Returns
    -------
    ndarray, shape (len(w2_grid), len(w1_grid)), ready for ``plt.contour(w1_grid, w2_grid, E)``.
    """
    X, y = _batch(X, y)
    if X.shape[1] != 2:
        raise ShapeError(_("error_surface needs two features; X has shape {shape}",
                            shape=X.shape))
    W1, W2 = np.meshgrid(np.asarray(w1_grid, float), np.asarray(w2_grid, float))
    S = X[:, 0, None, None] * W1 + X[:, 1, None, None] * W2 + float(b)   # (n, len(w2), len(w1))
    Y = sigmoid(S)
    eps = np.finfo(float).eps
    Y = np.clip(Y, eps, 1 - eps)
    yy = y[:, None, None]
    return np.mean(-xlogy(yy, Y) - xlogy(1 - yy, 1 - Y), axis=0)

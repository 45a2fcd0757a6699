"""Data sets for the notebooks: generated (seeded) or shipped with scikit-learn."""
from __future__ import annotations

import numpy as np


def one_hot(labels, n_classes: int) -> np.ndarray:
    """Rows of one-hot targets: shape (n_samples, n_classes)."""
    labels = np.asarray(labels)
    if labels.ndim != 1 or labels.size and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must be a 1-D array of integers in [0, {n_classes}); "
                         f"got shape {labels.shape}, range [{labels.min() if labels.size else '-'}, "
                         f"{labels.max() if labels.size else '-'}]")
    T = np.zeros((labels.size, n_classes))
    T[np.arange(labels.size), labels.astype(int)] = 1.0
    return T


def accuracy(out: np.ndarray, labels) -> float:
    """Share of rows whose largest output is at the label (or, for one output, > 0.5 matches)."""
    labels = np.asarray(labels)
    pred = (out[:, 0] > 0.5).astype(int) if out.shape[1] == 1 else out.argmax(axis=1)
    return float(np.mean(pred == labels))


def load_digits_split(test_size: float = 0.2, seed: int = 0, dtype=np.float64):
    """scikit-learn's 8×8 digits (1797 images, shipped with the package), split 80/20.

    Pixels are scaled from 0…16 to 0…1. Returns ``X_train, X_test, y_train, y_test``
    with X of shape (n, 64) and integer labels y.
    """
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    digits = load_digits()
    X = (digits.data / 16.0).astype(dtype)
    return train_test_split(X, digits.target, test_size=test_size, random_state=seed,
                            stratify=digits.target)

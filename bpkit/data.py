"""Data sets for the notebooks: generated (seeded) or shipped with scikit-learn.

``make_admissions`` is the data of deck 001's recap ("Predicting Student Admissions"): each
applicant has two scores and was admitted or not.
"""
from __future__ import annotations

import numpy as np

from . import validate
from .activations import sigmoid
from .errors import BpkitError
from .i18n import _


def one_hot(labels, n_classes: int) -> np.ndarray:
    """Rows of one-hot targets: shape (n_samples, n_classes).

    ``labels`` is a 1-D sequence of integer class labels in [0, n_classes) (integral floats
    such as 2.0 count as integers).
    """
    n_classes = validate.positive_int("n_classes", n_classes)
    if labels is None or isinstance(labels, (str, bytes)):
        raise BpkitError(_("labels must be a 1-D array of integer class labels; got {got}",
                           got=repr(labels)))
    try:
        labels = np.asarray(labels)
    except (ValueError, TypeError):
        raise BpkitError(_("labels must be a 1-D array of integer class labels; got {got}",
                           got=validate.describe(labels))) from None
    if labels.dtype.kind not in "iuf" or labels.ndim != 1:
        raise BpkitError(_("labels must be a 1-D array of integer class labels; got shape "
                           "{shape}, dtype {dtype}", shape=labels.shape, dtype=labels.dtype))
    if labels.dtype.kind == "f":
        bad = ~np.isfinite(labels) | (labels != np.round(labels))
        if bad.any():
            i = int(np.argmax(bad))
            raise BpkitError(_("labels must be integers; labels[{i}] is {value}", i=i,
                               value=repr(labels[i].item())))
    if labels.size and (labels.min() < 0 or labels.max() >= n_classes):
        i = int(np.argmax((labels < 0) | (labels >= n_classes)))
        raise BpkitError(_("labels must lie in [0, {n}) for n_classes={n}; labels[{i}] is "
                           "{value} (range [{low}, {high}])", n=n_classes, i=i,
                           value=repr(labels[i].item()), low=labels.min(), high=labels.max()))
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

# the rule behind the labels: P(admitted) = σ(ADMIT_W · scores + ADMIT_B)
ADMIT_W = np.array([3.0, 2.0])
ADMIT_B = -0.5


def make_admissions(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Two standardised scores per applicant and whether they were admitted.

    The scores (say an exam and a grade average, 0 = an average applicant, 1 = one standard
    deviation above) are drawn from a standard normal; an applicant is admitted with
    probability σ(3·score₁ + 2·score₂ − 0.5), so a single sigmoid neuron (notebook 01) can
    learn the rule and a few applicants near the boundary go against it.

    Parameters
    ----------
    n : int
        Number of applicants, ≥ 1.
    rng : numpy.random.Generator

    Returns
    -------
    X : ndarray, shape (n, 2)
        The two scores.
    y : ndarray, shape (n,)
        1.0 if admitted, else 0.0 (deck 001's y).
    """
    if rng is None:
        raise BpkitError(_("rng must be a numpy.random.Generator (np.random.default_rng(SEED)); "
                           "got None"))
    rng = validate.rng(rng)
    n = validate.positive_int("n (number of applicants)", n)
    X = rng.standard_normal((n, 2))
    p = sigmoid(X @ ADMIT_W + ADMIT_B)
    y = (rng.random(n) < p).astype(float)
    return X, y

"""Small generated data sets for the notebooks (seeded, two features, easy to plot).

``make_admissions`` is the data of deck 001's recap ("Predicting Student Admissions"): each
applicant has two scores and was admitted or not.
"""
from __future__ import annotations

import numpy as np

from .activations import sigmoid
from .errors import BpkitError

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
    if not isinstance(rng, np.random.Generator):
        raise BpkitError(f"rng must be a numpy.random.Generator (np.random.default_rng(SEED)); "
                         f"got {type(rng).__name__}")
    if int(n) != n or n < 1:
        raise BpkitError(f"n (number of applicants) must be an integer ≥ 1; got {n!r}")
    X = rng.standard_normal((int(n), 2))
    p = sigmoid(X @ ADMIT_W + ADMIT_B)
    y = (rng.random(int(n)) < p).astype(float)
    return X, y

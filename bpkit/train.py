"""Training: mini-batch SGD over epochs with a loss history."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np


@dataclass
class History:
    """What a training run recorded: the mean training loss of every epoch, and whatever
    ``callback(net, epoch)`` returned each epoch (e.g. a test accuracy), in ``extra``."""

    loss: list = field(default_factory=list)
    extra: list = field(default_factory=list)
    steps: int = 0


def fit(net, X, T, *, lr: float, epochs: int, batch_size: int | None = None,
        rng: np.random.Generator | None = None, callback: Callable | None = None,
        progress: bool | None = None) -> History:
    """Train ``net`` in place with SGD.

    Parameters
    ----------
    net : bpkit.MLP
    X : ndarray, shape (n_samples, n_in)
    T : ndarray, shape (n_samples, n_out)
    lr : float
        Learning rate (deck 003's η, 004's α, 002's lr).
    epochs : int
    batch_size : int, optional
        Samples per step; None means the whole batch (plain gradient descent).
    rng : numpy.random.Generator, optional
        Shuffles the samples every epoch; required when ``batch_size`` is smaller than the data.
    callback : callable(net, epoch) -> anything, optional
        Called after every epoch; its results are kept in ``History.extra``.
    progress : bool, optional
        Show a progress bar (tqdm; a widget in Jupyter). By default shown when the run has
        more than 2000 steps.
    """
    net._params_ok()
    X = net._inputs(X)
    T = net._targets(T, X.shape[0])
    n = X.shape[0]
    bs = n if batch_size is None else int(batch_size)
    if bs < 1:
        raise ValueError(f"batch_size must be ≥ 1; got {batch_size}")
    if bs < n and rng is None:
        raise ValueError("mini-batch training shuffles the data: pass rng=np.random.default_rng(SEED)")
    steps_per_epoch = -(-n // bs)
    if progress is None:
        progress = epochs * steps_per_epoch > 2000
    epoch_iter = range(int(epochs))
    if progress:
        from tqdm.auto import tqdm
        epoch_iter = tqdm(epoch_iter, desc="training", unit="epoch")
    history = History()
    for epoch in epoch_iter:
        order = rng.permutation(n) if bs < n else np.arange(n)
        total = 0.0
        for start in range(0, n, bs):
            idx = order[start:start + bs]
            total += net._sgd_step(X[idx], T[idx], lr) * len(idx)  # X, T checked above
            history.steps += 1
        history.loss.append(total / n)
        if callback is not None:
            history.extra.append(callback(net, epoch))
    return history

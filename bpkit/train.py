"""Training: mini-batch SGD over epochs with a loss history."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from . import validate
from .errors import BpkitError, DivergedError, NonFiniteError
from .i18n import _
from .mlp import MLP


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

    Returns
    -------
    History

    Raises
    ------
    BpkitError
        Before anything changes, for arguments that cannot be used (each names the argument).
    DivergedError
        When a step would make a parameter non-finite (the learning rate is too large): the
        net keeps the parameters from before that step, the last finite ones, and the
        error's ``history`` holds the losses of the epochs completed until then.
    """
    if not isinstance(net, MLP):
        raise BpkitError(_("net must be a bpkit.MLP; got {type}", type=type(net).__name__))
    net.check_params()
    X = validate.inputs(net, X)
    T = validate.targets(net, T, X.shape[0])
    lr = validate.lr(lr)
    epochs = validate.positive_int("epochs", epochs)
    n = X.shape[0]
    bs = n if batch_size is None else validate.positive_int("batch_size", batch_size)
    if rng is not None:
        validate.rng(rng)
    elif bs < n:
        raise BpkitError(_("mini-batch training (batch_size {bs} < {n} samples) shuffles the "
                           "data: pass rng=np.random.default_rng(SEED)", bs=bs, n=n))
    if callback is not None and not callable(callback):
        raise BpkitError(_("callback must be a function callback(net, epoch); got {callback!r}",
                           callback=callback))
    steps_per_epoch = -(-n // bs)
    if progress is None:   # a bar on long runs, where tqdm (the notebooks extra) is installed
        progress = epochs * steps_per_epoch > 2000 and _have_tqdm()
    epoch_iter = range(epochs)
    if progress:
        from tqdm.auto import tqdm
        epoch_iter = tqdm(epoch_iter, desc=_("training"), unit=_("epoch"))
    history = History()
    for epoch in epoch_iter:
        order = rng.permutation(n) if bs < n else np.arange(n)
        total = 0.0
        for start in range(0, n, bs):
            idx = order[start:start + bs]
            try:
                total += net.step(X[idx], T[idx], lr) * len(idx)  # X, T checked above
            except NonFiniteError as err:  # the step changed nothing: the last finite state
                raise DivergedError(_(
                    "{error} Training stopped in epoch {epoch}, step {step}; the net keeps its "
                    "parameters from before that step, and err.history the losses of the {n} "
                    "epoch(s) completed.", error=err, epoch=epoch + 1, step=history.steps + 1,
                    n=len(history.loss)), history) from err
            history.steps += 1
        history.loss.append(total / n)
        if callback is not None:
            history.extra.append(callback(net, epoch))
    return history


def _have_tqdm() -> bool:
    try:
        import tqdm  # noqa: F401
    except ImportError:
        return False
    return True

"""A callback for ``bpkit.fit`` that records learning curves: loss and accuracy per epoch on
a training and a test set (notebook 07, the digits)."""
from __future__ import annotations

import numpy as np

from . import losses
from .data import accuracy, one_hot


class Monitor:
    """``callback(net, epoch)`` for ``bpkit.fit``: returns and keeps a dict per epoch with
    ``epoch``, ``train_loss``, ``train_acc``, ``test_loss``, ``test_acc``.

    Parameters
    ----------
    X_train : ndarray, shape (n_train, n_in)
    y_train : ndarray of int, shape (n_train,)
        Class labels; the targets for the loss are their one-hot rows.
    X_test, y_test : the same for the held-out set.
    """

    def __init__(self, X_train: np.ndarray, y_train, X_test: np.ndarray, y_test):
        self.sets = {"train": (X_train, np.asarray(y_train)), "test": (X_test, np.asarray(y_test))}
        self.records: list = []

    def __call__(self, net, epoch: int) -> dict:
        rec = {"epoch": int(epoch) + 1}
        n_out = net.sizes[-1]
        for name, (X, y) in self.sets.items():
            fwd = net.forward(X)                    # one forward pass for both numbers
            rec[f"{name}_loss"] = losses.loss_from_net(net.loss_name, net.activations[-1],
                                                       fwd.nets[-1], fwd.output, one_hot(y, n_out))
            rec[f"{name}_acc"] = accuracy(fwd.output, y)
        self.records.append(rec)
        return rec

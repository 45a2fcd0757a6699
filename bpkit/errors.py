"""Errors that name what was wrong: which layer, which shape, which value."""
from __future__ import annotations

import math

import numpy as np


class BpkitError(ValueError):
    """Base class for bpkit's input errors (a ValueError, so ``except ValueError`` works)."""


class ShapeError(BpkitError):
    """An array has the wrong shape for where it is used."""


class NonFiniteError(BpkitError):
    """An array holds NaN or inf."""


class TargetError(BpkitError):
    """Targets do not fit the loss (outside [0, 1], or rows that are not distributions)."""


class UnknownNameError(BpkitError):
    """An activation, loss or bias mode that bpkit does not know."""


class DivergedError(NonFiniteError):
    """Training stopped because a step would have made the net non-finite.

    The net keeps the parameters it had before that step (the last finite state);
    ``history`` holds what the run recorded up to there (a ``bpkit.train.History``).
    """

    def __init__(self, message: str, history=None):
        super().__init__(message)
        self.history = history


def _(msgid: str, /, **fields) -> str:
    """``bpkit.i18n._``, imported on first use (``bpkit.i18n`` imports this module)."""
    from .i18n import _ as translate
    return translate(msgid, **fields)


def _unknown(kind: str, name, valid) -> str:
    """The message for an unknown ``name`` of ``kind``, listing the ``valid`` names."""
    f = {"name": name, "valid": ", ".join(sorted(valid))}
    if kind == "activation":
        return _("unknown activation {name!r}; valid activations are: {valid}", **f)
    if kind == "loss":
        return _("unknown loss {name!r}; valid losses are: {valid}", **f)
    if kind == "bias mode":
        return _("unknown bias mode {name!r}; valid bias modes are: {valid}", **f)
    if kind == "style":
        return _("unknown style {name!r}; valid styles are: {valid}", **f)
    if kind == "net":
        return _("unknown net {name!r}; valid nets are: {valid}", **f)
    return _("unknown {kind} {name!r}; valid {kinds} are: {valid}", kind=kind, kinds=plural(kind),
             **f)


def plural(noun: str) -> str:
    """'activation' -> 'activations', 'loss' -> 'losses', 'bias mode' -> 'bias modes'."""
    return noun + ("es" if noun.endswith(("s", "x", "sh", "ch")) else "s")


def check_name(kind: str, name: str, valid) -> str:
    """Return ``name`` if it is one of ``valid``; else raise and list the valid names."""
    if not isinstance(name, str) or name not in valid:
        raise UnknownNameError(_unknown(kind, name, valid))
    return name


def check_finite(what: str, a: np.ndarray) -> None:
    """Raise NonFiniteError naming ``what`` and the first bad entry if ``a`` holds NaN or inf."""
    # one sum is the cheap test (NaN and inf make it non-finite); only look closer when it is not
    if math.isfinite(np.add.reduce(a, None)):
        return
    bad = ~np.isfinite(a)
    if not bad.any():  # the sum overflowed, the entries are fine
        return
    index = tuple(int(i) for i in np.argwhere(bad)[0])
    n_bad, size = int(bad.sum()), a.size
    if a.ndim:
        raise NonFiniteError(_("{what} contains {value} at index {index} ({n_bad} non-finite "
                               "value(s) of {size}); bpkit needs finite numbers", what=what,
                               value=a[index], index=index, n_bad=n_bad, size=size))
    raise NonFiniteError(_("{what} contains {value} ({n_bad} non-finite value(s) of {size}); "
                           "bpkit needs finite numbers", what=what, value=a.item(), n_bad=n_bad,
                           size=size))

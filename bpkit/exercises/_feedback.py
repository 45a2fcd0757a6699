"""Feedback for self-checked exercises: passed, failed with a specific hint, or not attempted;
``attempt`` calls the learner's function safely and ``judge`` runs it on a list of cases."""
from __future__ import annotations

import copy
import html
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ..i18n import _
from ._compare import as_array, close, show, to_array, which_mistake


@dataclass
class Feedback:
    """The answer of a check. ``passed`` is True, False, or None for "not attempted yet"."""

    passed: bool | None
    message: str

    @property
    def icon(self) -> str:
        return {True: "✅", False: "❌", None: "⏳"}[self.passed]

    def __repr__(self) -> str:
        return f"{self.icon} {self.message}"

    def _repr_html_(self) -> str:
        colour = {True: "#1a7f37", False: "#cf222e", None: "#9a6700"}[self.passed]
        return (f'<div style="border-left:4px solid {colour};padding:4px 8px">'
                f"{self.icon} {html.escape(self.message)}</div>")

    def __bool__(self) -> bool:
        return bool(self.passed)


def not_attempted(what: str | None = None) -> Feedback:
    return Feedback(None, _("Not attempted yet: fill in {what} and run the check again.",
                            what=what or _("this exercise")))


class _NotAttempted(Exception):
    pass


def attempt(fn: Callable, *args, what: str | None = None, **kwargs):
    """Call the learner's ``fn``; return ``(result, None)``, or ``(None, Feedback)`` when the stub
    is untouched (raises NotImplementedError: ⏳), when it crashes, or when it returns None
    (a missing ``return``: ❌). numpy's divide/invalid warnings are silenced: a 0/0 in the
    learner's code is a NaN to name, not a crash."""
    name = what or (f"`{fn.__name__}`" if hasattr(fn, "__name__") else _("the function"))
    try:
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = fn(*args, **kwargs)
    except NotImplementedError:
        return None, not_attempted(name)
    except Exception as exc:  # the learner's code crashed: say how, do not raise
        return None, Feedback(False, _("{name} raised {error}: {exc}", name=name,
                                       error=type(exc).__name__, exc=exc))
    if result is None or result is Ellipsis:
        return None, Feedback(False, _("{name} returned {result}: is a `return` missing?",
                                       name=name, result=result))
    return result, None


@dataclass
class Case:
    """One input of a check: the arguments, the right answer, and the answers that typical
    mistakes give ``{message: wrong answer}``, in the order they are tried."""

    args: tuple
    expected: np.ndarray
    mistakes: dict = field(default_factory=dict)
    label: str | None = None     # how messages name this input; None: "the example"

    def __post_init__(self):
        if self.label is None:
            self.label = _("the example")


def verdict(result, case: Case, *, what: str, read: Callable | None = None,
            miss: Callable | None = None,
            wrong_shape: Callable | None = None) -> tuple[str | None, bool]:
    """``(None, True)`` when ``result`` is ``close`` to ``case.expected``; else the message and
    whether it names a known mistake. The message is the mistake's, or why the answer is not
    numbers (``read(result) -> (array | None, why)``, by default ``to_array``), or
    ``wrong_shape(case, array)`` / the shape rule's reason, or ``miss(case, array)`` when only
    the numbers differ, or the numbers side by side."""
    a, why = read(result) if read else to_array(result, finite=False, what=what)
    if a is not None and close(a, case.expected):
        return None, True
    raw = a if a is not None else as_array(result, finite=False)
    mistake = which_mistake(raw, case.mistakes) if raw is not None else None
    if mistake is not None:
        return mistake, True
    if why is None:
        unused, why = to_array(a, np.shape(case.expected), what=what)
        if why and wrong_shape and as_array(a, np.shape(case.expected), finite=False) is None:
            why = wrong_shape(case, a) or why
    return why or (miss(case, a) if miss else None) or _(
        "{what} gives {got} on {label}; expected {expected}", what=what, got=show(a),
        label=case.label, expected=show(case.expected)), False


def judge(fn: Callable, cases: list, *, what: str, right: str, read: Callable | None = None,
          miss: Callable | None = None, wrong_shape: Callable | None = None,
          name: str | None = None, read_for: Callable | None = None) -> Feedback:
    """Run the learner's ``fn`` on every case; ✅ ``right`` when all are ``close``.

    Otherwise the first case it misses decides (see ``verdict``). A miss that is no known
    mistake after the first case passed says that an argument is ignored or a value typed in.
    ``what`` names the answer in messages, ``name`` (default ``what``) the function;
    ``read_for(case)``, when given, builds the ``read`` of each case (cases of different sizes).
    """
    for n, case in enumerate(cases):
        result, fb = attempt(fn, *copy.deepcopy(case.args), what=name or what)
        if fb is not None:
            return fb
        message, known = verdict(result, case, what=what, miss=miss, wrong_shape=wrong_shape,
                                 read=read_for(case) if read_for else read)
        if message is None:
            continue
        if n > 0 and not known:
            # the message names both inputs: drop its own "Not yet" and "on <input>"
            message = message.removeprefix(_("Not yet: "))
            message = message.replace(_(" on {label}", label=case.label), "").rstrip(".")
            message = _("Not yet: right on {first}, but not on {label}: {message}. Does your "
                        "function use every argument, with no numbers or sizes typed in?",
                        first=cases[0].label, label=case.label, message=message)
        return Feedback(False, message)
    return Feedback(True, right)


def reader(shape: tuple, what: str, hint: str = "") -> Callable:
    """A ``read`` for ``judge``: ``to_array(answer, shape)``, with ``hint`` after the reason."""
    def read(answer):
        a, why = to_array(answer, shape, what=what)
        return a, (f"{why}: {hint}" if why and hint else why)
    return read

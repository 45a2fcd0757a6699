"""Predict, then reveal: the learner works a value out with a pen *before* the cell that shows it,
writes it into an answer cell, and ``ask`` says whether it is right.

A notebook's answer cell reads::

    my_net_H1 = ...          # your number, worked out with a pen
    ex.predict("net_H1", my_net_H1)

and the next cell reveals the table. Each ``exercises/nbNN`` module lists its questions in a
dict ``PREDICTIONS = {name: question}``, where a question is a zero-argument function that
builds a ``Number`` or a ``Choice`` (so that nothing is computed at import), and defines
``predict = partial(ask, PREDICTIONS)``.

``Number``
    a value worked out by hand. It is right when it is within half a percent of the exact value
    (``agrees``): the pen rounds, and four significant figures at every step should stay inside,
    while a mistake (a missing factor, a sign, a forgotten bias) lands far outside. A wrong number
    that agrees with a known mistake's value gets that mistake's hint. Questions are chosen so
    that every mistake is far from the right value (tests/test_predictions.py checks it).
``Choice``
    one of a few named options ("+", "-", "A", "shared", "1e-5", ...), case, spaces and quotes
    ignored, a numeric option also by its value (1e-5, "1e-05"); a wrong option gets its own
    explanation.

``...`` (the untouched answer cell) is ⏳ "not attempted"; anything else that is not an answer
(None, text, a list of two numbers, NaN) is ❌ with the reason. ``ask`` never raises.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ..i18n import _
from ._compare import to_array
from ._feedback import Feedback, not_attempted

RTOL = 0.005  # a hand-worked number must be within half a percent


@dataclass
class Number:
    """A number to work out by hand.

    ``expected``: the exact value (bpkit's); ``mistakes``: ``{hint: value}`` of typical wrong
    answers, tried in order; ``right``: the message for a right answer (by default
    "Right: <name> = <exact value to 8 figures>."); ``count``: the answer is a whole number
    that the pen gets exactly (4810 parameters), so only the exact value is right and a count
    off by a few (a forgotten bias) is wrong.
    """

    expected: float
    mistakes: dict = field(default_factory=dict)
    right: str | None = None
    count: bool = False          # a count (of parameters, bytes, nodes): only the exact value


@dataclass
class Choice:
    """One of a few options. ``right``: the right option's key; ``options``: ``{key:
    explanation}``, the explanation shown when that option is picked (for the right one, the
    message after "Right: ")."""

    right: str
    options: dict


def tolerance(expected: float) -> float:
    """How far a hand-worked answer may be from ``expected``: half a percent of it (1e-12 for 0).
    """
    return RTOL * abs(expected) if expected != 0 else 1e-12


def agrees(answer: float, expected: float) -> bool:
    """Whether ``answer`` is within ``tolerance(expected)`` of ``expected`` (for 0.3775: 0.376 to
    0.379 agree, 0.375 does not). The series' questions are chosen so that a hand calculation
    kept to four significant figures lands inside and every known mistake far outside
    (tests/test_predictions.py)."""
    return abs(answer - expected) <= tolerance(expected) * (1 + 1e-9)


def exact(value: float) -> str:
    """``value`` to eight significant figures, for the message after an answer."""
    return f"{value:.8g}"


def _normalise(text: str) -> str:
    return (str(text).strip().strip("'\"").lower().replace(" ", "").replace("_", "")
            .replace("’", "'").replace("′", "'").replace("−", "-"))


def _ask_number(q: Number, name: str, answer) -> Feedback:
    a, why = to_array(answer, (), what=_("your prediction"))
    if a is None:
        return Feedback(False, _("Not yet: {why}. Write one number, e.g. {name} = 0.123.",
                                 why=why, name=name))
    value = float(a)
    same = value == q.expected if q.count else agrees(value, q.expected)
    if same:
        return Feedback(True, q.right or _("Right: {name} = {exact}.", name=name,
                                           exact=exact(q.expected)))
    for hint, wrong in q.mistakes.items():
        if wrong is not None and wrong != q.expected and (
                value == wrong if q.count else agrees(value, wrong)):
            return Feedback(False, _("Not yet: {hint}", hint=hint))
    return Feedback(False, _("Not yet: {got} is not {name}. Check each step of your "
                             "calculation, keeping four significant figures.",
                             got=f"{value:.6g}", name=name))


def _as_float(text) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _option(q: Choice, answer) -> str | None:
    """The key of the option ``answer`` names: by its text (case, spaces, quotes and the kind
    of minus ignored), or for numeric options ("4", "1e-5") by its value (4, 1e-05, "1e-05")."""
    given = _normalise(answer)
    for key in q.options:
        if _normalise(key) == given:
            return key
    value = _as_float(answer if not isinstance(answer, str) else given)
    for key in q.options:
        number = _as_float(_normalise(key))
        if value is not None and number is not None and math.isclose(value, number,
                                                                      rel_tol=1e-12):
            return key
    return None


def _ask_choice(q: Choice, name: str, answer) -> Feedback:
    numeric = isinstance(answer, (int, float, np.integer, np.floating))
    if not (isinstance(answer, str) or numeric) or isinstance(answer, (bool, np.bool_)):
        return Feedback(False, _("Not yet: answer with one of {options} (as text), not "
                                 "{kind}.", options=", ".join(map(repr, q.options)),
                                 kind=type(answer).__name__))
    key = _option(q, answer)
    if key is None:
        return Feedback(False, _("Not yet: {given!r} is not one of the options {options}.",
                                 given=str(answer), options=", ".join(map(repr, q.options))))
    if key == q.right:
        return Feedback(True, _("Right: {explanation}", explanation=q.options[key]))
    return Feedback(False, _("Not yet: {explanation}", explanation=q.options[key]))


def ask(questions: dict[str, Callable], name: str, answer) -> Feedback:
    """Judge ``answer`` to the prediction ``name`` of ``questions`` (a module's
    ``PREDICTIONS``). Never raises: an unknown name is a ❌ that lists the known ones."""
    if name not in questions:
        return Feedback(False, _("There is no prediction {name!r} here; the predictions are: "
                                 "{names}.", name=name, names=", ".join(questions)))
    if answer is Ellipsis:
        return not_attempted(_("your prediction of {name}", name=name))
    q = questions[name]()
    try:
        if isinstance(q, Choice):
            return _ask_choice(q, name, answer)
        return _ask_number(q, name, answer)
    except Exception as exc:  # noqa: BLE001 - an odd object: say so, never raise
        return Feedback(False, _("Not yet: {kind} cannot be read as an answer ({exc}).",
                                 kind=type(answer).__name__, exc=exc))

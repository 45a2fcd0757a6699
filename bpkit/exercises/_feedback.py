"""Feedback for self-checked exercises: passed, failed with a specific hint, or not attempted."""
from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Callable


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


def not_attempted(what: str = "this exercise") -> Feedback:
    return Feedback(None, f"Not attempted yet: fill in {what} and run the check again.")


class _NotAttempted(Exception):
    pass


def attempt(fn: Callable, *args, what: str | None = None, **kwargs):
    """Call the learner's ``fn``; return ``(result, None)``, or ``(None, Feedback)`` when the stub
    is untouched (raises NotImplementedError, or returns None or ...) or when it crashes."""
    name = what or f"`{getattr(fn, '__name__', 'the function')}`"
    try:
        result = fn(*args, **kwargs)
    except NotImplementedError:
        return None, not_attempted(name)
    except Exception as exc:  # the learner's code crashed: say how, do not raise
        return None, Feedback(False, f"{name} raised {type(exc).__name__}: {exc}")
    if result is None or result is Ellipsis:
        return None, not_attempted(name)
    return result, None

"""Self-checks for the notebooks' exercises, one module per notebook (``nb04`` for
``04_backprop_by_hand.ipynb``, ...). Each module has ``check_*`` functions that take the
learner's function and answer with a ``Feedback``, and a ``CHECKS`` dict mapping the name of
the notebook's stub function to its check (tests run the reference solutions through it).
Every check reads and compares answers with ``_compare`` (one tolerance, one shape rule) and
runs the learner's function through ``_feedback.attempt`` / ``judge`` (never raises).
"""
from ._compare import as_array, close, to_array, which_mistake
from ._feedback import Case, Feedback, attempt, judge, not_attempted

__all__ = ["Case", "Feedback", "as_array", "attempt", "close", "judge", "not_attempted",
           "to_array", "which_mistake"]

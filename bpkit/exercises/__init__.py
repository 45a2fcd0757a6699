"""Self-checks for the notebooks' exercises, one module per notebook (``nb04`` for
``04_backprop_by_hand.ipynb``, ...). Each module has ``check_*`` functions that take the
learner's function and answer with a ``Feedback``, and a ``CHECKS`` dict mapping the name of
the notebook's stub function to its check (tests run the reference solutions through it).
"""
from ._feedback import Feedback, attempt, not_attempted

__all__ = ["Feedback", "attempt", "not_attempted"]

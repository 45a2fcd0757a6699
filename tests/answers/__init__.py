"""Wrong-answer tables per notebook, for ``tests/test_exercise_answers.py``.

Each module ``nbNN.py`` may define
- ``NUMERIC = {("nbNN", "stub"): (indices of the arguments the answer depends on)}``: the
  generic table (float32, lists, sign, factor, shape, None, NaN, a hard-coded answer, each
  argument frozen) is run on the reference solution of that stub;
- ``ROWS = [("nbNN", "stub", "variant", fn, should_pass), ...]``: answers written by hand, right
  ones in other forms and the typical wrong ones of that exercise.
"""

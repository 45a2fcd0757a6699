"""The nb07 check and predictions: typical mistakes get their specific message (solutions and
stubs: test_solutions.py, predictions: test_predictions.py)."""
from bpkit import losses
from bpkit.exercises import nb07 as ex


def test_the_check_agrees_with_the_losses_table():
    # independent of the lecture/exact comparison: bpkit's table of pairs where δ = y − t
    for hidden, output, loss, same in ex._rule_cases():
        assert same == ((output, loss) in losses.SIMPLE_PAIRS), (hidden, output, loss)


def test_cases_hold_both_answers_for_every_hidden_activation():
    cases = ex._rule_cases()
    assert len(cases) == 21
    for hidden in ex.HIDDEN:
        assert {same for h, *_, same in cases if h == hidden} == {True, False}


def test_only_softmax_ce():
    fb = ex.check_rule_is_gradient(lambda h, o, l: (o, l) == ("softmax", "softmax_ce"))
    assert fb.passed is False and "not the only pair" in fb.message


def test_hidden_activation_taken_into_account():
    fb = ex.check_rule_is_gradient(lambda h, o, l: l != "mse" and o != "softmax" or
                                   (l == "softmax_ce" and h != "relu"))
    assert fb.passed is False and "changes with the hidden activation" in fb.message


def test_constant_and_reversed():
    assert "for every combination" in ex.check_rule_is_gradient(lambda h, o, l: False).message
    right = {("softmax", "softmax_ce"), ("sigmoid", "bce"), ("identity", "mse")}
    fb = ex.check_rule_is_gradient(lambda h, o, l: (o, l) not in right)
    assert fb.passed is False and "reversed" in fb.message


def test_n_params_mistakes():
    assert "weights only" in ex.predict("n_params", 4736).message
    assert "number of units" in ex.predict("n_params", 138).message

"""Every zoo bug is caught by the gradient check, the correct backward passes it, and each bug
is flagged where it should be (and nowhere else)."""
import numpy as np
import pytest

import bpkit as bp
from bpkit.gradcheck import WRONG
from bpkit.lessons import bugzoo

EXPECTED_FLAGS = {
    "missing_sigma_prime": {"W[0]", "W[1]", "b[0]", "b[1]"},
    "transposed_weight": {"W[0]", "b[0]"},
    "flipped_sign": {"W[0]", "W[1]", "W[2]", "b[0]", "b[1]", "b[2]"},
    "bias_averaged": {"b[0]", "b[1]", "b[2]"},
    "loss_not_averaged": {"W[0]", "W[1]", "W[2]", "b[0]", "b[1]", "b[2]"},
}


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_correct_backward_passes_and_equals_net_gradients(seed):
    net, X, T = bugzoo.zoo_case(np.random.default_rng(seed))
    d = bugzoo.diagnose(net, X, T, bugzoo.correct)
    assert d.flagged == [] and d.max_rel_error < 1e-5
    dW, db = bugzoo.correct(net, X, T)
    for a, b in zip(dW + db, sum(net.gradients(X, T), [])):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-16)


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("name", bugzoo.BUGS)
def test_every_bug_is_caught_where_expected(name, seed):
    net, X, T = bugzoo.zoo_case(np.random.default_rng(seed))
    report = bp.check_gradients(net, X, T, backward=bugzoo.ZOO[name])
    assert not report.ok and report.max_rel_error > WRONG
    flagged = {row.name for row in report if row.max_rel_error > WRONG}
    assert flagged == EXPECTED_FLAGS[name]
    for row in report:  # arrays the bug does not touch stay right
        if row.name not in flagged:
            assert row.max_rel_error < 1e-5, (name, row.name, row.max_rel_error)


def test_fingerprints_sign_and_factor_n():
    net, X, T = bugzoo.zoo_case(np.random.default_rng(4), n_samples=4)
    flipped = bp.check_gradients(net, X, T, backward=bugzoo.flipped_sign)
    assert all(abs(r.max_rel_error - 2) < 1e-6 for r in flipped)
    summed = bp.check_gradients(net, X, T, backward=bugzoo.loss_not_averaged)
    assert all(abs(r.max_rel_error - (1 - 1 / 4)) < 1e-6 for r in summed)


def test_mysteries_are_the_zoo_in_another_order():
    net, X, T = bugzoo.zoo_case(np.random.default_rng(5))
    key = bugzoo.answer_key()
    members = {name: fn(net, X, T) for name, fn in bugzoo.ZOO.items()}
    for letter, mystery in bugzoo.mysteries().items():   # the key is what the gradients say
        dW, db = mystery(net, X, T)
        mW, mb = members[key[letter]]
        assert all(np.array_equal(a, b) for a, b in zip(dW + db, mW + mb))
    assert sorted(key.values()) == sorted(bugzoo.BUGS)
    assert list(key.values()) != list(bugzoo.BUGS)
    for letter, fn in bugzoo.mysteries().items():
        assert fn.__name__ == f"mystery_{letter}"
        for a, b in zip(sum(fn(net, X, T), []), sum(bugzoo.ZOO[key[letter]](net, X, T), [])):
            np.testing.assert_array_equal(a, b)


def test_zoo_rejects_what_it_cannot_run():
    with pytest.raises(bp.ShapeError, match="square"):
        bugzoo.transposed_weight(bp.MLP([3, 4, 2], seed=0), np.ones((2, 3)), np.full((2, 2), 0.5))
    with pytest.raises(bp.BpkitError, match="one bias per unit"):
        bugzoo.correct(bp.MLP([3, 4, 2], bias="shared", seed=0), np.ones((2, 3)),
                       np.full((2, 2), 0.5))

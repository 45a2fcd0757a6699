"""numdiff: the error of finite differences behaves as Taylor and round-off say."""
import numpy as np

import bpkit as bp
from bpkit.lessons import bugzoo
from bpkit.lessons import finite_diff as numdiff


def test_slopes_and_roundoff():
    hs = np.logspace(-3, -1, 9)
    exact = float(bp.sigmoid_grad(0.5))
    e = numdiff.difference_errors(bp.sigmoid, exact, 0.5, hs)
    slope_fwd = np.polyfit(np.log10(hs), np.log10(e["forward"]), 1)[0]
    slope_cen = np.polyfit(np.log10(hs), np.log10(e["centred"]), 1)[0]
    assert abs(slope_fwd - 1) < 0.1 and abs(slope_cen - 2) < 0.1
    tiny = numdiff.difference_errors(bp.sigmoid, exact, 0.5, [1e-13])
    assert tiny["centred"][0] > 1e-6 * 1e-3  # round-off: far worse than at h = 1e-5
    at_1e5 = numdiff.difference_errors(bp.sigmoid, exact, 0.5, [1e-5])["centred"][0]
    assert tiny["centred"][0] > at_1e5


def test_float32_check_fails_where_float64_passes():
    net, X, T = bugzoo.zoo_case(np.random.default_rng(0))
    assert numdiff.check_in_dtype(net, X, T, dtype=np.float64).max_rel_error < 1e-5
    assert numdiff.check_in_dtype(net, X, T, dtype=np.float32).max_rel_error > 1e-2

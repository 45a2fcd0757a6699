# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# # 09 · Gradient checking — 기울기 검증: 수치 미분으로 역전파 확인하기
#
# Every deck derives ∂E/∂w by hand; this notebook checks such derivations by nudging:
#
# | deck | slide | in English |
# |---|---|---|
# | 001 | "결국 핵심은 x의 값이 z라는 값에 얼마의 변화량을 일으키냐" | the point is how much a change of x moves z |
# | 002 | 4. 구현 | implementation (δ_H with the transpose $W_{HO}^T$) |
# | 003 | 6. 기울기 최종 정리 | the gradients, final summary |
# | 000 | General Multiplayer Network | general multilayer network |
# | 004 | 오차함수의 행렬 미분 | matrix derivative of the error function |
#
# None of the decks has a slide on checking; every one of them needs it.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Learning goals
#
# You will be able to …
#
# 1. compute a centred difference and explain, with a log-log plot, why it beats the one-sided
#    one (O(h²) against O(h)) and why a tiny h makes things worse again (round-off);
# 2. judge a check with the relative error |a − n| / max(|a|, |n|) and its thresholds, and say
#    why the check runs in float64;
# 3. unmask the bugs of a "bug zoo" of wrong backward passes from which arrays the check flags;
# 4. name what a gradient check cannot see.

# %% slideshow={"slide_type": "skip"}
# %matplotlib inline
import matplotlib.pyplot as plt
import numpy as np
import sympy as sp
from IPython.display import display

import bpkit as bp
from bpkit.lessons import bugzoo, finite_diff
from bpkit.lessons.examples import deck002
from bpkit.exercises import nb09 as ex
from bpkit.gradcheck import verdict
from bpkit.figures.difference_errors import plot_difference_errors

SEED = 0
rng = np.random.default_rng(SEED)
plt.rcParams.update({"figure.dpi": 80, "axes.spines.top": False, "axes.spines.right": False})

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1 · Nudge a weight, watch E
#
# Deck 001 nudges z by 10% and asks how x must change. A gradient check turns that around:
# nudge one weight θ by a small h, up and down, and measure how E moves,
#
# $$\frac{\partial E}{\partial \theta} \approx \frac{E(\theta + h) - E(\theta - h)}{2h}
# \quad\text{(centred)},\qquad \frac{E(\theta + h) - E(\theta)}{h}\quad\text{(one-sided)} .$$
#
# Deck 002's 3-4-2 net and its weight $w'_{11}$ (`weights[1][0, 0]`), h = 10⁻⁵:

# %% slideshow={"slide_type": "fragment"}
net2, x2, t2, lr2 = deck002()
analytic = net2.gradients(x2, t2)[0][1][0, 0]          # backprop's ∂E/∂w'_11
W = net2.weights[1]
h = 1e-5
E0 = net2.loss(x2, t2)
W[0, 0] += h; E_plus = net2.loss(x2, t2)
W[0, 0] -= 2 * h; E_minus = net2.loss(x2, t2)
W[0, 0] += h                                            # put the weight back
rows = [("backprop", analytic), ("one-sided", (E_plus - E0) / h),
        ("centred", (E_plus - E_minus) / (2 * h))]
bp.Table(["method", "∂E/∂w'_11", "|difference − backprop|"],
         [[m, f"{v:.12f}", f"{abs(v - analytic):.1e}"] for m, v in rows])

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2 · Why centred: Taylor's answer
#
# Expand $E(\theta \pm h)$ around θ: the one-sided quotient keeps the $h\,E''/2$ term, in the centred one
# it cancels and $h^2 E'''/6$ is left (then $h^4 E^{(5)}/120$, smaller still). SymPy, with $f(x \pm h)$
# written as its Taylor polynomial:

# %% slideshow={"slide_type": "fragment"}
h_ = sp.Symbol("h")
f0, f1, f2, f3 = sp.symbols("f f' f'' f'''")           # f and its derivatives at x
plus = f0 + f1 * h_ + f2 * h_**2 / 2 + f3 * h_**3 / 6   # f(x + h), Taylor up to h³
minus = plus.subs(h_, -h_)                              # f(x − h)
one_sided = sp.expand((plus - f0) / h_)
centred = sp.expand((plus - minus) / (2 * h_))
assert one_sided - f1 == sp.expand(f2 * h_ / 2 + f3 * h_**2 / 6) and centred - f1 == f3 * h_**2 / 6
display(sp.Eq(sp.Symbol(r"\frac{f(x+h)-f(x)}{h}"), one_sided, evaluate=False),
        sp.Eq(sp.Symbol(r"\frac{f(x+h)-f(x-h)}{2h}"), centred, evaluate=False))

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Error against h, log-log
#
# σ at x = 0.5, where σ'(x) = σ(1 − σ) is known exactly. Large h: the Taylor term (slopes 1 and 2).
# Tiny h: $E(\theta + h)$ and $E(\theta - h)$ agree in almost all their digits, and the rounding error
# of each, about eps·|E|, divided by h, grows like eps/h. float32 (eps ≈ 10⁻⁷) hits that wall
# far earlier than float64 (eps ≈ 10⁻¹⁶).

# %% slideshow={"slide_type": "fragment"}
hs = np.logspace(-14, 0, 57)
exact = float(bp.sigmoid_grad(0.5))
curves = {}
for dtype in (np.float64, np.float32):
    errs = finite_diff.difference_errors(bp.sigmoid, exact, 0.5, hs, dtype)
    curves[f"one-sided, {dtype.__name__}"] = errs["forward"]
    curves[f"centred, {dtype.__name__}"] = errs["centred"]
plot_difference_errors(hs, curves)
plt.show()

# %% slideshow={"slide_type": "subslide"}
big = (hs >= 1e-3) & (hs <= 1e-1)                       # where truncation dominates
bp.Table(["method", "slope for h in [1e-3, 0.1]", "best h", "smallest error"],
         [[name, f"{np.polyfit(np.log10(hs[big]), np.log10(e[big]), 1)[0]:.2f}",
           f"{hs[np.argmin(e)]:.0e}", f"{e.min():.0e}"] for name, e in curves.items()],
         caption="the plot in numbers: slope 1 one-sided, 2 centred (float64); float32 bottoms out early, "
                 "and round-off already bends its centred curve at h = 1e-3")

# %% [markdown] slideshow={"slide_type": "fragment"}
# In float64 a centred difference with h ≈ 10⁻⁵ is accurate to 10⁻¹¹ or better (see the plot and
# section 1), far more than a check needs: that is the
# `h` of `bp.check_gradients`.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3 · The relative error and its thresholds
#
# Gradients range over many orders of magnitude, so an absolute difference says little. CS231n's
# relative error, per entry, with analytic $a$ and numerical $n$:
#
# $$\text{rel} = \frac{|a - n|}{\max(|a|, |n|)}\qquad (0 \text{ where both are } 0)$$
#
# rel < 10⁻⁷: good · 10⁻⁷ … 10⁻²: look closer (kinks, deep nets, tiny gradients) · > 10⁻²: wrong.

# %% slideshow={"slide_type": "fragment"}
pairs = [(0.0312, 0.0312 + 3e-12), (2.1e-6, 2.2e-6), (1.0, 1.02), (-0.5, 0.5)]
bp.Table(["analytic a", "numerical n", "|a − n|", "rel. error", "verdict"],
         [[f"{a:g}", f"{n:.12g}", f"{abs(a - n):.1e}", f"{float(bp.relative_error(a, n)):.1e}",
           verdict(float(bp.relative_error(a, n)))] for a, n in pairs],
         caption="the second row: tiny absolute error, yet 5% off — the relative error sees it")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### A whole net
#
# `bp.check_gradients` nudges every weight and bias in turn and reports the largest relative error
# per parameter array. A 3-4-4-2 sigmoid net with per-unit biases, 5 samples:

# %% slideshow={"slide_type": "fragment"}
net, X, T = bugzoo.zoo_case(rng)
bp.check_gradients(net, X, T)

# %% [markdown] slideshow={"slide_type": "fragment"}
# Deep in a net some gradients are tiny (10⁻⁶ and below) and their relative error can sit just
# above 10⁻⁷ although nothing is wrong: the "look closer" band. A bug lands far above 10⁻².

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4 · Why float64
#
# In float32, E has about 7 significant digits. The change a nudge makes,
# $E(\theta + h) - E(\theta - h) \approx 2h\,\partial E/\partial\theta$, is at best about a hundred times E's
# last digit, so each numerical gradient carries an error of about (rounding of E) / 2h. The same
# net, the same check, in float32:

# %% slideshow={"slide_type": "fragment"}
E, eps32 = net.loss(X, T), float(np.finfo(np.float32).eps)
largest = max(np.abs(g).max() for g in sum(net.gradients(X, T), []))
print(f"E = {E:.4f}: float32 keeps it to about ±{E * eps32:.0e}; a nudge h = 1e-5 changes it by "
      f"2h·|∂E/∂θ| ≤ {2e-5 * largest:.0e};\nerror of a numerical gradient ≈ {E * eps32 / 2e-5:.0e}")
finite_diff.check_in_dtype(net, X, T, dtype=np.float32)

# %% [markdown] slideshow={"slide_type": "fragment"}
# A correct backward pass looks wrong. (`bp.check_gradients` refuses float32 nets for that reason.)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5 · The bug zoo
#
# Five wrong backward passes, each one line away from deck 003's formulas (`bpkit/bugzoo.py`):
#
# | bug | the wrong line |
# |---|---|
# | `missing_sigma_prime` | hidden $\delta_j = \partial y_j$, without $f'(u_j)$ |
# | `transposed_weight` | $\partial y = \delta W$ instead of $\delta W^\top$ (deck 002's transpose forgotten) |
# | `flipped_sign` | output δ from $(t - y)$ instead of $(y - t)$ |
# | `bias_averaged` | $\partial b$ = mean of δ over the batch instead of the sum |
# | `loss_not_averaged` | gradient of the batch **sum**, while E is the batch **mean** |
#
# **Guess first**: for each bug, which of W[0], W[1], W[2], b[0], b[1], b[2] will the check flag,
# and how large will the relative error be? (W[1] is 4 × 4: the transposed δ·W only runs there.)

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Reveal

# %% slideshow={"slide_type": "fragment"}
rows = []
for name, backward in [("correct", bugzoo.correct)] + list(bugzoo.ZOO.items()):
    d = bugzoo.diagnose(net, X, T, backward)
    rows.append([name, bugzoo.DESCRIPTIONS.get(name, "deck 003, no bug"), d.flagged_text,
                 f"{d.max_rel_error:.2g}"])
bp.Table(["backward", "what it does", "arrays flagged (rel. > 1e-2)", "max rel. error"], rows)

# %% [markdown] slideshow={"slide_type": "fragment"}
# * The check **localises**: a δ bug shows in the layers below it, never above (σ' is missing
#   only in the hidden layers; the transpose spoils what W[1] hands to layer 1).
# * The **size** is a fingerprint: exactly 2 is a flipped sign (a = −n); exactly 1 − 1/N = 0.8
#   (N = 5 samples) is a factor N, the sum-versus-mean mismatch.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6 · What a gradient check cannot see
#
# It compares your gradient with the gradient of **your** `loss`. So it is blind to:
#
# * **a bug in the loss itself**: the backward pass faithfully follows the wrong E, and both agree;
# * **kinks**: relu at 0 (and max, abs) have no derivative there; a nudge that crosses the kink
#   shows a large relative error although the code is fine, and a point that sits on it can hide a bug;
# * **other points**: it checks one θ, one batch; a bug in a branch this point never takes
#   (saturated units, a zero input) goes unseen: check a few random points;
# * **gradients that are exact but useless**: vanishing or exploding δ (notebook 05) pass the check;
# * **randomness**: dropout or noise must be fixed (same seed, same mask) for both passes, or the
#   check compares two different functions.
#
# And it is slow: two forward passes per parameter. Use it on small nets, then turn it off.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises
#
# ### Exercise 1 · The centred difference
#
# `f` takes an array `x` and returns a number. Return the array of $\partial f/\partial x_i$ by centred
# differences with step `h`: nudge one entry at a time, and leave `x` as you found it.

# %% slideshow={"slide_type": "fragment"}
def my_centred_difference(f, x, h):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_centred_difference(my_centred_difference)

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 2 · The relative error
#
# Return the elementwise relative error of arrays `a` (analytic) and `n` (numerical), as
# CS231n defines it, with 0 where both are 0.

# %% slideshow={"slide_type": "fragment"}
def my_relative_error(a, n):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_relative_error(my_relative_error)

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 3 · Which bug is this?
#
# `bugzoo.mysteries()` hides the five zoo members behind the letters A–E. Check each one, e.g.
# `bp.check_gradients(net, X, T, backward=bugzoo.mysteries()["A"])`, then return a dict from
# letter to the bug's name, e.g. `{"A": "flipped_sign", ...}`.

# %% slideshow={"slide_type": "fragment"}
def which_bug():
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_which_bug(which_bug)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Summary
#
# * **Centred differences** $(E(\theta + h) - E(\theta - h))/2h$ are accurate to O(h²), one-sided ones to
#   O(h); below h ≈ 10⁻⁵ (float64) round-off, growing like eps/h, takes over.
# * **Relative error** $|a - n| / \max(|a|, |n|)$: below 10⁻⁷ good, above 10⁻² wrong, between: look closer.
#   Checks run in **float64**: in float32 a correct gradient already looks wrong.
# * **The bug zoo**: which arrays are flagged says where the bug is (δ bugs spoil the layers below
#   them), and the size of the error says what kind (2: sign, 1 − 1/N: a factor N).
# * **Blind spots**: a wrong loss, kinks, untested points, exact-but-vanishing gradients, randomness.

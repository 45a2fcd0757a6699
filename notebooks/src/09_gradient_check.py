# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
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

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# # 09 · 기울기 검증(gradient checking): 수치 미분으로 역전파 확인하기
#
# 모든 강의 자료는 ∂E/∂w를 손으로 유도합니다. 이 노트북에서는 그렇게 유도한 식이 맞는지 가중치를
# 조금씩 움직여 보며 확인합니다.
#
# | 강의 자료 | 슬라이드 | 내용 |
# |---|---|---|
# | 001 | "결국 핵심은 x의 값이 z라는 값에 얼마의 변화량을 일으키냐" | x를 조금 바꾸면 z가 얼마나 변하는가 |
# | 002 | 4. 구현 | 구현(전치(transpose) $W_{HO}^T$를 쓰는 δ_H) |
# | 003 | 6. 기울기 최종 정리 | 기울기 공식의 최종 정리 |
# | 000 | General Multiplayer Network | 일반적인 다층 신경망 |
# | 004 | 오차함수의 행렬 미분 | 오차함수를 행렬로 미분하기 |
#
# 검증을 다루는 슬라이드는 어느 강의 자료에도 없지만, 모든 강의 자료에 검증이 필요합니다.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
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

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 학습 목표
#
# 이 노트북을 마치면 다음을 할 수 있습니다.
#
# 1. 중심 차분(central difference)을 계산하고, 로그-로그 그래프로 그것이 전진 차분(forward
#    difference)보다 나은 이유(O(h²) 대 O(h))와 h가 너무 작으면 다시 나빠지는 이유(반올림 오차)를
#    설명한다.
# 2. 상대 오차(relative error) |a − n| / max(|a|, |n|)와 그 기준값으로 검증 결과를 판정하고,
#    검증을 float64로 하는 이유를 말한다.
# 3. 잘못된 역전파(backward pass)를 모아 둔 "버그 동물원"에서, 검증이 어느 배열을 틀렸다고
#    표시하는지를 보고 버그의 정체를 밝힌다.
# 4. 기울기 검증(gradient check)이 보지 못하는 것을 말한다.

# %% slideshow={"slide_type": "skip"}
# %matplotlib inline
import matplotlib.pyplot as plt
import numpy as np
import sympy as sp
from IPython.display import display

import bpkit as bp
from bpkit.exercises import nb09 as ex
from bpkit.figures.difference_errors import plot_difference_errors
from bpkit.gradcheck import verdict, verdict_text
from bpkit.i18n import _
from bpkit.lessons import bugzoo, finite_diff
from bpkit.lessons.examples import deck002

bp.set_language("en")
SEED = 0
rng = np.random.default_rng(SEED)
plt.rcParams.update({"figure.dpi": 80, "axes.spines.top": False, "axes.spines.right": False})

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 1 · Nudge a weight, watch E
#
# Deck 001 nudges z by 10% and asks how x must change. A gradient check turns that around:
# nudge one weight θ by a small h, up and down, and measure how E moves,
#
# $$\frac{\partial E}{\partial \theta} \approx \frac{E(\theta + h) - E(\theta - h)}{2h}
# \quad\text{(centred)},\qquad \frac{E(\theta + h) - E(\theta)}{h}\quad\text{(one-sided)} .$$
#
# Deck 002's 3-4-2 net and its weight $w'_{11}$ (`weights[1][0, 0]`), h = 10⁻⁵.
# **Work it out with a pen before you run the next cells**: which lands closer to backprop's
# ∂E/∂w'₁₁, the `"one-sided"` or the `"centred"` difference, or are they about the `"same"`?

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 1 · 가중치를 살짝 움직이고 E를 지켜보기
#
# 강의 자료 001은 z를 10% 움직이고, 그러려면 x가 얼마나 바뀌어야 하는지 묻습니다. 기울기 검증은
# 이를 거꾸로 합니다. 가중치(weight) θ 하나를 작은 h만큼 위아래로 움직이고 E가 얼마나 변하는지
# 재는 것입니다.
#
# $$\frac{\partial E}{\partial \theta} \approx \frac{E(\theta + h) - E(\theta - h)}{2h}
# \quad\text{(중심 차분)},\qquad \frac{E(\theta + h) - E(\theta)}{h}\quad\text{(전진 차분)} .$$
#
# 강의 자료 002의 3-4-2 신경망과 그 가중치 $w'_{11}$(`weights[1][0, 0]`), h = 10⁻⁵로 해 봅니다.
# **다음 셀들을 실행하기 전에 펜으로 먼저 생각해 보세요**: 역전파의 ∂E/∂w'₁₁에 더 가까운 것은
# 전진 차분(`"one-sided"`)일까요, 중심 차분(`"centred"`)일까요, 아니면 둘이 비슷할까요(`"same"`)?

# %% slideshow={"slide_type": "fragment"}
my_closer = ...   # your prediction: "one-sided", "centred" or "same"
ex.predict("closer", my_closer)

# %% slideshow={"slide_type": "fragment"}
net2, x2, t2, lr2 = deck002()
analytic = net2.gradients(x2, t2)[0][1][0, 0]          # backprop's ∂E/∂w'_11
W = net2.weights[1]
h = 1e-5
E0 = net2.loss(x2, t2)
W[0, 0] += h                                            # θ + h
E_plus = net2.loss(x2, t2)
W[0, 0] -= 2 * h                                        # θ − h
E_minus = net2.loss(x2, t2)
W[0, 0] += h                                            # put the weight back
rows = [(_("backprop"), analytic), (_("one-sided"), (E_plus - E0) / h),
        (_("centred"), (E_plus - E_minus) / (2 * h))]
assert abs(rows[2][1] - analytic) < abs(rows[1][1] - analytic) / 1000   # centred is far closer
bp.Table([_("method"), "∂E/∂w'_11", _("|difference − backprop|")],
         [[m, f"{v:.12f}", f"{abs(v - analytic):.1e}"] for m, v in rows])

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 2 · Why centred: Taylor's answer
#
# Expand $E(\theta \pm h)$ around θ: the one-sided quotient keeps the $h\,E''/2$ term, in the centred one
# it cancels and $h^2 E'''/6$ is left (then $h^4 E^{(5)}/120$, smaller still). SymPy, with $f(x \pm h)$
# written as its Taylor polynomial:

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 2 · 왜 중심 차분인가: 테일러 전개의 답
#
# $E(\theta \pm h)$를 θ 주변에서 테일러 전개해 보면, 전진 차분의 몫에는 $h\,E''/2$ 항이 남지만
# 중심 차분에서는 이 항이 상쇄되고 $h^2 E'''/6$이 남습니다(그다음은 더 작은 $h^4 E^{(5)}/120$).
# $f(x \pm h)$를 테일러 다항식으로 적어 SymPy로 확인합니다.

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

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### Error against h, log-log
#
# σ at x = 0.5, where σ'(x) = σ(1 − σ) is known exactly. Large h: the Taylor term (slopes 1 and 2).
# Tiny h: $E(\theta + h)$ and $E(\theta - h)$ agree in almost all their digits, and the rounding error
# of each, about eps·|E|, divided by h, grows like eps/h. float32 (eps ≈ 10⁻⁷) hits that wall
# far earlier than float64 (eps ≈ 10⁻¹⁶).

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### h에 따른 오차, 로그-로그 그래프
#
# 시그모이드(sigmoid) σ를 x = 0.5에서 미분합니다. 여기서는 σ'(x) = σ(1 − σ)로 정확한 값을 압니다.
# h가 크면 테일러 항이 오차를 정합니다(기울기 1과 2). h가 아주 작으면 $E(\theta + h)$와
# $E(\theta - h)$의 자릿수가 거의 다 같아지고, 각각의 반올림 오차(약 eps·|E|)를 h로 나눈 값이
# eps/h처럼 커집니다. float32(eps ≈ 10⁻⁷)는 float64(eps ≈ 10⁻¹⁶)보다 훨씬 일찍 이 벽에 부딪힙니다.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# **Work it out with a pen before you run the next cells**: in float64, which h gives the
# centred difference its smallest error: `"1e-2"`, `"1e-5"`, `"1e-8"` or `"1e-14"`?
# (Where does a term that falls like h² meet one that grows like eps/h?)

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# **다음 셀들을 실행하기 전에 펜으로 먼저 생각해 보세요**: float64에서 중심 차분의 오차가 가장 작은
# h는 `"1e-2"`, `"1e-5"`, `"1e-8"`, `"1e-14"` 가운데 어느 것일까요? (h²처럼 줄어드는 항과
# eps/h처럼 커지는 항은 어디에서 만날까요?)

# %% slideshow={"slide_type": "fragment"}
my_best_h = ...   # your prediction, as text: "1e-2", "1e-5", "1e-8" or "1e-14"
ex.predict("best_h", my_best_h)

# %% slideshow={"slide_type": "subslide"}
hs = np.logspace(-14, 0, 57)
exact = float(bp.sigmoid_grad(0.5))
curves = {}
for dtype in (np.float64, np.float32):
    errs = finite_diff.difference_errors(bp.sigmoid, exact, 0.5, hs, dtype)
    curves[_("one-sided, {dtype}", dtype=dtype.__name__)] = errs["forward"]
    curves[_("centred, {dtype}", dtype=dtype.__name__)] = errs["centred"]
plot_difference_errors(hs, curves)
plt.show()

# %% slideshow={"slide_type": "subslide"}
big = (hs >= 1e-3) & (hs <= 1e-1)                       # where truncation dominates
assert hs[np.argmin(curves[_("centred, {dtype}", dtype="float64")])] == 1e-5   # the best h
bp.Table([_("method"), _("slope for h in [1e-3, 0.1]"), _("best h"), _("smallest error")],
         [[name, f"{np.polyfit(np.log10(hs[big]), np.log10(e[big]), 1)[0]:.2f}",
           f"{hs[np.argmin(e)]:.0e}", f"{e.min():.0e}"] for name, e in curves.items()],
         caption=_("the plot in numbers: slope 1 one-sided, 2 centred (float64); float32 "
                   "bottoms out early, and round-off already bends its centred curve at h = 1e-3"))

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# In float64 a centred difference with h ≈ 10⁻⁵ is accurate to 10⁻¹¹ or better (see the plot and
# section 1), far more than a check needs: that is the
# `h` of `bp.check_gradients`.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# float64에서 h ≈ 10⁻⁵인 중심 차분은 10⁻¹¹ 이하의 오차로 정확합니다(그래프와 1절 참고). 검증에
# 필요한 것보다 훨씬 정확하며, 이것이 `bp.check_gradients`가 쓰는 `h`입니다.

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 3 · The relative error and its thresholds
#
# Gradients range over many orders of magnitude, so an absolute difference says little. CS231n's
# relative error, per entry, with analytic $a$ and numerical $n$:
#
# $$\text{rel} = \frac{|a - n|}{\max(|a|, |n|)}\qquad (0 \text{ where both are } 0)$$
#
# rel < 10⁻⁷: good · 10⁻⁷ … 10⁻²: look closer (kinks, deep nets, tiny gradients) · > 10⁻²: wrong.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 3 · 상대 오차와 판정 기준
#
# 기울기(gradient)는 크기가 여러 자릿수에 걸쳐 있으므로 절대 오차만으로는 알 수 있는 것이 별로
# 없습니다. 해석적 기울기 $a$와 수치 기울기 $n$에 대해, 원소마다 CS231n의 상대 오차를 씁니다.
#
# $$\text{rel} = \frac{|a - n|}{\max(|a|, |n|)}\qquad (\text{둘 다 } 0\text{이면 } 0)$$
#
# rel < 10⁻⁷: 정상 · 10⁻⁷ … 10⁻²: 확인 필요(꺾인 점, 깊은 신경망, 아주 작은 기울기) · > 10⁻²: 틀림.

# %% slideshow={"slide_type": "fragment"}
pairs = [(0.0312, 0.0312 + 3e-12), (2.1e-6, 2.2e-6), (1.0, 1.02), (-0.5, 0.5)]
bp.Table([_("analytic a"), _("numerical n"), "|a − n|", _("rel. error"), _("verdict")],
         [[f"{a:g}", f"{n:.12g}", f"{abs(a - n):.1e}", f"{float(bp.relative_error(a, n)):.1e}",
           verdict_text(verdict(float(bp.relative_error(a, n))))] for a, n in pairs],
         caption=_("the second row: tiny absolute error, yet 5% off — the relative error sees it"))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### A whole net
#
# `bp.check_gradients` nudges every weight and bias in turn and reports the largest relative error
# per parameter array. A 3-4-4-2 sigmoid net with per-unit biases, 5 samples:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 신경망 전체
#
# `bp.check_gradients`는 모든 가중치와 편향(bias)을 차례로 움직여 보고, 매개변수 배열마다 가장 큰
# 상대 오차를 보고합니다. 뉴런마다 편향이 있는 3-4-4-2 시그모이드 신경망, 샘플 5개로 해 봅니다.

# %% slideshow={"slide_type": "fragment"}
net, X, T = bugzoo.zoo_case(rng)
bp.check_gradients(net, X, T)

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# Deep in a net some gradients are tiny (10⁻⁶ and below) and their relative error can sit just
# above 10⁻⁷ although nothing is wrong: the "look closer" band. A bug lands far above 10⁻².

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# 신경망 깊은 곳의 기울기 가운데에는 아주 작은 것(10⁻⁶ 이하)이 있어서, 아무 잘못이 없어도 상대
# 오차가 10⁻⁷을 살짝 넘을 수 있습니다. 이것이 "확인 필요" 구간입니다. 버그라면 10⁻²보다 훨씬 큰
# 값이 나옵니다.

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 4 · Why float64
#
# In float32, E has about 7 significant digits. The change a nudge makes,
# $E(\theta + h) - E(\theta - h) \approx 2h\,\partial E/\partial\theta$, is at best about a hundred times E's
# last digit, so each numerical gradient carries an error of about (rounding of E) / 2h. The same
# net, the same check, in float32:

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 4 · 왜 float64인가
#
# float32에서 E의 유효숫자는 7자리 정도입니다. 가중치를 움직여서 생기는 변화
# $E(\theta + h) - E(\theta - h) \approx 2h\,\partial E/\partial\theta$는 기껏해야 E의 마지막
# 자릿수의 백 배 정도이므로, 수치 기울기마다 약 (E의 반올림 오차) / 2h의 오차가 붙습니다. 같은
# 신경망을 같은 방법으로 float32에서 검증해 봅니다.

# %% slideshow={"slide_type": "fragment"}
E, eps32 = net.loss(X, T), float(np.finfo(np.float32).eps)
largest = max(np.abs(g).max() for g in sum(net.gradients(X, T), []))
print(_("E = {E:.4f}: float32 keeps it to about ±{ulp:.0e}; a nudge h = 1e-5 changes it by "
        "2h·|∂E/∂θ| ≤ {change:.0e};\nerror of a numerical gradient ≈ {error:.0e}",
        E=E, ulp=E * eps32, change=2e-5 * largest, error=E * eps32 / 2e-5))
finite_diff.check_in_dtype(net, X, T, dtype=np.float32)

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# A correct backward pass looks wrong. (`bp.check_gradients` refuses float32 nets for that reason.)

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# 올바른 역전파가 틀린 것처럼 보입니다. (그래서 `bp.check_gradients`는 float32 신경망을 거부합니다.)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 5 · The bug zoo
#
# Five wrong backward passes, each one line away from deck 003's formulas (`bpkit/lessons/bugzoo.py`):
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

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 5 · 버그 동물원
#
# 잘못된 역전파 다섯 가지입니다. 모두 강의 자료 003의 공식에서 딱 한 줄만 다릅니다
# (`bpkit/lessons/bugzoo.py`).
#
# | 버그 | 틀린 줄 |
# |---|---|
# | `missing_sigma_prime` | 은닉층 $\delta_j = \partial y_j$, $f'(u_j)$가 빠짐 |
# | `transposed_weight` | $\delta W^\top$ 대신 $\partial y = \delta W$ (강의 자료 002의 전치를 잊음) |
# | `flipped_sign` | 출력층 δ를 $(y - t)$ 대신 $(t - y)$로 계산 |
# | `bias_averaged` | $\partial b$ = 배치(batch)에 대한 δ의 합 대신 평균 |
# | `loss_not_averaged` | E는 배치의 **평균**인데, 기울기는 배치의 **합**으로 계산 |
#
# **먼저 예상해 보세요**: 각 버그에 대해 W[0], W[1], W[2], b[0], b[1], b[2] 가운데 어느 배열이
# 틀림으로 판정될까요? 상대 오차는 얼마나 클까요? (W[1]은 4 × 4입니다. 전치를 잊은 δ·W는 여기에서만
# 실행됩니다.)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **Two of those guesses with a pen, before you run the next cells.** Which arrays will the check
# flag for `bias_averaged`: only the output layer's bias `"b[2]"`, every bias `"b"`
# (b[0], b[1], b[2]), or `"all"` six arrays? And what largest relative error will
# `flipped_sign` show (a number)?

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **그 가운데 두 가지를 다음 셀들을 실행하기 전에 펜으로 먼저 예상해 보세요.** `bias_averaged`에서
# 검증이 틀림으로 판정하는 배열은 출력층의 편향뿐(`"b[2]"`)일까요, 모든 편향(`"b"`, 곧 b[0], b[1],
# b[2])일까요, 아니면 여섯 배열 모두(`"all"`)일까요? 그리고 `flipped_sign`의 가장 큰 상대 오차는
# 얼마일까요(숫자)?

# %% slideshow={"slide_type": "fragment"}
my_bias_flags = ...   # your prediction: "b[2]", "b" or "all"
ex.predict("bias_flags", my_bias_flags)

# %% slideshow={"slide_type": "fragment"}
my_flipped_error = ...   # your prediction: a number
ex.predict("flipped_error", my_flipped_error)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### Reveal

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 정답 공개

# %% slideshow={"slide_type": "fragment"}
rows = []
for name, backward in [("correct", bugzoo.correct)] + list(bugzoo.ZOO.items()):
    d = bugzoo.diagnose(net, X, T, backward)
    rows.append([name, bugzoo.describe(name), d.flagged_text, f"{d.max_rel_error:.2g}"])
bp.Table([_("backward"), _("what it does"), _("arrays flagged (rel. > 1e-2)"),
          _("max rel. error")], rows)

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# * The check **localises**: a δ bug shows in the layers below it, never above (σ' is missing
#   only in the hidden layers; the transpose spoils what W[1] hands to layer 1).
# * The **size** is a fingerprint: exactly 2 is a flipped sign (a = −n); exactly 1 − 1/N = 0.8
#   (N = 5 samples) is a factor N, the sum-versus-mean mismatch.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# * 검증은 버그의 **위치를 좁혀 줍니다**: δ의 버그는 그 아래층에만 나타나고 위층에는 나타나지
#   않습니다(σ'은 은닉층에서만 빠지고, 전치 실수는 W[1]이 층 1로 넘겨주는 값을 망칩니다).
# * 오차의 **크기**는 지문과 같습니다: 정확히 2이면 부호가 뒤집힌 것(a = −n)이고, 정확히
#   1 − 1/N = 0.8(샘플 N = 5개)이면 N배 차이, 곧 합과 평균을 혼동한 것입니다.

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
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

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 6 · 기울기 검증이 보지 못하는 것
#
# 기울기 검증은 여러분의 기울기를 **여러분의** `loss`의 기울기와 비교합니다. 그래서 다음은 보지
# 못합니다.
#
# * **손실함수(loss) 자체의 버그**: 역전파가 잘못된 E를 충실히 따르므로 둘이 일치합니다.
# * **꺾인 점(kink)**: relu는 0에서(max, abs도 마찬가지) 미분할 수 없습니다. 움직인 값이 꺾인 점을
#   넘어가면 코드가 멀쩡해도 상대 오차가 크게 나오고, 점이 꺾인 점 위에 있으면 버그가 숨을 수 있습니다.
# * **다른 점**: 검증은 θ 하나, 배치 하나에서만 합니다. 이 점에서 한 번도 지나지 않는 분기의 버그는
#   보이지 않습니다. 포화(saturation)된 뉴런이나 0인 입력에서만 실행되는 코드가 그런 예입니다.
#   무작위로 고른 점 몇 개에서 검증하세요.
# * **정확하지만 쓸모없는 기울기**: 기울기 소실(vanishing gradient)이나 폭주하는 δ(노트북 05)는
#   검증을 통과합니다.
# * **무작위성**: 드롭아웃이나 잡음은 두 번의 계산에서 똑같이 고정해야(같은 시드, 같은 마스크) 합니다.
#   그렇지 않으면 서로 다른 두 함수를 비교하게 됩니다.
#
# 게다가 느립니다. 매개변수 하나마다 순전파(forward pass)를 두 번 합니다. 작은 신경망에서 확인한
# 뒤에는 끄세요.

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Exercises
#
# ### Exercise 1 · The centred difference
#
# `f` takes an array `x` and returns a number. Return the array of $\partial f/\partial x_i$ by centred
# differences with step `h`: nudge one entry at a time, and leave `x` as you found it.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 연습 문제
#
# ### 연습 문제 1 · 중심 차분
#
# `f`는 배열 `x`를 받아 숫자 하나를 돌려줍니다. 간격 `h`의 중심 차분으로 $\partial f/\partial x_i$의
# 배열을 반환하세요. 원소를 하나씩 움직이고, 끝나면 `x`를 처음 상태 그대로 돌려놓아야 합니다.

# %% slideshow={"slide_type": "fragment"}
def my_centred_difference(f, x, h):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_centred_difference(my_centred_difference)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### Exercise 2 · The relative error
#
# Return the elementwise relative error of arrays `a` (analytic) and `n` (numerical), as
# CS231n defines it, with 0 where both are 0.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 연습 문제 2 · 상대 오차
#
# 배열 `a`(해석적 기울기)와 `n`(수치 기울기)의 상대 오차를 CS231n의 정의대로 원소별로 반환하세요.
# 둘 다 0인 곳은 0입니다.

# %% slideshow={"slide_type": "fragment"}
def my_relative_error(a, n):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_relative_error(my_relative_error)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### Exercise 3 · Which bug is this?
#
# `bugzoo.mysteries()` hides the five zoo members behind the letters A–E. Check each one, e.g.
# `bp.check_gradients(net, X, T, backward=bugzoo.mysteries()["A"])`, then return a dict from
# letter to the bug's name, e.g. `{"A": "flipped_sign", ...}`.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 연습 문제 3 · 어떤 버그일까?
#
# `bugzoo.mysteries()`는 동물원의 버그 다섯 개를 A–E라는 글자 뒤에 숨겨 둡니다. 하나씩 검증해 보세요.
# 예를 들어 `bp.check_gradients(net, X, T, backward=bugzoo.mysteries()["A"])`처럼 합니다. 그런 다음
# 글자에서 버그 이름으로 가는 딕셔너리를 반환하세요. 예: `{"A": "flipped_sign", ...}`.

# %% slideshow={"slide_type": "fragment"}
def which_bug():
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_which_bug(which_bug)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Summary
#
# * **Centred differences** $(E(\theta + h) - E(\theta - h))/2h$ are accurate to O(h²), one-sided ones to
#   O(h); below h ≈ 10⁻⁵ (float64) round-off, growing like eps/h, takes over.
# * **Relative error** $|a - n| / \max(|a|, |n|)$: below 10⁻⁷ good, above 10⁻² wrong, between: look closer.
#   Checks run in **float64**: in float32 a correct gradient already looks wrong.
# * **The bug zoo**: which arrays are flagged says where the bug is (δ bugs spoil the layers below
#   them), and the size of the error says what kind (2: sign, 1 − 1/N: a factor N).
# * **Blind spots**: a wrong loss, kinks, untested points, exact-but-vanishing gradients, randomness.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 요약
#
# * **중심 차분** $(E(\theta + h) - E(\theta - h))/2h$의 오차는 O(h²), 전진 차분은 O(h)이다.
#   h ≈ 10⁻⁵보다 작아지면(float64) eps/h처럼 커지는 반올림 오차가 더 커진다.
# * **상대 오차** $|a - n| / \max(|a|, |n|)$: 10⁻⁷ 미만이면 정상, 10⁻² 초과면 틀림, 그 사이는 확인
#   필요. 검증은 **float64**로 한다. float32에서는 올바른 기울기도 틀린 것처럼 보인다.
# * **버그 동물원**: 어느 배열이 틀림으로 판정되는지가 버그의 위치를 알려 주고(δ의 버그는 그 아래층을
#   망친다), 오차의 크기가 종류를 알려 준다(2: 부호, 1 − 1/N: N배 차이).
# * **사각지대**: 잘못된 손실함수, 꺾인 점, 검증하지 않은 점, 정확하지만 소실되는 기울기, 무작위성.

# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# # 02 · The chain rule — 연쇄법칙
#
# Follows deck 004, lecture **"다층 신경망 모델링"** (modelling multilayer networks) §1, and the
# chain-rule part of deck 001 (blog post, "이제 미분에서 나오는 Chain Rule에 대해서 이해하자" —
# now let us understand the chain rule of calculus):
#
# | slide | in English |
# |---|---|
# | 004: 1. 연쇄법칙: 연쇄법칙이란? | the chain rule: what is it? |
# | 004: 1. 연쇄법칙: 연쇄법칙의 예 · 라이프니츠 표기법 | an example · Leibniz notation |
# | 001: y = 3x, z = 2y and z → 6.6 (기존 결과값에 10%를 더한 목표) | the 10 % nudge |
# | 001: 각 가중치의 변화가 ∇E에 얼마나 영향을 주는가? | ∇E: how much each weight moves E |
# | 001: Feed forward는 여러개의 함수를 곱한 결과물이다 | composition, and a product of derivatives |

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# # 02 · 연쇄법칙 — The chain rule
#
# 강의 자료 004 **"다층 신경망 모델링"**의 §1과, 강의 자료 001(블로그 글)의 연쇄법칙 부분
# ("이제 미분에서 나오는 Chain Rule에 대해서 이해하자")을 따라갑니다.
#
# | 슬라이드 | 내용 |
# |---|---|
# | 004: 1. 연쇄법칙: 연쇄법칙이란? | 연쇄법칙이란 무엇인가 |
# | 004: 1. 연쇄법칙: 연쇄법칙의 예 · 라이프니츠 표기법 | 예제와 라이프니츠 표기법 |
# | 001: y = 3x, z = 2y and z → 6.6 (기존 결과값에 10%를 더한 목표) | 10 % 올리기 |
# | 001: 각 가중치의 변화가 ∇E에 얼마나 영향을 주는가? | ∇E: 가중치 하나가 E를 얼마나 움직이나 |
# | 001: Feed forward는 여러개의 함수를 곱한 결과물이다 | 합성, 그리고 미분들의 곱 |

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## Learning goals
#
# You will be able to …
#
# 1. state the chain rule as F'(x) = f'(g(x))g'(x) and as dy/dx = dy/du · du/dx, and check it
#    in SymPy;
# 2. follow deck 001's y = 3x, z = 2y through its 10 % nudge and say what ∂z/∂w₁ and ∂z/∂w₂ are;
# 3. read a gradient as "how much a small change here moves E", and test that with numbers.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 학습 목표
#
# 이 노트북을 마치면 다음을 할 수 있습니다.
#
# 1. 연쇄법칙(chain rule)을 F'(x) = f'(g(x))g'(x)와 dy/dx = dy/du · du/dx 두 가지로 쓰고,
#    SymPy로 확인한다.
# 2. 강의 자료 001의 y = 3x, z = 2y를 10 % 올리기 예제까지 따라가고, ∂z/∂w₁과 ∂z/∂w₂가
#    무엇인지 말한다.
# 3. 기울기(gradient)를 "여기를 조금 바꾸면 E가 얼마나 움직이는가"로 읽고, 숫자로 확인한다.

# %% slideshow={"slide_type": "skip"}
import numpy as np
import sympy as sp

import bpkit as bp
from bpkit.exercises import nb02 as ex
from bpkit.i18n import _
from bpkit.lab import chain_slider
from bpkit.lessons import chain

bp.set_language("en")
SEED = 0
rng = np.random.default_rng(SEED)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 1. 연쇄법칙이란? — what is the chain rule?
#
# Deck 004: "어떤 변수의 변화가 매개변수의 변화를 일으키고 그 후 최종 함수 값의 변화를 유발하는
# 것" — a change in one variable changes an intermediate variable, which then changes the final
# value. For F(x) = f(g(x)):
#
# $$F'(x) = f'(g(x))\,g'(x)$$
#
# SymPy differentiates F directly and compares with the product of the two derivatives:

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 1. 연쇄법칙이란?
#
# 강의 자료 004: "어떤 변수의 변화가 매개변수의 변화를 일으키고 그 후 최종 함수 값의 변화를
# 유발하는 것". F(x) = f(g(x))이면
#
# $$F'(x) = f'(g(x))\,g'(x)$$
#
# 입니다. SymPy로 F를 직접 미분한 결과와 두 도함수의 곱을 비교합니다.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# **Predict first.** For f(u) = u³ and g(x) = x² + 1, what is F'(2)? Work it out with a pen
# before you run the next cells.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# **먼저 예측해 보세요.** f(u) = u³, g(x) = x² + 1일 때 F'(2)는 얼마일까요? 다음 셀들을
# 실행하기 전에 펜으로 계산해 보세요.

# %% slideshow={"slide_type": "fragment"}
my_f_prime_2 = ...   # your prediction: a number
ex.predict("f_prime_2", my_f_prime_2)

# %% slideshow={"slide_type": "fragment"}
x, u = sp.symbols("x u", real=True)
rows = []
for f, g in [(u**3, x**2 + 1), (sp.sin(u), 3 * x), (sp.exp(u), sp.cos(x))]:
    F_prime = sp.diff(f.subs(u, g), x)                   # d/dx f(g(x)), directly
    product = sp.diff(f, u).subs(u, g) * sp.diff(g, x)   # f'(g(x)) · g'(x)
    assert sp.cancel(F_prime - product) == 0
    rows.append([sp.sstr(f), sp.sstr(g), sp.sstr(F_prime), sp.sstr(product),
                 float(F_prime.subs(x, 2))])
bp.Table(["f(u)", "g(x)", "F'(x), SymPy", "f'(g(x))·g'(x)", "F'(2)"], rows, fmt="{:.4g}",
         caption=_("equal in every row (asserted)"))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 2. 라이프니츠 표기법 — Leibniz notation
#
# With y = f(u) and u = g(x):
#
# $$\frac{dy}{dx} = \frac{dy}{du} \cdot \frac{du}{dx}$$
#
# The case every neuron is made of: y = σ(u), u = w·x + b. Then dy/du = σ(u)(1 − σ(u)) and
# du/dx = w.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 2. 라이프니츠 표기법
#
# y = f(u), u = g(x)이면
#
# $$\frac{dy}{dx} = \frac{dy}{du} \cdot \frac{du}{dx}$$
#
# 모든 뉴런이 이 꼴입니다: y = σ(u), u = w·x + b. 이때 dy/du = σ(u)(1 − σ(u))이고
# du/dx = w입니다.

# %% slideshow={"slide_type": "fragment"}
w, b = sp.symbols("w b", real=True)
sigma = 1 / (1 + sp.exp(-u))
u_of_x = w * x + b
dy_dx = sp.diff(sigma.subs(u, u_of_x), x)
leibniz = (sigma * (1 - sigma)).subs(u, u_of_x) * sp.diff(u_of_x, x)
assert sp.cancel(dy_dx - leibniz) == 0
values = {x: 0.5, w: 2.0, b: -0.3}
fd = (bp.sigmoid(2.0 * (0.5 + 1e-6) - 0.3) - bp.sigmoid(2.0 * (0.5 - 1e-6) - 0.3)) / 2e-6
assert np.isclose(float(dy_dx.subs(values)), fd)
print(_("SymPy: d σ(wx + b)/dx = σ(u)(1 − σ(u)) · w with u = wx + b"))
print(_("at x = 0.5, w = 2, b = −0.3: {value:.6f} (central difference {fd:.6f})",
        value=float(dy_dx.subs(values)), fd=fd))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 3. Deck 001: y = 3x, z = 2y
#
# "y = 3x일 경우 y에 대한 x의 미분을 하면 결과는 3 … y로 z를 미분하면 이것은 2가 되고 이 두개의
# 미분한 결과 값은 궁극적으로 z를 x로 미분한 값과 같게 된다":
#
# $$\frac{\partial z}{\partial x} = \frac{\partial y}{\partial x} \cdot \frac{\partial z}{\partial y} = 3 \cdot 2 = 6$$
#
# We write the two factors as weights, y = w₁x and z = w₂y with w₁ = 3, w₂ = 2, and x = 1.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 3. 강의 자료 001: y = 3x, z = 2y
#
# "y = 3x일 경우 y에 대한 x의 미분을 하면 결과는 3 … y로 z를 미분하면 이것은 2가 되고 이 두개의
# 미분한 결과 값은 궁극적으로 z를 x로 미분한 값과 같게 된다":
#
# $$\frac{\partial z}{\partial x} = \frac{\partial y}{\partial x} \cdot \frac{\partial z}{\partial y} = 3 \cdot 2 = 6$$
#
# 두 인자를 가중치로 써서 y = w₁x, z = w₂y(w₁ = 3, w₂ = 2)로 두고, x = 1로 놓습니다.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# **Predict first.** By how much does z change per unit of w₁, ∂z/∂w₁, at this point? Work it
# out with a pen before you run the next cells.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# **먼저 예측해 보세요.** 이 점에서 w₁이 1만큼 변할 때 z는 얼마나 변할까요? 곧 ∂z/∂w₁은
# 얼마일까요? 다음 셀들을 실행하기 전에 펜으로 계산해 보세요.

# %% slideshow={"slide_type": "fragment"}
my_dz_dw1 = ...   # your prediction: a number
ex.predict("dz_dw1", my_dz_dw1)

# %% slideshow={"slide_type": "fragment"}
v = chain.chain_values(x=1.0, w1=3.0, w2=2.0)
h = 1e-6
fd_dz_dx = (chain.chain_values(1 + h).z - chain.chain_values(1 - h).z) / (2 * h)
assert np.isclose(v.dz_dx, v.dy_dx * v.dz_dy) and np.isclose(v.dz_dx, fd_dz_dx)
bp.Table([_("quantity"), _("value")],
         [["y = w₁x", v.y], ["z = w₂y", v.z], ["dy/dx = w₁", v.dy_dx], ["dz/dy = w₂", v.dz_dy],
          ["dz/dx = dy/dx · dz/dy", v.dz_dx], [_("dz/dx, central difference"), fd_dz_dx],
          ["∂z/∂w₁ = w₂·x", v.dz_dw1], ["∂z/∂w₂ = y", v.dz_dw2]],
         caption=_("deck 001's example at x = 1"), fmt="{:.6g}")

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 4. The 10 % nudge: z → 6.6
#
# Deck 001 wants z = 6.6 (기존 결과값에 10%를 더한 목표) and walks back:
# "6.6 = 2y = 3.3 = y = 3x = 1.1 = x" — read it as *z = 6.6 needs y = 3.3, which needs x = 1.1*.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 4. 10 % 올리기: z → 6.6
#
# 강의 자료 001은 z = 6.6(기존 결과값에 10%를 더한 목표)을 원하고 거꾸로 따라갑니다:
# "6.6 = 2y = 3.3 = y = 3x = 1.1 = x". *z = 6.6이 되려면 y = 3.3이어야 하고, 그러려면
# x = 1.1이어야 한다*로 읽으면 됩니다.

# %% slideshow={"slide_type": "fragment"}
y_needed, x_needed = chain.backtrack(6.6)
print(f"z = 6.6 = 2y  →  y = {y_needed:.4g} = 3x  →  x = {x_needed:.4g}")

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# The post then raises a *weight* instead: w₁ from 3 to 3.3 ("x의 weight 값을 10% 증가") or w₂
# from 2 to 2.2 ("y의 weight값을 10% 올려서"). Each alone gives 6.6; the slope times the change
# predicts it exactly (z is linear in each alone). Both at once add a cross term the slopes do
# not see:

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# 이어서 글은 x 대신 *가중치*를 올립니다. w₁을 3에서 3.3으로("x의 weight 값을 10% 증가"),
# 또는 w₂를 2에서 2.2로("y의 weight값을 10% 올려서") 바꿉니다. 하나만 바꾸면 어느 쪽이든
# 6.6이 되고, 기울기 × 변화량이 이 변화를 정확히 예측합니다(z는 각 변수 하나에 대해서는
# 일차식입니다). 둘을 한꺼번에 바꾸면 기울기로는 보이지 않는 교차항이 더해집니다.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **Predict first.** Raise both weights by 10 % at once, w₁ = 3.3 and w₂ = 2.2 (x = 1). By how
# much does z actually change? Work it out with a pen before you run the next cells.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **먼저 예측해 보세요.** 두 가중치를 한꺼번에 10 %씩 올려 w₁ = 3.3, w₂ = 2.2로 둡니다(x = 1).
# z는 실제로 얼마나 변할까요? 다음 셀들을 실행하기 전에 펜으로 계산해 보세요.

# %% slideshow={"slide_type": "fragment"}
my_delta_z_both = ...   # your prediction: a number
ex.predict("delta_z_both", my_delta_z_both)

# %% slideshow={"slide_type": "fragment"}
chain.nudge_table(rel=0.1)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# What the nudge says about each weight:
#
# - ∂z/∂w₁ = w₂·x = 2 and ∂z/∂w₂ = y = 3: per unit of change, w₂ moves z more. The 10 %
#   nudges tie only because 10 % of w₁ (0.3) is larger than 10 % of w₂ (0.2).
# - Gradient descent moves each weight in proportion to its slope, so it would move w₂ more.
# - Two weights at once: 1.2 predicted, 1.26 actual. The gap, Δw₁·Δw₂·x = 0.06, is second
#   order: it vanishes faster than the steps themselves as they get small.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# 이 실험이 각 가중치에 대해 알려 주는 것:
#
# - ∂z/∂w₁ = w₂·x = 2, ∂z/∂w₂ = y = 3: 같은 양만큼 바꾸면 w₂가 z를 더 많이 움직인다.
#   10 %씩 올렸을 때 결과가 같았던 것은 w₁의 10 %(0.3)가 w₂의 10 %(0.2)보다 크기 때문일 뿐이다.
# - 경사하강법(gradient descent)은 각 가중치를 기울기에 비례해 움직이므로 w₂를 더 많이 움직인다.
# - 두 가중치를 한꺼번에 바꾸면 예측은 1.2, 실제는 1.26이다. 차이 Δw₁·Δw₂·x = 0.06은
#   2차 항이라서, 변화량이 작아질수록 변화량 자체보다 더 빨리 사라진다.

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 5. Interactive: nudge x or a weight
#
# **Question first:** set w₁ to 3.3. How much does z change, and what does dz/dx become? Then
# set w₂ to 2.2 as well: does the first-order prediction still match?

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 5. 직접 해 보기: x나 가중치 움직이기
#
# **먼저 질문:** w₁을 3.3으로 놓으세요. z는 얼마나 변하고, dz/dx는 얼마가 되나요? 이어서
# w₂도 2.2로 놓으세요. 1차 근사 예측이 여전히 실제와 맞나요?

# %% slideshow={"slide_type": "fragment"} tags=["nbval-ignore-output"]
demo, state = chain_slider.chain_demo()
demo["box"]

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# What to notice: dz/dx is always the product w₁·w₂ of the two local derivatives; with one
# slider moved, "first order" and "actual" agree; with two moved they drift apart by the cross
# term.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# 눈여겨볼 점: dz/dx는 언제나 두 국소 미분의 곱 w₁·w₂입니다. 슬라이더 하나만 움직이면
# "1차 근사"와 "실제"가 같고, 두 개를 움직이면 교차항만큼 벌어집니다.

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 6. ∇E: how much a small change of each weight moves E
#
# Deck 001 collects every weight's derivative of its 2-2-1 net (notebook 01 §8) in one array,
#
# $$ \nabla{E} = \begin{pmatrix} \frac{\partial{E}}{\partial{W^{0}}_{11}} && \frac{\partial{E}}{\partial{W^{0}}_{12}} && \frac{\partial{E}}{\partial{W^{1}}_{11}} \\ \frac{\partial{E}}{\partial{W^{0}}_{21}} && \frac{\partial{E}}{\partial{W^{0}}_{22}} && \frac{\partial{E}}{\partial{W^{1}}_{21}} \\ \frac{\partial{E}}{\partial{W^{0}}_{31}} && \frac{\partial{E}}{\partial{W^{0}}_{32}} && \frac{\partial{E}}{\partial{W^{1}}_{31}} \end{pmatrix} $$
#
# and asks "각 가중치의 변화가 ∇E 의 위치에 얼마나 영향을 주는가?" — how much does each weight's
# change move E? The first two columns are layer 0's weights (rows: from x₁, x₂ and the bias
# input 1), the third is layer 1's (rows: from h₁, h₂ and the bias input). bpkit keeps the bias
# row apart (`biases`), so the deck's ∇E is bpkit's `dW` with `db` as the last row. Here it is
# for one applicant, with deck 001's log-loss E (notebook 01), beside central differences:

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 6. ∇E: 가중치 하나를 조금 바꾸면 E가 얼마나 움직이나
#
# 강의 자료 001은 2-2-1 신경망(노트북 01 §8)의 모든 가중치에 대한 미분을 배열 하나에 모읍니다.
#
# $$ \nabla{E} = \begin{pmatrix} \frac{\partial{E}}{\partial{W^{0}}_{11}} && \frac{\partial{E}}{\partial{W^{0}}_{12}} && \frac{\partial{E}}{\partial{W^{1}}_{11}} \\ \frac{\partial{E}}{\partial{W^{0}}_{21}} && \frac{\partial{E}}{\partial{W^{0}}_{22}} && \frac{\partial{E}}{\partial{W^{1}}_{21}} \\ \frac{\partial{E}}{\partial{W^{0}}_{31}} && \frac{\partial{E}}{\partial{W^{0}}_{32}} && \frac{\partial{E}}{\partial{W^{1}}_{31}} \end{pmatrix} $$
#
# 그리고 "각 가중치의 변화가 ∇E 의 위치에 얼마나 영향을 주는가?"라고 묻습니다. 앞의 두 열은
# 0층의 가중치(행: x₁, x₂, 편향 입력 1에서 오는 가중치), 셋째 열은 1층의 가중치(행: h₁, h₂,
# 편향 입력에서 오는 가중치)입니다. bpkit은 편향(bias) 행을 따로 두므로(`biases`), 강의 자료의
# ∇E는 bpkit의 `dW` 아래에 `db`를 마지막 행으로 붙인 것입니다. 지원자 한 명에 대해, 강의 자료
# 001의 로그 손실 E(노트북 01)로 구한 값을 중심 차분(central difference)과 나란히 보입니다.

# %% slideshow={"slide_type": "fragment"}
net21 = bp.MLP([2, 2, 1], activation="sigmoid", loss="bce", rng=rng)   # deck 001's 2-2-1 net
xs, ts = np.array([0.4, -0.8]), np.array([1.0])
dW, db = net21.gradients(xs, ts)
grad_E = np.hstack([np.vstack([dW[0], db[0]]), np.vstack([dW[1], db[1]])])   # the deck's 3 × 3
check = {r.name: r.numerical for r in bp.check_gradients(net21, xs, ts)}
numerical = np.hstack([np.vstack([check["W[0]"], check["b[0]"]]),
                       np.vstack([check["W[1]"], check["b[1]"]])])
assert np.allclose(grad_E, numerical, rtol=1e-6, atol=1e-12)
bp.Table([_("row"), "∂E/∂W⁰_i1", "∂E/∂W⁰_i2", "∂E/∂W¹_i1"],
         [[f"i = {i + 1}", *grad_E[i]] for i in range(3)], fmt="{:+.6f}",
         caption=_("deck 001's ∇E for x = (0.4, −0.8), y = 1; each entry equals its central "
                   "difference"))

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# Each entry says how much E moves per unit of that one weight: for a small change ε,
# ΔE ≈ ∂E/∂w · ε. Nudge each of the nine weights by ε = 10⁻³ and compare:

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# 각 원소는 그 가중치 하나가 1만큼 변할 때 E가 얼마나 움직이는지를 말합니다. 작은 변화 ε에
# 대해 ΔE ≈ ∂E/∂w · ε입니다. 아홉 개의 가중치를 하나씩 ε = 10⁻³만큼 바꿔 비교합니다.

# %% slideshow={"slide_type": "fragment"}
eps, E0, worst = 1e-3, net21.loss(xs, ts), 0.0
for l in range(2):
    for i in range(3):
        for j in range(net21.sizes[l + 1]):
            nudged = net21.copy()
            if i < 2:
                nudged.weights[l][i, j] += eps
            else:
                nudged.biases[l][j] += eps
            actual = nudged.loss(xs, ts) - E0
            worst = max(worst, abs(actual - grad_E[i, 2 * l + j] * eps) / abs(actual))
assert worst < 1e-2
print(_("nine nudges of ε = {eps:g}: ∂E/∂w · ε matches the actual ΔE, relative difference "
        "≤ {worst:.0e}", eps=eps, worst=worst))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 7. Deck 001's chain through a hidden unit (and a garbled line)
#
# $$\frac{\partial E}{\partial W^0_{11}} = \frac{\partial E}{\partial \hat{y}} \cdot \frac{\partial \hat{y}}{\partial h} \cdot \frac{\partial h}{\partial h_1} \cdot \frac{\partial h_1}{\partial W^0_{11}}$$
#
# ("Layer 0 (영어로 Superscript라고 부른다)", the post says of W⁰₁₁: the layer is called *layer 0*;
# *superscript* (위첨자) only names where its number is written, the ⁰ of W⁰.)
# The post writes "h = W¹₁₁ + W¹₁₂" — **garbled**: h is the output unit's weighted sum,
# h = W¹₁₁σ(h₁) + W¹₂₁σ(h₂) + W¹₃₁·1. With that h, its ∂h/∂h₁ = W¹₁₁σ(h₁)(1 − σ(h₁)) is right.
# (The post's matrix slide has two more errors, bias input −2 and shapes; notebook 01 §8 fixes them.)
# The first factor, ∂E/∂ŷ = (ŷ − y)/(ŷ(1 − ŷ)) for notebook 01's log-loss, is derived in notebook 03;
# here take it as given. The four factors on section 6's net:

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 7. 은닉 뉴런을 지나는 강의 자료 001의 연쇄 (그리고 뒤섞인 한 줄)
#
# $$\frac{\partial E}{\partial W^0_{11}} = \frac{\partial E}{\partial \hat{y}} \cdot \frac{\partial \hat{y}}{\partial h} \cdot \frac{\partial h}{\partial h_1} \cdot \frac{\partial h_1}{\partial W^0_{11}}$$
#
# (글은 W⁰₁₁에 대해 "Layer 0 (영어로 Superscript라고 부른다)"라고 씁니다. 층의 이름은 *layer 0*이고,
# *superscript*(위첨자)는 그 번호를 적는 자리, 곧 W⁰의 ⁰을 가리킬 뿐입니다.)
# 글에는 "h = W¹₁₁ + W¹₁₂"라고 되어 있는데, 이 줄은 **뒤섞여 있습니다**. h는 출력 뉴런의
# 가중합(net)으로 h = W¹₁₁σ(h₁) + W¹₂₁σ(h₂) + W¹₃₁·1입니다. 이 h로 계산하면 글의
# ∂h/∂h₁ = W¹₁₁σ(h₁)(1 − σ(h₁))은 맞습니다. (글의 행렬 슬라이드에는 오류가 두 개 더
# 있습니다. 편향 입력 −2와 행렬의 모양인데, 노트북 01 §8에서 고쳤습니다.) 첫째 인자, 즉
# 노트북 01의 로그 손실에 대한 ∂E/∂ŷ = (ŷ − y)/(ŷ(1 − ŷ))는 노트북 03에서 유도하니, 여기서는
# 주어진 것으로 받아들입니다. 6절의 신경망에서 네 인자를 계산하면:

# %% slideshow={"slide_type": "fragment"}
h1, h2, a, c, d = sp.symbols("h_1 h_2 W^1_11 W^1_21 W^1_31", real=True)
h_out = a * sigma.subs(u, h1) + c * sigma.subs(u, h2) + d
assert sp.cancel(sp.diff(h_out, h1) - a * sigma.subs(u, h1) * (1 - sigma.subs(u, h1))) == 0
fwd = net21.forward(xs)                               # the net of section 6
y_hat, s1 = fwd.output[0, 0], fwd.outs[0][0, 0]
factors = [(y_hat - 1.0) / (y_hat * (1 - y_hat)), y_hat * (1 - y_hat),
           net21.weights[1][0, 0] * s1 * (1 - s1), xs[0]]
assert np.isclose(np.prod(factors), net21.backward(fwd, ts).dW[0][0, 0])
print(_("four factors: {factors}", factors=", ".join(f"{f:.4f}" for f in factors)))
print(_("their product {p:.6f} = bpkit's ∂E/∂W⁰₁₁", p=np.prod(factors)))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### "곱한 결과물"? A composition, whose derivative is a product
#
# Deck 001 sums it up as
#
# > - Feed forward는 여러개의 함수를 곱한 결과물이다.
# > - Back Propagation은 곱한 결과물을 미분하는 것이다.
#
# A feed-forward net does not *multiply* its functions, it *composes* them: ŷ = σ(W¹·σ(W⁰x)), each
# layer applied to the output of the one before, f(g(x)). The product appears in the derivative:
# the chain rule makes d f(g(x))/dx the product f'(g(x))·g'(x) of the local derivatives. The two
# readings differ as soon as there are numbers, here for f = σ and g(x) = 3x at x = 1:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### "곱한 결과물"? 곱이 아니라 합성이고, 곱은 그 도함수에 나타난다
#
# 강의 자료 001은 이렇게 정리합니다.
#
# > - Feed forward는 여러개의 함수를 곱한 결과물이다.
# > - Back Propagation은 곱한 결과물을 미분하는 것이다.
#
# 순전파(forward pass) 신경망은 함수들을 *곱하지* 않고 *합성합니다*: ŷ = σ(W¹·σ(W⁰x)). 각 층은
# 앞 층의 출력에 적용되므로 f(g(x)) 꼴입니다. 곱은 도함수에서 나타납니다. 연쇄법칙에 따라
# d f(g(x))/dx는 국소 미분들의 곱 f'(g(x))·g'(x)가 됩니다. 숫자를 넣어 보면 두 해석은 바로
# 달라집니다. f = σ, g(x) = 3x, x = 1에서 비교합니다.

# %% slideshow={"slide_type": "fragment"}
f, g = sigma, 3 * x
composed = sp.diff(f.subs(u, g), x)              # d/dx f(g(x)): what backpropagation computes
multiplied = sp.diff(f.subs(u, x) * g, x)        # d/dx f(x)·g(x): "함수를 곱한 결과물"
chain_product = sp.diff(f, u).subs(u, g) * sp.diff(g, x)
assert sp.simplify(composed - chain_product) == 0
at_1 = {x: 1}
assert not np.isclose(float(composed.subs(at_1)), float(multiplied.subs(at_1)))
print(_("d σ(3x)/dx at x = 1:    {value:.6f}  = σ'(3)·3, the chain rule's product",
        value=float(composed.subs(at_1))))
print(_("d [σ(x)·3x]/dx at x = 1: {value:.6f}  (a product of functions: another thing)",
        value=float(multiplied.subs(at_1))))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Exercises
#
# **1.** For y = w₁x, z = w₂y, return `(dz_dw1, dz_dw2)`, the two weight derivatives.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 연습 문제(exercise)
#
# **1.** y = w₁x, z = w₂y일 때 두 가중치에 대한 미분 `(dz_dw1, dz_dw2)`를 반환하세요.

# %% slideshow={"slide_type": "fragment"}
def my_weight_grads(x, w1, w2):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_weight_grads(my_weight_grads)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **2.** Return d/dx σ(w·x + b), by the chain rule (`bp.sigmoid` is there for you).

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **2.** 연쇄법칙으로 d/dx σ(w·x + b)를 계산해 반환하세요(`bp.sigmoid`를 써도 됩니다).

# %% slideshow={"slide_type": "fragment"}
def my_sigmoid_chain(x, w, b):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_sigmoid_chain(my_sigmoid_chain)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **3.** z = w₂·(w₁·x) depends on three numbers. Which one is z most sensitive to, i.e. which
# of ∂z/∂x, ∂z/∂w₁, ∂z/∂w₂ is largest in size? Return its name, `"x"`, `"w1"` or `"w2"`.
# Think first: is it always the largest of the three numbers? What if one of them is 0, or
# negative?

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **3.** z = w₂·(w₁·x)는 세 수에 달려 있습니다. z는 그중 어느 것에 가장 민감할까요? 곧
# ∂z/∂x, ∂z/∂w₁, ∂z/∂w₂ 중 크기가 가장 큰 것은 무엇일까요? 그 이름 `"x"`, `"w1"`, `"w2"` 중
# 하나를 반환하세요. 먼저 생각해 보세요. 세 수 중 가장 큰 수가 늘 답일까요? 하나가 0이거나
# 음수라면요?

# %% slideshow={"slide_type": "fragment"}
def most_sensitive(x, w1, w2):
    raise NotImplementedError  # your code here: return "x", "w1" or "w2"


# %% slideshow={"slide_type": "fragment"}
ex.check_most_sensitive(most_sensitive)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Summary
#
# - The chain rule, F'(x) = f'(g(x))g'(x) or dy/dx = dy/du · du/dx: SymPy confirms it on
#   three pairs and on the neuron's σ(wx + b), whose derivative is σ(u)(1 − σ(u))·w.
# - Deck 001's y = 3x, z = 2y: dz/dx = 3·2 = 6; reaching z = 6.6 needs y = 3.3 or x = 1.1, or a
#   10 % larger w₁ or w₂. ∂z/∂w₁ = w₂x = 2 and ∂z/∂w₂ = y = 3; one nudge is predicted exactly,
#   two at once miss the small cross term.
# - A gradient is how much a small change moves E: deck 001's ∇E holds all nine ∂E/∂w of its
#   2-2-1 net, each equal to its central difference, and ∂E/∂w · ε matched the actual ΔE for
#   every weight we nudged.
# - A feed-forward net composes its layers; backpropagation differentiates that composition,
#   and the chain rule turns it into a product of local derivatives.
# - Backpropagation is this product of local derivatives, taken layer by layer: deck 001's four
#   factors equal bpkit's ∂E/∂W⁰₁₁ (once its garbled h is fixed). Next: notebook 03 derives the
#   local derivatives σ' and ∂E/∂y symbolically.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 정리
#
# - 연쇄법칙 F'(x) = f'(g(x))g'(x), 또는 dy/dx = dy/du · du/dx. SymPy로 세 쌍의 함수와 뉴런의
#   σ(wx + b)에서 확인했다. σ(wx + b)의 도함수는 σ(u)(1 − σ(u))·w다.
# - 강의 자료 001의 y = 3x, z = 2y: dz/dx = 3·2 = 6. z = 6.6이 되려면 y = 3.3이나 x = 1.1,
#   또는 10 % 더 큰 w₁이나 w₂가 필요하다. ∂z/∂w₁ = w₂x = 2, ∂z/∂w₂ = y = 3이다. 하나만 바꾸면
#   정확히 예측되고, 둘을 한꺼번에 바꾸면 작은 교차항만큼 빗나간다.
# - 기울기는 작은 변화가 E를 얼마나 움직이는지다. 강의 자료 001의 ∇E는 2-2-1 신경망의
#   ∂E/∂w 아홉 개를 모두 담고, 각각이 중심 차분과 같았다. 바꿔 본 모든 가중치에서 ∂E/∂w · ε가
#   실제 ΔE와 맞았다.
# - 순전파 신경망은 층들을 합성한다. 오차역전파(backpropagation)는 그 합성을 미분하는 것이고,
#   연쇄법칙이 이를 국소 미분들의 곱으로 바꾼다.
# - 오차역전파는 층마다 구한 국소 미분들의 곱이다. 강의 자료 001의 네 인자의 곱은 (뒤섞인 h를
#   고치고 나면) bpkit의 ∂E/∂W⁰₁₁과 같다. 다음: 노트북 03에서 국소 미분 σ'과 ∂E/∂y를 기호로
#   유도한다.

# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# # 05 · The δ rule for any layer — δ로 정리하는 출력층·은닉층 기울기
#
# Follows deck 003, notes **"04.1. 경사하강법"** (gradient descent):
#
# | deck 003 section | in English |
# |---|---|
# | 3. 출력층에서 가중치와 bias 기울기 | output layer: weight and bias gradients |
# | 4. 출력층에서 입력값 기울기 | output layer: gradient of its input |
# | 5. 은닉층 기울기 | hidden layer gradients |
# | 6. 기울기 최종 정리 | the gradients, final summary |
#
# and deck 000 (KAIG, **"오차역전파"**), the slide **"General Multiplayer Network"** (sic: a
# general multilayer network).

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# # 05 · δ로 정리하는 출력층·은닉층 기울기 (The δ rule for any layer)
#
# 강의 자료(deck) 003의 노트 **"04.1. 경사하강법"**(gradient descent)을 따라갑니다:
#
# | 강의 자료 003의 절 | 다루는 내용 |
# |---|---|
# | 3. 출력층에서 가중치와 bias 기울기 | 출력층(output layer): 가중치(weight)와 편향(bias)의 기울기(gradient) |
# | 4. 출력층에서 입력값 기울기 | 출력층: 입력값으로 넘겨주는 기울기 |
# | 5. 은닉층 기울기 | 은닉층(hidden layer)의 기울기 |
# | 6. 기울기 최종 정리 | 기울기 최종 정리 |
#
# 그리고 강의 자료 000(KAIG, **"오차역전파"**)의 슬라이드 "**General Multiplayer Network**"도
# 함께 봅니다(제목은 원문 그대로이며, 일반적인 다층 신경망(general multilayer network)을 뜻합니다).

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## Learning goals
#
# You will be able to …
#
# 1. write the four formulas of the δ rule (δ, ∂w, ∂b, ∂y) for the output layer and for a
#    hidden layer in deck 003's indices, and find each of them in one line of bpkit;
# 2. check them on numbers: index loops that follow the deck's sums literally, against
#    bpkit's matrix code and against finite differences;
# 3. say how δ at the output depends on the pair (activation, loss), and when it is just y − t;
# 4. explain with a plot why δ shrinks layer by layer in a deep sigmoid net (σ' ≤ 1/4).

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 학습 목표
#
# 이 노트북을 마치면 다음을 할 수 있습니다.
#
# 1. 델타(δ) 규칙의 네 식(δ, ∂w, ∂b, ∂y)을 출력층과 은닉층에 대해 강의 자료 003의 첨자로 쓰고, 각 식을 bpkit의 코드 한 줄에서 찾을 수 있습니다.
# 2. 숫자로 확인할 수 있습니다: 강의 자료의 합을 글자 그대로 따르는 첨자 반복문을 bpkit의 행렬
#    코드와, 그리고 유한 차분(finite differences)과 비교합니다.
# 3. 출력층의 δ가 (활성화 함수(activation function), 손실함수(loss)) 짝에 따라 어떻게 달라지는지,
#    언제 그냥 y − t가 되는지 설명할 수 있습니다.
# 4. 깊은 시그모이드(sigmoid) 신경망에서 δ가 층마다 줄어드는 이유(σ' ≤ 1/4)를 그래프로 설명할 수
#    있습니다.

# %% slideshow={"slide_type": "skip"}
# %matplotlib inline
import matplotlib.pyplot as plt
import numpy as np
import sympy as sp

import bpkit as bp
from bpkit.exercises import nb05 as ex
from bpkit.figures.vanishing import plot_delta_magnitudes
from bpkit.i18n import _
from bpkit.lessons import deltarule as dr
from bpkit.lessons import notation

bp.set_language("en")

SEED = 0
rng = np.random.default_rng(SEED)
plt.rcParams.update({"figure.dpi": 80, "axes.spines.top": False, "axes.spines.right": False})

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### One formula, four notations
#
# The decks name the same weight differently: deck 000 writes $w_{ji}$ from hidden unit $j$ to
# output $i$, deck 002 $w'_{ij}$ from hidden unit $i$ to output $j$, deck 003 $w_{jk}$ from unit
# $j$ to unit $k$ of the next layer, and deck 004 puts the receiving unit first, $W^{[2]}_{kj}$.
# In every notation the gradient is (the input the weight multiplies) × (δ of the unit it feeds).
# For one weight of deck 002's net, each deck's formula, read with its own indices, gives the
# same number:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 한 식, 네 가지 표기
#
# 강의 자료마다 같은 가중치를 다르게 부릅니다. 강의 자료 000은 은닉 뉴런 $j$에서 출력 $i$로 가는
# 가중치를 $w_{ji}$, 강의 자료 002는 은닉 뉴런 $i$에서 출력 $j$로 가는 가중치를 $w'_{ij}$, 강의
# 자료 003은 뉴런 $j$에서 다음 층의 뉴런 $k$로 가는 가중치를 $w_{jk}$라고 쓰고, 강의 자료 004는
# 받는 뉴런을 앞에 두어 $W^{[2]}_{kj}$라고 씁니다. 어느 표기에서든 기울기는 (가중치가 곱해지는
# 입력) × (가중치가 들어가는 뉴런의 δ)입니다. 강의 자료 002 신경망의 가중치 하나에 대해 각 강의
# 자료의 식을 그 자료의 첨자대로 읽으면 모두 같은 값이 나옵니다.

# %% slideshow={"slide_type": "fragment"}
notation.index_box()

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 1 · Deck 003's indices: 층 / 첨자 / 뉴런 수
#
# | 층 (layer) | 첨자 (index) | 뉴런 수 (units) | bpkit |
# |---|---|---|---|
# | 입력 (input) | i | l | `X`, `weights[0]` is l × m |
# | 은닉 (hidden) | j | m | `nets[0]` = u_j, `outs[0]` = y_j |
# | 출력 (output) | k | n | `nets[1]` = u_k, `outs[1]` = y_k, `weights[1]` is m × n |
#
# Each unit computes $u_k = \sum_{q=1}^{m} y_q w_{qk} + b_k$ and $y_k = f(u_k)$. Our l-m-n net
# is 3-4-2 with sigmoid units, ½Σ(t − y)² and one bias per unit (deck 003's $b_k$; deck 002
# shared one bias per layer).

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 1 · 강의 자료 003의 첨자: 층 / 첨자 / 뉴런 수
#
# | 층 | 첨자 | 뉴런 수 | bpkit |
# |---|---|---|---|
# | 입력 | i | l | `X`, `weights[0]`은 l × m |
# | 은닉 | j | m | `nets[0]` = u_j, `outs[0]` = y_j |
# | 출력 | k | n | `nets[1]` = u_k, `outs[1]` = y_k, `weights[1]`은 m × n |
#
# 뉴런마다 $u_k = \sum_{q=1}^{m} y_q w_{qk} + b_k$와 $y_k = f(u_k)$를 계산합니다. 이 노트북의
# l-m-n 신경망은 3-4-2이고, 시그모이드 뉴런과 ½Σ(t − y)²를 쓰며, 편향이 뉴런마다 하나씩
# 있습니다(강의 자료 003의 $b_k$. 강의 자료 002에서는 층마다 편향 하나를 공유했습니다).

# %% slideshow={"slide_type": "fragment"}
net = bp.MLP([3, 4, 2], activation="sigmoid", loss="mse", bias="unit", rng=rng)
net.biases = [rng.normal(0, 0.5, 4), rng.normal(0, 0.5, 2)]
x = rng.normal(size=3)                      # one sample: deck 003 derives per sample
t = np.array([0.2, 0.9])
fwd = net.forward(x)
bwd = net.backward(fwd, t, input_grad=True)
bp.Table([_("layer"), _("index"), _("units"), _("W shape"), _("b shape")],
         [[_("input"), "i", net.sizes[0], "", ""],
          [_("hidden"), "j", net.sizes[1], net.weights[0].shape, net.biases[0].shape],
          [_("output"), "k", net.sizes[2], net.weights[1].shape, net.biases[1].shape]],
         caption=_("the l-m-n = 3-4-2 net of this notebook"))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 2 · Output layer (3. 출력층에서 가중치와 bias 기울기)
#
# The chain rule through $u_k$, and the factor that depends on loss and activation, named δ:
#
# $$\partial w_{jk} = \frac{\partial E}{\partial w_{jk}} = \frac{\partial E}{\partial u_k}\frac{\partial u_k}{\partial w_{jk}}\ (1),\qquad
# \frac{\partial u_k}{\partial w_{jk}} = y_j\ (2),\qquad
# \delta_k = \frac{\partial E}{\partial u_k} = \frac{\partial E}{\partial y_k}\frac{\partial y_k}{\partial u_k}\ (3)$$
#
# so $\partial w_{jk} = y_j\,\delta_k$, and in the same way $\partial b_k = \delta_k$.
# `dr.grads_by_index` computes these with `for j … for k …` loops, one product per entry:

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 2 · 출력층 (3. 출력층에서 가중치와 bias 기울기)
#
# $u_k$를 거치는 연쇄법칙(chain rule)을 쓰고, 손실함수와 활성화 함수에 따라 달라지는 인수에
# δ라는 이름을 붙입니다:
#
# $$\partial w_{jk} = \frac{\partial E}{\partial w_{jk}} = \frac{\partial E}{\partial u_k}\frac{\partial u_k}{\partial w_{jk}}\ (1),\qquad
# \frac{\partial u_k}{\partial w_{jk}} = y_j\ (2),\qquad
# \delta_k = \frac{\partial E}{\partial u_k} = \frac{\partial E}{\partial y_k}\frac{\partial y_k}{\partial u_k}\ (3)$$
#
# 따라서 $\partial w_{jk} = y_j\,\delta_k$이고, 같은 방법으로 $\partial b_k = \delta_k$입니다.
# `dr.grads_by_index`는 이 식들을 `for j … for k …` 반복문으로, 원소마다 곱 하나씩 계산합니다:

# %% slideshow={"slide_type": "fragment"}
g = dr.grads_by_index(net, x, t)             # deck 003's sums, index by index
y_j, u_k, y_k = fwd.outs[0][0], fwd.nets[1][0], fwd.outs[1][0]
bp.Table(["k", "u_k", "y_k", "t_k", "∂E/∂y_k = y_k − t_k", "∂y_k/∂u_k = y_k(1 − y_k)",
          _("δ_k (loops)"), "δ_k (net.backward)"],
         [[str(k + 1), u_k[k], y_k[k], t[k], y_k[k] - t[k], y_k[k] * (1 - y_k[k]),
           g.deltas[1][k], bwd.deltas[1][0, k]] for k in range(2)],
         caption=_("δ_k of the output layer, sigmoid + ½Σ(t − y)²"), fmt="{:.5f}")

# %% slideshow={"slide_type": "fragment"}
bp.Table(["j", "y_j", "∂w_j1 = y_j δ_1", "∂w_j2 = y_j δ_2", "bpkit dW[1][j, :]"],
         [[str(j + 1), y_j[j], g.dW[1][j, 0], g.dW[1][j, 1],
           ", ".join(f"{v:.5f}" for v in bwd.dW[1][j])] for j in range(4)],
         caption=_("∂w_jk = y_j δ_k (loops) beside net.backward's dW[1]"), fmt="{:.5f}")

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### Why ∂b_k = δ_k: the derivative of u_k
#
# Deck 003 writes $\dfrac{\partial u_k}{\partial b_k} = \dfrac{\partial (\sum_{q=1}^m y_q w_{qk}) + b_k}{\partial b_k}$.
# The parenthesis is misplaced (read literally, $b_k$ sits outside the derivative); it means
# $\dfrac{\partial}{\partial b_k}\big(\sum_{q} y_q w_{qk} + b_k\big) = 1$. Harmless, but here is the
# intended derivative, with the two others the deck needs, for m = 4 hidden units. (The bias
# paragraph also credits "활성함수 미분법칙", the activation-function rule, where it means
# 합성함수 미분법칙, the chain rule it used for the weight.)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 왜 ∂b_k = δ_k인가: u_k의 미분
#
# 강의 자료 003은 $\dfrac{\partial u_k}{\partial b_k} = \dfrac{\partial (\sum_{q=1}^m y_q w_{qk}) + b_k}{\partial b_k}$라고 씁니다.
# 괄호 위치가 잘못되었습니다(글자 그대로 읽으면 $b_k$가 미분 바깥에 있습니다). 뜻하는 것은
# $\dfrac{\partial}{\partial b_k}\big(\sum_{q} y_q w_{qk} + b_k\big) = 1$입니다. 결과에 해는 없지만,
# 의도한 미분을 강의 자료에 필요한 다른 두 미분과 함께 은닉 뉴런 m = 4개에 대해 구해 봅니다.
# (편향 문단은 가중치에서 썼던 연쇄법칙, 즉 합성함수 미분법칙을 뜻하면서 "활성함수 미분법칙"이라고
# 적었습니다.)

# %% slideshow={"slide_type": "fragment"}
ys, ws = sp.symbols("y1:5"), sp.symbols("w1:5")   # y_q and w_qk for q = 1..4, one k
b_k = sp.Symbol("b_k")
u = sum(yq * wq for yq, wq in zip(ys, ws)) + b_k
derivs = {"∂u_k/∂b_k": sp.diff(u, b_k), "∂u_k/∂w_2k": sp.diff(u, ws[1]),
          "∂u_k/∂y_2": sp.diff(u, ys[1])}
assert derivs["∂u_k/∂b_k"] == 1 and derivs["∂u_k/∂w_2k"] == ys[1] and derivs["∂u_k/∂y_2"] == ws[1]
print("u_k =", u)
for name, d in derivs.items():
    print(f"{name} = {d}")

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 3 · The gradient handed down (4. 출력층에서 입력값 기울기)
#
# A hidden output $y_j$ feeds every output unit, so its gradient sums over all n of them:
#
# $$\partial y_j = \frac{\partial E}{\partial y_j} = \sum_{r=1}^{n}\frac{\partial E}{\partial u_r}\frac{\partial u_r}{\partial y_j}
# = \sum_{r=1}^{n} \delta_r\, w_{jr}$$
#
# The check below does not use this formula on one side: finite differences nudge each $y_j$,
# run only the output layer again, and measure the change of E.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 3 · 아래로 넘겨주는 기울기 (4. 출력층에서 입력값 기울기)
#
# 은닉층의 출력 $y_j$는 모든 출력 뉴런에 들어가므로, 그 기울기는 n개 전부에 대해 더합니다:
#
# $$\partial y_j = \frac{\partial E}{\partial y_j} = \sum_{r=1}^{n}\frac{\partial E}{\partial u_r}\frac{\partial u_r}{\partial y_j}
# = \sum_{r=1}^{n} \delta_r\, w_{jr}$$
#
# 아래 확인에서 한쪽은 이 식을 쓰지 않습니다. 유한 차분은 $y_j$를 하나씩 조금 움직이고 출력층만
# 다시 계산해서 E가 얼마나 변하는지 잽니다.

# %% slideshow={"slide_type": "fragment"}
num = dr.numerical_d_inputs(net, x, t)       # ∂E/∂(input of each layer), by nudging
bp.Table(["j", _("Σ_r δ_r w_jr (loops)"), "net.backward d_inputs[1]", _("finite differences")],
         [[str(j + 1), g.d_inputs[1][j], bwd.d_inputs[1][0, j], num[1][j]] for j in range(4)],
         caption=_("∂y_j, the gradient the output layer hands to the hidden layer"),
         fmt="{:.7f}")

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 4 · Hidden layer (5. 은닉층 기울기)
#
# The same derivation one layer down. The only new ingredient is where $\partial E/\partial y_j$
# comes from: it is the $\partial y_j$ just handed down.
#
# $$\delta_j = \frac{\partial E}{\partial u_j} = \partial y_j\,\frac{\partial y_j}{\partial u_j} = \partial y_j\, f'(u_j),\qquad
# \partial w_{ij} = y_i\,\delta_j,\qquad \partial b_j = \delta_j,\qquad \partial y_i = \sum_{q=1}^{m}\delta_q\, w_{iq}$$
#
# (Deck 003's summary 6.2 writes the middle step as $\delta y_j\,\frac{\partial y_j}{\partial u_j}$:
# a slip for $\partial y_j$.) Every formula of both layers, loops against `net.backward`, and
# `net.backward` against finite differences (δ by nudging the bias: $\partial u/\partial b = 1$, so for
# one sample ∂E/∂b is δ):

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 4 · 은닉층 (5. 은닉층 기울기)
#
# 한 층 아래에서 같은 유도를 되풀이합니다. 새로 필요한 것은 $\partial E/\partial y_j$가 어디서
# 오는가 하나뿐인데, 바로 위 층이 넘겨준 $\partial y_j$입니다.
#
# $$\delta_j = \frac{\partial E}{\partial u_j} = \partial y_j\,\frac{\partial y_j}{\partial u_j} = \partial y_j\, f'(u_j),\qquad
# \partial w_{ij} = y_i\,\delta_j,\qquad \partial b_j = \delta_j,\qquad \partial y_i = \sum_{q=1}^{m}\delta_q\, w_{iq}$$
#
# (강의 자료 003의 최종 정리 6.2는 가운데 단계를 $\delta y_j\,\frac{\partial y_j}{\partial u_j}$로
# 적었는데, $\partial y_j$를 잘못 쓴 것입니다.) 두 층의 모든 식에 대해 반복문을 `net.backward`와,
# `net.backward`를 유한 차분과 비교합니다(δ는 편향을 움직여 구합니다: $\partial u/\partial b = 1$이므로
# 샘플 하나에서는 ∂E/∂b가 곧 δ입니다):

# %% slideshow={"slide_type": "fragment"}
check = bp.check_gradients(net, x, t)        # dW, db against central differences
fd = {"W[0]": check[0].numerical, "W[1]": check[1].numerical,
      "b[0]": check[2].numerical, "b[1]": check[3].numerical}
rows = [["δ_k", g.deltas[1], bwd.deltas[1][0], fd["b[1]"]], ["∂w_jk", g.dW[1], bwd.dW[1], fd["W[1]"]],
        ["∂b_k", g.db[1], bwd.db[1], fd["b[1]"]], ["∂y_j", g.d_inputs[1], bwd.d_inputs[1][0], num[1]],
        ["δ_j", g.deltas[0], bwd.deltas[0][0], fd["b[0]"]], ["∂w_ij", g.dW[0], bwd.dW[0], fd["W[0]"]],
        ["∂b_j", g.db[0], bwd.db[0], fd["b[0]"]], ["∂y_i", g.d_inputs[0], bwd.d_inputs[0][0], num[0]]]
bp.Table([_("formula"), _("max |loops − net.backward|"), _("max |net.backward − finite diff.|")],
         [[f, f"{np.abs(a - b).max():.0e}", f"{np.abs(b - n).max():.0e}"]
          for f, a, b, n in rows], caption=_("deck 003's eight formulas on numbers"))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 5 · A batch of samples
#
# Deck 003 derives everything for one sample. With rows as samples, `inp.T @ delta` adds up
# $y_j\delta_k$ over the samples and `delta.sum(axis=0)` adds up $\delta_k$; since bpkit's E is the
# **mean** over the batch, its δ carry a factor $1/N$. So the batch gradient is the mean of the
# per-sample gradients:

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 5 · 샘플 여러 개의 배치
#
# 강의 자료 003은 모든 식을 샘플 하나에 대해 유도합니다. 샘플을 행으로 두면 `inp.T @ delta`는
# 샘플들의 $y_j\delta_k$를 더하고 `delta.sum(axis=0)`은 $\delta_k$를 더합니다. bpkit의 E는
# 배치(batch)에 대한 **평균**이므로 δ에 $1/N$이 붙어 있습니다. 그래서 배치의 기울기는 샘플별
# 기울기의 평균입니다:

# %% slideshow={"slide_type": "fragment"}
X = rng.normal(size=(5, 3))
T = rng.uniform(0.1, 0.9, size=(5, 2))
loops = dr.batch_grads_by_index(net, X, T)   # mean over samples of the per-sample loops
dW, db = net.gradients(X, T)
same = all(np.allclose(a, b, rtol=0, atol=1e-15) for a, b in zip(loops.dW + loops.db, dW + db))
print(_("{n} samples: mean of per-sample loop gradients == net.gradients(X, T): {same}",
        n=len(X), same=same))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 6 · Deck 000's "General Multiplayer Network"
#
# The slide: compute $\partial E/\partial s_j$ (the δ) first, then multiply by the input of the weight,
#
# $$\text{new Output: } w_{31}(T+1) = w_{31}(T) - \delta y \cdot h_1,\qquad
# \text{new Hidden: } w_{11}(T+1) = w_{11}(T) - \delta h \cdot x_1 .$$
#
# Two things to say about the output line:
# * **no learning rate** (as on deck 000's output-layer slide). That is a *convention*, not an
#   error: the line is deck 003's $w = w - \eta\,\partial E/\partial w$ with η = 1. Whether a step of
#   η = 1 is too large depends on the net and the data (notebook 01's "적절한 보폭" tries several η);
# * **the index** is an error: in deck 000's own convention $w_{ji}$ joins $h_j$ to $y_i$, so
#   $\partial E/\partial w_{31} = \delta y_1 \cdot h_3$, not $\cdot\,h_1$ (that is $w_{11}$'s).
#   bpkit's `weights[1][j, i]` is $w_{ji}$ in the same order; sigmoid + cross-entropy as on deck 000.
#
# (The hidden-layer slide before it also writes $\partial s_j/\partial w_{kj} = w_k$ where its last line
# correctly uses $x_k$.)

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 6 · 강의 자료 000의 "General Multiplayer Network"
#
# 슬라이드의 방법: 먼저 $\partial E/\partial s_j$(델타)를 구하고, 그다음 가중치의 입력을 곱합니다.
#
# $$\text{new Output: } w_{31}(T+1) = w_{31}(T) - \delta y \cdot h_1,\qquad
# \text{new Hidden: } w_{11}(T+1) = w_{11}(T) - \delta h \cdot x_1 .$$
#
# 출력층 줄에 대해 두 가지를 짚어 둡니다:
# * **학습률(learning rate)이 없습니다**(강의 자료 000의 출력층 슬라이드도 마찬가지입니다). 이것은
#   오류가 아니라 *관례*(convention)입니다. 이 줄은 강의 자료 003의 $w = w - \eta\,\partial E/\partial w$에서
#   η = 1로 둔 것입니다. η = 1이 너무 큰 걸음인지는 신경망과 데이터에 달려 있습니다(노트북 01의
#   "적절한 보폭"에서 여러 η를 시험합니다).
# * **첨자**는 오류입니다. 강의 자료 000 자신의 관례에서 $w_{ji}$는 $h_j$와 $y_i$를 잇습니다. 따라서
#   $\partial E/\partial w_{31} = \delta y_1 \cdot h_3$이고 $\cdot\,h_1$이 아닙니다($h_1$은 $w_{11}$의
#   것입니다). bpkit의 `weights[1][j, i]`도 같은 순서의 $w_{ji}$이며, 강의 자료 000처럼 시그모이드 +
#   교차 엔트로피(cross-entropy)를 씁니다.
#
# (그 앞의 은닉층 슬라이드도 마지막 줄에서는 $x_k$를 바르게 쓰면서 중간에
# $\partial s_j/\partial w_{kj} = w_k$라고 적었습니다.)

# %% slideshow={"slide_type": "fragment"}
net000 = bp.MLP([3, 4, 2], activation="sigmoid", loss="bce", bias="unit", rng=rng)
t000 = np.array([1.0, 0.0])
h = net000.forward(x).outs[0][0]
delta_y = net000.deltas(x, t000)[1][0]       # δy_i = y_i − t_i (deck 000's a·b)
numerical = bp.check_gradients(net000, x, t000)[1].numerical   # ∂E/∂w_ji by finite differences
print(_("∂E/∂w_31 by finite differences: {v:+.6f}", v=numerical[2, 0]))
print(_("δy_1 · h_3 (the right index):    {v:+.6f}", v=delta_y[0] * h[2]))
print(_("δy_1 · h_1 (the slide):          {v:+.6f}", v=delta_y[0] * h[0]))
assert np.isclose(numerical[2, 0], delta_y[0] * h[2]) and not np.isclose(numerical[2, 0], delta_y[0] * h[0])

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 7 · δ at the output depends on the loss/activation pair
#
# $\delta_k = \dfrac{\partial E}{\partial y_k}\dfrac{\partial y_k}{\partial u_k}$: "δ_k를 지정하는 이유는, 현재
# 상태에서 손실함수와 활성화 함수가 정해지지 않았기 때문" — it is named because loss and activation are
# not fixed yet. Each formula below is compared with finite differences of $E(f(u), t)$ with
# respect to $u$ (one sample), as is bpkit's `losses.output_delta`:

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 7 · 출력층의 δ는 손실함수/활성화 함수 짝에 따라 달라진다
#
# $\delta_k = \dfrac{\partial E}{\partial y_k}\dfrac{\partial y_k}{\partial u_k}$: "δ_k를 지정하는 이유는, 현재
# 상태에서 손실함수와 활성화 함수가 정해지지 않았기 때문". 아래의 각 식을 샘플 하나에 대해
# $E(f(u), t)$를 $u$로 유한 차분한 값과 비교하고, bpkit의 `losses.output_delta`도 같은 방법으로
# 비교합니다:

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# **Predict first, with a pen** (before you run the next cells): for a sigmoid output with
# ½Σ(t − y)², what is $\delta_1$ at $u_1 = 0.5$, $t_1 = 0.2$? Keep four significant figures.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# **먼저 펜으로 예측해 보세요**(다음 셀들을 실행하기 전에): ½Σ(t − y)²를 쓰는 시그모이드 출력에서
# $u_1 = 0.5$, $t_1 = 0.2$일 때 $\delta_1$은 얼마일까요? 유효숫자 네 자리로 계산하세요.

# %% slideshow={"slide_type": "fragment"}
my_sigmoid_mse_delta = ...   # your prediction: a number
ex.predict("sigmoid_mse_delta", my_sigmoid_mse_delta)

# %% slideshow={"slide_type": "fragment"}
u7, t7 = np.array([0.5, -1.0, 2.0]), np.array([0.2, 0.7, 0.1])
pairs = dr.check_output_pairs(u=u7, t=t7)
bp.Table([_("activation"), _("loss"), "δ_k", "δ_1", "= y − t ?", _("max |formula − fin. diff.|"),
          _("max |bpkit − fin. diff.|")],
         [[p.activation, p.loss, p.formula, f"{dr.numerical_output_delta(p.activation, p.loss, u7, t7)[0]:+.4f}",
           _("yes") if p.collapses else _("no"), f"{p.formula_error:.0e}", f"{p.bpkit_error:.0e}"]
          for p in pairs], caption=_("output δ for u = (0.5, −1, 2), t = (0.2, 0.7, 0.1)"))

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# Where $f'(u_k)$ stays (sigmoid or tanh with ½Σ(t − y)²), δ vanishes when the unit saturates
# even if $y_k$ is far from $t_k$: the slow start of notebook 03.
#
# For identity + MSE and sigmoid + cross-entropy the activation acts on each unit alone, so
# $\partial y_k/\partial u_k$ is one number per unit and the two factors of deck 003's δ_k cancel to
# $y_k - t_k$ (deck 000's a · b).

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# $f'(u_k)$가 남는 경우(½Σ(t − y)²와 함께 쓰는 시그모이드나 tanh)에는 $y_k$가 $t_k$에서 멀리
# 떨어져 있어도 뉴런이 포화(saturation)되면 δ가 사라집니다. 노트북 03에서 본 느린 출발이 이것입니다.
#
# 항등 함수 + 평균제곱오차(MSE)와 시그모이드 + 교차 엔트로피에서는 활성화 함수가 뉴런마다 따로 작용하므로
# $\partial y_k/\partial u_k$가 뉴런마다 숫자 하나이고, 강의 자료 003의 δ_k의 두 인수가 약분되어
# $y_k - t_k$가 남습니다(강의 자료 000의 a · b).

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### Softmax: the factor is a Jacobian
#
# Softmax is not elementwise: $y_i = e^{u_i}/\sum_r e^{u_r}$ depends on *every* $u_k$. So
# $\delta_k = \frac{\partial E}{\partial y_k}\frac{\partial y_k}{\partial u_k}$ is **not** the chain rule here;
# the chain rule sums over every output, $\delta_k = \sum_i \frac{\partial E}{\partial y_i}\frac{\partial y_i}{\partial u_k}$,
# the product of the Jacobian $J_{ik} = \partial y_i/\partial u_k$ with $\partial E/\partial y$.
# Deck 003's one-factor form holds for elementwise activations only. SymPy, with the full
# Jacobian of a three-unit softmax and $E = -\sum_i t_i \log y_i$:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 소프트맥스: 인수가 야코비 행렬이다
#
# 소프트맥스(softmax)는 원소별로 작용하지 않습니다. $y_i = e^{u_i}/\sum_r e^{u_r}$는 *모든* $u_k$에
# 의존합니다. 그래서 여기서 $\delta_k = \frac{\partial E}{\partial y_k}\frac{\partial y_k}{\partial u_k}$는
# 연쇄법칙이 **아닙니다**. 연쇄법칙은 모든 출력에 대해 더합니다:
# $\delta_k = \sum_i \frac{\partial E}{\partial y_i}\frac{\partial y_i}{\partial u_k}$, 즉 야코비 행렬(Jacobian)
# $J_{ik} = \partial y_i/\partial u_k$와 $\partial E/\partial y$의 곱입니다. 강의 자료 003의 인수 하나짜리
# 식은 원소별 활성화 함수에서만 성립합니다. 뉴런 세 개짜리 소프트맥스의 야코비 행렬 전체와
# $E = -\sum_i t_i \log y_i$로 SymPy가 확인합니다:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **Predict first, with a pen** (before you run the next cells): the table had
# $t = (0.2, 0.7, 0.1)$, a distribution. With the same $u$ and $t = (0.2, 0.7, 0.3)$, whose
# entries do not sum to 1, is softmax + cross-entropy's δ still $y - t$? Answer `"yes"`, `"no"`
# or `"depends on u"`; write $\delta_k = \sum_i \frac{\partial E}{\partial y_i}\frac{\partial y_i}{\partial u_k}$
# with $\partial y_i/\partial u_k = y_i(1[i = k] - y_k)$ and see what is left.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **먼저 펜으로 예측해 보세요**(다음 셀들을 실행하기 전에): 표에서는 $t = (0.2, 0.7, 0.1)$로 분포였습니다.
# 같은 $u$에 원소의 합이 1이 아닌 $t = (0.2, 0.7, 0.3)$을 쓰면 소프트맥스 + 교차 엔트로피의 δ는 여전히
# $y - t$일까요? `"yes"`, `"no"`, `"depends on u"` 중 하나로 답하세요.
# $\partial y_i/\partial u_k = y_i(1[i = k] - y_k)$를 넣어
# $\delta_k = \sum_i \frac{\partial E}{\partial y_i}\frac{\partial y_i}{\partial u_k}$를 써 보고 무엇이 남는지 보세요.

# %% slideshow={"slide_type": "fragment"}
my_softmax_sum_t = ...   # your prediction: "yes", "no" or "depends on u"
ex.predict("softmax_sum_t", my_softmax_sum_t)

# %% slideshow={"slide_type": "fragment"}
u_s, t_s = sp.symbols("u1:4", real=True), sp.symbols("t1:4", real=True)
y_s = [sp.exp(v) / sum(sp.exp(r) for r in u_s) for v in u_s]             # softmax
y_sym = sp.symbols("y1:4", positive=True)
E_of_y = -sum(ti * sp.log(yi) for ti, yi in zip(t_s, y_sym))             # cross-entropy E(y)
dE_dy = sp.Matrix([sp.diff(E_of_y, yi) for yi in y_sym]).subs(dict(zip(y_sym, y_s)))  # −t_i/y_i
J = sp.Matrix(3, 3, lambda i, k: sp.diff(y_s[i], u_s[k]))                # J_ik = ∂y_i/∂u_k
delta_s = J.T * dE_dy                                                      # δ = Jᵀ ∂E/∂y
E_s = E_of_y.subs(dict(zip(y_sym, y_s)))                                  # E as a function of u
assert all(sp.simplify(delta_s[k] - sp.diff(E_s, u_s[k])) == 0 for k in range(3))
assert all(sp.simplify(delta_s[k] - (y_s[k] * sum(t_s) - t_s[k])) == 0 for k in range(3))
print(_("SymPy: δ_k = Σ_i ∂E/∂y_i · ∂y_i/∂u_k = y_k·(t_1 + t_2 + t_3) − t_k   for k = 1, 2, 3"))

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# So $\delta = y - t$ needs $\sum_i t_i = 1$ (targets that are a distribution, as one-hot rows are;
# bpkit checks it for `softmax_ce`). The one-factor product, $\frac{\partial E}{\partial y_k}\,y_k(1 - y_k)$,
# keeps only the diagonal of $J$; at this section's $u$ and $t$ it differs from $y - t$ in every entry:

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# 따라서 $\delta = y - t$가 되려면 $\sum_i t_i = 1$이어야 합니다(목표값(target)이 분포여야 하며,
# 원-핫 행이 그렇습니다. bpkit은 `softmax_ce`에서 이것을 검사합니다). 인수 하나짜리 곱
# $\frac{\partial E}{\partial y_k}\,y_k(1 - y_k)$는 $J$의 대각선만 남깁니다. 이 절의 $u$와 $t$에서는
# 모든 원소가 $y - t$와 다릅니다:

# %% slideshow={"slide_type": "fragment"}
point = dict(zip(u_s, [0.5, -1.0, 2.0])) | dict(zip(t_s, [0.2, 0.7, 0.1]))
rows = [[f"k = {k + 1}", float((dE_dy[k] * y_s[k] * (1 - y_s[k])).subs(point)),
         float((y_s[k] - t_s[k]).subs(point)), float(delta_s[k].subs(point))] for k in range(3)]
assert all(not np.isclose(r[1], r[2]) and np.isclose(r[2], r[3]) for r in rows)
bp.Table(["", _("∂E/∂y_k · y_k(1 − y_k)  (diagonal only)"), "y_k − t_k", "δ_k = (Jᵀ ∂E/∂y)_k"],
         rows, fmt="{:+.6f}",
         caption=_("softmax + cross-entropy at u = (0.5, −1, 2), t = (0.2, 0.7, 0.1)"))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 8 · A deeper net: how big is δ, layer by layer?
#
# Going down one layer multiplies δ by $W^\top$ and by $f'(u)$: $\delta_j = f'(u_j)\sum_r \delta_r w_{jr}$.
# Ten weight layers: nine hidden layers of 16 units and one identity output unit (MSE), the
# same 64 samples (16 inputs each) and targets for every net, and three hidden activations (weights as `bp.MLP`
# draws them: std $1/\sqrt{n_{in}}$, $\sqrt{2/n_{in}}$ for relu):

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 8 · 더 깊은 신경망: 층마다 δ는 얼마나 큰가?
#
# 한 층 내려갈 때마다 δ에 $W^\top$와 $f'(u)$가 곱해집니다: $\delta_j = f'(u_j)\sum_r \delta_r w_{jr}$.
# 가중치 층은 10개입니다: 뉴런 16개짜리 은닉층 9개와 항등 출력 뉴런 하나(MSE). 모든 신경망에 같은
# 샘플 64개(각각 입력 16개)와 같은 목표값을 쓰고, 은닉층 활성화 함수 세 가지를 비교합니다(가중치는
# `bp.MLP`가 뽑는 대로: 표준편차 $1/\sqrt{n_{in}}$, relu는 $\sqrt{2/n_{in}}$):

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **Predict first** (before you run the next cells): after nine hidden layers, which net keeps
# the largest share of its output δ in layer 1: `"sigmoid"`, `"tanh"` or `"relu"`? Think of
# what $f'(u)$ can be at most, and for how many units it is that large.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **먼저 예측해 보세요**(다음 셀들을 실행하기 전에): 은닉층 아홉 개를 내려간 뒤 1층에서 출력층 δ의 몫을
# 가장 많이 지키는 신경망은 `"sigmoid"`, `"tanh"`, `"relu"` 중 어느 것일까요? $f'(u)$가 최대
# 얼마인지, 그리고 몇 개의 뉴런에서 그만큼 큰지 생각해 보세요.

# %% slideshow={"slide_type": "fragment"}
my_most_delta_kept = ...   # your prediction: "sigmoid", "tanh" or "relu"
ex.predict("most_delta_kept", my_most_delta_kept)

# %% slideshow={"slide_type": "fragment"}
curves = dr.deep_delta_magnitudes(["sigmoid", "tanh", "relu"], depth=10, width=16,
                                  n_samples=64, rng=rng)
kept = {name: c[0] / c[-1] for name, c in curves.items()}    # share of δ left in layer 1
assert kept["relu"] > kept["tanh"] > kept["sigmoid"]
plot_delta_magnitudes(curves)
plt.show()
bp.Table([_("activation"), _("mean |δ| layer 10"), _("mean |δ| layer 1"),
          _("layer 1 / layer 10")],
         [[name, c[-1], c[0], c[0] / c[-1]] for name, c in curves.items()], fmt="{:.2e}")

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### Why sigmoid loses δ: σ' ≤ 1/4
#
# Each sigmoid layer multiplies δ by $\sigma'(u) = \sigma(u)(1 - \sigma(u))$, which is at most 1/4 (at
# $u = 0$). With weights of size about $1/\sqrt{n}$ that cannot make up for it, δ shrinks
# geometrically: the first layers hardly learn (vanishing gradients). tanh' reaches 1 at 0 and
# relu' is 1 for every active unit, so their δ shrink too, but far less over the same ten layers:
# in the table above (its last column) tanh and relu keep a few hundredths to a tenth of δ, the
# sigmoid net a few ten-millionths.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 시그모이드가 δ를 잃는 이유: σ' ≤ 1/4
#
# 시그모이드 층은 δ에 $\sigma'(u) = \sigma(u)(1 - \sigma(u))$를 곱하는데, 이 값은 최대 1/4입니다
# ($u = 0$에서). 크기가 $1/\sqrt{n}$ 정도인 가중치로는 이를 메우지 못하므로 δ가 기하급수적으로
# 줄어듭니다. 그래서 입력 쪽의 앞 층들은 거의 학습하지 못합니다(기울기 소실(vanishing gradient)).
# tanh'은 0에서 1에 이르고 relu'은 활성화된 뉴런마다 1이므로, 이들의 δ도 줄기는 하지만 같은 10개
# 층에서 훨씬 덜 줄어듭니다. 위 표의 마지막 열에서 tanh와 relu는 δ의 100분의 몇에서 10분의 1 정도를
# 유지하고, 시그모이드 신경망은 1000만분의 몇만 남깁니다.

# %% slideshow={"slide_type": "fragment"}
y = sp.Symbol("y")                                   # y = σ(s), so σ'(s) = y(1 − y)
gap = sp.factor(sp.Rational(1, 4) - y * (1 - y))     # how far σ' stays below 1/4
s = sp.Symbol("s", real=True)
sigma = 1 / (1 + sp.exp(-s))
sigma_prime = sp.diff(sigma, s)
assert sp.simplify(sigma_prime - sigma * (1 - sigma)) == 0 and gap == (2 * y - 1) ** 2 / 4
print(_("1/4 − σ'(s) = 1/4 − y(1 − y) = {gap} ≥ 0: σ' ≤ 1/4, equal only at y = 1/2 (s = 0)",
        gap=gap))
print(f"σ'(0) = {sigma_prime.subs(s, 0)},  tanh'(0) = {sp.diff(sp.tanh(s), s).subs(s, 0)}")


# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Exercises
#
# ### Exercise 1 · δ of a hidden layer
#
# `delta_out` is the output layer's δ (N × n), `W` the output layer's weights (m × n) and
# `u_hidden` the hidden pre-activations (N × m) of a sigmoid hidden layer. Return δ_j (N × m):
# $\delta_j = f'(u_j)\sum_r \delta_r w_{jr}$. (`bp.sigmoid` is there to help.)

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 연습 문제
#
# ### 연습 문제(exercise) 1 · 은닉층의 δ
#
# `delta_out`은 출력층의 δ(N × n), `W`는 출력층의 가중치(m × n), `u_hidden`은 시그모이드
# 은닉층의 가중합(net)(N × m)입니다. δ_j(N × m)를 반환하세요:
# $\delta_j = f'(u_j)\sum_r \delta_r w_{jr}$. (`bp.sigmoid`를 써도 됩니다.)

# %% slideshow={"slide_type": "fragment"}
def my_hidden_delta(delta_out, W, u_hidden):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_hidden_delta(my_hidden_delta)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### Exercise 2 · ∂w and ∂b of a layer over a batch
#
# `y_in` (N × m) is what the layer received, `delta` (N × n) its δ. Return `(dW, db)` with
# dW (m × n) = Σ over samples of $y_j\delta_k$ and db (n,) = Σ over samples of $\delta_k$
# (δ already carries bpkit's 1/N).

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 연습 문제 2 · 배치에 대한 층의 ∂w와 ∂b
#
# `y_in`(N × m)은 층이 받은 입력이고 `delta`(N × n)는 그 층의 δ입니다. `(dW, db)`를 반환하세요.
# dW(m × n)는 샘플들에 대한 $y_j\delta_k$의 합, db(n,)는 샘플들에 대한 $\delta_k$의 합입니다
# (δ에는 이미 bpkit의 1/N이 들어 있습니다).

# %% slideshow={"slide_type": "fragment"}
def my_layer_grads(y_in, delta):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_layer_grads(my_layer_grads)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### Exercise 3 · δ at a tanh output with ½Σ(t − y)²
#
# For one sample: `y` = tanh(u) (n,), `t` (n,), `u` (n,). Return δ_k = ∂E/∂u_k. Does it collapse
# to y − t? (Look at the table of section 7 only after you have tried.)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 연습 문제 3 · ½Σ(t − y)²를 쓰는 tanh 출력층의 δ
#
# 샘플 하나에 대해 `y` = tanh(u) (n,), `t` (n,), `u` (n,)가 주어집니다. δ_k = ∂E/∂u_k를
# 반환하세요. y − t로 줄어들까요? (7절의 표는 먼저 직접 풀어 본 다음에 보세요.)

# %% slideshow={"slide_type": "fragment"}
def my_tanh_mse_delta(y, t, u):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_tanh_mse_delta(my_tanh_mse_delta)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### Exercise 4 · When is δ just y − t?
#
# `is_y_minus_t(activation, loss, u, t)` gets one sample's output pre-activations `u` and
# targets `t` (arrays) and the names of the output activation (`"identity"`, `"sigmoid"`,
# `"tanh"`, `"relu"`, `"softmax"`) and loss (`"mse"` for ½Σ(t − y)², `"bce"`, `"softmax_ce"`).
# Return `True` when $\delta = \partial E/\partial u$ equals $y - t$ for **this** sample, else
# `False`. Reason it out from $\delta_k = \frac{\partial E}{\partial y_k} f'(u_k)$ rather than
# computing δ: the check tries nine cases, and for some pairs the answer depends on `u` or `t`.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 연습 문제 4 · δ는 언제 그냥 y − t인가?
#
# `is_y_minus_t(activation, loss, u, t)`는 샘플 하나의 출력층 가중합 `u`와 목표값 `t`(배열), 그리고
# 출력층 활성화 함수의 이름(`"identity"`, `"sigmoid"`, `"tanh"`, `"relu"`, `"softmax"`)과 손실함수의
# 이름(½Σ(t − y)²는 `"mse"`, `"bce"`, `"softmax_ce"`)을 받습니다. **이** 샘플에서
# $\delta = \partial E/\partial u$가 $y - t$와 같으면 `True`, 아니면 `False`를 반환하세요. δ를
# 계산하지 말고 $\delta_k = \frac{\partial E}{\partial y_k} f'(u_k)$에서 추론해 보세요. 검사는 경우
# 아홉 가지를 시험하며, 어떤 짝은 답이 `u`나 `t`에 따라 달라집니다.

# %% slideshow={"slide_type": "fragment"}
def is_y_minus_t(activation, loss, u, t):
    raise NotImplementedError  # your code here: return True or False


# %% slideshow={"slide_type": "fragment"}
ex.check_is_y_minus_t(is_y_minus_t)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Summary
#
# * **Four formulas per layer.** Output: $\delta_k = \frac{\partial E}{\partial y_k} f'(u_k)$,
#   $\partial w_{jk} = y_j\delta_k$, $\partial b_k = \delta_k$, $\partial y_j = \sum_r \delta_r w_{jr}$. Hidden: the same with
#   $\delta_j = \partial y_j\, f'(u_j)$; the ∂y handed down is what connects the layers.
# * **On numbers** the deck's index loops, bpkit's matrix lines (`inp.T @ delta`,
#   `delta.sum(axis=0)`, `delta @ W.T`) and finite differences agree; over a batch the
#   gradient is the mean of the per-sample ones.
# * **δ at the output** is $y - t$ for every input only for identity + MSE, sigmoid +
#   cross-entropy and softmax + cross-entropy (targets that sum to 1); relu + MSE gives it only
#   where the units are active (exercise 4); sigmoid or tanh with MSE keep $f'(u)$ and stall
#   when saturated.
#   For softmax the factor $\partial y/\partial u$ is a Jacobian, and $y - t$ comes from $J^\top\,\partial E/\partial y$
#   with $\sum_i t_i = 1$; deck 003's one-factor δ_k is for elementwise activations.
# * **Deep sigmoid nets** lose δ layer by layer because $\sigma' \le 1/4$; tanh and relu lose
#   far less, but they lose too (table of section 8).
# * **Slide errata**: deck 003's misplaced parenthesis in ∂u_k/∂b_k and "δy_j" for ∂y_j;
#   deck 000's $h_1$ where $w_{31}$ needs $h_3$ (its update without η is the convention η = 1).

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 정리
#
# * **층마다 식 네 개.** 출력층: $\delta_k = \frac{\partial E}{\partial y_k} f'(u_k)$,
#   $\partial w_{jk} = y_j\delta_k$, $\partial b_k = \delta_k$, $\partial y_j = \sum_r \delta_r w_{jr}$. 은닉층: 같은 식에
#   $\delta_j = \partial y_j\, f'(u_j)$. 아래로 넘겨주는 ∂y가 층과 층을 잇는다.
# * **숫자로 확인하면** 강의 자료의 첨자 반복문, bpkit의 행렬 코드(`inp.T @ delta`,
#   `delta.sum(axis=0)`, `delta @ W.T`), 유한 차분이 모두 일치한다. 배치에서 기울기는 샘플별
#   기울기의 평균이다.
# * **출력층의 δ**가 모든 입력에서 $y - t$가 되는 것은 항등 함수 + MSE, 시그모이드 + 교차 엔트로피,
#   소프트맥스 + 교차 엔트로피(목표값의 합이 1일 때)뿐이다. relu + MSE는 뉴런이 활성화된 곳에서만
#   그렇다(연습 문제 4). MSE와 함께 쓰는 시그모이드나 tanh에는 $f'(u)$가 남아서 포화되면
#   학습이 멈춘다. 소프트맥스에서 인수 $\partial y/\partial u$는 야코비 행렬이며, $y - t$는
#   $\sum_i t_i = 1$일 때 $J^\top\,\partial E/\partial y$에서 나온다. 강의 자료 003의 인수 하나짜리 δ_k는
#   원소별 활성화 함수에 대한 식이다.
# * **깊은 시그모이드 신경망**은 $\sigma' \le 1/4$ 때문에 층마다 δ를 잃는다. tanh와 relu는 훨씬 덜
#   잃지만 역시 잃는다(8절의 표).
# * **슬라이드 오류(erratum)**: 강의 자료 003의 ∂u_k/∂b_k에서 잘못 놓인 괄호와 ∂y_j 대신 쓴 "δy_j",
#   강의 자료 000에서 $w_{31}$에는 $h_3$이 필요한데 쓴 $h_1$(η가 없는 가중치 조정은 η = 1이라는 관례).

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Appendix · Where each formula lives in bpkit
#
# The hidden-layer formulas are the output-layer ones with the indices renamed (k → j, j → i),
# so bpkit has each of them once, in one line that runs for every layer. This table is made by
# reading bpkit's source (`inspect`), so it stays true when the code moves (which is also why
# its line numbers are not held fixed by the notebook tests; `tests/test_deltarule.py` checks them):

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 부록 · 각 식은 bpkit의 어디에 있는가
#
# 은닉층의 식은 출력층의 식에서 첨자 이름만 바꾼 것(k → j, j → i)이므로, bpkit에는 각 식이 모든
# 층에서 실행되는 한 줄로 한 번씩만 있습니다. 이 표는 bpkit의 소스 코드를 읽어서(`inspect`) 만들기
# 때문에 코드가 옮겨 가도 맞습니다(같은 이유로 줄 번호는 노트북 테스트가 고정하지 않고,
# `tests/test_deltarule.py`가 확인합니다):

# %% slideshow={"slide_type": "fragment"} tags=["nbval-ignore-output"]
bp.Table([_("deck 003"), _("file:line"), _("code (rows = samples)")], dr.formula_locations())

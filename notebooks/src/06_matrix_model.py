# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# # 06 · The matrix model — 다층 신경망 모델링
#
# Follows deck 004, **다층 신경망 모델링** (multilayer network modelling), 한동대학교
# 김영섭 교수, *파이썬으로 배우는 기계학습* 10주차 (week 10). Its slides:
#
# | slide (as on the deck) | English |
# |---|---|
# | 1. 연쇄법칙 | the chain rule (worked in notebook 02) |
# | 2. $W^{[2]}$의 오차함수 미분 : 복습 | derivative of the error with respect to $W^{[2]}$: review |
# | 3. 오차함수의 행렬 미분 | the matrix derivative of the error |
# | 4.–5. 다층 인공 신경망 행렬 모델, 다층 신경망의 구조 | the matrix model; structure: input, output, weights, hidden layer |
# | 6. 다층 인공 신경망 행렬 모델: 입력, 레이블, 순전파 | the model: inputs, labels, forward pass |
# | 7. 순전파: 은닉층 계산, 출력층 계산 | forward pass: hidden layer, output layer |
# | 8. 역전파: 출력층 계산, 가중치 조정, E2 · dZ2 · E1 · dZ1 값 계산 | backward pass: output layer, weight update, computing E2, dZ2, E1, dZ1 |

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# # 06 · 다층 신경망 모델링 (The matrix model)
#
# 강의 자료(deck) 004 **다층 신경망 모델링**(한동대학교 김영섭 교수, *파이썬으로 배우는 기계학습*
# 10주차)을 따라갑니다. 슬라이드는 다음과 같습니다:
#
# | 슬라이드 (강의 자료의 제목 그대로) | 다루는 내용 |
# |---|---|
# | 1. 연쇄법칙 | 연쇄법칙(chain rule) (노트북 02에서 다룸) |
# | 2. $W^{[2]}$의 오차함수 미분 : 복습 | $W^{[2]}$에 대한 오차함수(error function)의 미분: 복습 |
# | 3. 오차함수의 행렬 미분 | 오차함수의 행렬(matrix) 미분 |
# | 4.–5. 다층 인공 신경망 행렬 모델, 다층 신경망의 구조 | 행렬 모델; 구조: 입력층(input layer), 출력층(output layer), 가중치(weight), 은닉층(hidden layer) |
# | 6. 다층 인공 신경망 행렬 모델: 입력, 레이블, 순전파 | 행렬 모델: 입력, 레이블, 순전파(forward pass) |
# | 7. 순전파: 은닉층 계산, 출력층 계산 | 순전파: 은닉층 계산, 출력층 계산 |
# | 8. 역전파: 출력층 계산, 가중치 조정, E2 · dZ2 · E1 · dZ1 값 계산 | 역전파(backward pass): 출력층 계산, 가중치 조정, E2 · dZ2 · E1 · dZ1 값 계산 |

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## Learning goals
#
# You will be able to …
# - write the forward and backward pass of a two-layer net for a whole batch of $m$ samples in
#   deck 004's column convention, give the shape of every matrix, and prove it is bpkit's row
#   convention transposed;
# - take $\partial E/\partial W^{[2]}$ through the deck's chain
#   $\frac{\partial E}{\partial A}\cdot\frac{\partial A}{\partial Z}\cdot\frac{\partial Z}{\partial W}$,
#   and say why $\partial Z/\partial W$ is a contraction, not the matrix factor $A^T$;
# - say which sign goes with which definition of the error $E^{[2]}$, why the update needs
#   $-\alpha$, and which of the deck's lines are errors and which are conventions;
# - tell when the lecture code's $E^{[1]} = W^{[2]T}E^{[2]}$ is the gradient (notebook 07 then
#   trains with these formulas on real handwritten digits).

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 학습 목표
#
# 이 노트북을 마치면 다음을 할 수 있습니다.
# - 샘플 $m$개로 이루어진 배치(batch) 전체에 대해 2층 신경망의 순전파와 역전파를 강의 자료 004의 열 관례로
#   쓰고, 모든 행렬의 모양을 말하고, 그것이 bpkit의 행 관례를 전치(transpose)한 것임을 증명할 수
#   있습니다.
# - 강의 자료의 연쇄
#   $\frac{\partial E}{\partial A}\cdot\frac{\partial A}{\partial Z}\cdot\frac{\partial Z}{\partial W}$를 따라
#   $\partial E/\partial W^{[2]}$를 구하고, $\partial Z/\partial W$가 행렬 인수 $A^T$가 아니라 축약
#   (contraction)인 이유를 말할 수 있습니다.
# - 오차 $E^{[2]}$의 어떤 정의에 어떤 부호가 따르는지, 가중치 조정에 왜 $-\alpha$가 필요한지, 강의
#   자료의 어느 줄이 오류이고 어느 줄이 관례(convention)인지 말할 수 있습니다.
# - 강의 코드의 $E^{[1]} = W^{[2]T}E^{[2]}$가 언제 기울기(gradient)인지 구별할 수 있습니다(노트북
#   07에서는 이 식들로 실제 손글씨 숫자를 학습합니다).

# %% slideshow={"slide_type": "skip"}
# %matplotlib inline
import matplotlib.pyplot as plt
import numpy as np
from IPython.display import display

import bpkit as bp
from bpkit import symbolic as sym
from bpkit.exercises import nb06 as ex
from bpkit.gradcheck import verdict_text
from bpkit.i18n import _
from bpkit.lessons import matrix_calculus as mc
from bpkit.lessons import matrix_model as mm

bp.set_language("en")

SEED = 0
rng = np.random.default_rng(SEED)
plt.rcParams.update({"figure.dpi": 90, "axes.grid": True, "grid.alpha": 0.3})

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 6.–7. The batch as columns — 입력, 레이블, 순전파
#
# Deck 004 puts the $m$ samples of a batch side by side as **columns**: $A^{[0]}$ is
# $(n_0, m)$, the labels $Y$ are $(n_2, m)$, and $W^{[l]}$ is $(n_l, n_{l-1})$. The deck has
# no biases. One matrix product computes a layer for every sample at once:
#
# $$Z^{[1]} = W^{[1]}A^{[0]},\quad A^{[1]} = g(Z^{[1]}),\qquad
#   Z^{[2]} = W^{[2]}A^{[1]},\quad A^{[2]} = g(Z^{[2]}),\qquad g = \sigma .$$
#
# Our net: 3 inputs, 4 hidden units, 2 outputs, and a batch of $m = 5$ samples.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 6.–7. 열로 놓은 배치 — 입력, 레이블, 순전파
#
# 강의 자료 004는 배치의 샘플 $m$개를 **열**로 나란히 놓습니다. $A^{[0]}$은 $(n_0, m)$, 레이블
# $Y$는 $(n_2, m)$, $W^{[l]}$은 $(n_l, n_{l-1})$입니다. 강의 자료에는 편향(bias)이 없습니다. 행렬 곱 한
# 번으로 모든 샘플에 대한 한 층의 계산이 끝납니다:
#
# $$Z^{[1]} = W^{[1]}A^{[0]},\quad A^{[1]} = g(Z^{[1]}),\qquad
#   Z^{[2]} = W^{[2]}A^{[1]},\quad A^{[2]} = g(Z^{[2]}),\qquad g = \sigma .$$
#
# 이 노트북의 신경망은 입력 3개, 은닉 뉴런 4개, 출력 2개이고, 배치는 샘플 $m = 5$개입니다.

# %% slideshow={"slide_type": "fragment"}
net = bp.MLP([3, 4, 2], activation="sigmoid", loss="mse", bias="none", seed=SEED)
X = rng.uniform(0, 1, (5, 3))                 # bpkit: rows are samples
T = rng.uniform(0, 1, (5, 2))
A0, Y = X.T, T.T                              # deck 004: columns are samples
W1, W2 = net.weights[0].T, net.weights[1].T   # (4, 3) and (2, 4)
m = A0.shape[1]
fwd = mm.forward_columns(W1, W2, A0)
bp.Table(["", *[_("sample {j}", j=j + 1) for j in range(m)]],
         [[_("A^[2] row {k}", k=k + 1), *fwd.A2[k]] for k in range(2)] +
         [[_("Y row {k}", k=k + 1), *Y[k]] for k in range(2)],
         caption=_("A^[2] = g(W^[2] g(W^[1] A^[0])): one column per sample"), fmt="{:.4f}")

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## 8. 역전파 — the backward pass, for the whole batch
#
# With the deck's error $E = \tfrac12\sum (A^{[2]} - Y)^2$ (summed over units **and** samples)
# and $E^{[2]} := A^{[2]} - Y$:
#
# $$dZ^{[2]} = E^{[2]} \odot g'(Z^{[2]}),\quad E^{[1]} = W^{[2]T} dZ^{[2]},\quad
#   dZ^{[1]} = E^{[1]} \odot g'(Z^{[1]}),$$
# $$\Delta W^{[2]} = dZ^{[2]} A^{[1]T},\qquad \Delta W^{[1]} = dZ^{[1]} A^{[0]T}.$$
#
# The product $dZ\,A^T$ sums over the $m$ columns: one $\Delta W$ for the whole batch.
# Central differences of $E$ check both.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 8. 역전파 — 배치 전체에 대한 역전파
#
# 강의 자료의 오차 $E = \tfrac12\sum (A^{[2]} - Y)^2$(뉴런과 샘플 **모두**에 대해 더함)와
# $E^{[2]} := A^{[2]} - Y$로 씁니다:
#
# $$dZ^{[2]} = E^{[2]} \odot g'(Z^{[2]}),\quad E^{[1]} = W^{[2]T} dZ^{[2]},\quad
#   dZ^{[1]} = E^{[1]} \odot g'(Z^{[1]}),$$
# $$\Delta W^{[2]} = dZ^{[2]} A^{[1]T},\qquad \Delta W^{[1]} = dZ^{[1]} A^{[0]T}.$$
#
# 곱 $dZ\,A^T$는 $m$개의 열에 대해 더하므로, 배치 전체에 대해 $\Delta W$가 하나 나옵니다.
# $E$의 중심 차분(central difference)으로 둘 다 확인합니다.

# %% slideshow={"slide_type": "fragment"}
bwd = mm.backward_columns(W2, A0, Y, fwd)
num = mm.numerical_dW_columns(net, X, T)      # ∂E/∂W by central differences
gap = max(np.abs(bwd.dW1 - num[0]).max(), np.abs(bwd.dW2 - num[1]).max())
assert gap < 1e-8
print(_("ΔW^[1] = dZ^[1]·A^[0]ᵀ and ΔW^[2] = dZ^[2]·A^[1]ᵀ equal the finite-difference "
        "gradients of E: {ok} (every entry within 1e-8)", ok=gap < 1e-8))

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# **Predict first** (before you run the next cells): what is the shape of $\Delta W^{[2]}$ for
# our batch? Answer `"(2, 4)"`, `"(4, 2)"`, `"(2, 5)"`, `"(5, 4)"` or `"(2, 4, 5)"`.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# **먼저 예측해 보세요**(다음 셀들을 실행하기 전에): 우리 배치에서 $\Delta W^{[2]}$의 모양은 무엇일까요?
# `"(2, 4)"`, `"(4, 2)"`, `"(2, 5)"`, `"(5, 4)"`, `"(2, 4, 5)"` 중 하나로 답하세요.

# %% slideshow={"slide_type": "fragment"}
my_dW2_shape = ...   # your prediction: one of the shapes above, as text
ex.predict("dW2_shape", my_dW2_shape)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## Every shape, and bpkit's rows
#
# bpkit stacks samples as **rows** ($Z = XW + b$), so each of the deck's matrices should be
# the transpose of bpkit's: $W_\text{deck} = W^T$, $Z_\text{deck} = Z^T$, $A^{[0]} = X^T$.
# bpkit's loss is the batch **mean**, the deck's the sum, so the deck's gradients are
# $m$ times bpkit's. The table is built from the actual arrays; the last column is `np.allclose`.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 모든 모양, 그리고 bpkit의 행
#
# bpkit은 샘플을 **행**으로 쌓으므로($Z = XW + b$), 강의 자료의 행렬은 모두 bpkit 행렬의 전치여야
# 합니다: $W_\text{deck} = W^T$, $Z_\text{deck} = Z^T$, $A^{[0]} = X^T$. bpkit의 손실은 배치
# **평균**이고 강의 자료의 손실은 합이므로, 강의 자료의 기울기는 bpkit의 $m$배입니다. 표는 실제
# 배열로 만들며, 마지막 열은 `np.allclose`입니다.

# %% slideshow={"slide_type": "fragment"}
rows = mm.compare_conventions(net, X, T)
assert all(row[-1] for row in rows)
bp.Table(mm.convention_head(), rows, caption=_("m = {m} samples, 3-4-2 sigmoid net, MSE", m=m))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## The transposition, proved for every size
#
# The table checks one batch with `np.allclose`. That it holds for **every** size is algebra:
# with $X = A^{[0]T}$, $W_\text{rows} = W^T$ and $\delta = dZ^T$ (bpkit's $\delta$ also
# carries $1/m$, a scalar, which a transpose leaves alone), each of bpkit's three formulas is
# the deck's transposed by one identity, $(W A)^T = A^T W^T$. SymPy writes entry $(i, j)$ of
# both sides as a sum over symbolic sizes $n, p, m$ and finds the same sum; the last column
# compares every entry of explicit $2\times3$ and $3\times2$ symbol matrices. ($g$ acts entry
# by entry, so it commutes with the transpose; softmax acts on the deck's columns and on
# bpkit's rows — the same samples.)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 모든 크기에 대한 전치의 증명
#
# 표는 배치 하나를 `np.allclose`로 확인할 뿐입니다. **모든** 크기에서 성립한다는 것은 대수로 보입니다.
# $X = A^{[0]T}$, $W_\text{rows} = W^T$, $\delta = dZ^T$로 두면(bpkit의 $\delta$에는 스칼라 $1/m$도
# 붙어 있지만 전치는 스칼라를 바꾸지 않습니다), bpkit의 세 식은 각각 항등식 $(W A)^T = A^T W^T$ 하나로
# 강의 자료의 식을 전치한 것이 됩니다. SymPy는 양변의 $(i, j)$ 원소를 기호 크기 $n, p, m$에 대한
# 합으로 쓰고 같은 합임을 확인합니다. 마지막 열은 $2\times3$과 $3\times2$ 기호 행렬의 모든 원소를
# 직접 비교합니다. ($g$는 원소마다 작용하므로 전치와 순서를 바꿔도 되고, 소프트맥스는 강의 자료의
# 열과 bpkit의 행, 곧 같은 샘플에 작용합니다.)

# %% slideshow={"slide_type": "fragment"}
rows = mc.transpose_table()
assert all(row[3] and row[4] for row in rows)
rec = net.forward(X)
rb = net.backward(rec, T)                     # bpkit's own dW is Xᵀ·δ, as the middle column says
assert all(np.allclose(rb.dW[l], rec.input_of(l).T @ rb.deltas[l]) for l in range(2))
bp.Table(mc.transpose_head(), rows, caption=_("each entry of both sides, SymPy"))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 2. $W^{[2]}$의 오차함수 미분 : 복습 — the review, 1–4단계, step by step
#
# Before the matrices, the deck reviews one weight at a time, for one sample:
# $z_k = \sum_j w_{jk} a_j$, $\hat y_k = g(z_k)$, error $y_k - \hat y_k$. Its steps, verbatim:
#
# | 단계 | the slide |
# |---|---|
# | 1단계 | $W^{[2]} := W^{[2]} - \alpha \Delta W^{[2]} = W^{[2]} - \alpha \frac{\partial E}{\partial W^{[2]}}$ |
# | 2단계 | $w_{jk}^{[2]} := w_{jk}^{[2]} - \alpha \Delta w_{jk}^{[2]} = w_{jk}^{[2]} - \alpha \frac{\partial E}{\partial w_{jk}^{[2]}}$ |
# | 3단계 | $\frac{\partial E}{\partial w_{jk}} = -(y_k - \hat{y}_k) \cdot \frac{\partial}{\partial w_{jk}} g(z_k)$ |
# | 4단계 | $\Delta w_{jk}^{[2]} = \frac{\partial E}{\partial w_{jk}} = -(y_k - \hat{y}_k) \cdot g'(z_k) \cdot a_j$, $\quad\Delta W^{[2]} = \frac{\partial E}{\partial W^{[2]}} = -E^{[2]} \cdot g'(Z^{[2]}) \cdot A^{[1]T}$ |
# | 결론 | $W^{[2]} := W^{[2]} - \alpha \Delta W^{[2]} = W^{[2]} - \alpha \frac{\partial E}{\partial W^{[2]}} = W^{[2]} + E^{[2]} \cdot g'(Z^{[2]}) \cdot A^{[1]T}$ |
#
# **A question first.** $w_{jk}$ carries hidden unit $j$'s signal to output $k$. In the
# matrix $W^{[2]}$, $(n_2, n_1)$, with one row per output: is it entry $(j, k)$ or $(k, j)$?
#
# SymPy checks each line with $g$ left **undefined**, so what it proves holds for any
# activation. Here is the derivation of $\partial E/\partial w_{21}$, each line checked
# against the one before (the slide differentiates $\sum_j w_{jk} a_j$ by $w_{jk}$, using
# $j$ twice; the sum runs over $r$ here):

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 2. $W^{[2]}$의 오차함수 미분 : 복습 — 1–4단계를 한 단계씩
#
# 행렬로 가기 전에 강의 자료는 샘플 하나에 대해 가중치를 하나씩 복습합니다:
# $z_k = \sum_j w_{jk} a_j$, $\hat y_k = g(z_k)$, 오차 $y_k - \hat y_k$. 단계는 슬라이드 그대로입니다:
#
# | 단계 | 슬라이드 |
# |---|---|
# | 1단계 | $W^{[2]} := W^{[2]} - \alpha \Delta W^{[2]} = W^{[2]} - \alpha \frac{\partial E}{\partial W^{[2]}}$ |
# | 2단계 | $w_{jk}^{[2]} := w_{jk}^{[2]} - \alpha \Delta w_{jk}^{[2]} = w_{jk}^{[2]} - \alpha \frac{\partial E}{\partial w_{jk}^{[2]}}$ |
# | 3단계 | $\frac{\partial E}{\partial w_{jk}} = -(y_k - \hat{y}_k) \cdot \frac{\partial}{\partial w_{jk}} g(z_k)$ |
# | 4단계 | $\Delta w_{jk}^{[2]} = \frac{\partial E}{\partial w_{jk}} = -(y_k - \hat{y}_k) \cdot g'(z_k) \cdot a_j$, $\quad\Delta W^{[2]} = \frac{\partial E}{\partial W^{[2]}} = -E^{[2]} \cdot g'(Z^{[2]}) \cdot A^{[1]T}$ |
# | 결론 | $W^{[2]} := W^{[2]} - \alpha \Delta W^{[2]} = W^{[2]} - \alpha \frac{\partial E}{\partial W^{[2]}} = W^{[2]} + E^{[2]} \cdot g'(Z^{[2]}) \cdot A^{[1]T}$ |
#
# **먼저 질문입니다.** $w_{jk}$는 은닉 뉴런 $j$의 신호를 출력 $k$로 전달합니다. 출력마다 한 행인
# $(n_2, n_1)$ 행렬 $W^{[2]}$에서 이 가중치는 $(j, k)$ 원소일까요, $(k, j)$ 원소일까요?
#
# SymPy는 $g$를 **정하지 않은 채로** 각 줄을 확인하므로, 증명한 내용은 어떤 활성화 함수에서나
# 성립합니다. 아래는 $\partial E/\partial w_{21}$의 유도이고, 각 줄을 바로 앞 줄과 비교해 확인합니다
# (슬라이드는 $\sum_j w_{jk} a_j$를 $w_{jk}$로 미분하면서 $j$를 두 가지 뜻으로 씁니다. 여기서는 합의
# 첨자를 $r$로 씁니다):

# %% slideshow={"slide_type": "fragment"}
steps = mc.review_steps(j=2, k=1)             # ŷ_k = g(z_k), E = ½ Σ_k (y_k − ŷ_k)²
display(*steps)
assert sym.verify_steps(steps) == [True] * len(steps)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# Every step, for every $j, k$ of a symbolic $2\times3$ $W^{[2]}$; the matrix form of 4단계
# on a batch of $m = 2$ symbolic columns (summed over samples); and 4단계 by loops over
# $j, k$ and the samples against the numbers of section 8:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# 모든 단계를 기호로 된 $2\times3$ $W^{[2]}$의 모든 $j, k$에 대해, 4단계의 행렬 형태를 기호로 된
# 열 $m = 2$개의 배치(샘플에 대해 더함)에 대해, 그리고 4단계를 $j, k$와 샘플에 대한 반복문으로
# 계산해 8절의 숫자와 비교합니다:

# %% slideshow={"slide_type": "fragment"}
rows = mc.review_table()
assert all(row[-1] is True for row in rows[:-1]) and rows[-1][-1] == "1"
assert np.allclose(mc.index_loop_dW(fwd.A1, fwd.A2, Y), bwd.dW2)   # 4단계 by loops = ΔW^[2]
bp.Table(mc.review_head(), rows, caption=_("the review slide, checked by SymPy for any g"))

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# What the table says:
# - $w_{jk}$ is entry $(k, j)$ of $W^{[2]}$: the index slide and the matrix name the same
#   weight with the indices the other way round — a convention, but in code it is `W2[k, j]`.
# - 3단계 and 4단계 hold for every weight, and the matrix line collects them: entry $(k, j)$
#   of $-E^{[2]}\odot g'(Z^{[2]})\,A^{[1]T}$ is $\sum_{\text{samples}} -(y_k - \hat y_k)\, g'(z_k)\, a_j$.
# - 결론: with the review's $E^{[2]} = Y - \hat Y$ the plus sign is right, but $\alpha$ is gone.
#   SymPy solves "$W - \alpha\,\partial E/\partial W$ = the slide's line" for $\alpha$ and finds
#   $\alpha = 1$: the slide silently takes the step with $\alpha = 1$ — a convention it does
#   not state, not a different rule. The trouble starts when section 3 redefines $E^{[2]}$:

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# 표가 말해 주는 것:
# - $w_{jk}$는 $W^{[2]}$의 $(k, j)$ 원소입니다. 첨자 슬라이드와 행렬은 같은 가중치를 첨자 순서만
#   반대로 해서 부릅니다. 관례이지만, 코드에서는 `W2[k, j]`입니다.
# - 3단계와 4단계는 모든 가중치에서 성립하고, 행렬 줄은 그것들을 모은 것입니다:
#   $-E^{[2]}\odot g'(Z^{[2]})\,A^{[1]T}$의 $(k, j)$ 원소는 $\sum_{\text{samples}} -(y_k - \hat y_k)\, g'(z_k)\, a_j$입니다.
# - 결론: 복습에서 쓴 $E^{[2]} = Y - \hat Y$로는 더하기 부호가 맞지만, $\alpha$가 사라졌습니다.
#   SymPy로 "$W - \alpha\,\partial E/\partial W$ = 슬라이드의 줄"을 $\alpha$에 대해 풀면 $\alpha = 1$이
#   나옵니다. 슬라이드는 말없이 $\alpha = 1$로 한 걸음을 간 것입니다. 밝히지 않은 관례일 뿐 다른
#   규칙은 아닙니다. 문제는 3절에서 $E^{[2]}$를 다시 정의하면서 시작됩니다:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## 2. → 3. which sign goes with which error?
#
# The review slide writes the error as $y - \hat y$ and concludes
# $\frac{\partial E}{\partial W^{[2]}} = -E^{[2]}\cdot g'(Z^{[2]})\cdot A^{[1]T}$.
# Section 3 then defines $E^{[2]} := (A^{[2]} - Y)$, the **opposite** sign, and keeps
# writing $\Delta W^{[2]} = E^{[2]}\cdot g'(Z^{[2]})\cdot A^{[1]T}$ (the last line of that slide
# even has $A^{[1]\cdot T}$ for $A^{[1]T}$).
# Both are right with their own $E^{[2]}$; mixing them is wrong. Central differences decide:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 2. → 3. 어떤 부호가 어떤 오차와 짝인가?
#
# 복습 슬라이드는 오차를 $y - \hat y$로 쓰고
# $\frac{\partial E}{\partial W^{[2]}} = -E^{[2]}\cdot g'(Z^{[2]})\cdot A^{[1]T}$로 결론짓습니다.
# 그런데 3절은 **부호가 반대인** $E^{[2]} := (A^{[2]} - Y)$로 정의하고도 계속
# $\Delta W^{[2]} = E^{[2]}\cdot g'(Z^{[2]})\cdot A^{[1]T}$로 씁니다(그 슬라이드의 마지막 줄에는
# $A^{[1]T}$ 대신 $A^{[1]\cdot T}$라고까지 적혀 있습니다).
# 두 식은 각자의 $E^{[2]}$와 함께라면 둘 다 맞습니다. 섞으면 틀립니다. 중심 차분으로 판정합니다:

# %% slideshow={"slide_type": "fragment"}
g2 = fwd.A2 * (1 - fwd.A2)                    # g'(Z^[2]) = σ(Z)(1 − σ(Z))
candidates = [
    ("−E^[2] ⊙ g'(Z^[2])·A^[1]ᵀ", _("Y − A^[2] (review slide)"), -((Y - fwd.A2) * g2) @ fwd.A1.T),
    ("E^[2] ⊙ g'(Z^[2])·A^[1]ᵀ", _("A^[2] − Y (section 3)"), ((fwd.A2 - Y) * g2) @ fwd.A1.T),
    ("−E^[2] ⊙ g'(Z^[2])·A^[1]ᵀ", _("A^[2] − Y (mixed)"), -((fwd.A2 - Y) * g2) @ fwd.A1.T),
]
verdicts = [np.allclose(value, num[1]) for formula, error, value in candidates]
assert verdicts == [True, True, False]
bp.Table(["∂E/∂W^[2] =", _("with E^[2] ="), _("equals the finite differences")],
         [(f, e, v) for (f, e, value), v in zip(candidates, verdicts)])

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## "·" is the elementwise product ⊙
#
# The slides write $E^{[2]}\cdot g'(Z^{[2]})$ with the same dot as the matrix product
# $\cdot A^{[1]T}$. But $E^{[2]}$ and $g'(Z^{[2]})$ are both $(n_2, m)$: as a matrix
# product they do not even fit (unless $n_2 = m$). The first "·" must be the elementwise
# (Hadamard) product $\odot$, `*` in numpy; the second is `@`.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## "·"는 원소별 곱 ⊙이다
#
# 슬라이드는 $E^{[2]}\cdot g'(Z^{[2]})$에 행렬 곱 $\cdot A^{[1]T}$와 같은 점을 씁니다. 그러나
# $E^{[2]}$와 $g'(Z^{[2]})$는 둘 다 $(n_2, m)$이라서, 행렬 곱으로는 ($n_2 = m$이 아닌 한) 모양이
# 맞지도 않습니다. 첫 번째 "·"는 원소별 곱(아다마르 곱, elementwise (Hadamard) product) $\odot$,
# numpy의 `*`여야 하고, 두 번째는 `@`입니다.

# %% slideshow={"slide_type": "fragment"}
fits = bwd.E2.shape[1] == g2.shape[0]
print(_("E^[2] is {e}, g'(Z^[2]) is {g}: a matrix product of the two is defined: {fits}",
        e=bwd.E2.shape, g=g2.shape, fits=fits))
print(_("E^[2] ⊙ g'(Z^[2]) is dZ^[2]: {same}", same=np.allclose(bwd.E2 * g2, bwd.dZ2)))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 3. $E = \frac{1}{2} (A^{[2]} - Y)^2$ — can a matrix be squared?
#
# Section 3 of the deck starts from
# $$E = \frac{1}{2} (A^{[2]} - Y)^2, \qquad E^{[2]} := (A^{[2]} - Y).$$
# **Before you run the cell:** $A^{[2]} - Y$ is $(2, 5)$. What is its square, and is it a number?

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 3. $E = \frac{1}{2} (A^{[2]} - Y)^2$ — 행렬을 제곱할 수 있을까?
#
# 강의 자료의 3절은 다음 식에서 출발합니다.
# $$E = \frac{1}{2} (A^{[2]} - Y)^2, \qquad E^{[2]} := (A^{[2]} - Y).$$
# **셀을 실행하기 전에:** $A^{[2]} - Y$는 $(2, 5)$입니다. 이것의 제곱은 무엇이고, 숫자일까요?

# %% slideshow={"slide_type": "fragment"}
rows = mc.square_attempts(fwd.A2, Y)          # the four ways to read ½(A − Y)², D = A − Y
assert isinstance(rows[0][2], str)            # the matrix square gives no number
assert np.allclose([row[2] for row in rows[1:]], m * net.loss(X, T))
bp.Table([_("written"), "numpy", _("for our batch")], rows,
         caption=_("A^[2] − Y is {shape}; bpkit's loss × m = {E:.6f}", shape=fwd.A2.shape,
                   E=m * net.loss(X, T)))

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# A matrix square $M^2 = MM$ exists only for a square $M$, and even then it is a matrix, not
# the number $E$. As written, the slide's $E$ is an **error**. What it means is the sum of
# the squares of the entries, $E = \tfrac12\sum (A^{[2]} - Y)\odot(A^{[2]} - Y)
# = \tfrac12\operatorname{tr}\big((A^{[2]} - Y)^T(A^{[2]} - Y)\big) = \tfrac12\lVert A^{[2]} - Y\rVert_F^2$
# — what section 8 above used. It sums over the batch, bpkit averages: the factor $m$ is a
# **convention**. Its derivative, entry by entry, is $\partial E/\partial A^{[2]}_{ik} =
# (A^{[2]} - Y)_{ik}$: the slide's $E^{[2]}$.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# 행렬의 제곱 $M^2 = MM$은 정사각 행렬 $M$에서만 정의되고, 그때도 숫자 $E$가 아니라 행렬입니다.
# 적힌 그대로의 슬라이드 $E$는 **오류**입니다. 뜻하는 것은 원소 제곱의 합
# $E = \tfrac12\sum (A^{[2]} - Y)\odot(A^{[2]} - Y)
# = \tfrac12\operatorname{tr}\big((A^{[2]} - Y)^T(A^{[2]} - Y)\big) = \tfrac12\lVert A^{[2]} - Y\rVert_F^2$
# 이며, 위의 8절에서 쓴 것이 이것입니다. 이 $E$는 배치에 대해 더하고 bpkit은 평균하므로, 인수 $m$은
# **관례**의 차이입니다. 원소별로 미분하면 $\partial E/\partial A^{[2]}_{ik} =
# (A^{[2]} - Y)_{ik}$, 곧 슬라이드의 $E^{[2]}$입니다.

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 3. 오차함수의 행렬 미분 — what shape is $\partial Z/\partial W$?
#
# The deck's second learning goal, "오차함수의 행렬 표기에서 미분하는 방법을 학습한다"
# (how to differentiate the error in matrix notation), ends in
# $$\Delta W^{[2]} = \frac{\partial E}{\partial A^{[2]}} \cdot \frac{\partial A^{[2]}}{\partial Z^{[2]}} \cdot \frac{\partial Z^{[2]}}{\partial W^{[2]}}
#   = E^{[2]} \cdot g'(Z^{[2]}) \cdot \frac{\partial Z^{[2]}}{\partial W^{[2]}}
#   = E^{[2]} \cdot g'(Z^{[2]}) \cdot A^{[1] \cdot T}, \qquad Z^{[2]} = W^{[2]} A^{[1]}.$$
#
# **A question first.** $Z^{[2]}$ is $(2, 5)$ and $W^{[2]}$ is $(2, 4)$. How many numbers are
# in "$\partial Z^{[2]}/\partial W^{[2]}$" — the derivative of every entry of $Z$ by every
# entry of $W$? Can it be $A^{[1]T}$, a $(5, 4)$ matrix?
#
# The cell builds each factor by central differences of its own step ($E$ of $A$, $g$ of $Z$,
# $W A^{[1]}$ of $W$) — no formula used — then compares it with a closed form:

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 3. 오차함수의 행렬 미분 — $\partial Z/\partial W$는 어떤 모양인가?
#
# 강의 자료의 두 번째 학습 목표 "오차함수의 행렬 표기에서 미분하는 방법을 학습한다"는 다음 식으로
# 끝납니다.
# $$\Delta W^{[2]} = \frac{\partial E}{\partial A^{[2]}} \cdot \frac{\partial A^{[2]}}{\partial Z^{[2]}} \cdot \frac{\partial Z^{[2]}}{\partial W^{[2]}}
#   = E^{[2]} \cdot g'(Z^{[2]}) \cdot \frac{\partial Z^{[2]}}{\partial W^{[2]}}
#   = E^{[2]} \cdot g'(Z^{[2]}) \cdot A^{[1] \cdot T}, \qquad Z^{[2]} = W^{[2]} A^{[1]}.$$
#
# **먼저 질문입니다.** $Z^{[2]}$는 $(2, 5)$이고 $W^{[2]}$는 $(2, 4)$입니다. $Z$의 모든 원소를
# $W$의 모든 원소로 미분한 "$\partial Z^{[2]}/\partial W^{[2]}$"에는 숫자가 몇 개 있을까요?
# 그것이 $(5, 4)$ 행렬인 $A^{[1]T}$일 수 있을까요?
#
# 아래 셀은 각 인수를 그 단계 자신의 함수($A$의 함수인 $E$, $Z$의 함수인 $g$, $W$의 함수인
# $W A^{[1]}$)의 중심 차분으로 만들고(식은 전혀 쓰지 않습니다), 닫힌 형태의 식과 비교합니다:

# %% slideshow={"slide_type": "fragment"}
t = mc.chain_tensors(W2, fwd.A1, Y)           # ∂E/∂A, ∂A/∂Z, ∂Z/∂W of the batch above
rows = mc.tensor_table(t, W2, fwd.A1, Y)
assert all(row[-1] for row in rows)
assert mc.dZ_dW_exact()                       # SymPy, exactly: ∂(WA)_ab/∂W_jl = δ_aj A_lb
bp.Table(mc.tensor_head(), rows,
         caption=_("the chain's factors for W^[2]; entry [i, k, j, l] = ∂out_ik/∂in_jl"))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# $\partial Z/\partial W$ has $2\cdot5\cdot2\cdot4 = 80$ entries: a **4-index tensor**, not a
# matrix. Since $Z_{ab} = \sum_l W_{al}A_{lb}$, $\partial Z_{ab}/\partial W_{jl} = \delta_{aj}A_{lb}$:
# half the entries are 0, the rest are entries of $A^{[1]}$. Likewise $\partial A/\partial Z$
# has 100 entries and only the 10 with the same index on both sides are non-zero, because
# $g$ acts entry by entry: that is why that factor becomes the elementwise $\odot$. The
# chain is a sum over the shared indices — a **contraction**:
# $$\Delta W_{jl} = \sum_{a,b}\Big(\sum_{i,k}\frac{\partial E}{\partial A_{ik}}
#   \frac{\partial A_{ik}}{\partial Z_{ab}}\Big)\frac{\partial Z_{ab}}{\partial W_{jl}}
#   = \sum_b dZ_{jb}\,A_{lb} = \big(dZ\,A^T\big)_{jl}.$$

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# $\partial Z/\partial W$에는 원소가 $2\cdot5\cdot2\cdot4 = 80$개 있습니다. 행렬이 아니라
# **첨자 4개짜리 텐서**입니다. $Z_{ab} = \sum_l W_{al}A_{lb}$이므로 $\partial Z_{ab}/\partial W_{jl} = \delta_{aj}A_{lb}$입니다:
# 원소의 절반은 0이고 나머지는 $A^{[1]}$의 원소입니다. 마찬가지로 $\partial A/\partial Z$에는 원소가
# 100개 있는데, 양쪽 첨자가 같은 10개만 0이 아닙니다. $g$가 원소마다 작용하기 때문이며, 그래서 이
# 인수가 원소별 곱 $\odot$이 됩니다. 연쇄는 공유하는 첨자에 대한 합, 곧 **축약**입니다:
# $$\Delta W_{jl} = \sum_{a,b}\Big(\sum_{i,k}\frac{\partial E}{\partial A_{ik}}
#   \frac{\partial A_{ik}}{\partial Z_{ab}}\Big)\frac{\partial Z_{ab}}{\partial W_{jl}}
#   = \sum_b dZ_{jb}\,A_{lb} = \big(dZ\,A^T\big)_{jl}.$$

# %% slideshow={"slide_type": "fragment"}
dW2_chain = mc.contract(t)                    # np.einsum("ik,ikab,abjl->jl", ∂E/∂A, ∂A/∂Z, ∂Z/∂W)
assert np.allclose(dW2_chain, bwd.dZ2 @ fwd.A1.T) and np.allclose(dW2_chain, num[1])
print(_("the contraction is {shape}, equals dZ^[2]·A^[1]ᵀ and the finite-difference "
        "∂E/∂W^[2]: True", shape=dW2_chain.shape))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# So "$A^{[1]T}$" is shorthand for *contract with $\partial Z/\partial W$*, and the contraction
# puts it on the **right** of $dZ$. Which other placements would also give $\Delta W^{[2]}$?
# Guess, then run: our batch, and a square case (2 hidden units, 2 samples) where every
# product fits.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# 그러니까 "$A^{[1]T}$"는 *$\partial Z/\partial W$와 축약하라*를 줄여 쓴 것이고, 축약하면 그것이
# $dZ$의 **오른쪽**에 놓입니다. 다른 자리에 놓아도 $\Delta W^{[2]}$가 나올까요? 먼저 짐작해 보고
# 실행하세요. 이 노트북의 배치와, 모든 곱의 모양이 맞는 정사각 경우(은닉 뉴런 2개, 샘플 2개)를
# 봅니다.

# %% slideshow={"slide_type": "fragment"}
rows = mc.factor_orders(W2, fwd.A1, Y, _("batch: n₂ = 2, n₁ = 4, m = 5"))
rows += mc.factor_orders(W2[:, :2], fwd.A1[:2, :2], Y[:, :2], _("square: 2 × 2 everywhere"))
assert [row[-1] for row in rows] == [True, False, False, False] * 2
bp.Table(mc.order_head(), rows, caption=_("Aᵀ as a matrix factor, in four places"))

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# Only $dZ\,A^T$ is the gradient; $A^T dZ$ and $dZ \odot A^T$ do not fit the batch, and where
# they fit they give other numbers; $A\,dZ^T$ is $\Delta W^T$, bpkit's layout. The slide's
# last line is right, but its step "$\partial Z^{[2]}/\partial W^{[2]} = A^{[1]T}$", a matrix
# multiplied on, is an **error** of reasoning: the factor is a tensor, and $A^T$ appears only
# after contracting, in the one place the contraction puts it.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# 기울기는 $dZ\,A^T$뿐입니다. $A^T dZ$와 $dZ \odot A^T$는 배치에서 모양이 맞지 않고, 맞는 경우에도
# 다른 숫자를 줍니다. $A\,dZ^T$는 $\Delta W^T$, 곧 bpkit의 배열 방식입니다. 슬라이드의 마지막 줄은 맞지만,
# 그 사이의 단계 "$\partial Z^{[2]}/\partial W^{[2]} = A^{[1]T}$"를 행렬로 곱하는 것은 추론의
# **오류**입니다. 그 인수는 텐서이고, $A^T$는 축약한 뒤에야, 축약이 정해 주는 단 한 자리에 나타납니다.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## 8. 가중치 조정 — the update: a sign and α went missing
#
# The slide concludes
# $W^{[2]} := W^{[2]} - \alpha\,\Delta W^{[2]} = W^{[2]} + E^{[2]}\cdot g'(Z^{[2]})\cdot A^{[1]T}$
# (and the same for $W^{[1]}$ with $E^{[1]}$), with $E^{[2]} = A^{[2]} - Y$.
# With $E^{[2]} = A^{[2]} - Y$ that last step is **wrong**: the sign must stay minus. And
# $\alpha$ has vanished — the step with $\alpha = 1$ (section 2's SymPy), a convention the
# slide does not state. The right update is
#
# $$W^{[2]} := W^{[2]} - \alpha\,\big(E^{[2]} \odot g'(Z^{[2]})\big)A^{[1]T},\qquad
#   W^{[1]} := W^{[1]} - \alpha\,\big(E^{[1]} \odot g'(Z^{[1]})\big)A^{[0]T}.$$
#
# One step of each on our batch (α = 0.5 where there is one):

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 8. 가중치 조정 — 부호와 α가 사라졌다
#
# 슬라이드의 결론은
# $W^{[2]} := W^{[2]} - \alpha\,\Delta W^{[2]} = W^{[2]} + E^{[2]}\cdot g'(Z^{[2]})\cdot A^{[1]T}$
# 이고($W^{[1]}$도 $E^{[1]}$로 같은 꼴), 여기서 $E^{[2]} = A^{[2]} - Y$입니다.
# $E^{[2]} = A^{[2]} - Y$에서는 이 마지막 단계가 **틀렸습니다**. 부호는 빼기로 남아야 합니다. 그리고
# $\alpha$가 사라졌습니다. $\alpha = 1$로 한 걸음을 간 것이며(2절의 SymPy), 슬라이드가 밝히지 않은
# 관례입니다. 올바른 가중치 조정은 다음과 같습니다.
#
# $$W^{[2]} := W^{[2]} - \alpha\,\big(E^{[2]} \odot g'(Z^{[2]})\big)A^{[1]T},\qquad
#   W^{[1]} := W^{[1]} - \alpha\,\big(E^{[1]} \odot g'(Z^{[1]})\big)A^{[0]T}.$$
#
# 이 노트북의 배치에서 각각 한 걸음씩 갑니다(α가 있는 곳은 α = 0.5):

# %% slideshow={"slide_type": "fragment"}
E_before = mm.deck_loss(fwd.A2, Y)
updates = {_("slide: W + E·g'(Z)·Aᵀ, E = A − Y"): (+1, 1.0, +1),      # (sign, α, sign of E)
           _("right: W − α·(E ⊙ g'(Z))·Aᵀ, E = A − Y"): (-1, 0.5, +1),
           _("review: W + α·(E ⊙ g'(Z))·Aᵀ, E = Y − A"): (+1, 0.5, -1)}
E_after = {}
for name, (sign, lr, e_sign) in updates.items():   # E = Y − A flips dZ^[2] and dZ^[1]
    new_W1 = mm.update_columns(W1, e_sign * bwd.dZ1, A0, lr=lr, sign=sign)
    new_W2 = mm.update_columns(W2, e_sign * bwd.dZ2, fwd.A1, lr=lr, sign=sign)
    E_after[name] = mm.deck_loss(mm.forward_columns(new_W1, new_W2, A0).A2, Y)
slide, right, review = E_after.values()
assert slide > E_before > right and np.isclose(right, review)
bp.Table([_("update"), _("E before"), _("E after"), _("change")],
         [(name, f"{E_before:.5f}", f"{E:.5f}", f"{E - E_before:+.5f}") for name, E in E_after.items()])

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# The slide's update **climbs** the loss; gradient descent lowers it. With the review
# slide's error $E^{[2]} = Y - A^{[2]}$, "$W + \alpha\,(E\odot g'(Z))\,A^T$" is the very same
# step (third row): keep the sign and the definition of $E$ together, and keep $\alpha$.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# 슬라이드의 가중치 조정은 손실을 **올립니다**. 경사하강법(gradient descent)은 손실을 내립니다.
# 복습 슬라이드의 오차 $E^{[2]} = Y - A^{[2]}$로는 "$W + \alpha\,(E\odot g'(Z))\,A^T$"가 정확히 같은
# 걸음입니다(세 번째 행). 부호와 $E$의 정의는 함께 다니고, $\alpha$는 남겨 두어야 합니다.

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 8. E1 값 계산 — the lecture's "error backpropagation"
#
# Deck 004's slide on this step is an image; the rule is in the code of the course behind the
# deck, the KMOOC lecture "파이썬으로 배우는 기계학습" (Handong University). Its notebook for
# lecture 8-3 sends the output error back as `E1 = np.dot(W2.T, E2)` with `E2 = y − ŷ`, that is
# $E^{[1]} = W^{[2]T}E^{[2]}$ — the output error itself — and prints `E1` for its example:
# sigmoid units, no biases, `W1 = [[.1, .4], [.2, .2], [.3, 0]]`,
# `W2 = [[.3, .2, .1], [.2, .1, .1]]`, `x = [1, 0]`, `y = [1, 1]`.
#
# **Predict first, with a pen and a calculator** (before you run the next cells): the first
# entry of that `E1`. Go forward ($A^{[1]} = \sigma(W^{[1]}x)$, $\hat y = \sigma(W^{[2]}A^{[1]})$),
# then back, with four significant figures.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 8. E1 값 계산 — 강의의 "오차 역전파"
#
# 강의 자료 004에서 이 단계의 슬라이드는 그림이라서, 규칙은 강의 자료의 바탕이 된 강좌의 코드에
# 있습니다. KMOOC 강좌 "파이썬으로 배우는 기계학습"(한동대학교)의 8-3강 노트북은 출력 오차를
# `E2 = y − ŷ`일 때 `E1 = np.dot(W2.T, E2)`로 되돌려 보냅니다. 곧 $E^{[1]} = W^{[2]T}E^{[2]}$로
# 출력 오차 자체를 보내며, 예제에 대해 `E1`을 출력합니다. 예제는 시그모이드(sigmoid) 뉴런, 편향
# 없음, `W1 = [[.1, .4], [.2, .2], [.3, 0]]`, `W2 = [[.3, .2, .1], [.2, .1, .1]]`, `x = [1, 0]`,
# `y = [1, 1]`입니다.
#
# **먼저 펜과 계산기로 예측해 보세요**(다음 셀들을 실행하기 전에): 그 `E1`의 첫 번째 원소는
# 얼마일까요? 순전파($A^{[1]} = \sigma(W^{[1]}x)$, $\hat y = \sigma(W^{[2]}A^{[1]})$)를 한 다음
# 거꾸로 계산하고, 유효숫자 네 자리를 유지하세요.

# %% slideshow={"slide_type": "fragment"}
my_E1_first = ...   # your prediction: a number
ex.predict("E1_first", my_E1_first)

# %% slideshow={"slide_type": "fragment"}
W1_course = np.array([[.1, .4], [.2, .2], [.3, 0]])     # the course's columns: (3 hidden, 2 inputs)
W2_course = np.array([[.3, .2, .1], [.2, .1, .1]])      # (2 outputs, 3 hidden)
x_course, y_course = np.array([1.0, 0.0]), np.array([1.0, 1.0])
course = bp.MLP([2, 3, 2], activation="sigmoid", bias="none", seed=SEED)
course.weights = [W1_course.T, W2_course.T]             # bpkit's rows: the course's W transposed
E2_course = y_course - course.predict(x_course)         # the course's E2 = y − ŷ
E1_course = W2_course.T @ E2_course                     # the course's E1 = np.dot(W2.T, E2)
assert np.allclose(E1_course, [0.21501571, 0.1284819, 0.08653381], rtol=0, atol=5e-9)
print("E1 =", np.round(E1_course, 8), _("(the course's printed E1, to its 8 digits)"))

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# The course's notebook prints `E1 = [0.21501571, 0.1284819, 0.08653381]`: bpkit's forward pass
# gives the same numbers.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# 강좌의 노트북은 `E1 = [0.21501571, 0.1284819, 0.08653381]`을 출력합니다. bpkit의 순전파로 같은
# 숫자가 나옵니다.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# The chain rule says $E^{[1]} = W^{[2]T} dZ^{[2]}$ with $dZ^{[2]} = E^{[2]} \odot g'(Z^{[2]})$: the
# course's rule **drops $g'(Z^{[2]})$**. What does that cost? A gradient check tells which one
# is the gradient (sigmoid output, MSE).
#
# **Predict first** (before you run the next cells): with the course's $E^{[1]}$, which weight
# gradient is still the gradient of $E$? Answer `"both"`, `"W1"` (only $\Delta W^{[1]}$), `"W2"`
# (only $\Delta W^{[2]}$) or `"neither"`.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# 연쇄법칙에 따르면 $dZ^{[2]} = E^{[2]} \odot g'(Z^{[2]})$일 때 $E^{[1]} = W^{[2]T} dZ^{[2]}$입니다.
# 강의의 규칙은 **$g'(Z^{[2]})$를 빠뜨립니다**. 그 대가는 무엇일까요? 어느 쪽이 기울기인지는 기울기
# 검증(gradient check)이 알려 줍니다(시그모이드 출력, 평균제곱오차(MSE)).
#
# **먼저 예측해 보세요**(다음 셀들을 실행하기 전에): 강좌의 $E^{[1]}$을 쓰면 어느 가중치의 기울기가
# 여전히 $E$의 기울기일까요? `"both"`, `"W1"`($\Delta W^{[1]}$만), `"W2"`($\Delta W^{[2]}$만),
# `"neither"` 중 하나로 답하세요.

# %% slideshow={"slide_type": "fragment"}
my_lecture_grad = ...   # your prediction: "both", "W1", "W2" or "neither"
ex.predict("lecture_grad", my_lecture_grad)

# %% slideshow={"slide_type": "fragment"}
lecture = bp.check_gradients(net, X, T, backward=mm.lecture_backward)
exact = bp.check_gradients(net, X, T, backward=mm.exact_backward)
assert exact.ok and [r.status for r in lecture] == ["wrong", "ok"]
bp.Table([_("weights"), _("lecture: E^[1] = W^[2]ᵀE^[2]"), _("verdict"),
          _("exact: E^[1] = W^[2]ᵀdZ^[2]"), _("verdict")],
         [(f"W^[{l + 1}] (bpkit {r.name})",
           f"{r.max_rel_error:.1e}" if r.max_rel_error > 1e-6 else "< 1e-6",
           verdict_text(r.status),
           f"{e.max_rel_error:.1e}" if e.max_rel_error > 1e-6 else "< 1e-6",
           verdict_text(e.status))
          for l, (r, e) in enumerate(zip(lecture, exact))],
         caption=_("gradient check: max relative error against central differences"))

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# $\Delta W^{[2]}$ is right either way (it uses $dZ^{[2]}$); $\Delta W^{[1]}$ of the
# lecture's rule is not the gradient.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# $\Delta W^{[2]}$는 어느 쪽이든 맞습니다($dZ^{[2]}$를 쓰기 때문입니다). 강의 규칙의
# $\Delta W^{[1]}$은 기울기가 아닙니다.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## Where the lecture's rule is exact
#
# For a **sigmoid output with cross-entropy** (bce), a **softmax output with softmax
# cross-entropy** and an **identity output with MSE**, the chain rule collapses:
# $dZ^{[2]} = A^{[2]} - Y = E^{[2]}$ (per sample; bpkit's mean adds $1/m$). Notebook 03 derives
# the sigmoid case, notebook 05 (section 7) the softmax and identity cases. There
# $W^{[2]T}E^{[2]}$ *is* $W^{[2]T}dZ^{[2]}$, and the lecture's rule is the gradient.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 강의의 규칙이 정확한 경우
#
# **교차 엔트로피(cross-entropy, bce)를 쓰는 시그모이드 출력**, **소프트맥스 교차 엔트로피를 쓰는
# 소프트맥스(softmax) 출력**, **MSE를 쓰는 항등 출력**에서는 연쇄법칙이 간단해져서
# $dZ^{[2]} = A^{[2]} - Y = E^{[2]}$가 됩니다(샘플마다. bpkit의 평균은 $1/m$을 붙입니다). 시그모이드의
# 경우는 노트북 03에서, 소프트맥스와 항등 함수의 경우는 노트북 05(7절)에서 유도합니다. 이 경우에는
# $W^{[2]T}E^{[2]}$가 *곧* $W^{[2]T}dZ^{[2]}$이고, 강의의 규칙이 기울기입니다.

# %% slideshow={"slide_type": "fragment"}
pairs = [("sigmoid", "mse"), ("sigmoid", "bce"), ("softmax", "softmax_ce"), ("identity", "mse")]
table = []
for out_act, loss in pairs:
    pair_net = bp.MLP([3, 4, 2], output_activation=out_act, loss=loss, bias="none", seed=SEED)
    T_pair = bp.one_hot(rng.integers(0, 2, 5), 2) if loss == "softmax_ce" else T
    p = mm.columns_of(pair_net)
    cf = mm.forward_columns(p["W1"], p["W2"], A0, output_activation=out_act)
    cb = mm.backward_columns(p["W2"], A0, T_pair.T, cf, output_activation=out_act, loss=loss)
    report = bp.check_gradients(pair_net, X, T_pair, backward=mm.lecture_backward)
    table.append((f"{out_act} + {loss}", np.allclose(cb.dZ2, cb.E2),
                  f"{report.max_rel_error:.1e}" if report.max_rel_error > 1e-6 else "< 1e-6",
                  verdict_text(report[0].status)))
assert [row[1] for row in table] == [False, True, True, True]
bp.Table([_("output + loss"), "dZ^[2] = E^[2]", _("lecture rule: max rel. error"),
          _("ΔW^[1] verdict")], table)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Deck 004, line by line: errors and conventions
#
# An **error** is a line that code refutes; a **convention** is a choice the rest of the
# slide must then keep. Each verdict was proved above, in the section named.
#
# | slide | as written | verdict | proved in |
# |---|---|---|---|
# | 2. 복습 | $w_{jk}$ with $z_k = \sum_j w_{jk} a_j$, beside the matrix $W^{[2]}$ | convention: $w_{jk}$ is entry $(k, j)$ of $W^{[2]}$ | 1–4단계 (SymPy) |
# | 2. 복습 | $\frac{\partial}{\partial w_{jk}} \left(\sum_j w_{jk} \cdot a_j \right)$ | notation slip: $j$ is both the sum's index and the fixed one | 1–4단계 (sum over $r$) |
# | 2. 복습, 1–4단계 | $\frac{\partial E}{\partial W^{[2]}} = -E^{[2]} \cdot g'(Z^{[2]}) \cdot A^{[1]T}$, error $y - \hat y$ | right, for any $g$ | 1–4단계 (SymPy) |
# | 2. 결론 | $W^{[2]} - \alpha \frac{\partial E}{\partial W^{[2]}} = W^{[2]} + E^{[2]} \cdot g'(Z^{[2]}) \cdot A^{[1]T}$ | convention: $\alpha = 1$, unstated | 1–4단계 (SymPy solves for $\alpha$) |
# | 3. | $E^{[2]} := (A^{[2]} - Y)$ after the review's $y - \hat y$ | convention: either sign is right with its own formula | which sign (central differences) |
# | 3. | $E = \frac{1}{2} (A^{[2]} - Y)^2$ | error as written: no square of a $2\times5$ matrix; means $\tfrac12\sum(A - Y)\odot(A - Y)$ | can a matrix be squared? |
# | 3. | $E$ summed over the batch (bpkit: the mean) | convention: $\Delta W_\text{deck} = m\,dW_\text{bpkit}^T$ | every shape; $E$ squared |
# | 3. | one "$\cdot$" in $E^{[2]} \cdot g'(Z^{[2]}) \cdot A^{[1]T}$ | notation: the first is $\odot$, the second a matrix product | "·" is ⊙ |
# | 3. | $\frac{\partial Z^{[2]}}{\partial W^{[2]}}$ as the matrix $A^{[1]T}$ | error of reasoning: a 4-index tensor; $A^T$ comes from a contraction, on the right of $dZ$ | what shape is ∂Z/∂W? |
# | 3. | $A^{[1] \cdot T}$ | typo for $A^{[1]T}$ | — |
# | 8. 가중치 조정 | $W^{[2]} + E^{[2]} \cdot g'(Z^{[2]}) \cdot A^{[1]T}$ with $E^{[2]} = A^{[2]} - Y$ | error: the step climbs the loss | the update |
# | 8. E1 (course code) | `E1 = np.dot(W2.T, E2)` | the gradient only where $dZ^{[2]} = E^{[2]}$ | gradient check; three pairs |

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 강의 자료 004를 한 줄씩: 오류와 관례
#
# **오류**는 코드가 반박하는 줄이고, **관례**는 그 슬라이드의 나머지가 계속 지켜야 하는 선택입니다.
# 각 판정은 위의 해당 절에서 증명했습니다.
#
# | 슬라이드 | 적힌 내용 | 판정 | 증명한 곳 |
# |---|---|---|---|
# | 2. 복습 | 행렬 $W^{[2]}$ 옆의 $z_k = \sum_j w_{jk} a_j$의 $w_{jk}$ | 관례: $w_{jk}$는 $W^{[2]}$의 $(k, j)$ 원소 | 1–4단계 (SymPy) |
# | 2. 복습 | $\frac{\partial}{\partial w_{jk}} \left(\sum_j w_{jk} \cdot a_j \right)$ | 표기 실수: $j$가 합의 첨자이면서 고정된 첨자 | 1–4단계 ($r$에 대한 합) |
# | 2. 복습, 1–4단계 | $\frac{\partial E}{\partial W^{[2]}} = -E^{[2]} \cdot g'(Z^{[2]}) \cdot A^{[1]T}$, 오차 $y - \hat y$ | 맞음, 어떤 $g$에서나 | 1–4단계 (SymPy) |
# | 2. 결론 | $W^{[2]} - \alpha \frac{\partial E}{\partial W^{[2]}} = W^{[2]} + E^{[2]} \cdot g'(Z^{[2]}) \cdot A^{[1]T}$ | 관례: 밝히지 않은 $\alpha = 1$ | 1–4단계 (SymPy가 $\alpha$를 구함) |
# | 3. | 복습의 $y - \hat y$ 다음에 쓴 $E^{[2]} := (A^{[2]} - Y)$ | 관례: 어느 부호든 자기 식과 함께면 맞음 | 어떤 부호인가 (중심 차분) |
# | 3. | $E = \frac{1}{2} (A^{[2]} - Y)^2$ | 적힌 그대로는 오류: $2\times5$ 행렬은 제곱할 수 없음. 뜻은 $\tfrac12\sum(A - Y)\odot(A - Y)$ | 행렬을 제곱할 수 있을까? |
# | 3. | 배치에 대해 더한 $E$ (bpkit: 평균) | 관례: $\Delta W_\text{deck} = m\,dW_\text{bpkit}^T$ | 모든 모양; $E$의 제곱 |
# | 3. | $E^{[2]} \cdot g'(Z^{[2]}) \cdot A^{[1]T}$의 같은 "$\cdot$" | 표기: 첫째는 $\odot$, 둘째는 행렬 곱 | "·"는 ⊙ |
# | 3. | 행렬 $A^{[1]T}$로 쓴 $\frac{\partial Z^{[2]}}{\partial W^{[2]}}$ | 추론의 오류: 첨자 4개짜리 텐서이며, $A^T$는 축약에서 $dZ$의 오른쪽에 나옴 | ∂Z/∂W는 어떤 모양인가? |
# | 3. | $A^{[1] \cdot T}$ | $A^{[1]T}$의 오타 | — |
# | 8. 가중치 조정 | $E^{[2]} = A^{[2]} - Y$일 때 $W^{[2]} + E^{[2]} \cdot g'(Z^{[2]}) \cdot A^{[1]T}$ | 오류: 한 걸음이 손실을 올림 | 가중치 조정 |
# | 8. E1 (강좌 코드) | `E1 = np.dot(W2.T, E2)` | $dZ^{[2]} = E^{[2]}$인 경우에만 기울기 | 기울기 검증; 세 짝 |

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Exercises
#
# Write the deck's formulas in numpy, samples as columns, for a sigmoid output and
# $E = \tfrac12\sum(A - Y)^2$. Fill in each function, run the cell, then run the check below it.
# (`*` is ⊙, `@` is the matrix product, `A.T` is $A^T$.)
#
# **Exercise 1.** `my_dZ2(A2, Y, Z2)` returns $dZ^{[2]} = E^{[2]} \odot g'(Z^{[2]})$ with
# $E^{[2]} = A^{[2]} - Y$, shape $(n_2, m)$.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 연습 문제
#
# 시그모이드 출력과 $E = \tfrac12\sum(A - Y)^2$에 대해, 샘플을 열로 두고 강의 자료의 식을 numpy로
# 쓰세요. 함수를 채우고 셀을 실행한 다음, 그 아래의 검사 셀을 실행하세요.
# (`*`는 ⊙, `@`는 행렬 곱, `A.T`는 $A^T$입니다.)
#
# **연습 문제(exercise) 1.** `my_dZ2(A2, Y, Z2)`는 $E^{[2]} = A^{[2]} - Y$일 때
# $dZ^{[2]} = E^{[2]} \odot g'(Z^{[2]})$를 반환합니다. 모양은 $(n_2, m)$입니다.

# %% slideshow={"slide_type": "fragment"}
def my_dZ2(A2, Y, Z2):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_dZ2(my_dZ2)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **Exercise 2.** `my_dW(dZ, A_in)` returns $\Delta W = dZ\,A_\text{in}^T$ for one layer:
# `dZ` is $(n_\text{out}, m)$, `A_in` (the layer's input) is $(n_\text{in}, m)$, and $\Delta W$
# has the shape of the deck's $W$, $(n_\text{out}, n_\text{in})$.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **연습 문제 2.** `my_dW(dZ, A_in)`은 한 층의 $\Delta W = dZ\,A_\text{in}^T$를 반환합니다.
# `dZ`는 $(n_\text{out}, m)$, `A_in`(그 층의 입력)은 $(n_\text{in}, m)$이고, $\Delta W$는 강의 자료의
# $W$와 같은 모양 $(n_\text{out}, n_\text{in})$입니다.

# %% slideshow={"slide_type": "fragment"}
def my_dW(dZ, A_in):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_dW(my_dW)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **Exercise 3.** `my_update(W2, A1, A2, Y, lr)` returns the new $W^{[2]}$ after one step of
# gradient descent with $E^{[2]} = A^{[2]} - Y$ and learning rate `lr` — the update the slide
# should have written. The check tells you what your step did to $E$.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **연습 문제 3.** `my_update(W2, A1, A2, Y, lr)`은 $E^{[2]} = A^{[2]} - Y$와 학습률(learning rate)
# `lr`로 경사하강법을 한 걸음 간 뒤의 새 $W^{[2]}$를 반환합니다. 슬라이드가 썼어야 할 가중치
# 조정입니다. 검사 셀이 여러분의 한 걸음이 $E$를 어떻게 바꾸었는지 알려 줍니다.

# %% slideshow={"slide_type": "fragment"}
def my_update(W2, A1, A2, Y, lr):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_update(my_update)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **Exercise 4 · a bias in the column model.** Deck 004 has no biases. Add one to the output
# layer, $Z = W A + b$, added to every sample's column. `dZ` is $\partial E/\partial Z$,
# $(n_\text{out}, m)$, for the deck's $E$ summed over the batch. `bias_grad(dZ, shared)` returns
# $\partial E/\partial b$: with `shared=False` each unit $k$ has its own $b_k$ (deck 003); with
# `shared=True` one $b$ serves every unit of the layer (deck 002). Which entries of $Z$ does
# each $b$ touch? The check tries four batches, one of them square.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **연습 문제 4 · 열 모델의 편향.** 강의 자료 004에는 편향이 없습니다. 출력층에 편향을 넣어
# $Z = W A + b$로 두고, $b$를 모든 샘플의 열에 더합니다. `dZ`는 배치 전체를 더한 강의 자료의 $E$에
# 대한 $\partial E/\partial Z$이고 모양은 $(n_\text{out}, m)$입니다. `bias_grad(dZ, shared)`는
# $\partial E/\partial b$를 반환합니다. `shared=False`이면 뉴런 $k$마다 자기 $b_k$가 있고(강의 자료 003),
# `shared=True`이면 $b$ 하나를 층의 모든 뉴런이 함께 씁니다(강의 자료 002). 각 $b$는 $Z$의 어느 원소에
# 들어갈까요? 검사는 배치 네 개를 시험하며, 그중 하나는 정사각 행렬입니다.

# %% slideshow={"slide_type": "fragment"}
def bias_grad(dZ, shared):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_bias_grad(bias_grad)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Summary
#
# - Deck 004's matrix model puts samples in columns: $Z^{[l]} = W^{[l]}A^{[l-1]}$,
#   $dZ = E \odot g'(Z)$, $E^{[1]} = W^{[2]T}dZ^{[2]}$, $\Delta W = dZ\,A^T$ — one matrix
#   product per layer for the whole batch, with $\Delta W$ shaped like $W$.
# - It is bpkit's row convention transposed: $(WA)^T = A^TW^T$, proved entry by entry for
#   every size; the deck's $E$ sums over the batch, bpkit's averages, so the deck's gradients
#   are $m$ times bpkit's.
# - In the chain $\frac{\partial E}{\partial A}\cdot\frac{\partial A}{\partial Z}\cdot
#   \frac{\partial Z}{\partial W}$ the last two factors are 4-index tensors; contracting them
#   gives $(E\odot g'(Z))\,A^T$. $\partial Z/\partial W$ is not the matrix $A^T$; the $A^T$
#   belongs on the right of $dZ$, and anywhere else the shapes fail or the numbers differ.
# - The review's 1–4단계 hold for any $g$ (SymPy), with $w_{jk}$ the entry $(k, j)$ of
#   $W^{[2]}$; $E = \tfrac12(A - Y)^2$ squares no matrix: it is $\tfrac12\sum(A-Y)\odot(A-Y)$.
# - The sign goes with the error: $\partial E/\partial W^{[2]} = -(Y-A)\odot g'\,A^T =
#   (A-Y)\odot g'\,A^T$. With $E^{[2]} = A^{[2]} - Y$ the update is
#   $W - \alpha\,(E^{[2]}\odot g'(Z^{[2]}))A^{[1]T}$; the slide's $W + E\cdot g'\cdot A^T$ climbs the loss.
# - The course's code (KMOOC "파이썬으로 배우는 기계학습", lecture 8-3) sends back
#   $E^{[1]} = W^{[2]T}E^{[2]}$, which drops $g'(Z^{[2]})$: it is the gradient only where
#   $dZ^{[2]} = E^{[2]}$ — sigmoid + cross-entropy, softmax + cross-entropy, identity + MSE.
#   A gradient check tells.
# - Next, notebook 07: these formulas train a net on real handwritten digits, and the
#   lecture's rule shows what it costs.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 정리
#
# - 강의 자료 004의 행렬 모델은 샘플을 열로 둔다: $Z^{[l]} = W^{[l]}A^{[l-1]}$,
#   $dZ = E \odot g'(Z)$, $E^{[1]} = W^{[2]T}dZ^{[2]}$, $\Delta W = dZ\,A^T$. 배치 전체에 대해 층마다
#   행렬 곱 한 번이고, $\Delta W$는 $W$와 같은 모양이다.
# - 이것은 bpkit의 행 관례를 전치한 것이다: $(WA)^T = A^TW^T$를 모든 크기에 대해 원소별로 증명했다.
#   강의 자료의 $E$는 배치에 대해 더하고 bpkit은 평균하므로, 강의 자료의 기울기는 bpkit의 $m$배다.
# - 연쇄 $\frac{\partial E}{\partial A}\cdot\frac{\partial A}{\partial Z}\cdot
#   \frac{\partial Z}{\partial W}$에서 뒤의 두 인수는 첨자 4개짜리 텐서이며, 축약하면
#   $(E\odot g'(Z))\,A^T$가 된다. $\partial Z/\partial W$는 행렬 $A^T$가 아니다. $A^T$는 $dZ$의
#   오른쪽에 놓여야 하고, 다른 자리에서는 모양이 맞지 않거나 숫자가 달라진다.
# - 복습의 1–4단계는 어떤 $g$에서나 성립하며(SymPy), $w_{jk}$는 $W^{[2]}$의 $(k, j)$ 원소다.
#   $E = \tfrac12(A - Y)^2$는 행렬을 제곱하는 것이 아니라 $\tfrac12\sum(A-Y)\odot(A-Y)$다.
# - 부호는 오차와 짝을 이룬다: $\partial E/\partial W^{[2]} = -(Y-A)\odot g'\,A^T =
#   (A-Y)\odot g'\,A^T$. $E^{[2]} = A^{[2]} - Y$이면 가중치 조정은
#   $W - \alpha\,(E^{[2]}\odot g'(Z^{[2]}))A^{[1]T}$이고, 슬라이드의 $W + E\cdot g'\cdot A^T$는 손실을 올린다.
# - 강좌 코드(KMOOC "파이썬으로 배우는 기계학습", 8-3강)는 $E^{[1]} = W^{[2]T}E^{[2]}$를 되돌려
#   보내며 $g'(Z^{[2]})$를 빠뜨린다. 이것이 기울기인 경우는 $dZ^{[2]} = E^{[2]}$일 때, 곧 시그모이드 +
#   교차 엔트로피, 소프트맥스 + 교차 엔트로피, 항등 함수 + MSE뿐이다. 기울기 검증이 알려 준다.
# - 다음 노트북 07에서는 이 식들로 실제 손글씨 숫자를 학습하는 신경망을 훈련하고, 강의의 규칙이
#   치르는 대가를 본다.

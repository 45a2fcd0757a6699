# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# # 04 · Backprop, calculated — 오차역전파 계산하기
#
# Follows deck 002, **"오차역전파 계산하기"** (Backprop, calculated) by JongSeobJ, slide by slide:
#
# | deck 002 section | in English |
# |---|---|
# | 0. 모델 모형 | 0. the model |
# | 1. 변수 설명 | 1. the variables (weights, net, out, the error E_Total) |
# | 2. $W_{HO}$ | 2. gradients of the hidden → output weights, and b2 |
# | 3. $W_{IH}$ | 3. gradients of the input → hidden weights, and b1 |
# | 4. 구현 | 4. implementation: the same step in matrix form |
#
# The deck names every quantity but gives no numbers; this notebook puts in the series'
# numbers (`bpkit.lessons.examples.deck002()`) so that every step can be redone with a pen.
# The inputs 0.05, 0.10, the targets 0.01, 0.99, the biases b1 = 0.35, b2 = 0.60 and the
# learning rate 0.5 are those of Matt Mazur's widely used worked example, "A Step by Step
# Backpropagation Example" (2015), a 2-2-2 net; the series extends it to deck 002's three
# inputs (x₃ = 0.15) and four hidden units, with weights in steps of 0.05 as his are.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# # 04 · 오차역전파 계산하기 (Backprop, calculated)
#
# 강의 자료(deck) 002, JongSeobJ의 **오차역전파 계산하기**를 슬라이드 순서대로 따라갑니다.
#
# | 강의 자료 002의 절 | 다루는 내용 |
# |---|---|
# | 0. 모델 모형 | 0. 모델 |
# | 1. 변수 설명 | 1. 변수(가중치, net, out, 오차 E_Total) |
# | 2. $W_{HO}$ | 2. 은닉층(hidden layer) → 출력층(output layer) 가중치의 기울기, 그리고 b2 |
# | 3. $W_{IH}$ | 3. 입력층 → 은닉층 가중치의 기울기, 그리고 b1 |
# | 4. 구현 | 4. 구현: 같은 계산을 행렬로 |
#
# 강의 자료는 모든 양에 이름을 붙이지만 숫자는 주지 않습니다. 이 노트북은 이 시리즈의 숫자
# (`bpkit.lessons.examples.deck002()`)를 넣어, 모든 단계를 펜으로 다시 계산할 수 있게 합니다.
# 입력 0.05, 0.10, 목표값(target) 0.01, 0.99, 편향(bias) b1 = 0.35, b2 = 0.60, 학습률(learning rate)
# 0.5는 널리 쓰이는 Matt Mazur의 예제 "A Step by Step Backpropagation Example"(2015, 2-2-2
# 신경망)의 값입니다. 이 시리즈는 그 예제를 강의 자료 002의 입력 세 개(x₃ = 0.15)와 은닉 뉴런(unit) 네
# 개로 넓혔고, 가중치는 그의 예제처럼 0.05 간격입니다.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## Learning goals
#
# You will be able to …
#
# 1. compute a forward pass of a small sigmoid net by hand: $net_H$, $out_H$, $net_O$,
#    $out_O$, $E_{Total}$;
# 2. compute every gradient of it by the chain rule — $\delta_O$, $\partial E/\partial w'$,
#    $\delta_H$, $\partial E/\partial w$, and the shared biases b1, b2 — and do one update;
# 3. write the same step with matrices (outer products and ⊙) and see it equal the hand tables;
# 4. spot a wrong formula on a slide and prove the right one with finite differences.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 학습 목표
#
# 이 노트북을 마치면 다음을 할 수 있습니다.
#
# 1. 작은 시그모이드(sigmoid) 신경망의 순전파(forward pass)를 손으로 계산합니다: $net_H$, $out_H$,
#    $net_O$, $out_O$, $E_{Total}$.
# 2. 그 신경망의 모든 기울기(gradient)를 연쇄법칙(chain rule)으로 계산하고 — $\delta_O$,
#    $\partial E/\partial w'$, $\delta_H$, $\partial E/\partial w$, 공유 편향 b1, b2 — 한 번 업데이트합니다.
# 3. 같은 단계를 행렬(외적(outer product)과 ⊙)로 쓰고, 손으로 만든 표와 같음을 확인합니다.
# 4. 슬라이드의 틀린 식을 찾아내고, 올바른 식을 수치 미분(numerical differentiation)으로 증명합니다.

# %% slideshow={"slide_type": "skip"}
# %matplotlib inline
import matplotlib.pyplot as plt
import numpy as np
import sympy as sp

import bpkit as bp
from bpkit.exercises import nb04 as ex
from bpkit.figures.net342 import draw_net342
from bpkit.i18n import _
from bpkit.lessons import handcalc, notation
from bpkit.lessons.examples import deck002

bp.set_language("en")

SEED = 0
rng = np.random.default_rng(SEED)  # unused: every number here is deck 002's, nothing is sampled
plt.rcParams.update({"figure.dpi": 80})

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
# ## 0. 모델 모형 — The model
#
# "설명을 위해 3개의 인풋과 4개의 히든 레이어, 2개의 아웃풋으로 구성된 신경망입니다."
# Three inputs, **four hidden units** and two outputs. (The slide says 4 hidden *layers*
# (히든 레이어); it means one hidden layer of 4 units: there is one $W_{IH}$ and one $W_{HO}$.)
# Every unit is a sigmoid; each layer has **one shared bias**: b1 for all hidden units, b2 for
# both outputs.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 0. 모델 모형
#
# "설명을 위해 3개의 인풋과 4개의 히든 레이어, 2개의 아웃풋으로 구성된 신경망입니다."
# 입력 세 개, **은닉 뉴런 네 개**, 출력 두 개입니다. (슬라이드는 히든 *레이어* 4개라고 쓰지만,
# 뉴런 4개로 된 은닉층 하나를 뜻합니다: $W_{IH}$와 $W_{HO}$가 하나씩뿐입니다.)
# 모든 뉴런은 시그모이드이고, 층마다 **공유 편향이 하나**입니다: 은닉 뉴런 전체에 b1, 두 출력에 b2.

# %% slideshow={"slide_type": "fragment"}
draw_net342()
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 1. 변수 설명 — The variables
#
# $w_{ij}$: from input $i$ to hidden unit $j$; $w'_{ij}$: from hidden unit $i$ to output $j$.
# bpkit stores them the same way round: `net.weights[0]` is $W_{IH}$ (3 × 4), `net.weights[1]`
# is $W_{HO}$ (4 × 2). `HandCalc` runs bpkit's forward and backward pass once and prints its
# records as tables in the deck's symbols.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 1. 변수 설명
#
# $w_{ij}$: 입력 $i$에서 은닉 뉴런 $j$로 가는 가중치(weight), $w'_{ij}$: 은닉 뉴런 $i$에서 출력 $j$로
# 가는 가중치. bpkit도 같은 방향으로 저장합니다: `net.weights[0]`이 $W_{IH}$(3 × 4),
# `net.weights[1]`이 $W_{HO}$(4 × 2)입니다. `HandCalc`는 bpkit의 순전파와 역전파(backward pass)를 한 번 실행하고,
# 그 기록을 강의 자료의 기호로 된 표로 보여 줍니다.

# %% slideshow={"slide_type": "fragment"}
net, x, target, lr = deck002()
hand = handcalc.HandCalc(net, x, target)
hand.given(lr)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# $$W_{IH} = \begin{pmatrix} w_{11} & w_{12} & w_{13} & w_{14} \\ w_{21} & w_{22} & w_{23} & w_{24} \\
#   w_{31} & w_{32} & w_{33} & w_{34} \end{pmatrix}, \qquad
#   W_{HO} = \begin{pmatrix} w'_{11} & w'_{12} \\ w'_{21} & w'_{22} \\ w'_{31} & w'_{32} \\
#   w'_{41} & w'_{42} \end{pmatrix}$$

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# $$W_{IH} = \begin{pmatrix} w_{11} & w_{12} & w_{13} & w_{14} \\ w_{21} & w_{22} & w_{23} & w_{24} \\
#   w_{31} & w_{32} & w_{33} & w_{34} \end{pmatrix}, \qquad
#   W_{HO} = \begin{pmatrix} w'_{11} & w'_{12} \\ w'_{21} & w'_{22} \\ w'_{31} & w'_{32} \\
#   w'_{41} & w'_{42} \end{pmatrix}$$

# %% slideshow={"slide_type": "fragment"}
display(hand.weights(1), hand.weights(2))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### Forward: the hidden layer
#
# $$net_{H1} = b1 + x_1 w_{11} + x_2 w_{21} + x_3 w_{31}, \qquad
#   out_{Hi} = \frac{1}{1 + e^{-net_{Hi}}}$$
#
# Values are shown with 4 decimals (at least 4 significant digits) and computed at full
# precision, so your pen may differ from the table in the last digit.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 순전파: 은닉층
#
# $$net_{H1} = b1 + x_1 w_{11} + x_2 w_{21} + x_3 w_{31}, \qquad
#   out_{Hi} = \frac{1}{1 + e^{-net_{Hi}}}$$
#
# 값은 소수 넷째 자리까지(유효숫자는 적어도 4자리) 보여 주고, 계산은 전체 정밀도로 합니다.
# 그래서 펜으로 계산한 값은 표와 마지막 자리에서 다를 수 있습니다.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# **Predict, then reveal.** Work out with a pen, before you run the next cells: $net_{H1}$ from
# the given numbers and $W_{IH}$, then $out_{H1}$. Write each answer in place of `...` (four
# significant figures are enough); the table after it shows the exact value.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# **예측한 뒤 확인하기.** 다음 셀들을 실행하기 전에 펜으로 계산해 보세요. 주어진 숫자와 $W_{IH}$로
# $net_{H1}$을, 이어서 $out_{H1}$을 구합니다. `...` 자리에 답을 적으세요(유효숫자 네 자리면
# 충분합니다). 그 아래의 표가 정확한 값을 보여 줍니다.

# %% slideshow={"slide_type": "fragment"}
my_net_H1 = ...   # your prediction: a number
ex.predict("net_H1", my_net_H1)

# %% slideshow={"slide_type": "fragment"}
hand.net_hidden()

# %% slideshow={"slide_type": "fragment"}
my_out_H1 = ...   # your prediction: a number
ex.predict("out_H1", my_out_H1)

# %% slideshow={"slide_type": "fragment"}
hand.out_hidden()

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### Forward: the output layer
#
# $$net_{O1} = b2 + out_{H1} w'_{11} + out_{H2} w'_{21} + out_{H3} w'_{31} + out_{H4} w'_{41},
#   \qquad out_{Oi} = \frac{1}{1 + e^{-net_{Oi}}}$$

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 순전파: 출력층
#
# $$net_{O1} = b2 + out_{H1} w'_{11} + out_{H2} w'_{21} + out_{H3} w'_{31} + out_{H4} w'_{41},
#   \qquad out_{Oi} = \frac{1}{1 + e^{-net_{Oi}}}$$

# %% slideshow={"slide_type": "fragment"}
hand.net_output()

# %% slideshow={"slide_type": "fragment"}
hand.out_output()

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### 에러함수 — The error function
#
# $$E_{Total} = \frac{1}{2}\sum (target - out)^2
#   = \frac{1}{2}\{(target_1 - out_{O1})^2 + (target_2 - out_{O2})^2\}$$
#
# bpkit's `"mse"` loss is this ½Σ (mean over a batch, which for one sample is the same).

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 에러함수 — 오차함수(error function)
#
# $$E_{Total} = \frac{1}{2}\sum (target - out)^2
#   = \frac{1}{2}\{(target_1 - out_{O1})^2 + (target_2 - out_{O2})^2\}$$
#
# bpkit의 `"mse"` 손실이 바로 이 ½Σ, 즉 오차제곱합(sum of squared errors)입니다(배치에서는
# 평균을 내는데, 샘플 하나에서는 같습니다).

# %% slideshow={"slide_type": "fragment"}
display(hand.error())
assert np.isclose(net.loss(x, target), hand.E_Total)
print(_("bpkit's net.loss(x, target) = {E:.4f}: the same E_Total", E=net.loss(x, target)))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 2. $W_{HO}$ — The output weights
#
# $$\frac{\partial E_{Total}}{\partial w'_{11}} = \frac{\partial E_{Total}}{\partial out_{O1}}
#   \times \frac{\partial out_{O1}}{\partial net_{O1}} \times \frac{\partial net_{O1}}{\partial w'_{11}}
#   = \underbrace{(out_{O1} - target_1)}_{(1)}\;\underbrace{out_{O1}(1 - out_{O1})}_{(2)}\;
#   \underbrace{out_{H1}}_{(3)}$$
#
# Two notation slips on these slides: the deck writes $y_1, y_2$ in (1) and in δ for the
# targets that $E_{Total}$ calls $target_1, target_2$ (same thing), and $out_{01}$ with a
# digit zero for $out_{O1}$. SymPy confirms (1) and (2):

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 2. $W_{HO}$ — 출력층 가중치
#
# $$\frac{\partial E_{Total}}{\partial w'_{11}} = \frac{\partial E_{Total}}{\partial out_{O1}}
#   \times \frac{\partial out_{O1}}{\partial net_{O1}} \times \frac{\partial net_{O1}}{\partial w'_{11}}
#   = \underbrace{(out_{O1} - target_1)}_{(1)}\;\underbrace{out_{O1}(1 - out_{O1})}_{(2)}\;
#   \underbrace{out_{H1}}_{(3)}$$
#
# 이 슬라이드들에는 표기 실수가 두 가지 있습니다. 강의 자료는 (1)과 δ에서 $E_{Total}$이
# $target_1, target_2$라고 부르는 목표값을 $y_1, y_2$라고 쓰고(같은 것입니다), $out_{O1}$을 숫자 0을
# 넣어 $out_{01}$이라고 씁니다. SymPy로 (1)과 (2)를 확인합니다.

# %% slideshow={"slide_type": "fragment"}
out_O1, target_1, net_O1 = sp.symbols("out_O1 target_1 net_O1")
E = sp.Rational(1, 2) * (target_1 - out_O1) ** 2
sigma = 1 / (1 + sp.exp(-net_O1))
assert sp.cancel(sp.diff(sigma, net_O1) - sigma * (1 - sigma)) == 0
print("(1)  dE/d out_O1 =", sp.diff(E, out_O1))
print(_("(2)  d out_O1/d net_O1 = out_O1(1 - out_O1): σ'(s) − σ(s)(1 − σ(s)) cancels to 0"))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### δ_O
#
# (1)·(2) is the part every weight into output $O_1$ shares; the deck names it
# $\delta_{O1} = (out_{O1} - target_1)\,out_{O1}(1 - out_{O1})$ (in general
# $\delta_{O} = \partial E_{Total}/\partial net_{O}$). Then
# $\partial E_{Total}/\partial w'_{ij} = \delta_{Oj}\, out_{Hi}$.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### δ_O
#
# (1)·(2)는 출력 $O_1$로 들어가는 모든 가중치가 함께 쓰는 부분입니다. 강의 자료는 이것을
# $\delta_{O1} = (out_{O1} - target_1)\,out_{O1}(1 - out_{O1})$라고 부릅니다(일반적으로
# $\delta_{O} = \partial E_{Total}/\partial net_{O}$). 그러면
# $\partial E_{Total}/\partial w'_{ij} = \delta_{Oj}\, out_{Hi}$입니다.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# **Pen first:** $\delta_{O1}$, from $out_{O1}$ in the table above and $target_1$.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# **먼저 펜으로:** 위 표의 $out_{O1}$과 $target_1$로 $\delta_{O1}$을 계산하세요.

# %% slideshow={"slide_type": "fragment"}
my_delta_O1 = ...   # your prediction: a number
ex.predict("delta_O1", my_delta_O1)

# %% slideshow={"slide_type": "fragment"}
hand.delta_output()

# %% slideshow={"slide_type": "fragment"}
hand.grad_W_HO()

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### The slide's $w'_{12}$: an index slip
#
# For the second output the slide writes
#
# $$\frac{\partial E_{Total}}{\partial w'_{12}} = \frac{\partial E_{Total}}{\partial out_{O2}}
#   \times \frac{\partial out_{O2}}{\partial net_{O2}} \times
#   \frac{\partial net_{O2}}{\partial w'_{21}} \;\;\text{and}\;\;
#   \frac{\partial E_{Total}}{\partial w'_{21}} = \delta_{O2}\,out_{H1}
#   \qquad\text{(wrong: } w'_{21} \text{ should read } w'_{12}\text{)}$$
#
# $w'_{21}$ goes from hidden 2 to output **1**; it does not touch $net_{O2}$. The weight that
# carries $out_{H1}$ into $net_{O2}$ is $w'_{12}$ (red). Finite differences on $net_{O2}$ and
# on $E_{Total}$ decide:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 슬라이드의 $w'_{12}$: 첨자 실수
#
# 두 번째 출력에 대해 슬라이드는 이렇게 씁니다.
#
# $$\frac{\partial E_{Total}}{\partial w'_{12}} = \frac{\partial E_{Total}}{\partial out_{O2}}
#   \times \frac{\partial out_{O2}}{\partial net_{O2}} \times
#   \frac{\partial net_{O2}}{\partial w'_{21}} \;\;\text{그리고}\;\;
#   \frac{\partial E_{Total}}{\partial w'_{21}} = \delta_{O2}\,out_{H1}
#   \qquad\text{(오류: } w'_{21} \text{은 } w'_{12}\text{여야 함)}$$
#
# $w'_{21}$은 은닉 2에서 출력 **1**로 가므로 $net_{O2}$에 닿지 않습니다. $out_{H1}$을 $net_{O2}$로
# 전달하는 가중치는 $w'_{12}$입니다(빨간색). $net_{O2}$와 $E_{Total}$에 대한 수치 미분으로 판정합니다.

# %% slideshow={"slide_type": "fragment"}
draw_net342(highlight=["w'12"])
plt.show()

# %% slideshow={"slide_type": "fragment"}
hand.erratum_w12()

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### b2 and the update of $W_{HO}$
#
# $$\frac{\partial E_{Total}}{\partial b_2} = \frac{\partial E_1}{\partial b_2}
#   + \frac{\partial E_2}{\partial b_2} = \delta_{O1} + \delta_{O2}, \qquad
#   b2^{(new)} = b2 - lr\,(\delta_{O1} + \delta_{O2})$$
#
# This one is right: b2 feeds both outputs, $E_1$ depends on b2 only through $net_{O1}$ and
# $E_2$ only through $net_{O2}$ — each part checked by finite differences:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### b2와 $W_{HO}$의 업데이트
#
# $$\frac{\partial E_{Total}}{\partial b_2} = \frac{\partial E_1}{\partial b_2}
#   + \frac{\partial E_2}{\partial b_2} = \delta_{O1} + \delta_{O2}, \qquad
#   b2^{(new)} = b2 - lr\,(\delta_{O1} + \delta_{O2})$$
#
# 이 식은 맞습니다. b2는 두 출력 모두에 들어가고, $E_1$은 $net_{O1}$을 거쳐서만, $E_2$는 $net_{O2}$를
# 거쳐서만 b2에 의존합니다. 각 부분을 수치 미분으로 확인합니다.

# %% slideshow={"slide_type": "fragment"}
hand.check_b2_split()

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# **Pen first:** gradient descent moves every weight against its gradient,
# $w'^{(new)}_{ij} = w'_{ij} - lr \cdot \partial E_{Total}/\partial w'_{ij}$ with lr = 0.5.
# What is $w'^{(new)}_{11}$? (Its gradient is in the $\partial E_{Total}/\partial W_{HO}$ table.)

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# **먼저 펜으로:** 경사하강법은 모든 가중치를 기울기의 반대 방향으로 옮깁니다:
# lr = 0.5로 $w'^{(new)}_{ij} = w'_{ij} - lr \cdot \partial E_{Total}/\partial w'_{ij}$.
# $w'^{(new)}_{11}$은 얼마일까요? (기울기는 $\partial E_{Total}/\partial W_{HO}$ 표에 있습니다.)

# %% slideshow={"slide_type": "fragment"}
my_w11_prime_new = ...   # your prediction: a number
ex.predict("w'11(new)", my_w11_prime_new)

# %% slideshow={"slide_type": "fragment"}
hand.update(lr, layer=2)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 3. $W_{IH}$ — The input weights
#
# $$\frac{\partial E_{Total}}{\partial w_{11}} = \frac{\partial E_{Total}}{\partial out_{H1}}
#   \times \frac{\partial out_{H1}}{\partial net_{H1}} \times \frac{\partial net_{H1}}{\partial w_{11}},
#   \qquad \frac{\partial E_{Total}}{\partial out_{H1}} = \frac{\partial E_1}{\partial out_{H1}}
#   + \frac{\partial E_2}{\partial out_{H1}}$$
#
# since hidden unit 1 feeds both outputs. The slide's next line is garbled (wrong):
#
# $$\frac{\partial E_1}{\partial net_{O1}} \times \frac{\partial E_{Total}}{\partial out_{H1}}
#   + \frac{\partial E_{Total}}{\partial out_{H1}} \times \frac{\partial E_{Total}}{\partial out_{H1}}$$
#
# — it contains the very quantity it defines. The right line, checked below, is
#
# $$\frac{\partial E_1}{\partial net_{O1}} \cdot \frac{\partial net_{O1}}{\partial out_{H1}}
#   + \frac{\partial E_2}{\partial net_{O2}} \cdot \frac{\partial net_{O2}}{\partial out_{H1}}
#   = \delta_{O1} w'_{11} + \delta_{O2} w'_{12}$$

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 3. $W_{IH}$ — 입력층 가중치
#
# $$\frac{\partial E_{Total}}{\partial w_{11}} = \frac{\partial E_{Total}}{\partial out_{H1}}
#   \times \frac{\partial out_{H1}}{\partial net_{H1}} \times \frac{\partial net_{H1}}{\partial w_{11}},
#   \qquad \frac{\partial E_{Total}}{\partial out_{H1}} = \frac{\partial E_1}{\partial out_{H1}}
#   + \frac{\partial E_2}{\partial out_{H1}}$$
#
# 은닉 뉴런 1이 두 출력 모두에 영향을 주기 때문입니다. 슬라이드의 다음 줄은 뒤섞여 있습니다(오류).
#
# $$\frac{\partial E_1}{\partial net_{O1}} \times \frac{\partial E_{Total}}{\partial out_{H1}}
#   + \frac{\partial E_{Total}}{\partial out_{H1}} \times \frac{\partial E_{Total}}{\partial out_{H1}}$$
#
# — 정의하려는 바로 그 양이 식 안에 들어 있습니다. 아래에서 확인하는 올바른 줄은 다음과 같습니다.
#
# $$\frac{\partial E_1}{\partial net_{O1}} \cdot \frac{\partial net_{O1}}{\partial out_{H1}}
#   + \frac{\partial E_2}{\partial net_{O2}} \cdot \frac{\partial net_{O2}}{\partial out_{H1}}
#   = \delta_{O1} w'_{11} + \delta_{O2} w'_{12}$$

# %% slideshow={"slide_type": "fragment"}
hand.erratum_dE_dout_H1()

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### δ_H and the gradients of $W_{IH}$
#
# $$\delta_{H1} = (\delta_{O1} w'_{11} + \delta_{O2} w'_{12})\,out_{H1}(1 - out_{H1}), \qquad
#   \frac{\partial E_{Total}}{\partial w_{ij}} = \delta_{Hj}\, x_i$$
#
# (The slide's $\partial E_{Total}/\partial w_{12} = (\delta_{O1}w'_{21} + \delta_{O2}w'_{22})
# \,out_{H2}(1 - out_{H2})\,x_1 = \delta_{H2}x_1$ is right.)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### δ_H와 $W_{IH}$의 기울기
#
# $$\delta_{H1} = (\delta_{O1} w'_{11} + \delta_{O2} w'_{12})\,out_{H1}(1 - out_{H1}), \qquad
#   \frac{\partial E_{Total}}{\partial w_{ij}} = \delta_{Hj}\, x_i$$
#
# (슬라이드의 $\partial E_{Total}/\partial w_{12} = (\delta_{O1}w'_{21} + \delta_{O2}w'_{22})
# \,out_{H2}(1 - out_{H2})\,x_1 = \delta_{H2}x_1$은 맞습니다.)

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# **Pen first:** $\delta_{H2}$, by the slide's formula just above, from the $\delta_O$, $W_{HO}$
# and $out_H$ tables.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# **먼저 펜으로:** 바로 위 슬라이드의 식으로 $\delta_O$, $W_{HO}$, $out_H$ 표에서 $\delta_{H2}$를
# 계산하세요.

# %% slideshow={"slide_type": "fragment"}
my_delta_H2 = ...   # your prediction: a number
ex.predict("delta_H2", my_delta_H2)

# %% slideshow={"slide_type": "fragment"}
hand.delta_hidden()

# %% slideshow={"slide_type": "fragment"}
hand.grad_W_IH()

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### b1: a shared bias collects every δ_H
#
# $$\frac{\partial E_{Total}}{\partial b_1} = \frac{\partial E_1}{\partial out_{H1}}
#   \frac{\partial out_{H1}}{\partial net_{H1}} \frac{\partial net_{H1}}{\partial b_1} + \dots
#   + \frac{\partial E_2}{\partial out_{H4}} \frac{\partial out_{H4}}{\partial net_{H4}}
#   \frac{\partial net_{H4}}{\partial b_1} = \delta_{H1} + \delta_{H2} + \delta_{H3} + \delta_{H4}$$
#
# The result is right, the middle is loose: each term needs $\partial E_{Total}/\partial out_{Hj}$,
# not $\partial E_1$ or $\partial E_2$ alone (every hidden unit feeds both outputs).

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### b1: 공유 편향은 모든 δ_H를 모은다
#
# $$\frac{\partial E_{Total}}{\partial b_1} = \frac{\partial E_1}{\partial out_{H1}}
#   \frac{\partial out_{H1}}{\partial net_{H1}} \frac{\partial net_{H1}}{\partial b_1} + \dots
#   + \frac{\partial E_2}{\partial out_{H4}} \frac{\partial out_{H4}}{\partial net_{H4}}
#   \frac{\partial net_{H4}}{\partial b_1} = \delta_{H1} + \delta_{H2} + \delta_{H3} + \delta_{H4}$$
#
# 결과는 맞지만 중간이 느슨합니다. 각 항에는 $\partial E_1$이나 $\partial E_2$ 하나가 아니라
# $\partial E_{Total}/\partial out_{Hj}$가 필요합니다(모든 은닉 뉴런이 두 출력 모두에 들어갑니다).

# %% slideshow={"slide_type": "fragment"}
display(hand.grad_biases())
dE1_dout_H1 = hand.delta_O[0] * hand.W_HO[0, 0]          # E_1's part only
only_E1 = dE1_dout_H1 * hand.out_H[0] * (1 - hand.out_H[0])
print(_("∂E1/∂out_H1 · out_H1(1 − out_H1) = {part:.6f}, but δ_H1 = {delta:.6f}",
        part=only_E1, delta=hand.delta_H[0]))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### Shared b1, or one bias per unit?
#
# Give each hidden unit $j$ a bias $b1_j$ of its own instead (bpkit's `bias="unit"`), all four
# starting at b1's value, so that the forward pass does not change. What is
# $\partial E_{Total}/\partial b1_j$ then? Reason it out before you run the next cells:
#
# **A** $\delta_{Hj}$ · **B** $\delta_{H1} + \delta_{H2} + \delta_{H3} + \delta_{H4}$, the same for every
# $j$ · **C** $(\delta_{H1} + \dots + \delta_{H4})/4$ · **D** $\delta_{Hj} \cdot b1_j$

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 공유 편향 b1인가, 뉴런마다 편향인가?
#
# 이번에는 은닉 뉴런 $j$마다 자기 편향 $b1_j$를 줍니다(bpkit의 `bias="unit"`). 네 편향 모두 b1의
# 값에서 시작하므로 순전파는 달라지지 않습니다. 그러면 $\partial E_{Total}/\partial b1_j$는
# 무엇일까요? 다음 셀들을 실행하기 전에 추론해 보세요.
#
# **A** $\delta_{Hj}$ · **B** $\delta_{H1} + \delta_{H2} + \delta_{H3} + \delta_{H4}$, 모든 $j$에서 같은
# 값 · **C** $(\delta_{H1} + \dots + \delta_{H4})/4$ · **D** $\delta_{Hj} \cdot b1_j$

# %% slideshow={"slide_type": "fragment"}
my_choice = ...   # your prediction: "A", "B", "C" or "D"
ex.predict("b1_per_unit", my_choice)

# %% slideshow={"slide_type": "fragment"}
per_unit = bp.MLP([3, 4, 2], activation="sigmoid", loss="mse", bias="unit", seed=SEED)
per_unit.weights = net.weights
per_unit.biases = [np.full(4, hand.b1), np.full(2, hand.b2)]
fwd_unit = per_unit.forward(x)
db_unit = per_unit.backward(fwd_unit, target).db[0]
assert np.allclose(fwd_unit.outs[1][0], hand.out_O)           # the same forward pass
assert np.allclose(db_unit, hand.delta_H) and np.isclose(db_unit.sum(), hand.bwd.db[0])
db_text = ", ".join(handcalc.num(v) for v in db_unit)
print(_("one bias per hidden unit: ∂E_Total/∂b1_j = {db}, as in the δ_H table", db=db_text))
print(_("their sum, {s}, is the shared b1's gradient", s=handcalc.num(db_unit.sum())))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### One update with lr
#
# $$W_{IH}^{(new)} = W_{IH} - lr \cdot \frac{\partial E_{Total}}{\partial W_{IH}}, \qquad
#   b1^{(new)} = b1 - lr\,(\delta_{H1} + \delta_{H2} + \delta_{H3} + \delta_{H4})$$
#
# Together with the step of $W_{HO}$ and b2 above, that is one step of gradient descent
# (`net.sgd_step`). The error before and after:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### lr로 한 번 업데이트
#
# $$W_{IH}^{(new)} = W_{IH} - lr \cdot \frac{\partial E_{Total}}{\partial W_{IH}}, \qquad
#   b1^{(new)} = b1 - lr\,(\delta_{H1} + \delta_{H2} + \delta_{H3} + \delta_{H4})$$
#
# 위의 $W_{HO}$와 b2의 업데이트와 합치면 경사하강법(gradient descent) 한 단계(`net.sgd_step`)가
# 됩니다. 업데이트 전과 후의 오차를 비교합니다.

# %% slideshow={"slide_type": "fragment"}
hand.update(lr, layer=1)

# %% slideshow={"slide_type": "fragment"}
hand.before_after(lr)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 4. 구현 — The same step in matrix form
#
# The deck's implementation slides replace the index bookkeeping with three operations:
# a difference of rows, ⊙, and ∘, the matrix product (numpy's `@`; a column times a row is an
# outer product, `np.outer`). The deck defines ⊙ by an example:
#
# > $\odot$ : 행렬의 가로 곱 eg)  $\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix} \odot \begin{pmatrix} 4 & 3 \\ 2 & 1 \end{pmatrix} = \begin{pmatrix} 1 \times 4 & 2 \times 3 \\ 3 \times 2 & 4 \times 1 \end{pmatrix}$
#
# The example is right; the name is not a standard one. ⊙ multiplies entry by entry: it is the
# **원소별 곱** (elementwise or Hadamard product, 아다마르 곱), numpy's `*`, and it differs from the
# matrix product `@`:

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 4. 구현 — 같은 단계를 행렬로
#
# 강의 자료의 구현 슬라이드는 첨자 계산을 세 가지 연산으로 바꿉니다: 행끼리의 뺄셈, ⊙, 그리고
# 행렬 곱 ∘(numpy의 `@`; 열 곱하기 행은 외적 `np.outer`)입니다. 강의 자료는 ⊙를 예로 정의합니다.
#
# > $\odot$ : 행렬의 가로 곱 eg)  $\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix} \odot \begin{pmatrix} 4 & 3 \\ 2 & 1 \end{pmatrix} = \begin{pmatrix} 1 \times 4 & 2 \times 3 \\ 3 \times 2 & 4 \times 1 \end{pmatrix}$
#
# 예는 맞지만 이름은 표준 용어가 아닙니다. ⊙는 원소끼리 곱합니다: **원소별 곱**(elementwise
# product, 아다마르 곱(Hadamard product))이며 numpy의 `*`이고, 행렬 곱 `@`과 다릅니다.

# %% slideshow={"slide_type": "fragment"}
A, B = np.array([[1, 2], [3, 4]]), np.array([[4, 3], [2, 1]])
assert (A * B == [[1 * 4, 2 * 3], [3 * 2, 4 * 1]]).all() and not (A * B == A @ B).all()
print("A ⊙ B = A * B =", (A * B).tolist(), "   A @ B =", (A @ B).tolist())

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# With ⊙ and ∘ the output layer's step reads:
#
# $$(out_{O1} - y_1 \;\; out_{O2} - y_2) \odot (out_{O1}(1 - out_{O1}) \;\; out_{O2}(1 - out_{O2}))
#   = (\delta_{O1} \;\; \delta_{O2})$$
#
# $$\begin{pmatrix} out_{H1} \\ \vdots \\ out_{H4} \end{pmatrix} \circ (\delta_{O1} \;\; \delta_{O2})
#   = \frac{\partial E_{Total}}{\partial W_{HO}}$$

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# ⊙와 ∘로 출력층의 단계를 쓰면 다음과 같습니다.
#
# $$(out_{O1} - y_1 \;\; out_{O2} - y_2) \odot (out_{O1}(1 - out_{O1}) \;\; out_{O2}(1 - out_{O2}))
#   = (\delta_{O1} \;\; \delta_{O2})$$
#
# $$\begin{pmatrix} out_{H1} \\ \vdots \\ out_{H4} \end{pmatrix} \circ (\delta_{O1} \;\; \delta_{O2})
#   = \frac{\partial E_{Total}}{\partial W_{HO}}$$

# %% slideshow={"slide_type": "fragment"}
fwd = net.forward(x)
bwd = net.backward(fwd, target)
out_H, out_O = fwd.outs[0][0], fwd.outs[1][0]    # one sample: 1-D rows, as on the slide
delta_O = (out_O - target) * out_O * (1 - out_O) # ⊙ is *
dW_HO = np.outer(out_H, delta_O)                 # column out_H ∘ row δ_O
checks = {_("δ_O by ⊙ equals bwd.deltas[1], the δ_O table"): np.allclose(delta_O, bwd.deltas[1][0]),
          _("np.outer(out_H, δ_O) equals bwd.dW[1], the ∂E/∂w' table"):
              np.allclose(dW_HO, bwd.dW[1])}
assert all(checks.values())
for sentence, ok in checks.items():
    print(f"{sentence}: {ok}")

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### The hidden layer in matrix form
#
# $$\big((\delta_{O1} \;\; \delta_{O2}) \circ W_{HO}^T\big) \odot
#   (out_{H1}(1 - out_{H1}) \; \cdots \; out_{H4}(1 - out_{H4})) = (\delta_{H1} \; \cdots \; \delta_{H4})$$
#
# $$\begin{pmatrix} x_1 \\ x_2 \\ x_3 \end{pmatrix} \circ (\delta_{H1} \; \cdots \; \delta_{H4})
#   = \frac{\partial E_{Total}}{\partial W_{IH}}$$
#
# The row of δ_O times $W_{HO}^T$ is the sum $\delta_{O1} w'_{j1} + \delta_{O2} w'_{j2}$ for every $j$ at once.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 은닉층을 행렬로
#
# $$\big((\delta_{O1} \;\; \delta_{O2}) \circ W_{HO}^T\big) \odot
#   (out_{H1}(1 - out_{H1}) \; \cdots \; out_{H4}(1 - out_{H4})) = (\delta_{H1} \; \cdots \; \delta_{H4})$$
#
# $$\begin{pmatrix} x_1 \\ x_2 \\ x_3 \end{pmatrix} \circ (\delta_{H1} \; \cdots \; \delta_{H4})
#   = \frac{\partial E_{Total}}{\partial W_{IH}}$$
#
# δ_O 행에 $W_{HO}^T$를 곱하면 모든 $j$에 대한 합 $\delta_{O1} w'_{j1} + \delta_{O2} w'_{j2}$를 한 번에
# 구합니다.

# %% slideshow={"slide_type": "fragment"}
W_HO = net.weights[1]
delta_H = (delta_O @ W_HO.T) * out_H * (1 - out_H)       # (δ_O ∘ W_HOᵀ) ⊙ out_H(1 − out_H)
dW_IH = np.outer(x, delta_H)                             # column x ∘ row δ_H
checks = {_("δ_H equals bwd.deltas[0], the δ_H table"): np.allclose(delta_H, bwd.deltas[0][0]),
          _("np.outer(x, δ_H) equals bwd.dW[0], the ∂E/∂w table"): np.allclose(dW_IH, bwd.dW[0]),
          _("Σδ_O, Σδ_H equal bwd.db, the bias table"):
              np.allclose([delta_O.sum(), delta_H.sum()], [bwd.db[1], bwd.db[0]])}
assert all(checks.values())
for sentence, ok in checks.items():
    print(f"{sentence}: {ok}")

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### The update, and a finite-difference check of every gradient
#
# $W^{(new)} = W - lr \cdot \partial E/\partial W$ in matrix form is one line per matrix; it
# must give the same net as `net.sgd_step`. Then `bp.check_gradients` nudges every weight and
# bias by ±h and compares $(E(\theta + h) - E(\theta - h))/2h$ with the backward pass.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 업데이트, 그리고 모든 기울기의 수치 미분 확인
#
# 행렬로 쓴 $W^{(new)} = W - lr \cdot \partial E/\partial W$는 행렬마다 한 줄이고, `net.sgd_step`과
# 같은 신경망을 주어야 합니다. 그다음 `bp.check_gradients`가 모든 가중치와 편향을 ±h만큼 움직여
# $(E(\theta + h) - E(\theta - h))/2h$를 역전파의 값과 비교합니다(중심 차분(central
# difference)).

# %% slideshow={"slide_type": "fragment"}
stepped = net.copy()
stepped.sgd_step(x, target, lr)
same = (np.allclose(W_HO - lr * dW_HO, stepped.weights[1])
        and np.allclose(net.weights[0] - lr * dW_IH, stepped.weights[0]))
assert same
print(_("W − lr·(outer products) equals net.sgd_step for W_HO and W_IH: {same}", same=same))

# %% slideshow={"slide_type": "fragment"} tags=["nbval-ignore-output"]
report = bp.check_gradients(net, x, target)
report

# %% slideshow={"slide_type": "fragment"}
assert report.ok
print(_("every analytic gradient agrees with its finite difference: max relative error below "
        "1e-7 for all {n} parameter arrays", n=len(report)))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Exercises
#
# Write each function with numpy for one sample (1-D arrays), then run the check below it.
# The checks use deck 002's numbers and a second example of another size.
#
# **1.** `delta_output(out_O, target)` returns $\delta_O$ (shape (2,)): slide 2's (1)·(2).

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 연습 문제 (Exercises)
#
# 각 함수를 샘플 하나(1차원 배열)에 대해 numpy로 쓰고, 그 아래의 확인 셀을 실행하세요. 확인 셀은
# 강의 자료 002의 숫자와, 크기가 다른 두 번째 예를 씁니다.
#
# **1.** `delta_output(out_O, target)`은 $\delta_O$(모양 (2,))를 반환합니다: 슬라이드 2의 (1)·(2).

# %% slideshow={"slide_type": "fragment"}
def delta_output(out_O, target):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_delta_output(delta_output)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **2.** `delta_hidden(delta_O, W_HO, out_H)` returns $\delta_H$ (shape (4,)): every hidden
# unit collects the δ_O of the outputs it feeds, weighted by $w'$, times its own σ'.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **2.** `delta_hidden(delta_O, W_HO, out_H)`는 $\delta_H$(모양 (4,))를 반환합니다: 은닉 뉴런마다
# 자신이 연결된 출력의 δ_O를 $w'$로 가중해 모으고, 자신의 σ'를 곱합니다.

# %% slideshow={"slide_type": "fragment"}
def delta_hidden(delta_O, W_HO, out_H):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_delta_hidden(delta_hidden)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **3.** `grad_b1(delta_H)` returns $\partial E_{Total}/\partial b_1$, one number.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **3.** `grad_b1(delta_H)`는 숫자 하나인 $\partial E_{Total}/\partial b_1$을 반환합니다.

# %% slideshow={"slide_type": "fragment"}
def grad_b1(delta_H):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_grad_b1(grad_b1)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **4.** *Reasoning.* `zero_gradients(x)` returns the set of names of the weights whose gradient
# $\partial E_{Total}/\partial w$ is **exactly 0** when deck 002's net (its weights, biases and
# targets) gets the input `x`, shape (3,). Names as in the tables, e.g. `{"w21", "w'12"}`;
# `set()` when no gradient is 0. Reason from the gradient formulas of sections 2 and 3: which of
# their factors can be 0, and for which weights?

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **4.** *추론.* `zero_gradients(x)`는 강의 자료 002의 신경망(같은 가중치, 편향, 목표값)에 입력
# `x`(모양 (3,))를 넣었을 때 기울기 $\partial E_{Total}/\partial w$가 **정확히 0**인 가중치들의
# 이름을 집합으로 반환합니다. 이름은 표에 쓰인 대로, 예를 들어 `{"w21", "w'12"}`처럼 쓰고, 0인
# 기울기가 없으면 `set()`을 반환합니다. 2절과 3절의 기울기 식에서 추론하세요: 어느 인수가 0이 될
# 수 있고, 그것은 어느 가중치의 기울기에 들어가나요?

# %% slideshow={"slide_type": "fragment"}
def zero_gradients(x):
    raise NotImplementedError  # your code here: return a set of names


# %% slideshow={"slide_type": "fragment"}
ex.check_zero_gradients(zero_gradients)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Summary
#
# - **Forward by hand:** $net = b + \sum (\text{input} \cdot w)$, $out = \sigma(net)$, layer by
#   layer; $E_{Total} = \frac12\sum(target - out)^2$, each step a row you can redo by pen.
# - **Backward by hand:** $\delta_O = (out_O - target)\,out_O(1 - out_O)$;
#   $\partial E/\partial w'_{ij} = \delta_{Oj}\,out_{Hi}$;
#   $\delta_{Hj} = (\sum_k \delta_{Ok} w'_{jk})\,out_{Hj}(1 - out_{Hj})$;
#   $\partial E/\partial w_{ij} = \delta_{Hj}\,x_i$ (so an input $x_i = 0$ zeroes the gradients
#   of the weights leaving it); a shared bias gets the **sum** of the δ of the units it feeds,
#   a bias per unit its own δ. One step of size lr lowers $E_{Total}$ (table "One step").
# - **Matrix form (구현):** δ by ⊙, weight gradients as outer products (input column ∘ δ
#   row), δ_H via $W_{HO}^T$ — equal to the tables and to bpkit's records.
# - **Slides can be wrong:** ∂net_O2/∂w'_21 should be ∂net_O2/∂w'_12, the second line of
#   ∂E_Total/∂out_H1 is garbled, $y$ stands for $target$; finite differences settle each one.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 정리
#
# - **손으로 하는 순전파:** 층마다 $net = b + \sum (\text{input} \cdot w)$, $out = \sigma(net)$;
#   $E_{Total} = \frac12\sum(target - out)^2$. 각 단계는 펜으로 다시 계산할 수 있는 표의 한 행이다.
# - **손으로 하는 역전파:** $\delta_O = (out_O - target)\,out_O(1 - out_O)$;
#   $\partial E/\partial w'_{ij} = \delta_{Oj}\,out_{Hi}$;
#   $\delta_{Hj} = (\sum_k \delta_{Ok} w'_{jk})\,out_{Hj}(1 - out_{Hj})$;
#   $\partial E/\partial w_{ij} = \delta_{Hj}\,x_i$(그래서 입력 $x_i = 0$이면 그 입력에서 나가는
#   가중치의 기울기가 0이다); 공유 편향은 자신이 들어가는 뉴런들의 δ의 **합**을, 뉴런마다 있는
#   편향은 자기 δ를 받는다. 크기 lr의 한 단계가 $E_{Total}$을 줄인다("한 단계" 표).
# - **행렬로 (구현):** δ는 ⊙로, 가중치의 기울기는 외적(입력 열 ∘ δ 행)으로, δ_H는 $W_{HO}^T$로
#   구한다 — 손으로 만든 표, bpkit의 기록과 같다.
# - **슬라이드도 틀릴 수 있다:** ∂net_O2/∂w'_21은 ∂net_O2/∂w'_12여야 하고, ∂E_Total/∂out_H1의
#   둘째 줄은 뒤섞여 있으며, $y$는 $target$을 뜻한다. 수치 미분으로 각각을 판정한다.

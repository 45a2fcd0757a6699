# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# # 03 · Symbolic derivatives — 기호 미분으로 따라가는 오차 역전파
#
# Follows deck 000, the KAIG Deep Learning Study slides **"오차 역전파"** (backpropagation),
# part 1 "오차역전파", slide by slide:
#
# | deck 000 slide | in English |
# |---|---|
# | Error function, E | the cross-entropy error E |
# | 체인 룰 | the chain rule ∂E/∂w_ji = a · b · c |
# | 출력층의 가중치 업데이트 | updating the output-layer weights |
# | 은닉층의 가중치 업데이트 | updating the hidden-layer weights |
# | General Multiplayer Network | (sic: multi*layer*) the rule for any layer |
#
# SymPy redoes the slides' derivations line by line, checks each line against the one before,
# and refutes the lines that are wrong. The deck's symbols: $t_i$ target, $y_i$ output,
# $s_i$ pre-activation, $h_j$ hidden output, $w_{ji}$ weight from hidden unit $j$ to output $i$.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# # 03 · 기호 미분으로 따라가는 오차 역전파 (Symbolic derivatives)
#
# 강의 자료(deck) 000, KAIG 딥러닝 스터디 슬라이드 "**오차 역전파**"(backpropagation)의 1부 "오차역전파"를
# 슬라이드 순서대로 따라갑니다.
#
# | 강의 자료 000의 슬라이드 | 다루는 내용 |
# |---|---|
# | Error function, E | 교차 엔트로피(cross-entropy) 오차 E |
# | 체인 룰 | 연쇄법칙(chain rule) ∂E/∂w_ji = a · b · c |
# | 출력층의 가중치 업데이트 | 출력층(output layer)의 가중치(weight) 업데이트 |
# | 은닉층의 가중치 업데이트 | 은닉층(hidden layer)의 가중치 업데이트 |
# | General Multiplayer Network | (원문 그대로: multi*layer*의 오타) 어느 층에나 쓰는 규칙 |
#
# SymPy로 슬라이드의 유도를 한 줄씩 다시 하고, 각 줄이 앞 줄과 같은지 확인하며, 틀린 줄은
# 숫자로 반박합니다. 강의 자료의 기호: $t_i$ 목표값(target), $y_i$ 출력, $s_i$ 가중합(net),
# $h_j$ 은닉 뉴런(unit)의 출력, $w_{ji}$ 은닉 뉴런 $j$에서 출력 $i$로 가는 가중치.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## Learning goals
#
# You will be able to …
#
# 1. derive σ'(s) = σ(s)(1 − σ(s)) step by step and check each step with SymPy;
# 2. derive ∂E/∂y for the cross-entropy and show that, times σ', it collapses to $y - t$;
# 3. explain with a plot why sigmoid + MSE learns slowly when a unit saturates and
#    sigmoid + cross-entropy does not;
# 4. check the deck's output- and hidden-layer update formulas against bpkit's gradients, and
#    refute the slides' wrong lines with numbers.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 학습 목표
#
# 이 노트북을 마치면 다음을 할 수 있습니다.
#
# 1. σ'(s) = σ(s)(1 − σ(s))를 단계별로 유도하고, 각 단계를 SymPy로 확인합니다.
# 2. 교차 엔트로피의 ∂E/∂y를 유도하고, 여기에 σ'를 곱하면 $y - t$로 간단해짐을 보입니다.
# 3. 뉴런이 포화(saturation)되었을 때 시그모이드(sigmoid) + 오차제곱합(sum of squared errors)은 느리게 배우고
#    시그모이드 + 교차 엔트로피는 그렇지 않은 이유를 그래프로 설명합니다.
# 4. 강의 자료의 출력층·은닉층 업데이트 식을 bpkit의 기울기(gradient)와 비교하고, 슬라이드의
#    틀린 줄을 숫자로 반박합니다.

# %% slideshow={"slide_type": "skip"}
# %matplotlib inline
import matplotlib.pyplot as plt
import numpy as np
import sympy as sp
from IPython.display import Math, display

import bpkit as bp
from bpkit import symbolic as sym
from bpkit.exercises import nb03 as ex
from bpkit.figures import deltas
from bpkit.i18n import _
from bpkit.lessons import notation

bp.set_language("en")

SEED = 0
rng = np.random.default_rng(SEED)
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
# ## 1. Error function, E — 오차 함수
#
# $$E = -\sum_{i=1}^{n_{out}} \{t_i \log(y_i) + (1 - t_i)\log(1 - y_i)\},\qquad
#   y_i = \frac{1}{1 + e^{-s_i}},\quad s_i = \sum_j w_{ji} h_j$$
#
# "목표: 오차 E를 최소로 줄이는 것" — the goal is to make E as small as possible. The slide's
# examples: with $t_i = 1$, an output $y_i = 0$ gives $E = \infty$ and $y_i = 1$ gives $E = 0$.
# (The slide calls the output $x_i$ there; it is $y_i$.) SymPy takes the limit:

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 1. Error function, E — 오차 함수
#
# $$E = -\sum_{i=1}^{n_{out}} \{t_i \log(y_i) + (1 - t_i)\log(1 - y_i)\},\qquad
#   y_i = \frac{1}{1 + e^{-s_i}},\quad s_i = \sum_j w_{ji} h_j$$
#
# "목표: 오차 E를 최소로 줄이는 것". 슬라이드의 예: $t_i = 1$일 때 출력이 $y_i = 0$이면
# $E = \infty$, $y_i = 1$이면 $E = 0$입니다. (슬라이드는 여기서 출력을 $x_i$라고 쓰지만
# $y_i$입니다.) SymPy로 극한을 구해 봅니다.

# %% slideshow={"slide_type": "fragment"}
y, t = sym.y, sym.t
E_i = sym.bce_term(y, t)                      # one output's share of E
display(Math(r"E(y_i) = " + sp.latex(E_i)))
E_t1 = E_i.subs(t, 1)
print("t_i = 1, y_i → 0:  E =", sp.pretty(sp.limit(E_t1, y, 0, "+")))
print("t_i = 1, y_i = 1:  E =", E_t1.subs(y, 1))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### 오차역전파: learning moves the weights, against the gradient
#
# Deck 000's next slides, verbatim:
#
# > Gradient → f 의 임의의 점 x 에서 Δx 만큼 움직였을 때, 벡터로 표시된 f 값이 변화하는 값
#
# > Input Data가 아닌, Weight값을 조정함으로써 목표 t (target)값에 이르게 함
# > 즉, 1. layer의 weight에 대한 E의 gradient를 계산하고 (E의 미분)
# > 2. 변화량을 w 의 반대 방향으로 더해준다 (-1을 곱해줌)
#
# The gradient $\nabla E$ lists $\partial E/\partial w$ for every weight; moving the weights by a small
# $\Delta w$ changes E by about $\nabla E\cdot\Delta w$ (first row below). The data x and the target t
# stay as they are: only the weights move. Step 2 is gradient descent,
# $w \leftarrow w - \eta\,\nabla E$: the step goes against the **gradient** (the "−1"), not against
# $w$ itself, as "w 의 반대 방향" can be read. First the gradient's meaning, on numbers:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 오차역전파: 학습은 기울기의 반대 방향으로 가중치를 움직인다
#
# 강의 자료 000의 다음 슬라이드를 그대로 옮깁니다.
#
# > Gradient → f 의 임의의 점 x 에서 Δx 만큼 움직였을 때, 벡터로 표시된 f 값이 변화하는 값
#
# > Input Data가 아닌, Weight값을 조정함으로써 목표 t (target)값에 이르게 함
# > 즉, 1. layer의 weight에 대한 E의 gradient를 계산하고 (E의 미분)
# > 2. 변화량을 w 의 반대 방향으로 더해준다 (-1을 곱해줌)
#
# 기울기 $\nabla E$는 모든 가중치의 $\partial E/\partial w$를 모은 것입니다. 가중치를 조금
# $\Delta w$만큼 움직이면 E는 약 $\nabla E\cdot\Delta w$만큼 변합니다(아래 첫 줄). 데이터 x와
# 목표값 t는 그대로 두고 가중치만 움직입니다. 2단계는 경사하강법(gradient descent)
# $w \leftarrow w - \eta\,\nabla E$입니다. 한 걸음은 **기울기**의 반대 방향("−1")으로 가며,
# "w 의 반대 방향"이라는 말처럼 $w$ 자체의 반대 방향으로 가는 것이 아닙니다. 먼저 기울기의
# 뜻을 숫자로 확인합니다.

# %% slideshow={"slide_type": "fragment"}
rng000 = np.random.default_rng(SEED + 1)   # its own generator: later sections keep their numbers
net000 = bp.MLP([3, 4, 2], activation="sigmoid", loss="bce", rng=rng000)
x0, t0 = rng000.uniform(size=3), np.array([1.0, 0.0])
dW, db = net000.gradients(x0, t0)
small = [rng000.standard_normal(W.shape) * 1e-6 for W in net000.weights]   # a small move Δw
moved = net000.copy()
moved.weights = [W + d for W, d in zip(net000.weights, small)]
first_order = sum(float(np.sum(g * d)) for g, d in zip(dW, small))     # ∇E · Δw
actual = moved.loss(x0, t0) - net000.loss(x0, t0)
print(f"E(w + Δw) − E(w) = {actual:+.6e},  ∇E · Δw = {first_order:+.6e}")
assert abs(actual - first_order) < 1e-2 * abs(actual)   # equal to first order

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### Against the gradient, or against w?
#
# One step of each reading, η = 0.1, on a hundred random nets of deck 000's kind (sigmoid
# units, cross-entropy), each with its own input and target. Which reading lowers E every time?
#
# **Predict first**, with a pen, before you run the next cells: answer `"gradient"`
# (w − η∇E), `"w"` (w − ηw), `"both"` or `"neither"`. Hint: the cell above says how much E
# changes for a small move Δw.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 기울기의 반대 방향인가, w의 반대 방향인가?
#
# 강의 자료 000과 같은 종류의 무작위 신경망(시그모이드 뉴런, 교차 엔트로피) 100개에서, 각각 자기
# 입력과 목표값으로 두 해석대로 한 걸음씩(η = 0.1) 움직여 봅니다. 어느 쪽이 매번 E를 줄일까요?
#
# 아래 셀을 실행하기 전에 **먼저 펜으로 예측하세요**: `"gradient"`(w − η∇E), `"w"`(w − ηw),
# `"both"`(둘 다), `"neither"`(둘 다 아님) 가운데 하나로 답합니다. 힌트: 가중치를 조금
# Δw만큼 움직일 때 E가 얼마나 변하는지는 위 셀에 있습니다.

# %% slideshow={"slide_type": "fragment"}
my_update_direction = ...   # your prediction: "gradient", "w", "both" or "neither"
ex.predict("update_direction", my_update_direction)

# %% slideshow={"slide_type": "fragment"}
lowered = {"gradient": 0, "w": 0}                # nets whose E went down, per reading
for _trial in range(100):
    net = bp.MLP([3, 4, 2], activation="sigmoid", loss="bce", rng=rng000)
    x, t = rng000.uniform(size=3), rng000.integers(0, 2, 2).astype(float)
    E, (dW, db), eta = net.loss(x, t), net.gradients(x, t), 0.1
    for reading, grads in [("gradient", dW + db), ("w", net.weights + net.biases)]:
        step = net.copy()
        step.weights = [W - eta * g for W, g in zip(net.weights, grads[:net.n_layers])]
        step.biases = [b - eta * g for b, g in zip(net.biases, grads[net.n_layers:])]
        lowered[reading] += step.loss(x, t) < E
assert lowered["gradient"] == 100 and lowered["w"] < 100
bp.Table([_("one step, η = 0.1"), _("nets (of 100) whose E went down")],
         [[_("against the gradient: w − η∇E"), lowered["gradient"]],
          [_("against w: w − ηw"), lowered["w"]]])

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### 신경망 학습 순서 — the order of one training step
#
# > 1. Input Layer를 지나며 weight를 곱하고 2. Activate function을 지난 다음
# > 3. 마지막 output layer에서 오차 값을 계산하고 4. 업데이트를 위해 순차적으로 거꾸로 돌아간다.
# > → 따라서, 돌아갈 때는 Output -> Hidden 의 weight부터 구해준다.
#
# bpkit's records follow the same four steps: `net.forward(x)` keeps, layer by layer, the
# weighted sums (`nets`, step 1) and the activations (`outs`, step 2); `net.backward(fwd, t)`
# computes E at the output (step 3) and then the δ and gradients from the output layer down
# (step 4: the output layer's δ is computed first, and each hidden δ from the layer above).
# This notebook derives steps 3 and 4 by hand; notebook 04 does all four with numbers.
#
# Deck 000's part 2, "Android 적용", runs such a trained net on a phone: notebook 10.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 신경망 학습 순서 — 학습 한 단계의 순서
#
# > 1. Input Layer를 지나며 weight를 곱하고 2. Activate function을 지난 다음
# > 3. 마지막 output layer에서 오차 값을 계산하고 4. 업데이트를 위해 순차적으로 거꾸로 돌아간다.
# > → 따라서, 돌아갈 때는 Output -> Hidden 의 weight부터 구해준다.
#
# bpkit의 기록도 같은 네 단계를 따릅니다. `net.forward(x)`는 층마다 가중합(`nets`, 1단계)과
# 활성화 함수(activation function)를 지난 값(`outs`, 2단계)을 저장하고, `net.backward(fwd, t)`는
# 출력에서 E를 계산한 뒤(3단계) 출력층부터 아래로 δ와 기울기를 계산합니다(4단계: 출력층의 δ를
# 먼저 구하고, 은닉층의 δ는 그 위층에서 구합니다). 이 노트북은 3단계와 4단계를 손으로
# 유도하고, 노트북 04는 네 단계를 모두 숫자로 계산합니다.
#
# 강의 자료 000의 2부 "Android 적용"은 이렇게 학습한 신경망을 휴대폰에서 실행합니다:
# 노트북 10.

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 2. 체인 룰 — The chain rule
#
# "돌아갈 때는 Output → Hidden 의 weight부터 구해준다": going back, start with the weights
# into the output layer. $w_{ji}$ reaches E only through $s_i$ and then $y_i$:
#
# $$\frac{\partial E}{\partial w_{ji}} = \underbrace{\frac{\partial E}{\partial y_i}}_{a}
#   \underbrace{\frac{\partial y_i}{\partial s_i}}_{b}
#   \underbrace{\frac{\partial s_i}{\partial w_{ji}}}_{c}$$
#
# The easiest factor is c: $s_i$ is linear in $w_{ji}$. (The slide writes
# $\frac{\sum_j w_{ji}h_j}{\partial w_{ji}}$, with the ∂ of the numerator missing.)

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 2. 체인 룰 — 연쇄법칙
#
# "돌아갈 때는 Output → Hidden 의 weight부터 구해준다": 거꾸로 돌아갈 때는 출력층으로
# 들어가는 가중치부터 구합니다. $w_{ji}$는 $s_i$와 $y_i$를 거쳐서만 E에 영향을 줍니다.
#
# $$\frac{\partial E}{\partial w_{ji}} = \underbrace{\frac{\partial E}{\partial y_i}}_{a}
#   \underbrace{\frac{\partial y_i}{\partial s_i}}_{b}
#   \underbrace{\frac{\partial s_i}{\partial w_{ji}}}_{c}$$
#
# 가장 쉬운 인수는 c입니다: $s_i$는 $w_{ji}$에 대해 일차식입니다. (슬라이드는
# $\frac{\sum_j w_{ji}h_j}{\partial w_{ji}}$라고 써서 분자의 ∂가 빠져 있습니다.)

# %% slideshow={"slide_type": "fragment"}
w1i, w2i, h1, h2 = sp.symbols("w_{1i} w_{2i} h_1 h_2", real=True)
s_i = w1i * h1 + w2i * h2                     # two hidden units are enough to see it
display(Math(r"s_i = " + sp.latex(s_i) + r",\qquad \frac{\partial s_i}{\partial w_{1i}} = "
             + sp.latex(sp.diff(s_i, w1i)) + r" = h_j \quad\dots\; c"))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 3. a = ∂E/∂y_i
#
# The slide's steps: ① only the term $E(y_i)$ of $E = E(y_1) + E(y_2) + \dots$ depends on
# $y_i$; ② differentiate the two logarithms; then put both over one denominator. Each line
# below is a SymPy expression; `verify_steps` checks that it equals the line before.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 3. a = ∂E/∂y_i
#
# 슬라이드의 단계: ① $E = E(y_1) + E(y_2) + \dots$ 가운데 $y_i$에 의존하는 항은 $E(y_i)$뿐이고,
# ② 두 로그를 미분한 다음 통분합니다. 아래 각 줄은 SymPy 식이며, `verify_steps`가 각 줄이
# 앞 줄과 같은지 확인합니다.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# **Predict first**, with a pen, before you run the next cells: differentiate
# $E(y_i) = -\{t_i \log(y_i) + (1 - t_i)\log(1 - y_i)\}$ by $y_i$ and evaluate it at
# $t_i = 0.25$, $y_i = 0.8$. What is $\partial E/\partial y_i$ there?

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# 아래 셀을 실행하기 전에 **먼저 펜으로 예측하세요**:
# $E(y_i) = -\{t_i \log(y_i) + (1 - t_i)\log(1 - y_i)\}$를 $y_i$로 미분하고 $t_i = 0.25$,
# $y_i = 0.8$에서 값을 구합니다. 그 점에서 $\partial E/\partial y_i$는 얼마일까요?

# %% slideshow={"slide_type": "fragment"}
my_dE_dy_value = ...   # your prediction: a number
ex.predict("dE_dy", my_dE_dy_value)

# %% slideshow={"slide_type": "fragment"}
steps_a = sym.bce_derivative_steps()
display(*steps_a)
print(_("each line equals the one before:"), sym.verify_steps(steps_a))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### The slide's ② is wrong
#
# The slide writes $\frac{-t_i}{y_i} + \frac{1 - t_i}{y_i}$: the second denominator must be
# $1 - y_i$, because $\frac{d}{dy}\log(1 - y) = \frac{-1}{1 - y}$. The slide's own result a is
# right, so its line ② does not lead to it. At one point:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 슬라이드의 ②는 틀렸다
#
# 슬라이드는 $\frac{-t_i}{y_i} + \frac{1 - t_i}{y_i}$라고 씁니다. $\frac{d}{dy}\log(1 - y) =
# \frac{-1}{1 - y}$이므로 두 번째 분모는 $1 - y_i$여야 합니다. 슬라이드의 결과 a 자체는 맞으므로,
# 슬라이드의 ② 줄에서는 그 결과가 나오지 않습니다. 한 점에서 확인해 봅니다.

# %% slideshow={"slide_type": "fragment"}
wrong_a = sym.SLIDE_ERRATA["000 ∂E/∂y_i"]
display(wrong_a)
slide_value, right_value = wrong_a.values()
exact = float(sp.diff(E_i, y).subs(wrong_a.point))
print(_("at {point}: slide {slide:.4f}, corrected {right:.4f}, SymPy's ∂E/∂y_i {exact:.4f}",
        point=wrong_a.point_text(), slide=slide_value, right=right_value, exact=exact))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 4. b = ∂y_i/∂s_i — the sigmoid's derivative, ①–④
#
# The slide differentiates $y = \frac{1}{1 + e^{-x}}$ in four steps (x stands for $s_i$).

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 4. b = ∂y_i/∂s_i — 시그모이드의 미분, ①–④
#
# 슬라이드는 $y = \frac{1}{1 + e^{-x}}$를 네 단계로 미분합니다(x는 $s_i$를 뜻합니다).

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# **Predict first**, with a pen, before you run the next cells: how steep is the sigmoid at
# $x = 0$? Differentiate $(1 + e^{-x})^{-1}$ with the chain rule (the slide's ①) and put
# $x = 0$.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# 아래 셀을 실행하기 전에 **먼저 펜으로 예측하세요**: $x = 0$에서 시그모이드의 기울기는
# 얼마일까요? $(1 + e^{-x})^{-1}$을 연쇄법칙으로 미분하고(슬라이드의 ①) $x = 0$을 넣으세요.

# %% slideshow={"slide_type": "fragment"}
my_sigmoid_slope_0 = ...   # your prediction: a number
ex.predict("sigmoid_slope_0", my_sigmoid_slope_0)

# %% slideshow={"slide_type": "fragment"}
steps_b = sym.sigmoid_derivative_steps()
display(*steps_b[:4])

# %% slideshow={"slide_type": "fragment"}
display(*steps_b[4:])
print(_("each line equals the one before:"), sym.verify_steps(steps_b))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### The slide's ③ is wrong
#
# The slide's ③ reads $\frac{e^{-x}}{(1 + e^{-x})^{-2}}$. Step ② has the *factor*
# $(1 + e^{-x})^{-2}$; moved into the denominator, the exponent becomes $+2$. The slide then
# goes on as if it were $+2$, so only that line is wrong. At $x = 0$ the true slope is
# $y(1 - y) = 0.5 \cdot 0.5 = 0.25$. (The same slide writes $y_i = 1/(1 + e^{(-s_i + b)})$: a
# bias *subtracted* from $s_i$, a threshold; bpkit adds it, so its b is the slide's −b.
# Either way $\partial y_i/\partial s_i = y_i(1 - y_i)$.)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 슬라이드의 ③은 틀렸다
#
# 슬라이드의 ③은 $\frac{e^{-x}}{(1 + e^{-x})^{-2}}$입니다. ②에는 *인수*
# $(1 + e^{-x})^{-2}$가 있으므로, 이것을 분모로 옮기면 지수는 $+2$가 됩니다. 슬라이드도 그다음부터는
# $+2$인 것처럼 계산하므로 틀린 것은 그 한 줄뿐입니다. $x = 0$에서 실제 기울기는
# $y(1 - y) = 0.5 \cdot 0.5 = 0.25$입니다. (같은 슬라이드에 $y_i = 1/(1 + e^{(-s_i + b)})$라는 식도
# 있는데, 이는 편향(bias)을 $s_i$에서 *빼는* 것, 즉 임계값입니다. bpkit은 편향을 더하므로 bpkit의
# b는 슬라이드의 −b입니다. 어느 쪽이든 $\partial y_i/\partial s_i = y_i(1 - y_i)$입니다.)

# %% slideshow={"slide_type": "fragment"}
wrong_3 = sym.SLIDE_ERRATA["000 σ' ③"]
display(wrong_3)
slide_value, right_value = wrong_3.values()
print(_("at x = 0: slide {slide:g}, corrected {right:g}, bpkit's σ'(0) = {bpkit:g}",
        slide=slide_value, right=right_value, bpkit=float(bp.sigmoid_grad(0.0))))
b = sp.Symbol("b", real=True)
y_b = 1 / (1 + sp.exp(-sym.s + b))                # the slide's y_i with its bias
print(_("with the slide's bias, ∂y_i/∂s_i = y_i(1 − y_i):"),
      sp.simplify(sp.diff(y_b, sym.s) - y_b * (1 - y_b)) == 0)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 5. a · b · c — the product collapses to $(y_i - t_i)\,h_j$
#
# $$\frac{\partial E}{\partial w_{ji}} = \frac{y_i - t_i}{y_i(1 - y_i)} \cdot y_i(1 - y_i)
#   \cdot h_j = (y_i - t_i)\, h_j$$
#
# The factor $y_i(1 - y_i)$ of the sigmoid cancels against the denominator of the
# cross-entropy. SymPy checks it in the variable $s_i$ itself ($y_i$ stands for σ($s_i$)):

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 5. a · b · c — 곱이 $(y_i - t_i)\,h_j$로 간단해진다
#
# $$\frac{\partial E}{\partial w_{ji}} = \frac{y_i - t_i}{y_i(1 - y_i)} \cdot y_i(1 - y_i)
#   \cdot h_j = (y_i - t_i)\, h_j$$
#
# 시그모이드에서 나온 인수 $y_i(1 - y_i)$가 교차 엔트로피의 분모와 약분됩니다. SymPy로
# 변수 $s_i$ 자체에서 확인합니다($y_i$는 σ($s_i$)를 뜻합니다).

# %% slideshow={"slide_type": "fragment"}
steps_ab = sym.bce_delta_collapse_steps()
display(*steps_ab)
print(_("each line equals the one before:"), sym.verify_steps(steps_ab))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 6. Beside it: the MSE δ of deck 002
#
# Deck 002 ("오차역전파 계산하기") uses $E = \frac{1}{2}(target - out)^2$ with the same sigmoid.
# There nothing cancels: its output δ keeps the factor $out(1 - out)$.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 6. 비교: 강의 자료 002의 오차제곱합 δ
#
# 강의 자료 002("오차역전파 계산하기")는 같은 시그모이드에 $E = \frac{1}{2}(target - out)^2$,
# 즉 오차제곱합을 씁니다. 여기서는 아무것도 약분되지 않아, 출력층의 δ에
# 인수 $out(1 - out)$가 남습니다.

# %% slideshow={"slide_type": "fragment"}
steps_mse = sym.mse_delta_steps()
display(*steps_mse)
print(_("each line equals the one before:"), sym.verify_steps(steps_mse))

# %% slideshow={"slide_type": "fragment"}
s_values = np.array([-8.0, -4.0, 0.0, 4.0, 8.0])
d_mse, d_bce = deltas.output_deltas(s_values, t=1.0)
bp.Table(["s", "y = σ(s)", _("δ cross-entropy: y − t"), _("δ MSE: (y − t)·y(1 − y)")],
         [[s_, float(bp.sigmoid(s_)), a, b] for s_, a, b in zip(s_values, d_bce, d_mse)],
         caption=_("output δ of one sigmoid unit, target t = 1 (bpkit.losses.output_delta)"))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 7. Why it matters: a saturated unit
#
# The target is $t = 1$. At $s = -8$ the unit is badly wrong ($y \approx 0.0003$) *and*
# saturated: $y(1 - y) \approx 0.0003$. Gradient descent moves $w$ by $\eta\,\delta\,h_j$,
# so δ is the size of the correction.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 7. 왜 중요한가: 포화된 뉴런
#
# 목표값은 $t = 1$입니다. $s = -8$에서 뉴런은 크게 틀렸고($y \approx 0.0003$) *동시에*
# 포화되어 있습니다: $y(1 - y) \approx 0.0003$. 경사하강법은 $w$를 $\eta\,\delta\,h_j$만큼
# 움직이므로, δ가 곧 수정량의 크기입니다.

# %% slideshow={"slide_type": "fragment"}
deltas.plot_output_deltas(t=1.0)
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# **What to notice.** With cross-entropy |δ| ≈ 1 exactly where the unit is most wrong: it
# learns fastest when it is worst. With MSE, |δ| falls like $e^{s}$ on the wrong side (a
# straight line on the log scale) — the unit is stuck, though it is as wrong as it can be.
# This is why deck 000 pairs the sigmoid output with the cross-entropy.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# **눈여겨볼 점.** 교차 엔트로피에서는 뉴런이 가장 많이 틀린 바로 그곳에서 |δ| ≈ 1입니다. 가장
# 틀렸을 때 가장 빨리 배웁니다. 오차제곱합에서는 틀린 쪽에서 |δ|가 $e^{s}$처럼 줄어듭니다(로그
# 눈금에서 직선). 뉴런이 더 틀릴 수 없을 만큼 틀렸는데도 멈춰 버립니다. 강의 자료 000이
# 시그모이드 출력에 교차 엔트로피를 짝지은 이유가 이것입니다.

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 8. 출력층의 가중치 업데이트 — Updating the output layer
#
# $$\frac{\partial E}{\partial w_{ji}} = (y_i - t_i)\,h_j, \qquad
#   w_{ji}(T+1) = w_{ji}(T) - \boxed{(y_i - t_i)\,h_j}\;(= \delta y \cdot h_j)$$
#
# A tiny sigmoid + cross-entropy net, 3-3-2 and without biases as on the slide; one sample.
# bpkit's backward pass against the deck's formula, weight by weight:

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 8. 출력층의 가중치 업데이트
#
# $$\frac{\partial E}{\partial w_{ji}} = (y_i - t_i)\,h_j, \qquad
#   w_{ji}(T+1) = w_{ji}(T) - \boxed{(y_i - t_i)\,h_j}\;(= \delta y \cdot h_j)$$
#
# 슬라이드처럼 편향이 없는 작은 3-3-2 시그모이드 + 교차 엔트로피 신경망과 샘플 하나로 봅니다.
# bpkit의 역전파(backward pass)를 강의 자료의 식과 가중치 하나하나 비교합니다.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# **Predict first**, with a pen, before you run the next cells: the sample's target is
# $t = (1, 0)$. What sign do the three gradients $\partial E/\partial w_{j1}$ (hidden unit $j$ →
# output 1) have? Answer `"+"`, `"-"`, `"0"` or `"mixed"` (not the same for every $j$).

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# 아래 셀을 실행하기 전에 **먼저 펜으로 예측하세요**: 샘플의 목표값은 $t = (1, 0)$입니다. 출력 1로
# 들어가는 세 가중치의 기울기 $\partial E/\partial w_{j1}$(은닉 뉴런 $j$ → 출력 1)의 부호는
# 무엇일까요? `"+"`, `"-"`, `"0"`, `"mixed"`(j마다 다름) 가운데 하나로 답하세요.

# %% slideshow={"slide_type": "fragment"}
my_sign_dE_dw_out1 = ...   # your prediction: "+", "-", "0" or "mixed"
ex.predict("sign_dE_dw_out1", my_sign_dE_dw_out1)

# %% slideshow={"slide_type": "fragment"}
net = bp.MLP([3, 3, 2], activation="sigmoid", loss="bce", bias="none", rng=rng)
x_k = np.round(rng.uniform(-1, 1, size=3), 2)
t_i = np.array([1.0, 0.0])
fwd = net.forward(x_k)
h_j, y_i = fwd.outs[0][0], fwd.outs[1][0]
dW = net.gradients(x_k, t_i)[0]
deck = sym.deck000_output_gradient(h_j, y_i, t_i)          # (y_i − t_i) h_j
assert np.all(dW[1][:, 0] < 0) and np.all(dW[1][:, 1] > 0)  # y_1 < t_1 = 1, y_2 > t_2 = 0
bp.Table(["w_ji", "bpkit ∂E/∂w_ji", _("deck: (y_i − t_i) h_j")],
         [[f"w_{j + 1}{i + 1}", dW[1][j, i], deck[j, i]] for j in range(3) for i in range(2)],
         caption=f"x = {x_k.tolist()}, t = {t_i.tolist()}")

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### A convention and a slip on the update slides
#
# 1. $w_{ji}(T+1) = w_{ji}(T) - (y_i - t_i)h_j$ has no learning rate. That is a **convention**,
#    not an error: gradient descent with η = 1. In general the step is
#    $w_{ji} - \eta\,(y_i - t_i)h_j$ (bpkit's `lr`).
# 2. An **error**: the last slide writes $w_{31}(T+1) = w_{31}(T) - \delta y \cdot h_1$. $w_{31}$ runs
#    from hidden unit 3 to output 1, so it is multiplied by $h_3$, not $h_1$:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 업데이트 슬라이드의 관례 하나와 실수 하나
#
# 1. $w_{ji}(T+1) = w_{ji}(T) - (y_i - t_i)h_j$에는 학습률(learning rate)이 없습니다. 이것은 오류가
#    아니라 **관례**(convention)입니다: η = 1인 경사하강법입니다. 일반적으로 한 걸음은
#    $w_{ji} - \eta\,(y_i - t_i)h_j$입니다(bpkit의 `lr`).
# 2. **오류**: 마지막 슬라이드는 $w_{31}(T+1) = w_{31}(T) - \delta y \cdot h_1$이라고 씁니다. $w_{31}$은
#    은닉 뉴런 3에서 출력 1로 가므로 $h_1$이 아니라 $h_3$이 곱해집니다.

# %% slideshow={"slide_type": "fragment"}
delta_y = y_i - t_i                                        # δy of the slide, per output
print(f"bpkit ∂E/∂w_31 = {dW[1][2, 0]:.6f}")
print(_("δy_1 · h_3     = {v:.6f}   (right)", v=delta_y[0] * h_j[2]))
print(_("δy_1 · h_1     = {v:.6f}   (the slide)", v=delta_y[0] * h_j[0]))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 9. 은닉층의 가중치 업데이트 — Updating the hidden layer
#
# $$\frac{\partial E}{\partial w_{kj}} = \underbrace{\sum_{i=1}^{n_{out}} (y_i - t_i)\,w_{ji}\,
#   h_j(1 - h_j)}_{\partial E/\partial s_j \;=\; \delta h_j}\;
#   \underbrace{x_k}_{\partial s_j/\partial w_{kj}}$$
#
# The slide "General Multiplayer Network" (multi*layer*) makes it a recipe for any layer:
# first $\partial E/\partial s_j$ (the δ of the unit), then multiply by its input $x_k$.
# Now with a bias on every unit (it changes the numbers, not the formula):

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 9. 은닉층의 가중치 업데이트
#
# $$\frac{\partial E}{\partial w_{kj}} = \underbrace{\sum_{i=1}^{n_{out}} (y_i - t_i)\,w_{ji}\,
#   h_j(1 - h_j)}_{\partial E/\partial s_j \;=\; \delta h_j}\;
#   \underbrace{x_k}_{\partial s_j/\partial w_{kj}}$$
#
# 슬라이드 "General Multiplayer Network"(multi*layer*)는 이것을 어느 층에나 쓰는 방법으로
# 정리합니다: 먼저 $\partial E/\partial s_j$(그 뉴런의 δ)를 구하고, 그다음 그 뉴런의 입력 $x_k$를
# 곱합니다. 이번에는 모든 뉴런에 편향을 둡니다(숫자는 달라지지만 식은 그대로입니다).

# %% slideshow={"slide_type": "fragment"}
net_b = bp.MLP([3, 3, 2], activation="sigmoid", loss="bce", bias="unit", seed=SEED)
net_b.weights = net.weights                                # §8's weights, plus biases:
net_b.biases = [np.round(rng.normal(0, 0.5, size=n), 2) for n in (3, 2)]
fwd = net_b.forward(x_k)
h_j, y_i = fwd.outs[0][0], fwd.outs[1][0]
dW_b, db_b = net_b.gradients(x_k, t_i)
deck = sym.deck000_hidden_gradient(x_k, h_j, y_i, t_i, net_b.weights[1])
bp.Table(["w_kj", "bpkit ∂E/∂w_kj", _("deck: Σ_i (y_i − t_i) w_ji h_j(1 − h_j) x_k")],
         [[f"w_{k + 1}{j + 1}", dW_b[0][k, j], deck[k, j]] for k in range(3) for j in range(3)],
         caption=_("the 3-3-2 net of §8 with a bias on every unit"))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### Slips on the hidden-layer slides
#
# 1. ② writes $\frac{\partial s_j}{\partial w_{kj}} = w_k$ — but $s_j = \sum_k x_k w_{kj}$,
#    so it is the input $x_k$ (the slide's final line does use $x_k$).
# 2. A middle line writes $\sum_i \frac{\partial E}{\partial y_j}\,y_i(1 - y_j)\,w_{ji}$:
#    inside a sum over outputs $i$, every factor must carry $i$.
# 3. The line before it writes $\frac{\partial E}{\partial h_j} = \frac{\partial E}{\partial y_i}
#    \frac{\partial y_i}{\partial s_i}\frac{\partial s_i}{\partial h_j}$ with **no sum**: $h_j$ feeds every
#    output $i$, so $\frac{\partial E}{\partial h_j} = \sum_i (y_i - t_i)\,w_{ji}$ (the slide's ① has the Σ). One
#    term is not the derivative (second cell below).

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 은닉층 슬라이드의 실수들
#
# 1. ②는 $\frac{\partial s_j}{\partial w_{kj}} = w_k$라고 쓰지만, $s_j = \sum_k x_k w_{kj}$이므로
#    답은 입력 $x_k$입니다(슬라이드의 마지막 줄은 실제로 $x_k$를 씁니다).
# 2. 중간의 한 줄은 $\sum_i \frac{\partial E}{\partial y_j}\,y_i(1 - y_j)\,w_{ji}$라고 씁니다:
#    출력 $i$에 대한 합 안에서는 모든 인수가 $i$를 가져야 합니다.
# 3. 그 앞 줄은 $\frac{\partial E}{\partial h_j} = \frac{\partial E}{\partial y_i}
#    \frac{\partial y_i}{\partial s_i}\frac{\partial s_i}{\partial h_j}$라고 **합 없이** 씁니다. $h_j$는 모든
#    출력 $i$로 이어지므로 $\frac{\partial E}{\partial h_j} = \sum_i (y_i - t_i)\,w_{ji}$입니다(슬라이드의
#    ①에는 Σ가 있습니다). 항 하나만으로는 미분이 되지 않습니다(아래 두 번째 셀).

# %% slideshow={"slide_type": "fragment"}
for where in ["000 ∂s_j/∂w_kj", "000 ∂E/∂h_j indices"]:
    display(sym.SLIDE_ERRATA[where])
x1, x2, w11, w21 = sp.symbols("x_1 x_2 w_11 w_21", real=True)
print("SymPy: ∂s_1/∂w_11 = ∂(x_1 w_11 + x_2 w_21)/∂w_11 =", sp.diff(x1 * w11 + x2 * w21, w11))

# %% slideshow={"slide_type": "fragment"}
bwd = net_b.backward(fwd, t_i, input_grad=True)
dE_dh = bwd.d_inputs[1][0]                                  # bpkit's ∂E/∂h_j, every j
terms = (y_i - t_i)[None, :] * net_b.weights[1]            # (y_i − t_i) w_ji, j rows, i columns
assert np.allclose(terms.sum(axis=1), dE_dh) and not np.allclose(terms[:, 0], dE_dh)
bp.Table(["j", "bpkit ∂E/∂h_j", "Σ_i (y_i − t_i) w_ji", _("the i = 1 term alone")],
         [[j + 1, dE_dh[j], terms[j].sum(), terms[j, 0]] for j in range(3)])

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# Deck 000's last slide ends with
#
# > $$\text{new Hidden: } w_{11}(T + 1) = w_{11}(T) - \delta h \cdot x_1$$
#
# Again η = 1 (the convention above). And δh needs its index: every hidden unit $j$ has its own
# $\delta h_j = \partial E/\partial s_j$, and $w_{11}$ (input 1 → hidden unit 1) takes $\delta h_1$. On §9's net
# the three δh differ, so "δh" alone does not say which one:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# 강의 자료 000의 마지막 슬라이드는 이렇게 끝납니다.
#
# > $$\text{new Hidden: } w_{11}(T + 1) = w_{11}(T) - \delta h \cdot x_1$$
#
# 여기서도 η = 1입니다(위의 관례). 그리고 δh에는 첨자가 필요합니다. 은닉 뉴런 $j$마다 자기
# $\delta h_j = \partial E/\partial s_j$가 있고, $w_{11}$(입력 1 → 은닉 뉴런 1)에는 $\delta h_1$이
# 쓰입니다. §9의 신경망에서는 세 δh가 서로 다르므로 "δh"만으로는 어느 것인지 알 수 없습니다.

# %% slideshow={"slide_type": "fragment"}
delta_h = bwd.deltas[0][0]                                  # δh_j, j = 1, 2, 3
assert np.isclose(dW_b[0][0, 0], delta_h[0] * x_k[0]) and len(set(np.round(delta_h, 12))) == 3
print("δh_1, δh_2, δh_3 =", ", ".join(f"{d:+.6f}" for d in delta_h))
print(f"∂E/∂w_11 = δh_1 · x_1 = {delta_h[0] * x_k[0]:+.6f} (bpkit: {dW_b[0][0, 0]:+.6f})")

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Exercises — 연습 문제
#
# Fill in each function, run its cell, then run the check below it. The check names typical
# mistakes; "not attempted yet" means the stub is still untouched.
#
# **Exercise 1.** Write ∂E/∂y of one output's cross-entropy term
# $-\{t \log y + (1 - t)\log(1 - y)\}$ for arrays `y`, `t` (elementwise). Watch the slide's ②.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 연습 문제 (Exercises)
#
# 각 함수를 채우고 셀을 실행한 다음, 그 아래의 확인 셀을 실행하세요. 확인 셀은 흔한 실수를
# 짚어 주고, "아직 풀지 않음"은 함수가 아직 처음 그대로라는 뜻입니다.
#
# **연습 1.** 출력 하나의 교차 엔트로피 항 $-\{t \log y + (1 - t)\log(1 - y)\}$의 ∂E/∂y를 배열
# `y`, `t`에 대해(원소별로) 쓰세요. 슬라이드의 ②를 조심하세요.

# %% slideshow={"slide_type": "fragment"}
def my_dE_dy(y, t):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_dE_dy(my_dE_dy)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **Exercise 2.** Write the output δ of a sigmoid unit with $E = \frac{1}{2}(target - out)^2$
# (deck 002) from `out` and `target` (arrays, elementwise).

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **연습 2.** $E = \frac{1}{2}(target - out)^2$(강의 자료 002)인 시그모이드 뉴런의 출력층 δ를
# `out`과 `target`(배열, 원소별)으로 쓰세요.

# %% slideshow={"slide_type": "fragment"}
def my_mse_delta(out, target):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_mse_delta(my_mse_delta)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **Exercise 3.** Derive tanh' in SymPy and write it in $y = \tanh(x)$, the way deck 000
# writes σ' = y(1 − y). `y` is a SymPy symbol; return a SymPy expression in `y` only.
# (Start from `sp.diff(sp.tanh(x), x)` or from $\frac{e^x - e^{-x}}{e^x + e^{-x}}$.)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **연습 3.** SymPy로 tanh'를 유도하고, 강의 자료 000이 σ' = y(1 − y)로 쓰듯이 $y = \tanh(x)$로
# 쓰세요. `y`는 SymPy 기호이며, `y`만 들어 있는 SymPy 식을 반환하세요.
# (`sp.diff(sp.tanh(x), x)`나 $\frac{e^x - e^{-x}}{e^x + e^{-x}}$에서 시작하세요.)

# %% slideshow={"slide_type": "fragment"}
def my_tanh_derivative(y):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_tanh_derivative(my_tanh_derivative)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **Exercise 4 (reasoning).** A net with one layer of sigmoid hidden units. You know the output
# errors `errors[i]` $= y_i - t_i$ (shape `(n_out,)`) and the weights `W[j, i]` $= w_{ji}$ from
# hidden unit $j$ to output $i$ (shape `(n_hidden, n_out)`), but **not** the hidden outputs
# $h_j$. Return the sign, +1 or −1, of every hidden $\delta h_j = \partial E/\partial s_j$ (§9).
# Why is that possible without $h_j$? And when the terms $(y_i - t_i)\,w_{ji}$ disagree in sign,
# which one wins? The check tries four nets of different sizes against bpkit's δ.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **연습 4 (추론).** 시그모이드 은닉 뉴런으로 된 은닉층이 하나 있는 신경망입니다. 출력의 오차
# `errors[i]` $= y_i - t_i$(모양 `(n_out,)`)와 은닉 뉴런 $j$에서 출력 $i$로 가는 가중치
# `W[j, i]` $= w_{ji}$(모양 `(n_hidden, n_out)`)는 알지만, 은닉 뉴런의 출력 $h_j$는 **모릅니다**.
# 모든 은닉 뉴런의 $\delta h_j = \partial E/\partial s_j$(9절)의 부호를 +1 또는 −1로 반환하세요.
# $h_j$ 없이 어떻게 가능할까요? 그리고 항 $(y_i - t_i)\,w_{ji}$의 부호가 서로 다르면 어느 쪽이
# 이길까요? 확인 셀은 크기가 다른 신경망 4개에서 bpkit의 δ와 비교합니다.

# %% slideshow={"slide_type": "fragment"}
def hidden_delta_signs(errors, W):
    raise NotImplementedError  # your code here: return one sign per hidden unit


# %% slideshow={"slide_type": "fragment"}
ex.check_hidden_delta_signs(hidden_delta_signs)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Summary — 정리
#
# - σ'(s) = σ(s)(1 − σ(s)) follows from the power rule and the chain rule in four steps
#   (①–④); SymPy checks each step against the one before.
# - For the cross-entropy, ∂E/∂y = (y − t)/(y(1 − y)); times σ' it collapses to δ = y − t,
#   and ∂E/∂w_ji = (y_i − t_i) h_j. With MSE the δ keeps the factor out(1 − out).
# - That factor vanishes when a unit saturates, so sigmoid + MSE stalls when it is most
#   wrong; sigmoid + cross-entropy keeps |δ| ≈ 1 there.
# - The deck's output- and hidden-layer formulas equal bpkit's gradients and SymPy's exact
#   derivatives (Appendix A). Wrong on the slides: ② (∂E/∂y), ③ (σ'), $w_k$ for $x_k$, the
#   index $j$ for $i$, the missing Σ in ∂E/∂h_j and $h_1$ for $h_3$ — each refuted with numbers
#   (Appendix B). The missing learning rate is the convention η = 1.
# - σ' > 0, so a hidden δh_j has the sign of Σ_i (y_i − t_i) w_ji: every output counts, the
#   larger terms win, and one gradient step moves each weight against its gradient.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 정리
#
# - σ'(s) = σ(s)(1 − σ(s))는 거듭제곱의 미분과 연쇄법칙으로 네 단계(①–④) 만에 나오고, SymPy가
#   각 단계를 앞 단계와 비교해 확인한다.
# - 교차 엔트로피에서 ∂E/∂y = (y − t)/(y(1 − y))이고, σ'를 곱하면 δ = y − t로 간단해지며
#   ∂E/∂w_ji = (y_i − t_i) h_j이다. 오차제곱합에서는 δ에 인수 out(1 − out)가 남는다.
# - 뉴런이 포화되면 그 인수가 사라지므로 시그모이드 + 오차제곱합은 가장 틀렸을 때 멈춘다.
#   시그모이드 + 교차 엔트로피는 그곳에서도 |δ| ≈ 1을 유지한다.
# - 강의 자료의 출력층·은닉층 식은 bpkit의 기울기, SymPy의 정확한 미분과 같다(부록 A). 슬라이드의
#   오류: ②(∂E/∂y), ③(σ'), $x_k$ 대신 $w_k$, $i$ 대신 첨자 $j$, ∂E/∂h_j에서 빠진 Σ, $h_3$ 대신 $h_1$ —
#   각각 숫자로 반박했다(부록 B). 학습률이 없는 것은 η = 1이라는 관례다.
# - σ' > 0이므로 은닉 뉴런의 δh_j는 Σ_i (y_i − t_i) w_ji와 부호가 같다: 모든 출력이 관여하고,
#   크기가 큰 항이 이기며, 경사하강법의 한 걸음은 각 가중치를 그 기울기의 반대 방향으로 움직인다.

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Appendices — for the lecturer
#
# The lesson ends with the summary above. These sections are the series' own proof that
# sections 1–9 are right: SymPy's exact derivative of a whole net, and every slide error of
# deck 000 in one table. Show them when a class asks "how do we know?".

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 부록 — 강의하는 분을 위해
#
# 수업은 위의 정리에서 끝납니다. 아래 절들은 1–9절이 맞다는 이 시리즈 자체의 증명입니다:
# 신경망 전체에 대한 SymPy의 정확한 미분, 그리고 강의 자료 000의 슬라이드 오류를 한 표에
# 모은 것입니다. 수업에서 "어떻게 확신하나요?"라는 질문이 나오면 보여 주세요.

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Appendix A · For every weight, exactly: SymPy's derivative of the whole net
#
# The tables checked one net at numbers. SymPy can do better: it builds $E$ of a 2-2-2
# sigmoid + cross-entropy net as one expression in all its weights, differentiates it by each
# weight, and proves the deck's formulas equal to those derivatives *as expressions*.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 부록 A · 모든 가중치에 대해 정확하게: 신경망 전체의 SymPy 미분
#
# 앞의 표들은 신경망 하나를 숫자로 확인했습니다. SymPy는 더 할 수 있습니다: 2-2-2 시그모이드 +
# 교차 엔트로피 신경망의 $E$를 모든 가중치에 대한 식 하나로 만들고, 가중치마다 미분하여, 강의
# 자료의 식이 그 미분과 *식으로서* 같음을 증명합니다.

# %% slideshow={"slide_type": "fragment"}
rows = [[_("output layer"), str(w), ok] for w, diff, deck, ok in sym.deck000_output_check()]
rows += [[_("hidden layer"), str(w), ok] for w, diff, deck, ok in sym.deck000_hidden_check()]
bp.Table([_("layer"), _("weight"), _("SymPy's ∂E/∂w equals the deck's formula")], rows,
         caption=_("deck 000's formulas on a symbolic 2-2-2 net "
                   "(w: input → hidden, w': hidden → output)"))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### bpkit against SymPy's exact gradients
#
# The same idea is bpkit's test oracle: `sym.oracle_for(net, X, T)` differentiates the exact
# E of a net with SymPy and evaluates it. For the biased net of §9 and a batch of 4 samples:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### bpkit과 SymPy의 정확한 기울기 비교
#
# 같은 생각이 bpkit의 테스트 기준(oracle)입니다: `sym.oracle_for(net, X, T)`는 신경망의 정확한 E를
# SymPy로 미분하고 값을 계산합니다. §9의 편향 있는 신경망과 샘플 4개짜리 배치(batch)로 확인합니다.

# %% slideshow={"slide_type": "fragment"}
X = np.round(rng.uniform(-1, 1, size=(4, 3)), 2)
T = bp.one_hot(np.array([0, 1, 1, 0]), 2)
E_sym, dW_sym, db_sym = sym.oracle_for(net_b, X, T)
dW_b, db_b = net_b.gradients(X, T)
pairs = list(zip(dW_b + db_b, dW_sym + db_sym))
gap = max(np.abs(a - b).max() for a, b in pairs)
print(f"E: bpkit {net_b.loss(X, T):.10f}, SymPy {E_sym:.10f}")
print(_("all {n} gradients agree to 1e-12:", n=sum(a.size for a, b in pairs)), bool(gap < 1e-12))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Appendix B · Every slide error, refuted
#
# Each row evaluates the slide's line and the right one at the same numbers
# (`sym.SLIDE_ERRATA`): they differ, and the right one agrees with SymPy and bpkit above.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 부록 B · 모든 슬라이드 오류, 반박
#
# 각 행은 슬라이드의 줄과 올바른 줄을 같은 숫자에서 계산합니다(`sym.SLIDE_ERRATA`). 두 값은
# 다르고, 올바른 쪽은 위의 SymPy, bpkit과 일치합니다.

# %% slideshow={"slide_type": "fragment"}
sym.errata_table()

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# A choice is not an error: the slides' updates take the learning rate η = 1. That is a
# convention, listed apart and not "refuted":

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# 선택은 오류가 아닙니다: 슬라이드의 업데이트는 학습률 η = 1을 씁니다. 이것은 관례이므로
# 따로 적고 "반박"하지 않습니다.

# %% slideshow={"slide_type": "fragment"}
sym.conventions_table()

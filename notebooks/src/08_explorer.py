# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# # 08 · The explorer: change a weight, watch backpropagation — 오차역전파 탐험기
#
# An interactive lab on the net of deck 002, **"오차역전파 계산하기"** (computing
# backpropagation), with the δ notation of deck 003, **"04.1. 경사하강법"** (gradient descent):
#
# | deck · slide | in English | in the explorer |
# |---|---|---|
# | 002 · 0. 모델 모형 | the model: 3 inputs, 4 hidden, 2 outputs | the diagram |
# | 002 · 2. $W_{HO}$, 3. $W_{IH}$ | gradients of the two weight matrices | ∂E/∂w on the edges |
# | 003 · 6. 기울기 최종 정리 | the gradients, final summary (δ rule) | the δ panel |
# | 003 · 1. 개념 — 적절한 보폭 | choose a suitable step size | lr, SGD step, train |

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# # 08 · 오차역전파 탐험기: 가중치를 바꾸고 오차역전파를 지켜보기
#
# 강의 자료 002 "**오차역전파 계산하기**"의 신경망을 직접 만져 보는 인터랙티브 실습입니다. δ 표기는
# 강의 자료 003 "**04.1. 경사하강법**"을 따릅니다.
#
# | 강의 자료 · 슬라이드 | 내용 | 탐험기에서 |
# |---|---|---|
# | 002 · 0. 모델 모형 | 모델: 입력 3개, 은닉 뉴런 4개, 출력 2개 | 신경망 그림 |
# | 002 · 2. $W_{HO}$, 3. $W_{IH}$ | 두 가중치 행렬의 기울기 | 연결선 위의 ∂E/∂w |
# | 003 · 6. 기울기 최종 정리 | 기울기 최종 정리 (δ 규칙) | δ 패널 |
# | 003 · 1. 개념 — 적절한 보폭 | 적절한 보폭 정하기 | lr, SGD 한 단계, 학습 |

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## Learning goals
#
# You will be able to …
#
# 1. read a forward and a backward pass off the diagram: out and δ of every unit, ∂E/∂w of
#    every weight, and say which δ feeds which gradient;
# 2. explain with numbers why δ shrinks when a sigmoid unit saturates, and why cross-entropy
#    keeps the output δ alive where MSE loses it;
# 3. walk through one training step phase by phase (forward, backward, update);
# 4. check a gradient with the nudge test: ∂E/∂w·ε against the real change of E.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 학습 목표
#
# 이 노트북을 마치면 다음을 할 수 있습니다.
#
# 1. 그림에서 순전파(forward pass)와 역전파(backward pass)를 읽어 낼 수 있습니다: 모든 뉴런의 out과 δ,
#    모든 가중치(weight)의 ∂E/∂w를 읽고, 어떤 δ가 어떤 기울기(gradient)에 쓰이는지 말할 수 있습니다.
# 2. 시그모이드 뉴런이 포화(saturation)되면 δ가 왜 작아지는지, 그리고 교차 엔트로피(cross-entropy)는
#    왜 오차제곱합(sum of squared errors)이 잃어버리는 출력층(output layer) δ를 살려 두는지 숫자로
#    설명할 수 있습니다.
# 3. 학습 한 단계를 순전파, 역전파, 업데이트(update)의 순서로 한 단계씩 따라갈 수 있습니다.
# 4. 미세 변화 테스트(nudge test)로 기울기를 확인할 수 있습니다: ∂E/∂w·ε과 E의 실제 변화를 비교합니다.

# %% slideshow={"slide_type": "skip"}
# %matplotlib inline
import matplotlib.pyplot as plt
import numpy as np

import bpkit as bp
from bpkit.exercises import nb08 as ex
from bpkit.i18n import _
from bpkit.lab import explorer_state as es
from bpkit.lab import widgets
from bpkit.lessons.examples import deck002

bp.set_language("en")

SEED = 0
rng = np.random.default_rng(SEED)   # the explorer itself is deterministic: nothing samples
plt.rcParams.update({"figure.dpi": 80})

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 1 · What the explorer computes (deck 002, slides 2 and 3)
#
# Everything it shows is bpkit's forward and backward record of deck 002's net for one sample.
# Deck 002 names the two kinds of δ:
#
# $$\delta_{Ok} = (out_{Ok} - target_k)\,out_{Ok}(1 - out_{Ok}), \qquad
#   \delta_{Hj} = \Big(\sum_k \delta_{Ok}\, w'_{jk}\Big)\, out_{Hj}(1 - out_{Hj})$$
#
# and every gradient is a δ times what flows into the weight:
# $\partial E/\partial w'_{jk} = \delta_{Ok}\, out_{Hj}$, $\partial E/\partial w_{ij} = \delta_{Hj}\, x_i$.
# (Deck 002 writes $\partial net_{O2}/\partial w'_{21}$ where $w'_{12}$ is meant — a typo; the
# formulas above are the corrected ones, checked below.)

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 1 · 탐험기가 계산하는 것 (강의 자료 002, 슬라이드 2와 3)
#
# 탐험기가 보여 주는 값은 모두 강의 자료 002의 신경망에 샘플 하나를 넣었을 때 bpkit이 기록한 순전파와
# 역전파 결과입니다. 강의 자료 002는 두 종류의 델타(δ)를 이렇게 씁니다.
#
# $$\delta_{Ok} = (out_{Ok} - target_k)\,out_{Ok}(1 - out_{Ok}), \qquad
#   \delta_{Hj} = \Big(\sum_k \delta_{Ok}\, w'_{jk}\Big)\, out_{Hj}(1 - out_{Hj})$$
#
# 그리고 모든 기울기는 δ에 그 가중치로 흘러 들어오는 값을 곱한 것입니다:
# $\partial E/\partial w'_{jk} = \delta_{Ok}\, out_{Hj}$, $\partial E/\partial w_{ij} = \delta_{Hj}\, x_i$.
# (강의 자료 002는 $w'_{12}$를 뜻하는 자리에 $\partial net_{O2}/\partial w'_{21}$이라고 썼습니다. 오타이며,
# 위 식은 바로잡은 식이고 아래 셀에서 확인합니다.)

# %% slideshow={"slide_type": "fragment"}
state = es.new_state()                       # deck 002's net, x, target; MSE, sigmoid
out_H, out_O = state.fwd.outs[0][0], state.fwd.outs[1][0]
W_HO = state.net.weights[1]
delta_O = (out_O - state.target) * out_O * (1 - out_O)
delta_H = (W_HO @ delta_O) * out_H * (1 - out_H)
assert np.allclose(delta_O, state.bwd.deltas[1][0]) and np.allclose(delta_H, state.bwd.deltas[0][0])
assert np.allclose(state.bwd.dW[1], np.outer(out_H, delta_O))
assert np.allclose(state.bwd.dW[0], np.outer(state.x, delta_H))
print(_("deck 002's δ_O, δ_H and both gradient matrices equal bpkit's backward pass"))
bp.Table(["δ", _("value")], [[name, v] for l, j, name, v, mean in es.delta_rows(state)],
         caption=_("deck 002's net: E = {E:.6f}", E=state.E), fmt="{:.6f}")

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 2 · How to read the explorer
#
# - **nodes**: the number inside is the unit's out (orange = close to 1), the bold number under
#   it its δ = ∂E/∂net; **edges**: red positive, blue negative, thicker = larger |w|; dashed
#   edges come from the bias boxes b₁, b₂ (one shared bias per layer, as in deck 002);
# - **the yellow halo** marks the weight on the slider; the footer shows its value (and ∂E/∂w
#   when "show ∂E/∂w on edges" is ticked);
# - **the δ panel** on the right lists every δ with a bar on a log scale (1e-8 … 1), and the
#   mean |δ| per layer;
# - **the tabs** underneath: the weight slider with the nudge test, inputs and targets, the
#   step-through, and training with a loss curve. The menu at the top switches to other nets.
#
# Try moving any slider now: the picture and every number follow at once.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 2 · 탐험기 읽는 법
#
# - **뉴런(노드)**: 안의 숫자는 그 뉴런의 out(1에 가까울수록 주황색), 아래의 굵은 숫자는 δ = ∂E/∂net입니다.
#   **연결선**: 빨간색은 양수, 파란색은 음수, 굵을수록 |w|가 큽니다. 점선은 편향(bias) 상자 b₁, b₂에서
#   나옵니다 (강의 자료 002처럼 층마다 편향 하나를 함께 씁니다).
# - **노란 테두리**는 슬라이더로 고른 가중치를 표시합니다. 그림 아래쪽에 그 값이 나오고,
#   "연결선에 ∂E/∂w 표시"를 켜면 ∂E/∂w도 함께 나옵니다.
# - 오른쪽의 **δ 패널**은 모든 δ를 로그 척도(1e-8 … 1)의 막대와 함께 보여 주고, 층마다 평균 |δ|도 보여 줍니다.
# - 아래의 **탭**: 가중치 슬라이더와 미세 변화 테스트, 입력과 목표값(target), 단계별 보기, 그리고 손실 곡선과
#   함께 보는 학습. 맨 위 메뉴에서 다른 신경망으로 바꿀 수 있습니다.
#
# 지금 아무 슬라이더나 움직여 보세요. 그림과 모든 숫자가 곧바로 따라 바뀝니다.

# %% slideshow={"slide_type": "subslide"} tags=["nbval-ignore-output"]
lab = widgets.explorer()
lab

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 3 · Try this: saturate a unit
#
# **Question first.** Press **reset**, then set w'₁₁ (hidden unit 1 → output 1) to **+10**.
# Before you do: what will out_O1 do? And δ_O1 — larger or smaller? What happens to the δ of
# the hidden layer, which is built from δ_O?
#
# **Work it out with a pen before you run the next cells**: will δ_O1 get `"larger"` or
# `"smaller"`, or will its sign change (`"flips"`)? Answer below, then move the slider.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 3 · 해 보기: 뉴런을 포화시키기
#
# **먼저 질문.** **초기화**를 누른 다음 w'₁₁(은닉 뉴런 1 → 출력 1)을 **+10**으로 놓습니다.
# 그 전에 예상해 보세요. out_O1은 어떻게 될까요? δ_O1은 커질까요, 작아질까요? δ_O로 만들어지는
# 은닉층(hidden layer)의 δ는 어떻게 될까요?
#
# **다음 셀들을 실행하기 전에 펜으로 먼저 생각해 보세요**: δ_O1은 커질까요(`"larger"`),
# 작아질까요(`"smaller"`), 아니면 부호가 바뀔까요(`"flips"`)? 아래에 답을 적은 다음 슬라이더를 움직이세요.

# %% slideshow={"slide_type": "fragment"}
my_delta_O1 = ...   # your prediction: "larger", "smaller" or "flips"
ex.predict("delta_O1_after", my_delta_O1)

# %% slideshow={"slide_type": "fragment"} tags=["nbval-ignore-output"]
lab

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### The output layer after w'₁₁ = 10
#
# The cell below moves the same slider from code (**reset**, then w'₁₁ = 10) and shows the
# output layer and the weights w' into it. Each hidden δ is built from them (section 1):
# $\delta_{Hj} = (\delta_{O1}\, w'_{j1} + \delta_{O2}\, w'_{j2})\, out_{Hj}(1 - out_{Hj})$.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### w'₁₁ = 10일 때의 출력층
#
# 아래 셀은 같은 슬라이더를 코드로 움직이고(**초기화**, 그다음 w'₁₁ = 10) 출력층과 그 층으로 들어가는
# 가중치 w'을 보여 줍니다. 은닉층의 δ는 모두 이 값들로 만들어집니다(1절):
# $\delta_{Hj} = (\delta_{O1}\, w'_{j1} + \delta_{O2}\, w'_{j2})\, out_{Hj}(1 - out_{Hj})$.

# %% slideshow={"slide_type": "fragment"}
lab.controls["reset"].click()                 # the reset button
before = es.delta_rows(lab.state)             # rows: (layer, unit, name, δ, mean |δ|)
lab.controls["value"].value = 10.0            # exactly what dragging the slider to +10 does
after = es.delta_rows(lab.state)
out_O, W_HO = lab.state.fwd.output[0], lab.state.net.weights[1]
assert before[0][3] > 100 * after[0][3] > 0   # δ_O1 shrinks more than 100×, stays positive
bp.Table(["", "k = 1", "k = 2"],
         [["out_Ok", *out_O], ["target_k", *lab.state.target],
          ["δ_Ok (w'₁₁ = 0.40)", before[0][3], before[1][3]],
          ["δ_Ok (w'₁₁ = 10)", after[0][3], after[1][3]]]
         + [[f"w'_{j + 1}k", *W_HO[j]] for j in range(len(W_HO))])

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **Work it out with a pen before you run the next cells**: how many of the four hidden δ are
# negative now — 0, 1, 2, 3 or 4? You need only signs and sizes from the table: σ'(net) =
# out(1 − out) is positive for every sigmoid unit, so it never changes a sign.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **다음 셀들을 실행하기 전에 펜으로 먼저 풀어 보세요**: 이제 은닉층의 δ 네 개 가운데 음수는 몇
# 개일까요? 0, 1, 2, 3, 4 가운데 하나입니다. 표에 있는 부호와 크기만 있으면 됩니다. σ'(net) =
# out(1 − out)은 시그모이드 뉴런에서 언제나 양수이므로 부호를 바꾸지 않습니다.

# %% slideshow={"slide_type": "fragment"}
my_negatives = ...   # your prediction: how many δ_Hj are negative (0 to 4)
ex.predict("hidden_negatives", my_negatives)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **What to notice.** net_O1 becomes large, out_O1 sticks near 1 and its factor
# out(1 − out) goes to ~0: δ_O1 shrinks by more than two orders of magnitude although the
# output is now *further* from its target 0.01. Every hidden δ shrinks with it (and flips
# sign: δ_O2·w'_j2 now dominates the sum δ_H is built from; the bars show it on a log scale). This is
# **saturation**, the small-scale version of the vanishing gradient of deep sigmoid nets.
# The cell below checks every δ against a fresh bpkit net with the same change:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **눈여겨볼 점.** net_O1이 커지면 out_O1은 1 근처에 붙고, 인수 out(1 − out)은 0에 가까워집니다.
# 출력이 목표값 0.01에서 오히려 *더 멀어졌는데도* δ_O1은 100배 넘게 작아집니다. 은닉층의 δ도 모두 함께
# 작아집니다 (부호도 바뀝니다: δ_H를 만드는 합에서 이제 δ_O2·w'_j2가 더 크기 때문입니다. 로그 척도 막대에서
# 보입니다). 이것이 **포화**(saturation)이며, 층이 깊은 시그모이드 신경망에서 생기는 기울기 소실(vanishing
# gradient)의 작은 버전입니다. 아래 셀은 같은 변경을 한 새 bpkit 신경망과 모든 δ를 비교합니다.

# %% slideshow={"slide_type": "fragment"}
fresh, x, target, lr = deck002()
fresh.weights[1][0, 0] = 10.0                 # the same change on a fresh bpkit net
assert np.allclose(np.concatenate(fresh.deltas(x, target)[::-1], axis=1)[0],
                   [row[3] for row in after])  # rows: (layer, unit, name, δ, mean |δ|)
assert all(b[3] > 0 > a[3] > -b[3] for b, a in zip(before[2:], after[2:]))  # flip, and shrink
print(_("out_O1 = {out:.6f}; δ equal to a fresh bp.MLP's", out=lab.state.fwd.output[0, 0]))
bp.Table(["δ", "w'₁₁ = 0.40", "w'₁₁ = 10"],
         [[b[2], b[3], a[3]] for b, a in zip(before, after)], fmt="{:.3e}")

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 4 · Try this: MSE → cross-entropy at a saturated output
#
# **Question first.** Keep w'₁₁ = 10 and switch the loss to **cross-entropy**. Deck 000
# derives that for a sigmoid output with cross-entropy the factor out(1 − out) cancels:
#
# $$\delta_{O} = \frac{\partial E}{\partial out}\,out(1-out)
#   = \frac{out - t}{out(1 - out)}\,out(1 - out) = out - t .$$
#
# What will δ_O1 be? (Cross-entropy needs outputs in (0, 1): in the explorer the output layer
# stays sigmoid whatever the hidden activation, and targets stay in [0, 1].)
#
# **Work it out with a pen before you run the next cells**, from section 3's table.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 4 · 해 보기: 포화된 출력에서 오차제곱합 → 교차 엔트로피
#
# **먼저 질문.** w'₁₁ = 10을 그대로 두고 손실함수를 **교차 엔트로피**로 바꿉니다. 강의 자료 000은
# 시그모이드 출력에 교차 엔트로피를 쓰면 인수 out(1 − out)이 약분된다는 것을 유도합니다.
#
# $$\delta_{O} = \frac{\partial E}{\partial out}\,out(1-out)
#   = \frac{out - t}{out(1 - out)}\,out(1 - out) = out - t .$$
#
# δ_O1은 얼마가 될까요? (교차 엔트로피에는 (0, 1) 안의 출력이 필요합니다. 그래서 탐험기에서는 은닉층
# 활성화 함수(activation function)를 무엇으로 고르든 출력층은 시그모이드로 두고, 목표값은 [0, 1] 안에 둡니다.)
#
# **다음 셀들을 실행하기 전에** 3절의 표를 보고 **펜으로 먼저 계산해 보세요**.

# %% slideshow={"slide_type": "fragment"}
my_ce_delta_O1 = ...   # your prediction: a number
ex.predict("ce_delta_O1", my_ce_delta_O1)

# %% slideshow={"slide_type": "fragment"} tags=["nbval-ignore-output"]
lab

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **What to notice.** With cross-entropy δ_O1 is out_O1 − target₁ ≈ 0.99: the saturated unit
# still gets a full-size error signal, and so do the weights into it. The same switch, from code:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **눈여겨볼 점.** 교차 엔트로피에서는 δ_O1 = out_O1 − target₁ ≈ 0.99입니다. 포화된 뉴런도 온전한 크기의
# 오차 신호를 받고, 그 뉴런으로 들어오는 가중치들도 마찬가지입니다. 같은 전환을 코드로 해 봅니다.

# %% slideshow={"slide_type": "fragment"}
mse_delta = lab.state.bwd.deltas[1][0, 0]
lab.controls["loss"].value = "ce"             # the loss toggle
ce_delta = lab.state.bwd.deltas[1][0, 0]
out1, t1 = lab.state.fwd.output[0, 0], lab.state.target[0]
assert np.isclose(ce_delta, out1 - t1)
print(_("MSE:           δ_O1 = {d:.4e}", d=mse_delta))
print(_("cross-entropy: δ_O1 = {d:.4e} = out_O1 − target₁ = {diff:.4e}", d=ce_delta,
        diff=out1 - t1))
print(_("ratio: {r:.0f}×", r=ce_delta / mse_delta))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 5 · Try this: step through one training step
#
# **Question first.** In which order does information move in one step? Open the tab **step
# through** and press **next ▶**: the inputs arrive, then each layer computes net and
# out (forward), then δ appears on the output layer and the gradients on the weights into it,
# then on the hidden layer (backward), and finally every weight moves by −lr·∂E/∂w (update).
# **◀ back** goes back; back from the update undoes it. Tick "show ∂E/∂w on edges" to keep the
# gradients in the full view.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 5 · 해 보기: 학습 한 단계를 차례로 따라가기
#
# **먼저 질문.** 학습 한 단계에서 정보는 어떤 순서로 움직일까요? **단계별 보기** 탭을 열고
# **다음 ▶** 버튼을 눌러 보세요. 입력이 들어오고, 각 층이 차례로 net과 out을 계산하고(순전파), 이어서 출력층에
# δ가, 그 층으로 들어오는 가중치에 기울기가 나타나고, 다음으로 은닉층에 나타나며(역전파), 마지막으로 모든
# 가중치가 −lr·∂E/∂w만큼 움직입니다(업데이트). **◀ 이전**은 한 단계 되돌아가며, 업데이트에서 되돌아가면 업데이트가
# 취소됩니다. 단계별 보기를 끝낸 뒤에도 기울기를 보려면 "연결선에 ∂E/∂w 표시"를 켜세요.

# %% slideshow={"slide_type": "fragment"} tags=["nbval-ignore-output"]
widgets.explorer()

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **What to notice.** δ of the hidden layer can only appear after δ of the output layer: that is
# the "back" in backpropagation. The update phase is exactly one `sgd_step` (deck 003:
# $w \leftarrow w - \eta\, \partial E/\partial w$), as the cell checks:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **눈여겨볼 점.** 은닉층의 δ는 출력층의 δ가 나온 뒤에야 나타날 수 있습니다. 이것이 오차역전파
# (backpropagation)의 "역(back)"입니다. 업데이트 단계는 정확히 `sgd_step` 한 번입니다 (강의 자료 003:
# $w \leftarrow w - \eta\, \partial E/\partial w$). 셀에서 확인합니다.

# %% slideshow={"slide_type": "fragment"}
walk = es.new_state()
print(" → ".join(es.phases(walk)))
for k in range(len(es.phases(walk))):
    es.set_phase(walk, k)
fresh, x, target, lr = deck002()
E0 = fresh.sgd_step(x, target, lr)
assert all(np.allclose(a, b) for a, b in zip(walk.net.weights, fresh.weights))
print(_("after the update phase: E {E0:.6f} → {E1:.6f}, the weights of one sgd_step",
        E0=walk.loss_before, E1=walk.E))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 6 · Try this: the nudge test
#
# **Question first.** ∂E/∂w says how much E changes per unit of w. So if you nudge w by a small
# ε, E should change by about $\frac{\partial E}{\partial w}\varepsilon$ (deck 001's "chain rule
# by nudging"). In the first tab (**weight + nudge**), pick a weight, move ε, and compare the prediction with the real
# change $E(w+\varepsilon) - E(w)$. Which ε makes them agree best? Why does a large ε disagree?
#
# **Work it out with a pen before you run the next cells**: at deck 002's numbers, raise w'₁₁
# by a small ε > 0. Does E go `"up"`, `"down"`, or stay the `"same"`? Section 1's table has the
# sign you need.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 6 · 해 보기: 미세 변화 테스트
#
# **먼저 질문.** ∂E/∂w는 w가 한 단위 변할 때 E가 얼마나 변하는지를 말해 줍니다. 그러니 w를 작은 ε만큼
# 살짝 바꾸면 E는 대략 $\frac{\partial E}{\partial w}\varepsilon$만큼 변해야 합니다 (강의 자료 001의
# "살짝 움직여 보는 연쇄법칙(chain rule)"). 첫 번째 탭(**가중치 + 미세 변화**)에서 가중치를 고르고
# ε을 움직여서, 예측값과 실제 변화 $E(w+\varepsilon) - E(w)$를 비교해 보세요. 어떤 ε에서 둘이 가장 잘
# 맞을까요? ε이 크면 왜 어긋날까요?
#
# **다음 셀들을 실행하기 전에 펜으로 먼저 생각해 보세요**: 강의 자료 002의 숫자에서 w'₁₁을 작은
# ε > 0만큼 올리면 E는 올라갈까요(`"up"`), 내려갈까요(`"down"`), 그대로일까요(`"same"`)? 필요한
# 부호는 1절의 표에 있습니다.

# %% slideshow={"slide_type": "fragment"}
my_nudge_E = ...   # your prediction: "up", "down" or "same"
ex.predict("nudge_E", my_nudge_E)

# %% slideshow={"slide_type": "fragment"} tags=["nbval-ignore-output"]
widgets.explorer(show_grads=True)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **What to notice.** The relative error first shrinks in proportion to ε (the next term of
# the Taylor series is ½·∂²E/∂w²·ε²). Once ε is very small, E(w+ε) − E(w) is the difference of
# two nearly equal numbers, each rounded to about 16 digits, and the rounding takes over: the
# error grows again. The table is the explorer's nudge test for w'₁₁, from ε = 1 down to 1e-12:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **눈여겨볼 점.** 상대 오차(relative error)는 처음에는 ε에 비례해서 줄어듭니다 (테일러 급수의 다음 항이
# ½·∂²E/∂w²·ε²이기 때문입니다). 그런데 ε이 아주 작아지면 E(w+ε) − E(w)는 거의 같은 두 수의 차가 되고,
# 두 수는 각각 약 16자리로 반올림되어 있으므로 반올림 오차가 앞서게 되어 오차가 다시 커집니다.
# 아래 표는 w'₁₁에 대한 탐험기의 미세 변화 테스트를 ε = 1부터 1e-12까지 보여 줍니다.

# %% slideshow={"slide_type": "fragment"}
nudge_state = es.new_state()
rows, errors = [], []
for eps in 10.0 ** -np.arange(13):
    n = es.nudge_test(nudge_state, es.ParamRef("W", 1, 0, 0), eps)
    rows.append([f"{eps:.0e}", f"{n.predicted:.6e}", f"{n.actual:.6e}", f"{n.rel_error:.1e}"])
    errors.append(n.rel_error)
best = int(np.argmin(errors))
assert 0 < best < len(errors) - 1 and errors[-1] > 100 * errors[best]  # falls, then rises again
print(_("smallest relative error at ε = {eps:.0e}; below it rounding makes it grow",
        eps=10.0 ** -best))
bp.Table(["ε", "∂E/∂w'₁₁·ε", "E(w+ε) − E(w)", _("relative error")], rows,
         caption=_("the nudge test on deck 002's net"))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 7 · Try this: train, and watch δ as the net learns
#
# **Question first.** Open the tab **train**, set N = 200 and press **train N steps** a few
# times. E falls — but what happens to the δ panel? Then try lr = 5, and the relu activation
# (a relu unit with net < 0 has δ = 0: does it ever come back?).

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 7 · 해 보기: 학습시키면서 δ 지켜보기
#
# **먼저 질문.** **학습** 탭을 열고 N = 200으로 놓은 뒤 **N단계 학습**을 몇 번 눌러 보세요. E는 줄어듭니다.
# 그런데 δ 패널은 어떻게 될까요? 그다음에는 학습률(learning rate)을 lr = 5로, 그리고 활성화 함수를 relu로 바꿔 보세요
# (net < 0인 relu 뉴런은 δ = 0입니다. 이 뉴런이 다시 살아날까요?).

# %% slideshow={"slide_type": "fragment"} tags=["nbval-ignore-output"]
widgets.explorer()

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **What to notice.** As out approaches its target, δ_O = (out − t)·out(1 − out) goes to 0 and
# so does every δ below it: training slows down by itself. The same 200 steps from code:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **눈여겨볼 점.** out이 목표값에 가까워지면 δ_O = (out − t)·out(1 − out)이 0으로 가고, 그 아래의 δ도
# 모두 0으로 갑니다. 학습이 저절로 느려지는 것입니다. 같은 200단계를 코드로 실행합니다.

# %% slideshow={"slide_type": "fragment"}
trained = es.train(es.new_state(), 200)
first, last = trained.history[0], trained.history[-1]
print(_("E: {first:.6f} → {last:.6f} after {n} steps (lr = {lr})", first=first, last=last,
        n=len(trained.history) - 1, lr=trained.lr))
bp.Table(["δ", _("after {n} steps", n=200)],
         [[name, v] for l, j, name, v, mean in es.delta_rows(trained)], fmt="{:.3e}")

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 8 · Exercises
#
# **Exercise 1 — the best raise.** Which single weight or bias of deck 002's net, raised by
# **exactly 1**, lowers E the most (sigmoid, MSE, deck 002's numbers)? Find it with an explorer
# (press **reset** and pick MSE in section 2's, or run `widgets.explorer()` in a new cell) — the
# signs of ∂E/∂w narrow the search — then return its name as the weight menu spells it, e.g.
# `"w'_11"`, `"w_23"`, `"b2"`.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 8 · 연습 문제
#
# **연습 문제 1 — 무엇을 올릴까.** 강의 자료 002의 신경망(시그모이드, 오차제곱합, 강의 자료 002의
# 숫자)에서 가중치나 편향 하나를 **정확히 1**만큼 올렸을 때 E를 가장 많이 낮추는 것은 무엇일까요? 탐험기로
# 찾아보세요 (2절의 탐험기에서 **초기화**를 누르고 오차제곱합을 고르거나, 새 셀에서 `widgets.explorer()`를
# 실행하세요). ∂E/∂w의 부호를 보면 후보가 줄어듭니다. 찾았으면 가중치 메뉴에 적힌 이름대로 반환하세요.
# 예: `"w'_11"`, `"w_23"`, `"b2"`.

# %% slideshow={"slide_type": "fragment"}
def best_weight():
    raise NotImplementedError  # your code here: return the name, e.g. "w'_11"


# %% slideshow={"slide_type": "fragment"}
ex.check_best_weight(best_weight)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **Exercise 2 — predict the sign.** Before running a nudge test, predict the sign of
# ∂E/∂w'_jk (any hidden unit j → output unit k) from out_k and target_k alone, for a sigmoid
# output with MSE *or* cross-entropy and **sigmoid hidden units**. Return +1 or −1. (Hint: what
# sign does out_Hj have? Would your answer hold for tanh hidden units, whose out_Hj can be
# negative?)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **연습 문제 2 — 부호 예측하기.** 미세 변화 테스트를 하기 전에, ∂E/∂w'_jk(은닉 뉴런 j → 출력 뉴런 k)의
# 부호를 out_k와 target_k만 보고 예측하세요. 출력은 시그모이드이고 손실함수는 오차제곱합 *또는* 교차
# 엔트로피이며, **은닉 뉴런도 시그모이드**입니다. +1 또는 −1을 반환하세요. (힌트: out_Hj의 부호는 무엇일까요?
# out_Hj가 음수일 수도 있는 tanh 은닉 뉴런에서도 여러분의 답이 성립할까요?)

# %% slideshow={"slide_type": "fragment"}
def predicted_sign(out, target):
    raise NotImplementedError  # your code here: return +1 or -1


# %% slideshow={"slide_type": "fragment"}
ex.check_predicted_sign(predicted_sign)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **Exercise 3 — the nudge test by hand.** With bpkit calls only (`net.gradients`, `net.loss`,
# `net.copy`), return `(predicted, actual)`: ∂E/∂w·ε and E(w + ε) − E(w) for the weight
# `net.weights[layer][i, j]`. Do not change the net you are given.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **연습 문제 3 — 미세 변화 테스트 직접 하기.** bpkit 호출(`net.gradients`, `net.loss`, `net.copy`)만으로
# 가중치 `net.weights[layer][i, j]`에 대한 `(predicted, actual)`, 즉 ∂E/∂w·ε과
# E(w + ε) − E(w)를 반환하세요.
# 받은 신경망은 바꾸지 마세요.

# %% slideshow={"slide_type": "fragment"}
def my_nudge(net, x, target, layer, i, j, eps):
    raise NotImplementedError  # your code here: return predicted, actual


# %% slideshow={"slide_type": "fragment"}
ex.check_my_nudge(my_nudge)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **Exercise 4 — the signs of the hidden δ.** Section 3 asked for deck 002's net after
# w'₁₁ = 10; now for any sigmoid hidden layer. Given the output δ `delta_O` (shape (n_out,)),
# the weights `W_HO` (shape (n_hidden, n_out); row j holds w'_j1, w'_j2, …) and the hidden
# outputs `out_H` (shape (n_hidden,)), return the sign, +1 or −1, of every δ_Hj. Reason from
# signs and sizes: which of the three arguments can change a sign, and which only scales? The
# check tries deck 002's net after w'₁₁ = 10 and after w'₁₁ = −6, and two other nets.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **연습 문제 4 — 은닉층 δ의 부호.** 3절에서는 w'₁₁ = 10으로 바꾼 강의 자료 002의 신경망을 물었습니다.
# 이번에는 어떤 시그모이드 은닉층이든 답할 수 있게 해 봅시다. 출력층 δ `delta_O`(모양 (n_out,)),
# 가중치 `W_HO`(모양 (n_hidden, n_out); j번째 행이 w'_j1, w'_j2, …)와 은닉층 출력 `out_H`(모양
# (n_hidden,))가 주어질 때, 모든 δ_Hj의 부호를 +1 또는 −1로 반환하세요. 부호와 크기로 추론해 보세요.
# 세 인수 가운데 어느 것이 부호를 바꿀 수 있고, 어느 것은 크기만 바꿀까요? 검사는 w'₁₁ = 10과
# w'₁₁ = −6으로 바꾼 강의 자료 002의 신경망, 그리고 다른 신경망 두 개로 해 봅니다.

# %% slideshow={"slide_type": "fragment"}
def hidden_delta_signs(delta_O, W_HO, out_H):
    raise NotImplementedError  # your code here: return one sign (+1 or -1) per hidden unit


# %% slideshow={"slide_type": "fragment"}
ex.check_hidden_delta_signs(hidden_delta_signs)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Summary
#
# - The diagram is bpkit's forward record (out in the nodes) and backward record (δ under the
#   nodes, ∂E/∂w on the edges); every gradient is a δ times what flows into its weight:
#   ∂E/∂w'_jk = δ_Ok·out_Hj, ∂E/∂w_ij = δ_Hj·x_i.
# - A saturated sigmoid output has out(1 − out) ≈ 0: with MSE its δ, and every δ below it,
#   nearly vanish; with cross-entropy the factor cancels and δ_O = out − t stays large.
# - A hidden δ has the sign of Σ_k δ_Ok·w'_jk (σ' > 0 never flips it): after w'₁₁ = 10 the
#   shrunken δ_O1 loses to δ_O2 in every hidden unit, and all four δ_H turn negative.
# - One training step is forward layer by layer, backward layer by layer (output δ first, since
#   hidden δ are built from it), then the update w ← w − lr·∂E/∂w.
# - The nudge test confirms a gradient: ∂E/∂w·ε matches E(w + ε) − E(w) with an error that
#   shrinks like ε — the idea behind gradient checking (notebook 09).

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 정리
#
# - 그림은 bpkit의 순전파 기록(뉴런 안의 out)과 역전파 기록(뉴런 아래의 δ, 연결선 위의 ∂E/∂w)이다.
#   모든 기울기는 δ에 그 가중치로 흘러 들어오는 값을 곱한 것:
#   ∂E/∂w'_jk = δ_Ok·out_Hj, ∂E/∂w_ij = δ_Hj·x_i.
# - 포화된 시그모이드 출력은 out(1 − out) ≈ 0이다. 오차제곱합에서는 그 δ와 그 아래의 모든 δ가 거의
#   사라지고, 교차 엔트로피에서는 이 인수가 약분되어 δ_O = out − t가 크게 남는다.
# - 은닉층 δ의 부호는 Σ_k δ_Ok·w'_jk의 부호이다 (σ' > 0은 부호를 바꾸지 않는다). w'₁₁ = 10이면
#   작아진 δ_O1이 모든 은닉 뉴런에서 δ_O2에 밀려, δ_H 네 개가 모두 음수가 된다.
# - 학습 한 단계는 층별 순전파, 층별 역전파(은닉층 δ는 출력층 δ로 만들어지므로 출력층 δ가 먼저), 그리고
#   업데이트 w ← w − lr·∂E/∂w이다.
# - 미세 변화 테스트는 기울기를 확인한다: ∂E/∂w·ε은 E(w + ε) − E(w)와 거의 같고, 그 오차는 ε에
#   비례해 줄어든다. 이것이 기울기 검증(gradient check, 노트북 09)의 아이디어이다.

# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# # 01 · Gradient descent on one neuron — 경사하강법
#
# Follows the recap at the start of deck 001 (blog post; the earlier posts it recaps are
# "Gradient Descent" and "Feedforward") and deck 003, notes **"04.1. 경사하강법"** §1:
#
# | slide | in English |
# |---|---|
# | 001: Sigmoid activation function · Output (prediction) formula | the sigmoid neuron |
# | 001: Error function · The function that updates the weights | log-loss and the update rule |
# | 003 §1: 개념 — 오차를 편미분 해서 양수면 −, 음수면 +로 조절 | concept: step against the slope |
# | 003 §1: 적절한 보폭을 설정해야 함 | choose a suitable step size |
# | 003 §1: 가중치와 bias를 수정하는 방법 | how to update weights and bias |
# | 001: Feedforward — Matrix Calculate | the same neuron stacked, as matrices |

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# # 01 · 뉴런 하나로 배우는 경사하강법 — Gradient descent on one neuron
#
# 강의 자료 001(블로그 글)의 앞부분에 있는 복습(앞선 글 "Gradient Descent"와 "Feedforward"를
# 되짚는 부분)과 강의 자료 003 **"04.1. 경사하강법"**의 §1을 따라갑니다.
#
# | 슬라이드 | 내용 |
# |---|---|
# | 001: Sigmoid activation function · Output (prediction) formula | 시그모이드 뉴런 |
# | 001: Error function · The function that updates the weights | 로그 손실과 업데이트 규칙 |
# | 003 §1: 개념 — 오차를 편미분 해서 양수면 −, 음수면 +로 조절 | 개념: 기울기의 반대 방향으로 이동 |
# | 003 §1: 적절한 보폭을 설정해야 함 | 알맞은 보폭 고르기 |
# | 003 §1: 가중치와 bias를 수정하는 방법 | 가중치와 편향을 수정하는 방법 |
# | 001: Feedforward — Matrix Calculate | 같은 뉴런을 쌓아 행렬로 쓰기 |

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## Learning goals
#
# You will be able to …
#
# 1. compute a sigmoid neuron's prediction ŷ and its log-loss error for one applicant;
# 2. show that deck 001's rule w ← w + α(y − ŷ)x is gradient descent, w ← w − α ∂E/∂w;
# 3. train the neuron and read the decision boundary as it moves over the epochs;
# 4. tell from error curves whether a learning rate is too small, suitable, or too large.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 학습 목표
#
# 이 노트북을 마치면 다음을 할 수 있습니다.
#
# 1. 지원자 한 명에 대해 시그모이드(sigmoid) 뉴런의 예측 ŷ와 로그 손실(log-loss) 오차를 계산한다.
# 2. 강의 자료 001의 규칙 w ← w + α(y − ŷ)x가 경사하강법(gradient descent) w ← w − α ∂E/∂w와
#    같음을 보인다.
# 3. 뉴런을 학습시키면서 에포크(epoch)마다 움직이는 결정 경계(decision boundary)를 읽는다.
# 4. 오차 곡선을 보고 학습률(learning rate)이 너무 작은지, 알맞은지, 너무 큰지 판단한다.

# %% slideshow={"slide_type": "skip"}
# %matplotlib inline
import matplotlib.pyplot as plt
import numpy as np
import sympy as sp

import bpkit as bp
from bpkit import data
from bpkit.exercises import nb01 as ex
from bpkit.figures import boundary
from bpkit.i18n import _
from bpkit.lessons import neuron

bp.set_language("en")
SEED = 0
rng = np.random.default_rng(SEED)
plt.rcParams.update({"figure.dpi": 80, "axes.spines.top": False, "axes.spines.right": False})

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 1. The data: two scores, admitted or not
#
# Deck 001 recaps a lesson on predicting student admissions. bpkit generates a data set like
# it (seeded): each applicant has two standardised scores x₁, x₂ (0 = average) and a label
# y = 1 (admitted) or 0 (rejected).

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 1. 데이터: 점수 두 개와 합격 여부
#
# 강의 자료 001은 학생의 합격 여부를 예측하는 앞선 수업을 복습합니다. bpkit은 이와 비슷한
# 데이터를 (시드를 고정해) 만듭니다. 지원자마다 표준화된 점수 x₁, x₂(0이 평균)와 레이블
# y = 1(합격) 또는 0(불합격)이 있습니다.

# %% slideshow={"slide_type": "fragment"}
X, y = data.make_admissions(100, rng)
bp.Table([_("applicant"), "x₁", "x₂", "y"],
         [[str(i), X[i, 0], X[i, 1], str(int(y[i]))] for i in range(5)],
         caption=_("the first {k} of {n} applicants; {admitted} were admitted",
                   k=5, n=len(y), admitted=int(y.sum())),
         fmt="{:.3f}")

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 2. Sigmoid activation function · Output (prediction) formula
#
# $$\sigma(x) = \frac{1}{1+e^{-x}}, \qquad \hat{y} = \sigma(w_1 x_1 + w_2 x_2 + b)$$
#
# ŷ lies between 0 and 1 and reads as "the probability the neuron gives to *admitted*".
# We start from the weights w = (−1, 2), b = 1 (a poor guess, on purpose).

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 2. Sigmoid activation function · Output (prediction) formula — 시그모이드와 예측식
#
# $$\sigma(x) = \frac{1}{1+e^{-x}}, \qquad \hat{y} = \sigma(w_1 x_1 + w_2 x_2 + b)$$
#
# ŷ는 0과 1 사이의 값이고, "뉴런이 *합격*에 주는 확률"로 읽습니다. 가중치(weight)
# w = (−1, 2), 편향(bias) b = 1에서 출발합니다(일부러 고른 나쁜 추측입니다).

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# **Predict first.** Take applicant 0 from the table of section 1. What ŷ does the neuron give
# it with these weights? Work it out with a pen (a calculator for e) before you run the next
# cells.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# **먼저 예측해 보세요.** 1절 표의 지원자 0을 보세요. 이 가중치에서 뉴런은 이 지원자에게 어떤
# ŷ를 줄까요? 다음 셀들을 실행하기 전에 펜으로(e는 계산기로) 직접 계산해 보세요.

# %% slideshow={"slide_type": "fragment"}
my_y_hat_0 = ...   # your prediction: a number
ex.predict("y_hat_0", my_y_hat_0)

# %% slideshow={"slide_type": "fragment"}
w0, b0 = np.array([-1.0, 2.0]), 1.0
y_hat = neuron.predict(X, w0, b0)
assert np.allclose(y_hat, 1 / (1 + np.exp(-(X @ w0 + b0))))   # the slide's formula
bp.Table([_("applicant"), "w·x + b", "ŷ", "y"],
         [[str(i), float(X[i] @ w0 + b0), y_hat[i], str(int(y[i]))] for i in range(5)],
         caption=_("ŷ = σ(w·x + b) for the starting weights"), fmt="{:.3f}")

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 3. Error function (log-loss)
#
# $$Error(y, \hat{y}) = -y \log(\hat{y}) - (1-y) \log(1-\hat{y})$$
#
# For y = 1 only the first term counts, for y = 0 only the second. The error is 0 when ŷ
# equals y and grows without bound as ŷ goes to the wrong end.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 3. Error function — 오차함수(로그 손실)
#
# $$Error(y, \hat{y}) = -y \log(\hat{y}) - (1-y) \log(1-\hat{y})$$
#
# y = 1이면 첫째 항만, y = 0이면 둘째 항만 남습니다. ŷ가 y와 같으면 오차는 0이고, ŷ가
# 반대쪽 끝으로 갈수록 오차는 한없이 커집니다.

# %% slideshow={"slide_type": "fragment"}
bp.Table(["ŷ", _("error if y = 1"), _("error if y = 0")],
         [[p, neuron.log_loss([1.0], [p]), neuron.log_loss([0.0], [p])]
          for p in (0.99, 0.9, 0.5, 0.1, 0.01)],
         caption=_("the log-loss of one applicant"), fmt="{:.3f}")

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# Over the data set, E is the mean error. With the starting weights:

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# 데이터 전체에 대한 E는 오차의 평균입니다. 출발 가중치에서는 다음과 같습니다.

# %% slideshow={"slide_type": "fragment"}
print(f"E(w0, b0) = {neuron.error(X, y, w0, b0):.4f}")

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 4. The function that updates the weights
#
# Deck 001: $\;w_i \longrightarrow w_i + \alpha (y - \hat{y}) x_i, \quad b \longrightarrow b + \alpha (y - \hat{y})$
#
# Deck 003 (가중치와 bias를 수정하는 방법): $\;w = w - \eta \frac{\partial E}{\partial w}, \quad b = b - \eta \frac{\partial E}{\partial b}$
#
# They are the same rule (α = η is the learning rate, 학습률) if
# $\frac{\partial E}{\partial w_i} = -(y-\hat{y})x_i$ and $\frac{\partial E}{\partial b} = -(y-\hat{y})$.
# SymPy checks it for the log-loss:

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 4. The function that updates the weights — 가중치를 업데이트하는 함수
#
# 강의 자료 001: $\;w_i \longrightarrow w_i + \alpha (y - \hat{y}) x_i, \quad b \longrightarrow b + \alpha (y - \hat{y})$
#
# 강의 자료 003 (가중치와 bias를 수정하는 방법): $\;w = w - \eta \frac{\partial E}{\partial w}, \quad b = b - \eta \frac{\partial E}{\partial b}$
#
# $\frac{\partial E}{\partial w_i} = -(y-\hat{y})x_i$이고 $\frac{\partial E}{\partial b} = -(y-\hat{y})$이면
# 두 식은 같은 규칙입니다(α = η가 학습률입니다). 로그 손실에 대해 SymPy로 확인합니다.

# %% slideshow={"slide_type": "fragment"}
w1, w2, b, x1, x2, ys = sp.symbols("w_1 w_2 b x_1 x_2 y", real=True)
yh = 1 / (1 + sp.exp(-(w1 * x1 + w2 * x2 + b)))
E = -ys * sp.log(yh) - (1 - ys) * sp.log(1 - yh)
assert sp.cancel(sp.diff(E, w1) - (-(ys - yh) * x1)) == 0
assert sp.cancel(sp.diff(E, w2) - (-(ys - yh) * x2)) == 0
assert sp.cancel(sp.diff(E, b) - (-(ys - yh))) == 0
print(_("SymPy: ∂E/∂wᵢ = −(y − ŷ)·xᵢ and ∂E/∂b = −(y − ŷ), "
        "so w − α·∂E/∂w = w + α(y − ŷ)x: deck 001's rule is gradient descent."))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **Predict first.** Apply deck 001's rule to applicant 2 alone, with α = 0.5. By how much does
# w₁ change, Δw₁ = α(y − ŷ)x₁? Its x₁, y and ŷ are in the tables of sections 1 and 2; mind the
# signs. Work it out with a pen before you run the next cells.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **먼저 예측해 보세요.** 강의 자료 001의 규칙을 지원자 2 한 명에게만 α = 0.5로 적용합니다.
# w₁은 얼마나 바뀔까요? Δw₁ = α(y − ŷ)x₁입니다. 이 지원자의 x₁, y, ŷ는 1절과 2절의 표에
# 있습니다. 부호에 주의하세요. 다음 셀들을 실행하기 전에 펜으로 계산해 보세요.

# %% slideshow={"slide_type": "fragment"}
my_delta_w1 = ...   # your prediction: a number (with its sign)
ex.predict("delta_w1", my_delta_w1)

# %% slideshow={"slide_type": "fragment"}
w_one, b_one = neuron.gradient_step(X[2], y[2], w0, b0, 0.5)   # one applicant, α = 0.5
bp.Table(["", "w₁", "w₂", "b"],
         [[_("before"), *w0, b0], [_("after"), *w_one, b_one],
          [_("change"), *(w_one - w0), b_one - b0]], fmt="{:+.4f}",
         caption=_("one step of deck 001's rule on applicant {i} alone (y = {y:g}, ŷ = {y_hat:.4f})",
                   i=2, y=y[2], y_hat=y_hat[2]))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# The same on numbers: one step of `neuron.gradient_step` (deck 001's rule, averaged over
# the 100 applicants) against w − α·∂E/∂w with ∂E/∂w from central differences. (This is
# gradient descent for *logistic regression*; it is not the perceptron rule, which changes w
# only on misclassified points and uses a 0/1 step instead of σ.)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# 숫자로도 확인합니다. `neuron.gradient_step`의 한 걸음(지원자 100명에 대해 평균한 강의
# 자료 001의 규칙)을, 중심 차분(central difference)으로 구한 ∂E/∂w를 쓴 w − α·∂E/∂w와
# 비교합니다. (이것은 *로지스틱 회귀*의 경사하강법입니다. 퍼셉트론 규칙과는 다릅니다.
# 퍼셉트론 규칙은 잘못 분류된 점에서만 w를 바꾸고, σ 대신 0/1 계단 함수를 씁니다.)

# %% slideshow={"slide_type": "fragment"}
alpha = 0.5
w_new, b_new = neuron.gradient_step(X, y, w0, b0, alpha)
w = w0.copy()
dE_dw = bp.numerical_gradient(lambda: neuron.error(X, y, w, b0), w)
assert np.allclose(w_new, w0 - alpha * dE_dw, atol=1e-8)
print(_("deck 001's rule:   w = ({w1:.6f}, {w2:.6f})", w1=w_new[0], w2=w_new[1]))
print(_("w − α·∂E/∂w (FD):  w = ({w1:.6f}, {w2:.6f})",
        w1=w0[0] - alpha * dE_dw[0], w2=w0[1] - alpha * dE_dw[1]))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 5. 개념: 오차를 편미분 해서 양수면 −, 음수면 +로 조절
#
# "Differentiate the error; if the slope is positive, decrease w; if negative, increase it."
# Along w₁ (w₂ = 2, b = 1 fixed), the slope ∂E/∂w₁ and the step −α·∂E/∂w₁:

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 5. 개념: 오차를 편미분 해서 양수면 −, 음수면 +로 조절
#
# 오차를 편미분(partial derivative)해서 기울기(gradient)가 양수이면 w를 줄이고, 음수이면
# w를 늘립니다. w₂ = 2, b = 1을 고정하고 w₁을 따라가며 기울기 ∂E/∂w₁과 한 걸음
# −α·∂E/∂w₁을 봅니다.

# %% slideshow={"slide_type": "fragment"}
rows = []
for w1_value in (-2.0, 0.0, 2.0, 4.0, 8.0):
    wv = np.array([w1_value, 2.0])
    slope = neuron.gradient(X, y, wv, 1.0)[0][0]
    rows.append([w1_value, neuron.error(X, y, wv, 1.0), slope, -alpha * slope,
                 _("w₁ goes up (+)") if slope < 0 else _("w₁ goes down (−)")])
bp.Table(["w₁", "E", "∂E/∂w₁", _("step −α·∂E/∂w₁"), _("so")], rows, fmt="{:.4f}",
         caption=_("the step always points downhill, against the sign of the slope"))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 6. Training: the decision boundary moves
#
# `neuron.train_neuron` repeats the step for 100 epochs (α = 0.5, from w = (−1, 2), b = 1).
# The boundary is where ŷ = 0.5, i.e. w₁x₁ + w₂x₂ + b = 0.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 6. 학습: 결정 경계가 움직인다
#
# `neuron.train_neuron`은 이 한 걸음을 100 에포크 동안 되풀이합니다(α = 0.5, w = (−1, 2),
# b = 1에서 출발). 결정 경계는 ŷ = 0.5인 곳, 즉 w₁x₁ + w₂x₂ + b = 0인 직선입니다.

# %% slideshow={"slide_type": "fragment"}
hist = neuron.train_neuron(X, y, alpha=0.5, epochs=100, w=w0, b=b0)
epochs = [0, 2, 5, 10, 25, 100]
bp.Table([_("epoch"), "w₁", "w₂", "b", "E", _("accuracy")],
         [[str(e), *hist.w[e], hist.b[e], hist.error[e],
           bp.accuracy(neuron.predict(X, *hist.boundary(e))[:, None], y)] for e in epochs],
         fmt="{:.3f}", caption=_("the neuron after some epochs"))

# %% slideshow={"slide_type": "subslide"}
boundary.plot_boundaries(X, y, hist, epochs)
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 7. 적절한 보폭을 설정해야 함 — choose a suitable step
#
# To see the path on the error surface we keep b = 0, so E depends on (w₁, w₂) only, start
# at w = (−2, 6) and run 40 epochs with three learning rates.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 7. 적절한 보폭을 설정해야 함
#
# 오차 곡면 위의 경로를 보려고 b = 0으로 고정합니다. 그러면 E는 (w₁, w₂)에만 달려 있습니다.
# w = (−2, 6)에서 출발해 세 가지 학습률로 40 에포크씩 학습합니다.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **Predict first.** With α = 60, what does E do over the 40 epochs? Answer `"smooth"` (E goes
# down every epoch, faster than with a smaller α), `"crawls"` (E goes down a little each
# epoch) or `"oscillates"` (E goes up on some epochs and does not settle). Decide before you
# run the next cells.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **먼저 예측해 보세요.** α = 60이면 40 에포크 동안 E는 어떻게 될까요? `"smooth"`(매 에포크
# E가 내려가고, 더 작은 α보다 빠르다), `"crawls"`(매 에포크 E가 조금씩 내려간다),
# `"oscillates"`(몇몇 에포크에서 E가 올라가고 자리를 잡지 못한다) 중에서 고르세요. 다음 셀들을
# 실행하기 전에 정하세요.

# %% slideshow={"slide_type": "fragment"}
my_alpha_60 = ...   # your prediction: "smooth", "crawls" or "oscillates"
ex.predict("alpha_60", my_alpha_60)

# %% slideshow={"slide_type": "fragment"}
runs = {a: neuron.train_neuron(X, y, alpha=a, epochs=40, w=np.array([-2.0, 6.0]), fit_bias=False)
        for a in (0.3, 5.0, 60.0)}
grid = np.linspace(-5, 15, 81)
boundary.plot_learning_rates(X, y, runs, grid, grid)
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# What to notice:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# 눈여겨볼 점:

# %% slideshow={"slide_type": "fragment"}
best = min(min(h.error) for h in runs.values())
bp.Table(["α", _("E after 40 epochs"), _("first epoch with E < {e:.3f}", e=best + 0.01),
          _("epochs where E went up"), _("verdict")],
         [[a, h.error[-1],
           next((str(e) for e, E in enumerate(h.error) if E < best + 0.01), _("never")),
           str(int(np.sum(np.diff(h.error) > 0))), verdict]
          for (a, h), verdict in zip(runs.items(), [_("too small: crawls"), _("suitable"),
                                                    _("too large: overshoots, oscillates")])],
         fmt="{:.3g}", caption=_("same data, same start; the lowest E of all runs is {e:.3f}",
                                 e=best))

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# - α = 0.3 goes the right way, every step downhill, but is still far from the valley floor
#   after 40 epochs;
# - α = 5 reaches the floor within a few epochs and stays there;
# - α = 60 jumps across the valley: it touches the floor now and then, but E goes *up* on
#   many epochs (see the table) and never settles.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# - α = 0.3은 방향은 맞아서 매 걸음 내리막으로 가지만, 40 에포크가 지나도 골짜기 바닥에서 멀다.
# - α = 5는 몇 에포크 만에 바닥에 닿고 그대로 머문다.
# - α = 60은 골짜기를 건너뛴다. 가끔 바닥에 닿기도 하지만 여러 에포크에서 E가 오히려
#   *올라가고*(표 참고) 끝내 자리를 잡지 못한다.

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 8. Feedforward — Matrix Calculate (deck 001): two slide errors
#
# Deck 001 stacks these neurons into a 2-2-1 net and writes
#
# $$\hat{y} = \sigma \begin{pmatrix} {w^{2}}_{11} \\ {w^{2}}_{21} \\ {w^{2}}_{31} \end{pmatrix} \sigma \begin{pmatrix} w_{11} & w_{12} \\ w_{21} & w_{22} \\ w_{31} & w_{32} \end{pmatrix} \begin{pmatrix} x_1 \\ x_2 \\ -2 \end{pmatrix}$$
#
# **Wrong twice:** the bias input is 1, not −2 (the next line of the post has 1), and a
# (3 × 2) matrix cannot multiply a (3,) vector: the weights must be transposed, and the hidden
# layer needs its own bias input 1 to meet the (3,) column of layer 1.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 8. Feedforward — Matrix Calculate (강의 자료 001): 슬라이드 오류 두 가지
#
# 강의 자료 001은 이 뉴런들을 쌓아 2-2-1 신경망을 만들고 다음과 같이 씁니다.
#
# $$\hat{y} = \sigma \begin{pmatrix} {w^{2}}_{11} \\ {w^{2}}_{21} \\ {w^{2}}_{31} \end{pmatrix} \sigma \begin{pmatrix} w_{11} & w_{12} \\ w_{21} & w_{22} \\ w_{31} & w_{32} \end{pmatrix} \begin{pmatrix} x_1 \\ x_2 \\ -2 \end{pmatrix}$$
#
# **두 군데가 틀렸습니다.** 편향 입력은 −2가 아니라 1입니다(글의 바로 다음 줄에는 1로 나옵니다).
# 또 (3 × 2) 행렬(matrix)에는 (3,) 벡터를 곱할 수 없습니다. 가중치를 전치(transpose)해야 하고,
# 은닉층(hidden layer)에도 자기 편향 입력 1이 있어야 1층의 (3,) 열과 크기가 맞습니다.

# %% slideshow={"slide_type": "fragment"}
W0, W1 = rng.standard_normal((3, 2)), rng.standard_normal((3, 1))
x_tilde = np.array([X[0, 0], X[0, 1], 1.0])          # bias input 1
try:
    W0 @ x_tilde
except ValueError as err:
    print(_("as written, W0 @ x fails:"), err)
h = bp.sigmoid(W0.T @ x_tilde)                        # (2,)
y_hat_fixed = bp.sigmoid(W1.T @ np.append(h, 1.0))    # (1,)
print(_("shapes that work: W0ᵀ {w0} @ x {x} → h {h}; W1ᵀ {w1} @ [h, 1] {h1} → ŷ {y}",
        w0=W0.T.shape, x=x_tilde.shape, h=h.shape, w1=W1.T.shape, h1=(3,),
        y=y_hat_fixed.shape))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# The fixed formula is bpkit's 2-2-1 net whose biases are the last rows of W0 and W1
# (bpkit keeps rows as samples, so it computes x·W, the transpose of Wᵀx):

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# 고친 식은 W0와 W1의 마지막 행을 편향으로 쓰는 bpkit의 2-2-1 신경망과 같습니다(bpkit은
# 행 하나가 샘플 하나이므로 Wᵀx의 전치인 x·W를 계산합니다).

# %% slideshow={"slide_type": "fragment"}
net = bp.MLP([2, 2, 1], activation="sigmoid", loss="bce", seed=SEED)
net.weights, net.biases = [W0[:2], W1[:2]], [W0[2], W1[2]]
assert np.allclose(net.predict(X[0]), y_hat_fixed)
print(_("ŷ by the fixed slide formula = {y:.6f} = bpkit's net.predict", y=float(y_hat_fixed[0])))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Exercises
#
# **1.** Write deck 001's update for *one* applicant: given x (2,), y (0 or 1), w (2,), b and
# α, return `(w_new, b_new)`. (`bp.sigmoid` is there for you.)

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 연습 문제(exercise)
#
# **1.** 지원자 *한 명*에 대한 강의 자료 001의 업데이트를 작성하세요. x (2,), y (0 또는 1), w (2,),
# b, α가 주어지면 `(w_new, b_new)`를 반환합니다. (`bp.sigmoid`를 써도 됩니다.)

# %% slideshow={"slide_type": "fragment"}
def my_update(x, y, w, b, alpha):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_update(my_update)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **2.** Write deck 001's error for one applicant: given y (0 or 1) and ŷ in (0, 1), return
# −y log ŷ − (1 − y) log(1 − ŷ).

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **2.** 지원자 한 명에 대한 강의 자료 001의 오차를 작성하세요. y (0 또는 1)와 (0, 1) 사이의 ŷ가
# 주어지면 −y log ŷ − (1 − y) log(1 − ŷ)를 반환합니다.

# %% slideshow={"slide_type": "fragment"}
def my_log_loss(y, y_hat):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_log_loss(my_log_loss)

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **3.** Which applicant moves the weights the most? In one step of deck 001's rule each
# applicant i would move w by its own α(yᵢ − ŷᵢ)xᵢ (the same α for all). Given X (n, 2),
# y (n,), w (2,) and b, return the index i whose step is the longest (`np.linalg.norm`).
# Think first: is it the applicant the neuron gets most wrong? The one farthest from the
# origin? Neither, always?

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **3.** 가중치를 가장 많이 움직이는 지원자는 누구일까요? 강의 자료 001의 규칙으로 한 걸음
# 갈 때 지원자 i는 w를 자기 몫인 α(yᵢ − ŷᵢ)xᵢ만큼 움직입니다(α는 모두 같습니다).
# X (n, 2), y (n,), w (2,), b가 주어지면 이 걸음이 가장 긴 지원자의 인덱스 i를 반환하세요
# (`np.linalg.norm`). 먼저 생각해 보세요. 뉴런이 가장 크게 틀리는 지원자일까요? 원점에서 가장
# 먼 지원자일까요? 둘 다 아닐 수도 있을까요?

# %% slideshow={"slide_type": "fragment"}
def most_influential(X, y, w, b):
    raise NotImplementedError  # your code here: return an index i


# %% slideshow={"slide_type": "fragment"}
ex.check_most_influential(most_influential)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Summary
#
# - A sigmoid neuron predicts ŷ = σ(w₁x₁ + w₂x₂ + b); its log-loss −y log ŷ − (1 − y) log(1 − ŷ)
#   is small when ŷ is near y and grows without bound as ŷ goes to the wrong end.
# - Deck 001's rule w ← w + α(y − ŷ)x, b ← b + α(y − ŷ) **is** gradient descent
#   w ← w − α ∂E/∂w: SymPy gives ∂E/∂w = −(y − ŷ)x, and finite differences agree.
# - Each step moves against the sign of the slope (deck 003: 양수면 −, 음수면 +); over the
#   epochs the boundary ŷ = 0.5 turns into place and E falls.
# - The step size matters (적절한 보폭): too small crawls, too large jumps across the valley
#   and E goes up; a suitable α gets to the minimum in a few epochs.
# - Deck 001's matrix slide needs bias input 1 (not −2) and transposed weights; fixed, it is
#   bpkit's 2-2-1 net. Next: notebook 02, the chain rule that takes this to many layers.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 정리
#
# - 시그모이드 뉴런은 ŷ = σ(w₁x₁ + w₂x₂ + b)로 예측한다. 로그 손실 −y log ŷ − (1 − y) log(1 − ŷ)는
#   ŷ가 y에 가까우면 작고, ŷ가 반대쪽 끝으로 갈수록 한없이 커진다.
# - 강의 자료 001의 규칙 w ← w + α(y − ŷ)x, b ← b + α(y − ŷ)는 경사하강법 w ← w − α ∂E/∂w
#   **그 자체**다. SymPy로 구하면 ∂E/∂w = −(y − ŷ)x이고, 수치 미분(numerical differentiation)으로
#   구한 값도 일치한다.
# - 한 걸음은 항상 기울기 부호의 반대 방향으로 간다(강의 자료 003: 양수면 −, 음수면 +).
#   에포크가 지나면서 경계 ŷ = 0.5가 제자리로 돌아 들어가고 E가 줄어든다.
# - 보폭이 중요하다(적절한 보폭). 너무 작으면 느릿느릿 기어가고, 너무 크면 골짜기를 건너뛰어
#   E가 오히려 올라간다. 알맞은 α는 몇 에포크 만에 최솟값에 닿는다.
# - 강의 자료 001의 행렬 슬라이드는 편향 입력을 (−2가 아니라) 1로, 가중치를 전치해야 맞다.
#   고치면 bpkit의 2-2-1 신경망과 같다. 다음: 노트북 02, 이것을 여러 층으로 넓혀 주는 연쇄법칙.

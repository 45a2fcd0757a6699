# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# # 00 · Backpropagation, notebook by notebook — 오차역전파 시리즈 안내
#
# **한국어판:** [ko/00_index.ipynb](ko/00_index.ipynb) — the same series in Korean.
#
# This series teaches backpropagation (오차역전파) the way five Korean lecture decks do, one
# idea per notebook, with every number computed by the small numpy package `bpkit`:
#
# | deck | title on the slides | in English |
# |---|---|---|
# | 000 | 오차 역전파 (KAIG Deep Learning Study) | error backpropagation |
# | 001 | blog post: Gradient Descent · Feedforward recap, Chain Rule | gradient descent, chain rule |
# | 002 | 오차역전파 계산하기 | computing backpropagation by hand |
# | 003 | 04.1. 경사하강법 | gradient descent, δ notation |
# | 004 | 다층 신경망 모델링 (파이썬으로 배우는 기계학습) | modelling multilayer networks |

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# # 00 · 오차역전파 시리즈 안내 — Backpropagation, notebook by notebook
#
# **English edition:** [../00_index.ipynb](../00_index.ipynb) — 같은 시리즈의 영어판입니다.
#
# 이 시리즈는 다섯 개의 한국어 강의 자료(deck)가 가르치는 방식 그대로 오차역전파
# (backpropagation)를 가르칩니다. 노트북 하나에 개념 하나씩 다루고, 모든 숫자는 작은 numpy
# 패키지 `bpkit`으로 계산합니다.
#
# | 강의 자료 | 슬라이드의 제목 | 내용 |
# |---|---|---|
# | 000 | 오차 역전파 (KAIG Deep Learning Study) | 오차역전파 |
# | 001 | 블로그 글: Gradient Descent · Feedforward recap, Chain Rule | 경사하강법, 연쇄법칙 |
# | 002 | 오차역전파 계산하기 | 오차역전파 손으로 계산하기 |
# | 003 | 04.1. 경사하강법 | 경사하강법, δ 표기 |
# | 004 | 다층 신경망 모델링 (파이썬으로 배우는 기계학습) | 다층 신경망 모델링 |

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## Learning goals
#
# You will be able to …
#
# 1. open the series (JupyterLab or Binder) and run a notebook top to bottom;
# 2. pick the notebook for a lecture topic, in the order the series builds it up;
# 3. translate any deck's symbols (t, y, s, h, ŷ, α, net, out, w', u, δ, Z, A, W^[l], E^[l])
#    into each other and into bpkit names;
# 4. use the self-checking exercises: fill in a stub, run its check, read the feedback.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 학습 목표
#
# 이 노트북을 마치면 다음을 할 수 있습니다.
#
# 1. 시리즈를 (JupyterLab이나 Binder에서) 열고 노트북 하나를 처음부터 끝까지 실행한다.
# 2. 강의 주제에 맞는 노트북을, 시리즈가 쌓아 가는 순서대로 고른다.
# 3. 강의 자료마다 다른 기호(t, y, s, h, ŷ, α, net, out, w', u, δ, Z, A, W^[l], E^[l])를
#    서로, 그리고 bpkit의 이름으로 바꿔 읽는다.
# 4. 스스로 채점하는 연습 문제(exercise)를 쓴다: 빈 함수를 채우고, 검사를 실행하고, 피드백을
#    읽는다.

# %% slideshow={"slide_type": "skip"}
import numpy as np

import bpkit as bp
from bpkit.exercises import nb01, nb04
from bpkit.i18n import _, glossary
from bpkit.lessons import examples, notation

bp.set_language("en")
SEED = 0
rng = np.random.default_rng(SEED)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## The map — in this order
#
# | notebook | idea | deck |
# |---|---|---|
# | [01 · Gradient descent](01_gradient_descent.ipynb) | one sigmoid neuron, log-loss, w ← w + α(y − ŷ)x, the learning rate (적절한 보폭) | 001, 003 §1 |
# | [02 · Chain rule](02_chain_rule.ipynb) | F'(x) = f'(g(x))g'(x); y = 3x, z = 2y and its 10 % nudge | 004 §1, 001 |
# | [03 · Symbolic derivatives](03_symbolic_derivatives.ipynb) | σ' = σ(1 − σ) and the cross-entropy δ = y − t, derived in SymPy | 000 |
# | [04 · Backprop by hand](04_backprop_by_hand.ipynb) | the 3-4-2 net of 오차역전파 계산하기, every number in a table | 002 |
# | [05 · Delta rule](05_delta_rule.ipynb) | δ_k, ∂w_jk = y_j δ_k, ∂b_k = δ_k, ∂y_j = Σ δ_r w_jr; vanishing gradients | 003, 000 |
# | [06 · Matrix model](06_matrix_model.ipynb) | Z = W·A for a batch, the matrix model, the lecture code's E¹ rule | 004 |
# | [07 · Digits lab](07_digits_lab.ipynb) | training on real handwritten digits: learning curves, confusion matrix, what the lecture's rule costs | 004 |
# | [08 · Explorer](08_explorer.ipynb) | the interactive lab: perturb weights, watch δ flow back | all |
# | [09 · Gradient check](09_gradient_check.ipynb) | central differences, and a bug zoo of wrong backward passes | all |
# | [10 · Android 적용](10_android.ipynb) | the trained net leaves the notebook: ONNX, JSON, Java, and a phone app | 000 part 2 |
#
# 01–02 are the calculus, 03–05 backpropagation on paper and in code, 06 the matrix form,
# 07 a lab on real data, 08–09 play and test, 10 the net on a phone. **For lecturers:** which
# notebook for which lecture hour, how long, what to project and what to set as homework is in
# the README section
# [For lecturers](../README.md#for-lecturers).

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 전체 지도 — 이 순서대로
#
# | 노트북 | 내용 | 강의 자료 |
# |---|---|---|
# | [01 · 경사하강법](01_gradient_descent.ipynb) | 시그모이드 뉴런 하나, 로그 손실, w ← w + α(y − ŷ)x, 학습률(적절한 보폭) | 001, 003 §1 |
# | [02 · 연쇄법칙](02_chain_rule.ipynb) | F'(x) = f'(g(x))g'(x); y = 3x, z = 2y와 10 % 올리기 | 004 §1, 001 |
# | [03 · 기호 미분](03_symbolic_derivatives.ipynb) | σ' = σ(1 − σ)와 교차 엔트로피의 δ = y − t를 SymPy로 유도 | 000 |
# | [04 · 손으로 하는 오차역전파](04_backprop_by_hand.ipynb) | 오차역전파 계산하기의 3-4-2 신경망, 모든 숫자를 표로 | 002 |
# | [05 · 델타 규칙](05_delta_rule.ipynb) | δ_k, ∂w_jk = y_j δ_k, ∂b_k = δ_k, ∂y_j = Σ δ_r w_jr; 기울기 소실 | 003, 000 |
# | [06 · 행렬 모델](06_matrix_model.ipynb) | 배치에 대한 Z = W·A, 행렬 모델, 강의 코드의 E¹ 규칙 | 004 |
# | [07 · 손글씨 숫자 실습](07_digits_lab.ipynb) | 실제 손글씨 숫자로 학습: 학습 곡선, 혼동 행렬, 강의의 규칙이 치르는 대가 | 004 |
# | [08 · 탐험기](08_explorer.ipynb) | 직접 해 보는 실습: 가중치를 흔들고 δ가 거꾸로 흐르는 모습 보기 | 전체 |
# | [09 · 기울기 검증](09_gradient_check.ipynb) | 중심 차분, 그리고 틀린 역전파를 모은 버그 동물원 | 전체 |
# | [10 · Android 적용](10_android.ipynb) | 학습한 신경망이 노트북을 떠나기: ONNX, JSON, Java, 휴대폰 앱 | 000 2부 |
#
# 01–02는 미분, 03–05는 종이와 코드로 하는 오차역전파, 06은 행렬 형태, 07은 실제 데이터 실습,
# 08–09는 실험과 검증, 10은 휴대폰 위의 신경망입니다. **강의하시는 분께:** 몇 번째 강의 시간에
# 어느 노트북을 얼마 동안 다루고, 무엇을 화면에 띄우고 무엇을 과제로 낼지는
# [README.ko.md](../../README.ko.md)의 강의 계획에 있습니다.

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## How to open it
#
# - **On your machine (JupyterLab):** from the repository folder run
#   `bash scripts/open.sh`. It installs everything into `.venv/` (unless a virtual environment
#   is active) and opens this notebook.
# - **In the browser, nothing to install (Binder):**
#   [![Binder](https://mybinder.org/badge_logo.svg)](https://mybinder.org/v2/gh/bpkit-edu/bpkit/HEAD?urlpath=lab/tree/notebooks/00_index.ipynb)
#   — or open <https://mybinder.org/v2/gh/bpkit-edu/bpkit/HEAD?urlpath=lab/tree/notebooks/00_index.ipynb>.
#   The Korean edition (한국어판):
#   [![Binder](https://mybinder.org/badge_logo.svg)](https://mybinder.org/v2/gh/bpkit-edu/bpkit/HEAD?urlpath=lab/tree/notebooks/ko/00_index.ipynb).
#   The first start takes a few minutes.
# - **As slides:** every notebook is a slideshow (jupyterlab-rise is installed); start it with
#   the RISE button in the notebook toolbar.
#
# Run a notebook top to bottom (Run ▸ Run All Cells); every notebook is seeded, so you see the
# same numbers as the stored outputs and as your classmates.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 여는 방법
#
# - **내 컴퓨터에서 (JupyterLab):** 저장소 폴더에서 `bash scripts/open.sh`를 실행합니다.
#   (가상 환경이 켜져 있지 않으면) 필요한 것을 모두 `.venv/`에 설치하고 이 노트북을 엽니다.
# - **설치 없이 브라우저에서 (Binder):**
#   [![Binder](https://mybinder.org/badge_logo.svg)](https://mybinder.org/v2/gh/bpkit-edu/bpkit/HEAD?urlpath=lab/tree/notebooks/ko/00_index.ipynb)
#   — 또는 <https://mybinder.org/v2/gh/bpkit-edu/bpkit/HEAD?urlpath=lab/tree/notebooks/ko/00_index.ipynb>를
#   엽니다. 영어판(English edition):
#   [![Binder](https://mybinder.org/badge_logo.svg)](https://mybinder.org/v2/gh/bpkit-edu/bpkit/HEAD?urlpath=lab/tree/notebooks/00_index.ipynb).
#   처음 시작할 때는 몇 분이 걸립니다.
# - **슬라이드로:** 모든 노트북은 슬라이드쇼이기도 합니다(jupyterlab-rise가 설치되어 있음).
#   노트북 도구 모음의 RISE 버튼으로 시작합니다.
#
# 노트북은 처음부터 끝까지 실행하세요(Run ▸ Run All Cells). 모든 노트북은 시드가 고정되어
# 있어서, 저장된 출력과 같은 숫자, 옆 친구와 같은 숫자를 보게 됩니다.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### Check your setup
#
# If this cell prints deck 002's output without an error, the kernel, numpy and bpkit work.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 설치 확인
#
# 이 셀이 오류 없이 강의 자료 002의 출력을 보여 주면 커널, numpy, bpkit이 모두 잘 동작하는
# 것입니다.

# %% slideshow={"slide_type": "fragment"}
net, x, target, lr = examples.deck002()
fwd = net.forward(x)
bp.Table([_("layer"), _("net (pre-activation)"), "out = σ(net)"],
         [[name, np.array2string(n[0], precision=4), np.array2string(o[0], precision=4)]
          for name, n, o in zip([_("hidden H"), _("output O")], fwd.nets, fwd.outs)],
         caption=_("deck 002's 3-4-2 net on x = {x}, target {t}: E_Total = {E:.6f}",
                   x=x.tolist(), t=target.tolist(), E=net.loss(x, target)))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## How the exercises check themselves
#
# Each notebook ends with a few exercises. An exercise is a function with an empty body (a
# *stub*) and, below it, a check from `bpkit.exercises` that runs your function on a few
# inputs and answers with a `Feedback`:
#
# - ⏳ **not attempted yet** — the stub is untouched (it still raises `NotImplementedError`);
# - ❌ **not yet**, with what is wrong ("the minus sign is missing", "the inner derivative is
#   missing") — the check recognises the typical mistakes;
# - ✅ **right**, with one line on why.
#
# Reference solutions are in `notebooks/solutions/` (`nb01.py`, `nb02.py`, …), one function per
# stub, with the same names; try first. Here is notebook 01's log-loss check given the squared
# error instead:

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 연습 문제는 스스로 채점한다
#
# 노트북마다 끝에 연습 문제가 몇 개 있습니다. 연습 문제는 본문이 비어 있는 함수(*스텁*, stub)와,
# 그 아래에서 `bpkit.exercises`의 검사 함수를 부르는 셀로 이루어집니다. 검사는 여러분의 함수를
# 몇 가지 입력으로 실행해 보고 `Feedback`으로 답합니다.
#
# - ⏳ **아직 풀지 않음** — 스텁을 건드리지 않았습니다(여전히 `NotImplementedError`를 일으킴).
# - ❌ **아직 정답이 아닙니다** — 무엇이 틀렸는지 알려 줍니다("마이너스 부호가 빠졌습니다",
#   "안쪽 함수의 미분이 빠졌습니다"). 검사는 흔한 실수를 알아봅니다.
# - ✅ **정답입니다** — 왜 맞는지 한 줄로 덧붙입니다.
#
# 참고 답안은 `notebooks/solutions/`(`nb01.py`, `nb02.py`, …)에 스텁마다 같은 이름의 함수로
# 있습니다. 먼저 직접 풀어 보세요. 다음은 노트북 01의 로그 손실 검사에 제곱 오차를 넣은
# 경우입니다.

# %% slideshow={"slide_type": "fragment"}
nb01.check_my_log_loss(lambda y, y_hat: 0.5 * (y - y_hat) ** 2)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Predict, then reveal
#
# Before a notebook shows a number or a table, it often asks you for it first: work it out with
# a pen (or reason it out), write your answer in place of `...`, run the cell, and only then run
# the cell that reveals it. A number counts as right within 0.5 % of the exact value (four
# significant figures are enough); a question with options takes the option's letter or word as text. The
# same three answers: ⏳ while the `...` is there, ❌ naming the mistake when the check
# recognises it, ✅ with the exact value. Here is notebook 04's first question, $net_{H1}$ of
# deck 002's net, answered without the bias b1:

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 예측한 뒤 확인하기
#
# 노트북은 숫자나 표를 보여 주기 전에 먼저 그 값을 묻곤 합니다. 펜으로 계산하거나 추론해서 `...`
# 자리에 답을 적고 그 셀을 실행한 다음, 그때 값을 보여 주는 셀을 실행하세요. 숫자는 정확한 값과
# 0.5 % 안에서 같으면 정답입니다(유효숫자 네 자리면 충분합니다). 보기가 있는 질문에는 보기의
# 글자나 낱말을 문자열로 답합니다. 답은 연습 문제와 같은 세 가지입니다: `...`가 남아 있으면 ⏳,
# 흔한 실수를 알아보면 그 실수를 짚어 주는 ❌, 맞으면 정확한 값과 함께 ✅. 다음은 노트북 04의
# 첫 질문인 강의 자료 002 신경망의 $net_{H1}$에 편향 b1을 빠뜨리고 답한 경우입니다.

# %% slideshow={"slide_type": "fragment"}
my_net_H1 = 0.11   # the weighted sum of the inputs, without b1
nb04.predict("net_H1", my_net_H1)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## The notation crosswalk
#
# Every deck names the same things differently, and each notebook keeps the symbols of the deck
# it follows. This table maps them onto each other and onto bpkit. Watch out for three traps:
# **y** is the target in 001 but an output in 000 and 003; deck 000 counts its indices from the
# output (k → j → i) while 003 counts from the input (i → j → k); deck 004 puts samples in
# *columns*, so its W^[l] is bpkit's `net.weights[l - 1]` transposed.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 표기 대응표
#
# 강의 자료마다 같은 것을 다른 이름으로 부르고, 각 노트북은 자기가 따라가는 강의 자료의 기호를
# 그대로 씁니다. 이 표는 그 기호들을 서로, 그리고 bpkit에 대응시킵니다. 함정 세 가지를
# 조심하세요. **y**는 001에서는 목표값(target)인데 000과 003에서는 출력입니다. 강의 자료 000은
# 첨자를 출력 쪽부터(k → j → i), 003은 입력 쪽부터(i → j → k) 붙입니다. 강의 자료 004는 샘플을
# *열*로 놓으므로, 004의 W^[l]은 bpkit의 `net.weights[l - 1]`을 전치(transpose)한 것입니다.

# %% slideshow={"slide_type": "subslide"}
notation.crosswalk_table()

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ### The bpkit column is real code
#
# Every bpkit expression in the table, run on deck 002's net (fwd = `net.forward(x)`,
# bwd = `net.backward(fwd, target)`, l = each layer):

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ### bpkit 열은 실제로 돌아가는 코드
#
# 표에 있는 bpkit 식을 모두 강의 자료 002의 신경망에서 실행한 결과입니다(fwd = `net.forward(x)`,
# bwd = `net.backward(fwd, target)`, l = 각 층).

# %% slideshow={"slide_type": "fragment"}
notation.live_table(net, x, target, lr)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 용어집 / Glossary
#
# The series' one glossary (`bpkit.i18n.glossary`): each English term, the Korean term the decks
# use (or, where a deck has none, the usual Korean textbook term) and where it comes from. The
# Korean edition writes the Korean term with the English in parentheses the first time, e.g.
# 오차역전파(backpropagation).

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 용어집 / Glossary
#
# 이 시리즈의 단 하나의 용어집(`bpkit.i18n.glossary`)입니다. 영어 용어마다 강의 자료가 쓰는
# 한국어 용어(강의 자료에 없으면 교과서에서 흔히 쓰는 용어)와 그 출처를 적었습니다. 한국어판은
# 용어가 처음 나올 때 오차역전파(backpropagation)처럼 영어를 괄호 안에 함께 씁니다.

# %% slideshow={"slide_type": "subslide"}
glossary.glossary_table(0, len(glossary.TERMS) // 2)

# %% slideshow={"slide_type": "subslide"}
glossary.glossary_table(len(glossary.TERMS) // 2)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Summary
#
# - Open the series with `bash scripts/open.sh` (JupyterLab) or a Binder badge (English or
#   Korean edition); run each notebook top to bottom; present it as slides with RISE.
# - Follow the map 01 → 10: calculus (01–02), backpropagation by hand and by rule (03–05), the
#   matrix form (06), a lab on real data (07), the explorer and the gradient check (08–09), the
#   net on a phone (10).
# - The crosswalk translates every deck's symbols into bpkit, and every bpkit name in it ran
#   on a real forward/backward record above; the glossary gives every term in both languages.
# - Exercises and predictions answer ⏳ / ❌ (with the mistake named) / ✅; solutions are in
#   `notebooks/solutions/`.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 정리
#
# - 시리즈는 `bash scripts/open.sh`(JupyterLab)나 Binder 배지(영어판 또는 한국어판)로 연다.
#   노트북은 처음부터 끝까지 실행하고, RISE로 슬라이드처럼 발표할 수 있다.
# - 지도를 따라 01 → 10: 미분(01–02), 손과 규칙으로 하는 오차역전파(03–05), 행렬 형태(06),
#   실제 데이터 실습(07), 탐험기와 기울기 검증(08–09), 휴대폰 위의 신경망(10).
# - 표기 대응표는 강의 자료마다 다른 기호를 bpkit으로 옮겨 주고, 표의 bpkit 이름은 모두 위에서
#   실제 순전파/역전파 기록에 대해 실행되었다. 용어집에는 모든 용어가 두 언어로 있다.
# - 연습 문제와 예측 질문은 ⏳ / ❌(실수를 짚어 줌) / ✅로 답한다. 참고 답안은
#   `notebooks/solutions/`에 있다.

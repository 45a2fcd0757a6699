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
# # 07 · Digits lab — 실제 데이터로 학습하기
#
# The lab hour after deck 004 (**다층 신경망 모델링**, notebook 06): the matrix model's formulas
# train a net on real handwritten digits, and the lecture code's rule
# $E^{[1]} = W^{[2]T}E^{[2]}$ (notebook 06, section 8) is put to the test of training.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# # 07 · 손글씨 숫자 실습 — 실제 데이터로 학습하기
#
# 강의 자료 004(**다층 신경망 모델링**, 노트북 06) 다음 시간의 실습입니다. 행렬 모델의 공식으로
# 실제 손글씨 숫자를 학습시키고, 강의 코드의 규칙 $E^{[1]} = W^{[2]T}E^{[2]}$(노트북 06, 8절)가
# 학습에서 어떻게 동작하는지 시험해 봅니다.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## Learning goals
#
# You will be able to …
# - train a two-layer net on scikit-learn's 8×8 digits to at least 97 % test accuracy and read
#   its learning curves, confusion matrix and mistakes;
# - say what the lecture's rule does to training where it is not the gradient, and why a
#   gradient check cannot vouch for it.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 학습 목표
#
# 이 노트북을 마치면 다음을 할 수 있습니다.
# - scikit-learn의 8×8 숫자 이미지로 2층 신경망을 학습시켜 테스트 정확도 97 % 이상을 얻고, 그
#   학습 곡선(learning curve), 혼동 행렬(confusion matrix), 틀린 예를 읽는다.
# - 강의의 규칙이 기울기(gradient)가 아닌 경우 그 규칙이 학습에 어떤 영향을 주는지, 그리고
#   기울기 검증(gradient check)으로는 왜 그 규칙을 보증할 수 없는지 말한다.

# %% slideshow={"slide_type": "skip"}
# %matplotlib inline
import matplotlib.pyplot as plt
import numpy as np

import bpkit as bp
from bpkit.exercises import nb07 as ex
from bpkit.figures import training as tplots
from bpkit.i18n import _
from bpkit.lessons import matrix_model as mm
from bpkit.monitor import Monitor

bp.set_language("en")
SEED = 0
rng = np.random.default_rng(SEED)
plt.rcParams.update({"figure.dpi": 90, "axes.grid": True, "grid.alpha": 0.3})

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Real data: scikit-learn's 8×8 digits
#
# 1797 handwritten digits (8×8 pixels, shipped with scikit-learn), split 80/20 with every
# digit in the same proportion in both parts (`bp.load_digits_split()`). A 64-64-10 net,
# sigmoid hidden layer, **softmax output with cross-entropy** — the pair where
# $dZ^{[2]} = A^{[2]} - Y$, so the lecture's rule and the gradient agree here.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 실제 데이터: scikit-learn의 8×8 숫자 이미지
#
# scikit-learn에 들어 있는 손글씨 숫자 1797개(8×8 픽셀)를 80/20으로 나눕니다. 이때 두 부분에 숫자마다
# 같은 비율로 들어가게 합니다(`bp.load_digits_split()`). 신경망은 64-64-10이고, 은닉층(hidden
# layer)은 시그모이드(sigmoid), 출력층(output layer)은 **소프트맥스(softmax)와 교차
# 엔트로피(cross-entropy)** 입니다. 이 조합에서는 $dZ^{[2]} = A^{[2]} - Y$이므로 강의의 규칙과
# 기울기가 일치합니다.

# %% slideshow={"slide_type": "fragment"}
X_train, X_test, y_train, y_test = bp.load_digits_split()
digits_net = bp.MLP([64, 64, 10], activation="sigmoid", loss="softmax_ce", seed=SEED)
print(_("train: {n_train} images, test: {n_test} images",
        n_train=len(X_train), n_test=len(X_test)))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## Before training: two predictions
#
# Work them out with a pen before you run the next cells.
#
# 1. **How many numbers does training adjust** in this 64-64-10 net (every weight and every
#    bias)? Write one number.
# 2. **How often is the untrained net right?** Its weights are random. On the 360 test
#    images, its accuracy is about: **A** 0 %, **B** 10 %, **C** 50 %, **D** 90 % or more.
#    Write the letter.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 학습하기 전에: 예측 두 가지
#
# 다음 셀들을 실행하기 전에 펜으로 먼저 답을 구해 보세요.
#
# 1. 이 64-64-10 신경망에서 **학습이 조정하는 수는 몇 개일까요**(가중치와 편향을 모두 셉니다)?
#    수 하나로 쓰세요.
# 2. **학습하지 않은 신경망은 얼마나 자주 맞힐까요?** 가중치는 무작위 수입니다. 테스트 이미지
#    360개에서 정확도는 대략 **A** 0 %, **B** 10 %, **C** 50 %, **D** 90 % 이상 가운데 어느
#    것일까요? 글자로 쓰세요.

# %% slideshow={"slide_type": "fragment"}
my_n_params = ...   # your prediction: a number
ex.predict("n_params", my_n_params)

# %% slideshow={"slide_type": "fragment"}
n_params = sum(W.size + b.size for W, b in zip(digits_net.weights, digits_net.biases))
print(_("weights {shapes}, biases {bias_shapes}: {n} numbers in all",
        shapes=" + ".join(str(W.shape) for W in digits_net.weights),
        bias_shapes=" + ".join(str(b.shape) for b in digits_net.biases), n=n_params))

# %% slideshow={"slide_type": "fragment"}
my_untrained_accuracy = ...   # your prediction: "A", "B", "C" or "D"
ex.predict("untrained_accuracy", my_untrained_accuracy)

# %% slideshow={"slide_type": "fragment"}
answers = digits_net.predict(X_test).argmax(axis=1)
favourite = int(np.bincount(answers, minlength=10).argmax())
untrained_acc = bp.accuracy(digits_net.predict(X_test), y_test)
assert 0.05 < untrained_acc < 0.15 and np.mean(answers == favourite) > 0.9
print(_("before training: test accuracy {acc:.1%}; the net answers {digit} for {k} of {n} "
        "images", acc=untrained_acc, digit=favourite, k=int(np.sum(answers == favourite)),
        n=len(answers)))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## Training
#
# Mini-batches of 32, lr = 2.0, 40 epochs; `Monitor` records loss and accuracy of both parts
# every epoch.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 학습
#
# 미니배치(mini-batch) 크기 32, 학습률(learning rate) lr = 2.0, 40 에포크(epoch)로 학습하고,
# `Monitor`가 에포크마다 두 부분의 손실과 정확도를 기록합니다.

# %% slideshow={"slide_type": "fragment"} tags=["nbval-ignore-output"]
monitor = Monitor(X_train, y_train, X_test, y_test)
history = bp.fit(digits_net, X_train, bp.one_hot(y_train, 10), lr=2.0, epochs=40,
                 batch_size=32, rng=np.random.default_rng(SEED), callback=monitor, progress=True)

# %% slideshow={"slide_type": "fragment"}
y_pred = digits_net.predict(X_test).argmax(axis=1)
test_acc = bp.accuracy(digits_net.predict(X_test), y_test)
assert test_acc >= 0.97
print(_("test accuracy after {n} epochs: {acc:.2%} ({right} of {total} right)",
        n=len(history.loss), acc=test_acc, right=int(np.sum(y_pred == y_test)),
        total=len(y_test)))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## Learning curves
#
# Loss (log scale) and accuracy per epoch, on the images the net trains on and on the
# held-out test images. The gap between the two is what the net learned about *these*
# training images rather than about digits.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 학습 곡선
#
# 에포크마다의 손실(로그 눈금)과 정확도를, 신경망이 학습하는 이미지와 따로 떼어 둔 테스트 이미지에서
# 각각 그립니다. 두 곡선의 차이는 신경망이 숫자 일반이 아니라 *바로 이* 학습 이미지들에 대해 익힌
# 부분입니다.

# %% slideshow={"slide_type": "fragment"}
tplots.learning_curves(history.extra)
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## Which digits get confused?
#
# Row: the true digit; column: the net's answer. Everything off the diagonal is a mistake.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 어떤 숫자끼리 헷갈릴까?
#
# 행은 실제 숫자, 열은 신경망의 답입니다. 대각선 밖에 있는 것은 모두 틀린 것입니다.

# %% slideshow={"slide_type": "fragment"}
counts = tplots.confusion_counts(y_test, y_pred, 10)
assert counts.trace() == int(np.sum(y_pred == y_test))
tplots.confusion_matrix(y_test, y_pred)
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## The misclassified test images
#
# Each is titled "true → predicted". Would you have got them right?

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 잘못 분류한 테스트 이미지
#
# 이미지마다 "실제 → 예측" 숫자가 제목으로 붙어 있습니다. 여러분이라면 맞혔을까요?

# %% slideshow={"slide_type": "fragment"}
tplots.misclassified_grid(X_test, y_test, y_pred)
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## What the lecture's rule costs in training
#
# Sigmoid + MSE, 200 of the training images above, a 64-16-10 net, full-batch
# steps. The same seeded net is trained with the exact gradient and with the lecture's rule,
# at a small and at a large learning rate. In the lecture's hidden-layer step each output's
# error enters without its factor $g'(Z^{[2]}) = \sigma(1-\sigma) \le \tfrac14$: the step is
# several times larger than the gradient's, and weighs the outputs differently.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 강의의 규칙이 학습에서 치르는 대가
#
# 시그모이드 + MSE, 위 학습 이미지 가운데 200개, 64-16-10 신경망으로, 매 단계 전체 배치를 씁니다.
# 같은 시드로 만든 같은 신경망을 정확한 기울기와 강의의 규칙으로 각각 학습시키되, 작은
# 학습률과 큰 학습률에서 해 봅니다. 강의의 은닉층 단계에서는 출력마다의 오차가 인수
# $g'(Z^{[2]}) = \sigma(1-\sigma) \le \tfrac14$ 없이 들어갑니다. 그래서 한 번에 움직이는 폭이
# 기울기를 따를 때보다 몇 배 크고, 출력마다 반영되는 비중도 달라집니다.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **Predict first** (with a pen, before you run the next cells): after 200 steps, which rule
# ends with the lower loss $E$?
# **A** the lecture's rule, at both learning rates; **B** the exact gradient, at both;
# **C** the lecture's rule at lr = 2, the exact gradient at lr = 10;
# **D** the exact gradient at lr = 2, the lecture's rule at lr = 10. Write the letter.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **먼저 예측하세요** (다음 셀들을 실행하기 전에 펜으로): 200단계 뒤에 손실 $E$가 더 낮은 쪽은
# 어느 규칙일까요? **A** 두 학습률 모두 강의의 규칙, **B** 두 학습률 모두 정확한 기울기,
# **C** lr = 2에서는 강의의 규칙, lr = 10에서는 정확한 기울기,
# **D** lr = 2에서는 정확한 기울기, lr = 10에서는 강의의 규칙. 글자로 쓰세요.

# %% slideshow={"slide_type": "fragment"}
my_rule_outcome = ...   # your prediction: "A", "B", "C" or "D"
ex.predict("rule_outcome", my_rule_outcome)

# %% slideshow={"slide_type": "fragment"}
pick = rng.choice(len(X_train), 200, replace=False)
X_small, T_small = X_train[pick], bp.one_hot(y_train[pick], 10)
rules = {_("exact gradient"): mm.exact_backward, _("lecture's rule"): mm.lecture_backward}
curves, results = {}, []
fig, axes = plt.subplots(1, 2, figsize=(9, 3.2))
for ax, lr in zip(axes, (2.0, 10.0)):
    for name, backward in rules.items():
        small_net = bp.MLP([64, 16, 10], activation="sigmoid", loss="mse", seed=SEED)
        curves[name, lr] = mm.train_with(small_net, X_small, T_small, backward, lr=lr, epochs=200)
        results.append((name, lr, curves[name, lr][-1], int(np.sum(np.diff(curves[name, lr]) > 0))))
    tplots.loss_curves({n: curves[n, lr] for n in rules}, ax=ax, title=f"lr = {lr:g}")
fig.tight_layout()
plt.show()

# %% slideshow={"slide_type": "subslide"}
bp.Table([_("rule"), "lr", _("final loss E"), _("steps where E rose")], results,
         caption=_("200 full-batch steps, 200 images, sigmoid + MSE, 64-16-10, same initial "
                   "weights"))

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# What to notice: at lr = 2 the lecture's rule ends *lower* — it behaves like a larger
# learning rate for the hidden layer. At lr = 10, where gradient descent still lowers $E$ at
# every step, the lecture's rule makes $E$ rise again and again and ends higher. It is not
# the gradient, so none of gradient descent's guarantees hold, and a gradient check cannot
# vouch for it.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# 눈여겨볼 점: lr = 2에서는 강의의 규칙이 *더 낮은* 손실로 끝납니다. 은닉층에 더 큰 학습률을 준
# 것처럼 동작하기 때문입니다. lr = 10에서는 경사하강법(gradient descent)이 여전히 매 단계 $E$를
# 낮추는데, 강의의 규칙은 $E$를 거듭 올려 놓고 더 높은 손실로 끝납니다. 강의의 규칙은 기울기가
# 아니므로 경사하강법의 보장이 하나도 성립하지 않고, 기울기 검증으로도 보증할 수 없습니다.

# %% slideshow={"slide_type": "fragment"}
exact2, lecture2, exact10, lecture10 = (row[2] for row in results)   # final E, in run order
up_exact, up_lecture = results[2][3], results[3][3]                   # steps where E rose, lr = 10
assert lecture2 < exact2 and lecture10 > exact10 and up_exact == 0 < up_lecture
print(_("lr = 2: lecture {lecture2:.4f} < exact {exact2:.4f};  lr = 10: lecture {lecture10:.4f} "
        "> exact {exact10:.4f}, E rose in {up_lecture} lecture steps and {up_exact} exact steps",
        lecture2=lecture2, exact2=exact2, lecture10=lecture10, exact10=exact10,
        up_lecture=up_lecture, up_exact=up_exact))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Exercise — where is the lecture's rule the gradient?
#
# The lecture's rule $E^{[1]} = W^{[2]T}E^{[2]}$ leaves out $g'(Z^{[2]})$. Above, with sigmoid
# + MSE, that changed the training; with softmax + cross-entropy it changed nothing. Write
# `rule_is_gradient(hidden, output, loss)`: `True` when, for a two-layer net with that hidden
# activation (`"sigmoid"`, `"tanh"`, `"relu"`), output activation (`"sigmoid"`, `"tanh"`,
# `"identity"`, `"softmax"`) and loss (`"mse"`, `"bce"`, `"softmax_ce"`), the rule gives
# exactly the gradient; `False` otherwise. Reason it out from $dZ^{[2]}$; the check compares
# `mm.lecture_backward` with `mm.exact_backward` for every valid combination.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 연습 문제 — 강의의 규칙은 언제 기울기와 같을까?
#
# 강의의 규칙 $E^{[1]} = W^{[2]T}E^{[2]}$는 $g'(Z^{[2]})$를 빼먹습니다. 위에서 시그모이드 + MSE일
# 때는 이것이 학습을 바꾸었고, 소프트맥스 + 교차 엔트로피일 때는 아무것도 바꾸지 않았습니다.
# `rule_is_gradient(hidden, output, loss)`를 완성하세요. 은닉층의 활성화 함수(`"sigmoid"`,
# `"tanh"`, `"relu"`), 출력층의 활성화 함수(`"sigmoid"`, `"tanh"`, `"identity"`, `"softmax"`),
# 손실(`"mse"`, `"bce"`, `"softmax_ce"`)이 그렇게 주어진 2층 신경망에서 이 규칙이 기울기와
# 정확히 같으면 `True`, 아니면 `False`를 반환합니다. $dZ^{[2]}$에서 출발해 따져 보세요. 검사
# 함수는 가능한 모든 조합에서 `mm.lecture_backward`와 `mm.exact_backward`를 비교합니다.

# %% slideshow={"slide_type": "fragment"}
def rule_is_gradient(hidden, output, loss):
    raise NotImplementedError  # your code here: return True or False


# %% slideshow={"slide_type": "fragment"}
ex.check_rule_is_gradient(rule_is_gradient)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Summary
#
# - A 64-64-10 net (sigmoid hidden layer, softmax + cross-entropy output) trained with the
#   matrix model's formulas reads held-out handwritten digits with at least 97 % accuracy;
#   the learning curves show the gap between training and test images, the confusion matrix
#   which digits get mixed up.
# - The lecture's rule is not the gradient for sigmoid + MSE: at a small learning rate it acts
#   like a larger one, at a large one E rises again and again where gradient descent keeps
#   lowering it.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 요약
#
# - 행렬 모델의 공식으로 학습시킨 64-64-10 신경망(시그모이드 은닉층, 소프트맥스 + 교차 엔트로피
#   출력층)은 따로 떼어 둔 손글씨 숫자를 97 % 이상의 정확도로 읽는다. 학습 곡선은 학습 이미지와
#   테스트 이미지 사이의 차이를, 혼동 행렬은 어떤 숫자끼리 헷갈리는지를 보여 준다.
# - 시그모이드 + MSE에서 강의의 규칙은 기울기가 아니다. 작은 학습률에서는 더 큰 학습률처럼 동작하고,
#   큰 학습률에서는 경사하강법이 E를 계속 낮추는 동안 E를 거듭 올린다.

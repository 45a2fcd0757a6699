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

# %% [markdown] slideshow={"slide_type": "slide"}
# # 07 · Digits lab — 실제 데이터로 학습하기
#
# The lab hour after deck 004 (**다층 신경망 모델링**, notebook 06): the matrix model's formulas
# train a net on real handwritten digits, and the lecture code's rule
# $E^{[1]} = W^{[2]T}E^{[2]}$ (notebook 06, section 8) is put to the test of training.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Learning goals
#
# You will be able to …
# - train a two-layer net on scikit-learn's 8×8 digits to at least 97 % test accuracy and read
#   its learning curves, confusion matrix and mistakes;
# - say what the lecture's rule does to training where it is not the gradient, and why a
#   gradient check cannot vouch for it.

# %% slideshow={"slide_type": "skip"}
# %matplotlib inline
import matplotlib.pyplot as plt
import numpy as np

import bpkit as bp
from bpkit.lessons import matrix_model as mm
from bpkit.monitor import Monitor
from bpkit.figures import training as tplots

SEED = 0
rng = np.random.default_rng(SEED)
plt.rcParams.update({"figure.dpi": 90, "axes.grid": True, "grid.alpha": 0.3})

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Real data: scikit-learn's 8×8 digits
#
# 1797 handwritten digits (8×8 pixels, shipped with scikit-learn), split 80/20 with every
# digit in the same proportion in both parts (`bp.load_digits_split()`). A 64-64-10 net,
# sigmoid hidden layer, **softmax output with cross-entropy** — the pair where
# $dZ^{[2]} = A^{[2]} - Y$, so the lecture's rule and the gradient agree here. Mini-batches
# of 32, lr = 2.0, 40 epochs; `Monitor` records loss and accuracy of both parts every epoch.

# %% slideshow={"slide_type": "fragment"} tags=["nbval-ignore-output"]
X_train, X_test, y_train, y_test = bp.load_digits_split()
digits_net = bp.MLP([64, 64, 10], activation="sigmoid", loss="softmax_ce", seed=SEED)
monitor = Monitor(X_train, y_train, X_test, y_test)
history = bp.fit(digits_net, X_train, bp.one_hot(y_train, 10), lr=2.0, epochs=40,
                 batch_size=32, rng=np.random.default_rng(SEED), callback=monitor, progress=True)

# %% slideshow={"slide_type": "fragment"}
y_pred = digits_net.predict(X_test).argmax(axis=1)
test_acc = bp.accuracy(digits_net.predict(X_test), y_test)
assert test_acc >= 0.97
print(f"train: {len(X_train)} images, test: {len(X_test)} images")
print(f"test accuracy after {len(history.loss)} epochs: {test_acc:.2%} "
      f"({int(np.sum(y_pred == y_test))} of {len(y_test)} right)")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Learning curves
#
# Loss (log scale) and accuracy per epoch, on the images the net trains on and on the
# held-out test images. The gap between the two is what the net learned about *these*
# training images rather than about digits.

# %% slideshow={"slide_type": "fragment"}
tplots.learning_curves(history.extra)
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Which digits get confused?
#
# Row: the true digit; column: the net's answer. Everything off the diagonal is a mistake.

# %% slideshow={"slide_type": "fragment"}
counts = tplots.confusion_counts(y_test, y_pred, 10)
assert counts.trace() == int(np.sum(y_pred == y_test))
tplots.confusion_matrix(y_test, y_pred)
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## The misclassified test images
#
# Each is titled "true → predicted". Would you have got them right?

# %% slideshow={"slide_type": "fragment"}
tplots.misclassified_grid(X_test, y_test, y_pred)
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the lecture's rule costs in training
#
# Sigmoid + MSE, 200 of the training images above, a 64-16-10 net, full-batch
# steps. The same seeded net is trained with the exact gradient and with the lecture's rule,
# at a small and at a large learning rate. In the lecture's hidden-layer step each output's
# error enters without its factor $g'(Z^{[2]}) = \sigma(1-\sigma) \le \tfrac14$: the step is
# several times larger than the gradient's, and weighs the outputs differently.

# %% slideshow={"slide_type": "fragment"}
pick = rng.choice(len(X_train), 200, replace=False)
X_small, T_small = X_train[pick], bp.one_hot(y_train[pick], 10)
curves, results = {}, []
fig, axes = plt.subplots(1, 2, figsize=(9, 3.2))
for ax, lr in zip(axes, (2.0, 10.0)):
    for name, backward in (("exact", mm.exact_backward), ("lecture", mm.lecture_backward)):
        small_net = bp.MLP([64, 16, 10], activation="sigmoid", loss="mse", seed=SEED)
        curves[name, lr] = mm.train_with(small_net, X_small, T_small, backward, lr=lr, epochs=200)
        results.append((name, lr, curves[name, lr][-1], int(np.sum(np.diff(curves[name, lr]) > 0))))
    tplots.loss_curves({n: curves[n, lr] for n in ("exact", "lecture")}, ax=ax, title=f"lr = {lr:g}")
fig.tight_layout()
plt.show()

# %% slideshow={"slide_type": "subslide"}
bp.Table(["rule", "lr", "final loss E", "steps where E rose"], results,
         caption="200 full-batch steps, 200 images, sigmoid + MSE, 64-16-10, same initial weights")

# %% [markdown] slideshow={"slide_type": "fragment"}
# What to notice: at lr = 2 the lecture's rule ends *lower* — it behaves like a larger
# learning rate for the hidden layer. At lr = 10, where gradient descent still lowers $E$ at
# every step, the lecture's rule makes $E$ rise again and again and ends higher. It is not
# the gradient, so none of gradient descent's guarantees hold, and a gradient check cannot
# vouch for it.

# %% slideshow={"slide_type": "fragment"}
(_, _, exact2, _), (_, _, lecture2, _), (_, _, exact10, up_exact), (_, _, lecture10, up_lecture) = results
assert lecture2 < exact2 and lecture10 > exact10 and up_exact == 0 < up_lecture
print(f"lr = 2: lecture {lecture2:.4f} < exact {exact2:.4f};  lr = 10: lecture {lecture10:.4f} "
      f"> exact {exact10:.4f}, E rose in {up_lecture} lecture steps and {up_exact} exact steps")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Summary
#
# - A 64-64-10 net (sigmoid hidden layer, softmax + cross-entropy output) trained with the
#   matrix model's formulas reads held-out handwritten digits with at least 97 % accuracy;
#   the learning curves show the gap between training and test images, the confusion matrix
#   which digits get mixed up.
# - The lecture's rule is not the gradient for sigmoid + MSE: at a small learning rate it acts
#   like a larger one, at a large one E rises again and again where gradient descent keeps
#   lowering it.

# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# # 00 · Backpropagation, notebook by notebook — 오차역전파 시리즈 안내
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

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Learning goals
#
# You will be able to …
#
# 1. open the series (JupyterLab or Binder) and run a notebook top to bottom;
# 2. pick the notebook for a lecture topic, in the order the series builds it up;
# 3. translate any deck's symbols (t, y, s, h, ŷ, α, net, out, w', u, δ, Z, A, W^[l], E^[l])
#    into each other and into bpkit names;
# 4. use the self-checking exercises: fill in a stub, run its check, read the feedback.

# %% slideshow={"slide_type": "skip"}
import numpy as np

import bpkit as bp
from bpkit.lessons import examples, notation
from bpkit.exercises import nb01

SEED = 0
rng = np.random.default_rng(SEED)

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% [markdown] slideshow={"slide_type": "slide"}
# ## How to open it
#
# - **On your machine (JupyterLab):** from the repository folder run
#   `bash scripts/open.sh`. It installs everything into `.venv/` (unless a virtual environment
#   is active) and opens this notebook.
# - **In the browser, nothing to install (Binder):**
#   [![Binder](https://mybinder.org/badge_logo.svg)](https://mybinder.org/v2/gh/bpkit-edu/bpkit/HEAD?urlpath=lab/tree/notebooks/00_index.ipynb)
#   — or open <https://mybinder.org/v2/gh/bpkit-edu/bpkit/HEAD?urlpath=lab/tree/notebooks/00_index.ipynb>.
#   The first start takes a few minutes.
# - **As slides:** every notebook is a slideshow (jupyterlab-rise is installed); start it with
#   the RISE button in the notebook toolbar.
#
# Run a notebook top to bottom (Run ▸ Run All Cells); every notebook is seeded, so you see the
# same numbers as the stored outputs and as your classmates.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Check your setup
#
# If this cell prints deck 002's output without an error, the kernel, numpy and bpkit work.

# %% slideshow={"slide_type": "fragment"}
net, x, target, lr = examples.deck002()
fwd = net.forward(x)
bp.Table(["layer", "net (pre-activation)", "out = σ(net)"],
         [[name, np.array2string(n[0], precision=4), np.array2string(o[0], precision=4)]
          for name, n, o in zip(["hidden H", "output O"], fwd.nets, fwd.outs)],
         caption=f"deck 002's 3-4-2 net on x = {x.tolist()}, target {target.tolist()}: "
                 f"E_Total = {net.loss(x, target):.6f}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## How the exercises check themselves
#
# Each notebook ends with 2–3 exercises. An exercise is a function with an empty body (a
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

# %% slideshow={"slide_type": "fragment"}
nb01.check_my_log_loss(lambda y, y_hat: 0.5 * (y - y_hat) ** 2)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The notation crosswalk
#
# Every deck names the same things differently, and each notebook keeps the symbols of the deck
# it follows. This table maps them onto each other and onto bpkit. Watch out for three traps:
# **y** is the target in 001 but an output in 000 and 003; deck 000 counts its indices from the
# output (k → j → i) while 003 counts from the input (i → j → k); deck 004 puts samples in
# *columns*, so its W^[l] is bpkit's `net.weights[l - 1]` transposed.

# %% slideshow={"slide_type": "subslide"}
notation.crosswalk_table()

# %% [markdown] slideshow={"slide_type": "slide"}
# ### The bpkit column is real code
#
# Every bpkit expression in the table, run on deck 002's net (fwd = `net.forward(x)`,
# bwd = `net.backward(fwd, target)`, l = each layer):

# %% slideshow={"slide_type": "fragment"}
notation.live_table(net, x, target, lr)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Summary
#
# - Open the series with `bash scripts/open.sh` (JupyterLab) or the Binder badge; run each
#   notebook top to bottom; present it as slides with RISE.
# - Follow the map 01 → 08: calculus (01–02), backpropagation by hand and by rule (03–05), the
#   matrix form (06), then the explorer and the gradient check (07–08).
# - The crosswalk translates every deck's symbols into bpkit, and every bpkit name in it ran
#   on a real forward/backward record above.
# - Exercises answer ⏳ / ❌ (with the mistake named) / ✅; solutions are in
#   `notebooks/solutions/`.

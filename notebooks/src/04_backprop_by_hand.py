# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% [markdown] slideshow={"slide_type": "subslide"}
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

# %% slideshow={"slide_type": "skip"}
# %matplotlib inline
import matplotlib.pyplot as plt
import numpy as np
import sympy as sp

import bpkit as bp
from bpkit.lessons import handcalc
from bpkit.lessons.examples import deck002
from bpkit.exercises import nb04 as ex
from bpkit.figures.net342 import draw_net342

SEED = 0
rng = np.random.default_rng(SEED)  # unused: every number here is deck 002's, nothing is sampled
plt.rcParams.update({"figure.dpi": 80})

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 0. 모델 모형 — The model
#
# "설명을 위해 3개의 인풋과 4개의 히든 레이어, 2개의 아웃풋으로 구성된 신경망입니다."
# Three inputs, **four hidden units** and two outputs. (The slide says 4 hidden *layers*
# (히든 레이어); it means one hidden layer of 4 units: there is one $W_{IH}$ and one $W_{HO}$.)
# Every unit is a sigmoid; each layer has **one shared bias**: b1 for all hidden units, b2 for
# both outputs.

# %% slideshow={"slide_type": "fragment"}
draw_net342()
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. 변수 설명 — The variables
#
# $w_{ij}$: from input $i$ to hidden unit $j$; $w'_{ij}$: from hidden unit $i$ to output $j$.
# bpkit stores them the same way round: `net.weights[0]` is $W_{IH}$ (3 × 4), `net.weights[1]`
# is $W_{HO}$ (4 × 2). `HandCalc` runs bpkit's forward and backward pass once and prints its
# records as tables in the deck's symbols.

# %% slideshow={"slide_type": "fragment"}
net, x, target, lr = deck002()
hand = handcalc.HandCalc(net, x, target)
hand.given(lr)

# %% [markdown] slideshow={"slide_type": "subslide"}
# $$W_{IH} = \begin{pmatrix} w_{11} & w_{12} & w_{13} & w_{14} \\ w_{21} & w_{22} & w_{23} & w_{24} \\
#   w_{31} & w_{32} & w_{33} & w_{34} \end{pmatrix}, \qquad
#   W_{HO} = \begin{pmatrix} w'_{11} & w'_{12} \\ w'_{21} & w'_{22} \\ w'_{31} & w'_{32} \\
#   w'_{41} & w'_{42} \end{pmatrix}$$

# %% slideshow={"slide_type": "fragment"}
display(hand.weights(1), hand.weights(2))

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Forward: the hidden layer
#
# $$net_{H1} = b1 + x_1 w_{11} + x_2 w_{21} + x_3 w_{31}, \qquad
#   out_{Hi} = \frac{1}{1 + e^{-net_{Hi}}}$$
#
# Values are shown with 4 decimals (at least 4 significant digits) and computed at full
# precision, so your pen may differ from the table in the last digit.

# %% slideshow={"slide_type": "fragment"}
hand.net_hidden()

# %% slideshow={"slide_type": "fragment"}
hand.out_hidden()

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Forward: the output layer
#
# $$net_{O1} = b2 + out_{H1} w'_{11} + out_{H2} w'_{21} + out_{H3} w'_{31} + out_{H4} w'_{41},
#   \qquad out_{Oi} = \frac{1}{1 + e^{-net_{Oi}}}$$

# %% slideshow={"slide_type": "fragment"}
hand.net_output()

# %% slideshow={"slide_type": "fragment"}
hand.out_output()

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### 에러함수 — The error function
#
# $$E_{Total} = \frac{1}{2}\sum (target - out)^2
#   = \frac{1}{2}\{(target_1 - out_{O1})^2 + (target_2 - out_{O2})^2\}$$
#
# bpkit's `"mse"` loss is this ½Σ (mean over a batch, which for one sample is the same).

# %% slideshow={"slide_type": "fragment"}
display(hand.error())
assert np.isclose(net.loss(x, target), hand.E_Total)
print(f"bpkit's net.loss(x, target) = {net.loss(x, target):.4f}: the same E_Total")

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% slideshow={"slide_type": "fragment"}
out_O1, target_1, net_O1 = sp.symbols("out_O1 target_1 net_O1")
E = sp.Rational(1, 2) * (target_1 - out_O1) ** 2
sigma = 1 / (1 + sp.exp(-net_O1))
assert sp.cancel(sp.diff(sigma, net_O1) - sigma * (1 - sigma)) == 0
print("(1)  dE/d out_O1 =", sp.diff(E, out_O1))
print("(2)  d out_O1/d net_O1 = out_O1(1 - out_O1): σ'(s) − σ(s)(1 − σ(s)) cancels to 0")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### δ_O
#
# (1)·(2) is the part every weight into output $O_1$ shares; the deck names it
# $\delta_{O1} = (out_{O1} - target_1)\,out_{O1}(1 - out_{O1})$ (in general
# $\delta_{O} = \partial E_{Total}/\partial net_{O}$). Then
# $\partial E_{Total}/\partial w'_{ij} = \delta_{Oj}\, out_{Hi}$.

# %% slideshow={"slide_type": "fragment"}
hand.delta_output()

# %% slideshow={"slide_type": "fragment"}
hand.grad_W_HO()

# %% [markdown] slideshow={"slide_type": "subslide"}
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

# %% slideshow={"slide_type": "fragment"}
draw_net342(highlight=["w'12"])
plt.show()

# %% slideshow={"slide_type": "fragment"}
hand.erratum_w12()

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### b2 and the update of $W_{HO}$
#
# $$\frac{\partial E_{Total}}{\partial b_2} = \frac{\partial E_1}{\partial b_2}
#   + \frac{\partial E_2}{\partial b_2} = \delta_{O1} + \delta_{O2}, \qquad
#   b2^{(new)} = b2 - lr\,(\delta_{O1} + \delta_{O2})$$
#
# This one is right: b2 feeds both outputs, $E_1$ depends on b2 only through $net_{O1}$ and
# $E_2$ only through $net_{O2}$ — each part checked by finite differences:

# %% slideshow={"slide_type": "fragment"}
hand.check_b2_split()

# %% slideshow={"slide_type": "fragment"}
hand.update(lr, layer=2)

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% slideshow={"slide_type": "fragment"}
hand.erratum_dE_dout_H1()

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### δ_H and the gradients of $W_{IH}$
#
# $$\delta_{H1} = (\delta_{O1} w'_{11} + \delta_{O2} w'_{12})\,out_{H1}(1 - out_{H1}), \qquad
#   \frac{\partial E_{Total}}{\partial w_{ij}} = \delta_{Hj}\, x_i$$
#
# (The slide's $\partial E_{Total}/\partial w_{12} = (\delta_{O1}w'_{21} + \delta_{O2}w'_{22})
# \,out_{H2}(1 - out_{H2})\,x_1 = \delta_{H2}x_1$ is right.)

# %% slideshow={"slide_type": "fragment"}
hand.delta_hidden()

# %% slideshow={"slide_type": "fragment"}
hand.grad_W_IH()

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### b1: a shared bias collects every δ_H
#
# $$\frac{\partial E_{Total}}{\partial b_1} = \frac{\partial E_1}{\partial out_{H1}}
#   \frac{\partial out_{H1}}{\partial net_{H1}} \frac{\partial net_{H1}}{\partial b_1} + \dots
#   + \frac{\partial E_2}{\partial out_{H4}} \frac{\partial out_{H4}}{\partial net_{H4}}
#   \frac{\partial net_{H4}}{\partial b_1} = \delta_{H1} + \delta_{H2} + \delta_{H3} + \delta_{H4}$$
#
# The result is right, the middle is loose: each term needs $\partial E_{Total}/\partial out_{Hj}$,
# not $\partial E_1$ or $\partial E_2$ alone (every hidden unit feeds both outputs).

# %% slideshow={"slide_type": "fragment"}
display(hand.grad_biases())
dE1_dout_H1 = hand.delta_O[0] * hand.W_HO[0, 0]          # E_1's part only
only_E1 = dE1_dout_H1 * hand.out_H[0] * (1 - hand.out_H[0])
print(f"∂E1/∂out_H1 · out_H1(1 − out_H1) = {only_E1:.6f}, but δ_H1 = {hand.delta_H[0]:.6f}")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### One update with lr
#
# $$W_{IH}^{(new)} = W_{IH} - lr \cdot \frac{\partial E_{Total}}{\partial W_{IH}}, \qquad
#   b1^{(new)} = b1 - lr\,(\delta_{H1} + \delta_{H2} + \delta_{H3} + \delta_{H4})$$
#
# Together with the step of $W_{HO}$ and b2 above, that is one step of gradient descent
# (`net.sgd_step`). The error before and after:

# %% slideshow={"slide_type": "fragment"}
hand.update(lr, layer=1)

# %% slideshow={"slide_type": "fragment"}
hand.before_after(lr)

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% slideshow={"slide_type": "fragment"}
A, B = np.array([[1, 2], [3, 4]]), np.array([[4, 3], [2, 1]])
assert (A * B == [[1 * 4, 2 * 3], [3 * 2, 4 * 1]]).all() and not (A * B == A @ B).all()
print("A ⊙ B = A * B =", (A * B).tolist(), "   A @ B =", (A @ B).tolist())

# %% [markdown] slideshow={"slide_type": "fragment"}
# With ⊙ and ∘ the output layer's step reads:
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
checks = {"δ_O by ⊙ equals bwd.deltas[1], the δ_O table": np.allclose(delta_O, bwd.deltas[1][0]),
          "np.outer(out_H, δ_O) equals bwd.dW[1], the ∂E/∂w' table": np.allclose(dW_HO, bwd.dW[1])}
assert all(checks.values())
for sentence, ok in checks.items():
    print(f"{sentence}: {ok}")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### The hidden layer in matrix form
#
# $$\big((\delta_{O1} \;\; \delta_{O2}) \circ W_{HO}^T\big) \odot
#   (out_{H1}(1 - out_{H1}) \; \cdots \; out_{H4}(1 - out_{H4})) = (\delta_{H1} \; \cdots \; \delta_{H4})$$
#
# $$\begin{pmatrix} x_1 \\ x_2 \\ x_3 \end{pmatrix} \circ (\delta_{H1} \; \cdots \; \delta_{H4})
#   = \frac{\partial E_{Total}}{\partial W_{IH}}$$
#
# The row of δ_O times $W_{HO}^T$ is the sum $\delta_{O1} w'_{j1} + \delta_{O2} w'_{j2}$ for every $j$ at once.

# %% slideshow={"slide_type": "fragment"}
W_HO = net.weights[1]
delta_H = (delta_O @ W_HO.T) * out_H * (1 - out_H)       # (δ_O ∘ W_HOᵀ) ⊙ out_H(1 − out_H)
dW_IH = np.outer(x, delta_H)                             # column x ∘ row δ_H
checks = {"δ_H equals bwd.deltas[0], the δ_H table": np.allclose(delta_H, bwd.deltas[0][0]),
          "np.outer(x, δ_H) equals bwd.dW[0], the ∂E/∂w table": np.allclose(dW_IH, bwd.dW[0]),
          "Σδ_O, Σδ_H equal bwd.db, the bias table": np.allclose([delta_O.sum(), delta_H.sum()],
                                                                 [bwd.db[1], bwd.db[0]])}
assert all(checks.values())
for sentence, ok in checks.items():
    print(f"{sentence}: {ok}")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### The update, and a finite-difference check of every gradient
#
# $W^{(new)} = W - lr \cdot \partial E/\partial W$ in matrix form is one line per matrix; it
# must give the same net as `net.sgd_step`. Then `bp.check_gradients` nudges every weight and
# bias by ±h and compares $(E(\theta + h) - E(\theta - h))/2h$ with the backward pass.

# %% slideshow={"slide_type": "fragment"}
stepped = net.copy()
stepped.sgd_step(x, target, lr)
same = (np.allclose(W_HO - lr * dW_HO, stepped.weights[1])
        and np.allclose(net.weights[0] - lr * dW_IH, stepped.weights[0]))
assert same
print(f"W − lr·(outer products) equals net.sgd_step for W_HO and W_IH: {same}")

# %% slideshow={"slide_type": "fragment"} tags=["nbval-ignore-output"]
report = bp.check_gradients(net, x, target)
report

# %% slideshow={"slide_type": "fragment"}
assert report.ok
print("every analytic gradient agrees with its finite difference: "
      f"max relative error below 1e-7 for all {len(report)} parameter arrays")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises
#
# Write each function with numpy for one sample (1-D arrays), then run the check below it.
# The checks use deck 002's numbers and a second example of another size.
#
# **1.** `delta_output(out_O, target)` returns $\delta_O$ (shape (2,)): slide 2's (1)·(2).

# %% slideshow={"slide_type": "fragment"}
def delta_output(out_O, target):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_delta_output(delta_output)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **2.** `delta_hidden(delta_O, W_HO, out_H)` returns $\delta_H$ (shape (4,)): every hidden
# unit collects the δ_O of the outputs it feeds, weighted by $w'$, times its own σ'.

# %% slideshow={"slide_type": "fragment"}
def delta_hidden(delta_O, W_HO, out_H):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_delta_hidden(delta_hidden)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **3.** `grad_b1(delta_H)` returns $\partial E_{Total}/\partial b_1$, one number.

# %% slideshow={"slide_type": "fragment"}
def grad_b1(delta_H):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_grad_b1(grad_b1)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Summary
#
# - **Forward by hand:** $net = b + \sum (\text{input} \cdot w)$, $out = \sigma(net)$, layer by
#   layer; $E_{Total} = \frac12\sum(target - out)^2$, each step a row you can redo by pen.
# - **Backward by hand:** $\delta_O = (out_O - target)\,out_O(1 - out_O)$;
#   $\partial E/\partial w'_{ij} = \delta_{Oj}\,out_{Hi}$;
#   $\delta_{Hj} = (\sum_k \delta_{Ok} w'_{jk})\,out_{Hj}(1 - out_{Hj})$;
#   $\partial E/\partial w_{ij} = \delta_{Hj}\,x_i$; a shared bias gets the **sum** of the δ of
#   the units it feeds. One step of size lr lowers $E_{Total}$ (table "One step").
# - **Matrix form (구현):** δ by ⊙, weight gradients as outer products (input column ∘ δ
#   row), δ_H via $W_{HO}^T$ — equal to the tables and to bpkit's records.
# - **Slides can be wrong:** ∂net_O2/∂w'_21 should be ∂net_O2/∂w'_12, the second line of
#   ∂E_Total/∂out_H1 is garbled, $y$ stands for $target$; finite differences settle each one.

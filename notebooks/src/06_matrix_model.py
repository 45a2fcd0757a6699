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

# %% [markdown] slideshow={"slide_type": "subslide"}
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

# %% slideshow={"slide_type": "skip"}
# %matplotlib inline
import matplotlib.pyplot as plt
import numpy as np
from IPython.display import display

import bpkit as bp
from bpkit import symbolic as sym
from bpkit.lessons import matrix_calculus as mc
from bpkit.lessons import matrix_model as mm
from bpkit.exercises import nb06 as ex
from bpkit.figures import training as tplots

SEED = 0
rng = np.random.default_rng(SEED)
plt.rcParams.update({"figure.dpi": 90, "axes.grid": True, "grid.alpha": 0.3})

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% slideshow={"slide_type": "fragment"}
net = bp.MLP([3, 4, 2], activation="sigmoid", loss="mse", bias="none", seed=SEED)
X = rng.uniform(0, 1, (5, 3))                 # bpkit: rows are samples
T = rng.uniform(0, 1, (5, 2))
A0, Y = X.T, T.T                              # deck 004: columns are samples
W1, W2 = net.weights[0].T, net.weights[1].T   # (4, 3) and (2, 4)
m = A0.shape[1]
fwd = mm.forward_columns(W1, W2, A0)
bp.Table(["", *[f"sample {j + 1}" for j in range(m)]],
         [[f"A^[2] row {k + 1}", *fwd.A2[k]] for k in range(2)] +
         [[f"Y row {k + 1}", *Y[k]] for k in range(2)],
         caption="A^[2] = g(W^[2] g(W^[1] A^[0])): one column per sample", fmt="{:.4f}")

# %% [markdown] slideshow={"slide_type": "subslide"}
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

# %% slideshow={"slide_type": "fragment"}
bwd = mm.backward_columns(W2, A0, Y, fwd)
num = mm.numerical_dW_columns(net, X, T)      # ∂E/∂W by central differences
gap = max(np.abs(bwd.dW1 - num[0]).max(), np.abs(bwd.dW2 - num[1]).max())
assert gap < 1e-8
print(f"ΔW^[1] = dZ^[1]·A^[0]ᵀ and ΔW^[2] = dZ^[2]·A^[1]ᵀ equal the finite-difference "
      f"gradients of E: {gap < 1e-8} (every entry within 1e-8)")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Every shape, and bpkit's rows
#
# bpkit stacks samples as **rows** ($Z = XW + b$), so each of the deck's matrices should be
# the transpose of bpkit's: $W_\text{deck} = W^T$, $Z_\text{deck} = Z^T$, $A^{[0]} = X^T$.
# bpkit's loss is the batch **mean**, the deck's the sum, so the deck's gradients are
# $m$ times bpkit's. The table is built from the actual arrays; the last column is `np.allclose`.

# %% slideshow={"slide_type": "fragment"}
rows = mm.compare_conventions(net, X, T)
assert all(row[-1] for row in rows)
bp.Table(mm.CONVENTION_HEAD, rows, caption=f"m = {m} samples, 3-4-2 sigmoid net, MSE")

# %% [markdown] slideshow={"slide_type": "subslide"}
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

# %% slideshow={"slide_type": "fragment"}
rows = mc.transpose_table()
assert all(row[3] and row[4] for row in rows)
rec = net.forward(X)
rb = net.backward(rec, T)                     # bpkit's own dW is Xᵀ·δ, as the middle column says
assert all(np.allclose(rb.dW[l], rec.input_of(l).T @ rb.deltas[l]) for l in range(2))
bp.Table(mc.TRANSPOSE_HEAD, rows, caption="each entry of both sides, SymPy")

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% slideshow={"slide_type": "fragment"}
steps = mc.review_steps(j=2, k=1)             # ŷ_k = g(z_k), E = ½ Σ_k (y_k − ŷ_k)²
display(*steps)
assert sym.verify_steps(steps) == [True] * len(steps)

# %% [markdown] slideshow={"slide_type": "subslide"}
# Every step, for every $j, k$ of a symbolic $2\times3$ $W^{[2]}$; the matrix form of 4단계
# on a batch of $m = 2$ symbolic columns (summed over samples); and 4단계 by loops over
# $j, k$ and the samples against the numbers of section 8:

# %% slideshow={"slide_type": "fragment"}
rows = mc.review_table()
assert all(row[-1] is True for row in rows[:-1]) and rows[-1][-1] == "1"
assert np.allclose(mc.index_loop_dW(fwd.A1, fwd.A2, Y), bwd.dW2)   # 4단계 by loops = ΔW^[2]
bp.Table(mc.REVIEW_HEAD, rows, caption="the review slide, checked by SymPy for any g")

# %% [markdown] slideshow={"slide_type": "fragment"}
# What the table says:
# - $w_{jk}$ is entry $(k, j)$ of $W^{[2]}$: the index slide and the matrix name the same
#   weight with the indices the other way round — a convention, but in code it is `W2[k, j]`.
# - 3단계 and 4단계 hold for every weight, and the matrix line collects them: entry $(k, j)$
#   of $-E^{[2]}\odot g'(Z^{[2]})\,A^{[1]T}$ is $\sum_{\text{samples}} -(y_k - \hat y_k)\, g'(z_k)\, a_j$.
# - 결론: with the review's $E^{[2]} = Y - \hat Y$ the plus sign is right, but $\alpha$ is gone.
#   SymPy solves "$W - \alpha\,\partial E/\partial W$ = the slide's line" for $\alpha$ and finds
#   $\alpha = 1$: the slide silently takes the step with $\alpha = 1$ — a convention it does
#   not state, not a different rule. The trouble starts when section 3 redefines $E^{[2]}$:

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## 2. → 3. which sign goes with which error?
#
# The review slide writes the error as $y - \hat y$ and concludes
# $\frac{\partial E}{\partial W^{[2]}} = -E^{[2]}\cdot g'(Z^{[2]})\cdot A^{[1]T}$.
# Section 3 then defines $E^{[2]} := (A^{[2]} - Y)$, the **opposite** sign, and keeps
# writing $\Delta W^{[2]} = E^{[2]}\cdot g'(Z^{[2]})\cdot A^{[1]T}$ (the last line of that slide
# even has $A^{[1]\cdot T}$ for $A^{[1]T}$).
# Both are right with their own $E^{[2]}$; mixing them is wrong. Central differences decide:

# %% slideshow={"slide_type": "fragment"}
g2 = fwd.A2 * (1 - fwd.A2)                    # g'(Z^[2]) = σ(Z)(1 − σ(Z))
candidates = [
    ("−E^[2] ⊙ g'(Z^[2])·A^[1]ᵀ", "Y − A^[2] (review slide)", -((Y - fwd.A2) * g2) @ fwd.A1.T),
    ("E^[2] ⊙ g'(Z^[2])·A^[1]ᵀ", "A^[2] − Y (section 3)", ((fwd.A2 - Y) * g2) @ fwd.A1.T),
    ("−E^[2] ⊙ g'(Z^[2])·A^[1]ᵀ", "A^[2] − Y (mixed)", -((fwd.A2 - Y) * g2) @ fwd.A1.T),
]
verdicts = [np.allclose(value, num[1]) for _, _, value in candidates]
assert verdicts == [True, True, False]
bp.Table(["∂E/∂W^[2] =", "with E^[2] =", "equals the finite differences"],
         [(f, e, v) for (f, e, _), v in zip(candidates, verdicts)])

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## "·" is the elementwise product ⊙
#
# The slides write $E^{[2]}\cdot g'(Z^{[2]})$ with the same dot as the matrix product
# $\cdot A^{[1]T}$. But $E^{[2]}$ and $g'(Z^{[2]})$ are both $(n_2, m)$: as a matrix
# product they do not even fit (unless $n_2 = m$). The first "·" must be the elementwise
# (Hadamard) product $\odot$, `*` in numpy; the second is `@`.

# %% slideshow={"slide_type": "fragment"}
fits = bwd.E2.shape[1] == g2.shape[0]
print(f"E^[2] is {bwd.E2.shape}, g'(Z^[2]) is {g2.shape}: a matrix product of the two is "
      f"defined: {fits}")
print(f"E^[2] ⊙ g'(Z^[2]) is dZ^[2]: {np.allclose(bwd.E2 * g2, bwd.dZ2)}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. $E = \frac{1}{2} (A^{[2]} - Y)^2$ — can a matrix be squared?
#
# Section 3 of the deck starts from
# $$E = \frac{1}{2} (A^{[2]} - Y)^2, \qquad E^{[2]} := (A^{[2]} - Y).$$
# **Before you run the cell:** $A^{[2]} - Y$ is $(2, 5)$. What is its square, and is it a number?

# %% slideshow={"slide_type": "fragment"}
rows = mc.square_attempts(fwd.A2, Y)          # the four ways to read ½(A − Y)², D = A − Y
assert rows[0][2].startswith("fails")
assert np.allclose([row[2] for row in rows[1:]], m * net.loss(X, T))
bp.Table(["written", "numpy", "for our batch"], rows,
         caption=f"A^[2] − Y is {fwd.A2.shape}; bpkit's loss × m = {m * net.loss(X, T):.6f}")

# %% [markdown] slideshow={"slide_type": "fragment"}
# A matrix square $M^2 = MM$ exists only for a square $M$, and even then it is a matrix, not
# the number $E$. As written, the slide's $E$ is an **error**. What it means is the sum of
# the squares of the entries, $E = \tfrac12\sum (A^{[2]} - Y)\odot(A^{[2]} - Y)
# = \tfrac12\operatorname{tr}\big((A^{[2]} - Y)^T(A^{[2]} - Y)\big) = \tfrac12\lVert A^{[2]} - Y\rVert_F^2$
# — what section 8 above used. It sums over the batch, bpkit averages: the factor $m$ is a
# **convention**. Its derivative, entry by entry, is $\partial E/\partial A^{[2]}_{ik} =
# (A^{[2]} - Y)_{ik}$: the slide's $E^{[2]}$.

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% slideshow={"slide_type": "fragment"}
t = mc.chain_tensors(W2, fwd.A1, Y)           # ∂E/∂A, ∂A/∂Z, ∂Z/∂W of the batch above
rows = mc.tensor_table(t, W2, fwd.A1, Y)
assert all(row[-1] for row in rows)
assert mc.dZ_dW_exact()                       # SymPy, exactly: ∂(WA)_ab/∂W_jl = δ_aj A_lb
bp.Table(mc.TENSOR_HEAD, rows, caption="the chain's factors for W^[2]; entry [i, k, j, l] = ∂out_ik/∂in_jl")

# %% [markdown] slideshow={"slide_type": "subslide"}
# $\partial Z/\partial W$ has $2\cdot5\cdot2\cdot4 = 80$ entries: a **4-index tensor**, not a
# matrix. Since $Z_{ab} = \sum_l W_{al}A_{lb}$, $\partial Z_{ab}/\partial W_{jl} = \delta_{aj}A_{lb}$:
# half the entries are 0, the rest are entries of $A^{[1]}$. Likewise $\partial A/\partial Z$
# has 100 entries and only the 10 with the same index on both sides are non-zero, because
# $g$ acts entry by entry: that is why that factor becomes the elementwise $\odot$. The
# chain is a sum over the shared indices — a **contraction**:
# $$\Delta W_{jl} = \sum_{a,b}\Big(\sum_{i,k}\frac{\partial E}{\partial A_{ik}}
#   \frac{\partial A_{ik}}{\partial Z_{ab}}\Big)\frac{\partial Z_{ab}}{\partial W_{jl}}
#   = \sum_b dZ_{jb}\,A_{lb} = \big(dZ\,A^T\big)_{jl}.$$

# %% slideshow={"slide_type": "fragment"}
dW2_chain = mc.contract(t)                    # np.einsum("ik,ikab,abjl->jl", ∂E/∂A, ∂A/∂Z, ∂Z/∂W)
assert np.allclose(dW2_chain, bwd.dZ2 @ fwd.A1.T) and np.allclose(dW2_chain, num[1])
print(f"the contraction is {dW2_chain.shape}, equals dZ^[2]·A^[1]ᵀ and the finite-difference "
      f"∂E/∂W^[2]: True")

# %% [markdown] slideshow={"slide_type": "subslide"}
# So "$A^{[1]T}$" is shorthand for *contract with $\partial Z/\partial W$*, and the contraction
# puts it on the **right** of $dZ$. Which other placements would also give $\Delta W^{[2]}$?
# Guess, then run: our batch, and a square case (2 hidden units, 2 samples) where every
# product fits.

# %% slideshow={"slide_type": "fragment"}
rows = mc.factor_orders(W2, fwd.A1, Y, "batch: n₂ = 2, n₁ = 4, m = 5")
rows += mc.factor_orders(W2[:, :2], fwd.A1[:2, :2], Y[:, :2], "square: 2 × 2 everywhere")
assert [row[-1] for row in rows] == [True, False, False, False] * 2
bp.Table(mc.ORDER_HEAD, rows, caption="Aᵀ as a matrix factor, in four places")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Only $dZ\,A^T$ is the gradient; $A^T dZ$ and $dZ \odot A^T$ do not fit the batch, and where
# they fit they give other numbers; $A\,dZ^T$ is $\Delta W^T$, bpkit's layout. The slide's
# last line is right, but its step "$\partial Z^{[2]}/\partial W^{[2]} = A^{[1]T}$", a matrix
# multiplied on, is an **error** of reasoning: the factor is a tensor, and $A^T$ appears only
# after contracting, in the one place the contraction puts it.

# %% [markdown] slideshow={"slide_type": "subslide"}
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

# %% slideshow={"slide_type": "fragment"}
E_before = mm.deck_loss(fwd.A2, Y)
updates = {"slide: W + E·g'(Z)·Aᵀ, E = A − Y": (+1, 1.0, +1),      # (sign, α, sign of E)
           "right: W − α·(E ⊙ g'(Z))·Aᵀ, E = A − Y": (-1, 0.5, +1),
           "review: W + α·(E ⊙ g'(Z))·Aᵀ, E = Y − A": (+1, 0.5, -1)}
E_after = {}
for name, (sign, lr, e_sign) in updates.items():   # E = Y − A flips dZ^[2] and dZ^[1]
    new_W1 = mm.update_columns(W1, e_sign * bwd.dZ1, A0, lr=lr, sign=sign)
    new_W2 = mm.update_columns(W2, e_sign * bwd.dZ2, fwd.A1, lr=lr, sign=sign)
    E_after[name] = mm.deck_loss(mm.forward_columns(new_W1, new_W2, A0).A2, Y)
slide, right, review = E_after.values()
assert slide > E_before > right and np.isclose(right, review)
bp.Table(["update", "E before", "E after", "change"],
         [(name, f"{E_before:.5f}", f"{E:.5f}", f"{E - E_before:+.5f}") for name, E in E_after.items()])

# %% [markdown] slideshow={"slide_type": "fragment"}
# The slide's update **climbs** the loss; gradient descent lowers it. With the review
# slide's error $E^{[2]} = Y - A^{[2]}$, "$W + \alpha\,(E\odot g'(Z))\,A^T$" is the very same
# step (third row): keep the sign and the definition of $E$ together, and keep $\alpha$.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 8. E1 값 계산 — the lecture's "error backpropagation"
#
# Deck 004's slide on this step is an image; the rule is in the code of the course behind the
# deck, the KMOOC lecture "파이썬으로 배우는 기계학습" (Handong University). Its notebook for
# lecture 8-3 sends the output error back as `E1 = np.dot(W2.T, E2)` with `E2 = y − ŷ`, that is
# $E^{[1]} = W^{[2]T}E^{[2]}$ — the output error itself — and prints
# `E1 = [0.21501571, 0.1284819, 0.08653381]` for its example: sigmoid units, no biases,
# `W1 = [[.1, .4], [.2, .2], [.3, 0]]`, `W2 = [[.3, .2, .1], [.2, .1, .1]]`, `x = [1, 0]`,
# `y = [1, 1]`. bpkit's forward pass reproduces those numbers:

# %% slideshow={"slide_type": "fragment"}
W1_course = np.array([[.1, .4], [.2, .2], [.3, 0]])     # the course's columns: (3 hidden, 2 inputs)
W2_course = np.array([[.3, .2, .1], [.2, .1, .1]])      # (2 outputs, 3 hidden)
x_course, y_course = np.array([1.0, 0.0]), np.array([1.0, 1.0])
course = bp.MLP([2, 3, 2], activation="sigmoid", bias="none", seed=SEED)
course.weights = [W1_course.T, W2_course.T]             # bpkit's rows: the course's W transposed
E2_course = y_course - course.predict(x_course)         # the course's E2 = y − ŷ
E1_course = W2_course.T @ E2_course                     # the course's E1 = np.dot(W2.T, E2)
assert np.allclose(E1_course, [0.21501571, 0.1284819, 0.08653381], rtol=0, atol=5e-9)
print("E1 =", np.round(E1_course, 8), "(the course's printed E1, to its 8 digits)")

# %% [markdown] slideshow={"slide_type": "fragment"}
# The chain rule says $E^{[1]} = W^{[2]T} dZ^{[2]}$ with $dZ^{[2]} = E^{[2]} \odot g'(Z^{[2]})$: the
# course's rule **drops $g'(Z^{[2]})$**. What does that cost? A gradient check tells which one
# is the gradient (sigmoid output, MSE):

# %% slideshow={"slide_type": "fragment"}
lecture = bp.check_gradients(net, X, T, backward=mm.lecture_backward)
exact = bp.check_gradients(net, X, T, backward=mm.exact_backward)
assert exact.ok and [r.status for r in lecture] == ["wrong", "ok"]
bp.Table(["weights", "lecture: E^[1] = W^[2]ᵀE^[2]", "verdict", "exact: E^[1] = W^[2]ᵀdZ^[2]",
          "verdict"],
         [(f"W^[{l + 1}] (bpkit {r.name})",
           f"{r.max_rel_error:.1e}" if r.max_rel_error > 1e-6 else "< 1e-6", r.status,
           f"{e.max_rel_error:.1e}" if e.max_rel_error > 1e-6 else "< 1e-6", e.status)
          for l, (r, e) in enumerate(zip(lecture, exact))],
         caption="gradient check: max relative error against central differences")

# %% [markdown] slideshow={"slide_type": "fragment"}
# $\Delta W^{[2]}$ is right either way (it uses $dZ^{[2]}$); $\Delta W^{[1]}$ of the
# lecture's rule is not the gradient.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Where the lecture's rule is exact
#
# For a **sigmoid output with cross-entropy** (bce), a **softmax output with softmax
# cross-entropy** and an **identity output with MSE**, the chain rule collapses:
# $dZ^{[2]} = A^{[2]} - Y = E^{[2]}$ (per sample; bpkit's mean adds $1/m$). Notebook 03 derives
# the sigmoid case, notebook 05 (section 7) the softmax and identity cases. There
# $W^{[2]T}E^{[2]}$ *is* $W^{[2]T}dZ^{[2]}$, and the lecture's rule is the gradient.

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
                  report[0].status))
assert [row[1] for row in table] == [False, True, True, True]
bp.Table(["output + loss", "dZ^[2] = E^[2]", "lecture rule: max rel. error", "ΔW^[1] verdict"], table)

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises
#
# Write the deck's formulas in numpy, samples as columns, for a sigmoid output and
# $E = \tfrac12\sum(A - Y)^2$. Fill in each function, run the cell, then run the check below it.
# (`*` is ⊙, `@` is the matrix product, `A.T` is $A^T$.)
#
# **Exercise 1.** `my_dZ2(A2, Y, Z2)` returns $dZ^{[2]} = E^{[2]} \odot g'(Z^{[2]})$ with
# $E^{[2]} = A^{[2]} - Y$, shape $(n_2, m)$.

# %% slideshow={"slide_type": "fragment"}
def my_dZ2(A2, Y, Z2):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_dZ2(my_dZ2)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Exercise 2.** `my_dW(dZ, A_in)` returns $\Delta W = dZ\,A_\text{in}^T$ for one layer:
# `dZ` is $(n_\text{out}, m)$, `A_in` (the layer's input) is $(n_\text{in}, m)$, and $\Delta W$
# has the shape of the deck's $W$, $(n_\text{out}, n_\text{in})$.

# %% slideshow={"slide_type": "fragment"}
def my_dW(dZ, A_in):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_dW(my_dW)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Exercise 3.** `my_update(W2, A1, A2, Y, lr)` returns the new $W^{[2]}$ after one step of
# gradient descent with $E^{[2]} = A^{[2]} - Y$ and learning rate `lr` — the update the slide
# should have written. The check tells you what your step did to $E$.

# %% slideshow={"slide_type": "fragment"}
def my_update(W2, A1, A2, Y, lr):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_update(my_update)

# %% [markdown] slideshow={"slide_type": "slide"}
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

# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# # 05 · The δ rule for any layer — δ로 정리하는 출력층·은닉층 기울기
#
# Follows deck 003, notes **"04.1. 경사하강법"** (gradient descent):
#
# | deck 003 section | in English |
# |---|---|
# | 3. 출력층에서 가중치와 bias 기울기 | output layer: weight and bias gradients |
# | 4. 출력층에서 입력값 기울기 | output layer: gradient of its input |
# | 5. 은닉층 기울기 | hidden layer gradients |
# | 6. 기울기 최종 정리 | the gradients, final summary |
#
# and deck 000 (KAIG, **"오차역전파"**), the slide **"General Multiplayer Network"** (sic: a
# general multilayer network).

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Learning goals
#
# You will be able to …
#
# 1. write the four formulas of the δ rule (δ, ∂w, ∂b, ∂y) for the output layer and for a
#    hidden layer in deck 003's indices, and find each of them in one line of bpkit;
# 2. check them on numbers: index loops that follow the deck's sums literally, against
#    bpkit's matrix code and against finite differences;
# 3. say how δ at the output depends on the pair (activation, loss), and when it is just y − t;
# 4. explain with a plot why δ shrinks layer by layer in a deep sigmoid net (σ' ≤ 1/4).

# %% slideshow={"slide_type": "skip"}
# %matplotlib inline
import matplotlib.pyplot as plt
import numpy as np
import sympy as sp

import bpkit as bp
from bpkit.lessons import deltarule as dr
from bpkit.exercises import nb05 as ex
from bpkit.figures.vanishing import plot_delta_magnitudes

SEED = 0
rng = np.random.default_rng(SEED)
plt.rcParams.update({"figure.dpi": 80, "axes.spines.top": False, "axes.spines.right": False})

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1 · Deck 003's indices: 층 / 첨자 / 뉴런 수
#
# | 층 (layer) | 첨자 (index) | 뉴런 수 (units) | bpkit |
# |---|---|---|---|
# | 입력 (input) | i | l | `X`, `weights[0]` is l × m |
# | 은닉 (hidden) | j | m | `nets[0]` = u_j, `outs[0]` = y_j |
# | 출력 (output) | k | n | `nets[1]` = u_k, `outs[1]` = y_k, `weights[1]` is m × n |
#
# Each unit computes $u_k = \sum_{q=1}^{m} y_q w_{qk} + b_k$ and $y_k = f(u_k)$. Our l-m-n net
# is 3-4-2 with sigmoid units, ½Σ(t − y)² and one bias per unit (deck 003's $b_k$; deck 002
# shared one bias per layer).

# %% slideshow={"slide_type": "fragment"}
net = bp.MLP([3, 4, 2], activation="sigmoid", loss="mse", bias="unit", rng=rng)
net.biases = [rng.normal(0, 0.5, 4), rng.normal(0, 0.5, 2)]
x = rng.normal(size=3)                      # one sample: deck 003 derives per sample
t = np.array([0.2, 0.9])
fwd = net.forward(x)
bwd = net.backward(fwd, t, input_grad=True)
bp.Table(["layer", "index", "units", "W shape", "b shape"],
         [["input", "i", net.sizes[0], "", ""],
          ["hidden", "j", net.sizes[1], net.weights[0].shape, net.biases[0].shape],
          ["output", "k", net.sizes[2], net.weights[1].shape, net.biases[1].shape]],
         caption="the l-m-n = 3-4-2 net of this notebook")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2 · Output layer (3. 출력층에서 가중치와 bias 기울기)
#
# The chain rule through $u_k$, and the factor that depends on loss and activation, named δ:
#
# $$\partial w_{jk} = \frac{\partial E}{\partial w_{jk}} = \frac{\partial E}{\partial u_k}\frac{\partial u_k}{\partial w_{jk}}\ (1),\qquad
# \frac{\partial u_k}{\partial w_{jk}} = y_j\ (2),\qquad
# \delta_k = \frac{\partial E}{\partial u_k} = \frac{\partial E}{\partial y_k}\frac{\partial y_k}{\partial u_k}\ (3)$$
#
# so $\partial w_{jk} = y_j\,\delta_k$, and in the same way $\partial b_k = \delta_k$.
# `dr.grads_by_index` computes these with `for j … for k …` loops, one product per entry:

# %% slideshow={"slide_type": "fragment"}
g = dr.grads_by_index(net, x, t)             # deck 003's sums, index by index
y_j, u_k, y_k = fwd.outs[0][0], fwd.nets[1][0], fwd.outs[1][0]
bp.Table(["k", "u_k", "y_k", "t_k", "∂E/∂y_k = y_k − t_k", "∂y_k/∂u_k = y_k(1 − y_k)",
          "δ_k (loops)", "δ_k (net.backward)"],
         [[str(k + 1), u_k[k], y_k[k], t[k], y_k[k] - t[k], y_k[k] * (1 - y_k[k]),
           g.deltas[1][k], bwd.deltas[1][0, k]] for k in range(2)],
         caption="δ_k of the output layer, sigmoid + ½Σ(t − y)²", fmt="{:.5f}")

# %% slideshow={"slide_type": "fragment"}
bp.Table(["j", "y_j", "∂w_j1 = y_j δ_1", "∂w_j2 = y_j δ_2", "bpkit dW[1][j, :]"],
         [[str(j + 1), y_j[j], g.dW[1][j, 0], g.dW[1][j, 1],
           ", ".join(f"{v:.5f}" for v in bwd.dW[1][j])] for j in range(4)],
         caption="∂w_jk = y_j δ_k (loops) beside net.backward's dW[1]", fmt="{:.5f}")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Why ∂b_k = δ_k: the derivative of u_k
#
# Deck 003 writes $\dfrac{\partial u_k}{\partial b_k} = \dfrac{\partial (\sum_{q=1}^m y_q w_{qk}) + b_k}{\partial b_k}$.
# The parenthesis is misplaced (read literally, $b_k$ sits outside the derivative); it means
# $\dfrac{\partial}{\partial b_k}\big(\sum_{q} y_q w_{qk} + b_k\big) = 1$. Harmless, but here is the
# intended derivative, with the two others the deck needs, for m = 4 hidden units. (The bias
# paragraph also credits "활성함수 미분법칙", the activation-function rule, where it means
# 합성함수 미분법칙, the chain rule it used for the weight.)

# %% slideshow={"slide_type": "fragment"}
ys, ws = sp.symbols("y1:5"), sp.symbols("w1:5")   # y_q and w_qk for q = 1..4, one k
b_k = sp.Symbol("b_k")
u = sum(yq * wq for yq, wq in zip(ys, ws)) + b_k
derivs = {"∂u_k/∂b_k": sp.diff(u, b_k), "∂u_k/∂w_2k": sp.diff(u, ws[1]),
          "∂u_k/∂y_2": sp.diff(u, ys[1])}
assert derivs["∂u_k/∂b_k"] == 1 and derivs["∂u_k/∂w_2k"] == ys[1] and derivs["∂u_k/∂y_2"] == ws[1]
print("u_k =", u)
for name, d in derivs.items():
    print(f"{name} = {d}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3 · The gradient handed down (4. 출력층에서 입력값 기울기)
#
# A hidden output $y_j$ feeds every output unit, so its gradient sums over all n of them:
#
# $$\partial y_j = \frac{\partial E}{\partial y_j} = \sum_{r=1}^{n}\frac{\partial E}{\partial u_r}\frac{\partial u_r}{\partial y_j}
# = \sum_{r=1}^{n} \delta_r\, w_{jr}$$
#
# The check below does not use this formula on one side: finite differences nudge each $y_j$,
# run only the output layer again, and measure the change of E.

# %% slideshow={"slide_type": "fragment"}
num = dr.numerical_d_inputs(net, x, t)       # ∂E/∂(input of each layer), by nudging
bp.Table(["j", "Σ_r δ_r w_jr (loops)", "net.backward d_inputs[1]", "finite differences"],
         [[str(j + 1), g.d_inputs[1][j], bwd.d_inputs[1][0, j], num[1][j]] for j in range(4)],
         caption="∂y_j, the gradient the output layer hands to the hidden layer", fmt="{:.7f}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4 · Hidden layer (5. 은닉층 기울기)
#
# The same derivation one layer down. The only new ingredient is where $\partial E/\partial y_j$
# comes from: it is the $\partial y_j$ just handed down.
#
# $$\delta_j = \frac{\partial E}{\partial u_j} = \partial y_j\,\frac{\partial y_j}{\partial u_j} = \partial y_j\, f'(u_j),\qquad
# \partial w_{ij} = y_i\,\delta_j,\qquad \partial b_j = \delta_j,\qquad \partial y_i = \sum_{q=1}^{m}\delta_q\, w_{iq}$$
#
# (Deck 003's summary 6.2 writes the middle step as $\delta y_j\,\frac{\partial y_j}{\partial u_j}$:
# a slip for $\partial y_j$.) Every formula of both layers, loops against `net.backward`, and
# `net.backward` against finite differences (δ by nudging the bias: $\partial u/\partial b = 1$, so for
# one sample ∂E/∂b is δ):

# %% slideshow={"slide_type": "fragment"}
check = bp.check_gradients(net, x, t)        # dW, db against central differences
fd = {"W[0]": check[0].numerical, "W[1]": check[1].numerical,
      "b[0]": check[2].numerical, "b[1]": check[3].numerical}
rows = [["δ_k", g.deltas[1], bwd.deltas[1][0], fd["b[1]"]], ["∂w_jk", g.dW[1], bwd.dW[1], fd["W[1]"]],
        ["∂b_k", g.db[1], bwd.db[1], fd["b[1]"]], ["∂y_j", g.d_inputs[1], bwd.d_inputs[1][0], num[1]],
        ["δ_j", g.deltas[0], bwd.deltas[0][0], fd["b[0]"]], ["∂w_ij", g.dW[0], bwd.dW[0], fd["W[0]"]],
        ["∂b_j", g.db[0], bwd.db[0], fd["b[0]"]], ["∂y_i", g.d_inputs[0], bwd.d_inputs[0][0], num[0]]]
bp.Table(["formula", "max |loops − net.backward|", "max |net.backward − finite diff.|"],
         [[f, f"{np.abs(a - b).max():.0e}", f"{np.abs(b - n).max():.0e}"]
          for f, a, b, n in rows], caption="deck 003's eight formulas on numbers")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5 · A batch of samples
#
# Deck 003 derives everything for one sample. With rows as samples, `inp.T @ delta` adds up
# $y_j\delta_k$ over the samples and `delta.sum(axis=0)` adds up $\delta_k$; since bpkit's E is the
# **mean** over the batch, its δ carry a factor $1/N$. So the batch gradient is the mean of the
# per-sample gradients:

# %% slideshow={"slide_type": "fragment"}
X = rng.normal(size=(5, 3))
T = rng.uniform(0.1, 0.9, size=(5, 2))
loops = dr.batch_grads_by_index(net, X, T)   # mean over samples of the per-sample loops
dW, db = net.gradients(X, T)
same = all(np.allclose(a, b, rtol=0, atol=1e-15) for a, b in zip(loops.dW + loops.db, dW + db))
print(f"5 samples: mean of per-sample loop gradients == net.gradients(X, T): {same}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6 · Deck 000's "General Multiplayer Network"
#
# The slide: compute $\partial E/\partial s_j$ (the δ) first, then multiply by the input of the weight,
#
# $$\text{new Output: } w_{31}(T+1) = w_{31}(T) - \delta y \cdot h_1,\qquad
# \text{new Hidden: } w_{11}(T+1) = w_{11}(T) - \delta h \cdot x_1 .$$
#
# Two things to say about the output line:
# * **no learning rate** (as on deck 000's output-layer slide). That is a *convention*, not an
#   error: the line is deck 003's $w = w - \eta\,\partial E/\partial w$ with η = 1. Whether a step of
#   η = 1 is too large depends on the net and the data (notebook 01's "적절한 보폭" tries several η);
# * **the index** is an error: in deck 000's own convention $w_{ji}$ joins $h_j$ to $y_i$, so
#   $\partial E/\partial w_{31} = \delta y_1 \cdot h_3$, not $\cdot\,h_1$ (that is $w_{11}$'s).
#   bpkit's `weights[1][j, i]` is $w_{ji}$ in the same order; sigmoid + cross-entropy as on deck 000.
#
# (The hidden-layer slide before it also writes $\partial s_j/\partial w_{kj} = w_k$ where its last line
# correctly uses $x_k$.)

# %% slideshow={"slide_type": "fragment"}
net000 = bp.MLP([3, 4, 2], activation="sigmoid", loss="bce", bias="unit", rng=rng)
t000 = np.array([1.0, 0.0])
h = net000.forward(x).outs[0][0]
delta_y = net000.deltas(x, t000)[1][0]       # δy_i = y_i − t_i (deck 000's a·b)
numerical = bp.check_gradients(net000, x, t000)[1].numerical   # ∂E/∂w_ji by finite differences
print(f"∂E/∂w_31 by finite differences: {numerical[2, 0]:+.6f}")
print(f"δy_1 · h_3 (the right index):    {delta_y[0] * h[2]:+.6f}")
print(f"δy_1 · h_1 (the slide):          {delta_y[0] * h[0]:+.6f}")
assert np.isclose(numerical[2, 0], delta_y[0] * h[2]) and not np.isclose(numerical[2, 0], delta_y[0] * h[0])

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 7 · δ at the output depends on the loss/activation pair
#
# $\delta_k = \dfrac{\partial E}{\partial y_k}\dfrac{\partial y_k}{\partial u_k}$: "δ_k를 지정하는 이유는, 현재
# 상태에서 손실함수와 활성화 함수가 정해지지 않았기 때문" — it is named because loss and activation are
# not fixed yet. Each formula below is compared with finite differences of $E(f(u), t)$ with
# respect to $u$ (one sample), as is bpkit's `losses.output_delta`:

# %% slideshow={"slide_type": "fragment"}
pairs = dr.check_output_pairs(u=[0.5, -1.0, 2.0], t=[0.2, 0.7, 0.1])
bp.Table(["activation", "loss", "δ_k", "= y − t ?", "max |formula − fin. diff.|",
          "max |bpkit − fin. diff.|"],
         [[p.activation, p.loss, p.formula, "yes" if p.collapses else "no",
           f"{p.formula_error:.0e}", f"{p.bpkit_error:.0e}"] for p in pairs],
         caption="output δ for u = (0.5, −1, 2), t = (0.2, 0.7, 0.1)")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Where $f'(u_k)$ stays (sigmoid or tanh with ½Σ(t − y)²), δ vanishes when the unit saturates
# even if $y_k$ is far from $t_k$: the slow start of notebook 03.
#
# For identity + MSE and sigmoid + cross-entropy the activation acts on each unit alone, so
# $\partial y_k/\partial u_k$ is one number per unit and the two factors of deck 003's δ_k cancel to
# $y_k - t_k$ (deck 000's a · b).

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Softmax: the factor is a Jacobian
#
# Softmax is not elementwise: $y_i = e^{u_i}/\sum_r e^{u_r}$ depends on *every* $u_k$. So
# $\delta_k = \frac{\partial E}{\partial y_k}\frac{\partial y_k}{\partial u_k}$ is **not** the chain rule here;
# the chain rule sums over every output, $\delta_k = \sum_i \frac{\partial E}{\partial y_i}\frac{\partial y_i}{\partial u_k}$,
# the product of the Jacobian $J_{ik} = \partial y_i/\partial u_k$ with $\partial E/\partial y$.
# Deck 003's one-factor form holds for elementwise activations only. SymPy, with the full
# Jacobian of a three-unit softmax and $E = -\sum_i t_i \log y_i$:

# %% slideshow={"slide_type": "fragment"}
u_s, t_s = sp.symbols("u1:4", real=True), sp.symbols("t1:4", real=True)
y_s = [sp.exp(v) / sum(sp.exp(r) for r in u_s) for v in u_s]             # softmax
y_sym = sp.symbols("y1:4", positive=True)
E_of_y = -sum(ti * sp.log(yi) for ti, yi in zip(t_s, y_sym))             # cross-entropy E(y)
dE_dy = sp.Matrix([sp.diff(E_of_y, yi) for yi in y_sym]).subs(dict(zip(y_sym, y_s)))  # −t_i/y_i
J = sp.Matrix(3, 3, lambda i, k: sp.diff(y_s[i], u_s[k]))                # J_ik = ∂y_i/∂u_k
delta_s = J.T * dE_dy                                                      # δ = Jᵀ ∂E/∂y
E_s = E_of_y.subs(dict(zip(y_sym, y_s)))                                  # E as a function of u
assert all(sp.simplify(delta_s[k] - sp.diff(E_s, u_s[k])) == 0 for k in range(3))
assert all(sp.simplify(delta_s[k] - (y_s[k] * sum(t_s) - t_s[k])) == 0 for k in range(3))
print("SymPy: δ_k = Σ_i ∂E/∂y_i · ∂y_i/∂u_k = y_k·(t_1 + t_2 + t_3) − t_k   for k = 1, 2, 3")

# %% [markdown] slideshow={"slide_type": "fragment"}
# So $\delta = y - t$ needs $\sum_i t_i = 1$ (targets that are a distribution, as one-hot rows are;
# bpkit checks it for `softmax_ce`). The one-factor product, $\frac{\partial E}{\partial y_k}\,y_k(1 - y_k)$,
# keeps only the diagonal of $J$; at this section's $u$ and $t$ it differs from $y - t$ in every entry:

# %% slideshow={"slide_type": "fragment"}
point = dict(zip(u_s, [0.5, -1.0, 2.0])) | dict(zip(t_s, [0.2, 0.7, 0.1]))
rows = [[f"k = {k + 1}", float((dE_dy[k] * y_s[k] * (1 - y_s[k])).subs(point)),
         float((y_s[k] - t_s[k]).subs(point)), float(delta_s[k].subs(point))] for k in range(3)]
assert all(not np.isclose(r[1], r[2]) and np.isclose(r[2], r[3]) for r in rows)
bp.Table(["", "∂E/∂y_k · y_k(1 − y_k)  (diagonal only)", "y_k − t_k", "δ_k = (Jᵀ ∂E/∂y)_k"], rows,
         fmt="{:+.6f}", caption="softmax + cross-entropy at u = (0.5, −1, 2), t = (0.2, 0.7, 0.1)")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 8 · A deeper net: how big is δ, layer by layer?
#
# Going down one layer multiplies δ by $W^\top$ and by $f'(u)$: $\delta_j = f'(u_j)\sum_r \delta_r w_{jr}$.
# Ten weight layers: nine hidden layers of 16 units and one identity output unit (MSE), the
# same 64 samples (16 inputs each) and targets for every net, and three hidden activations (weights as `bp.MLP`
# draws them: std $1/\sqrt{n_{in}}$, $\sqrt{2/n_{in}}$ for relu):

# %% slideshow={"slide_type": "fragment"}
curves = dr.deep_delta_magnitudes(["sigmoid", "tanh", "relu"], depth=10, width=16,
                                  n_samples=64, rng=rng)
plot_delta_magnitudes(curves)
plt.show()
bp.Table(["activation", "mean |δ| layer 10", "mean |δ| layer 1", "layer 1 / layer 10"],
         [[name, c[-1], c[0], c[0] / c[-1]] for name, c in curves.items()], fmt="{:.2e}")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Why sigmoid loses δ: σ' ≤ 1/4
#
# Each sigmoid layer multiplies δ by $\sigma'(u) = \sigma(u)(1 - \sigma(u))$, which is at most 1/4 (at
# $u = 0$). With weights of size about $1/\sqrt{n}$ that cannot make up for it, δ shrinks
# geometrically: the first layers hardly learn (vanishing gradients). tanh' reaches 1 at 0 and
# relu' is 1 for every active unit, so their δ shrink too, but far less over the same ten layers:
# in the table above (its last column) tanh and relu keep a few hundredths to a tenth of δ, the
# sigmoid net a few ten-millionths.

# %% slideshow={"slide_type": "fragment"}
y = sp.Symbol("y")                                   # y = σ(s), so σ'(s) = y(1 − y)
gap = sp.factor(sp.Rational(1, 4) - y * (1 - y))     # how far σ' stays below 1/4
s = sp.Symbol("s", real=True)
sigma = 1 / (1 + sp.exp(-s))
sigma_prime = sp.diff(sigma, s)
assert sp.simplify(sigma_prime - sigma * (1 - sigma)) == 0 and gap == (2 * y - 1) ** 2 / 4
print(f"1/4 − σ'(s) = 1/4 − y(1 − y) = {gap} ≥ 0: σ' ≤ 1/4, equal only at y = 1/2 (s = 0)")
print(f"σ'(0) = {sigma_prime.subs(s, 0)},  tanh'(0) = {sp.diff(sp.tanh(s), s).subs(s, 0)}")


# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises
#
# ### Exercise 1 · δ of a hidden layer
#
# `delta_out` is the output layer's δ (N × n), `W` the output layer's weights (m × n) and
# `u_hidden` the hidden pre-activations (N × m) of a sigmoid hidden layer. Return δ_j (N × m):
# $\delta_j = f'(u_j)\sum_r \delta_r w_{jr}$. (`bp.sigmoid` is there to help.)

# %% slideshow={"slide_type": "fragment"}
def my_hidden_delta(delta_out, W, u_hidden):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_hidden_delta(my_hidden_delta)

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 2 · ∂w and ∂b of a layer over a batch
#
# `y_in` (N × m) is what the layer received, `delta` (N × n) its δ. Return `(dW, db)` with
# dW (m × n) = Σ over samples of $y_j\delta_k$ and db (n,) = Σ over samples of $\delta_k$
# (δ already carries bpkit's 1/N).

# %% slideshow={"slide_type": "fragment"}
def my_layer_grads(y_in, delta):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_layer_grads(my_layer_grads)

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Exercise 3 · δ at a tanh output with ½Σ(t − y)²
#
# For one sample: `y` = tanh(u) (n,), `t` (n,), `u` (n,). Return δ_k = ∂E/∂u_k. Does it collapse
# to y − t? (Look at the table of section 7 only after you have tried.)

# %% slideshow={"slide_type": "fragment"}
def my_tanh_mse_delta(y, t, u):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_tanh_mse_delta(my_tanh_mse_delta)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Summary
#
# * **Four formulas per layer.** Output: $\delta_k = \frac{\partial E}{\partial y_k} f'(u_k)$,
#   $\partial w_{jk} = y_j\delta_k$, $\partial b_k = \delta_k$, $\partial y_j = \sum_r \delta_r w_{jr}$. Hidden: the same with
#   $\delta_j = \partial y_j\, f'(u_j)$; the ∂y handed down is what connects the layers.
# * **On numbers** the deck's index loops, bpkit's matrix lines (`inp.T @ delta`,
#   `delta.sum(axis=0)`, `delta @ W.T`) and finite differences agree; over a batch the
#   gradient is the mean of the per-sample ones.
# * **δ at the output** is $y - t$ only for identity + MSE, sigmoid + cross-entropy and
#   softmax + cross-entropy; sigmoid or tanh with MSE keep $f'(u)$ and stall when saturated.
#   For softmax the factor $\partial y/\partial u$ is a Jacobian, and $y - t$ comes from $J^\top\,\partial E/\partial y$
#   with $\sum_i t_i = 1$; deck 003's one-factor δ_k is for elementwise activations.
# * **Deep sigmoid nets** lose δ layer by layer because $\sigma' \le 1/4$; tanh and relu lose
#   far less, but they lose too (table of section 8).
# * **Slide errata**: deck 003's misplaced parenthesis in ∂u_k/∂b_k and "δy_j" for ∂y_j;
#   deck 000's $h_1$ where $w_{31}$ needs $h_3$ (its update without η is the convention η = 1).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Appendix · Where each formula lives in bpkit
#
# The hidden-layer formulas are the output-layer ones with the indices renamed (k → j, j → i),
# so bpkit has each of them once, in one line that runs for every layer. This table is made by
# reading bpkit's source (`inspect`), so it stays true when the code moves (which is also why
# its line numbers are not held fixed by the notebook tests; `tests/test_deltarule.py` checks them):

# %% slideshow={"slide_type": "fragment"} tags=["nbval-ignore-output"]
bp.Table(["deck 003", "file:line", "code (rows = samples)"], dr.formula_locations())

# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% [markdown] slideshow={"slide_type": "subslide"}
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

SEED = 0
rng = np.random.default_rng(SEED)
plt.rcParams.update({"figure.dpi": 80})

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. Error function, E — 오차 함수
#
# $$E = -\sum_{i=1}^{n_{out}} \{t_i \log(y_i) + (1 - t_i)\log(1 - y_i)\},\qquad
#   y_i = \frac{1}{1 + e^{-s_i}},\quad s_i = \sum_j w_{ji} h_j$$
#
# "목표: 오차 E를 최소로 줄이는 것" — the goal is to make E as small as possible. The slide's
# examples: with $t_i = 1$, an output $y_i = 0$ gives $E = \infty$ and $y_i = 1$ gives $E = 0$.
# (The slide calls the output $x_i$ there; it is $y_i$.) SymPy takes the limit:

# %% slideshow={"slide_type": "fragment"}
y, t = sym.y, sym.t
E_i = sym.bce_term(y, t)                      # one output's share of E
display(Math(r"E(y_i) = " + sp.latex(E_i)))
E_t1 = E_i.subs(t, 1)
print("t_i = 1, y_i → 0:  E =", sp.pretty(sp.limit(E_t1, y, 0, "+")))
print("t_i = 1, y_i = 1:  E =", E_t1.subs(y, 1))

# %% [markdown] slideshow={"slide_type": "subslide"}
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
# $w$ itself, as "w 의 반대 방향" can be read. A hundred random nets of deck 000's kind (sigmoid
# units, cross-entropy) tell the two readings apart:

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

lowered = {"against the gradient: w − η∇E": 0, "against w: w − ηw": 0}
for _ in range(100):
    net = bp.MLP([3, 4, 2], activation="sigmoid", loss="bce", rng=rng000)
    x, t = rng000.uniform(size=3), rng000.integers(0, 2, 2).astype(float)
    E, (dW, db), eta = net.loss(x, t), net.gradients(x, t), 0.1
    for reading, grads in [("against the gradient: w − η∇E", dW + db),
                           ("against w: w − ηw", net.weights + net.biases)]:
        step = net.copy()
        step.weights = [W - eta * g for W, g in zip(net.weights, grads[:net.n_layers])]
        step.biases = [b - eta * g for b, g in zip(net.biases, grads[net.n_layers:])]
        lowered[reading] += step.loss(x, t) < E
assert lowered["against the gradient: w − η∇E"] == 100 and lowered["against w: w − ηw"] < 100
bp.Table(["one step, η = 0.1", "nets (of 100) whose E went down"], list(lowered.items()))

# %% [markdown] slideshow={"slide_type": "subslide"}
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

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% slideshow={"slide_type": "fragment"}
w1i, w2i, h1, h2 = sp.symbols("w_{1i} w_{2i} h_1 h_2", real=True)
s_i = w1i * h1 + w2i * h2                     # two hidden units are enough to see it
display(Math(r"s_i = " + sp.latex(s_i) + r",\qquad \frac{\partial s_i}{\partial w_{1i}} = "
             + sp.latex(sp.diff(s_i, w1i)) + r" = h_j \quad\dots\; c"))

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. a = ∂E/∂y_i
#
# The slide's steps: ① only the term $E(y_i)$ of $E = E(y_1) + E(y_2) + \dots$ depends on
# $y_i$; ② differentiate the two logarithms; then put both over one denominator. Each line
# below is a SymPy expression; `verify_steps` checks that it equals the line before.

# %% slideshow={"slide_type": "fragment"}
steps_a = sym.bce_derivative_steps()
display(*steps_a)
print("each line equals the one before:", sym.verify_steps(steps_a))

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### The slide's ② is wrong
#
# The slide writes $\frac{-t_i}{y_i} + \frac{1 - t_i}{y_i}$: the second denominator must be
# $1 - y_i$, because $\frac{d}{dy}\log(1 - y) = \frac{-1}{1 - y}$. The slide's own result a is
# right, so its line ② does not lead to it. At one point:

# %% slideshow={"slide_type": "fragment"}
wrong_a = sym.SLIDE_ERRATA["000 ∂E/∂y_i"]
display(wrong_a)
slide_value, right_value = wrong_a.values()
exact = float(sp.diff(E_i, y).subs(wrong_a.point))
print(f"at {wrong_a.point_text()}: slide {slide_value:.4f}, corrected {right_value:.4f}, "
      f"SymPy's ∂E/∂y_i {exact:.4f}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. b = ∂y_i/∂s_i — the sigmoid's derivative, ①–④
#
# The slide differentiates $y = \frac{1}{1 + e^{-x}}$ in four steps (x stands for $s_i$).

# %% slideshow={"slide_type": "fragment"}
steps_b = sym.sigmoid_derivative_steps()
display(*steps_b[:4])

# %% slideshow={"slide_type": "fragment"}
display(*steps_b[4:])
print("each line equals the one before:", sym.verify_steps(steps_b))

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### The slide's ③ is wrong
#
# The slide's ③ reads $\frac{e^{-x}}{(1 + e^{-x})^{-2}}$. Step ② has the *factor*
# $(1 + e^{-x})^{-2}$; moved into the denominator, the exponent becomes $+2$. The slide then
# goes on as if it were $+2$, so only that line is wrong. At $x = 0$ the true slope is
# $y(1 - y) = 0.5 \cdot 0.5 = 0.25$. (The same slide writes $y_i = 1/(1 + e^{(-s_i + b)})$: a
# bias *subtracted* from $s_i$, a threshold; bpkit adds it, so its b is the slide's −b.
# Either way $\partial y_i/\partial s_i = y_i(1 - y_i)$.)

# %% slideshow={"slide_type": "fragment"}
wrong_3 = sym.SLIDE_ERRATA["000 σ' ③"]
display(wrong_3)
slide_value, right_value = wrong_3.values()
print(f"at x = 0: slide {slide_value:g}, corrected {right_value:g}, "
      f"bpkit's σ'(0) = {float(bp.sigmoid_grad(0.0)):g}")
b = sp.Symbol("b", real=True)
y_b = 1 / (1 + sp.exp(-sym.s + b))                # the slide's y_i with its bias
print("with the slide's bias, ∂y_i/∂s_i = y_i(1 − y_i):",
      sp.simplify(sp.diff(y_b, sym.s) - y_b * (1 - y_b)) == 0)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. a · b · c — the product collapses to $(y_i - t_i)\,h_j$
#
# $$\frac{\partial E}{\partial w_{ji}} = \frac{y_i - t_i}{y_i(1 - y_i)} \cdot y_i(1 - y_i)
#   \cdot h_j = (y_i - t_i)\, h_j$$
#
# The factor $y_i(1 - y_i)$ of the sigmoid cancels against the denominator of the
# cross-entropy. SymPy checks it in the variable $s_i$ itself ($y_i$ stands for σ($s_i$)):

# %% slideshow={"slide_type": "fragment"}
steps_ab = sym.bce_delta_collapse_steps()
display(*steps_ab)
print("each line equals the one before:", sym.verify_steps(steps_ab))

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. Beside it: the MSE δ of deck 002
#
# Deck 002 ("오차역전파 계산하기") uses $E = \frac{1}{2}(target - out)^2$ with the same sigmoid.
# There nothing cancels: its output δ keeps the factor $out(1 - out)$.

# %% slideshow={"slide_type": "fragment"}
steps_mse = sym.mse_delta_steps()
display(*steps_mse)
print("each line equals the one before:", sym.verify_steps(steps_mse))

# %% slideshow={"slide_type": "fragment"}
s_values = np.array([-8.0, -4.0, 0.0, 4.0, 8.0])
d_mse, d_bce = deltas.output_deltas(s_values, t=1.0)
bp.Table(["s", "y = σ(s)", "δ cross-entropy: y − t", "δ MSE: (y − t)·y(1 − y)"],
         [[s_, float(bp.sigmoid(s_)), a, b] for s_, a, b in zip(s_values, d_bce, d_mse)],
         caption="output δ of one sigmoid unit, target t = 1 (bpkit.losses.output_delta)")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 7. Why it matters: a saturated unit
#
# The target is $t = 1$. At $s = -8$ the unit is badly wrong ($y \approx 0.0003$) *and*
# saturated: $y(1 - y) \approx 0.0003$. Gradient descent moves $w$ by $\eta\,\delta\,h_j$,
# so δ is the size of the correction.

# %% slideshow={"slide_type": "fragment"}
deltas.plot_output_deltas(t=1.0)
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# **What to notice.** With cross-entropy |δ| ≈ 1 exactly where the unit is most wrong: it
# learns fastest when it is worst. With MSE, |δ| falls like $e^{s}$ on the wrong side (a
# straight line on the log scale) — the unit is stuck, though it is as wrong as it can be.
# This is why deck 000 pairs the sigmoid output with the cross-entropy.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 8. 출력층의 가중치 업데이트 — Updating the output layer
#
# $$\frac{\partial E}{\partial w_{ji}} = (y_i - t_i)\,h_j, \qquad
#   w_{ji}(T+1) = w_{ji}(T) - \boxed{(y_i - t_i)\,h_j}\;(= \delta y \cdot h_j)$$
#
# A tiny sigmoid + cross-entropy net, 3-3-2 and without biases as on the slide; one sample.
# bpkit's backward pass against the deck's formula, weight by weight:

# %% slideshow={"slide_type": "fragment"}
net = bp.MLP([3, 3, 2], activation="sigmoid", loss="bce", bias="none", rng=rng)
x_k = np.round(rng.uniform(-1, 1, size=3), 2)
t_i = np.array([1.0, 0.0])
fwd = net.forward(x_k)
h_j, y_i = fwd.outs[0][0], fwd.outs[1][0]
dW, _ = net.gradients(x_k, t_i)
deck = sym.deck000_output_gradient(h_j, y_i, t_i)          # (y_i − t_i) h_j
bp.Table(["w_ji", "bpkit ∂E/∂w_ji", "deck: (y_i − t_i) h_j"],
         [[f"w_{j + 1}{i + 1}", dW[1][j, i], deck[j, i]] for j in range(3) for i in range(2)],
         caption=f"x = {x_k.tolist()}, t = {t_i.tolist()}")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### A convention and a slip on the update slides
#
# 1. $w_{ji}(T+1) = w_{ji}(T) - (y_i - t_i)h_j$ has no learning rate. That is a **convention**,
#    not an error: gradient descent with η = 1. In general the step is
#    $w_{ji} - \eta\,(y_i - t_i)h_j$ (bpkit's `lr`).
# 2. An **error**: the last slide writes $w_{31}(T+1) = w_{31}(T) - \delta y \cdot h_1$. $w_{31}$ runs
#    from hidden unit 3 to output 1, so it is multiplied by $h_3$, not $h_1$:

# %% slideshow={"slide_type": "fragment"}
delta_y = y_i - t_i                                        # δy of the slide, per output
print(f"bpkit ∂E/∂w_31 = {dW[1][2, 0]:.6f}")
print(f"δy_1 · h_3     = {delta_y[0] * h_j[2]:.6f}   (right)")
print(f"δy_1 · h_1     = {delta_y[0] * h_j[0]:.6f}   (the slide)")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 9. 은닉층의 가중치 업데이트 — Updating the hidden layer
#
# $$\frac{\partial E}{\partial w_{kj}} = \underbrace{\sum_{i=1}^{n_{out}} (y_i - t_i)\,w_{ji}\,
#   h_j(1 - h_j)}_{\partial E/\partial s_j \;=\; \delta h_j}\;
#   \underbrace{x_k}_{\partial s_j/\partial w_{kj}}$$
#
# The slide "General Multiplayer Network" (multi*layer*) makes it a recipe for any layer:
# first $\partial E/\partial s_j$ (the δ of the unit), then multiply by its input $x_k$.
# Now with a bias on every unit (it changes the numbers, not the formula):

# %% slideshow={"slide_type": "fragment"}
net_b = bp.MLP([3, 3, 2], activation="sigmoid", loss="bce", bias="unit", seed=SEED)
net_b.weights = net.weights                                # §8's weights, plus biases:
net_b.biases = [np.round(rng.normal(0, 0.5, size=n), 2) for n in (3, 2)]
fwd = net_b.forward(x_k)
h_j, y_i = fwd.outs[0][0], fwd.outs[1][0]
dW_b, db_b = net_b.gradients(x_k, t_i)
deck = sym.deck000_hidden_gradient(x_k, h_j, y_i, t_i, net_b.weights[1])
bp.Table(["w_kj", "bpkit ∂E/∂w_kj", "deck: Σ_i (y_i − t_i) w_ji h_j(1 − h_j) x_k"],
         [[f"w_{k + 1}{j + 1}", dW_b[0][k, j], deck[k, j]] for k in range(3) for j in range(3)],
         caption="the 3-3-2 net of §8 with a bias on every unit")

# %% [markdown] slideshow={"slide_type": "subslide"}
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
bp.Table(["j", "bpkit ∂E/∂h_j", "Σ_i (y_i − t_i) w_ji", "the i = 1 term alone"],
         [[j + 1, dE_dh[j], terms[j].sum(), terms[j, 0]] for j in range(3)])

# %% [markdown] slideshow={"slide_type": "subslide"}
# Deck 000's last slide ends with
#
# > $$\text{new Hidden: } w_{11}(T + 1) = w_{11}(T) - \delta h \cdot x_1$$
#
# Again η = 1 (the convention above). And δh needs its index: every hidden unit $j$ has its own
# $\delta h_j = \partial E/\partial s_j$, and $w_{11}$ (input 1 → hidden unit 1) takes $\delta h_1$. On §9's net
# the three δh differ, so "δh" alone does not say which one:

# %% slideshow={"slide_type": "fragment"}
delta_h = bwd.deltas[0][0]                                  # δh_j, j = 1, 2, 3
assert np.isclose(dW_b[0][0, 0], delta_h[0] * x_k[0]) and len(set(np.round(delta_h, 12))) == 3
print("δh_1, δh_2, δh_3 =", ", ".join(f"{d:+.6f}" for d in delta_h))
print(f"∂E/∂w_11 = δh_1 · x_1 = {delta_h[0] * x_k[0]:+.6f} (bpkit: {dW_b[0][0, 0]:+.6f})")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises — 연습 문제
#
# Fill in each function, run its cell, then run the check below it. The check names typical
# mistakes; "not attempted yet" means the stub is still untouched.
#
# **Exercise 1.** Write ∂E/∂y of one output's cross-entropy term
# $-\{t \log y + (1 - t)\log(1 - y)\}$ for arrays `y`, `t` (elementwise). Watch the slide's ②.

# %% slideshow={"slide_type": "fragment"}
def my_dE_dy(y, t):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_dE_dy(my_dE_dy)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Exercise 2.** Write the output δ of a sigmoid unit with $E = \frac{1}{2}(target - out)^2$
# (deck 002) from `out` and `target` (arrays, elementwise).

# %% slideshow={"slide_type": "fragment"}
def my_mse_delta(out, target):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_mse_delta(my_mse_delta)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Exercise 3.** Derive tanh' in SymPy and write it in $y = \tanh(x)$, the way deck 000
# writes σ' = y(1 − y). `y` is a SymPy symbol; return a SymPy expression in `y` only.
# (Start from `sp.diff(sp.tanh(x), x)` or from $\frac{e^x - e^{-x}}{e^x + e^{-x}}$.)

# %% slideshow={"slide_type": "fragment"}
def my_tanh_derivative(y):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_tanh_derivative(my_tanh_derivative)

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Appendices — for the lecturer
#
# The lesson ends with the summary above. These sections are the series' own proof that
# sections 1–9 are right: SymPy's exact derivative of a whole net, and every slide error of
# deck 000 in one table. Show them when a class asks "how do we know?".

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Appendix A · For every weight, exactly: SymPy's derivative of the whole net
#
# The tables checked one net at numbers. SymPy can do better: it builds $E$ of a 2-2-2
# sigmoid + cross-entropy net as one expression in all its weights, differentiates it by each
# weight, and proves the deck's formulas equal to those derivatives *as expressions*.

# %% slideshow={"slide_type": "fragment"}
rows = [["output", str(w), ok] for w, _, _, ok in sym.deck000_output_check()]
rows += [["hidden", str(w), ok] for w, _, _, ok in sym.deck000_hidden_check()]
bp.Table(["layer", "weight", "SymPy's ∂E/∂w equals the deck's formula"], rows,
         caption="deck 000's formulas on a symbolic 2-2-2 net (w: input → hidden, w': hidden → output)")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### bpkit against SymPy's exact gradients
#
# The same idea is bpkit's test oracle: `sym.oracle_for(net, X, T)` differentiates the exact
# E of a net with SymPy and evaluates it. For the biased net of §9 and a batch of 4 samples:

# %% slideshow={"slide_type": "fragment"}
X = np.round(rng.uniform(-1, 1, size=(4, 3)), 2)
T = bp.one_hot(np.array([0, 1, 1, 0]), 2)
E_sym, dW_sym, db_sym = sym.oracle_for(net_b, X, T)
dW_b, db_b = net_b.gradients(X, T)
pairs = list(zip(dW_b + db_b, dW_sym + db_sym))
gap = max(np.abs(a - b).max() for a, b in pairs)
print(f"E: bpkit {net_b.loss(X, T):.10f}, SymPy {E_sym:.10f}")
print(f"all {sum(a.size for a, _ in pairs)} gradients agree to 1e-12:", bool(gap < 1e-12))

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Appendix B · Every slide error, refuted
#
# Each row evaluates the slide's line and the right one at the same numbers
# (`sym.SLIDE_ERRATA`): they differ, and the right one agrees with SymPy and bpkit above.

# %% slideshow={"slide_type": "fragment"}
sym.errata_table()

# %% [markdown] slideshow={"slide_type": "fragment"}
# A choice is not an error: the slides' updates take the learning rate η = 1. That is a
# convention, listed apart and not "refuted":

# %% slideshow={"slide_type": "fragment"}
sym.conventions_table()

# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% [markdown] slideshow={"slide_type": "subslide"}
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

# %% slideshow={"slide_type": "skip"}
# %matplotlib inline
import matplotlib.pyplot as plt
import numpy as np

import bpkit as bp
from bpkit.lab import explorer_state as es
from bpkit.lab import widgets
from bpkit.lessons.examples import deck002
from bpkit.exercises import nb08 as ex

SEED = 0
rng = np.random.default_rng(SEED)   # the explorer itself is deterministic: nothing samples
plt.rcParams.update({"figure.dpi": 80})

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% slideshow={"slide_type": "fragment"}
state = es.new_state()                       # deck 002's net, x, target; MSE, sigmoid
out_H, out_O = state.fwd.outs[0][0], state.fwd.outs[1][0]
W_HO = state.net.weights[1]
delta_O = (out_O - state.target) * out_O * (1 - out_O)
delta_H = (W_HO @ delta_O) * out_H * (1 - out_H)
assert np.allclose(delta_O, state.bwd.deltas[1][0]) and np.allclose(delta_H, state.bwd.deltas[0][0])
assert np.allclose(state.bwd.dW[1], np.outer(out_H, delta_O))
assert np.allclose(state.bwd.dW[0], np.outer(state.x, delta_H))
print("deck 002's δ_O, δ_H and both gradient matrices equal bpkit's backward pass")
bp.Table(["δ", "value"], [[name, v] for _, _, name, v, _ in es.delta_rows(state)],
         caption=f"deck 002's net: E = {state.E:.6f}", fmt="{:.6f}")

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% slideshow={"slide_type": "subslide"} tags=["nbval-ignore-output"]
lab = widgets.explorer()
lab

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3 · Try this: saturate a unit
#
# **Question first.** Press **reset**, then set w'₁₁ (hidden unit 1 → output 1) to **+10**.
# Before you do: what will out_O1 do? And δ_O1 — larger or smaller? What happens to the δ of
# the hidden layer, which is built from δ_O?

# %% slideshow={"slide_type": "fragment"} tags=["nbval-ignore-output"]
lab

# %% [markdown] slideshow={"slide_type": "subslide"}
# **What to notice.** net_O1 becomes large, out_O1 sticks near 1 and its factor
# out(1 − out) goes to ~0: δ_O1 shrinks by more than two orders of magnitude although the
# output is now *further* from its target 0.01. Every hidden δ shrinks with it (and flips
# sign: δ_O2·w'_j2 now dominates the sum δ_H is built from; the bars show it on a log scale). This is
# **saturation**, the small-scale version of the vanishing gradient of deep sigmoid nets.
# The cell below moves the same slider from code and reads the explorer's state:

# %% slideshow={"slide_type": "fragment"}
lab.controls["reset"].click()                 # the reset button
before = es.delta_rows(lab.state)
lab.controls["value"].value = 10.0            # exactly what dragging the slider to +10 does
after = es.delta_rows(lab.state)
fresh, x, target, _ = deck002()
fresh.weights[1][0, 0] = 10.0                 # the same change on a fresh bpkit net
assert np.allclose(np.concatenate(fresh.deltas(x, target)[::-1], axis=1)[0],
                   [v for *_, v, _ in after])
print(f"out_O1 = {lab.state.fwd.output[0, 0]:.6f}; δ equal to a fresh bp.MLP's")
bp.Table(["δ", "w'₁₁ = 0.40", "w'₁₁ = 10"],
         [[n, v0, v1] for (_, _, n, v0, _), (*_, v1, _) in zip(before, after)], fmt="{:.3e}")

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% slideshow={"slide_type": "fragment"} tags=["nbval-ignore-output"]
lab

# %% [markdown] slideshow={"slide_type": "subslide"}
# **What to notice.** With cross-entropy δ_O1 is out_O1 − target₁ ≈ 0.99: the saturated unit
# still gets a full-size error signal, and so do the weights into it. The same switch, from code:

# %% slideshow={"slide_type": "fragment"}
mse_delta = lab.state.bwd.deltas[1][0, 0]
lab.controls["loss"].value = "ce"             # the loss toggle
ce_delta = lab.state.bwd.deltas[1][0, 0]
out1, t1 = lab.state.fwd.output[0, 0], lab.state.target[0]
assert np.isclose(ce_delta, out1 - t1)
print(f"MSE:           δ_O1 = {mse_delta:.4e}")
print(f"cross-entropy: δ_O1 = {ce_delta:.4e} = out_O1 − target₁ = {out1 - t1:.4e}")
print(f"ratio: {ce_delta / mse_delta:.0f}×")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5 · Try this: step through one training step
#
# **Question first.** In which order does information move in one step? Open the tab **step
# through** and press **next ▶**: the inputs arrive, then each layer computes net and
# out (forward), then δ appears on the output layer and the gradients on the weights into it,
# then on the hidden layer (backward), and finally every weight moves by −lr·∂E/∂w (update).
# **◀ back** goes back; back from the update undoes it. Tick "show ∂E/∂w on edges" to keep the
# gradients in the full view.

# %% slideshow={"slide_type": "fragment"} tags=["nbval-ignore-output"]
widgets.explorer()

# %% [markdown] slideshow={"slide_type": "subslide"}
# **What to notice.** δ of the hidden layer can only appear after δ of the output layer: that is
# the "back" in backpropagation. The update phase is exactly one `sgd_step` (deck 003:
# $w \leftarrow w - \eta\, \partial E/\partial w$), as the cell checks:

# %% slideshow={"slide_type": "fragment"}
walk = es.new_state()
print(" → ".join(es.phases(walk)))
for k in range(len(es.phases(walk))):
    es.set_phase(walk, k)
fresh, x, target, lr = deck002()
E0 = fresh.sgd_step(x, target, lr)
assert all(np.allclose(a, b) for a, b in zip(walk.net.weights, fresh.weights))
print(f"after the update phase: E {walk.loss_before:.6f} → {walk.E:.6f}, the weights of one sgd_step")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6 · Try this: the nudge test
#
# **Question first.** ∂E/∂w says how much E changes per unit of w. So if you nudge w by a small
# ε, E should change by about $\frac{\partial E}{\partial w}\varepsilon$ (deck 001's "chain rule
# by nudging"). In the first tab (**weight + nudge**), pick a weight, move ε, and compare the prediction with the real
# change $E(w+\varepsilon) - E(w)$. Which ε makes them agree best? Why does a large ε disagree?

# %% slideshow={"slide_type": "fragment"} tags=["nbval-ignore-output"]
widgets.explorer(show_grads=True)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **What to notice.** The relative error first shrinks in proportion to ε (the next term of
# the Taylor series is ½·∂²E/∂w²·ε²). Once ε is very small, E(w+ε) − E(w) is the difference of
# two nearly equal numbers, each rounded to about 16 digits, and the rounding takes over: the
# error grows again. The table is the explorer's nudge test for w'₁₁, from ε = 1 down to 1e-12:

# %% slideshow={"slide_type": "fragment"}
nudge_state = es.new_state()
rows, errors = [], []
for eps in 10.0 ** -np.arange(13):
    n = es.nudge_test(nudge_state, es.ParamRef("W", 1, 0, 0), eps)
    rows.append([f"{eps:.0e}", f"{n.predicted:.6e}", f"{n.actual:.6e}", f"{n.rel_error:.1e}"])
    errors.append(n.rel_error)
best = int(np.argmin(errors))
assert 0 < best < len(errors) - 1 and errors[-1] > 100 * errors[best]  # falls, then rises again
print(f"smallest relative error at ε = {10.0 ** -best:.0e}; below it rounding makes it grow")
bp.Table(["ε", "∂E/∂w'₁₁·ε", "E(w+ε) − E(w)", "relative error"], rows,
         caption="the nudge test on deck 002's net")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 7 · Try this: train, and watch δ as the net learns
#
# **Question first.** Open the tab **train**, set N = 200 and press **train N steps** a few
# times. E falls — but what happens to the δ panel? Then try lr = 5, and the relu activation
# (a relu unit with net < 0 has δ = 0: does it ever come back?).

# %% slideshow={"slide_type": "fragment"} tags=["nbval-ignore-output"]
widgets.explorer()

# %% [markdown] slideshow={"slide_type": "subslide"}
# **What to notice.** As out approaches its target, δ_O = (out − t)·out(1 − out) goes to 0 and
# so does every δ below it: training slows down by itself. The same 200 steps from code:

# %% slideshow={"slide_type": "fragment"}
trained = es.train(es.new_state(), 200)
first, last = trained.history[0], trained.history[-1]
print(f"E: {first:.6f} → {last:.6f} after {len(trained.history) - 1} steps (lr = {trained.lr})")
bp.Table(["δ", "after 200 steps"], [[n, v] for _, _, n, v, _ in es.delta_rows(trained)],
         fmt="{:.3e}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 8 · Exercises
#
# **Exercise 1 — the best raise.** Which single weight or bias of deck 002's net, raised by
# **exactly 1**, lowers E the most (sigmoid, MSE, deck 002's numbers)? Find it with an explorer
# (press **reset** and pick MSE in section 2's, or run `widgets.explorer()` in a new cell) — the
# signs of ∂E/∂w narrow the search — then return its name as the weight menu spells it, e.g.
# `"w'_11"`, `"w_23"`, `"b2"`.

# %% slideshow={"slide_type": "fragment"}
def best_weight():
    raise NotImplementedError  # your code here: return the name, e.g. "w'_11"


# %% slideshow={"slide_type": "fragment"}
ex.check_best_weight(best_weight)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Exercise 2 — predict the sign.** Before running a nudge test, predict the sign of
# ∂E/∂w'_jk (any hidden unit j → output unit k) from out_k and target_k alone, for a sigmoid
# output with MSE *or* cross-entropy and **sigmoid hidden units**. Return +1 or −1. (Hint: what
# sign does out_Hj have? Would your answer hold for tanh hidden units, whose out_Hj can be
# negative?)

# %% slideshow={"slide_type": "fragment"}
def predicted_sign(out, target):
    raise NotImplementedError  # your code here: return +1 or -1


# %% slideshow={"slide_type": "fragment"}
ex.check_predicted_sign(predicted_sign)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Exercise 3 — the nudge test by hand.** With bpkit calls only (`net.gradients`, `net.loss`,
# `net.copy`), return `(predicted, actual)`: ∂E/∂w·ε and E(w + ε) − E(w) for the weight
# `net.weights[layer][i, j]`. Do not change the net you are given.

# %% slideshow={"slide_type": "fragment"}
def my_nudge(net, x, target, layer, i, j, eps):
    raise NotImplementedError  # your code here: return predicted, actual


# %% slideshow={"slide_type": "fragment"}
ex.check_my_nudge(my_nudge)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Summary
#
# - The diagram is bpkit's forward record (out in the nodes) and backward record (δ under the
#   nodes, ∂E/∂w on the edges); every gradient is a δ times what flows into its weight:
#   ∂E/∂w'_jk = δ_Ok·out_Hj, ∂E/∂w_ij = δ_Hj·x_i.
# - A saturated sigmoid output has out(1 − out) ≈ 0: with MSE its δ, and every δ below it,
#   nearly vanish; with cross-entropy the factor cancels and δ_O = out − t stays large.
# - One training step is forward layer by layer, backward layer by layer (output δ first, since
#   hidden δ are built from it), then the update w ← w − lr·∂E/∂w.
# - The nudge test confirms a gradient: ∂E/∂w·ε matches E(w + ε) − E(w) with an error that
#   shrinks like ε — the idea behind gradient checking (notebook 09).

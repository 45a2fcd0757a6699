# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
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

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Learning goals
#
# You will be able to …
#
# 1. compute a sigmoid neuron's prediction ŷ and its log-loss error for one applicant;
# 2. show that deck 001's rule w ← w + α(y − ŷ)x is gradient descent, w ← w − α ∂E/∂w;
# 3. train the neuron and read the decision boundary as it moves over the epochs;
# 4. tell from error curves whether a learning rate is too small, suitable, or too large.

# %% slideshow={"slide_type": "skip"}
# %matplotlib inline
import matplotlib.pyplot as plt
import numpy as np
import sympy as sp

import bpkit as bp
from bpkit import data
from bpkit.lessons import neuron
from bpkit.exercises import nb01 as ex
from bpkit.figures import boundary

SEED = 0
rng = np.random.default_rng(SEED)
plt.rcParams.update({"figure.dpi": 80, "axes.spines.top": False, "axes.spines.right": False})

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. The data: two scores, admitted or not
#
# Deck 001 recaps a lesson on predicting student admissions. bpkit generates a data set like
# it (seeded): each applicant has two standardised scores x₁, x₂ (0 = average) and a label
# y = 1 (admitted) or 0 (rejected).

# %% slideshow={"slide_type": "fragment"}
X, y = data.make_admissions(100, rng)
bp.Table(["applicant", "x₁", "x₂", "y"],
         [[str(i), X[i, 0], X[i, 1], str(int(y[i]))] for i in range(5)],
         caption=f"the first 5 of {len(y)} applicants; {int(y.sum())} were admitted",
         fmt="{:.3f}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Sigmoid activation function · Output (prediction) formula
#
# $$\sigma(x) = \frac{1}{1+e^{-x}}, \qquad \hat{y} = \sigma(w_1 x_1 + w_2 x_2 + b)$$
#
# ŷ lies between 0 and 1 and reads as "the probability the neuron gives to *admitted*".
# We start from the weights w = (−1, 2), b = 1 (a poor guess, on purpose).

# %% slideshow={"slide_type": "fragment"}
w0, b0 = np.array([-1.0, 2.0]), 1.0
y_hat = neuron.predict(X, w0, b0)
assert np.allclose(y_hat, 1 / (1 + np.exp(-(X @ w0 + b0))))   # the slide's formula
bp.Table(["applicant", "w·x + b", "ŷ", "y"],
         [[str(i), float(X[i] @ w0 + b0), y_hat[i], str(int(y[i]))] for i in range(5)],
         caption="ŷ = σ(w·x + b) for the starting weights", fmt="{:.3f}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. Error function (log-loss)
#
# $$Error(y, \hat{y}) = -y \log(\hat{y}) - (1-y) \log(1-\hat{y})$$
#
# For y = 1 only the first term counts, for y = 0 only the second. The error is 0 when ŷ
# equals y and grows without bound as ŷ goes to the wrong end.

# %% slideshow={"slide_type": "fragment"}
bp.Table(["ŷ", "error if y = 1", "error if y = 0"],
         [[p, neuron.log_loss([1.0], [p]), neuron.log_loss([0.0], [p])]
          for p in (0.99, 0.9, 0.5, 0.1, 0.01)],
         caption="the log-loss of one applicant", fmt="{:.3f}")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Over the data set, E is the mean error. With the starting weights:

# %% slideshow={"slide_type": "fragment"}
print(f"E(w0, b0) = {neuron.error(X, y, w0, b0):.4f}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. The function that updates the weights
#
# Deck 001: $\;w_i \longrightarrow w_i + \alpha (y - \hat{y}) x_i, \quad b \longrightarrow b + \alpha (y - \hat{y})$
#
# Deck 003 (가중치와 bias를 수정하는 방법): $\;w = w - \eta \frac{\partial E}{\partial w}, \quad b = b - \eta \frac{\partial E}{\partial b}$
#
# They are the same rule (α = η is the learning rate, 학습률) if
# $\frac{\partial E}{\partial w_i} = -(y-\hat{y})x_i$ and $\frac{\partial E}{\partial b} = -(y-\hat{y})$.
# SymPy checks it for the log-loss:

# %% slideshow={"slide_type": "fragment"}
w1, w2, b, x1, x2, ys = sp.symbols("w_1 w_2 b x_1 x_2 y", real=True)
yh = 1 / (1 + sp.exp(-(w1 * x1 + w2 * x2 + b)))
E = -ys * sp.log(yh) - (1 - ys) * sp.log(1 - yh)
assert sp.cancel(sp.diff(E, w1) - (-(ys - yh) * x1)) == 0
assert sp.cancel(sp.diff(E, w2) - (-(ys - yh) * x2)) == 0
assert sp.cancel(sp.diff(E, b) - (-(ys - yh))) == 0
print("SymPy: ∂E/∂wᵢ = −(y − ŷ)·xᵢ and ∂E/∂b = −(y − ŷ), "
      "so w − α·∂E/∂w = w + α(y − ŷ)x: deck 001's rule is gradient descent.")

# %% [markdown] slideshow={"slide_type": "subslide"}
# The same on numbers: one step of `neuron.gradient_step` (deck 001's rule, averaged over
# the 100 applicants) against w − α·∂E/∂w with ∂E/∂w from central differences. (This is
# gradient descent for *logistic regression*; it is not the perceptron rule, which changes w
# only on misclassified points and uses a 0/1 step instead of σ.)

# %% slideshow={"slide_type": "fragment"}
alpha = 0.5
w_new, b_new = neuron.gradient_step(X, y, w0, b0, alpha)
w = w0.copy()
dE_dw = bp.numerical_gradient(lambda: neuron.error(X, y, w, b0), w)
assert np.allclose(w_new, w0 - alpha * dE_dw, atol=1e-8)
print(f"deck 001's rule:   w = ({w_new[0]:.6f}, {w_new[1]:.6f})")
print(f"w − α·∂E/∂w (FD):  w = ({w0[0] - alpha * dE_dw[0]:.6f}, {w0[1] - alpha * dE_dw[1]:.6f})")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. 개념: 오차를 편미분 해서 양수면 −, 음수면 +로 조절
#
# "Differentiate the error; if the slope is positive, decrease w; if negative, increase it."
# Along w₁ (w₂ = 2, b = 1 fixed), the slope ∂E/∂w₁ and the step −α·∂E/∂w₁:

# %% slideshow={"slide_type": "fragment"}
rows = []
for w1_value in (-2.0, 0.0, 2.0, 4.0, 8.0):
    wv = np.array([w1_value, 2.0])
    slope = neuron.gradient(X, y, wv, 1.0)[0][0]
    rows.append([w1_value, neuron.error(X, y, wv, 1.0), slope, -alpha * slope,
                 "w₁ goes up (+)" if slope < 0 else "w₁ goes down (−)"])
bp.Table(["w₁", "E", "∂E/∂w₁", "step −α·∂E/∂w₁", "so"], rows, fmt="{:.4f}",
         caption="the step always points downhill, against the sign of the slope")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. Training: the decision boundary moves
#
# `neuron.train_neuron` repeats the step for 100 epochs (α = 0.5, from w = (−1, 2), b = 1).
# The boundary is where ŷ = 0.5, i.e. w₁x₁ + w₂x₂ + b = 0.

# %% slideshow={"slide_type": "fragment"}
hist = neuron.train_neuron(X, y, alpha=0.5, epochs=100, w=w0, b=b0)
epochs = [0, 2, 5, 10, 25, 100]
bp.Table(["epoch", "w₁", "w₂", "b", "E", "accuracy"],
         [[str(e), *hist.w[e], hist.b[e], hist.error[e],
           bp.accuracy(neuron.predict(X, *hist.boundary(e))[:, None], y)] for e in epochs],
         fmt="{:.3f}", caption="the neuron after some epochs")

# %% slideshow={"slide_type": "subslide"}
boundary.plot_boundaries(X, y, hist, epochs)
plt.show()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 7. 적절한 보폭을 설정해야 함 — choose a suitable step
#
# To see the path on the error surface we keep b = 0, so E depends on (w₁, w₂) only, start
# at w = (−2, 6) and run 40 epochs with three learning rates.

# %% slideshow={"slide_type": "fragment"}
runs = {a: neuron.train_neuron(X, y, alpha=a, epochs=40, w=np.array([-2.0, 6.0]), fit_bias=False)
        for a in (0.3, 5.0, 60.0)}
grid = np.linspace(-5, 15, 81)
boundary.plot_learning_rates(X, y, runs, grid, grid)
plt.show()

# %% [markdown] slideshow={"slide_type": "subslide"}
# What to notice:

# %% slideshow={"slide_type": "fragment"}
best = min(min(h.error) for h in runs.values())
bp.Table(["α", "E after 40 epochs", f"first epoch with E < {best + 0.01:.3f}",
          "epochs where E went up", "verdict"],
         [[a, h.error[-1], next((str(e) for e, E in enumerate(h.error) if E < best + 0.01), "never"),
           str(int(np.sum(np.diff(h.error) > 0))), verdict]
          for (a, h), verdict in zip(runs.items(), ["too small: crawls", "suitable",
                                                    "too large: overshoots, oscillates"])],
         fmt="{:.3g}", caption=f"same data, same start; the lowest E of all runs is {best:.3f}")

# %% [markdown] slideshow={"slide_type": "fragment"}
# - α = 0.3 goes the right way, every step downhill, but is still far from the valley floor
#   after 40 epochs;
# - α = 5 reaches the floor within a few epochs and stays there;
# - α = 60 jumps across the valley: it touches the floor now and then, but E goes *up* on
#   many epochs (see the table) and never settles.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 8. Feedforward — Matrix Calculate (deck 001): two slide errors
#
# Deck 001 stacks these neurons into a 2-2-1 net and writes
#
# $$\hat{y} = \sigma \begin{pmatrix} {w^{2}}_{11} \\ {w^{2}}_{21} \\ {w^{2}}_{31} \end{pmatrix} \sigma \begin{pmatrix} w_{11} & w_{12} \\ w_{21} & w_{22} \\ w_{31} & w_{32} \end{pmatrix} \begin{pmatrix} x_1 \\ x_2 \\ -2 \end{pmatrix}$$
#
# **Wrong twice:** the bias input is 1, not −2 (the next line of the post has 1), and a
# (3 × 2) matrix cannot multiply a (3,) vector: the weights must be transposed, and the hidden
# layer needs its own bias input 1 to meet the (3,) column of layer 1.

# %% slideshow={"slide_type": "fragment"}
W0, W1 = rng.standard_normal((3, 2)), rng.standard_normal((3, 1))
x_tilde = np.array([X[0, 0], X[0, 1], 1.0])          # bias input 1
try:
    W0 @ x_tilde
except ValueError as err:
    print("as written, W0 @ x fails:", err)
h = bp.sigmoid(W0.T @ x_tilde)                        # (2,)
y_hat_fixed = bp.sigmoid(W1.T @ np.append(h, 1.0))    # (1,)
print("shapes that work: W0ᵀ", W0.T.shape, "@ x", x_tilde.shape, "→ h", h.shape,
      "; W1ᵀ", W1.T.shape, "@ [h, 1]", (3,), "→ ŷ", y_hat_fixed.shape)

# %% [markdown] slideshow={"slide_type": "subslide"}
# The fixed formula is bpkit's 2-2-1 net whose biases are the last rows of W0 and W1
# (bpkit keeps rows as samples, so it computes x·W, the transpose of Wᵀx):

# %% slideshow={"slide_type": "fragment"}
net = bp.MLP([2, 2, 1], activation="sigmoid", loss="bce", seed=SEED)
net.weights, net.biases = [W0[:2], W1[:2]], [W0[2], W1[2]]
assert np.allclose(net.predict(X[0]), y_hat_fixed)
print(f"ŷ by the fixed slide formula = {float(y_hat_fixed[0]):.6f} = bpkit's net.predict")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises
#
# **1.** Write deck 001's update for *one* applicant: given x (2,), y (0 or 1), w (2,), b and
# α, return `(w_new, b_new)`. (`bp.sigmoid` is there for you.)

# %% slideshow={"slide_type": "fragment"}
def my_update(x, y, w, b, alpha):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_update(my_update)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **2.** Write deck 001's error for one applicant: given y (0 or 1) and ŷ in (0, 1), return
# −y log ŷ − (1 − y) log(1 − ŷ).

# %% slideshow={"slide_type": "fragment"}
def my_log_loss(y, y_hat):
    raise NotImplementedError  # your code here


# %% slideshow={"slide_type": "fragment"}
ex.check_my_log_loss(my_log_loss)

# %% [markdown] slideshow={"slide_type": "slide"}
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

# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# # 10 · Android 적용 — the trained network leaves the notebook and runs on a phone
#
# Deck 000, **"오차 역전파"** (KAIG), has two parts:
#
# | part (as on the deck) | English | in this series |
# |---|---|---|
# | 1. 오차역전파 | backpropagation | notebooks 01–08 |
# | 2. Android 적용 | applying the trained network on Android | this notebook |
#
# The lesson of part 2: **a trained network is just its weights and a forward pass.** Training
# (backpropagation) needs bpkit; using the network needs only the numbers and three lines of
# arithmetic, and those run anywhere — here on a phone, with numbers shown to be the same as
# bpkit's. 학습이 끝난 신경망은 가중치와 순전파 계산이 전부입니다: 어디서든 실행할 수 있습니다.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Learning goals
#
# You will be able to …
#
# 1. say what a trained network consists of, and run its forward pass without bpkit;
# 2. export a bpkit network to **ONNX** (what ONNX Runtime Mobile runs in Android apps) and to a
#    JSON file of weights, and prove that onnxruntime, plain Java and JavaScript give bpkit's
#    probabilities — up to **float32 rounding**, which you can explain;
# 3. turn a finger drawing into the 8×8 intensities the digits data set holds;
# 4. say where the files go in an Android app, and put the web app on a class's phones.

# %% slideshow={"slide_type": "skip"}
# %matplotlib inline
import json
import tempfile
import textwrap
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import onnx
import onnxruntime as ort
from IPython.display import Image, Markdown, display
from PIL import Image as PILImage
from PIL import ImageDraw

import bpkit as bp
from bpkit.export import DrawingError, ExportError, from_json, to_digit_pixels, to_json, to_onnx

SEED = 0
rng = np.random.default_rng(SEED)
plt.rcParams.update({"figure.dpi": 80, "axes.spines.top": False, "axes.spines.right": False})
PHONE = Path("..") / "phone"                        # the web app, beside the notebooks
TMP = tempfile.TemporaryDirectory(prefix="bpkit09_")  # this notebook's exports, removed
OUT = Path(TMP.name)                                  # when the kernel stops

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1 · Train the digits net — 학습
#
# As in notebook 07: scikit-learn's 8×8 handwritten digits (1797 images, 80/20 split), a
# 64-128-10 net with relu hidden units and a softmax output, trained with `bp.fit`
# (mini-batches of 32). The learning rate is 0.3: 1.0 reaches 97 % sooner but then swings by
# a few percent from epoch to epoch, and we want a net worth shipping.

# %% slideshow={"slide_type": "fragment"}
X_train, X_test, y_train, y_test = bp.load_digits_split()
net = bp.MLP([64, 128, 10], activation="relu", loss="softmax_ce", seed=SEED)
bp.fit(net, X_train, bp.one_hot(y_train, 10), lr=0.3, epochs=24, batch_size=32, rng=rng,
       progress=False)
accuracy = bp.accuracy(net.predict(X_test), y_test)
assert accuracy >= 0.97
print(f"test accuracy: {accuracy:.1%} of {len(y_test)} images")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## 2 · What was trained: numbers, and three lines — 가중치와 순전파
#
# Everything the net learned is in its weights and biases:

# %% slideshow={"slide_type": "fragment"}
bp.Table(["layer", "W shape", "b shape", "activation", "numbers"],
         [[l + 1, str(W.shape), str(b.shape), g, W.size + b.size]
          for l, (W, b, g) in enumerate(zip(net.weights, net.biases, net.activations))],
         caption=f"{sum(W.size + b.size for W, b in zip(net.weights, net.biases))} numbers "
                 "in all: that is the trained network")

# %% [markdown] slideshow={"slide_type": "subslide"}
# …and using them is the forward pass of deck 002, layer by layer:
#
# $$\mathrm{net} = \mathrm{inp}\,W + b, \qquad \mathrm{out} = g(\mathrm{net}).$$
#
# Written out with numpy (no `net.predict`), it gives bpkit's output **bit for bit**:

# %% slideshow={"slide_type": "fragment"}
A = X_test
for W, b, g in zip(net.weights, net.biases, net.activations):
    A = bp.activations.forward(g, A @ W + b)        # net = inp·W + b,  out = g(net)
print("three lines give net.predict exactly:", np.array_equal(A, net.predict(X_test)))

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3 · Route one: ONNX, for ONNX Runtime (Mobile)
#
# [ONNX](https://onnx.ai) is a file format for networks: a graph of standard operations
# (`MatMul`, `Add`, `Relu`, `Softmax`, …) with the weights inside. ONNX Runtime runs it in
# Python, in a browser (`onnxruntime-web`) and inside Android apps (ONNX Runtime Mobile).
# `bpkit.export.to_onnx` builds the graph node by node with the `onnx` package — no PyTorch.
# The phone will send intensities 0–16 (as the data set stores them), so the graph starts
# by multiplying by 1/16, the scaling `bp.load_digits_split` applies.

# %% slideshow={"slide_type": "fragment"}
onnx_path = to_onnx(net, OUT / "digits.onnx", input_scale=1 / 16)
model = onnx.load(onnx_path)
onnx.checker.check_model(model, full_check=True)     # raises if the graph is not valid ONNX
bp.Table(["node", "operation", "inputs", "output"],
         [[n.name, n.op_type, ", ".join(n.input), n.output[0]] for n in model.graph.node],
         caption=f"the graph: input {model.graph.input[0].name} (N, 64) → "
                 f"{model.graph.output[0].name} (N, 10); passes onnx.checker")

# %% [markdown] slideshow={"slide_type": "subslide"}
# onnxruntime runs the file on all 360 test images. Its probabilities should be bpkit's:

# %% slideshow={"slide_type": "fragment"}
pixels = X_test * 16                                 # intensities 0–16, what a phone sends
session = ort.InferenceSession(onnx_path, providers=["CPUExecutionProvider"])
P = net.predict(X_test)                              # bpkit, float64
Q = session.run(None, {"pixels": pixels.astype(np.float32)})[0]   # onnxruntime, float32
gap = np.abs(Q - P).max()
assert gap < 1e-6 and np.array_equal(Q.argmax(axis=1), P.argmax(axis=1))
print(f"onnxruntime: output {Q.dtype}, shape {Q.shape}; largest |Δp| below 1e-6: {gap < 1e-6}; "
      f"same predicted digit for all {len(Q)} images: {np.array_equal(Q.argmax(1), P.argmax(1))}")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Why not exactly equal? float32 — 부동소수점 반올림
#
# bpkit computes in **float64** (53-bit significand); ONNX models, and ONNX Runtime on phones,
# use **float32** (24 bits). Every weight is rounded when it is stored as float32, and every
# product and sum rounds again. Near 1, neighbouring float32 numbers are
# $2^{-23} \approx 1.2\times10^{-7}$ apart, so rounding moves a number by up to
# $2^{-24} \approx 6\times10^{-8}$ of its size. Over 64 + 128 terms per output those small
# errors add up to differences of about $10^{-7}$ in the probabilities. The table separates
# the two causes: rounding the weights alone, and computing in float32 as well (bpkit itself,
# `dtype=np.float32`), which is what onnxruntime does.

# %% slideshow={"slide_type": "fragment"}
rounded = net.copy()
rounded.weights = [W.astype(np.float32) for W in net.weights]   # stored as float32,
rounded.biases = [b.astype(np.float32) for b in net.biases]     # computed in float64
net32 = bp.MLP(net.sizes, activation=net.activations, loss="softmax_ce", dtype=np.float32)
net32.weights, net32.biases = net.weights, net.biases           # everything float32
rows = []
for name, R in [("weights rounded to float32", rounded.predict(X_test)),
                ("bpkit in float32", net32.predict(X_test)), ("onnxruntime (float32)", Q)]:
    d = np.abs(R - P).max()
    rows.append([name, f"about 1e{int(np.floor(np.log10(d)))}", d < 1e-6,
                 np.array_equal(R.argmax(1), P.argmax(1))])
bp.Table(["route", "largest |Δp| vs bpkit float64", "< 1e-6", "same digits"], rows,
         caption=f"float32 machine epsilon: {np.finfo(np.float32).eps:.2e} (float64: "
                 f"{np.finfo(np.float64).eps:.2e})")

# %% [markdown] slideshow={"slide_type": "fragment"}
# The number format, not ONNX, makes the difference: bpkit in float32 differs by as much.
# Storing the weights in float32 costs only about $10^{-8}$; most of it comes from rounding
# every product and sum. No predicted digit changes: the largest probability wins by far more
# than $10^{-7}$.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4 · Route two: a JSON of weights and a forward pass by hand
#
# The other route needs no runtime at all: write the weights to a small, documented JSON
# file (`bpkit.export.to_json`; float64, printed exactly) and program the three lines in the
# phone's own language. The file says what to do with it:

# %% slideshow={"slide_type": "fragment"}
json_path = to_json(net, OUT / "digits.json", input_scale=1 / 16)
doc = json.loads(json_path.read_text())
lines = [textwrap.fill(doc["about"], 92), "",
         str({k: v for k, v in doc.items() if k not in ("about", "layers")})]
lines += [f"layer {l + 1}: activation {layer['activation']!r}, weights "
          f"{len(layer['weights'])}×{len(layer['weights'][0])}, bias {len(layer['bias'])}"
          for l, layer in enumerate(doc["layers"])]
back, scale = from_json(json_path)                   # and back into bpkit
lines += ["", "read back: the same probabilities bit for bit: "
          f"{np.array_equal(back.predict(pixels * scale), P)}"]
print("\n".join(lines))

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### The forward pass in plain Java
#
# `phone/java/MlpForward.java` reads that JSON and runs the net in `double`, with no library,
# so the class drops into an Android app unchanged. Its heart is bpkit's three lines:

# %% slideshow={"slide_type": "fragment"}
java = (PHONE / "java" / "MlpForward.java").read_text()
start = java.index("    /** The net's output for one raw input")
display(Markdown("```java\n" + java[start:java.index("    private static double[] activate")]
                 + "```"))

# %% [markdown] slideshow={"slide_type": "fragment"}
# `tests/test_export.py` compiles it with the JDK's `javac`, runs it on the 360 test images
# and compares with bpkit: the largest difference is $8\times10^{-16}$ (double against double:
# only the order of the additions differs), and every predicted digit is the same.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5 · From a finger drawing to the net's input — 전처리
#
# The digits data set was made from 32×32 black-and-white bitmaps: each of the 8×8 numbers
# counts the inked pixels in a 4×4 block (0–16). `bpkit.export.to_digit_pixels` does the same
# to a drawing: crop to the ink, centre it in a square, sample that as a 32×32 bitmap, count
# per block. The phone app does the same in JavaScript (`toDigitPixels` in
# `phone/forward.js`, the same code line for line; a test checks both give equal numbers).
# Here a "7" drawn as a finger would, with a thick round pen, on a 300×300 canvas:

# %% slideshow={"slide_type": "fragment"}
drawing = PILImage.new("L", (300, 300))                 # 0 = no ink
ImageDraw.Draw(drawing).line([(80, 70), (215, 70), (125, 250)], fill=255, width=22,
                             joint="curve")
canvas = np.asarray(drawing) / 255                   # ink 0…1, shape (300, 300)
seen = to_digit_pixels(canvas)                       # shape (64,), integers 0–16
a_seven = X_train[int(np.flatnonzero(y_train == 7)[0])] * 16
fig, axes = plt.subplots(1, 3, figsize=(8, 2.8))
for ax, img, title in zip(axes, [canvas, seen.reshape(8, 8), a_seven.reshape(8, 8)],
                          ["the drawing (300×300)", "to_digit_pixels (8×8, 0–16)",
                           "a 7 of the data set"]):
    ax.imshow(img, cmap="gray_r")
    ax.set_title(title, fontsize=9)
    ax.axis("off")
plt.show()
print("the net reads the drawing as a", int(net.predict(seen / 16).argmax()))

# %% [markdown] slideshow={"slide_type": "subslide"}
# An empty canvas or a dot is not a digit; the function says so instead of guessing (the app
# shows the same messages, in Korean and English). So does the exporter, for what a format
# cannot hold — here a weight beyond float32's range, which ONNX cannot store:

# %% slideshow={"slide_type": "fragment"}
for ink in (np.zeros((300, 300)), np.pad(np.ones((1, 1)), 150)):
    try:
        to_digit_pixels(ink)
    except DrawingError as err:
        print("DrawingError:", err)
huge = net.copy()
huge.weights[1][0, 0] = 1e39
try:
    to_onnx(huge, OUT / "huge.onnx")
except ExportError as err:
    print("ExportError:", err)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6 · On the phone — 휴대폰에서
#
# `phone/` is a static web app: draw a digit with a finger, see the 8×8 image the net
# receives, the ten probabilities as bars and the predicted digit. It computes them twice,
# with the forward pass written by hand in JavaScript (`phone/forward.js`) and with
# `onnxruntime-web` on `model.onnx`, and shows that both agree. A web-app manifest and a
# service worker let Chrome on Android install it to the home screen and run it offline.

# %% slideshow={"slide_type": "subslide"}
display(Image(filename=PHONE / "screenshot.png"))

# %% [markdown] slideshow={"slide_type": "fragment"}
# *The app in Debian's chromium emulating a Pixel 7 (touch, Android user agent), offline
# after a reload: a 7 drawn with touch events, its 8×8 image, 96 % for "7", and the line
# saying that the hand-written JS pass and onnxruntime-web agree to $3\times10^{-8}$.*

# %% [markdown] slideshow={"slide_type": "subslide"}
# The phone's `model.json` and `model.onnx` were written by `python -m bpkit.export.digits
# phone`, which trains exactly the net of section 1:

# %% slideshow={"slide_type": "fragment"}
phone_net, phone_scale = from_json(PHONE / "model.json")
same = np.abs(phone_net.predict(pixels * phone_scale) - P).max() < 1e-9
phone_bytes = sum(f.stat().st_size for f in PHONE.rglob("*")     # what the service worker stores
                  if f.suffix in {".html", ".css", ".js", ".mjs", ".wasm", ".json", ".onnx",
                                  ".webmanifest"} or f.parent.name == "icons")
print(f"the phone's model is this notebook's net: {same}")
print(f"what a phone downloads: {phone_bytes / 1e6:.1f} MB, of which onnxruntime-web "
      f"{sum(f.stat().st_size for f in (PHONE / 'vendor').iterdir()) / 1e6:.1f} MB")

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Putting it on the class's phones — 학생 휴대폰에 올리기
#
# * **HTTPS (install + offline):** serve the `phone/` folder, as it is in the repository, from
#   any static host — GitHub Pages, Netlify, a university web server — and open the address
#   in Chrome on Android; menu → *Add to Home screen* (홈 화면에 추가). From then on it works
#   without a network.
# * **Classroom network (drawing works; no install):** on the teacher's laptop
#   `python -m http.server 8000 --bind 0.0.0.0 --directory phone`, and the phones open
#   `http://<laptop's IP>:8000/`. Browsers allow service workers only on HTTPS (or
#   `localhost`), so this copy cannot install or work offline.
#
# ### In an Android app — 안드로이드 앱에서
#
# * **ONNX route:** `model.onnx` goes in `app/src/main/assets/`; with the dependency
#   `com.microsoft.onnxruntime:onnxruntime-android`, an `OrtSession` made from those bytes
#   runs it: `session.run(Map.of("pixels", OnnxTensor.createTensor(env, new float[][]{pixels})))`
#   returns the ten probabilities (float32, as onnxruntime above).
# * **No-library route:** `MlpForward.java` goes in the app's source folder (add its
#   `package` line), `model.json` in `assets/`; `MlpForward.fromJson(text).classify(pixels)`.
#
# Either way the app feeds 64 intensities 0–16 from its own drawing view, preprocessed as
# `to_digit_pixels` does. (The Android build itself is not part of this series; see
# `phone/README.md`.)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Try it — 직접 해 보기
#
# 1. **On your phone.** Before you start: will the net read *your* handwriting as well as the
#    97.5 % it scores on the test images? Open the app, write every digit 0–9 three times and
#    count. Which digits does it confuse, and what does the 8×8 image show for them? (The
#    data set's writers wrote on paper, in a box; the preprocessing is the only bridge.)
# 2. **Change the graph.** Export `bp.MLP([4, 3, 2], activation="sigmoid", bias="shared")` and
#    `bias="none"` with `to_onnx` and list their nodes as in section 3: what does a shared bias
#    become, and which node disappears?
# 3. **Break it on purpose.** Give `to_onnx` a net whose weight is `np.inf`, or `to_digit_pixels`
#    a canvas with one inked pixel: read the messages. What would happen on the phone if they
#    passed silently?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Summary
#
# * A trained network **is** its weights and biases (9610 numbers here) and a forward pass,
#   $\mathrm{out} = g(\mathrm{inp}\,W + b)$ layer by layer; three lines of numpy reproduce
#   `net.predict` bit for bit.
# * **Two export routes:** ONNX (`to_onnx`, a standard graph that passes `onnx.checker`, for
#   ONNX Runtime in Python, in browsers and in Android apps) and a JSON of weights (`to_json`)
#   for a forward pass written by hand.
# * **Same numbers everywhere** on the 360 test images (97.5 % correct), largest differences
#   in the probabilities: bpkit ↔ Java $8\times10^{-16}$, bpkit ↔ JavaScript
#   $8\times10^{-16}$ (all float64); bpkit ↔ onnxruntime $8\times10^{-7}$, bpkit ↔
#   onnxruntime-web $7\times10^{-7}$, JavaScript ↔ onnxruntime-web $7\times10^{-7}$ (float32
#   rounding: a 24-bit significand, relative steps of $6\times10^{-8}$); the predicted digit
#   never changes. (Java, JavaScript and onnxruntime-web are measured by
#   `tests/test_export.py` and `tests/test_phone.py`.)
# * **Preprocessing** is part of the model: a drawing becomes 8×8 counts of inked pixels
#   (0–16) exactly as the data set was made, in bpkit and in the app alike.
# * **On a phone:** the `phone/` web app (0.26 MB of app and model plus 14.2 MB of
#   onnxruntime-web) installs from any HTTPS host and then runs offline.

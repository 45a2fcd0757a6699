# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# # 10 · Android 적용 — the trained network leaves the notebook and runs on a phone
#
# Deck 000, **"오차 역전파"** (KAIG), has two parts:
#
# | part (as on the deck) | English | in this series |
# |---|---|---|
# | 1. 오차역전파 | backpropagation | notebooks 01–09 |
# | 2. Android 적용 | applying the trained network on Android | this notebook |
#
# The lesson of part 2: **a trained network is just its weights and a forward pass.** Training
# (backpropagation) needs bpkit; using the network needs only the numbers and three lines of
# arithmetic, and those run anywhere — here on a phone, with numbers shown to be the same as
# bpkit's.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# # 10 · Android 적용 — 학습한 신경망을 노트북 밖으로, 휴대폰으로 (applying the network on Android)
#
# 강의 자료(deck) 000 **"오차 역전파"**(KAIG)는 두 부분으로 되어 있습니다.
#
# | 부분 (강의 자료 그대로) | 뜻 | 이 시리즈에서 |
# |---|---|---|
# | 1. 오차역전파 | 오차역전파(backpropagation) | 노트북 01–09 |
# | 2. Android 적용 | 학습한 신경망을 안드로이드에서 쓰기 | 이 노트북 |
#
# 2부의 요점은 이것입니다: **학습이 끝난 신경망은 가중치와 순전파(forward pass)가 전부입니다.**
# 학습(오차역전파)에는 bpkit이 필요하지만, 신경망을 쓰는 데는 숫자들과 세 줄짜리 계산만 있으면
# 되고, 이 계산은 어디서든 돌아갑니다. 이 노트북에서는 휴대폰에서 돌리고, 그 결과가 bpkit의
# 결과와 같다는 것을 숫자로 확인합니다.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
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

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 학습 목표
#
# 이 노트북을 마치면 다음을 할 수 있습니다.
#
# 1. 학습한 신경망이 무엇으로 이루어져 있는지 말하고, bpkit 없이 순전파를 계산할 수 있습니다.
# 2. bpkit 신경망을 **ONNX**(안드로이드 앱에서 ONNX Runtime Mobile이 실행하는 형식)와 가중치(weight)를
#    담은 JSON 파일로 내보내고, onnxruntime, 순수 Java, JavaScript가 bpkit과 같은 확률을 낸다는 것을
#    보일 수 있습니다. 차이는 **float32 반올림** 정도뿐이며, 그 이유도 설명할 수 있습니다.
# 3. 손가락으로 그린 그림을 digits 데이터 세트의 8×8 밝기 값으로 바꿀 수 있습니다.
# 4. 안드로이드 앱에서 파일을 어디에 두는지 말하고, 웹 앱을 수업 학생들의 휴대폰에 올릴 수
#    있습니다.

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
from bpkit.exercises import nb10 as ex
from bpkit.export import DrawingError, ExportError, from_json, to_digit_pixels, to_json, to_onnx
from bpkit.i18n import _

bp.set_language("en")

SEED = 0
rng = np.random.default_rng(SEED)
plt.rcParams.update({"figure.dpi": 80, "axes.spines.top": False, "axes.spines.right": False})
PHONE = Path(bp.__file__).resolve().parents[1] / "phone"   # the web app, in the repository
TMP = tempfile.TemporaryDirectory(prefix="bpkit10_")  # this notebook's exports, removed
OUT = Path(TMP.name)                                  # when the kernel stops

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 1 · Train the digits net
#
# As in notebook 07: scikit-learn's 8×8 handwritten digits (1797 images, 80/20 split), a
# 64-128-10 net with relu hidden units and a softmax output, trained with `bp.fit`
# (mini-batches of 32). The learning rate is 0.3: 1.0 reaches 97 % sooner but then swings by
# a few percent from epoch to epoch, and we want a net worth shipping.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 1 · 숫자 인식 신경망 학습하기
#
# 노트북 07과 같습니다. scikit-learn의 8×8 손글씨 숫자(이미지 1797장, 80/20으로 나눔)를,
# 은닉층(hidden layer)은 relu, 출력층(output layer)은 소프트맥스(softmax)인 64-128-10 신경망으로
# `bp.fit`을 써서 학습합니다(미니배치(mini-batch) 크기 32). 학습률(learning rate)은 0.3입니다.
# 1.0으로 하면 97 %에 더 빨리 이르지만 그 뒤로 에포크(epoch)마다 몇 %씩 오르내립니다. 우리는
# 휴대폰에 실어 보낼 만한, 안정된 신경망을 원합니다.

# %% slideshow={"slide_type": "fragment"}
X_train, X_test, y_train, y_test = bp.load_digits_split()
net = bp.MLP([64, 128, 10], activation="relu", loss="softmax_ce", seed=SEED)
bp.fit(net, X_train, bp.one_hot(y_train, 10), lr=0.3, epochs=24, batch_size=32, rng=rng,
       progress=False)
accuracy = bp.accuracy(net.predict(X_test), y_test)
assert accuracy >= 0.97
print(_("test accuracy: {acc:.1%} of {n} images", acc=accuracy, n=len(y_test)))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ## 2 · What was trained: numbers, and three lines
#
# Everything the net learned is in its weights and biases:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ## 2 · 학습한 것: 숫자들과 세 줄의 계산
#
# 신경망이 배운 것은 모두 가중치와 편향(bias)에 들어 있습니다.

# %% slideshow={"slide_type": "fragment"}
bp.Table([_("layer"), _("W shape"), _("b shape"), _("activation"), _("numbers")],
         [[l + 1, str(W.shape), str(b.shape), g, W.size + b.size]
          for l, (W, b, g) in enumerate(zip(net.weights, net.biases, net.activations))],
         caption=_("{n} numbers in all: that is the trained network",
                   n=sum(W.size + b.size for W, b in zip(net.weights, net.biases))))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# …and using them is the forward pass of deck 002, layer by layer:
#
# $$\mathrm{net} = \mathrm{inp}\,W + b, \qquad \mathrm{out} = g(\mathrm{net}).$$
#
# Written out with numpy (no `net.predict`), it gives bpkit's output **bit for bit**:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# …그리고 이 숫자들을 쓰는 방법은 강의 자료 002의 순전파를 층마다 되풀이하는 것입니다.
#
# $$\mathrm{net} = \mathrm{inp}\,W + b, \qquad \mathrm{out} = g(\mathrm{net}).$$
#
# `net.predict` 없이 numpy로 직접 쓰면, bpkit의 출력과 **비트 하나까지** 같은 값이 나옵니다.

# %% slideshow={"slide_type": "fragment"}
A = X_test
for W, b, g in zip(net.weights, net.biases, net.activations):
    A = bp.activations.forward(g, A @ W + b)        # net = inp·W + b,  out = g(net)
print(_("three lines give net.predict exactly: {same}",
        same=np.array_equal(A, net.predict(X_test))))

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 3 · Route one: ONNX, for ONNX Runtime (Mobile)
#
# [ONNX](https://onnx.ai) is a file format for networks: a graph of standard operations
# (`MatMul`, `Add`, `Relu`, `Softmax`, …) with the weights inside. ONNX Runtime runs it in
# Python, in a browser (`onnxruntime-web`) and inside Android apps (ONNX Runtime Mobile).
# `bpkit.export.to_onnx` builds the graph node by node with the `onnx` package — no PyTorch.
# The phone will send intensities 0–16 (as the data set stores them), so the graph starts
# by multiplying by 1/16, the scaling `bp.load_digits_split` applies.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 3 · 첫 번째 경로: ONNX Runtime(Mobile)을 위한 ONNX
#
# [ONNX](https://onnx.ai)는 신경망을 담는 파일 형식입니다. 표준 연산(`MatMul`, `Add`, `Relu`,
# `Softmax`, …)으로 이루어진 그래프에 가중치까지 함께 들어 있습니다. ONNX Runtime은 이 파일을
# 파이썬에서, 브라우저에서(`onnxruntime-web`), 그리고 안드로이드 앱 안에서(ONNX Runtime Mobile)
# 실행합니다. `bpkit.export.to_onnx`는 `onnx` 패키지로 그래프를 노드 하나하나 직접 만듭니다.
# PyTorch는 쓰지 않습니다. 휴대폰은 (데이터 세트에 저장된 그대로) 0–16의 밝기 값을 보내므로,
# 그래프는 먼저 1/16을 곱합니다. `bp.load_digits_split`이 적용하는 것과 같은 크기 조정입니다.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# **Predict first** (with a pen, before you run the next cells): how many nodes does the
# graph of our 64-128-10 net (relu, then softmax, input scaled by 1/16) have? Write one number.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# **먼저 예측하세요** (다음 셀들을 실행하기 전에 펜으로): 우리 64-128-10 신경망(relu, 그다음
# 소프트맥스, 입력에 1/16을 곱함)의 그래프에는 노드가 몇 개 있을까요? 수 하나로 쓰세요.

# %% slideshow={"slide_type": "fragment"}
my_onnx_nodes = ...   # your prediction: a number
ex.predict("onnx_nodes", my_onnx_nodes)

# %% slideshow={"slide_type": "fragment"}
onnx_path = to_onnx(net, OUT / "digits.onnx", input_scale=1 / 16)
model = onnx.load(onnx_path)
onnx.checker.check_model(model, full_check=True)     # raises if the graph is not valid ONNX
bp.Table([_("node"), _("operation"), _("inputs"), _("output")],
         [[n.name, n.op_type, ", ".join(n.input), n.output[0]] for n in model.graph.node],
         caption=_("the graph: input {input} (N, 64) → {output} (N, 10); passes onnx.checker",
                   input=model.graph.input[0].name, output=model.graph.output[0].name))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# The weights and biases are inside the file, as float32. **Predict first:** how many bytes
# do they take? (Section 2's table counted the numbers.) Write one number.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# 가중치와 편향은 float32로 파일 안에 들어 있습니다. **먼저 예측하세요:** 이것들은 몇
# 바이트를 차지할까요? (2절의 표에서 수의 개수를 세었습니다.) 수 하나로 쓰세요.

# %% slideshow={"slide_type": "fragment"}
my_weight_bytes = ...   # your prediction: a number of bytes
ex.predict("weight_bytes", my_weight_bytes)

# %% slideshow={"slide_type": "fragment"}
stored = {init.name: (tuple(init.dims), len(init.raw_data)) for init in model.graph.initializer}
params = sum(size for name, (dims, size) in stored.items() if name != "input_scale")
assert params == 4 * sum(W.size + b.size for W, b in zip(net.weights, net.biases))
bp.Table([_("initializer"), _("shape"), _("size (bytes)")],
         [[name, str(dims), size] for name, (dims, size) in stored.items()],
         caption=_("weights and biases: {params} bytes; the whole file: {file} bytes",
                   params=params, file=onnx_path.stat().st_size))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# onnxruntime runs the file on all 360 test images, in float32 (bpkit computes in float64).
# **Predict first:** its probabilities, compared with bpkit's, are
# **A** equal bit for bit; **B** not equal, but within 1e-6, with the same predicted digit
# for every image; **C** about 1e-3 apart, with the same digits; **D** far apart, with some
# predicted digits changed. Write the letter.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# onnxruntime으로 이 파일을 테스트 이미지 360장 전부에 float32로 실행합니다(bpkit은
# float64로 계산합니다). **먼저 예측하세요:** 그 확률을 bpkit의 확률과 비교하면
# **A** 비트 하나까지 같다, **B** 같지는 않지만 차이가 1e-6 이내이고 모든 이미지에서 예측한
# 숫자가 같다, **C** 약 1e-3만큼 다르지만 숫자는 같다, **D** 크게 달라서 예측한 숫자가 바뀌는
# 이미지도 있다. 글자로 쓰세요.

# %% slideshow={"slide_type": "fragment"}
my_float32_gap = ...   # your prediction: "A", "B", "C" or "D"
ex.predict("float32_gap", my_float32_gap)

# %% slideshow={"slide_type": "fragment"}
pixels = X_test * 16                                 # intensities 0–16, what a phone sends
session = ort.InferenceSession(onnx_path, providers=["CPUExecutionProvider"])
P = net.predict(X_test)                              # bpkit, float64
Q = session.run(None, {"pixels": pixels.astype(np.float32)})[0]   # onnxruntime, float32
gap = np.abs(Q - P).max()
assert gap < 1e-6 and np.array_equal(Q.argmax(axis=1), P.argmax(axis=1))
print(_("onnxruntime: output {dtype}, shape {shape}; equal bit for bit: {equal}; largest "
        "|Δp| below 1e-6: {small}; same predicted digit for all {n} images: {same}",
        dtype=Q.dtype, shape=Q.shape, equal=np.array_equal(Q, P), small=gap < 1e-6, n=len(Q),
        same=np.array_equal(Q.argmax(1), P.argmax(1))))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### Why not exactly equal? float32
#
# bpkit computes in **float64** (53-bit significand); ONNX models, and ONNX Runtime on phones,
# use **float32** (24 bits). Every weight is rounded when it is stored as float32, and every
# product and sum rounds again. Near 1, neighbouring float32 numbers are
# $2^{-23} \approx 1.2\times10^{-7}$ apart, so rounding moves a number by up to
# $2^{-24} \approx 6\times10^{-8}$ of its size. Over 64 + 128 terms per output those small
# errors add up to differences of about $10^{-7}$ in the probabilities. The table separates
# the two causes: rounding the weights alone, and computing in float32 as well (bpkit itself,
# `dtype=np.float32`), which is what onnxruntime does.

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 왜 정확히 같지 않을까? float32 반올림
#
# bpkit은 **float64**(유효숫자 53비트)로 계산합니다. ONNX 모델과 휴대폰의 ONNX Runtime은
# **float32**(24비트)를 씁니다. 가중치는 float32로 저장될 때 한 번 반올림되고, 곱셈과 덧셈을 할
# 때마다 다시 반올림됩니다. 1 근처에서 이웃한 float32 수의 간격은
# $2^{-23} \approx 1.2\times10^{-7}$이므로, 반올림하면 수가 자기 크기의 $2^{-24} \approx 6\times10^{-8}$까지
# 움직입니다. 출력 하나에
# 64 + 128개의 항이 들어가므로, 이 작은 오차가 쌓여 확률에서 약 $10^{-7}$의 차이가 됩니다. 아래
# 표는 두 원인을 나누어 봅니다. 가중치만 반올림한 경우와, 계산까지 float32로 한 경우(bpkit 자체를
# `dtype=np.float32`로 실행)입니다. onnxruntime이 하는 것은 뒤의 경우입니다.

# %% slideshow={"slide_type": "fragment"}
rounded = net.copy()
rounded.weights = [W.astype(np.float32) for W in net.weights]   # stored as float32,
rounded.biases = [b.astype(np.float32) for b in net.biases]     # computed in float64
net32 = bp.MLP(net.sizes, activation=net.activations, loss="softmax_ce", dtype=np.float32)
net32.weights, net32.biases = net.weights, net.biases           # everything float32
rows = []
for name, R in [(_("weights rounded to float32"), rounded.predict(X_test)),
                (_("bpkit in float32"), net32.predict(X_test)), (_("onnxruntime (float32)"), Q)]:
    d = np.abs(R - P).max()
    rows.append([name, _("about 1e{exponent}", exponent=int(np.floor(np.log10(d)))),
                 _("yes") if d < 1e-6 else _("no"),
                 _("yes") if np.array_equal(R.argmax(1), P.argmax(1)) else _("no")])
bp.Table([_("route"), _("largest |Δp| vs bpkit float64"), "< 1e-6", _("same digits")], rows,
         caption=_("float32 machine epsilon: {eps32:.2e} (float64: {eps64:.2e})",
                   eps32=np.finfo(np.float32).eps, eps64=np.finfo(np.float64).eps))

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# The number format, not ONNX, makes the difference: bpkit in float32 differs by as much.
# Storing the weights in float32 costs only about $10^{-8}$; most of it comes from rounding
# every product and sum. No predicted digit changes: the largest probability wins by far more
# than $10^{-7}$.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# 차이를 만드는 것은 ONNX가 아니라 수의 형식입니다. bpkit도 float32로 계산하면 그만큼 달라집니다.
# 가중치를 float32로 저장하는 것만으로는 약 $10^{-8}$ 정도이고, 차이의 대부분은 곱셈과 덧셈마다
# 생기는 반올림에서 옵니다. 예측한 숫자는 하나도 바뀌지 않습니다. 가장 큰 확률이 다른 확률보다
# $10^{-7}$보다 훨씬 크게 앞서기 때문입니다.

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 4 · Route two: a JSON of weights and a forward pass by hand
#
# The other route needs no runtime at all: write the weights to a small, documented JSON
# file (`bpkit.export.to_json`; float64, printed exactly) and program the three lines in the
# phone's own language. The file says what to do with it:

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 4 · 두 번째 경로: 가중치를 담은 JSON과 직접 짠 순전파
#
# 다른 경로는 실행 환경(runtime)이 전혀 필요 없습니다. 가중치를 설명이 붙은 작은 JSON 파일에
# 쓰고(`bpkit.export.to_json`. float64 값을 정확히 그대로 적습니다), 세 줄의 계산을 휴대폰의
# 언어로 직접 짭니다. 파일 안에 사용법이 적혀 있습니다(파일 형식의 일부라 영어 그대로 둡니다).

# %% slideshow={"slide_type": "fragment"}
json_path = to_json(net, OUT / "digits.json", input_scale=1 / 16)
doc = json.loads(json_path.read_text())
lines = [textwrap.fill(doc["about"], 92), "",
         str({k: v for k, v in doc.items() if k not in ("about", "layers")})]
lines += [_("layer {layer}: activation {name!r}, weights {rows}×{cols}, bias {n}", layer=l + 1,
            name=layer["activation"], rows=len(layer["weights"]),
            cols=len(layer["weights"][0]), n=len(layer["bias"]))
          for l, layer in enumerate(doc["layers"])]
back, scale = from_json(json_path)                   # and back into bpkit
lines += ["", _("read back: the same probabilities bit for bit: {same}",
                same=np.array_equal(back.predict(pixels * scale), P))]
print("\n".join(lines))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### The forward pass in plain Java
#
# `phone/java/MlpForward.java` reads that JSON and runs the net in `double`, with no library,
# so the class drops into an Android app unchanged. Its heart is bpkit's three lines:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 순수 Java로 쓴 순전파
#
# `phone/java/MlpForward.java`는 이 JSON을 읽어 라이브러리 없이 `double`로 신경망을 실행합니다.
# 그래서 이 클래스는 고치지 않고 그대로 안드로이드 앱에 넣을 수 있습니다. 핵심은 bpkit의 세 줄과
# 같습니다.

# %% slideshow={"slide_type": "fragment"}
java = (PHONE / "java" / "MlpForward.java").read_text()
start = java.index("    /** The net's output for one raw input")
display(Markdown("```java\n" + java[start:java.index("    private static double[] activate")]
                 + "```"))

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# `tests/test_export.py` compiles it with the JDK's `javac`, runs it on the 360 test images
# and compares with bpkit: the largest difference is $8\times10^{-16}$ (double against double:
# only the order of the additions differs), and every predicted digit is the same.

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# `tests/test_export.py`는 이 코드를 JDK의 `javac`로 컴파일해 테스트 이미지 360장에 실행하고
# bpkit과 비교합니다. 가장 큰 차이는 $8\times10^{-16}$이고(double과 double의 비교라서 덧셈 순서만
# 다릅니다), 예측한 숫자는 모두 같습니다.

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 5 · From a finger drawing to the net's input
#
# The digits data set was made from 32×32 black-and-white bitmaps: each of the 8×8 numbers
# counts the inked pixels in a 4×4 block (0–16). `bpkit.export.to_digit_pixels` does the same
# to a drawing: crop to the ink, centre it in a square, sample that as a 32×32 bitmap, count
# per block. The phone app does the same in JavaScript (`toDigitPixels` in
# `phone/forward.js`, the same code line for line; a test checks both give equal numbers).
# Here a "7" drawn as a finger would, with a thick round pen, on a 300×300 canvas:

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 5 · 손가락으로 그린 그림에서 신경망의 입력까지: 전처리
#
# digits 데이터 세트는 32×32 흑백 비트맵으로 만들었습니다. 8×8개의 수 하나하나는 4×4 블록 안에서
# 잉크가 묻은 픽셀의 개수(0–16)입니다. `bpkit.export.to_digit_pixels`는 그림에 같은 일을 합니다.
# 잉크가 있는 부분만 잘라 내고, 정사각형 가운데에 놓고, 그것을 32×32 비트맵으로 샘플링한 다음
# 블록마다 셉니다. 휴대폰 앱도 JavaScript로 똑같이 합니다(`phone/forward.js`의 `toDigitPixels`.
# 코드가 한 줄 한 줄 같고, 두 쪽이 같은 숫자를 내는지 테스트가 확인합니다). 아래는 300×300
# 캔버스에 손가락으로 쓰듯 굵고 둥근 펜으로 그린 "7"입니다.

# %% slideshow={"slide_type": "fragment"}
drawing = PILImage.new("L", (300, 300))                 # 0 = no ink
ImageDraw.Draw(drawing).line([(80, 70), (215, 70), (125, 250)], fill=255, width=22,
                             joint="curve")
canvas = np.asarray(drawing) / 255                   # ink 0…1, shape (300, 300)
seen = to_digit_pixels(canvas)                       # shape (64,), integers 0–16
a_seven = X_train[int(np.flatnonzero(y_train == 7)[0])] * 16
fig, axes = plt.subplots(1, 3, figsize=(8, 2.8))
for ax, img, title in zip(axes, [canvas, seen.reshape(8, 8), a_seven.reshape(8, 8)],
                          [_("the drawing (300×300)"), _("to_digit_pixels (8×8, 0–16)"),
                           _("a 7 of the data set")]):
    ax.imshow(img, cmap="gray_r")
    ax.set_title(title, fontsize=9)
    ax.axis("off")
plt.show()
print(_("the net reads the drawing as a {digit}", digit=int(net.predict(seen / 16).argmax())))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# An empty canvas or a dot is not a digit; the function says so instead of guessing (the app
# shows the same messages, in Korean and English). So does the exporter, for what a format
# cannot hold — here a weight beyond float32's range, which ONNX cannot store:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# 빈 캔버스나 점 하나는 숫자가 아닙니다. 이 함수는 억지로 짐작하지 않고 그렇다고 알려 줍니다(앱도
# 같은 내용을 한국어와 영어로 보여 줍니다). 내보내는 함수도 파일 형식에 담을 수 없는 것을 받으면
# 마찬가지로 알려 줍니다. 아래는 ONNX가 저장할 수 없는, float32의 범위를 넘는 가중치의 예입니다.

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

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## 6 · On the phone
#
# `phone/` is a static web app: draw a digit with a finger, see the 8×8 image the net
# receives, the ten probabilities as bars and the predicted digit. It computes them twice,
# with the forward pass written by hand in JavaScript (`phone/forward.js`) and with
# `onnxruntime-web` on `model.onnx`, and shows that both agree. A web-app manifest and a
# service worker let Chrome on Android install it to the home screen and run it offline.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 6 · 휴대폰에서
#
# `phone/`은 정적 웹 앱입니다. 손가락으로 숫자를 쓰면 신경망이 받는 8×8 이미지, 열 개 숫자의
# 확률 막대, 예측한 숫자를 보여 줍니다. 계산은 두 번 합니다. 한 번은 JavaScript로 직접 짠
# 순전파(`phone/forward.js`)로, 한 번은 `model.onnx`를 `onnxruntime-web`으로 실행해서 하고, 두
# 결과가 일치함을 보여 줍니다. 웹 앱 매니페스트와 서비스 워커가 있어서 안드로이드의 Chrome에서
# 홈 화면에 설치할 수 있고, 네트워크 없이도 실행됩니다.

# %% slideshow={"slide_type": "subslide"}
display(Image(filename=PHONE / "screenshot.png"))

# %% [markdown] slideshow={"slide_type": "fragment"} lang="en"
# *The app in Debian's chromium emulating a Pixel 7 (touch, Android user agent), offline
# after a reload: a 7 drawn with touch events, its 8×8 image, 96 % for "7", and the line
# saying that the hand-written JS pass and onnxruntime-web agree to $3\times10^{-8}$.*

# %% [markdown] slideshow={"slide_type": "fragment"} lang="ko"
# *Pixel 7(터치, 안드로이드 사용자 에이전트)을 흉내 낸 Debian의 chromium에서, 새로 고침한 뒤
# 오프라인으로 실행한 앱입니다. 터치 이벤트로 그린 7과 그 8×8 이미지, "7"의 확률 96 %, 그리고
# 직접 짠 JS 순전파와 onnxruntime-web이 $3\times10^{-8}$ 안에서 일치한다는 줄이 보입니다.*

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# The phone's `model.json` and `model.onnx` were written by `python -m bpkit.export.digits
# phone`, which trains exactly the net of section 1:

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# 휴대폰 앱의 `model.json`과 `model.onnx`는 `python -m bpkit.export.digits phone`으로 만들었습니다.
# 이 명령은 1절과 똑같은 신경망을 학습합니다.

# %% slideshow={"slide_type": "fragment"}
phone_net, phone_scale = from_json(PHONE / "model.json")
same = np.abs(phone_net.predict(pixels * phone_scale) - P).max() < 1e-9
phone_bytes = sum(f.stat().st_size for f in PHONE.rglob("*")     # what the service worker stores
                  if f.suffix in {".html", ".css", ".js", ".mjs", ".wasm", ".json", ".onnx",
                                  ".webmanifest"} or f.parent.name == "icons")
ort_bytes = sum(f.stat().st_size for f in (PHONE / "vendor").iterdir())
print(_("the phone's model is this notebook's net: {same}", same=same))
print(_("what a phone downloads: {total:.1f} MB, of which {app:.2f} MB app and model, "
        "{ort:.1f} MB onnxruntime-web", total=phone_bytes / 1e6,
        app=(phone_bytes - ort_bytes) / 1e6, ort=ort_bytes / 1e6))

# %% [markdown] slideshow={"slide_type": "subslide"} lang="en"
# ### Putting it on the class's phones
#
# * **HTTPS (install + offline):** serve the `phone/` folder, as it is in the repository, from
#   any static host — GitHub Pages, Netlify, a university web server — and open the address
#   in Chrome on Android; menu → *Add to Home screen*. From then on it works
#   without a network.
# * **Classroom network (drawing works; no install):** on the teacher's laptop
#   `python -m http.server 8000 --bind 0.0.0.0 --directory phone`, and the phones open
#   `http://<laptop's IP>:8000/`. Browsers allow service workers only on HTTPS (or
#   `localhost`), so this copy cannot install or work offline.
#
# ### In an Android app
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

# %% [markdown] slideshow={"slide_type": "subslide"} lang="ko"
# ### 학생들의 휴대폰에 올리기
#
# * **HTTPS(설치 + 오프라인):** 저장소에 있는 `phone/` 폴더를 그대로 아무 정적 호스팅에나
#   올립니다(GitHub Pages, Netlify, 대학 웹 서버 등). 안드로이드의 Chrome에서 그 주소를 열고
#   메뉴 → *홈 화면에 추가*(Add to Home screen)를 누릅니다. 그 뒤로는 네트워크 없이도 작동합니다.
# * **강의실 네트워크(그리기는 되지만 설치는 안 됨):** 교수자의 노트북 컴퓨터에서
#   `python -m http.server 8000 --bind 0.0.0.0 --directory phone`을 실행하고, 휴대폰에서
#   `http://<노트북 컴퓨터의 IP>:8000/`을 엽니다. 브라우저는 HTTPS(또는 `localhost`)에서만 서비스
#   워커를 허용하므로, 이렇게 연 앱은 설치하거나 오프라인으로 쓸 수 없습니다.
#
# ### 안드로이드 앱에서
#
# * **ONNX 경로:** `model.onnx`를 `app/src/main/assets/`에 넣습니다. 의존성
#   `com.microsoft.onnxruntime:onnxruntime-android`를 추가하고 그 바이트로 `OrtSession`을 만들면
#   `session.run(Map.of("pixels", OnnxTensor.createTensor(env, new float[][]{pixels})))`이
#   열 개의 확률을 돌려줍니다(위의 onnxruntime처럼 float32).
# * **라이브러리 없는 경로:** `MlpForward.java`를 앱의 소스 폴더에(`package` 줄을 붙여서),
#   `model.json`을 `assets/`에 넣고 `MlpForward.fromJson(text).classify(pixels)`를 호출합니다.
#
# 어느 경로든 앱은 자기 그리기 화면에서 얻은 0–16의 밝기 값 64개를, `to_digit_pixels`와 똑같이
# 전처리해서 넘깁니다. (안드로이드 앱 빌드 자체는 이 시리즈에서 다루지 않습니다.
# `phone/README.md`를 보세요.)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Exercise — which nodes will the graph have?
#
# An app developer needs to know what `to_onnx` will write before shipping a file to ONNX
# Runtime Mobile. Write `onnx_ops(activations, bias, input_scale)`: the list of the graph's
# operators, node by node in order (as the column "operation" of section 3's table), for an
# MLP with these activations (one per layer: `"sigmoid"`, `"tanh"`, `"relu"`, `"identity"`,
# `"softmax"`), bias mode (`"unit"`, `"shared"` — one bias per layer — or `"none"`) and input
# scale. Reason it out from section 3's table and `net = inp W + b, out = g(net)`; do not
# call `to_onnx`. The check compares with the files `to_onnx` writes for six nets.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 연습 문제 — 그래프에는 어떤 노드가 생길까?
#
# 앱 개발자는 파일을 ONNX Runtime Mobile에 실어 보내기 전에 `to_onnx`가 무엇을 쓸지 알아야
# 합니다. `onnx_ops(activations, bias, input_scale)`를 완성하세요. 활성화 함수(층마다 하나:
# `"sigmoid"`, `"tanh"`, `"relu"`, `"identity"`, `"softmax"`), 편향 방식(`"unit"`, 층마다 편향
# 하나인 `"shared"`, 또는 `"none"`), 입력 배율이 이렇게 주어진 MLP에 대해, 그래프의 연산을 노드
# 순서대로(3절 표의 "연산" 열처럼) 담은 리스트를 반환합니다. 3절의 표와
# `net = inp W + b, out = g(net)`에서 따져 보고, `to_onnx`는 호출하지 마세요. 검사 함수는 신경망
# 여섯 개에 대해 `to_onnx`가 실제로 쓴 파일과 비교합니다.

# %% slideshow={"slide_type": "fragment"}
def onnx_ops(activations, bias, input_scale):
    raise NotImplementedError  # your code here: return a list such as ["MatMul", "Add", ...]


# %% slideshow={"slide_type": "fragment"}
ex.check_onnx_ops(onnx_ops)

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
# ## Try it
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

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 직접 해 보기
#
# 1. **내 휴대폰에서.** 시작하기 전에 예상해 보세요: 신경망이 *내* 손글씨도 테스트 이미지에서처럼
#    97.5 %나 맞힐까요? 앱을 열고 0–9의 숫자를 하나씩 세 번 써서 맞힌 개수를 세어 보세요. 어떤
#    숫자를 헷갈리고, 그 숫자의 8×8 이미지는 어떻게 보이나요? (데이터 세트의 숫자는 종이 위, 네모
#    칸 안에 쓴 것입니다. 둘을 잇는 다리는 전처리뿐입니다.)
# 2. **그래프 바꿔 보기.** `bp.MLP([4, 3, 2], activation="sigmoid", bias="shared")`와
#    `bias="none"`인 신경망을 `to_onnx`로 내보내고, 3절처럼 노드를 나열해 보세요. 공유된 편향은
#    무엇이 되고, 어떤 노드가 사라지나요?
# 3. **일부러 망가뜨려 보기.** 가중치 하나가 `np.inf`인 신경망을 `to_onnx`에, 픽셀 하나만 칠한
#    캔버스를 `to_digit_pixels`에 넘기고 메시지를 읽어 보세요. 이런 입력이 아무 말 없이 통과했다면
#    휴대폰에서는 무슨 일이 생겼을까요?

# %% [markdown] slideshow={"slide_type": "slide"} lang="en"
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
# * **On a phone:** the `phone/` web app (0.26 MB of app and model plus 14.3 MB of
#   onnxruntime-web) installs from any HTTPS host and then runs offline.

# %% [markdown] slideshow={"slide_type": "slide"} lang="ko"
# ## 정리
#
# * 학습한 신경망은 가중치와 편향(여기서는 수 9610개), 그리고 층마다
#   $\mathrm{out} = g(\mathrm{inp}\,W + b)$를 계산하는 순전파가 **전부**다. numpy 세 줄로
#   `net.predict`를 비트 하나까지 똑같이 재현할 수 있다.
# * **내보내는 두 경로:** ONNX(`to_onnx`. `onnx.checker`를 통과하는 표준 그래프로, 파이썬,
#   브라우저, 안드로이드 앱의 ONNX Runtime이 실행함)와, 직접 짠 순전파를 위한 가중치 JSON(`to_json`).
# * 테스트 이미지 360장(정확도 97.5 %)에서 **어디서나 같은 숫자**가 나온다. 확률의 최대 차이는
#   bpkit ↔ Java $8\times10^{-16}$, bpkit ↔ JavaScript $8\times10^{-16}$(모두 float64),
#   bpkit ↔ onnxruntime $8\times10^{-7}$, bpkit ↔ onnxruntime-web $7\times10^{-7}$,
#   JavaScript ↔ onnxruntime-web $7\times10^{-7}$(float32 반올림: 유효숫자 24비트, 상대 간격
#   $6\times10^{-8}$)이고, 예측한 숫자는 한 번도 바뀌지 않는다. (Java, JavaScript,
#   onnxruntime-web의 값은 `tests/test_export.py`와 `tests/test_phone.py`가 잰다.)
# * **전처리**도 모델의 일부다. 그림은 데이터 세트를 만든 방식 그대로, 잉크가 묻은 픽셀을 센
#   8×8개의 수(0–16)가 된다. bpkit에서도 앱에서도 같다.
# * **휴대폰에서:** `phone/` 웹 앱(앱과 모델 0.26 MB, onnxruntime-web 14.3 MB)은 아무 HTTPS
#   호스팅에서나 설치할 수 있고, 그 뒤로는 오프라인으로 실행된다.

"""bpkit.export: a trained MLP leaves bpkit as ONNX and as JSON and gives the same numbers in
onnxruntime (float32), in the plain-Java forward pass (compiled here with ``javac``) and back in
bpkit; the drawing → 8×8 preprocessing; clear errors for what the formats cannot express."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import pytest

import bpkit as bp
from bpkit.export import DrawingError, ExportError, from_json, to_digit_pixels, to_json, to_onnx
from bpkit.export.digits import INPUT_SCALE, train_digits_net

PHONE = Path(__file__).resolve().parents[1] / "phone"
JAVA_SRC = PHONE / "java"
HIDDEN = ["sigmoid", "tanh", "relu", "identity"]
BIASES = ["unit", "shared", "none"]


def random_net(hidden: str, output: str, bias: str, seed: int = 0, dtype=np.float64) -> bp.MLP:
    """A 6-5-4-3 net with random (non-zero) biases, so every bias mode shows in the output."""
    loss = "softmax_ce" if output == "softmax" else "mse"
    net = bp.MLP([6, 5, 4, 3], activation=hidden, output_activation=output, loss=loss, bias=bias,
                 seed=seed, dtype=dtype)
    rng = np.random.default_rng(seed + 1)
    net.biases = [rng.normal(size=np.shape(b)) for b in net.biases]
    return net


def run_onnx(path, X) -> np.ndarray:
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return session.run(None, {"pixels": np.asarray(X, dtype=np.float32)})[0]


@pytest.fixture(scope="module")
def java(tmp_path_factory):
    """The compiled Java classes; returns run(model_path, X) -> outputs, shape (n, n_out)."""
    javac = shutil.which("javac")
    assert javac, "javac not found: install a JDK (Debian: apt-get install -y default-jdk-headless)"
    out = tmp_path_factory.mktemp("java")
    subprocess.run([javac, "-d", str(out), *map(str, JAVA_SRC.glob("*.java"))], check=True)

    def run(model, X):
        inputs = out / "inputs.txt"
        np.savetxt(inputs, np.atleast_2d(X), fmt="%.17g")   # exact doubles
        res = subprocess.run(["java", "-cp", str(out), "Main", str(model), str(inputs)],
                             check=True, capture_output=True, text=True, timeout=60)
        return np.array([[float(v) for v in line.split()] for line in res.stdout.splitlines()])
    return run


@pytest.fixture(scope="module")
def digits():
    _, X_test, _, y_test = bp.load_digits_split()
    return X_test * 16, y_test                       # intensities 0–16, as the phone sends them


# ---- every activation and bias mode --------------------------------------------------------------
@pytest.mark.parametrize("bias", BIASES)
@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("output", HIDDEN + ["softmax"])
def test_json_and_onnx_give_bpkits_output(tmp_path, hidden, output, bias):
    net = random_net(hidden, output, bias)
    X = np.random.default_rng(5).uniform(0, 16, (20, 6))
    want = net.predict(X / 16)
    back, scale = from_json(to_json(net, tmp_path / "m.json", input_scale=1 / 16))
    assert scale == 1 / 16 and back.activations == net.activations and back.bias == bias
    assert np.array_equal(back.predict(X * scale), want)                 # float64, bit for bit
    path = to_onnx(net, tmp_path / "m.onnx", input_scale=1 / 16)
    onnx.checker.check_model(onnx.load(path), full_check=True)
    got = run_onnx(path, X)
    assert got.shape == want.shape and got.dtype == np.float32
    assert np.abs(got - want).max() < 1e-5                               # float32 rounding


@pytest.mark.slow                                   # javac and a JVM per net: ~8 s
def test_java_reads_every_bias_mode_and_activation(tmp_path, java):
    X = np.random.default_rng(6).uniform(0, 16, (15, 6))
    for bias in BIASES:
        for hidden, output in [("tanh", "sigmoid"), ("sigmoid", "softmax"), ("relu", "identity")]:
            net = random_net(hidden, output, bias, seed=3)
            got = java(to_json(net, tmp_path / "m.json", input_scale=1 / 16), X)
            assert np.abs(got - net.predict(X / 16)).max() < 1e-12, (bias, hidden, output)


def test_float32_net_exports(tmp_path):
    net = random_net("tanh", "softmax", "unit", dtype=np.float32)
    X = np.random.default_rng(7).uniform(0, 1, (10, 6))
    assert np.abs(run_onnx(to_onnx(net, tmp_path / "m.onnx"), X) - net.predict(X)).max() < 1e-6
    back, _ = from_json(to_json(net, tmp_path / "m.json"))
    assert np.abs(back.predict(X) - net.predict(X)).max() < 1e-6


# ---- the phone's digits model -------------------------------------------------------------
@pytest.mark.slow   # trains the digits net (2 s)
def test_phone_model_is_the_trained_net(digits):
    X, y = digits
    phone, scale = from_json(PHONE / "model.json")
    assert scale == INPUT_SCALE and phone.sizes == [64, 128, 10]
    assert bp.accuracy(phone.predict(X * scale), y) >= 0.97
    net, acc = train_digits_net()             # what `python -m bpkit.export.digits` writes
    assert acc >= 0.97
    assert np.abs(net.predict(X * scale) - phone.predict(X * scale)).max() < 1e-9


def test_onnxruntime_equals_bpkit_on_the_test_split(digits):
    X, _ = digits
    net, scale = from_json(PHONE / "model.json")
    onnx.checker.check_model(onnx.load(PHONE / "model.onnx"), full_check=True)
    want, got = net.predict(X * scale), run_onnx(PHONE / "model.onnx", X)
    assert got.shape == (360, 10)
    assert np.abs(got - want).max() < 1e-6
    assert np.array_equal(got.argmax(axis=1), want.argmax(axis=1))


@pytest.mark.slow
def test_java_equals_bpkit_on_the_test_split(digits, java):
    X, _ = digits
    net, scale = from_json(PHONE / "model.json")
    got = java(PHONE / "model.json", X)
    assert got.shape == (360, 10)
    assert np.abs(got - net.predict(X * scale)).max() < 1e-6
    assert np.array_equal(got.argmax(axis=1), net.predict(X * scale).argmax(axis=1))


# ---- what cannot be exported, and bad model files -----------------------------------------
@pytest.mark.parametrize("writer", [to_json, to_onnx])
def test_unexportable_nets_raise_and_write_nothing(tmp_path, writer):
    path = tmp_path / "m"
    path.write_text("before")
    net = random_net("tanh", "softmax", "unit")
    saved = [W.copy() for W in net.weights]
    net.activations[1] = "swish"
    with pytest.raises(ExportError, match=r"layer 2 has activation 'swish'"):
        writer(net, path)
    net.activations[1] = "softmax"
    with pytest.raises(ExportError, match="layer 2 has softmax"):
        writer(net, path)
    net.activations[1] = "tanh"
    net.weights[0][2, 1] = np.nan
    with pytest.raises(ExportError, match=r"weights\[0\] \(layer 1\) holds NaN"):
        writer(net, path)
    net.weights[0][2, 1] = saved[0][2, 1]
    with pytest.raises(ExportError, match="input_scale"):
        writer(net, path, input_scale=0)
    with pytest.raises(ExportError, match="bpkit.MLP; got dict"):
        writer({}, path)
    assert path.read_text() == "before" and not list(tmp_path.glob("*.tmp"))
    assert all(np.array_equal(a, b) for a, b in zip(net.weights, saved))


def test_onnx_needs_float32_range(tmp_path):
    net = random_net("relu", "identity", "shared")
    net.weights[1][0, 0] = 1e39
    with pytest.raises(ExportError, match=r"weights\[1\] \(layer 2\) holds 1e\+39, beyond float32"):
        to_onnx(net, tmp_path / "m.onnx")
    assert not (tmp_path / "m.onnx").exists()
    to_json(net, tmp_path / "m.json")                     # JSON keeps float64: fine


def test_bad_model_files(tmp_path):
    with pytest.raises(ExportError, match="not found"):
        from_json(tmp_path / "missing.json")
    good = to_json(random_net("tanh", "softmax", "unit"), tmp_path / "good.json").read_text()
    cases = {"cut.json": (good[:len(good) // 2], "not valid JSON"),
             "other.json": ('{"format": "keras"}', "not a bpkit-mlp model"),
             "v2.json": (good.replace('"version":1', '"version":2'), "version 2"),
             "act.json": (good.replace('"tanh"', '"swish"'), "activation 'swish'"),
             "shape.json": (good.replace('"sizes":[6,5,4,3]', '"sizes":[6,7,4,3]'),
                            r"weights\[0\]"),
             "field.json": (good.replace('"layers"', '"lairs"'), "KeyError")}
    for name, (text, message) in cases.items():
        (tmp_path / name).write_text(text)
        with pytest.raises(ExportError, match=message) as err:
            from_json(tmp_path / name)
        assert name in str(err.value)


# ---- drawing → 8×8 -------------------------------------------------------------------------
def test_a_32x32_bitmap_gives_its_block_counts():
    rng = np.random.default_rng(8)
    bitmap = rng.random((32, 32)) < 0.4
    bitmap[0, :] = bitmap[-1, :] = bitmap[:, 0] = bitmap[:, -1] = True   # ink touches every side
    want = bitmap.reshape(8, 4, 8, 4).sum(axis=(1, 3)).ravel()
    assert np.array_equal(to_digit_pixels(bitmap.astype(float)), want)
    big = np.kron(bitmap, np.ones((7, 7)))                              # drawn 7× larger
    assert np.array_equal(to_digit_pixels(big), want)
    canvas = np.zeros((400, 300))
    canvas[150:374, 20:244] = big                                       # anywhere on a canvas
    assert np.array_equal(to_digit_pixels(canvas), want)


def test_a_tall_digit_is_centred_in_its_square():
    canvas = np.zeros((100, 100))
    canvas[10:90, 60:70] = 1.0                      # a "1", 80 tall and 10 wide, right of centre
    # the square is 80 a side: the bar is 32·10/80 = 4 of the 32 columns, the middle ones 14–17,
    # half in block 3 and half in block 4 (2 columns × 4 rows = 8 inked pixels each)
    want = np.tile([0, 0, 0, 8, 8, 0, 0, 0], (8, 1))
    assert np.array_equal(to_digit_pixels(canvas).reshape(8, 8), want)


@pytest.mark.parametrize("ink, message", [
    (np.zeros((50, 50)), "nothing is drawn"),
    (np.full((50, 50), 0.3), "nothing is drawn"),                      # faint: below the threshold
    (np.pad(np.ones((1, 1)), 40), "too small: it spans 1 pixel"),
    (np.pad(np.ones((5, 5)), 60), r"too small: it spans 5 pixel\(s\), a digit needs at least 16"),
    (np.ones(64), "2-D array"),
    (np.full((10, 10), 2.0), r"in \[0, 1\]"),
    (np.full((10, 10), np.nan), r"in \[0, 1\]"),
    ([["a"]], "2-D array of numbers"),
])
def test_bad_drawings(ink, message):
    with pytest.raises(DrawingError, match=message):
        to_digit_pixels(ink)


def test_errors_speak_the_notebooks_language(tmp_path):
    """In Korean (notebook 10's Korean edition) a bad drawing, net or model file gets Korean that
    still names the layer, the value and the file; English again afterwards."""
    huge = random_net("relu", "softmax", "unit")
    huge.weights[1][0, 0] = 1e39
    (tmp_path / "v2.json").write_text(
        to_json(random_net("tanh", "softmax", "unit"), tmp_path / "m.json").read_text()
        .replace('"version":1', '"version":2'))
    calls = [(lambda: to_digit_pixels(np.pad(np.ones((1, 1)), 40)), ["1", "11"]),
             (lambda: to_digit_pixels(np.zeros((9, 9))), []),
             (lambda: to_onnx(huge, tmp_path / "h.onnx"), ["weights[1]", "1e+39", "2"]),
             (lambda: from_json(tmp_path / "missing.json"), ["missing.json"]),
             (lambda: from_json(tmp_path / "v2.json"), ["v2.json", "2"])]

    def message(call):
        with pytest.raises((DrawingError, ExportError)) as err:
            call()
        return str(err.value)

    english = [message(call) for call, _ in calls]
    try:
        bp.set_language("ko")
        korean = [message(call) for call, _ in calls]
    finally:
        bp.set_language("en")
    for parts, ko, en in zip([parts for unused, parts in calls], korean, english):
        assert any("가" <= c <= "힣" for c in ko), ko
        assert not any("가" <= c <= "힣" for c in en), en
        assert all(p in ko and p in en for p in parts), (parts, ko, en)
    assert [message(call) for call, _ in calls] == english

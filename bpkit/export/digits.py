"""The phone's digits net: trained with bpkit, written beside the app as model.json and model.onnx.

    python -m bpkit.export.digits phone      # rewrites phone/model.json and phone/model.onnx

Notebook 10 trains the same net in its cells and shows that it equals the phone's files.
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

# 64-128-10, relu hidden units, softmax output: benchmarks/bench_digits.py's net. lr 0.3 (not
# the benchmark's 1.0, which reaches 97 % fastest but then swings by ±3 % from epoch to epoch)
SIZES, ACTIVATION, LR, EPOCHS, BATCH_SIZE, SEED = [64, 128, 10], "relu", 0.3, 24, 32, 0
INPUT_SCALE = 1 / 16  # the phone passes intensities 0–16, as the digits data set stores them


def train_digits_net(seed: int = SEED, epochs: int = EPOCHS):
    """Train the digits net with ``bp.fit`` on ``bp.load_digits_split()``'s training split.

    Parameters
    ----------
    seed : int
        Seeds both the initial weights and the shuffling rng.
    epochs : int

    Returns
    -------
    net : bpkit.MLP
        sizes [64, 128, 10], input x = intensities / 16, shape (n, 64) → probabilities (n, 10).
    accuracy : float
        On the test split (360 images).
    """
    import bpkit as bp

    X_train, X_test, y_train, y_test = bp.load_digits_split()
    net = bp.MLP(SIZES, activation=ACTIVATION, loss="softmax_ce", seed=seed)
    bp.fit(net, X_train, bp.one_hot(y_train, 10), lr=LR, epochs=epochs, batch_size=BATCH_SIZE,
           rng=np.random.default_rng(seed), progress=False)
    return net, bp.accuracy(net.predict(X_test), y_test)


def main(argv: list[str]) -> None:
    from .json_model import to_json
    from .onnx_model import to_onnx

    out = Path(argv[0] if argv else "phone")
    net, acc = train_digits_net()
    to_json(net, out / "model.json", input_scale=INPUT_SCALE)
    to_onnx(net, out / "model.onnx", input_scale=INPUT_SCALE)
    print(f"test accuracy {acc:.4f}; wrote {out / 'model.json'} and {out / 'model.onnx'}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""How long one SGD step of bpkit takes, against a plain numpy step and the matrix-product floor.

    python benchmarks/bench_sgd.py            # about a minute
    python benchmarks/bench_sgd.py --quick    # fewer repeats

Everything runs single-threaded (``threadpoolctl.threadpool_limits(1)``), so the figures do
not depend on how busy the other core is with BLAS threads. For each net and dtype it times,
interleaved repeat by repeat (so a burst of load elsewhere hits all three alike):

* ``bpkit``: ``net.sgd_step(X, T, lr)``, with every input check bpkit makes;
* ``plain``: the same step written straight in numpy below (same activations, same loss
  value returned, same δ and update, no checks, no records);
* ``in fit``: the step ``bp.fit`` takes (``net.step``): the same, except that X and T
  were checked once for the whole data set (shown as a ratio to plain in the last column);
* ``floor``: the matrix products alone: forward ``A @ W``, ``Aᵀ @ δ`` for every dW, and
  ``δ @ Wᵀ`` for every layer but the first. No step can be faster than these.

Nets: sigmoid hidden units, softmax output with cross-entropy, one bias per unit.
Times are CPU time of this thread (``time.thread_time``), not wall-clock time, so that
other processes on a shared machine slow the figures less; they still share caches and
memory bandwidth, hence the spread. Printed: the median time per step and the spread
(10th–90th percentile), and the ratios.
Targets (issue 2): bpkit/plain ≤ 1.5 for the two small nets; bpkit/floor ≤ 2 (float64) and
≤ 1.3 (float32) for the two large ones.
"""
from __future__ import annotations

import argparse
import os
import platform
import time

import numpy as np
from scipy.special import expit
from threadpoolctl import threadpool_info, threadpool_limits

import bpkit as bp

CASES = [  # (sizes, batch)
    ([3, 4, 2], 1),
    ([64, 32, 10], 32),
    ([784, 128, 10], 128),
    ([784, 512, 512, 10], 256),
]
SMALL = 2  # the first two are judged against the plain step, the others against the floor
LR = 0.01


def plain_step(Ws, bs, X, T, lr):
    """One SGD step written straight: sigmoid hidden layers, softmax + cross-entropy.

    Like ``MLP.sgd_step`` it returns the loss before the step (the batch mean of
    −Σ t log y, with y kept ≥ eps as bpkit keeps it), which ``fit`` records."""
    outs = [X]
    for W, b in zip(Ws[:-1], bs[:-1]):
        outs.append(expit(outs[-1] @ W + b))
    z = outs[-1] @ Ws[-1] + bs[-1]
    e = np.exp(z - z.max(axis=1, keepdims=True))
    y = e / e.sum(axis=1, keepdims=True)
    loss = -np.sum(T * np.log(np.maximum(y, np.finfo(y.dtype).eps))) / X.shape[0]
    delta = (y - T) / X.shape[0]
    for l in range(len(Ws) - 1, -1, -1):
        dW = outs[l].T @ delta
        db = delta.sum(axis=0)
        if l > 0:
            delta = (delta @ Ws[l].T) * outs[l] * (1 - outs[l])
        Ws[l] -= lr * dW
        bs[l] -= lr * db
    return float(loss)


def floor_products(Ws, As, Ds):
    """The matrix products of one step and nothing else."""
    for A, W in zip(As, Ws):
        A @ W
    for l, (A, D) in enumerate(zip(As, Ds)):
        A.T @ D
        if l > 0:
            D @ Ws[l].T


def bench_case(sizes, batch, dtype, repeats, rng):
    net = bp.MLP(sizes, activation="sigmoid", loss="softmax_ce", bias="unit", rng=rng,
                 dtype=dtype)
    X = rng.random((batch, sizes[0])).astype(dtype)
    T = bp.one_hot(rng.integers(0, sizes[-1], batch), sizes[-1]).astype(dtype)
    Ws = [w.copy() for w in net.weights]
    bs = [b.copy() for b in net.biases]
    As = [X] + [rng.random((batch, n)).astype(dtype) for n in sizes[1:-1]]
    Ds = [rng.random((batch, n)).astype(dtype) for n in sizes[1:]]

    def run_bpkit():
        net.sgd_step(X, T, LR)

    def run_fit_step():  # the step bp.fit takes: X and T were checked once for all batches
        net.step(X, T, LR)

    def run_plain():
        plain_step(Ws, bs, X, T, LR)

    def run_floor():
        floor_products(Ws, As, Ds)

    runs = {"bpkit": run_bpkit, "in fit": run_fit_step, "plain": run_plain, "floor": run_floor}
    # each sample times `inner` calls, so that tiny steps are above the timer's resolution
    t0 = time.perf_counter()
    run_bpkit()
    one = time.perf_counter() - t0
    inner = max(1, int(2e-3 / max(one, 1e-7)))
    for f in runs.values():  # warm up
        for _ in range(3):
            f()
    times = {k: [] for k in runs}
    for _ in range(repeats):
        for k, f in runs.items():
            t0 = time.thread_time()
            for _ in range(inner):
                f()
            times[k].append((time.thread_time() - t0) / inner)
    return {k: np.array(v) for k, v in times.items()}


def fmt_us(t):
    return f"{t * 1e6:,.1f}" if t < 1e-3 else f"{t * 1e6:,.0f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args()
    repeats_small, repeats_large = (30, 15) if args.quick else (200, 60)

    with threadpool_limits(1):
        info = threadpool_info()
        print(f"bpkit {bp.__version__}, numpy {np.__version__}, python {platform.python_version()}")
        for lib in info:
            print(f"BLAS: {lib['internal_api']} {lib.get('version')}, kernel "
                  f"{lib.get('architecture')}, threads {lib['num_threads']} (threadpool_limits(1))")
        print("OPENBLAS_CORETYPE=" + os.environ.get("OPENBLAS_CORETYPE", "(unset)") +
              ", OPENBLAS_L2_SIZE=" + os.environ.get("OPENBLAS_L2_SIZE", "(unset)"))
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
              f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
        print("times per SGD step in µs: median [10th–90th percentile]\n")
        head = ("net", "batch", "dtype", "bpkit", "plain numpy", "matmul floor",
                "bpkit/plain", "bpkit/floor", "target", "in fit/plain")
        rows = []
        rng = np.random.default_rng(0)
        for i, (sizes, batch) in enumerate(CASES):
            for dtype in (np.float64, np.float32):
                repeats = repeats_small if i < SMALL else repeats_large
                t = bench_case(sizes, batch, dtype, repeats, rng)
                med = {k: float(np.median(v)) for k, v in t.items()}
                cell = {k: f"{fmt_us(med[k])} [{fmt_us(np.percentile(v, 10))}–"
                           f"{fmt_us(np.percentile(v, 90))}]" for k, v in t.items()}
                r_plain, r_floor = med["bpkit"] / med["plain"], med["bpkit"] / med["floor"]
                if i < SMALL:
                    target = f"plain ≤ 1.5: {'met' if r_plain <= 1.5 else 'MISSED'}"
                else:
                    limit = 2.0 if dtype == np.float64 else 1.3
                    target = f"floor ≤ {limit}: {'met' if r_floor <= limit else 'MISSED'}"
                rows.append(("-".join(map(str, sizes)), str(batch), np.dtype(dtype).name,
                             cell["bpkit"], cell["plain"], cell["floor"],
                             f"{r_plain:.2f}", f"{r_floor:.2f}", target,
                             f"{med['in fit'] / med['plain']:.2f}"))
        widths = [max(len(r[j]) for r in rows + [head]) for j in range(len(head))]
        print("  ".join(h.ljust(w) for h, w in zip(head, widths)))
        print("  ".join("-" * w for w in widths))
        for r in rows:
            print("  ".join(c.ljust(w) for c, w in zip(r, widths)))


if __name__ == "__main__":
    main()

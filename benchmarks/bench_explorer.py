"""How long the explorer takes from a slider change to a new PNG of the diagram.

    python benchmarks/bench_explorer.py            # about half a minute
    python benchmarks/bench_explorer.py --quick    # fewer repeats
    python benchmarks/bench_explorer.py --lang ko  # the Korean explorer (Hangul in the diagram)

Deck 002's 3-4-2 net. Times are wall-clock (``time.perf_counter``): a learner waits for the
whole chain (observer → ``explorer_state.change_param`` → forward and backward → deltas panel →
nudge test → ``NetworkDiagram.update`` → Agg draw → PNG bytes into the Image widget). Measured
with ∂E/∂w labels off (the default) and on, and, for comparison, the cost of building the
diagram from scratch for every change (a new ``NetworkDiagram`` per step, as a naive redraw
would). Printed: median and spread (10th–90th percentile) in ms; target (issue 5) under
100 ms for a slider step on a 2-core machine. Nothing is asserted: the figures depend on the
machine and on what else runs on it.
"""
from __future__ import annotations

import argparse
import os
import platform
import time

import numpy as np

import bpkit as bp
from bpkit.lab import explorer_state as es
from bpkit.lab import widgets
from bpkit.lab.diagram import NetworkDiagram


def _stats(times) -> str:
    t = np.asarray(times) * 1e3
    lo, med, hi = np.percentile(t, [10, 50, 90])
    return f"median {med:7.1f} ms   spread {lo:6.1f} – {hi:6.1f} ms   (n = {t.size})"


def slider_steps(n: int, show_grads: bool) -> list:
    """Wall time of ``slider.value = v`` until the diagram widget holds the new PNG."""
    ex = widgets.explorer(show_grads=show_grads)
    slider, image = ex.controls["value"], ex.controls["diagram"]
    values = np.linspace(-10, 10, n + 1)[1:]
    times = []
    for v in values:
        old = image.value
        t0 = time.perf_counter()
        slider.value = float(v)
        times.append(time.perf_counter() - t0)
        assert image.value is not old
    return times


def state_changes(n: int) -> list:
    """Wall time of ``explorer_state.change_param`` alone: validation, write, forward, backward."""
    state = es.new_state()
    ref = state.selected
    times = []
    for v in np.linspace(-10, 10, n + 1)[1:]:
        t0 = time.perf_counter()
        es.change_param(state, ref, float(v))
        times.append(time.perf_counter() - t0)
    return times


def rebuilds(n: int, show_grads: bool) -> list:
    """The same change, but with a new diagram built for every step (no in-place update)."""
    state = es.new_state()
    ref = state.selected
    times = []
    for v in np.linspace(-10, 10, n + 1)[1:]:
        t0 = time.perf_counter()
        es.change_param(state, ref, float(v))
        d = NetworkDiagram(state.net.sizes, state.net.bias)
        d.update(state.fwd, state.bwd, state.net.weights, state.net.biases, show_grads=show_grads,
                 target=state.target, loss=state.E, selected=("W", ref.layer, ref.i, ref.j))
        d.png()
        times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--lang", choices=("en", "ko"), default="en",
                        help="the explorer's language (ko: Hangul runs drawn in NanumGothic)")
    args = parser.parse_args()
    bp.set_language(args.lang)
    n = 10 if args.quick else 40
    print(f"explorer benchmark ({args.lang}): deck 002's 3-4-2 net, "
          f"{platform.python_implementation()} "
          f"{platform.python_version()}, {os.cpu_count()} CPUs, load average "
          f"{', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    slider_steps(3, False)                   # warm-up: fonts, caches
    for show_grads in (False, True):
        label = "with ∂E/∂w labels" if show_grads else "plain            "
        print(f"slider change → new PNG, in place, {label}: {_stats(slider_steps(n, show_grads))}")
    t = np.asarray(state_changes(20 * n)) * 1e6
    print(f"state change alone (change_param → forward, backward):  median {np.median(t):7.1f} µs "
          f"  spread {np.percentile(t, 10):6.1f} – {np.percentile(t, 90):6.1f} µs   (n = {t.size})")
    for show_grads in (False, True):
        label = "with ∂E/∂w labels" if show_grads else "plain            "
        print(f"rebuild from scratch per change,   {label}: {_stats(rebuilds(n // 2, show_grads))}")


if __name__ == "__main__":
    main()

"""What every test file shares: matplotlib without a display (figures closed after each test),
the repository's root, loading a tool by its path, a seeded generator, a free port, and the
test tiers. (A module-level helper that a file needs while it is collected, such as
``load_solution``, lives in a ``tests/_name.py`` module: fixtures do not exist at collection.)

Tiers (markers registered in pyproject.toml):

- ``slow``: deselected by default (pyproject's ``addopts`` has ``-m "not slow"``), so that
  ``python -m pytest`` is the fast development loop: unit and property tests;
- ``notebook`` (every nbval cell, marked here), ``browser`` and ``binder`` imply ``slow``.

The full run, ``bash scripts/test.sh`` (and so ``.ci/run``), passes ``-m ""`` and ``--nbval``.
"""
from __future__ import annotations

import importlib.util
import socket
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
SLOW_KINDS = ("notebook", "browser", "binder")


def pytest_configure(config):
    # figures drawn by the tests (not by the notebooks' kernels) need no display
    import matplotlib
    matplotlib.use("Agg")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.path.suffix == ".ipynb":
            item.add_marker(pytest.mark.notebook)
        if any(item.get_closest_marker(kind) for kind in SLOW_KINDS):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _close_figures():
    """Every figure a test opened is closed after it (pyplot keeps them otherwise)."""
    yield
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository's root folder."""
    return ROOT


@pytest.fixture(scope="session")
def tool():
    """``tool("build_html")``: the module ``tools/build_html.py``, loaded once."""
    cache: dict[str, ModuleType] = {}

    def load(name: str) -> ModuleType:
        if name not in cache:
            cache[name] = _load(ROOT / "tools" / f"{name}.py", f"tools_{name}")
        return cache[name]
    return load


@pytest.fixture
def rng() -> np.random.Generator:
    """A generator with a fixed seed, new for each test."""
    return np.random.default_rng(7)


@pytest.fixture
def free_port():
    """``free_port()``: a TCP port on 127.0.0.1 that nothing listens on right now."""
    def pick() -> int:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]
    return pick


@pytest.fixture
def korean():
    """The test runs with bpkit speaking Korean (``bp.set_language("ko")``), English after it."""
    import bpkit.i18n as i18n
    i18n.set_language("ko")
    yield
    i18n.set_language("en")


@pytest.fixture
def every_glyph(tmp_path):
    """``every_glyph(fig)`` saves ``fig`` and fails if a glyph is missing (matplotlib warns with a
    UserWarning, which this turns into an error): for figures with Korean text."""
    import warnings

    def save(fig) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            fig.savefig(tmp_path / "figure.png")
    return save


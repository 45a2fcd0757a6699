"""Pin the environment and write the requirements files that derive from ``pyproject.toml``.

    python tools/lock.py           # rewrite requirements.lock and the two requirements files
    python tools/lock.py --check   # exit 1 if any of the three differs from what it would write

``pyproject.toml`` is the one place where dependencies are named: the core (numpy, scipy) and
the extras ``notebooks`` (what a learner needs) and ``test``. From it this tool writes:

- ``requirements.lock``: every package those need, transitively, at the version installed in
  the running environment (run it in the environment the stored notebook outputs were made
  in), each tagged with the first group that needs it: ``core``, ``notebooks`` or ``test``;
- ``requirements.txt``: the lock plus bpkit itself with both extras, for ``pip install -r``;
- ``binder/requirements.txt``: the ``core`` and ``notebooks`` pins plus bpkit, so that Binder
  rebuilds the learners' environment without the test-only packages.

``--check`` reads the environment too: every package that pyproject's requirements reach
here must be pinned, at the version installed (so a stale lock, or an environment that
drifted from it, is caught). The two requirements files are compared with what the
pyproject and the lock alone give.
"""
from __future__ import annotations

import difflib
import platform
import re
import sys
from importlib import metadata
from pathlib import Path

import tomllib
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"
LOCK = ROOT / "requirements.lock"
REQUIREMENTS = ROOT / "requirements.txt"
BINDER = ROOT / "binder" / "requirements.txt"
GROUPS = ("core", "notebooks", "test")  # a package is tagged with the first that needs it
LEARNER = {"core", "notebooks"}          # what Binder installs

LINE = re.compile(r"^([A-Za-z0-9._-]+)==(\S+)\s+#\s*(\w+)\s*$")


def canonical(name: str) -> str:
    """PEP 503 name: ``Jinja2`` and ``jinja2`` are one package."""
    return re.sub(r"[-_.]+", "-", name).lower()


def groups(pyproject: Path = PYPROJECT) -> dict[str, list[str]]:
    """``{group: [requirement, ...]}`` as pyproject.toml states them."""
    project = tomllib.loads(pyproject.read_text())["project"]
    extras = project.get("optional-dependencies", {})
    return {"core": project["dependencies"], **{g: extras.get(g, []) for g in GROUPS[1:]}}


def closure(requirements: list[str]) -> dict[str, str]:
    """``{name: installed version}`` of everything ``requirements`` reach in this environment.

    Markers are evaluated here (this Python, this platform); a requirement that is not
    installed, or whose installed version it does not accept, is an error that names both.
    """
    found: dict[str, str] = {}
    seen: set[tuple[str, frozenset[str]]] = set()
    todo = [(Requirement(r), "pyproject.toml") for r in requirements]
    while todo:
        req, needed_by = todo.pop()
        name = canonical(req.name)
        if name == "bpkit" or (name, frozenset(req.extras)) in seen:
            continue
        seen.add((name, frozenset(req.extras)))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            raise SystemExit(f"{req} (needed by {needed_by}) is not installed here") from None
        if not req.specifier.contains(dist.version, prereleases=True):
            raise SystemExit(f"{name} {dist.version} is installed but {needed_by} needs {req}")
        found[name] = dist.version
        for line in dist.requires or []:
            sub = Requirement(line)
            extras = req.extras or {""}
            if sub.marker is None or any(sub.marker.evaluate({"extra": e}) for e in extras):
                todo.append((sub, f"{name} {dist.version}"))
    return found


def pins_from_environment() -> dict[str, tuple[str, str]]:
    """``{name: (version, group)}`` for the lock, read from the running environment."""
    pins: dict[str, tuple[str, str]] = {}
    for group, requirements in groups().items():
        for name, version in closure(requirements).items():
            pins.setdefault(name, (version, group))
    return dict(sorted(pins.items()))


def read_lock(path: Path = LOCK) -> dict[str, tuple[str, str]]:
    """``{name: (version, group)}`` from a lock file written by this tool."""
    pins = {}
    for n, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        match = LINE.match(line)
        if not match or match.group(3) not in GROUPS:
            raise SystemExit(f"{path.name}:{n}: not 'name==version  # group': {line!r}")
        pins[canonical(match.group(1))] = (match.group(2), match.group(3))
    return pins


def lock_text(pins: dict[str, tuple[str, str]]) -> str:
    python = ".".join(platform.python_version_tuple()[:2])
    head = [
        "# requirements.lock: written by tools/lock.py from pyproject.toml; do not edit by hand.",
        "# The exact versions the stored notebook outputs were made with (Python "
        f"{python}, {sys.platform}).",
        "# Each pin names the first group that needs it: core (bpkit itself), notebooks "
        "(the series),",
        "# test (only the tests). Binder installs core + notebooks; scripts/test.sh all.",
        f"# python: {python}",
    ]
    width = max(len(f"{n}=={v}") for n, (v, _) in pins.items()) + 2
    body = [f"{n}=={v}".ljust(width) + f"# {g}" for n, (v, g) in pins.items()]
    return "\n".join(head + body) + "\n"


def lock_python(path: Path = LOCK) -> str:
    """The ``major.minor`` Python version the lock was made with."""
    return re.search(r"^# python: (\S+)$", path.read_text(), re.M).group(1)


def requirements_text() -> str:
    return ("# Written by tools/lock.py from pyproject.toml; do not edit by hand.\n"
            "# Everything the series and its tests need, at the locked versions:\n"
            "#   python -m pip install -r requirements.txt\n"
            "-r requirements.lock\n"
            "-e .[notebooks,test]\n")


def binder_text(pins: dict[str, tuple[str, str]]) -> str:
    head = ("# Written by tools/lock.py from pyproject.toml and requirements.lock; do not edit.\n"
            "# Binder (repo2docker) reads only this folder when it exists: this file is what a\n"
            "# learner gets on mybinder.org, the lock's core and notebooks pins (no test-only\n"
            "# packages), so that Binder in a year rebuilds the environment the outputs were\n"
            "# made with. repo2docker runs pip from the repository root, so \".\" is the repo.\n"
            "-e .[notebooks]\n")
    return head + "".join(f"{n}=={v}\n" for n, (v, g) in pins.items() if g in LEARNER)


def expected_files(pins: dict[str, tuple[str, str]]) -> dict[Path, str]:
    """What the two derived requirements files must read, given the lock's pins."""
    return {REQUIREMENTS: requirements_text(), BINDER: binder_text(pins)}


def drift(pins_here: dict[str, tuple[str, str]] | None = None) -> list[str]:
    """Every way the committed files differ from what this tool would write; [] if none.

    ``pins_here``: the environment's pins (default: read now); pass ``{}`` to compare only
    the two derived files with the committed lock.
    """
    problems = []
    locked = read_lock()
    for path, text in expected_files(locked).items():
        if path.read_text() != text:
            diff = difflib.unified_diff(path.read_text().splitlines(), text.splitlines(),
                                        str(path.relative_to(ROOT)), "expected", lineterm="")
            problems.append("\n".join(diff))
    here = pins_from_environment() if pins_here is None else pins_here
    for name, (version, group) in here.items():
        if name not in locked:
            problems.append(f"{name}=={version} ({group}) is needed but not in requirements.lock")
        elif locked[name] != (version, group):
            problems.append(f"requirements.lock pins {name}=={locked[name][0]} "
                            f"({locked[name][1]}); here it is {version} ({group})")
    if here:
        problems += [f"requirements.lock pins {name}, which nothing needs"
                     for name in locked.keys() - here.keys()]
    return problems


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        problems = drift()
        for problem in problems:
            print(problem)
        if problems:
            print("run `python tools/lock.py` in the environment the notebooks were run in")
        return 1 if problems else 0
    if argv:
        raise SystemExit(__doc__)
    pins = pins_from_environment()
    LOCK.write_text(lock_text(pins))
    for path, text in expected_files(pins).items():
        path.write_text(text)
    print(f"requirements.lock: {len(pins)} pins "
          + ", ".join(f"{sum(g == grp for _, g in pins.values())} {grp}" for grp in GROUPS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Both editions wherever a learner or a lecturer starts: the README's test command holds the
Korean notebooks to strict nbval as it does the English ones, ``scripts/open.sh ko`` opens the
Korean index, and README.ko.md lists every notebook of the Korean edition."""
from __future__ import annotations

import fnmatch
import re
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
SOURCES = sorted((ROOT / "notebooks" / "src").glob("[0-9][0-9]_*.py"))


def test_pytest_looks_for_notebooks_in_both_editions():
    options = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    assert "notebooks" in options["testpaths"]
    # pytest recurses into notebooks/ko unless a norecursedirs pattern matches it
    assert not [p for p in options["norecursedirs"] if fnmatch.fnmatch("ko", p)]
    test_sh = (ROOT / "scripts" / "test.sh").read_text()
    assert re.search(r'^python -m pytest -m "" --nbval "\$@"$', test_sh, re.M)


@pytest.mark.slow  # starts pytest: about 20 s
def test_strict_nbval_collects_every_notebook_of_both_editions():
    done = subprocess.run([sys.executable, "-m", "pytest", "-m", "", "--nbval", "--collect-only",
                           "-q", "notebooks"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    collected = {line.split("::")[0] for line in done.stdout.splitlines() if "::" in line}
    expected = {f"notebooks/{p.stem}.ipynb" for p in SOURCES}
    expected |= {f"notebooks/ko/{p.stem}.ipynb" for p in SOURCES}
    assert collected == expected


def test_the_fast_tier_runs_no_notebook():
    """``python -m pytest`` (no --nbval) collects no notebook: the fast tier stays fast."""
    options = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    assert "--nbval" not in options["addopts"].split()
    assert '-m "not slow"' in options["addopts"]


def test_open_sh_opens_the_korean_index_on_request():
    open_sh = (ROOT / "scripts" / "open.sh").read_text()
    assert 'index=notebooks/ko/00_index.ipynb' in open_sh
    assert 'exec jupyter lab "${args[@]}" "$index" "$@"' in open_sh
    assert (ROOT / "notebooks" / "00_index.ipynb").exists()


def test_korean_readme_lists_every_notebook_of_the_korean_edition():
    readme = (ROOT / "README.ko.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\((notebooks/ko/(\d\d_[\w]+)\.ipynb)\)", readme)
    assert [name for _, name in dict.fromkeys(links)] == [p.stem for p in SOURCES]
    assert "bash scripts/open.sh" in readme and "bash scripts/test.sh" in readme
    assert "python tools/build_html.py" in readme
    # the lecturer's plan: one row per hour, 1 to 9, and the optional tenth
    plan = readme[readme.index("### 수업 계획"):]
    hours = re.findall(r"^\| (\d+) \|", plan, re.M)
    assert hours == [str(h) for h in range(1, 11)]
    # the glossary's avoided variants stay out of the README too
    from bpkit.i18n.glossary import TERMS
    used = [v for term in TERMS for v in term.avoid if re.search(v, readme)]  # regexes
    assert not used, used

"""Binder: the environment that repo2docker builds from ``binder/`` alone runs the series.

repo2docker reads only ``binder/`` when that folder exists. It makes a Python of the
version in ``binder/runtime.txt``, runs ``pip install -r binder/requirements.txt`` from the
repository root (so ``-e .`` there is the repo itself), then runs ``binder/postBuild``.
``binder/requirements.txt`` is written by ``tools/lock.py``: bpkit with its ``notebooks`` extra
and the exact versions of ``requirements.lock`` that the learners' side needs.
``test_fresh_environment_from_binder_runs_a_notebook`` does the same in a new virtual
environment in ``tmp_path`` on a copy of the repository, checks that it holds the locked
versions, then executes a notebook with that environment's kernel and starts JupyterLab to see
which page it opens.
The first run downloads the packages (about 2 minutes); later runs use pip's cache.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BINDER = ROOT / "binder"
BINDER_URL = ("https://mybinder.org/v2/gh/bpkit-edu/bpkit/HEAD"
              "?urlpath=lab/tree/notebooks/00_index.ipynb")
# the Korean edition's link opens its own index (JupyterLab's menus: Settings > Language), and
# binder/lab_language.py's address opens it with JupyterLab's menus in Korean too
BINDER_URL_KO = BINDER_URL.replace("notebooks/00_index", "notebooks/ko/00_index")
BINDER_URL_KO_MENUS = "https://mybinder.org/v2/gh/bpkit-edu/bpkit/HEAD?urlpath=bpkit/ko"
BADGE = "https://mybinder.org/badge_logo.svg"
INDEX_PAGE = "/lab/tree/notebooks/00_index.ipynb"
# only the tests need these; a learner on Binder does not
TEST_ONLY = {"pytest", "nbval", "hypothesis", "playwright", "ruff"}
# the notebook run in the Binder environment: the first of these that is committed
NOTEBOOKS = ["04_backprop_by_hand.ipynb", "01_gradient_descent.ipynb"]
IGNORE = shutil.ignore_patterns(".git", ".venv", "_build", "build", "*.egg-info", "__pycache__",
                                ".ipynb_checkpoints", ".hypothesis", ".pytest_cache",
                                ".benchmarks", ".ruff_cache")


def _requirements(path: Path) -> dict[str, str]:
    """``{name: specifier}`` of a requirements file; ``-e .[x]`` is kept as ``{"-e": ".[x]"}``."""
    reqs = {}
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("-e"):
            reqs["-e"] = line[2:].strip()
            continue
        name, spec = re.match(r"([A-Za-z0-9_.\-]+)\s*(.*)", line).groups()
        reqs[re.sub(r"[-_.]+", "-", name).lower()] = spec.replace(" ", "")
    return reqs


def test_binder_installs_bpkit_and_the_locked_learner_packages(tool):
    binder = _requirements(BINDER / "requirements.txt")
    assert binder.pop("-e") == ".[notebooks]", "binder/requirements.txt must install bpkit itself"
    locked = tool("lock").read_lock()
    learner = {name: f"=={version}" for name, (version, group) in locked.items()
               if group in {"core", "notebooks"}}
    assert binder == learner
    assert {"numpy", "scipy", "sympy", "jupyterlab", "jupyterlab-rise"} <= binder.keys()
    assert not TEST_ONLY & binder.keys()


def test_runtime_names_a_python_that_bpkit_supports_and_the_lock_was_made_with(tool):
    runtime = (BINDER / "runtime.txt").read_text().strip()
    match = re.fullmatch(r"python-3\.(\d+)", runtime)
    assert match, f"runtime.txt should read like python-3.11, not {runtime!r}"
    requires = re.search(r'requires-python\s*=\s*">=3\.(\d+)"',
                         (ROOT / "pyproject.toml").read_text())
    assert int(match.group(1)) >= int(requires.group(1))
    assert tool("lock").lock_python() == f"3.{match.group(1)}"


def test_postbuild_is_an_executable_script():
    post = BINDER / "postBuild"
    assert post.read_text().startswith("#!/usr/bin/env bash")
    assert os.access(post, os.X_OK), "repo2docker runs postBuild only if it is executable"


def test_readme_and_index_carry_the_binder_link():
    readme = (ROOT / "README.md").read_text()
    assert "## Run it on Binder" in readme
    assert BINDER_URL in readme and BADGE in readme
    index = json.loads((ROOT / "notebooks" / "00_index.ipynb").read_text())
    text = "\n".join("".join(cell["source"]) for cell in index["cells"])
    assert BINDER_URL in text


def test_korean_readme_and_index_carry_the_korean_binder_link():
    readme = (ROOT / "README.ko.md").read_text()
    assert BINDER_URL_KO in readme and BADGE in readme and BINDER_URL_KO_MENUS in readme
    index = ROOT / "notebooks" / "ko" / "00_index.ipynb"
    if not index.exists():
        pytest.skip("the Korean edition is not built yet")
    text = "\n".join("".join(cell["source"]) for cell in json.loads(index.read_text())["cells"])
    assert BINDER_URL_KO in text


def test_the_korean_menus_address_sets_the_locale_and_keeps_other_settings(tmp_path):
    import importlib.util
    spec = importlib.util.spec_from_file_location("lab_language", BINDER / "lab_language.py")
    lab_language = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lab_language)
    path = lab_language.set_locale("ko_KR", tmp_path)
    assert json.loads(path.read_text()) == {"locale": "ko_KR"}
    path.write_text(json.dumps({"locale": "en", "stringsPrefix": "!"}))
    lab_language.set_locale("ko_KR", tmp_path)
    assert json.loads(path.read_text()) == {"locale": "ko_KR", "stringsPrefix": "!"}
    assert path.relative_to(tmp_path).as_posix() == (
        "@jupyterlab/translation-extension/plugin.jupyterlab-settings")
    assert lab_language.INDEX == INDEX_PAGE.lstrip("/").replace("notebooks/", "notebooks/ko/")


def _python_for(runtime: str) -> str:
    version = runtime.removeprefix("python-")
    if f"{sys.version_info.major}.{sys.version_info.minor}" == version:
        return sys.executable
    found = shutil.which(f"python{version}")
    assert found, f"binder/runtime.txt asks for Python {version}, which this machine lacks"
    return found


def _run(cmd: list[str], cwd: Path, env: dict, timeout: int) -> str:
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, f"{cmd} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


# executes a notebook with the environment's kernel, then asks the kernel where it lives
EXECUTE = """
import sys, nbformat
from nbclient import NotebookClient
path = sys.argv[1]
nb = nbformat.read(path, as_version=4)
nb.cells.append(nbformat.v4.new_code_cell(
    "import sys, bpkit; print(sys.prefix); print(bpkit.__file__)"))
NotebookClient(nb, timeout=300, kernel_name="python3",
               resources={"metadata": {"path": sys.argv[2]}}).execute()
errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
          if o.output_type == "error"]
assert not errors, errors
print(nb.cells[-1].outputs[0].text)
"""


@pytest.mark.binder
def test_fresh_environment_from_binder_runs_a_notebook(tmp_path, free_port, tool):
    committed = [name for name in NOTEBOOKS if (ROOT / "notebooks" / name).exists()]
    assert committed, f"none of {NOTEBOOKS} exists to run on Binder"
    notebook = committed[0]

    # repo2docker builds from a clone; the root requirements files must not be needed
    repo = tmp_path / "repo"
    shutil.copytree(ROOT, repo, ignore=IGNORE)
    (repo / "requirements.txt").unlink()
    (repo / "requirements.lock").unlink()
    # as after tools/build_notebooks.py: every built notebook newer than its source, which
    # must not stop JupyterLab from opening it (jupytext refuses paired notebooks then)
    an_hour_ago = time.time() - 3600
    for source in (repo / "notebooks" / "src").glob("*.py"):
        os.utime(source, (an_hour_ago, an_hour_ago))
    venv = tmp_path / "venv"
    runtime = (BINDER / "runtime.txt").read_text().strip()
    subprocess.run([_python_for(runtime), "-m", "venv", str(venv)], check=True)

    jupyter = tmp_path / "jupyter"
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"}
           and not k.startswith("JUPYTER")}
    env.update(PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}", VIRTUAL_ENV=str(venv),
               HOME=str(tmp_path / "home"), MPLBACKEND="Agg",
               JUPYTER_CONFIG_DIR=str(jupyter / "config"),
               JUPYTER_DATA_DIR=str(jupyter / "data"),
               JUPYTER_RUNTIME_DIR=str(jupyter / "runtime"),
               PIP_CACHE_DIR=os.environ.get("PIP_CACHE_DIR",
                                            str(Path.home() / ".cache" / "pip")))
    python = str(venv / "bin" / "python")
    # as repo2docker does it; --no-compile only skips writing .pyc files, to save time
    _run([python, "-m", "pip", "install", "-q", "--no-compile", "-r",
          "binder/requirements.txt"], repo, env, timeout=1500)
    _run(["bash", "binder/postBuild"], repo, env, timeout=120)

    # the versions the stored outputs were made with, no other
    installed = {re.sub(r"[-_.]+", "-", name).lower(): version for name, version in (
        line.split("==") for line in _run([python, "-m", "pip", "list", "--format=freeze"],
                                          repo, env, timeout=120).split() if "==" in line)}
    locked = {name: version for name, (version, group) in tool("lock").read_lock().items()
              if group in {"core", "notebooks"}}
    assert {name: installed.get(name) for name in locked} == locked

    # the notebook runs in this environment's kernel, with bpkit from the repo copy
    out = _run([python, "-c", EXECUTE, f"notebooks/{notebook}", str(repo / "notebooks")],
               repo, env, timeout=600).split()
    assert Path(out[-2]).resolve() == venv.resolve(), f"the kernel ran in {out[-2]}"
    assert Path(out[-1]).resolve().is_relative_to(repo.resolve()), out[-1]

    # RISE is there for the lecturer, and JupyterLab opens at the series' index
    labext = subprocess.run([str(venv / "bin" / "jupyter"), "labextension", "list"], cwd=repo,
                            env=env, capture_output=True, text=True, timeout=120)
    assert re.search(r"jupyterlab-rise .*enabled.*OK", labext.stdout + labext.stderr)
    port = free_port()
    lab = subprocess.Popen([str(venv / "bin" / "jupyter"), "lab", "--no-browser",
                            "--ip=127.0.0.1", f"--port={port}", "--ServerApp.token=",
                            "--ServerApp.password=", "--allow-root"], cwd=repo, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        location = _redirect_of_root(port, lab)
        # JupyterLab's own menus can be Korean: the server lists the Korean language pack, and
        # ?urlpath=bpkit/ko sets the user's locale, then opens the Korean index
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/lab/api/translations/",
                                    timeout=60) as r:
            assert "ko_KR" in json.load(r)["data"]
        korean = _redirect_of(port, "/bpkit/ko")
        setting = (jupyter / "config" / "lab" / "user-settings" / "@jupyterlab"
                   / "translation-extension" / "plugin.jupyterlab-settings")
        assert json.loads(setting.read_text())["locale"] == "ko_KR"
        # JupyterLab opens the notebooks, as a browser would ask
        ko_index = ["ko/00_index.ipynb"] if (repo / "notebooks/ko/00_index.ipynb").exists() else []
        for name in ["00_index.ipynb", notebook, *ko_index]:
            with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/api/contents/notebooks/{name}", timeout=60) as r:
                assert json.load(r)["type"] == "notebook"
    finally:
        lab.terminate()
        lab.wait(timeout=30)
    assert urllib.parse.urlsplit(location).path.endswith(INDEX_PAGE), location
    assert urllib.parse.urlsplit(korean).path.endswith(
        INDEX_PAGE.replace("notebooks/", "notebooks/ko/")), korean


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _redirect_of(port: int, path: str) -> str:
    """Where ``http://127.0.0.1:port{path}`` sends a browser (the server is up)."""
    try:
        urllib.request.build_opener(_NoRedirect).open(f"http://127.0.0.1:{port}{path}",
                                                      timeout=30)
    except urllib.error.HTTPError as redirect:
        assert redirect.code in (301, 302, 303, 307), f"{path}: {redirect.code}"
        return redirect.headers["Location"]
    raise AssertionError(f"{path} did not redirect")


def _redirect_of_root(port: int, lab: subprocess.Popen) -> str:
    """Where ``http://127.0.0.1:port/`` sends a browser, once the server is up."""
    opener = urllib.request.build_opener(_NoRedirect)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert lab.poll() is None, "jupyter lab exited"
        try:
            opener.open(f"http://127.0.0.1:{port}/", timeout=5)
        except urllib.error.HTTPError as redirect:
            return redirect.headers["Location"]
        except OSError:
            time.sleep(0.5)
    raise AssertionError("jupyter lab did not answer within 60 s")

"""The explorer in a real browser: JupyterLab on 127.0.0.1, Debian's headless chromium driven by
Playwright. Run All, move a weight slider, and the δ values the page shows must become the ones
bpkit computes. The Korean edition (notebooks/ko/08_explorer.ipynb) shows the explorer in Korean:
its tabs, buttons, panels and step-through, screenshot in three states (needs a Hangul font for
the browser: Debian's ``fonts-nanum``; the diagram itself carries bpkit's NanumGothic).

Needs /usr/bin/chromium (``scripts/test.sh`` installs Debian's ``chromium``) and the pip
package ``playwright`` — never ``playwright install``. The server gets temporary Jupyter
config, data and runtime dirs, a free port and a temporary copy of the notebook, and is
always shut down (with its kernel) by the fixture. Screenshot: ``tmp_path/explorer.png``,
also copied to ``/tmp/bpkit_explorer.png`` (override with BPKIT_SCREENSHOT); the Korean ones to
``/tmp/bpkit_explorer_ko_{diagram,step,train}.png`` beside it.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import numpy as np
import pytest

from bpkit.lessons.examples import deck002

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "08_explorer.ipynb"
NOTEBOOK_KO = ROOT / "notebooks" / "ko" / "08_explorer.ipynb"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOT_COPY = Path(os.environ.get("BPKIT_SCREENSHOT", "/tmp/bpkit_explorer.png"))

pytestmark = pytest.mark.browser


def _request(url: str, method: str = "GET", timeout: float = 5.0):
    req = urllib.request.Request(url, method=method, data=b"" if method != "GET" else None)
    with urllib.request.urlopen(req, timeout=timeout) as r:
        body = r.read()
    return json.loads(body) if body else None


@pytest.fixture
def lab_server(request, tmp_path, free_port):
    """JupyterLab serving a temp copy of notebook 08 (``request.param``: another edition of it);
    yields its base URL; always stopped."""
    notebook = getattr(request, "param", NOTEBOOK)
    root = tmp_path / "root"
    root.mkdir()
    shutil.copy(notebook, root / NOTEBOOK.name)
    marker = f"bpkit-{os.getpid()}-{time.time_ns()}.txt"   # proves that the server is ours
    (root / marker).write_text("bpkit browser test")
    env = dict(os.environ)
    for name in ("config", "data", "runtime"):
        (tmp_path / name).mkdir()
        env[f"JUPYTER_{name.upper()}_DIR"] = str(tmp_path / name)
    # no "news" pop-up over the notebook
    notif = tmp_path / "config" / "lab" / "user-settings" / "@jupyterlab" / "apputils-extension"
    notif.mkdir(parents=True)
    (notif / "notification.jupyterlab-settings").write_text(json.dumps({"fetchNews": "false"}))
    env["JUPYTERLAB_SETTINGS_DIR"] = str(tmp_path / "config" / "lab" / "user-settings")
    env["JUPYTERLAB_WORKSPACES_DIR"] = str(tmp_path / "config" / "lab" / "workspaces")
    env["MPLBACKEND"] = "Agg"
    log_path = tmp_path / "jupyter.log"
    log = open(log_path, "w")
    proc, url, ours = None, None, None
    try:
        # a free port can be taken by someone else before the server binds it: then the
        # server exits (port_retries=0) or a stranger answers; try another port
        for _attempt in range(3):
            port = free_port()
            proc = subprocess.Popen(
                [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ip", "127.0.0.1",
                 "--port", str(port), "--ServerApp.token=", "--ServerApp.password=",
                 "--ServerApp.disable_check_xsrf=True", "--ServerApp.port_retries=0",
                 f"--ServerApp.root_dir={root}", "--allow-root"],
                env=env, cwd=root, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
            url = f"http://127.0.0.1:{port}"
            if _wait_until_up(proc, url, marker, timeout=90):
                break
            _stop(proc, None)
        else:
            raise RuntimeError(f"jupyter lab did not start: {log_path.read_text()[-2000:]}")
        ours = url
        yield url
    finally:
        if proc is not None:
            _stop(proc, ours)
        log.close()


def _wait_until_up(proc, url: str, marker: str, timeout: float) -> bool:
    """True once OUR server answers (it lists the marker file of our root dir); False if it
    exited or never answered."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            model = _request(f"{url}/api/contents/{marker}?content=0", timeout=2)
            if isinstance(model, dict) and model.get("name") == marker and proc.poll() is None:
                return True
        except Exception:          # not up yet, or not an HTTP server on that port
            pass
        time.sleep(0.5)
    return False


def _stop(proc, url: str | None) -> None:
    """Shut down the kernels and the server through its API (only when ``url`` is known to be
    ours), then make sure the process is gone."""
    if url is not None and proc.poll() is None:
        try:
            for k in _request(f"{url}/api/kernels") or []:
                _request(f"{url}/api/kernels/{k['id']}", method="DELETE", timeout=10)
            _request(f"{url}/api/shutdown", method="POST", timeout=10)
        except Exception:
            pass
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def _expected_deltas(w11: float) -> dict:
    """δ of every unit by bpkit, for deck 002's net with w'_11 = w11 (what the page must show)."""
    net, x, target, _ = deck002()
    net.weights[1][0, 0] = w11
    deltas = net.deltas(x, target)
    out = {f"O{k + 1}": float(v) for k, v in enumerate(deltas[1][0])}
    out.update({f"H{j + 1}": float(v) for j, v in enumerate(deltas[0][0])})
    return out


def _shown_deltas(widget) -> dict:
    cells = widget.locator("td.bp-delta")
    return {cells.nth(k).get_attribute("id").removeprefix("bp-delta-"):
            float(cells.nth(k).get_attribute("data-value")) for k in range(cells.count())}


def test_explorer_in_jupyterlab(lab_server, tmp_path):
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "needs Debian's chromium at /usr/bin/chromium (scripts/test.sh)"
    shot = tmp_path / "explorer.png"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1500, "height": 1100})
        try:
            page.set_default_timeout(60_000)
            _run_all(page, lab_server)
            # the last explorer of the notebook (section 7) is not touched by any code cell
            widget = page.locator(".jp-OutputArea-output").filter(
                has=page.locator(".bp-deltas")).last
            widget.scroll_into_view_if_needed()
            before = _shown_deltas(widget)
            want0 = _expected_deltas(0.40)
            assert before.keys() == want0.keys()
            assert all(np.isclose(before[k], want0[k], rtol=1e-12) for k in want0)
            # type a new value into the weight slider's readout (w'_11 is selected)
            readout = widget.locator(".widget-slider .widget-readout").first
            readout.click()
            page.keyboard.press("Control+A")
            page.keyboard.type("2.5")
            page.keyboard.press("Enter")
            want = _expected_deltas(2.5)
            # the HTML widget replaces its elements on every change: poll by selector
            deadline = time.monotonic() + 30
            while widget.locator("#bp-delta-O1").get_attribute("data-value") == repr(before["O1"]):
                assert time.monotonic() < deadline, "the δ panel did not change within 30 s"
                page.wait_for_timeout(200)
            assert float(readout.inner_text()) == 2.5
            shown = _shown_deltas(widget)
            assert shown.keys() == want.keys()
            for k in want:
                assert shown[k] == pytest.approx(want[k], rel=1e-12), k
            assert shown["O1"] != before["O1"]
            # the visible text, as a learner reads it, matches too
            text = widget.locator("#bp-delta-O1").inner_text()
            assert float(text) == pytest.approx(want["O1"], abs=5e-5)     # shown to 4 decimals
            _shoot(widget, shot)
        except Exception:
            # what the page looked like when it failed, for whoever reads the error
            page.screenshot(path=str(SCREENSHOT_COPY.with_name("bpkit_explorer_failure.png")),
                            full_page=True)
            raise
        finally:
            browser.close()
    assert shot.stat().st_size > 10_000
    try:
        shutil.copy(shot, SCREENSHOT_COPY)
    except OSError:
        pass


def _run_all(page, url: str) -> None:
    """Open notebook 08 in JupyterLab, Run All, and wait until every explorer is drawn."""
    page.goto(f"{url}/lab/tree/{NOTEBOOK.name}?reset")
    page.locator("#jp-main-statusbar").get_by_text("Idle").wait_for(timeout=120_000)
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator("li[data-command='runmenu:run-all']").click()
    page.locator(".jp-Cell .bp-deltas").nth(5).wait_for(timeout=120_000)
    page.locator("#jp-main-statusbar").get_by_text("Idle").wait_for(timeout=120_000)


def _shoot(widget, path: Path) -> None:
    widget.scroll_into_view_if_needed()
    widget.screenshot(path=str(path))
    assert path.stat().st_size > 10_000
    try:
        shutil.copy(path, SCREENSHOT_COPY.with_name(f"bpkit_explorer_ko_{path.stem}.png"))
    except OSError:
        pass


@pytest.mark.parametrize("lab_server", [NOTEBOOK_KO], indirect=True, ids=["ko"])
def test_the_korean_explorer_in_jupyterlab(lab_server, tmp_path):
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "needs Debian's chromium at /usr/bin/chromium (scripts/test.sh)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1500, "height": 1100})
        try:
            page.set_default_timeout(60_000)
            _run_all(page, lab_server)
            # the last explorer of the notebook (section 7) is not touched by any code cell
            widget = page.locator(".jp-OutputArea-output").filter(
                has=page.locator(".bp-deltas")).last
            widget.scroll_into_view_if_needed()
            text = widget.inner_text()
            for label in ("신경망", "활성화 함수", "손실함수", "오차제곱합", "초기화",
                          "단계별 보기", "가중치 + 미세 변화", "은닉층", "미세 변화 테스트",
                          "뉴런"):
                assert label in text, label
            for english in ("weight + nudge", "step through", "hidden layer", "Nudge test"):
                assert english not in text, english
            # the same δ as bpkit computes, whatever the language
            shown = _shown_deltas(widget)
            want = _expected_deltas(0.40)
            assert all(shown[k] == pytest.approx(want[k], rel=1e-12) for k in want)
            _shoot(widget, tmp_path / "diagram.png")
            widget.locator(".lm-TabBar-tab", has_text="입력과 목표값").click()
            widget.get_by_text("목표값1").first.wait_for(timeout=30_000)
            # the step-through, in the middle of the backward pass
            widget.locator(".lm-TabBar-tab", has_text="단계별 보기").click()
            for _step in range(4):
                widget.get_by_role("button", name="다음 ▶").click()
                page.wait_for_timeout(300)
            widget.get_by_text("4/6단계 — 역전파").first.wait_for(timeout=30_000)
            assert widget.locator("#bp-delta-O1").get_attribute("data-value") != ""
            assert widget.locator("#bp-delta-H1").inner_text() == "?"    # not computed yet
            _shoot(widget, tmp_path / "step.png")
            widget.get_by_role("button", name="단계별 보기 끝내기").click()
            # training: N steps and the loss curve with Korean axes
            widget.locator(".lm-TabBar-tab", has_text="학습").click()
            hint = widget.get_by_text("첫 단계를 밟으면 손실 곡선이 나타납니다")
            hint.wait_for(timeout=30_000)
            widget.get_by_role("button", name="N단계 학습").click()
            hint.wait_for(state="detached", timeout=60_000)
            page.wait_for_timeout(500)
            _shoot(widget, tmp_path / "train.png")
        except Exception:
            page.screenshot(path=str(SCREENSHOT_COPY.with_name("bpkit_explorer_ko_failure.png")),
                            full_page=True)
            raise
        finally:
            browser.close()

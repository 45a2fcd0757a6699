"""The phone app in a real browser: Debian's headless chromium through Playwright, emulating a
Pixel 7 (phone viewport, touch, Android user agent), the ``phone/`` folder served as it is in
the repository from a local http server on 127.0.0.1.

A finger stroke gives a prediction; ``window.classify`` (the hand-written JS forward pass)
equals bpkit on the whole digits test split, and so does ``window.classifyOnnx`` (onnxruntime-web);
``toDigitPixels`` equals ``bpkit.export.to_digit_pixels``; bad input gets a message in the page;
offline, after a reload, the service worker still serves a working app.

Needs /usr/bin/chromium and the pip package ``playwright`` (never ``playwright install``).
Screenshots: ``/tmp/bpkit_phone.png`` and ``/tmp/bpkit_phone_offline.png``.
"""
from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

import bpkit as bp
from bpkit.export import from_json, to_digit_pixels

ROOT = Path(__file__).resolve().parents[1]
PHONE = ROOT / "phone"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOT, SHOT_OFFLINE = Path("/tmp/bpkit_phone.png"), Path("/tmp/bpkit_phone_offline.png")

pytestmark = pytest.mark.browser          # a real browser: the slow tier (scripts/test.sh)
sync_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} not found (apt-get install -y chromium)", allow_module_level=True)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    """What ``python -m http.server`` serves (the same MIME types), without its log lines."""

    def log_message(self, *args):  # keep pytest's output clean
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A browser that closes while the 14 MB wasm downloads is not an error here."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture(scope="module")
def server():
    """``phone/`` on http://127.0.0.1:<free port>/ (a secure context for service workers)."""
    handler = functools.partial(_Quiet, directory=str(PHONE))
    httpd = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium and Playwright's device descriptors; closed afterwards."""
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser, p.devices["Pixel 7"]
        finally:
            browser.close()


@pytest.fixture(scope="module")
def phone(server, browser):
    """A Pixel 7 browser context and a page that has loaded the app; closed afterwards."""
    browser, pixel = browser
    context = browser.new_context(**pixel, locale="ko-KR")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server)
    page.evaluate("window.appReady")
    try:
        yield context, page, errors
    finally:
        context.close()


def stroke(page, points):
    """Draw one finger stroke through ``points`` (fractions of the pad) with real touch events."""
    box = page.locator("#pad").bounding_box()
    xy = [{"x": box["x"] + fx * box["width"], "y": box["y"] + fy * box["height"]}
          for fx, fy in points]
    cdp = page.context.new_cdp_session(page)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [xy[0]]})
    for a, b in zip(xy, xy[1:]):  # small steps, as a finger moves
        for t in np.linspace(0, 1, 6)[1:]:
            pt = {"x": a["x"] + t * (b["x"] - a["x"]), "y": a["y"] + t * (b["y"] - a["y"])}
            cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [pt]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    cdp.detach()


SEVEN = [(0.25, 0.2), (0.75, 0.2), (0.45, 0.85)]
AGREES = "document.getElementById('agree').textContent.includes('일치')"  # JS = onnxruntime-web


def test_a_stroke_gives_a_prediction(phone):
    context, page, errors = phone
    assert page.evaluate("navigator.maxTouchPoints") > 0
    assert "Android" in page.evaluate("navigator.userAgent")
    stroke(page, SEVEN)
    page.wait_for_function("/^[0-9]$/.test(document.getElementById('prediction').textContent)")
    page.wait_for_function(AGREES, timeout=20000)
    widths = page.evaluate("[...document.querySelectorAll('.bar')]"
                           ".map(b => parseFloat(b.style.width))")
    assert len(widths) == 10 and abs(sum(widths) - 100) < 1
    assert page.locator("#prediction").text_content() == "7"
    page.screenshot(path=str(SHOT))
    assert not errors


def test_the_manifest_makes_it_installable(phone):
    context, page, errors = phone
    page.evaluate("navigator.serviceWorker.ready")
    cdp = context.new_cdp_session(page)
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["errors"] == [] and manifest["manifest"]["display"] == "kStandalone"
    assert {icon["sizes"] for icon in manifest["manifest"]["icons"]} == {"192x192", "512x512"}
    # Playwright's contexts are incognito, which alone keeps Chrome from offering the install
    problems = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
    assert [p["errorId"] for p in problems] in ([], ["in-incognito"])
    cdp.detach()


def test_classify_equals_bpkit_on_the_test_split(phone):
    context, page, errors = phone
    net, scale = from_json(PHONE / "model.json")
    _, X_test, _, y_test = bp.load_digits_split()
    pixels = X_test * 16                                    # the intensities 0–16 the phone gets
    assert scale == 1 / 16 and np.array_equal(pixels, np.round(pixels))
    js = np.array(page.evaluate("xs => xs.map(x => window.classify(x))", pixels.tolist()))
    assert js.shape == (360, 10)
    assert np.abs(js - net.predict(X_test)).max() < 1e-6
    assert np.array_equal(js.argmax(axis=1), net.predict(X_test).argmax(axis=1))
    onnx_web = np.array(page.evaluate(
        "async xs => { const out = []; "
        "for (const x of xs) out.push(await window.classifyOnnx(x)); return out; }",
        pixels.tolist()))                                   # about 2 s for the 360
    assert np.abs(onnx_web - js).max() < 1e-6             # float32 inside onnxruntime-web
    assert np.array_equal(onnx_web.argmax(axis=1), js.argmax(axis=1))


def test_preprocessing_mirrors_bpkit(phone):
    context, page, errors = phone
    rng = np.random.default_rng(12)
    for shape in [(40, 40), (90, 60), (33, 71)]:
        ink = np.zeros(shape)
        for _ in range(3):  # three random blobs of ink, greys included
            r0, r1 = np.sort(rng.integers(0, shape[0], 2))
            c0, c1 = np.sort(rng.integers(0, shape[1], 2))
            ink[r0:r1 + 4, c0:c1 + 4] = rng.random(ink[r0:r1 + 4, c0:c1 + 4].shape)
        want = to_digit_pixels(ink)
        got = page.evaluate("([ink, w, h]) => window.toDigitPixels(ink, w, h)",
                            [ink.ravel().tolist(), shape[1], shape[0]])
        assert np.array_equal(got, want), shape


def test_bad_drawings_get_a_message(phone):
    context, page, errors = phone
    page.click("#clear")
    stroke(page, [(0.5, 0.5), (0.5, 0.5)])                  # a tap: a dot, not a digit
    page.wait_for_function("document.getElementById('status').classList.contains('error')")
    assert "너무 작습니다" in page.locator("#status").text_content()
    assert page.locator("#prediction").text_content() == "–"
    page.click("#lang")                                     # every string in English now
    assert "Too small" in page.locator("#status").text_content()
    text = page.evaluate("document.body.innerText + document.title + "
                         "document.getElementById('pad').ariaLabel")
    assert [c for c in text if "가" <= c <= "힣"] == list("한국어")  # only the button back
    page.click("#lang")
    assert page.evaluate("document.documentElement.lang") == "ko"
    with pytest.raises(sync_api.Error, match="empty"):
        page.evaluate("window.toDigitPixels(new Array(100).fill(0), 10, 10)")
    with pytest.raises(sync_api.Error, match="classify needs 64 numbers"):
        page.evaluate("window.classify([1, 2, 3])")
    with pytest.raises(sync_api.Error, match="classify needs finite numbers"):
        page.evaluate("window.classify(new Array(64).fill(NaN))")
    assert not errors


def test_offline_after_a_reload(phone):
    context, page, errors = phone
    page.evaluate("navigator.serviceWorker.ready")
    page.wait_for_function("navigator.serviceWorker.controller !== null")
    context.set_offline(True)
    try:
        page.reload()
        page.evaluate("window.appReady")
        stroke(page, SEVEN)
        page.wait_for_function("/^[0-9]$/.test(document.getElementById('prediction').textContent)")
        page.wait_for_function(AGREES, timeout=20000)
        assert page.locator("#prediction").text_content() == "7"
        assert page.evaluate("fetch('https://example.org/')"
                             ".then(() => 'online', () => 'offline')") == "offline"
        page.screenshot(path=str(SHOT_OFFLINE))
    finally:
        context.set_offline(False)
    assert not errors


@pytest.mark.parametrize("body, status, message", [
    ("", 404, "모델 파일을 찾을 수 없습니다: model.json (HTTP 404)"),
    ('{"format": "bpkit-mlp", "version": 1, "lay', 200, "모델 파일이 손상되었습니다: model.json"),
    ('{"format": "keras"}', 200, '모델 파일이 손상되었습니다: format is not "bpkit-mlp"'),
])
def test_a_missing_or_corrupt_model_gets_a_message(server, browser, body, status, message):
    browser, pixel = browser
    # no service worker here, so that the route (not a stored copy) answers
    context = browser.new_context(**pixel, service_workers="block")
    try:
        page = context.new_page()
        page.route("**/model.json", lambda route: route.fulfill(status=status, body=body))
        page.route("**/model.onnx", lambda route: route.fulfill(status=404, body=""))
        page.goto(server)
        page.wait_for_function("document.getElementById('status').classList.contains('error')")
        assert message in page.locator("#status").text_content()
        assert page.locator("#pad").is_visible()           # the page is there, not blank
    finally:
        context.close()


def test_without_onnxruntime_web_the_hand_written_pass_still_works(server, browser):
    browser, pixel = browser
    context = browser.new_context(**pixel, service_workers="block")
    try:
        page = context.new_page()
        page.route("**/model.onnx", lambda route: route.fulfill(status=404, body=""))
        page.goto(server)
        page.evaluate("window.appReady")
        stroke(page, SEVEN)
        page.wait_for_function("document.getElementById('agree').textContent.includes('없습니다')")
        assert page.locator("#prediction").text_content() == "7"
        assert "onnxruntime-web으로 실행할 수 없습니다: model.onnx (HTTP 404)" in \
            page.locator("#agree").text_content()
    finally:
        context.close()

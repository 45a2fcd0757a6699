"""The static copy: ``tools/build_html.py`` renders every executed notebook to HTML."""
from __future__ import annotations

import html
import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
MATHJAX_URL = "local/MathJax.js?config=TeX-AMS_CHTML-full,Safe"


def _heading(path: Path) -> str:
    """The notebook's first Markdown heading, read here independently of the tool."""
    nb = nbformat.read(path, as_version=4)
    first = next(c for c in nb.cells if c.cell_type == "markdown")
    return next(line for line in first.source.splitlines() if line.startswith("# "))[2:].strip()


def _text(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page))


@pytest.fixture(scope="module")
def site(tmp_path_factory, tool):
    out = tmp_path_factory.mktemp("html")
    written = tool("build_html").build(out, mathjax_url=MATHJAX_URL, verbose=False)
    return out, written


def test_there_are_notebooks_to_render():
    assert NOTEBOOKS


@pytest.mark.slow  # renders with nbconvert: seconds
def test_index_links_every_notebook_in_order(site, tool):
    out, written = site
    index = (out / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<li><a href="([^"]+)">([^<]+)</a>', index)  # pages; decks have a class
    assert [href for href, _ in links] == [p.stem + ".html" for p in NOTEBOOKS]
    assert [html.unescape(t) for _, t in links] == [_heading(p) for p in NOTEBOOKS]
    assert written[0] == out / "index.html" and len(written) == len(NOTEBOOKS) + 1
    assert "slides.html" not in index, "decks are written only with slides=True"
    assert f'<a href="{html.escape(tool("build_html").BINDER_URL)}">on Binder</a>' in index
    from test_binder import BINDER_URL
    assert tool("build_html").BINDER_URL == BINDER_URL


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_each_page_shows_its_notebook(site, path):
    out, _ = site
    page = (out / (path.stem + ".html")).read_text(encoding="utf-8")
    title = _heading(path)
    assert f"<title>{title}</title>" in page or f"<title>{html.escape(title)}</title>" in page
    assert title in _text(page)
    assert '<a href="index.html">' in page, "no way back to the index"
    # figures are inside the page (only a web badge may come from elsewhere); links to other
    # notebooks lead to their pages
    sources = re.findall(r'<img[^>]*\ssrc="([^"]*)"', page)
    assert all(src.startswith(("data:", "https://")) for src in sources), sources
    figures = sum("image/png" in o.get("data", {}) for c in nbformat.read(path, as_version=4).cells
                  for o in c.get("outputs", []))
    assert sum(src.startswith("data:image/png") for src in sources) == figures
    assert not re.search(r'href="(\./)?\d\d_[\w\-]+\.ipynb', page)
    assert MATHJAX_URL.replace("&", "&amp;") in page or MATHJAX_URL in page
    # every stored output reached the page: the last printed line of each stream
    nb = nbformat.read(path, as_version=4)
    text = _text(page)
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.text.strip():
                assert output.text.strip().splitlines()[-1].strip() in text


@pytest.mark.slow  # renders with nbconvert: seconds
def test_links_between_notebooks_are_rewritten(tmp_path, tool):
    tool = tool("build_html")
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(
        "# 99 · A test page\n\nSee [the δ rule](05_delta_rule.ipynb#top) and "
        "[the index](./00_index.ipynb), not [the README](../README.md).")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, tmp_path / "99_test.ipynb")
    out = tmp_path / "html"
    tool.build(out, notebooks=tmp_path, verbose=False)
    page = (out / "99_test.html").read_text(encoding="utf-8")
    assert 'href="05_delta_rule.html#top"' in page
    assert 'href="00_index.html"' in page
    assert 'href="../README.md"' in page
    assert "<title>99 · A test page</title>" in page


@pytest.mark.slow  # renders with nbconvert: seconds
def test_slides_are_one_deck_per_notebook_with_its_slides(tmp_path, tool):
    from test_slides import slides  # the same notion of a slide as the RISE test
    path = NOTEBOOKS[-1]
    (tmp_path / "nb").mkdir()
    (tmp_path / "nb" / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "html"
    written = tool("build_html").build(out, notebooks=tmp_path / "nb", slides=True, verbose=False)
    deck_path = out / (path.stem + ".slides.html")
    assert written == [out / "index.html", out / (path.stem + ".html"), deck_path]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f'<a class="deck" href="{deck_path.name}">slides</a>' in index
    deck = deck_path.read_text(encoding="utf-8")
    assert 'class="reveal"' in deck and "Reveal.initialize" in deck
    nb = nbformat.read(path, as_version=4)
    # reveal.js: one <section> per slide, plus one around each slide's sub-slides
    assert deck.count("<section") >= len(slides(nb))
    assert _heading(path) in _text(deck)
    assert all(src.startswith("data:") for src in re.findall(r'<img[^>]*\ssrc="([^"]*)"', deck))


def test_offline_points_pages_and_decks_at_the_local_copies(tmp_path, monkeypatch, tool):
    tool = tool("build_html")
    fetched = []
    monkeypatch.setattr(tool, "vendor", lambda out, name: fetched.append(name))  # no npm here
    page, deck = tool.exporters(tmp_path, slides=True, offline=True, mathjax_url=None)
    assert sorted(fetched) == sorted(tool.VENDOR)
    for exporter in (page, deck):
        assert exporter.mathjax_url.startswith("vendor/mathjax/MathJax.js?config=")
    for exporter in (page, deck):
        assert exporter.require_js_url == "vendor/requirejs/require.js"
        assert exporter.widget_renderer_url == "@jupyter-widgets/embed-amd.js"
    assert (deck.reveal_url_prefix, deck.jquery_url) == ("vendor/reveal.js",
                                                         "vendor/jquery/dist/jquery.min.js")
    # every local URL is a file that vendor() extracts from its package
    for url, name in [(page.require_js_url, "requirejs"), (deck.jquery_url, "jquery"),
                      ("vendor/reveal.js/dist/reveal.js", "reveal.js"),
                      ("vendor/mathjax/MathJax.js", "mathjax")]:
        inside = url.split("/", 2)[2]
        assert inside.startswith(tool.VENDOR[name][1]), (url, name)
    assert "dist/embed-amd.js".startswith(tool.VENDOR["html-manager"][1])
    online_page, online_deck = tool.exporters(tmp_path, slides=False, offline=False,
                                              mathjax_url=None)
    assert online_deck is None and online_page.mathjax_url.startswith("https://")

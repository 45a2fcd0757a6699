"""The static copy: ``tools/build_html.py`` renders every executed notebook of both editions to
HTML (English in the output folder, Korean in its ``ko/``), with an index and a language switch."""
from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
KO_NOTEBOOKS = sorted((ROOT / "notebooks" / "ko").glob("[0-9][0-9]_*.ipynb"))
# every page of the site: (notebook, its page relative to the output folder)
PAGES = ([(p, p.stem + ".html") for p in NOTEBOOKS]
         + [(p, f"ko/{p.stem}.html") for p in KO_NOTEBOOKS])
EDITIONS = {"en": ("", NOTEBOOKS), "ko": ("ko/", KO_NOTEBOOKS)}
MATHJAX_URL = "local/MathJax.js?config=TeX-AMS_CHTML-full,Safe"


def _heading(path: Path) -> str:
    """The notebook's first Markdown heading, read here independently of the tool."""
    nb = nbformat.read(path, as_version=4)
    first = next(c for c in nb.cells if c.cell_type == "markdown")
    return next(line for line in first.source.splitlines() if line.startswith("# "))[2:].strip()


def _text(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def _local_links(page: str) -> list[str]:
    """Every href and src of a page that points into the site (not a URL, not an anchor)."""
    links = re.findall(r'\s(?:href|src)="([^"]*)"', page)
    return [html.unescape(link) for link in links
            if link and not link.startswith(("#", "data:", "javascript:"))
            and not urlsplit(link).scheme]


def _broken(out: Path, page: Path) -> list[str]:
    text = page.read_text(encoding="utf-8")
    return [link for link in _local_links(text)
            if not (page.parent / unquote(urlsplit(link).path)).is_file()]


def _switch(page: str) -> str | None:
    found = re.findall(r'<a class="lang-switch" href="([^"]+)"', page)
    assert len(found) <= 1, found
    return html.unescape(found[0]) if found else None


@pytest.fixture(scope="module")
def site(tmp_path_factory, tool):
    out = tmp_path_factory.mktemp("html")
    written = tool("build_html").build(out, mathjax_url=MATHJAX_URL, verbose=False)
    return out, written


def test_there_are_notebooks_to_render():
    assert NOTEBOOKS


def test_every_notebook_has_its_korean_edition():
    """The static copy (and the switch on every page) has both editions of every notebook."""
    assert [p.name for p in KO_NOTEBOOKS] == [p.name for p in NOTEBOOKS]


@pytest.mark.slow  # renders with nbconvert: seconds
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_index_links_every_notebook_in_order(site, tool, lang):
    folder, notebooks = EDITIONS[lang]
    if not notebooks:
        pytest.skip(f"no {lang} notebooks yet")
    out, written = site
    index = (out / folder / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<li><a href="([^"]+)">([^<]+)</a>', index)  # pages; decks have a class
    assert [href for href, _ in links] == [p.stem + ".html" for p in notebooks]
    assert [html.unescape(t) for _, t in links] == [_heading(p) for p in notebooks]
    assert f'<html lang="{lang}">' in index
    assert "slides.html" not in index, "decks are written only with slides=True"
    build_html = tool("build_html")
    binder = build_html.BINDER_URLS[lang]
    assert f'<a href="{html.escape(binder)}">' in index
    from test_binder import BINDER_URL, BINDER_URL_KO
    assert build_html.BINDER_URLS == {"en": BINDER_URL, "ko": BINDER_URL_KO}
    # the files written: each edition's index, then its pages, English first
    pages = [out / folder / "index.html"] + [out / folder / (p.stem + ".html") for p in notebooks]
    start = 0 if lang == "en" else len(NOTEBOOKS) + 1
    assert written[start:start + len(pages)] == pages
    assert len(written) == len(NOTEBOOKS) + len(KO_NOTEBOOKS) + 1 + bool(KO_NOTEBOOKS)
    # each index leads to the other
    if KO_NOTEBOOKS:
        assert _switch(index) == {"en": "ko/index.html", "ko": "../index.html"}[lang]


@pytest.mark.slow
@pytest.mark.parametrize("path,name", PAGES, ids=[name[:-5] for _, name in PAGES])
def test_each_page_shows_its_notebook(site, path, name):
    out, _ = site
    page = (out / name).read_text(encoding="utf-8")
    title = _heading(path)
    assert f"<title>{title}</title>" in page or f"<title>{html.escape(title)}</title>" in page
    assert title in _text(page)
    assert f'<html lang="{"ko" if name.startswith("ko/") else "en"}">' in page
    assert '<a href="index.html">' in page, "no way back to the index"
    # the switch leads to the same notebook in the other edition, when it has it
    other = (Path("..") if name.startswith("ko/") else Path("ko")) / (path.stem + ".html")
    twin = (out / name).parent / other
    if KO_NOTEBOOKS:
        index = (other.parent / "index.html").as_posix()
        assert _switch(page) == (other.as_posix() if twin.exists() else index)
    # figures are inside the page (only a web badge may come from elsewhere); links to other
    # notebooks lead to their pages
    sources = re.findall(r'<img[^>]*\ssrc="([^"]*)"', page)
    assert all(src.startswith(("data:", "https://")) for src in sources), sources
    figures = sum("image/png" in o.get("data", {}) for c in nbformat.read(path, as_version=4).cells
                  for o in c.get("outputs", []))
    assert sum(src.startswith("data:image/png") for src in sources) == figures
    assert not re.search(r'href="(?![a-z]+:)[^"]*\d\d_[\w\-]+\.ipynb', page)
    mathjax = ("../" if name.startswith("ko/") else "") + MATHJAX_URL
    assert mathjax.replace("&", "&amp;") in page or mathjax in page
    # every stored output reached the page: the last printed line of each stream
    nb = nbformat.read(path, as_version=4)
    text = _text(page)
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.text.strip():
                assert output.text.strip().splitlines()[-1].strip() in text


@pytest.mark.slow
def test_every_link_in_the_site_resolves(site):
    """Switches, indexes, links between notebooks (also across editions): no page is missing."""
    out, written = site
    broken = {str(page.relative_to(out)): [link for link in _broken(out, page)
                                           if MATHJAX_URL not in link]  # a stand-in, see site
              for page in written}
    assert not {page: links for page, links in broken.items() if links}


# --- the tool itself, on small notebooks made here ---------------------------------------

def _notebook(folder: Path, name: str, source: str) -> Path:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(source)])
    nb.cells[0].metadata["slideshow"] = {"slide_type": "slide"}
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, folder / name)
    return folder / name


@pytest.fixture
def two_editions(tmp_path):
    """English 00 and 01, Korean 00 only (as while the translation is under way)."""
    nb = tmp_path / "nb"
    _notebook(nb, "00_index.ipynb",
              "# 00 · The index\n\nSee [the δ rule](05_delta_rule.ipynb#top), "
              "[the index](./00_index.ipynb), [한국어](ko/00_index.ipynb) and "
              "[the README](../README.md#for-lecturers).")
    _notebook(nb, "01_gradient_descent.ipynb", "# 01 · Gradient descent")
    _notebook(nb / "ko", "00_index.ipynb",
              "# 00 · 색인\n\n[경사하강법](01_gradient_descent.ipynb), "
              "[English](../00_index.ipynb), [README](../../README.ko.md).")
    return nb


@pytest.mark.slow  # renders with nbconvert: seconds
def test_both_editions_link_each_other(two_editions, tmp_path, tool):
    out = tmp_path / "html"
    written = tool("build_html").build(out, notebooks=two_editions, verbose=False)
    assert [p.relative_to(out).as_posix() for p in written] == [
        "index.html", "00_index.html", "01_gradient_descent.html", "ko/index.html",
        "ko/00_index.html"]
    read = {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in written}
    # the switch: the same notebook in the other edition, else the other edition's index
    assert {name: _switch(page) for name, page in read.items()} == {
        "index.html": "ko/index.html", "00_index.html": "ko/00_index.html",
        "01_gradient_descent.html": "ko/index.html", "ko/index.html": "../index.html",
        "ko/00_index.html": "../00_index.html"}
    for name, page in read.items():
        lang = "ko" if name.startswith("ko/") else "en"
        assert f'<html lang="{lang}">' in page, name
    en, ko = read["00_index.html"], read["ko/00_index.html"]
    assert 'href="05_delta_rule.html#top"' in en and 'href="00_index.html"' in en
    assert 'href="ko/00_index.html"' in en
    readme = "https://github.com/bpkit-edu/bpkit/blob/HEAD/README"
    assert f'href="{readme}.md#for-lecturers"' in en
    assert 'href="01_gradient_descent.html"' in ko and 'href="../00_index.html"' in ko
    assert f'href="{readme}.ko.md"' in ko
    assert "<title>00 · 색인</title>" in ko and "← bpkit 노트북" in ko
    assert "ko/00_index.ipynb" in read["ko/index.html"]  # the Korean Binder link
    assert "ko/00_index.ipynb" not in read["index.html"].replace('href="ko/', "")
    # only the links to pages this small site lacks (05, the Korean 01) are broken
    assert [link for page in written for link in _broken(out, page)] == [
        "05_delta_rule.html#top", "01_gradient_descent.html"]


@pytest.mark.slow  # renders with nbconvert: seconds
def test_an_english_only_site_has_no_switch(tmp_path, tool):
    nb = tmp_path / "nb"
    _notebook(nb, "99_test.ipynb", "# 99 · A test page")
    out = tmp_path / "html"
    written = tool("build_html").build(out, notebooks=nb, verbose=False)
    assert written == [out / "index.html", out / "99_test.html"]
    assert not any(_switch(p.read_text(encoding="utf-8")) for p in written)


@pytest.mark.slow  # renders with nbconvert: seconds
def test_slides_are_one_deck_per_notebook_with_its_slides(tmp_path, tool):
    from test_slides import slides  # the same notion of a slide as the RISE test
    path = NOTEBOOKS[-1]
    (tmp_path / "nb" / "ko").mkdir(parents=True)
    (tmp_path / "nb" / path.name).write_bytes(path.read_bytes())
    ko_path = next((p for p in KO_NOTEBOOKS if p.name == path.name), path)
    (tmp_path / "nb" / "ko" / path.name).write_bytes(ko_path.read_bytes())
    out = tmp_path / "html"
    written = tool("build_html").build(out, notebooks=tmp_path / "nb", slides=True, verbose=False)
    decks = [out / (path.stem + ".slides.html"), out / "ko" / (path.stem + ".slides.html")]
    assert written == [out / "index.html", out / (path.stem + ".html"), decks[0],
                       out / "ko" / "index.html", out / "ko" / (path.stem + ".html"), decks[1]]
    for deck_path, nb_path, other, word in [(decks[0], path, "ko/", "slides"),
                                            (decks[1], ko_path, "../", "슬라이드")]:
        index = (deck_path.parent / "index.html").read_text(encoding="utf-8")
        assert f'<a class="deck" href="{deck_path.name}">{word}</a>' in index
        deck = deck_path.read_text(encoding="utf-8")
        assert 'class="reveal"' in deck and "Reveal.initialize" in deck
        assert _switch(deck) == other + deck_path.name
        nb = nbformat.read(nb_path, as_version=4)
        # reveal.js: one <section> per slide, plus one around each slide's sub-slides
        assert deck.count("<section") >= len(slides(nb))
        assert _heading(nb_path) in _text(deck)
        assert all(src.startswith("data:")
                   for src in re.findall(r'<img[^>]*\ssrc="([^"]*)"', deck))


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
        assert exporter.language_code == "en"
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


def test_offline_korean_pages_load_the_same_copies_from_the_folder_above(tmp_path, monkeypatch,
                                                                          tool):
    tool = tool("build_html")
    monkeypatch.setattr(tool, "vendor", lambda out, name: None)
    fonts = tmp_path / "@jupyter-widgets"
    fonts.mkdir()
    for name in ("a.woff2", "b.woff", "embed-amd.js"):
        (fonts / name).write_text(name)
    en, unused = tool.exporters(tmp_path, slides=False, offline=True, mathjax_url=None)
    page, deck = tool.exporters(tmp_path, slides=True, offline=True, mathjax_url=None, lang="ko")
    for exporter in (page, deck):
        assert exporter.language_code == "ko"
        assert exporter.mathjax_url == "../" + en.mathjax_url
        assert exporter.require_js_url == "../" + en.require_js_url
        assert exporter.widget_renderer_url == "../@jupyter-widgets/embed-amd.js"
    assert (deck.reveal_url_prefix, deck.jquery_url) == ("../vendor/reveal.js",
                                                         "../vendor/jquery/dist/jquery.min.js")
    # the widget renderer looks for its icon fonts beside the page: those, not the script
    assert sorted(p.name for p in (tmp_path / "ko" / "@jupyter-widgets").iterdir()) == [
        "a.woff2", "b.woff"]
    # a MathJax given as a URL or an absolute path is used as it is
    for url in ("https://example.org/MathJax.js", "/mathjax/MathJax.js"):
        page, unused = tool.exporters(tmp_path, slides=False, offline=False, mathjax_url=url,
                                      lang="ko")
        assert page.mathjax_url == url

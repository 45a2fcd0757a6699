"""Render every executed notebook to HTML, both editions, for reading the series without a kernel.

    python tools/build_html.py                 # -> _build/html/index.html, ko/index.html, pages
    python tools/build_html.py --slides        # also NN_name.slides.html, a reveal.js deck each
    python tools/build_html.py --offline       # pages (and decks) that need no network
    python tools/build_html.py --out DIR       # somewhere else

Each ``notebooks/NN_name.ipynb`` becomes ``NN_name.html`` and each Korean
``notebooks/ko/NN_name.ipynb`` becomes ``ko/NN_name.html`` (declared ``lang="ko"``), with their
stored outputs, as nbconvert's JupyterLab ("lab") template shows them: figures are embedded in
the page, links between notebooks point at the other pages (the folders mirror
``notebooks/``), links to the README lead to it on GitHub, and a bar at the top leads back to
the edition's index page, which lists every notebook by its title. The bar also holds the
language switch: the same notebook in the other edition (or, if that edition lacks it, the other
index); each index links the other. ``--slides`` adds nbconvert's reveal.js deck of each
notebook (the cells' slideshow metadata, as RISE presents them in JupyterLab), with the same
switch in a corner, for a lecturer with a browser but no Jupyter.

What needs the network when a page is read: MathJax, which typesets the formulas, and the
widget renderer (which draws the stored widget state: the explorer's network as it was left),
both loaded from a CDN by the template; the decks also load reveal.js, require.js and jQuery.
Without the network the formulas stay as readable LaTeX source and widgets show their text
fallback; everything else (prose, tables, figures, printed numbers) is in the page itself.
``--offline`` fetches MathJax 2.7.9, require.js and the widget renderer (and, with
``--slides``, reveal.js 4.0.2 and jQuery) once with ``npm pack`` (the npm registry is needed
at build time, not when reading) and copies the parts the pages load into ``OUT/vendor/``
and ``OUT/@jupyter-widgets/`` (about 14 MB, 16 MB with the decks; the Korean pages load the
same copies from ``../``, and only the widgets' icon fonts are copied again into
``OUT/ko/@jupyter-widgets/``), so the folder can go on a USB stick or a classroom server and be
read with no network, widgets included.
"""
from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter, SlidesExporter

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
OUT = ROOT / "_build" / "html"
REPOSITORY = "https://github.com/bpkit-edu/bpkit"

# the editions: language -> the folder that holds it, under notebooks/ and under OUT alike
EDITIONS = {"en": "", "ko": "ko"}
OTHER = {"en": "ko", "ko": "en"}
# a link to another notebook of the series, within an edition or across: "05_delta_rule.ipynb",
# "./05_delta_rule.ipynb#x", "ko/00_index.ipynb", "../00_index.ipynb" (the folders of OUT
# mirror notebooks/, so only the suffix changes)
NOTEBOOK_LINK = re.compile(r'href="(?:\./)?((?:\.\./|ko/)*)(\d\d_[\w\-]+)\.ipynb(#[^"]*)?"')
# a link to the README from a notebook (../README.md, ../../README.ko.md): read it on GitHub
README_LINK = re.compile(r'href="(?:\.\./)+(README(?:\.ko)?\.md)(#[^"]*)?"')
MATHJAX_CONFIG = "TeX-AMS_CHTML-full"  # nbconvert's templates configure MathJax 2 so
# npm package, and the files of it that the pages load (prefixes inside the package)
VENDOR = {
    # TeX input, CommonHTML output with the TeX web fonts
    "mathjax": ("mathjax@2.7.9", ("MathJax.js", f"config/{MATHJAX_CONFIG}.js", "config/Safe.js",
                                  "extensions/",
                                  "jax/input/TeX/", "jax/output/CommonHTML/", "jax/element/",
                                  "fonts/HTML-CSS/TeX/woff/", "localization/en/")),
    # the version nbconvert's reveal template is written for
    "reveal.js": ("reveal.js@4.0.2", ("dist/reveal.js", "dist/reveal.css", "dist/theme/",
                                      "plugin/notes/")),
    "requirejs": ("requirejs@2.3.7", ("require.js",)),
    "jquery": ("jquery@3.7.1", ("dist/jquery.min.js",)),
    # renders stored widget state (ipywidgets 8); its icon fonts sit beside it
    "html-manager": ("@jupyter-widgets/html-manager@1.0.15",
                     ("dist/embed-amd.js",) + tuple(f"dist/{c}" for c in "0123456789abcdef")),
}
BINDER_URL = ("https://mybinder.org/v2/gh/bpkit-edu/bpkit/HEAD"
              "?urlpath=lab/tree/notebooks/00_index.ipynb")
BINDER_URL_KO = BINDER_URL.replace("notebooks/00_index", "notebooks/ko/00_index")
BINDER_URLS = {"en": BINDER_URL, "ko": BINDER_URL_KO}
NAV_STYLE = ("font-family:sans-serif;font-size:14px;padding:6px 12px;"
             "background:#f3f3f3;border-bottom:1px solid #ddd")
# the switch in a deck's corner, above reveal.js's slides
CORNER_STYLE = ("position:fixed;top:6px;right:10px;z-index:100;font-family:sans-serif;"
                "font-size:13px")
# what the pages say, in each edition's language; "switch" names the other edition in its own
WORDS = {
    "en": {"back": "← bpkit notebooks", "switch": "한국어", "slides": "slides",
           "title": "bpkit — backpropagation (오차역전파), notebook by notebook",
           "intro": ("A static copy of the executed notebooks, for reading without a kernel. "
                     "The numbers, tables and figures are the ones the notebooks computed; to "
                     "change them, run the notebooks: in JupyterLab (see <a href=\"{readme}\">"
                     "the README</a>) or, with nothing to install, "
                     "<a href=\"{binder}\">on Binder</a>."),
           "other": "한국어판: 같은 노트북을 한국어로", "readme": "README.md"},
    "ko": {"back": "← bpkit 노트북", "switch": "English", "slides": "슬라이드",
           "title": "bpkit — 오차역전파(backpropagation), 노트북으로 한 걸음씩",
           "intro": ("실행해 둔 노트북을 커널 없이 읽을 수 있게 만든 정적 사본입니다. 숫자와 "
                     "표, 그림은 노트북이 계산한 그대로입니다. 값을 바꿔 보려면 노트북을 직접 "
                     "실행하세요. JupyterLab에서 실행하거나(<a href=\"{readme}\">README</a> "
                     "참고), 아무것도 설치하지 않고 <a href=\"{binder}\">Binder에서</a> "
                     "실행할 수 있습니다."),
           "other": "English edition: the same notebooks in English", "readme": "README.ko.md"},
}


def editions(notebooks: Path = NOTEBOOKS) -> dict[str, list[Path]]:
    """``{lang: the edition's notebooks in series order}``; an edition with none is left out."""
    found = {}
    for lang, folder in EDITIONS.items():
        paths = sorted((notebooks / folder).glob("[0-9][0-9]_*.ipynb"))
        if paths:
            found[lang] = paths
    return found


def href(from_lang: str, to_lang: str, name: str) -> str:
    """The link from a page of ``from_lang``'s folder to ``name`` in ``to_lang``'s folder."""
    up = "../" if EDITIONS[from_lang] else ""
    down = EDITIONS[to_lang] + "/" if EDITIONS[to_lang] else ""
    return up + down + name


def local(lang: str, url: str | None) -> str | None:
    """``url`` as a page in ``lang``'s folder must write it: relative URLs are relative to OUT."""
    if url is None or re.match(r"[a-zA-Z][\w+.\-]*:|/", url):
        return url
    return href(lang, "en", url)


def switch(lang: str, stem: str, suffix: str, others: set[str] | None) -> str | None:
    """Where the language switch of ``stem + suffix`` leads: the same notebook (page or deck) in
    the other edition if that edition has it (``others``: its notebooks' stems), else the other
    edition's index; None when there is no other edition."""
    if others is None:
        return None
    return href(lang, OTHER[lang], stem + suffix if stem in others else "index.html")


def title_of(nb) -> str:
    """The notebook's title: the first Markdown heading, without its ``#``."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return "untitled"


def _switch_link(lang: str, target: str, style: str = "") -> str:
    other = OTHER[lang]
    return (f'<a class="lang-switch" href="{html.escape(target)}" hreflang="{other}" '
            f'lang="{other}"{style}>{WORDS[lang]["switch"]}</a>')


def render(path: Path, exporter: HTMLExporter, nav: bool = True, lang: str = "en",
           switch_to: str | None = None) -> tuple[str, str]:
    """One notebook as a standalone HTML page (or deck); returns ``(title, page)``.

    ``nav``: a bar at the top back to the index; ``switch_to``: where the language switch
    leads (in the bar, or in a corner of a deck)."""
    nb = nbformat.read(path, as_version=4)
    title = title_of(nb)
    page, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    page = NOTEBOOK_LINK.sub(
        lambda m: f'href="{m.group(1)}{m.group(2)}.html{m.group(3) or ""}"', page)
    page = README_LINK.sub(
        lambda m: f'href="{REPOSITORY}/blob/HEAD/{m.group(1)}{m.group(2) or ""}"', page)
    if nav:
        bar = (f'<nav style="{NAV_STYLE}"><a href="index.html">{WORDS[lang]["back"]}</a> · '
               f'{html.escape(path.name)}'
               + (f" · {_switch_link(lang, switch_to)}" if switch_to else "") + "</nav>")
    else:
        bar = _switch_link(lang, switch_to, f' style="{CORNER_STYLE}"') if switch_to else ""
    page = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + bar, page, count=1)
    return title, page


def index_page(entries: list[tuple[str, str, str | None]], lang: str = "en",
               switch_to: str | None = None) -> str:
    """The edition's table of contents: one link per notebook (and its deck), in series order,
    and a link to the other edition's index."""
    words = WORDS[lang]
    items = "\n".join(
        f'  <li><a href="{html.escape(page)}">{html.escape(title)}</a>'
        + (f' · <a class="deck" href="{html.escape(deck)}">{words["slides"]}</a>' if deck else "")
        + "</li>" for page, title, deck in entries)
    intro = words["intro"].format(readme=html.escape(f"{REPOSITORY}/blob/HEAD/{words['readme']}"),
                                  binder=html.escape(BINDER_URLS[lang]))
    other = (f'<p lang="{OTHER[lang]}">{_switch_link(lang, switch_to)} — {words["other"]}</p>\n'
             if switch_to else "")
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{words["title"]}</title>
<style>
body {{ font-family: sans-serif; max-width: 46em; margin: 2em auto; padding: 0 1em;
       line-height: 1.5; }}
li {{ margin: 0.4em 0; }}
</style>
</head>
<body>
<h1>{words["title"]}</h1>
{other}<p>{intro}</p>
<ul>
{items}
</ul>
</body>
</html>
"""


def vendor(out: Path, name: str) -> Path:
    """Copy the used parts of ``VENDOR[name]`` into ``out/vendor/name`` (once, via npm).

    Returns the folder. The widget renderer's files go flat into ``out/@jupyter-widgets``."""
    spec, parts = VENDOR[name]
    # the widget renderer looks for its icon fonts in @jupyter-widgets/ beside the page
    flat = name == "html-manager"
    target = out / ("@jupyter-widgets" if flat else "vendor/" + name)
    marker = target / ".complete"
    if marker.exists():
        return target
    if shutil.which("npm") is None:
        raise SystemExit("--offline needs npm (Debian: apt-get install npm)")
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(["npm", "pack", spec, "--pack-destination", tmp],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"npm pack {spec} failed:\n{done.stderr}")
        with tarfile.open(next(Path(tmp).glob("*.tgz"))) as tgz:
            for member in tgz.getmembers():
                name_in_package = member.name.split("/", 1)[-1]
                if (member.isfile() and name_in_package.startswith(parts)
                        and not name_in_package.endswith((".map", ".txt"))):
                    member.name = name_in_package.split("/")[-1] if flat else name_in_package
                    tgz.extract(member, target, filter="data")
    marker.write_text(spec + "\n")
    return target


def widget_fonts(out: Path, folder: Path) -> None:
    """The widget renderer looks for its icon fonts in ``@jupyter-widgets/`` beside the page, not
    beside itself: a copy of the web fonts (woff2, and woff for older browsers; 0.4 MB) for the
    pages in ``folder``."""
    target = folder / "@jupyter-widgets"
    for font in sorted((out / "@jupyter-widgets").glob("*.woff*")):
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(font, target / font.name)


def exporters(out: Path, slides: bool, offline: bool, mathjax_url: str | None,
              lang: str = "en") -> tuple[HTMLExporter, SlidesExporter | None]:
    """The page exporter and, with ``slides``, the deck exporter of the ``lang`` edition, pointed
    at local copies of MathJax, require.js and the widget renderer (and reveal.js, jQuery) when
    ``offline``: one copy in ``out``, which the Korean pages in ``out/ko`` load from ``../``."""
    page = HTMLExporter(template_name="lab", embed_images=True)
    deck = SlidesExporter(embed_images=True, reveal_scroll=True) if slides else None
    for exporter in (page, deck):
        if exporter is not None:
            exporter.language_code = lang  # <html lang="ko"> for the Korean pages
    if offline:
        for name in ("mathjax", "requirejs", "html-manager"):
            vendor(out, name)
        if EDITIONS[lang]:
            widget_fonts(out, out / EDITIONS[lang])
        mathjax_url = f"vendor/mathjax/MathJax.js?config={MATHJAX_CONFIG},Safe"
        for exporter in (page, deck):
            if exporter is not None:
                exporter.require_js_url = local(lang, "vendor/requirejs/require.js")
                exporter.widget_renderer_url = local(lang, "@jupyter-widgets/embed-amd.js")
        if deck is not None:
            for name in ("reveal.js", "jquery"):
                vendor(out, name)
            deck.reveal_url_prefix = local(lang, "vendor/reveal.js")
            deck.jquery_url = local(lang, "vendor/jquery/dist/jquery.min.js")
    for exporter in (page, deck):
        if exporter is not None and mathjax_url:
            exporter.mathjax_url = local(lang, mathjax_url)
    return page, deck


def build(out: Path = OUT, notebooks: Path = NOTEBOOKS, slides: bool = False,
          offline: bool = False, mathjax_url: str | None = None,
          verbose: bool = True) -> list[Path]:
    """Render ``notebooks/*.ipynb`` into ``out`` and ``notebooks/ko/*.ipynb`` into ``out/ko``;
    return the files written: each edition's index, then its pages (and decks), English first."""
    found = editions(notebooks)
    if "en" not in found:
        raise SystemExit(f"no executed notebooks in {notebooks}: run tools/build_notebooks.py")
    written = []
    for lang, paths in found.items():
        folder = out / EDITIONS[lang]
        folder.mkdir(parents=True, exist_ok=True)
        others = ({p.stem for p in found[OTHER[lang]]} if OTHER[lang] in found else None)
        page_exporter, deck_exporter = exporters(out, slides, offline, mathjax_url, lang)
        entries, pages = [], []
        for path in paths:
            start = time.perf_counter()
            title, page = render(path, page_exporter, lang=lang,
                                 switch_to=switch(lang, path.stem, ".html", others))
            target = folder / (path.stem + ".html")
            target.write_text(page, encoding="utf-8")
            pages.append(target)
            deck_name = None
            if deck_exporter is not None:
                unused, deck = render(path, deck_exporter, nav=False, lang=lang,
                                      switch_to=switch(lang, path.stem, ".slides.html", others))
                deck_target = folder / (path.stem + ".slides.html")
                deck_target.write_text(deck, encoding="utf-8")
                pages.append(deck_target)
                deck_name = deck_target.name
            entries.append((target.name, title, deck_name))
            if verbose:
                print(f"{target.relative_to(out)}: {title} ({time.perf_counter() - start:.1f} s)",
                      flush=True)
        index = folder / "index.html"
        # "index" is no notebook's stem: the switch leads to the other index
        index.write_text(index_page(entries, lang, switch(lang, "index", "", others)),
                         encoding="utf-8")
        written += [index] + pages
        if verbose:
            print(f"{index} lists {len(entries)} notebooks")
    return written


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"output folder ({OUT})")
    parser.add_argument("--slides", action="store_true",
                        help="also write a reveal.js deck of each notebook")
    parser.add_argument("--offline", action="store_true",
                        help="copy MathJax (and the decks' scripts) into OUT/vendor via npm")
    parser.add_argument("--mathjax-url", default=None,
                        help="where the pages load MathJax 2.7 from (default: a CDN)")
    args = parser.parse_args(argv)
    build(args.out, slides=args.slides, offline=args.offline, mathjax_url=args.mathjax_url)


if __name__ == "__main__":
    main(sys.argv[1:])

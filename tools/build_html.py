"""Render every executed notebook to HTML, for reading the series without a kernel.

    python tools/build_html.py                 # -> _build/html/index.html + one page each
    python tools/build_html.py --slides        # also NN_name.slides.html, a reveal.js deck each
    python tools/build_html.py --offline       # pages (and decks) that need no network
    python tools/build_html.py --out DIR       # somewhere else

Each ``notebooks/NN_name.ipynb`` becomes ``NN_name.html`` with its stored outputs, as
nbconvert's JupyterLab ("lab") template shows them: figures are embedded in the page, links
between notebooks point at the other pages, and a bar at the top leads back to the index
page, which lists every notebook by its title. ``--slides`` adds nbconvert's reveal.js deck
of each notebook (the cells' slideshow metadata, as RISE presents them in JupyterLab), for a
lecturer with a browser but no Jupyter.

What needs the network when a page is read: MathJax, which typesets the formulas, and the
widget renderer (which draws the stored widget state: the explorer's network as it was left),
both loaded from a CDN by the template; the decks also load reveal.js, require.js and jQuery.
Without the network the formulas stay as readable LaTeX source and widgets show their text
fallback; everything else (prose, tables, figures, printed numbers) is in the page itself.
``--offline`` fetches MathJax 2.7.9, require.js and the widget renderer (and, with
``--slides``, reveal.js 4.0.2 and jQuery) once with ``npm pack`` (the npm registry is needed
at build time, not when reading) and copies the parts the pages load into ``OUT/vendor/``
and ``OUT/@jupyter-widgets/`` (about 14 MB, 16 MB with the decks), so the folder can go on a
USB stick or a classroom server and be read with no network, widgets included.
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

# a link to another notebook of the series: "05_delta_rule.ipynb" or "./05_delta_rule.ipynb#x"
NOTEBOOK_LINK = re.compile(r'href="(?:\./)?(\d\d_[\w\-]+)\.ipynb(#[^"]*)?"')
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
NAV_STYLE = ("font-family:sans-serif;font-size:14px;padding:6px 12px;"
             "background:#f3f3f3;border-bottom:1px solid #ddd")


def title_of(nb) -> str:
    """The notebook's title: the first Markdown heading, without its ``#``."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return "untitled"


def render(path: Path, exporter: HTMLExporter, nav: bool = True) -> tuple[str, str]:
    """One notebook as a standalone HTML page (or deck); returns ``(title, page)``."""
    nb = nbformat.read(path, as_version=4)
    title = title_of(nb)
    page, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    page = NOTEBOOK_LINK.sub(lambda m: f'href="{m.group(1)}.html{m.group(2) or ""}"', page)
    if nav:
        bar = (f'<nav style="{NAV_STYLE}"><a href="index.html">← bpkit notebooks</a> · '
               f'{html.escape(path.name)}</nav>')
        page = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + bar, page, count=1)
    return title, page


def index_page(entries: list[tuple[str, str, str | None]]) -> str:
    """The table of contents: one link per notebook (and its deck), in series order."""
    items = "\n".join(
        f'  <li><a href="{html.escape(page)}">{html.escape(title)}</a>'
        + (f' · <a class="deck" href="{html.escape(deck)}">slides</a>' if deck else "")
        + "</li>" for page, title, deck in entries)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bpkit — backpropagation (오차역전파), notebook by notebook</title>
<style>
body {{ font-family: sans-serif; max-width: 46em; margin: 2em auto; padding: 0 1em;
       line-height: 1.5; }}
li {{ margin: 0.4em 0; }}
</style>
</head>
<body>
<h1>bpkit — backpropagation (오차역전파), notebook by notebook</h1>
<p>A static copy of the executed notebooks, for reading without a kernel. The numbers,
tables and figures are the ones the notebooks computed; to change them, run the notebooks:
in JupyterLab (see the README) or, with nothing to install,
<a href="{BINDER_URL}">on Binder</a>.</p>
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


def exporters(out: Path, slides: bool, offline: bool,
              mathjax_url: str | None) -> tuple[HTMLExporter, SlidesExporter | None]:
    """The page exporter and, with ``slides``, the deck exporter, pointed at local copies
    of MathJax, require.js and the widget renderer (and reveal.js, jQuery) when ``offline``."""
    page = HTMLExporter(template_name="lab", embed_images=True)
    deck = SlidesExporter(embed_images=True, reveal_scroll=True) if slides else None
    if offline:
        for name in ("mathjax", "requirejs", "html-manager"):
            vendor(out, name)
        mathjax_url = f"vendor/mathjax/MathJax.js?config={MATHJAX_CONFIG},Safe"
        for exporter in (page, deck):
            if exporter is not None:
                exporter.require_js_url = "vendor/requirejs/require.js"
                exporter.widget_renderer_url = "@jupyter-widgets/embed-amd.js"
        if deck is not None:
            for name in ("reveal.js", "jquery"):
                vendor(out, name)
            deck.reveal_url_prefix = "vendor/reveal.js"
            deck.jquery_url = "vendor/jquery/dist/jquery.min.js"
    for exporter in (page, deck):
        if exporter is not None and mathjax_url:
            exporter.mathjax_url = mathjax_url
    return page, deck


def build(out: Path = OUT, notebooks: Path = NOTEBOOKS, slides: bool = False,
          offline: bool = False, mathjax_url: str | None = None,
          verbose: bool = True) -> list[Path]:
    """Render ``notebooks/*.ipynb`` into ``out``; return the files written, index first."""
    paths = sorted(notebooks.glob("[0-9][0-9]_*.ipynb"))
    if not paths:
        raise SystemExit(f"no executed notebooks in {notebooks}: run tools/build_notebooks.py")
    out.mkdir(parents=True, exist_ok=True)
    page_exporter, deck_exporter = exporters(out, slides, offline, mathjax_url)
    entries, written = [], []
    for path in paths:
        start = time.perf_counter()
        title, page = render(path, page_exporter)
        target = out / (path.stem + ".html")
        target.write_text(page, encoding="utf-8")
        written.append(target)
        deck_name = None
        if deck_exporter is not None:
            _, deck = render(path, deck_exporter, nav=False)
            deck_target = out / (path.stem + ".slides.html")
            deck_target.write_text(deck, encoding="utf-8")
            written.append(deck_target)
            deck_name = deck_target.name
        entries.append((target.name, title, deck_name))
        if verbose:
            print(f"{target.name}: {title} ({time.perf_counter() - start:.1f} s)", flush=True)
    index = out / "index.html"
    index.write_text(index_page(entries), encoding="utf-8")
    if verbose:
        print(f"{index} lists {len(entries)} notebooks")
    return [index] + written


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

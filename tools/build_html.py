"""Render every executed notebook to HTML, for reading the series without a kernel.

    python tools/build_html.py                 # -> _build/html/index.html + one page each
    python tools/build_html.py --out DIR       # somewhere else
    python tools/build_html.py --offline-math  # typeset formulas without the network
    python tools/build_html.py --mathjax-url URL   # MathJax 2.7 from elsewhere

Each ``notebooks/NN_name.ipynb`` becomes ``NN_name.html`` with its stored outputs, as
nbconvert's JupyterLab ("lab") template shows them: figures are embedded in the page, links
between notebooks point at the other pages, and a bar at the top leads back to the index
page, which lists every notebook by its title.

What needs the network when the page is read: MathJax, which typesets the formulas, and
the widget renderer (for a notebook that stored widget state, the sliders as they were
left), both loaded by the template from a CDN. Without the network, the formulas stay as
readable LaTeX source and widgets show their text fallback; everything else (prose,
tables, figures, printed numbers) is in the page itself. ``--offline-math`` fetches
MathJax 2.7.9 once with ``npm pack`` (the npm registry is needed at build time, not when
reading) and copies the part the pages use (about 10 MB) into ``OUT/mathjax/``, so the
folder can be copied to a USB stick or a classroom server and read with no network.
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
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
OUT = ROOT / "_build" / "html"

# a link to another notebook of the series: "05_delta_rule.ipynb" or "./05_delta_rule.ipynb#x"
NOTEBOOK_LINK = re.compile(r'href="(?:\./)?(\d\d_[\w\-]+)\.ipynb(#[^"]*)?"')
MATHJAX = "mathjax@2.7.9"  # nbconvert's lab template configures MathJax 2
MATHJAX_CONFIG = "TeX-AMS_CHTML-full"
# what that configuration loads: TeX input, CommonHTML output with the TeX web fonts
MATHJAX_PARTS = ("MathJax.js", f"config/{MATHJAX_CONFIG}.js", "extensions/", "jax/input/TeX/",
                 "jax/output/CommonHTML/", "jax/element/", "fonts/HTML-CSS/TeX/woff/",
                 "localization/en/")
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


def render(path: Path, exporter: HTMLExporter) -> tuple[str, str]:
    """One notebook as a standalone HTML page; returns ``(title, page)``."""
    nb = nbformat.read(path, as_version=4)
    title = title_of(nb)
    page, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    page = NOTEBOOK_LINK.sub(lambda m: f'href="{m.group(1)}.html{m.group(2) or ""}"', page)
    nav = (f'<nav style="{NAV_STYLE}"><a href="index.html">← bpkit notebooks</a> · '
           f'{html.escape(path.name)}</nav>')
    page = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + nav, page, count=1)
    return title, page


def index_page(entries: list[tuple[str, str]]) -> str:
    """The table of contents: one link per notebook, in series order."""
    items = "\n".join(f'  <li><a href="{html.escape(page)}">{html.escape(title)}</a></li>'
                      for page, title in entries)
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
tables and figures are the ones the notebooks computed; to change them, run the notebooks
(JupyterLab or Binder, see the README).</p>
<ul>
{items}
</ul>
</body>
</html>
"""


def vendor_mathjax(out: Path) -> str:
    """Put MathJax 2.7 into ``out/mathjax`` (from the npm registry); return the pages' URL."""
    target = out / "mathjax"
    if not (target / "MathJax.js").exists():
        if shutil.which("npm") is None:
            raise SystemExit("--offline-math needs npm (Debian: apt-get install npm)")
        with tempfile.TemporaryDirectory() as tmp:
            done = subprocess.run(["npm", "pack", MATHJAX, "--pack-destination", tmp],
                                  capture_output=True, text=True)
            if done.returncode != 0:
                raise SystemExit(f"npm pack {MATHJAX} failed:\n{done.stderr}")
            with tarfile.open(next(Path(tmp).glob("mathjax-*.tgz"))) as tgz:
                for member in tgz.getmembers():
                    name = member.name.removeprefix("package/")
                    if member.isfile() and name.startswith(MATHJAX_PARTS):
                        member.name = name
                        tgz.extract(member, target, filter="data")
    return f"mathjax/MathJax.js?config={MATHJAX_CONFIG},Safe"


def build(out: Path = OUT, notebooks: Path = NOTEBOOKS, mathjax_url: str | None = None,
          offline_math: bool = False, verbose: bool = True) -> list[Path]:
    """Render ``notebooks/*.ipynb`` into ``out``; return the pages written, index first."""
    paths = sorted(notebooks.glob("[0-9][0-9]_*.ipynb"))
    if not paths:
        raise SystemExit(f"no executed notebooks in {notebooks}: run tools/build_notebooks.py")
    out.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter(template_name="lab", embed_images=True)
    if offline_math:
        mathjax_url = vendor_mathjax(out)
    if mathjax_url:
        exporter.mathjax_url = mathjax_url
    entries, written = [], []
    for path in paths:
        start = time.perf_counter()
        title, page = render(path, exporter)
        target = out / (path.stem + ".html")
        target.write_text(page, encoding="utf-8")
        entries.append((target.name, title))
        written.append(target)
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
    parser.add_argument("--mathjax-url", default=None,
                        help="where the pages load MathJax 2.7 from (default: a CDN)")
    parser.add_argument("--offline-math", action="store_true",
                        help="copy MathJax into OUT/mathjax (fetched once with npm pack)")
    args = parser.parse_args(argv)
    build(args.out, mathjax_url=args.mathjax_url, offline_math=args.offline_math)


if __name__ == "__main__":
    main(sys.argv[1:])

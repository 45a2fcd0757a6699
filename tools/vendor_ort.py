"""Copy onnxruntime-web's browser files from npm into phone/vendor/ (the files the page loads).

    python tools/vendor_ort.py                 # the pinned version below
    python tools/vendor_ort.py 1.31.0          # another version: then update VERSION below,
                                               # phone/README.md and CACHE in phone/sw.js

Runs ``npm pack onnxruntime-web@VERSION`` in a temporary directory (npm on PATH, the npm
registry reachable), unpacks it and copies ``ort.wasm.bundle.min.mjs`` (the JavaScript API
with the wasm loader bundled in: one ES module), ``ort-wasm-simd-threaded.wasm`` (the runtime,
CPU only), and writes onnxruntime's MIT LICENSE and a VERSION file beside them. Nothing
else of the 500 files in the package is loaded.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VERSION = "1.30.0"
FILES = ["dist/ort.wasm.bundle.min.mjs", "dist/ort-wasm-simd-threaded.wasm"]
# the npm package says "license": "MIT" but ships no LICENSE file: this is onnxruntime's
LICENSE = """MIT License

Copyright (c) Microsoft Corporation

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""
DEST = Path(__file__).resolve().parents[1] / "phone" / "vendor"


def vendor(version: str = VERSION, dest: Path = DEST) -> list[Path]:
    """Download onnxruntime-web ``version`` with npm and copy ``FILES`` into ``dest``."""
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("npm is not on PATH: install Node.js (Debian: apt-get install -y npm)")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([npm, "pack", f"onnxruntime-web@{version}", "--silent"], cwd=tmp,
                       check=True, stdout=subprocess.DEVNULL)
        (tgz,) = Path(tmp).glob("onnxruntime-web-*.tgz")
        with tarfile.open(tgz) as tar:
            tar.extractall(tmp, members=[tar.getmember(f"package/{f}") for f in FILES],
                           filter="data")
        dest.mkdir(parents=True, exist_ok=True)
        copied = []
        for f in FILES:
            target = dest / Path(f).name
            shutil.copyfile(Path(tmp) / "package" / f, target)
            copied.append(target)
    (dest / "LICENSE").write_text(LICENSE)
    (dest / "VERSION").write_text(f"onnxruntime-web {version} (npm)\n")
    return copied


if __name__ == "__main__":
    for path in vendor(*sys.argv[1:2]):
        print(f"{path.stat().st_size:>10,d}  {path}")

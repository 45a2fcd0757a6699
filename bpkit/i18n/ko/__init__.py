"""The Korean of every English key, one module per area; ``KO`` merges them.

Each module holds a dict ``KO = {"English text": "한국어", ...}``. A key may appear in two
modules only with the same Korean (``tests/test_i18n.py`` checks it).
"""
from __future__ import annotations

import importlib
import pkgutil

KO: dict[str, str] = {}
for _info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
    KO.update(importlib.import_module(f"{__name__}.{_info.name}").KO)

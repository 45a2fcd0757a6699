"""A Binder link that opens the Korean edition with JupyterLab's own menus in Korean.

JupyterLab reads its interface language from the user's settings, never from a URL, so a
link cannot ask for it. This Jupyter server extension adds one address that can:
``/bpkit/ko`` sets the user setting ``@jupyterlab/translation-extension:plugin``
``{"locale": "ko_KR"}`` (the language pack jupyterlab-language-pack-ko-kr is installed) and
redirects to ``lab/tree/notebooks/ko/00_index.ipynb``. A Binder link reaches it with
``?urlpath=bpkit/ko``. binder/postBuild installs and enables it on Binder only; a learner's
own JupyterLab keeps its language until Settings > Language changes it.
"""
from __future__ import annotations

import json
from pathlib import Path

from jupyter_server.base.handlers import JupyterHandler
from jupyter_server.utils import url_path_join
from jupyterlab.commands import get_user_settings_dir
from tornado import web

INDEX = "lab/tree/notebooks/ko/00_index.ipynb"
SETTING = Path("@jupyterlab", "translation-extension", "plugin.jupyterlab-settings")


def set_locale(locale: str, folder: Path | None = None) -> Path:
    """Write ``locale`` into the user's translation setting (other keys kept); return the file."""
    path = Path(folder or get_user_settings_dir()) / SETTING
    try:
        settings = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # absent, or JSON5 with comments: start afresh
        settings = {}
    settings["locale"] = locale
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")
    return path


class KoreanEdition(JupyterHandler):
    @web.authenticated
    def get(self) -> None:
        set_locale("ko_KR")
        self.redirect(url_path_join(self.base_url, INDEX))


def _jupyter_server_extension_points() -> list[dict]:
    return [{"module": __name__}]


def _load_jupyter_server_extension(serverapp) -> None:
    route = url_path_join(serverapp.base_url, "bpkit", "ko")
    serverapp.web_app.add_handlers(".*$", [(route, KoreanEdition)])

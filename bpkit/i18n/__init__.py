"""Two languages, one catalogue: every string bpkit shows a learner, in English and Korean.

A notebook chooses its language once, in its setup cell: ``bp.set_language("ko")``. Every
learner-visible string in bpkit (feedback, table captions and headers, widget labels, figure
text, errors) and every line of text a notebook's code cell prints goes through ``_``::

    from bpkit.i18n import _
    print(_("test accuracy after {n} epochs: {acc:.2%}", n=40, acc=0.975))

The English text is the key (gettext style, as Django and JupyterLab do); ``bpkit.i18n.ko``
holds its Korean, one module per area. ``tests/test_i18n.py`` finds every ``_("...")`` in
bpkit and in the notebook sources and fails if one lacks its Korean, or if the two languages
disagree on the ``{fields}``. The Korean terms follow one glossary, ``bpkit.i18n.glossary``.
"""
from __future__ import annotations

from ..errors import UnknownNameError

LANGUAGES = ("en", "ko")
_state = {"language": "en"}


def set_language(language: str) -> None:
    """Show every bpkit string in ``language``: "en" (English) or "ko" (한국어).

    Also makes matplotlib draw Hangul with the bundled NanumGothic font (``fonts.use``).
    """
    if language not in LANGUAGES:
        raise UnknownNameError(f"unknown language {language!r}; bpkit speaks: "
                               f"{', '.join(LANGUAGES)} / 알 수 없는 언어 {language!r}")
    _state["language"] = language
    from . import fonts
    fonts.use()


def get_language() -> str:
    """The language bpkit speaks now, "en" or "ko"."""
    return _state["language"]


def _(msgid: str, /, **fields) -> str:
    """``msgid`` (English) in the current language, with ``{fields}`` filled in.

    A key with no Korean falls back to the English text (the tests keep that from happening).
    """
    text = msgid
    if _state["language"] == "ko":
        from .ko import KO
        text = KO.get(msgid, msgid)
    return text.format(**fields) if fields else text


__all__ = ["LANGUAGES", "set_language", "get_language", "_"]

"""The core's sentences in the user's language (gettext, one way everywhere).

The core writes its messages in French, as the organisers read them, and marks
each one with :func:`_` (or :func:`ngettext` for a counted one); the English
wording lives in ``katalyze/locale/en.po``, read with polib. Named
placeholders (``_("… {name} …").format(name=…)``) let a translation reorder
them. Translate when the message is made, never at import time: a table of
messages kept at module level is marked with :func:`N_` and passed through
:func:`_` where it is used.

The language is the process's (set by the app from its setting, by the CLI
from the system) unless :func:`using_language` overrides it for the current
thread or task — the room's server words each answer in its page's language.
"""

from __future__ import annotations

import contextlib
import contextvars
import locale
import os
import sys
from collections.abc import Iterator
from functools import lru_cache

from katalyze.paths import resource_path

SUPPORTED: tuple[str, ...] = ("fr", "en")
SOURCE_LANGUAGE = "fr"
LOCALE_DIR = resource_path("katalyze", "locale")

_process_language: str | None = None
_override: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "katalyze_language", default=None
)


def _language_of(value: str | None) -> str | None:
    """``"fr"`` or ``"en"`` for a locale name such as ``fr_FR.UTF-8``,
    ``French_France`` or ``en``; ``None`` when it names neither."""
    if not value:
        return None
    head = value.split(":")[0].strip().lower()
    if head in ("", "c", "posix") or head.startswith("c."):
        return None
    return "fr" if head.startswith(("fr", "french")) else "en"


def system_language() -> str:
    """The system's language: French on a French system, English otherwise."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        found = _language_of(os.environ.get(variable))
        if found:
            return found
    with contextlib.suppress(ValueError, TypeError):
        found = _language_of(locale.getlocale()[0])
        if found:
            return found
    if sys.platform == "win32":  # pragma: no cover - Windows only
        with contextlib.suppress(Exception):
            import ctypes

            lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
            return "fr" if lang_id & 0x3FF == 0x0C else "en"
    return "en"


def set_language(language: str | None) -> str:
    """Make ``language`` (``"fr"``/``"en"``, or ``None`` for the system's)
    the process's language; returns the one in force."""
    global _process_language
    _process_language = language if language in SUPPORTED else None
    return current_language()


def current_language() -> str:
    override = _override.get()
    if override in SUPPORTED:
        return override
    if _process_language is not None:
        return _process_language
    return system_language()


@contextlib.contextmanager
def using_language(language: str | None) -> Iterator[str]:
    """Word the core's messages in ``language`` inside the block (this thread
    or task only); an unknown language leaves the current one."""
    token = _override.set(language if language in SUPPORTED else None)
    try:
        yield current_language()
    finally:
        _override.reset(token)


@lru_cache(maxsize=4)
def _catalog(language: str) -> tuple[dict[str, str], dict[tuple[str, str], list[str]]]:
    """``(singulars, plurals)`` of ``locale/<language>.po``; empty when absent."""
    path = LOCALE_DIR / f"{language}.po"
    singulars: dict[str, str] = {}
    plurals: dict[tuple[str, str], list[str]] = {}
    if not path.is_file():
        return singulars, plurals
    import polib

    for entry in polib.pofile(str(path)):
        if entry.obsolete or "fuzzy" in entry.flags:
            continue
        if entry.msgid_plural:
            forms = [entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)]
            if all(forms):
                plurals[(entry.msgid, entry.msgid_plural)] = forms
        elif entry.msgstr:
            singulars[entry.msgid] = entry.msgstr
    return singulars, plurals


def _(message: str) -> str:
    """``message`` (French, as written in the core) in the current language."""
    language = current_language()
    if language == SOURCE_LANGUAGE:
        return message
    return _catalog(language)[0].get(message, message)


def N_(message: str) -> str:
    """Mark ``message`` for translation without translating it yet."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a counted message for ``n`` (French: 0 and 1 are singular;
    English: only 1). Format it afterwards: ``ngettext(…, n).format(n=n)``."""
    language = current_language()
    if language == SOURCE_LANGUAGE:
        return singular if abs(n) <= 1 else plural
    forms = _catalog(language)[1].get((singular, plural))
    if forms is None:  # not translated yet: the French words, the language's rule
        return singular if n == 1 else plural
    return forms[0] if n == 1 else forms[-1]

"""Where events live: the platformdirs data folder, or ``KATALYZE_HOME``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Katalyze"
EVENT_SUFFIX = ".katalyze"


def data_home() -> Path:
    """The folder holding events and settings (created if missing)."""
    override = os.environ.get("KATALYZE_HOME")
    if override:
        home = Path(override).expanduser()
    else:
        from platformdirs import user_data_path

        home = user_data_path(APP_NAME, appauthor=False)
    home.mkdir(parents=True, exist_ok=True)
    return home


def events_dir() -> Path:
    folder = data_home() / "events"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_event_path() -> Path:
    return events_dir() / f"evenement{EVENT_SUFFIX}"


def demo_event_path() -> Path:
    return events_dir() / f"demo{EVENT_SUFFIX}"


# The folder holding the ``katalyze``, ``ui`` and ``resources`` packages: the
# source tree, site-packages, or a PyInstaller bundle's unpacked folder.
_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    """True in a packaged (PyInstaller) build."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resource_path(*parts: str) -> Path:
    """A file shipped with Katalyze (translations, sounds, fonts, icons, demo
    data, migrations), e.g. ``resource_path("resources", "icons")``.

    The same relative path in development and in a frozen bundle, whose files
    the spec (``packaging/katalyze.spec``) lays out under ``sys._MEIPASS``.
    """
    root = Path(sys._MEIPASS) if is_frozen() else _SOURCE_ROOT  # type: ignore[attr-defined]
    return root.joinpath(*parts)

"""Where events live: the platformdirs data folder, or ``KATALYZE_HOME``."""

from __future__ import annotations

import os
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

"""The recent events list, kept in the user's settings (newest first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from katalyze.db.server_errors import without_password

KEY = "recent_events"
LIMIT = 10


def _read(settings: QSettings) -> list[str]:
    value = settings.value(KEY, [])
    if isinstance(value, str):
        value = [value] if value else []
    items = [str(v) for v in (value or []) if str(v).strip()]
    # A server's password is never kept (an older version kept it): the
    # server asks for it again when the event is opened.
    cleaned = list(dict.fromkeys(without_password(t) for t in items))
    if cleaned != items:
        settings.setValue(KEY, cleaned)
        settings.sync()
    return cleaned


def _exists(target: str) -> bool:
    """A server URL is kept; a file must still be there."""
    return "://" in target or Path(target).is_file()


def recent_events(settings: QSettings) -> list[str]:
    """Recent event paths or URLs, newest first; files gone since are pruned."""
    items = _read(settings)
    kept = [t for t in items if _exists(t)]
    if kept != items:
        settings.setValue(KEY, kept)
    return kept


def remember_event(settings: QSettings, target: str) -> None:
    """Put ``target`` first in the list."""
    target = without_password(target)
    items = [t for t in _read(settings) if t != target]
    settings.setValue(KEY, [target, *items][:LIMIT])
    settings.sync()


def forget_event(settings: QSettings, target: str) -> None:
    settings.setValue(KEY, [t for t in _read(settings) if t != target])
    settings.sync()

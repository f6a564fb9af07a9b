"""The round timer as the room's pages mirror it, kept in the event's database.

The stage's countdown runs in the app (``ui.timer``); each command there
(start, pause, +1 min, reset, a new duration) stores what it now shows in the
event's settings: the seconds left and whether it runs, at a moment. Whoever
serves the room — the app's child process, or ``katalyze serve`` alone on
another computer — reads that stored state and serves the time left *now*:
the pages show the same countdown whichever process serves them, and a
headless room with no timer ever started shows none.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from katalyze.db import Database
from katalyze.db.models import Event, utcnow
from katalyze.events import event_in

SETTING = "round_timer"


def save_round_timer(
    db: Database, remaining: float, running: bool, *, now: dt.datetime | None = None
) -> dict[str, Any]:
    """Store the countdown as the stage shows it (``remaining`` seconds left,
    counting down when ``running``); returns what was stored."""
    stored = {
        "remaining": max(0.0, round(float(remaining), 1)),
        "running": bool(running),
        "at": (now or utcnow()).isoformat(),
    }
    with db.sessions.begin() as session:
        event = event_in(session)
        event.settings = {**(event.settings or {}), SETTING: stored}
    return stored


def timer_of(event: Event, now: dt.datetime | None = None) -> dict[str, Any] | None:
    """``{"remaining": whole seconds, "running": bool}`` at ``now``, or ``None``
    when no countdown was ever stored (or what is stored cannot be read)."""
    stored = (event.settings or {}).get(SETTING)
    try:
        remaining = float(stored["remaining"])
        running = bool(stored["running"])
        at = dt.datetime.fromisoformat(stored["at"])
    except (TypeError, KeyError, ValueError):
        return None
    if running:
        remaining -= ((now or utcnow()) - at).total_seconds()
    if remaining <= 0:
        return {"remaining": 0, "running": False}
    return {"remaining": round(remaining), "running": running}


def round_timer(db: Database, now: dt.datetime | None = None) -> dict[str, Any] | None:
    with db.sessions.begin() as session:
        return timer_of(event_in(session), now)

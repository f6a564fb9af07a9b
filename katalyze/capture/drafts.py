"""Drafts: what a scribe has typed but not entered yet, saved within a second.

A draft belongs to one *station* (a laptop), one table and one round: the
entry line's text and kind, the action fields being filled in, or the item
being edited. It lives in its own table (``capture_draft``) rather than in the
event's settings JSON: that JSON is one row shared by every laptop and every
screen, and rewriting it several times a second from several scribes would
make them overwrite each other's keys; a row per station is an isolated,
tiny upsert. Turning a draft into an item clears it in the same transaction
(see ``add_item(..., draft=...)``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from katalyze.db import Database
from katalyze.db.models import CaptureDraft, Project

MAX_DRAFT_CHARS = 20_000


@dataclass(frozen=True)
class DraftKey:
    station: str
    project_id: int
    round: int


@dataclass(frozen=True)
class DraftInfo:
    key: DraftKey
    content: dict[str, Any]
    updated_at: dt.datetime


def _is_empty(content: dict[str, Any] | None) -> bool:
    if not content:
        return True
    return not any(v not in (None, "", [], {}) for k, v in content.items() if k != "kind")


def clear_draft_in(session: Session, key: DraftKey) -> None:
    row = session.get(CaptureDraft, (key.station, key.project_id, key.round))
    if row is not None:
        session.delete(row)


def save_draft(db: Database, key: DraftKey, content: dict[str, Any] | None) -> DraftInfo | None:
    """Store (or, when empty, remove) the station's draft for a table and round.

    ``content`` is plain JSON (strings, numbers, ``None``); only the kind
    being empty counts as no draft.
    """
    size = sum(len(str(v)) for v in (content or {}).values())
    if size > MAX_DRAFT_CHARS:
        content = {k: str(v)[:MAX_DRAFT_CHARS] for k, v in (content or {}).items()}
    with db.sessions.begin() as session:
        if _is_empty(content):
            clear_draft_in(session, key)
            return None
        if session.get(Project, key.project_id) is None:
            return None  # the table was deleted meanwhile: nothing to attach to
        row = session.get(CaptureDraft, (key.station, key.project_id, key.round))
        if row is None:
            row = CaptureDraft(station=key.station, project_id=key.project_id, round=key.round)
            session.add(row)
        row.content = dict(content or {})
        row.updated_at = dt.datetime.now(dt.UTC)
        session.flush()
        return DraftInfo(key, dict(row.content), row.updated_at)


def get_draft(db: Database, key: DraftKey) -> DraftInfo | None:
    with db.sessions.begin() as session:
        row = session.get(CaptureDraft, (key.station, key.project_id, key.round))
        if row is None:
            return None
        return DraftInfo(key, dict(row.content or {}), row.updated_at)


def list_drafts(db: Database, project_id: int | None = None) -> list[DraftInfo]:
    """Every station's drafts (the facilitator can see unfinished entries)."""
    query = select(CaptureDraft).order_by(
        CaptureDraft.project_id, CaptureDraft.round, CaptureDraft.station
    )
    if project_id is not None:
        query = query.where(CaptureDraft.project_id == project_id)
    with db.sessions.begin() as session:
        return [
            DraftInfo(
                DraftKey(r.station, r.project_id, r.round), dict(r.content or {}), r.updated_at
            )
            for r in session.scalars(query)
        ]

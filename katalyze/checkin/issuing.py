"""Issuing badge codes: everyone gets one, a lost badge gets a new one.

Every code ever issued stays in ``badge_code`` so that an old, re-issued code
answers *replaced* at the door instead of *unknown*.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from katalyze.checkin.codes import classify_code, event_tag, new_code, normalize_scan
from katalyze.db import Database
from katalyze.db.models import BadgeCode, Participant, utcnow
from katalyze.errors import UserError
from katalyze.events import event_in
from katalyze.i18n import _

PARTICIPANT = Participant.__table__
BADGE_CODE = BadgeCode.__table__


def taken_codes(session: Session) -> set[str]:
    """Every code issued in this event, current or replaced."""
    taken = set(session.scalars(select(BadgeCode.code)))
    taken.update(
        session.scalars(select(Participant.badge_code).where(Participant.badge_code.is_not(None)))
    )
    return taken


def ensure_codes_in(session: Session, participant_ids: Iterable[int] | None = None) -> int:
    """Give a badge code to every participant (or those listed) who has none,
    inside the caller's transaction; returns how many were issued."""
    query = select(Participant.id).where(Participant.badge_code.is_(None))
    if participant_ids is not None:
        ids = list(participant_ids)
        if not ids:
            return 0
        query = query.where(Participant.id.in_(ids))
    missing = list(session.scalars(query.order_by(Participant.id)))
    if not missing:
        return 0
    secret = event_in(session).secret
    taken = taken_codes(session)
    now = utcnow()
    rows = []
    for pid in missing:
        code = new_code(secret, taken)
        taken.add(code)
        rows.append({"pid": pid, "code": code})
    session.execute(
        update(PARTICIPANT)
        .where(PARTICIPANT.c.id == bindparam("pid"))
        .values(badge_code=bindparam("code")),
        rows,
    )
    session.execute(
        insert(BADGE_CODE),
        [{"code": r["code"], "participant_id": r["pid"], "issued_at": now} for r in rows],
    )
    session.expire_all()
    return len(rows)


def give_code_in(session: Session, participant_id: int, code: str) -> None:
    """Give ``participant_id`` a code issued before (a walk-in registered
    again after an undo), unless it went to somebody else meanwhile."""
    if code in taken_codes(session):
        return
    session.execute(
        update(PARTICIPANT).where(PARTICIPANT.c.id == participant_id).values(badge_code=code)
    )
    session.execute(
        insert(BADGE_CODE).values(code=code, participant_id=participant_id, issued_at=utcnow())
    )
    session.expire_all()


def badge_tag(db: Database) -> str:
    """The letters every badge code of this event starts with (a screen tells
    this event's scans from typed text and from other events' badges)."""
    with db.sessions.begin() as session:
        return event_tag(event_in(session).secret)


def issue_missing_codes(db: Database) -> int:
    """Give a badge code to everyone who has none; returns how many."""
    with db.sessions.begin() as session:
        return ensure_codes_in(session)


def reissue_badge(db: Database, participant_id: int) -> str:
    """A lost badge: a new code for the person; the old one then answers
    *replaced*. The new badge counts as not printed yet."""
    with db.sessions.begin() as session:
        event = event_in(session)
        person = session.get(Participant, participant_id)
        if person is None:
            raise UserError(
                _("Le participant n° {participant_id} n'existe plus.").format(
                    participant_id=participant_id
                )
            )
        now = utcnow()
        taken = taken_codes(session)
        old = person.badge_code
        if old is not None:
            row = session.get(BadgeCode, old)
            if row is None:
                session.add(BadgeCode(code=old, participant_id=person.id, replaced_at=now))
            else:
                row.replaced_at = now
        code = new_code(event.secret, taken)
        person.badge_code = code
        person.badge_printed_at = None
        session.add(BadgeCode(code=code, participant_id=person.id, issued_at=now))
        session.flush()
        return code


def resolve_code(db: Database, raw: str) -> tuple[str, str, int | None]:
    """Who a scanned code names, without checking anybody in: the normalised
    code, its kind (``current``, ``replaced``, ``unknown``, ``foreign`` or
    ``invalid``) and the participant's id when there is one."""
    code = normalize_scan(raw)
    with db.sessions.begin() as session:
        kind = classify_code(code, event_in(session).secret)
        if kind != "valid":
            return code, kind, None
        pid = session.scalar(select(Participant.id).where(Participant.badge_code == code))
        if pid is not None:
            return code, "current", pid
        old = session.get(BadgeCode, code)
        if old is not None:
            return code, "replaced", old.participant_id
        return code, "unknown", None


def mark_unprinted(db: Database, participant_ids: Iterable[int]) -> None:
    """Forget that these badges were printed (to print them again)."""
    ids = list(participant_ids)
    if not ids:
        return
    with db.sessions.begin() as session:
        session.execute(
            update(Participant).where(Participant.id.in_(ids)).values(badge_printed_at=None)
        )

"""Check-in at the door: by badge code or by name, walk-ins, undo.

The Accueil screen and the CLI import everything from here: code issuing
(:mod:`katalyze.checkin.issuing`) and counters (:mod:`katalyze.checkin.arrivals`)
are re-exported.

Every attempt is one short transaction that writes the outcome to the scan log.
The arrival itself is an ``INSERT ... ON CONFLICT DO NOTHING`` on ``checkin``,
whose ``participant_id`` is unique: the database, not the application, decides
which of two stations racing on one badge answers *ok* (the other gets
*already*), on SQLite as on a shared PostgreSQL server.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from katalyze.changes import Changes
from katalyze.checkin.arrivals import (
    NO_ROLE_COLOUR,
    ArrivalCounts,
    ArrivalInfo,
    RoleCount,
    arrival_counts,
    current_round,
    latest_arrivals,
    table_of,
)
from katalyze.checkin.codes import classify_code, normalize_scan
from katalyze.checkin.issuing import (
    ensure_codes_in,
    give_code_in,
    issue_missing_codes,
    mark_unprinted,
    reissue_badge,
    resolve_code,
)
from katalyze.db import Database
from katalyze.db.models import (
    BadgeCode,
    CheckIn,
    Participant,
    Role,
    ScanLog,
    utcnow,
)
from katalyze.errors import UserError
from katalyze.events import event_in
from katalyze.i18n import _
from katalyze.participants import (
    ParticipantDraft,
    WalkInRecord,
    add_participant_in,
    remove_walk_in_in,
)

Status = Literal["ok", "already", "unknown", "foreign", "invalid", "cancelled", "replaced"]
STATUSES: tuple[str, ...] = (
    "ok",
    "already",
    "unknown",
    "foreign",
    "invalid",
    "cancelled",
    "replaced",
)
# Scan-log outcomes that are not scan results.
UNDONE = "undone"
DEFAULT_STATION = "Accueil"
# Core tables: the hot path inserts without the ORM's unit of work.
CHECKIN = CheckIn.__table__
SCAN_LOG = ScanLog.__table__

__all__ = [
    "DEFAULT_STATION",
    "STATUSES",
    "ArrivalCounts",
    "ArrivalInfo",
    "RoleCount",
    "ScanResult",
    "Undone",
    "arrival_counts",
    "check_in_code",
    "check_in_participant",
    "ensure_codes_in",
    "issue_missing_codes",
    "latest_arrivals",
    "mark_unprinted",
    "register_walk_in",
    "reissue_badge",
    "resolve_code",
    "undo_check_in",
]


@dataclass(frozen=True)
class ScanResult:
    """What the volunteer sees after a scan or a click on a name.

    ``checked_in_at`` is when the person checked in (now for *ok*, the first
    time for *already*), ``station`` the station that made this attempt;
    ``first_station`` and ``first_checked_in_at`` repeat the first check-in for
    *already*. Participant fields are filled whenever the code or id named
    somebody (also for *already*, *cancelled* and *replaced*).
    """

    code: str
    status: Status
    participant_id: int | None
    first_name: str
    last_name: str
    organisation: str
    role: str
    role_colour: str
    table: str | None
    project_title: str | None
    checked_in_at: dt.datetime | None
    station: str
    first_station: str | None
    first_checked_in_at: dt.datetime | None
    message: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def to_json(self) -> dict[str, Any]:
        """The line ``katalyze checkin`` prints (DESIGN.md)."""
        return {
            "code": self.code,
            "status": self.status,
            "participant_id": self.participant_id,
            "table": self.table,
            "checked_in_at": self.checked_in_at.isoformat() if self.checked_in_at else None,
        }


# --- messages (French: the volunteer's language) -------------------------------


def _clock(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment else "?"


def _message(status: str, name: str, table: str | None, first: CheckIn | None) -> str:
    if status == "ok":
        if table:
            return _("Bienvenue, {name} ! Table {table}.").format(name=name, table=table)
        return _(
            "Bienvenue, {name} ! Pas encore de table : dites-lui que sa table "
            "s'affichera dans la salle au début de l'atelier."
        ).format(name=name)
    if status == "already":
        when = _clock(first.checked_in_at if first else None)
        if first and first.station:
            text = _("{name} est déjà arrivé·e à {time} ({station}).").format(
                name=name, time=when, station=first.station
            )
        else:
            text = _("{name} est déjà arrivé·e à {time}.").format(name=name, time=when)
        return f"{text} {_('Table {table}.').format(table=table)}" if table else text
    if status == "cancelled":
        return _("L'inscription de {name} est annulée : voyez avec l'organisation.").format(
            name=name
        )
    if status == "replaced":
        return _(
            "Ce badge de {name} a été remplacé : demandez le nouveau badge "
            "ou cherchez la personne par son nom."
        ).format(name=name)
    if status == "foreign":
        return _("Badge d'un autre événement (ancien badge ?) : cherchez la personne par son nom.")
    if status == "unknown":
        return _("Badge inconnu pour cet événement : cherchez la personne par son nom.")
    return _("Code illisible ou mal saisi : scannez à nouveau ou tapez le nom.")


# --- lookups inside a transaction ---------------------------------------------


@dataclass(frozen=True)
class _Who:
    """The participant columns a scan needs (no ORM object, no wish loading)."""

    id: int
    first_name: str
    last_name: str
    organisation: str
    cancelled: bool
    badge_code: str | None
    role: str
    role_colour: str


def _who(session: Session, condition: Any) -> _Who | None:
    row = session.execute(
        select(
            Participant.id,
            Participant.first_name,
            Participant.last_name,
            Participant.organisation,
            Participant.cancelled,
            Participant.badge_code,
            Role.label,
            Role.colour,
        )
        .outerjoin(Role, Role.id == Participant.role_id)
        .where(condition)
    ).first()
    if row is None:
        return None
    pid, first, last, organisation, cancelled, code, label, colour = row
    return _Who(
        pid, first, last, organisation, bool(cancelled), code, label or "", colour or NO_ROLE_COLOUR
    )


def _claim(session: Session, participant_id: int, station: str, now: dt.datetime) -> bool:
    """Insert the check-in unless one exists; True when this call made it.

    Relies on the unique ``checkin.participant_id``: ``ON CONFLICT DO NOTHING``
    on SQLite and PostgreSQL keeps the transaction usable, and other backends
    fall back to catching the constraint violation in a savepoint. The insert
    ``RETURNING`` its id says whether a row was made: psycopg 3 reports a
    rowcount of -1 for it, so the rowcount cannot.
    """
    values = {"participant_id": participant_id, "station": station, "checked_in_at": now}
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        else:
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        statement = (
            dialect_insert(CheckIn)
            .values(**values)
            .on_conflict_do_nothing(index_elements=[CheckIn.participant_id])
            .returning(CheckIn.id)
        )
        return session.execute(statement).first() is not None
    try:
        with session.begin_nested():
            session.execute(insert(CHECKIN).values(**values))
        return True
    except IntegrityError:
        return False


def _log(
    session: Session,
    station: str,
    code: str,
    outcome: str,
    participant_id: int | None,
    now: dt.datetime,
    client_id: str | None = None,
) -> None:
    session.execute(
        insert(SCAN_LOG).values(
            at=now,
            station=station,
            code=code[:200],
            outcome=outcome,
            participant_id=participant_id,
            client_id=client_id,
        )
    )


def _client_id(client_id: str | None) -> str | None:
    """A station's id for one attempt, or ``None``; refuses what cannot be one."""
    if client_id is None:
        return None
    value = str(client_id).strip()
    if not value or len(value) > 64:
        raise UserError(_("L'identifiant d'envoi doit faire de 1 à 64 caractères."))
    return value


def _replayed(session: Session, client_id: str | None, round_: int) -> ScanResult | None:
    """The answer already given to ``client_id`` (a resend), rebuilt from the log."""
    if client_id is None:
        return None
    row = session.execute(
        select(
            SCAN_LOG.c.code,
            SCAN_LOG.c.outcome,
            SCAN_LOG.c.participant_id,
            SCAN_LOG.c.station,
            SCAN_LOG.c.at,
        ).where(SCAN_LOG.c.client_id == client_id)
    ).first()
    if row is None:
        return None
    code, outcome, participant_id, station, at = row
    person = _who(session, Participant.id == participant_id) if participant_id else None
    first = None
    if outcome == "already" and participant_id is not None:
        first = session.execute(
            select(CHECKIN.c.station, CHECKIN.c.checked_in_at).where(
                CHECKIN.c.participant_id == participant_id
            )
        ).first()
    status = outcome if outcome in STATUSES else "invalid"
    return _result(
        session,
        code=code,
        status=status,
        person=person,
        station=station,
        round_=round_,
        now=at,
        first=first,
    )


def _result(
    session: Session,
    *,
    code: str,
    status: str,
    person: _Who | None,
    station: str,
    round_: int,
    now: dt.datetime,
    first: Any = None,
) -> ScanResult:
    table = title = None
    if person is not None and status in ("ok", "already", "replaced", "cancelled"):
        table, title = table_of(session, person.id, round_)
    name = f"{person.first_name} {person.last_name}".strip() if person else ""
    checked_in_at = now if status == "ok" else (first.checked_in_at if first else None)
    return ScanResult(
        code=code,
        status=status,  # type: ignore[arg-type]
        participant_id=person.id if person else None,
        first_name=person.first_name if person else "",
        last_name=person.last_name if person else "",
        organisation=person.organisation if person else "",
        role=person.role if person else "",
        role_colour=person.role_colour if person else NO_ROLE_COLOUR,
        table=table,
        project_title=title,
        checked_in_at=checked_in_at,
        station=station,
        first_station=first.station if first else None,
        first_checked_in_at=first.checked_in_at if first else None,
        message=_message(status, name, table, first),
    )


def _arrive(
    session: Session,
    person: _Who,
    *,
    code: str,
    station: str,
    round_: int,
    allow_cancelled: bool = False,
    client_id: str | None = None,
    at: dt.datetime | None = None,
) -> ScanResult:
    """Check ``person`` in (or say why not), log the attempt."""
    now = at or utcnow()
    first = None
    if person.cancelled and not allow_cancelled:
        status = "cancelled"
    else:
        if person.cancelled:  # came after all: the volunteer confirmed it
            session.execute(
                update(Participant).where(Participant.id == person.id).values(cancelled=False)
            )
        if _claim(session, person.id, station, now):
            status = "ok"
        else:
            status = "already"
            first = session.execute(
                select(CHECKIN.c.station, CHECKIN.c.checked_in_at).where(
                    CHECKIN.c.participant_id == person.id
                )
            ).first()
    _log(session, station, code, status, person.id, now, client_id)
    return _result(
        session,
        code=code,
        status=status,
        person=person,
        station=station,
        round_=round_,
        now=now,
        first=first,
    )


def _station(station: str | None) -> str:
    return (station or "").strip()[:80] or DEFAULT_STATION


# --- public services -------------------------------------------------------------


def check_in_code(
    db: Database,
    raw: str,
    station: str = DEFAULT_STATION,
    *,
    client_id: str | None = None,
    at: dt.datetime | None = None,
) -> ScanResult:
    """Check in whoever ``raw`` (a scan or a typed code) names.

    Never raises for a bad code: the outcome says what it was. ``client_id``
    (made by the station for this one attempt) makes a resend harmless: the
    attempt already logged under that id is answered again, nothing is written.
    ``at``: when the scan happened, for a door replaying scans it kept offline.
    """
    station = _station(station)
    code = normalize_scan(raw)
    client_id = _client_id(client_id)
    result, fresh = _once(
        db, client_id, lambda: _check_in_code(db, raw, code, station, client_id, at)
    )
    if fresh and result.status == "ok":
        db.changes.publish(Changes.of("checkins"))
    return result


def _once(
    db: Database, client_id: str | None, attempt: Callable[[], ScanResult]
) -> tuple[ScanResult, bool]:
    """``attempt()``, or — when another copy of the same ``client_id``
    committed first and the scan log's unique id refused this one — the
    answer that copy got. The flag is False for such a replay."""
    try:
        return attempt(), True
    except IntegrityError:
        if client_id is None:
            raise
        with db.sessions.begin() as session:
            replayed = _replayed(session, client_id, current_round(event_in(session)))
        if replayed is None:
            raise
        return replayed, False


def _check_in_code(
    db: Database,
    raw: str,
    code: str,
    station: str,
    client_id: str | None,
    at: dt.datetime | None = None,
) -> ScanResult:
    with db.sessions.begin() as session:
        event = event_in(session)
        round_ = current_round(event)
        replayed = _replayed(session, client_id, round_)
        if replayed is not None:
            return replayed
        kind = classify_code(code, event.secret)
        logged = code or (raw or "").strip()
        if kind != "valid":
            now = at or utcnow()
            _log(session, station, logged, kind, None, now, client_id)
            return _result(
                session,
                code=logged,
                status=kind,
                person=None,
                station=station,
                round_=round_,
                now=now,
            )
        person = _who(session, Participant.badge_code == code)
        if person is not None:
            return _arrive(
                session,
                person,
                code=code,
                station=station,
                round_=round_,
                client_id=client_id,
                at=at,
            )
        old_owner = session.scalar(select(BadgeCode.participant_id).where(BadgeCode.code == code))
        now = at or utcnow()
        if old_owner is not None:
            person = _who(session, Participant.id == old_owner)
            status = "replaced"
        else:
            status = "unknown"
        _log(session, station, code, status, person.id if person else None, now, client_id)
        return _result(
            session,
            code=code,
            status=status,
            person=person,
            station=station,
            round_=round_,
            now=now,
        )


def check_in_participant(
    db: Database,
    participant_id: int,
    station: str = DEFAULT_STATION,
    *,
    allow_cancelled: bool = False,
    client_id: str | None = None,
    at: dt.datetime | None = None,
) -> ScanResult:
    """Check in somebody found by name. A cancelled registration answers
    *cancelled* unless ``allow_cancelled`` (the volunteer confirmed), which
    restores it and checks the person in. ``client_id`` and ``at`` as for
    :func:`check_in_code`."""
    station = _station(station)
    client_id = _client_id(client_id)
    result, fresh = _once(
        db,
        client_id,
        lambda: _check_in_participant(db, participant_id, station, allow_cancelled, client_id, at),
    )
    if fresh and result.status == "ok":
        db.changes.publish(Changes.of("checkins", "participants"))
    return result


def _check_in_participant(
    db: Database,
    participant_id: int,
    station: str,
    allow_cancelled: bool,
    client_id: str | None,
    at: dt.datetime | None = None,
) -> ScanResult:
    with db.sessions.begin() as session:
        event = event_in(session)
        replayed = _replayed(session, client_id, current_round(event))
        if replayed is not None:
            return replayed
        person = _who(session, Participant.id == participant_id)
        if person is None:
            raise UserError(_("Le participant n° {id} n'existe plus.").format(id=participant_id))
        if person.badge_code is None:
            ensure_codes_in(session, [participant_id])
            person = _who(session, Participant.id == participant_id)
            assert person is not None
        return _arrive(
            session,
            person,
            code=person.badge_code or "",
            station=station,
            round_=current_round(event),
            allow_cancelled=allow_cancelled,
            client_id=client_id,
            at=at,
        )


@dataclass(frozen=True)
class Undone:
    """What undoing a check-in did. A walk-in's arrival was their only reason
    to be on the list: undoing it removes the registration too (no phantom
    expected person in the counters, the workbook, ``list participants``);
    ``walk_in`` then holds what it takes to register them again, same badge."""

    participant_id: int
    name: str
    walk_in: WalkInRecord | None = None


def undo_check_in(db: Database, participant_id: int, station: str = DEFAULT_STATION) -> Undone:
    """Take back a check-in (a wrong click, a badge scanned for someone else)."""
    station = _station(station)
    with db.sessions.begin() as session:
        person = session.get(Participant, participant_id)
        if person is None:
            raise UserError(_("Le participant n° {id} n'existe plus.").format(id=participant_id))
        name = f"{person.first_name} {person.last_name}".strip()
        gone = session.execute(delete(CheckIn).where(CheckIn.participant_id == participant_id))
        if gone.rowcount == 0:
            raise UserError(
                _("{name} n'est pas enregistré·e comme arrivé·e : rien à annuler.").format(
                    name=name
                )
            )
        _log(session, station, person.badge_code or "", UNDONE, participant_id, utcnow())
        record = remove_walk_in_in(session, participant_id) if person.walk_in else None
    db.changes.publish(
        Changes.of("checkins", "participants", "seats") if record else Changes.of("checkins")
    )
    return Undone(participant_id, name, record)


def register_walk_in(
    db: Database,
    draft: ParticipantDraft,
    station: str = DEFAULT_STATION,
    *,
    client_id: str | None = None,
    badge_code: str | None = None,
    at: dt.datetime | None = None,
) -> ScanResult:
    """Register somebody at the door (no registration), give them a badge
    code and check them in, in one transaction. A resent ``client_id``
    answers the first registration again instead of making a second person.
    ``badge_code`` gives back the code of a walk-in whose arrival was undone
    (:class:`Undone`), so the badge already printed still works; ``at`` is
    the moment of arrival when it is not now (an offline door's replay)."""
    station = _station(station)
    client_id = _client_id(client_id)

    def attempt() -> ScanResult:
        with db.sessions.begin() as session:
            event = event_in(session)
            replayed = _replayed(session, client_id, current_round(event))
            if replayed is not None:
                return replayed
            participant_id = add_participant_in(session, draft, walk_in=True)
            if badge_code is not None:
                give_code_in(session, participant_id, badge_code)
            ensure_codes_in(session, [participant_id])
            person = _who(session, Participant.id == participant_id)
            assert person is not None
            return _arrive(
                session,
                person,
                code=person.badge_code or "",
                station=station,
                round_=current_round(event),
                client_id=client_id,
                at=at,
            )

    result, fresh = _once(db, client_id, attempt)
    if not fresh:
        return result
    db.changes.publish(Changes.of("checkins", "participants"))
    return result

"""The event and its roles: created with a new database, edited in Préparation."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import secrets
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from katalyze.changes import publishes
from katalyze.db import Database
from katalyze.db.models import Event, Participant, Role
from katalyze.errors import UserError
from katalyze.i18n import _
from katalyze.text import MONTHS_FR, fold
from katalyze.vocabulary import DEFAULT_ROLES


@dataclass(frozen=True)
class EventInfo:
    id: int
    name: str
    date: dt.date | None
    venue: str
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RoleInfo:
    id: int
    key: str
    label: str
    colour: str
    position: int
    is_staff: bool


def _ensure(session: Session, name: str) -> Event:
    event = session.scalar(select(Event).limit(1))
    if event is None:
        event = Event(name=name, venue="", settings={}, secret=secrets.token_hex(16))
        session.add(event)
        # A file whose event row was lost still has its roles: add only the
        # missing ones (their people keep theirs).
        existing = set(session.scalars(select(Role.key)))
        for position, spec in enumerate(DEFAULT_ROLES):
            if spec.key in existing:
                continue
            session.add(
                Role(
                    key=spec.key,
                    label=spec.label,
                    colour=spec.colour,
                    position=position,
                    is_staff=spec.is_staff,
                )
            )
        session.flush()
    return event


def ensure_event(db: Database, name: str = "Session KatalyZe") -> EventInfo:
    """The event of this database, created with the default roles if new."""
    if db.read_only:  # nothing may be written: a lost event row reads as a blank one
        with db.sessions() as session:
            event = session.scalar(select(Event).limit(1))
            return _info(event) if event is not None else EventInfo(0, name, None, "")
    with db.sessions.begin() as session:
        return _info(_ensure(session, name))


def event_in(session: Session) -> Event:
    """The event row inside a caller's transaction (created if missing)."""
    return _ensure(session, "Session KatalyZe")


def _info(event: Event) -> EventInfo:
    return EventInfo(
        id=event.id,
        name=event.name,
        date=event.date,
        venue=event.venue,
        settings=dict(event.settings or {}),
    )


def get_event(db: Database) -> EventInfo:
    return ensure_event(db)


@publishes("event")
def update_event(
    db: Database,
    *,
    name: str | None = None,
    date: dt.date | None = None,
    venue: str | None = None,
    settings: dict[str, Any] | None = None,
    clear_date: bool = False,
) -> EventInfo:
    """Change the event's fields; ``settings`` are merged into the existing ones.

    ``date=None`` keeps the date; ``clear_date=True`` removes it.
    """
    if name is not None and not name.strip():
        raise UserError(_("Le nom de l'événement ne peut pas être vide."))
    with db.sessions.begin() as session:
        event = _ensure(session, "Session KatalyZe")
        if name is not None:
            event.name = name.strip()
        if date is not None:
            event.date = date
        elif clear_date:
            event.date = None
        if venue is not None:
            event.venue = venue.strip()
        if settings:
            event.settings = {**(event.settings or {}), **settings}
        return _info(event)


# Month names folded (no accents) for matching what is typed.
_MONTHS = tuple(fold(name) for name in MONTHS_FR)
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_NUMERIC = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2}|\d{4}))?")
_ISO = re.compile(r"(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})")
_WORDS = re.compile(r"(\d{1,2})(?:er)?\s+([a-z]+)\.?(?:\s+(\d{2}|\d{4}))?")
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100


def _month_named(word: str) -> int | None:
    """1-12 for a French month name or an unambiguous start of one (``sept``)."""
    if len(word) < 3:
        return None
    found = [i for i, name in enumerate(_MONTHS, 1) if name.startswith(word)]
    return found[0] if len(found) == 1 else None


def parse_event_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date a person typed for the event; ``None`` when the field is empty.

    Accepts ``14/03/2026``, ``14/3/26``, ``14.03.2026``, ``14-03-2026``,
    ``2026-03-14``, ``14 mars 2026``, ``jeudi 1er octobre 2026``; without a year
    (``14/03``), the next 14 March on or after ``today``. Anything else raises
    :class:`UserError` with a sentence that quotes what was typed.
    """
    typed = " ".join(text.split())
    if not typed:
        return None
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", typed.lower()) if not unicodedata.combining(c)
    )
    for weekday in _WEEKDAYS:  # "jeudi 26 mars 2026"
        if folded.startswith(weekday + " "):
            folded = folded[len(weekday) + 1 :]
            break
    year: int | None
    if match := _ISO.fullmatch(folded):
        year, month, day = (int(g) for g in match.groups())
    elif match := _NUMERIC.fullmatch(folded):
        day, month = int(match[1]), int(match[2])
        year = int(match[3]) if match[3] else None
        if match[3] and len(match[3]) == 2:
            year = 2000 + int(match[3])
    elif (match := _WORDS.fullmatch(folded)) and _month_named(match[2]) is not None:
        day, month = int(match[1]), _month_named(match[2]) or 0
        year = int(match[3]) if match[3] else None
        if match[3] and len(match[3]) == 2:
            year = 2000 + int(match[3])
    else:
        raise UserError(
            _("« {typed} » n'est pas une date : tapez-la comme 14/03/2026.").format(typed=typed)
        )
    if not 1 <= month <= 12:
        raise UserError(
            _(
                "« {typed} » n'est pas une date : le mois va de 1 à 12 (tapez-la comme 14/03/2026)."
            ).format(typed=typed)
        )
    if year is not None and not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise UserError(
            _(
                "« {typed} » n'est pas une date : l'année doit être entre {EARLIEST_YEAR} et "
                "{LATEST_YEAR} (tapez-la comme 14/03/2026)."
            ).format(typed=typed, EARLIEST_YEAR=EARLIEST_YEAR, LATEST_YEAR=LATEST_YEAR)
        )
    today = today or dt.date.today()
    try:
        if year is not None:
            return dt.date(year, month, day)
        candidate = dt.date(today.year, month, day)
        return candidate if candidate >= today else dt.date(today.year + 1, month, day)
    except ValueError:
        pass
    if day < 1:
        reason = _("le jour va de 1 à 31 (tapez-la comme 14/03/2026)")
    elif month == 2:
        reason = _("février n'a que 28 jours (29 les années bissextiles)")
        if day == 29:
            reason = _("{value} n'est pas une année bissextile").format(value=year or today.year)
    else:
        last = calendar.monthrange(2001, month)[1]
        reason = f"{MONTHS_FR[month - 1]} n'a que {last} jours"
    raise UserError(
        _("« {typed} » n'est pas une date : {reason}.").format(typed=typed, reason=reason)
    )


def list_roles(db: Database) -> list[RoleInfo]:
    with db.sessions.begin() as session:
        _ensure(session, "Session KatalyZe")
        roles = session.scalars(select(Role).order_by(Role.position, Role.id))
        return [_role_info(r) for r in roles]


def _role_info(role: Role) -> RoleInfo:
    return RoleInfo(role.id, role.key, role.label, role.colour, role.position, role.is_staff)


@publishes("roles")
def save_role(
    db: Database,
    *,
    role_id: int | None,
    label: str,
    colour: str,
    is_staff: bool = False,
) -> RoleInfo:
    """Create (``role_id=None``) or change a role's label and colour."""
    label = label.strip()
    if not label:
        raise UserError(_("Un rôle doit avoir un libellé."))
    if not (colour.startswith("#") and len(colour) in (4, 7, 9)):
        raise UserError(
            _("« {colour} » n'est pas une couleur (attendu : #RRGGBB).").format(colour=colour)
        )
    from katalyze.text import fold

    with db.sessions.begin() as session:
        _ensure(session, "Session KatalyZe")
        if role_id is None:
            key = fold(label).replace(" ", "-") or "role"
            base, n = key, 2
            while session.scalar(select(Role).where(Role.key == key)) is not None:
                key, n = f"{base}-{n}", n + 1
            position = (session.scalar(select(func.max(Role.position))) or 0) + 1
            role = Role(key=key, label=label, colour=colour, position=position, is_staff=is_staff)
            session.add(role)
        else:
            role = session.get(Role, role_id)
            if role is None:
                raise UserError(_("Ce rôle n'existe plus."))
            role.label, role.colour, role.is_staff = label, colour, is_staff
        session.flush()
        return _role_info(role)


@publishes("roles")
def delete_role(db: Database, role_id: int) -> None:
    """Delete a role no participant has."""
    with db.sessions.begin() as session:
        used = session.scalar(select(func.count()).where(Participant.role_id == role_id))
        if used:
            raise UserError(
                _("Ce rôle est celui de {used} participant(s) : changez-le d'abord.").format(
                    used=used
                )
            )
        role = session.get(Role, role_id)
        if role is not None:
            session.delete(role)

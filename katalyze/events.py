"""The event and its roles: created with a new database, edited in Préparation."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from katalyze.db import Database
from katalyze.db.models import Event, Participant, Role
from katalyze.errors import UserError
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
        for position, spec in enumerate(DEFAULT_ROLES):
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


def update_event(
    db: Database,
    *,
    name: str | None = None,
    date: dt.date | None = None,
    venue: str | None = None,
    settings: dict[str, Any] | None = None,
) -> EventInfo:
    """Change the event's fields; ``settings`` are merged into the existing ones."""
    if name is not None and not name.strip():
        raise UserError("Le nom de l'événement ne peut pas être vide.")
    with db.sessions.begin() as session:
        event = _ensure(session, "Session KatalyZe")
        if name is not None:
            event.name = name.strip()
        if date is not None:
            event.date = date
        if venue is not None:
            event.venue = venue.strip()
        if settings:
            event.settings = {**(event.settings or {}), **settings}
        return _info(event)


def list_roles(db: Database) -> list[RoleInfo]:
    with db.sessions.begin() as session:
        _ensure(session, "Session KatalyZe")
        roles = session.scalars(select(Role).order_by(Role.position, Role.id))
        return [_role_info(r) for r in roles]


def _role_info(role: Role) -> RoleInfo:
    return RoleInfo(role.id, role.key, role.label, role.colour, role.position, role.is_staff)


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
        raise UserError("Un rôle doit avoir un libellé.")
    if not (colour.startswith("#") and len(colour) in (4, 7, 9)):
        raise UserError(f"« {colour} » n'est pas une couleur (attendu : #RRGGBB).")
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
                raise UserError("Ce rôle n'existe plus.")
            role.label, role.colour, role.is_staff = label, colour, is_staff
        session.flush()
        return _role_info(role)


def delete_role(db: Database, role_id: int) -> None:
    """Delete a role no participant has."""
    with db.sessions.begin() as session:
        used = session.scalar(select(func.count()).where(Participant.role_id == role_id))
        if used:
            raise UserError(f"Ce rôle est celui de {used} participant(s) : changez-le d'abord.")
        role = session.get(Role, role_id)
        if role is not None:
            session.delete(role)

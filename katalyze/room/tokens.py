"""Room links: a random token bound to one role (and one table).

A token is ``secrets.token_urlsafe(24)`` (192 bits). The database keeps only
its SHA-256, so a copy of the event file hands out no working link; the
plain token exists in the process that issued it (the running room shows it
as a QR code). A link may hold several live tokens (each start of the room
issues fresh ones for its QR codes while the phones that already joined keep
theirs); revoking a link revokes all of them at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select, update

from katalyze.db import Database
from katalyze.db.models import Project, RoomToken, utcnow
from katalyze.errors import UserError
from katalyze.i18n import _

TABLE, PARTICIPANT, DOOR, STAGE = "table", "participant", "door", "stage"
ROLES: tuple[str, ...] = (TABLE, PARTICIPANT, DOOR, STAGE)
TABLE_ROLES = frozenset({TABLE, PARTICIPANT})
TOKEN_BYTES = 24  # 192 bits
MAX_TOKEN_LENGTH = 200


@dataclass(frozen=True)
class Grant:
    """What a token allows: its role and, for a table role, its table."""

    token_id: int
    role: str
    project_id: int | None
    table: int | None

    @property
    def link(self) -> tuple[str, int | None]:
        return (self.role, self.project_id)


@dataclass(frozen=True)
class Link:
    """A freshly issued token, to hand out (QR code, ``serve --json``)."""

    role: str
    project_id: int | None
    table: int | None
    title: str
    token: str


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def _issue_in(session, role: str, project: Project | None) -> Link:
    token = secrets.token_urlsafe(TOKEN_BYTES)
    session.add(
        RoomToken(
            token_hash=token_hash(token),
            role=role,
            project_id=project.id if project is not None else None,
        )
    )
    return Link(
        role=role,
        project_id=project.id if project is not None else None,
        table=project.table_number if project is not None else None,
        title=project.title if project is not None else "",
        token=token,
    )


def issue(db: Database, role: str, project_id: int | None = None) -> Link:
    """A new token for one link (the link's other tokens keep working)."""
    if role not in ROLES:
        raise UserError(_("Rôle de lien inconnu « {role} ».").format(role=role))
    with db.sessions.begin() as session:
        project = None
        if role in TABLE_ROLES:
            project = session.get(Project, project_id) if project_id is not None else None
            if project is None:
                raise UserError(
                    _("Le projet n° {id} n'existe plus : choisissez une autre table.").format(
                        id=project_id
                    )
                )
        return _issue_in(session, role, project)


def issue_room(db: Database, participant_links: bool = False) -> list[Link]:
    """One new token per table, then the door and the stage (table order)."""
    with db.sessions.begin() as session:
        projects = list(session.scalars(select(Project).order_by(Project.table_number)))
        links = [_issue_in(session, TABLE, p) for p in projects]
        if participant_links:
            links += [_issue_in(session, PARTICIPANT, p) for p in projects]
        links.append(_issue_in(session, DOOR, None))
        links.append(_issue_in(session, STAGE, None))
    return links


def revoke(db: Database, role: str, project_id: int | None = None) -> int:
    """Stop every live token of one link at once; returns how many."""
    now = utcnow()
    with db.sessions.begin() as session:
        query = update(RoomToken).where(RoomToken.role == role, RoomToken.revoked_at.is_(None))
        if project_id is None:
            query = query.where(RoomToken.project_id.is_(None))
        else:
            query = query.where(RoomToken.project_id == project_id)
        return session.execute(query.values(revoked_at=now)).rowcount or 0


def regenerate(db: Database, role: str, project_id: int | None = None) -> Link:
    """Revoke a link's tokens and issue a new one (a lost or shared phone)."""
    revoke(db, role, project_id)
    return issue(db, role, project_id)


def check(db: Database, token: str | None) -> Grant | None:
    """The grant of a live token, ``None`` for a missing, unknown or revoked one."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    with db.sessions.begin() as session:
        row = session.execute(
            select(RoomToken.id, RoomToken.role, RoomToken.project_id, Project.table_number)
            .outerjoin(Project, Project.id == RoomToken.project_id)
            .where(RoomToken.token_hash == token_hash(token), RoomToken.revoked_at.is_(None))
        ).first()
    if row is None:
        return None
    return Grant(token_id=row[0], role=row[1], project_id=row[2], table=row[3])


def live_count(db: Database) -> dict[tuple[str, int | None], int]:
    """How many live tokens each link has (the Salle panel shows it)."""
    with db.sessions.begin() as session:
        rows = session.execute(
            select(RoomToken.role, RoomToken.project_id).where(RoomToken.revoked_at.is_(None))
        )
        out: dict[tuple[str, int | None], int] = {}
        for role, project_id in rows:
            out[(role, project_id)] = out.get((role, project_id), 0) + 1
        return out


def revoked_at(db: Database, token: str) -> dt.datetime | None:
    with db.sessions.begin() as session:
        return session.scalar(
            select(RoomToken.revoked_at).where(RoomToken.token_hash == token_hash(token))
        )

"""SQLAlchemy 2 typed models: one event per database.

The schema is created and upgraded only by the Alembic migrations in
``katalyze/db/migrations``; these classes describe it for the ORM. When a column
changes here, a new migration must change it there too (a test compares them).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Timezone-aware now, stored as UTC."""
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores UTC, gives back timezone-aware datetimes on every backend
    (SQLite keeps no offset; PostgreSQL gets a plain timestamp in UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass a timezone-aware value")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class Event(Base):
    """The evening itself. A database holds exactly one row."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    date: Mapped[dt.date | None] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(300), default="")
    # Free-form settings (language, rounds, placement weights...), JSON.
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Per-event secret: keys the badge codes so that they are useless elsewhere.
    secret: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Role(Base):
    """A participant category, configurable per event (label and colour)."""

    __tablename__ = "role"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True)
    label: Mapped[str] = mapped_column(String(120))
    colour: Mapped[str] = mapped_column(String(9), default="#888888")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Organisers' own people (holders, hosts, volunteers) are not "visitors".
    is_staff: Mapped[bool] = mapped_column(Boolean, default=False)


class Project(Base):
    """A cooperative project; one project is one table."""

    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    table_number: Mapped[int] = mapped_column(Integer)
    table_label: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(300))
    holder: Mapped[str] = mapped_column(String(200), default="")
    lead_organisation: Mapped[str] = mapped_column(String(300), default="")
    theme: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # Need codes (see katalyze.vocabulary.NEEDS), best known first.
    needs: Mapped[list[str]] = mapped_column(JSON, default=list)
    needs_other: Mapped[str] = mapped_column(String(300), default="")
    min_seats: Mapped[int] = mapped_column(Integer, default=0)
    max_seats: Mapped[int] = mapped_column(Integer, default=10)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (UniqueConstraint("table_number"),)


class Participant(Base):
    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str] = mapped_column(String(60), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    role_id: Mapped[int | None] = mapped_column(ForeignKey("role.id", ondelete="SET NULL"))
    # Offer codes (see katalyze.vocabulary.OFFERS).
    offers: Mapped[list[str]] = mapped_column(JSON, default=list)
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    # Where the person came from: ["inscriptions.csv:12", "walk-in"...].
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Holders and table hosts stay at this project's table every round.
    home_project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="SET NULL")
    )
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    # Current badge code (older, re-issued codes live in BadgeCode).
    badge_code: Mapped[str | None] = mapped_column(String(40), unique=True)
    badge_printed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    role: Mapped[Role | None] = relationship(lazy="joined")
    wishes: Mapped[list[Wish]] = relationship(
        order_by="Wish.rank", cascade="all, delete-orphan", lazy="selectin"
    )

    __table_args__ = (Index("ix_participant_email", "email"),)


class Wish(Base):
    """A ranked project wish of a participant (rank 1 is the best)."""

    __tablename__ = "wish"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
    rank: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))

    __table_args__ = (UniqueConstraint("participant_id", "project_id"),)


class BadgeCode(Base):
    """Every badge code ever issued in this event, so old ones answer *replaced*."""

    __tablename__ = "badge_code"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    replaced_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class CheckIn(Base):
    """A participant's arrival. At most one per participant: the unique
    constraint makes the check-in write atomic across stations."""

    __tablename__ = "checkin"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), unique=True
    )
    station: Mapped[str] = mapped_column(String(80), default="")
    checked_in_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ScanLog(Base):
    """Audit log: every scan or manual check-in attempt, whatever its outcome."""

    __tablename__ = "scan_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    station: Mapped[str] = mapped_column(String(80), default="")
    code: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str] = mapped_column(String(20))
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    # Made by the station (door page, offline queue): a resend is answered
    # from the log, never counted twice.
    client_id: Mapped[str | None] = mapped_column(String(64), unique=True)


class Seat(Base):
    """Where a participant sits in a round (1-based)."""

    __tablename__ = "seat"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    round: Mapped[int] = mapped_column(Integer)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        UniqueConstraint("participant_id", "round"),
        Index("ix_seat_project_round", "project_id", "round"),
    )


class Item(Base):
    """Something a table produced: idea, need, offer, commitment, action, question."""

    __tablename__ = "item"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    round: Mapped[int] = mapped_column(Integer, default=1)
    kind: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(30), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    responsible_participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    responsible_text: Mapped[str] = mapped_column(String(300), default="")
    due: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="")
    votes: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    # Made by the room's page (offline queue): a resend gives back the same item.
    client_id: Mapped[str | None] = mapped_column(String(64), unique=True)

    __table_args__ = (Index("ix_item_project_round", "project_id", "round"),)


class Synthesis(Base):
    """Free-text synthesis of one table for one round."""

    __tablename__ = "synthesis"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), primary_key=True
    )
    round: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class CaptureDraft(Base):
    """What a scribe's laptop (station) is typing at a table and round but has
    not entered yet: the entry line, an item being edited. Saved within a
    second of typing so a crash loses nothing; one row per station so two
    laptops at the same table never overwrite each other."""

    __tablename__ = "capture_draft"

    station: Mapped[str] = mapped_column(String(80), primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), primary_key=True
    )
    round: Mapped[int] = mapped_column(Integer, primary_key=True)
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class ActionNote(Base):
    """A dated update of an action during the year of follow-up (Suivi): the
    status it moved to (``""`` when unchanged) and what was said."""

    __tablename__ = "action_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ItemOutcome(Base):
    """Whether a commitment was honoured or a need met (and by whom)."""

    __tablename__ = "item_outcome"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("item.id", ondelete="CASCADE"), primary_key=True
    )
    # "honoured" / "broken" (commitments), "met" / "unmet" (needs), "" open.
    outcome: Mapped[str] = mapped_column(String(20), default="")
    by_participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    by_text: Mapped[str] = mapped_column(String(300), default="")
    on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class ProjectFollowup(Base):
    """A project's year: the rhythm of its follow-up meetings, whether it
    continues next session, and its year-end impact review."""

    __tablename__ = "project_followup"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), primary_key=True
    )
    rhythm_months: Mapped[int] = mapped_column(Integer, default=1)
    continuing: Mapped[bool] = mapped_column(Boolean, default=True)
    stage: Mapped[str] = mapped_column(String(200), default="")
    jobs: Mapped[str] = mapped_column(Text, default="")
    partners: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date)


class FollowupMeeting(Base):
    """A point of analysis of one project: planned, then held."""

    __tablename__ = "followup_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    planned_on: Mapped[dt.date] = mapped_column(Date)
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    attendees: Mapped[list[str]] = mapped_column(JSON, default=list)
    decisions: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class RoomToken(Base):
    """A room link's token (katalyze.room.tokens): one role, one table for
    the table roles. Only a hash is stored; revoking takes effect at once."""

    __tablename__ = "room_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())

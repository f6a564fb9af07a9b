"""What the Badges screen lists: everyone's badge code and printing state."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from katalyze.checkin.arrivals import NO_ROLE_COLOUR, current_round
from katalyze.db import Database
from katalyze.db.models import Participant, Role, Seat
from katalyze.events import event_in
from katalyze.text import fold


@dataclass(frozen=True)
class BadgeStatus:
    participant_id: int
    first_name: str
    last_name: str
    organisation: str
    role: str
    role_colour: str
    code: str | None
    printed_at: dt.datetime | None
    cancelled: bool
    walk_in: bool

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def sort_key(self) -> tuple[str, str, int]:
        return (fold(self.last_name), fold(self.first_name), self.participant_id)

    @property
    def search_text(self) -> str:
        code = self.code or ""
        return fold(f"{self.first_name} {self.last_name} {self.organisation} {self.role} {code}")


@dataclass(frozen=True)
class BadgeOverview:
    badges: tuple[BadgeStatus, ...]
    current_round: int
    seated: int  # participants with a table in the current round

    @property
    def unprinted(self) -> int:
        return sum(1 for b in self.badges if b.printed_at is None and not b.cancelled)

    @property
    def active(self) -> int:
        return sum(1 for b in self.badges if not b.cancelled)


def badge_overview(db: Database) -> BadgeOverview:
    """Everyone's badge, sorted by last then first name (accents ignored)."""
    with db.sessions.begin() as session:
        round_ = current_round(event_in(session))
        rows = session.execute(
            select(
                Participant.id,
                Participant.first_name,
                Participant.last_name,
                Participant.organisation,
                Role.label,
                Role.colour,
                Participant.badge_code,
                Participant.badge_printed_at,
                Participant.cancelled,
                Participant.walk_in,
            ).outerjoin(Role, Role.id == Participant.role_id)
        ).all()
        seated = session.scalar(select(func.count()).select_from(Seat).where(Seat.round == round_))
    badges = [
        BadgeStatus(
            participant_id=pid,
            first_name=first,
            last_name=last,
            organisation=organisation,
            role=role or "",
            role_colour=colour or NO_ROLE_COLOUR,
            code=code,
            printed_at=printed,
            cancelled=bool(cancelled),
            walk_in=bool(walk_in),
        )
        for pid, first, last, organisation, role, colour, code, printed, cancelled, walk_in in rows
    ]
    badges.sort(key=lambda b: b.sort_key)
    return BadgeOverview(tuple(badges), round_, int(seated or 0))

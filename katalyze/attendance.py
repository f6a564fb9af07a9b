"""How many people: the one count every screen and export shows.

Every participant row falls in exactly one of three groups:

- **registered** (*inscrit·es*): signed up beforehand and not cancelled;
- **walk-ins** (*inscrit·es à l'accueil*): registered at the door and not cancelled;
- **cancelled** (*annulé·es*): the registration was cancelled, whether it was
  made beforehand or at the door.

so ``total == registered + walk_ins + cancelled``. The people **expected**
tonight (*attendu·es*) are the registered and the walk-ins; those **arrived**
(*arrivé·es*) are the expected who checked in. A cancelled person is never
counted as arrived: checking a cancelled person in at the door restores the
registration first (see :mod:`katalyze.checkin.service`), so a row that is
both cancelled and checked in is one the organisers cancelled afterwards, on
purpose.

:func:`attendance` counts in the database; :func:`count_attendance` counts
rows already loaded (a screen's list, an export's data) with the same rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Protocol

from sqlalchemy import func, select

from katalyze.db import Database
from katalyze.db.models import CheckIn, Participant

CHECKIN = CheckIn.__table__


@dataclass(frozen=True)
class Attendance:
    """The people of an event, counted once and the same way everywhere."""

    registered: int
    """Signed up beforehand, not cancelled (walk-ins excluded)."""
    walk_ins: int
    """Registered at the door ("inscrit·es à l'accueil"), not cancelled."""
    cancelled: int
    """Cancelled registrations, made beforehand or at the door."""
    arrived_registered: int
    """Registered people (not walk-ins, not cancelled) who checked in."""
    arrived_walk_ins: int
    """Walk-ins (not cancelled) who are checked in (normally all of them)."""

    @property
    def total(self) -> int:
        """Every participant row: registered + walk-ins + cancelled."""
        return self.registered + self.walk_ins + self.cancelled

    @property
    def expected(self) -> int:
        """Expected tonight ("attendu·es"): registered + walk-ins."""
        return self.registered + self.walk_ins

    @property
    def arrived(self) -> int:
        """Checked in, not cancelled ("arrivé·es"), walk-ins included."""
        return self.arrived_registered + self.arrived_walk_ins

    @property
    def not_arrived(self) -> int:
        """Expected but not checked in yet: expected - arrived."""
        return self.expected - self.arrived

    @property
    def turnout(self) -> float | None:
        """Share of the registered who came (walk-ins left out), or None
        when nobody registered beforehand."""
        return self.arrived_registered / self.registered if self.registered else None

    def with_arrival(self, *, walk_in: bool = False) -> Attendance:
        """These figures after one more first check-in; a walk-in is a new
        row, expected and arrived at once."""
        if walk_in:
            return replace(
                self, walk_ins=self.walk_ins + 1, arrived_walk_ins=self.arrived_walk_ins + 1
            )
        return replace(self, arrived_registered=self.arrived_registered + 1)

    def __add__(self, other: Attendance) -> Attendance:
        return Attendance(
            registered=self.registered + other.registered,
            walk_ins=self.walk_ins + other.walk_ins,
            cancelled=self.cancelled + other.cancelled,
            arrived_registered=self.arrived_registered + other.arrived_registered,
            arrived_walk_ins=self.arrived_walk_ins + other.arrived_walk_ins,
        )


NOBODY = Attendance(0, 0, 0, 0, 0)


def tally(groups: Iterable[tuple[bool, bool, bool, int]]) -> Attendance:
    """Add up ``(cancelled, walk_in, arrived, how_many)`` groups of rows."""
    registered = walk_ins = cancelled = arrived_registered = arrived_walk_ins = 0
    for is_cancelled, walk_in, arrived, n in groups:
        if is_cancelled:
            cancelled += n
        elif walk_in:
            walk_ins += n
            arrived_walk_ins += n if arrived else 0
        else:
            registered += n
            arrived_registered += n if arrived else 0
    return Attendance(registered, walk_ins, cancelled, arrived_registered, arrived_walk_ins)


class _Person(Protocol):
    @property
    def cancelled(self) -> bool: ...

    @property
    def walk_in(self) -> bool: ...


def _arrived(person: object) -> bool:
    for name in ("checked_in_at", "arrived_at"):
        if hasattr(person, name):
            return getattr(person, name) is not None
    raise TypeError(f"{type(person).__name__} has no checked_in_at or arrived_at")


def count_attendance(people: Iterable[_Person]) -> Attendance:
    """Count rows already loaded: anything with ``cancelled``, ``walk_in`` and
    ``checked_in_at`` (or ``arrived_at``), e.g. :class:`ParticipantInfo`."""
    return tally(
        (bool(p.cancelled), bool(p.walk_in), _arrived(p), 1)  # type: ignore[misc]
        for p in people
    )


def attendance(db: Database) -> Attendance:
    """Count the event's participants in the database (one query)."""
    arrived = CHECKIN.c.id.is_not(None)
    with db.sessions.begin() as session:
        rows = session.execute(
            select(Participant.cancelled, Participant.walk_in, arrived, func.count())
            .select_from(Participant)
            .outerjoin(CHECKIN, CHECKIN.c.participant_id == Participant.id)
            .group_by(Participant.cancelled, Participant.walk_in, arrived)
        ).all()
    return tally((bool(c), bool(w), bool(a), int(n)) for c, w, a, n in rows)


__all__ = ["NOBODY", "Attendance", "attendance", "count_attendance", "tally"]

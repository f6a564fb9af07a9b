"""Seats: who sits where in each round, the board of tables and the rules a seating breaks.

Everything the Répartition screen needs is here as plain data:

- :func:`list_seats`, :func:`move_seat`, :func:`set_locked`, :func:`set_pinned`,
  :func:`replace_seats` change or read the stored seats;
- :func:`load_seating` reads one :class:`Seating` snapshot (people, tables,
  seats of every round); :meth:`Seating.with_move` / :meth:`Seating.with_flags`
  give a changed copy without touching the database, so that a screen can
  recompute :func:`build_board` and :func:`check_seating` at once after a drag;
- :func:`board` and :func:`check_rules` are the database versions of the two.

A "visitor" is a person without a home table (``home_project_id``): visitors
move between tables over the rounds; holders and hosts stay at their table.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from katalyze.assignment.board import (
    Board,
    BoardPerson,
    BoardTable,
    RoleCount,
    build_board,
    needs_covered,
)
from katalyze.assignment.rules import (
    COLLEAGUES_TOGETHER,
    HARD_KINDS,
    OVER_CAPACITY,
    PINNED_AWAY,
    REPEAT_ENCOUNTER,
    ROLE_CLUSTERED,
    SEATED_TWICE,
    TABLE_REVISITED,
    UNDER_MINIMUM,
    Violation,
    check_seating,
    holders_of,
    role_band,
    role_population,
)
from katalyze.assignment.snapshot import (
    PersonFacts,
    SeatInfo,
    Seating,
    TableFacts,
    _seat_info,
    list_seats,
    list_seats_json,
    load_seating,
    seating_in,
    stored_rounds,
)
from katalyze.changes import publishes
from katalyze.db import Database
from katalyze.db.models import Participant, Project, Seat
from katalyze.errors import UserError
from katalyze.i18n import _

# ---------------------------------------------------------------------------
# Writing


def _check_round(round: int) -> None:
    if round < 1:
        raise UserError(
            _("Le tour {round} n'existe pas : les tours commencent à 1.").format(round=round)
        )


@publishes("seats")
def move_seat(
    db: Database, participant_id: int, round: int, project_id: int | None
) -> SeatInfo | None:
    """Seat the person at ``project_id`` in ``round``; ``None`` removes the seat.

    The lock of an existing seat is kept; a round pin is dropped when the
    table changes. Returns the new seat (``None`` when removed).
    """
    _check_round(round)
    with db.sessions.begin() as session:
        person = session.get(Participant, participant_id)
        if person is None:
            raise UserError(
                _("Le participant n° {participant_id} n'existe plus.").format(
                    participant_id=participant_id
                )
            )
        seat = session.scalar(
            select(Seat).where(Seat.participant_id == participant_id, Seat.round == round)
        )
        if project_id is None:
            if seat is not None:
                session.delete(seat)
            return None
        if session.get(Project, project_id) is None:
            raise UserError(
                _("Le projet n° {project_id} n'existe plus.").format(project_id=project_id)
            )
        if seat is None:
            seat = Seat(participant_id=participant_id, project_id=project_id, round=round)
            seat.pinned, seat.locked = False, False
            session.add(seat)
        else:
            if seat.project_id != project_id:
                seat.pinned = False
            seat.project_id = project_id
        session.flush()
        return _seat_info(seat)


def _existing(session, participant_id: int, round: int) -> Seat:  # type: ignore[no-untyped-def]
    seat = session.scalar(
        select(Seat).where(Seat.participant_id == participant_id, Seat.round == round)
    )
    if seat is None:
        person = session.get(Participant, participant_id)
        who = (
            f"{person.first_name} {person.last_name}".strip() if person else f"n° {participant_id}"
        )
        raise UserError(
            _("{who} n'a pas de place au tour {round} : placez cette personne d'abord.").format(
                who=who, round=round
            )
        )
    return seat


@publishes("seats")
def set_locked(db: Database, participant_id: int, round: int, locked: bool) -> SeatInfo:
    """Lock (a re-run of the placement keeps it) or unlock a seat."""
    _check_round(round)
    with db.sessions.begin() as session:
        seat = _existing(session, participant_id, round)
        seat.locked = locked
        session.flush()
        return _seat_info(seat)


@publishes("seats")
def set_pinned(db: Database, participant_id: int, round: int, pinned: bool) -> SeatInfo:
    """Pin a person to their current table for this round (or unpin)."""
    _check_round(round)
    with db.sessions.begin() as session:
        seat = _existing(session, participant_id, round)
        seat.pinned = pinned
        session.flush()
        return _seat_info(seat)


def add_seats(session: Session, seats: Iterable[SeatInfo]) -> None:
    """Write ``seats`` inside the caller's transaction (their rounds must be free)."""
    for s in seats:
        _check_round(s.round)
        session.add(
            Seat(
                participant_id=s.participant_id,
                project_id=s.project_id,
                round=s.round,
                pinned=s.pinned,
                locked=s.locked,
            )
        )


@publishes("seats")
def replace_seats(db: Database, seats: Iterable[SeatInfo], rounds: Iterable[int]) -> None:
    """Replace every seat of ``rounds`` by ``seats`` (an undo of a whole
    placement, or of late arrivals): one transaction; publishes the seats."""
    rounds = sorted(set(rounds))
    with db.sessions.begin() as session:
        if rounds:
            session.execute(delete(Seat).where(Seat.round.in_(rounds)))
        add_seats(session, seats)


def board(db: Database, round: int) -> Board:
    """The board of tables of ``round``, read from the database."""
    _check_round(round)
    return build_board(load_seating(db), round)


def check_rules(db: Database, round: int | None = None) -> list[Violation]:
    """Every rule the stored seats break in ``round`` (all rounds when ``None``)."""
    if round is not None:
        _check_round(round)
    return check_seating(load_seating(db), round)


__all__ = [
    "COLLEAGUES_TOGETHER",
    "HARD_KINDS",
    "OVER_CAPACITY",
    "PINNED_AWAY",
    "REPEAT_ENCOUNTER",
    "ROLE_CLUSTERED",
    "SEATED_TWICE",
    "TABLE_REVISITED",
    "UNDER_MINIMUM",
    "Board",
    "BoardPerson",
    "BoardTable",
    "PersonFacts",
    "RoleCount",
    "SeatInfo",
    "Seating",
    "TableFacts",
    "Violation",
    "board",
    "build_board",
    "check_rules",
    "check_seating",
    "holders_of",
    "list_seats",
    "list_seats_json",
    "load_seating",
    "move_seat",
    "needs_covered",
    "replace_seats",
    "role_band",
    "role_population",
    "seating_in",
    "set_locked",
    "set_pinned",
    "stored_rounds",
]

"""A late arrival: one more person seated at once, nobody else moves.

A choice per round over the tables that still have a free seat. Role bands
come first, as in the solver's strictest model: a table is taken only if no
other free table breaks fewer bands (floor/ceil of each role's share, counted
before and after the arrival sits down); among those, the score uses the same
:class:`~katalyze.assignment.problem.Weights` as the solver (wishes,
repeats, revisits, colleagues, needs). Reads only a few columns, so it
answers in milliseconds even for a large evening. ``place_late_arrivals``
seats several people, all or none, in one transaction.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select

from katalyze.assignment.problem import Weights, load_weights
from katalyze.assignment.rules import role_band
from katalyze.assignment.seats import SeatInfo, stored_rounds
from katalyze.changes import Changes
from katalyze.db import Database
from katalyze.db.models import Participant, Project, Role, Seat, Wish
from katalyze.errors import UserError
from katalyze.i18n import _
from katalyze.text import fold
from katalyze.vocabulary import NEED_MET_BY


@lru_cache(maxsize=4096)
def _folded(organisation: str | None) -> str:
    """``fold`` of an organisation name, remembered: a large evening has many
    people per organisation, and a late arrival must answer in milliseconds."""
    return fold(organisation)


@dataclass
class _Person:
    id: int
    org: str
    role: str
    staff: bool
    home: int | None
    offers: frozenset[str]


def place_late_arrival(db: Database, participant_id: int, round: int | None = None) -> SeatInfo:
    """Seat ``participant_id`` in ``round`` (every round when ``None``) at the
    best table with a free seat, without moving anyone. Rounds where the
    person already has a seat are left as they are. Returns the seat of
    ``round`` (of the first round when ``None``)."""
    return place_late_arrivals(db, [participant_id], round)[participant_id]


def place_late_arrivals(
    db: Database, participant_ids: list[int], round: int | None = None
) -> dict[int, SeatInfo]:
    """Seat each of ``participant_ids`` in turn (see :func:`place_late_arrival`),
    all of them or none (one transaction); publishes ``Changes.of("seats")``.
    Returns each person's seat of ``round`` (of the first round when ``None``)."""
    weights = load_weights(db)
    rounds_total = stored_rounds(db)
    placed: dict[int, SeatInfo] = {}
    with db.sessions.begin() as session:
        for pid in participant_ids:
            placed[pid] = _seat_one(session, pid, round, rounds_total, weights)
    if participant_ids:
        db.changes.publish(Changes.of("seats"))
    return placed


def _seat_one(  # type: ignore[no-untyped-def]
    session, participant_id: int, round: int | None, rounds_total: int, weights: Weights
) -> SeatInfo:
    """Seat one person (see :func:`place_late_arrival`) in ``session``."""
    me_row = session.get(Participant, participant_id)
    if me_row is None:
        raise UserError(
            _("Le participant n° {participant_id} n'existe pas.").format(
                participant_id=participant_id
            )
        )
    if me_row.cancelled:
        raise UserError(
            _(
                "L'inscription de {first_name} {last_name} est annulée : rétablissez-la avant de "
                "lui donner une place."
            ).format(first_name=me_row.first_name, last_name=me_row.last_name)
        )
    rounds = [round] if round is not None else list(range(1, rounds_total + 1))
    if round is not None and round < 1:
        raise UserError(
            _("Le tour {round} n'existe pas : les tours commencent à 1.").format(round=round)
        )
    tables = list(
        session.execute(
            select(
                Project.id,
                Project.max_seats,
                Project.lead_organisation,
                Project.needs,
                Project.table_number,
            )
        )
    )
    if not tables:
        raise UserError(_("Aucune table n'est définie : créez les projets d'abord."))
    seats = list(
        session.execute(
            select(Seat.participant_id, Seat.project_id, Seat.round, Seat.pinned, Seat.locked)
        )
    )
    seated_ids = {s.participant_id for s in seats} | {participant_id}
    staff_roles = {r.id: (r.key, r.is_staff) for r in session.scalars(select(Role))}
    people: dict[int, _Person] = {}
    for row in session.execute(
        select(
            Participant.id,
            Participant.organisation,
            Participant.role_id,
            Participant.home_project_id,
            Participant.offers,
        )
    ):
        # Every participant (one plain scan), the seated ones kept: cheaper
        # than an IN list of thousands of ids.
        if row.id not in seated_ids:
            continue
        key, staff = staff_roles.get(row.role_id, ("", False))
        people[row.id] = _Person(
            row.id,
            _folded(row.organisation),
            key,
            staff,
            row.home_project_id,
            frozenset(row.offers or ()),
        )
    wishes = list(
        session.scalars(
            select(Wish.project_id).where(Wish.participant_id == participant_id).order_by(Wish.rank)
        )
    )
    me = people[participant_id]
    own = {s.round: s for s in seats if s.participant_id == participant_id}
    mine = {r: s.project_id for r, s in own.items()}
    placed: dict[int, SeatInfo] = {}
    for r in rounds:
        if r in own:
            s = own[r]
            placed[r] = SeatInfo(s.participant_id, s.project_id, s.round, s.pinned, s.locked)
            continue
        tid = _best_table(me, wishes, r, tables, seats, people, weights, mine)
        seat = Seat(participant_id=participant_id, project_id=tid, round=r)
        seat.pinned, seat.locked = me.home == tid, False
        session.add(seat)
        placed[r] = SeatInfo(participant_id, tid, r, seat.pinned, False)
        mine[r] = tid
    session.flush()
    return placed[rounds[0]]


def _best_table(
    me: _Person,
    wishes: list[int],
    round: int,
    tables: list,  # type: ignore[type-arg]
    seats: list,  # type: ignore[type-arg]
    people: dict[int, _Person],
    weights: Weights,
    mine: dict[int, int],
) -> int:
    ids = {t.id for t in tables}
    if me.home in ids:
        return me.home  # type: ignore[return-value]
    at: dict[int, list[int]] = defaultdict(list)
    elsewhere: dict[int, dict[int, int]] = defaultdict(dict)  # person -> round -> table
    for s in seats:
        if s.round == round:
            at[s.project_id].append(s.participant_id)
        else:
            elsewhere[s.participant_id][s.round] = s.project_id
    my_tables = {t for r, t in mine.items() if r != round}
    met: set[int] = set()
    for s in seats:
        if s.round != round and mine.get(s.round) == s.project_id and s.participant_id != me.id:
            other = people.get(s.participant_id)
            if other is not None and other.home is None:
                met.add(s.participant_id)
    counted = [
        p for t in at.values() for p in t if p in people and people[p].role and not people[p].staff
    ]
    me_counted = bool(me.role) and not me.staff
    totals: dict[str, int] = defaultdict(int)
    for p in counted:
        totals[people[p].role] += 1
    if me_counted:
        totals[me.role] += 1
    population = len(counted) + me_counted

    bands: dict[int, list[tuple[str, int, int]]] = {}

    def broken(roles: dict[str, int]) -> int:
        """Role band breaks at a table with these counted roles."""
        size = sum(roles.values())
        if size not in bands:
            bands[size] = [(k, *role_band(n, size, population)) for k, n in totals.items()]
        out = 0
        for key, low, high in bands[size]:
            n = roles.get(key, 0)
            out += max(0, low - n) + max(0, n - high)
        return out

    best, best_score, best_breaks = None, -math.inf, math.inf
    for t in sorted(tables, key=lambda t: t.table_number):
        here = at.get(t.id, [])
        if len(here) >= t.max_seats:
            continue
        rank = wishes.index(t.id) + 1 if t.id in wishes else None
        score = weights.wish_points(rank)
        if t.id in my_tables:
            score -= weights.revisit
        visitors_here = [p for p in here if p in people and people[p].home is None]
        score -= weights.repeat * sum(1 for p in visitors_here if p in met)
        holders = {_folded(t.lead_organisation)}
        if me.org and me.org not in holders:
            score -= weights.colleague * sum(1 for p in here if people[p].org == me.org)
        breaks = 0
        if me_counted and len(totals) > 1:
            roles: dict[str, int] = defaultdict(int)
            for p in here:
                if people[p].role and not people[p].staff:
                    roles[people[p].role] += 1
            before = broken(roles)
            roles[me.role] += 1
            breaks = broken(roles) - before  # may mend a band: then preferred
            score -= weights.role * breaks
        offered = {o for p in visitors_here for o in people[p].offers}
        for need in t.needs or ():
            meets = NEED_MET_BY.get(need, frozenset())
            if meets & me.offers and not meets & offered:
                score += weights.need
        # Emptier tables first on a tie: keeps the room balanced.
        score -= 0.01 * len(here)
        if breaks < best_breaks or (breaks == best_breaks and score > best_score):
            best, best_score, best_breaks = t.id, score, breaks
    if best is None:
        raise UserError(
            _(
                "Toutes les tables sont pleines au tour {round} : augmentez les places d'une "
                "table (Préparation) ou libérez une place à la main."
            ).format(round=round)
        )
    return best

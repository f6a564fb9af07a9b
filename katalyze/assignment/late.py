"""A late arrival: one more person seated at once, nobody else moves.

The seats are chosen with the placement's own goals: :func:`seat_cost` is the
change of :func:`katalyze.assignment.objective.evening_cost` (same
:class:`~katalyze.assignment.problem.Weights`) when the person sits at a table
given what is there — wishes, needs covered, colleagues apart (except at a
table their organisation holds), role bands, a table's minimum, people met
again and tables revisited. Role bands come first: in each round only the
free tables that break the fewest bands (floor/ceil of each role's share,
counted with the arrival) are candidates, then the fewest people beyond a
band. Among those, the seats of all the rounds to fill are chosen together,
so that round 1 does not spoil round 2, by a branch and bound whose work is
counted (:data:`NODE_BUDGET`), never timed; ties go to the emptier table,
then the lower table number.

What is there is read in a few grouped queries (:mod:`.late_room`), so a
late arrival answers in milliseconds on a large evening.
``place_late_arrivals`` seats several people, all or none, in one
transaction.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from sqlalchemy.orm import Session

from katalyze.assignment.goals import fairness_points, meet_again_cost, unit
from katalyze.assignment.late_room import (
    Arrival,
    Here,
    Room,
    Table,
    read_arrival,
    read_mates,
    read_own_seats,
    read_rooms,
    read_tables,
)
from katalyze.assignment.problem import Weights, load_weights
from katalyze.assignment.seats import SeatInfo, stored_rounds
from katalyze.changes import Changes
from katalyze.db import Database
from katalyze.db.models import Seat
from katalyze.errors import UserError
from katalyze.i18n import _
from katalyze.vocabulary import NEED_MET_BY

# Branch and bound nodes (a table tried in a round given the earlier rounds'
# tables) after the first complete choice; past it the best so far is kept.
NODE_BUDGET = 200
_EPS = 1e-9

Mates = Callable[[int, int], dict[int, dict[int, int]]]


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
        tables = read_tables(session)
        for pid in participant_ids:
            placed[pid] = _seat_one(session, pid, round, rounds_total, weights, tables)
    if participant_ids:
        db.changes.publish(Changes.of("seats"))
    return placed


def _seat_one(
    session: Session,
    participant_id: int,
    round: int | None,
    rounds_total: int,
    weights: Weights,
    tables: list[Table],
) -> SeatInfo:
    """Seat one person (see :func:`place_late_arrival`) in ``session``."""
    arrival = read_arrival(session, participant_id)
    if round is not None and round < 1:
        raise UserError(
            _("Le tour {round} n'existe pas : les tours commencent à 1.").format(round=round)
        )
    if not tables:
        raise UserError(_("Aucune table n'est définie : créez les projets d'abord."))
    rounds = [round] if round is not None else list(range(1, rounds_total + 1))
    own = read_own_seats(session, participant_id)
    todo = [r for r in rounds if r not in own]
    chosen: dict[int, int] = {}
    if todo:
        if arrival.home in {t.id for t in tables}:
            chosen = dict.fromkeys(todo, arrival.home)
        else:
            rooms = read_rooms(session, arrival, tables, todo)
            known: dict[tuple[int, int], dict[int, dict[int, int]]] = {}

            def mates(r: int, t: int) -> dict[int, dict[int, int]]:
                if (r, t) not in known:
                    known[(r, t)] = read_mates(session, r, t, todo)
                return known[(r, t)]

            fixed = {r: seat[0] for r, seat in own.items()}
            chosen = choose_tables(
                arrival, [rooms[r] for r in todo], fixed, mates, weights, rounds_total
            )
        for r in todo:
            session.add(
                Seat(
                    participant_id=participant_id,
                    project_id=chosen[r],
                    round=r,
                    pinned=arrival.home == chosen[r],
                    locked=False,
                )
            )
        session.flush()
    first = rounds[0]
    if first in own:
        table, pinned, locked = own[first]
        return SeatInfo(participant_id, table, first, pinned, locked)
    return SeatInfo(participant_id, chosen[first], first, arrival.home == chosen[first], False)


def band_change(arrival: Arrival, room: Room, here: Here) -> tuple[int, int]:
    """(bands broken, people beyond a band) added at ``here`` when the
    arrival sits down there; negative when the seat mends a band."""
    if here.band is not None:
        return here.band
    if not arrival.role or room.population <= 0 or len(room.role_totals) < 2:
        here.band = (0, 0)
        return here.band
    size = sum(here.roles.values())
    now, then = room.bands(size), room.bands(size + 1)
    broken = beyond = 0
    # Only the arrival's role and the roles whose band moves with the size change.
    for key in {arrival.role, *room.moving(size)}:
        n = here.roles.get(key, 0)
        low, high = now[key]
        before = max(0, low - n) + max(0, n - high)
        n += key == arrival.role
        low, high = then[key]
        after = max(0, low - n) + max(0, n - high)
        broken += (after > 0) - (before > 0)
        beyond += after - before
    here.band = (broken, beyond)
    return here.band


def seat_cost(
    arrival: Arrival,
    room: Room,
    here: Here,
    weights: Weights,
    met_before: Iterable[int] = (),
    visits: int = 0,
) -> float:
    """Change of the evening cost when ``arrival`` sits at ``here`` in
    ``room``'s round, given what is there: ``met_before`` holds, for each
    visitor at the table the arrival already meets in another round, how
    many times; ``visits`` is how many other rounds the arrival sits at this
    table. The goals and their prices are those of
    :mod:`katalyze.assignment.goals` (the evening's fairness term, which
    depends on every round, is added by :func:`choose_tables`); lower is better."""
    table = here.table
    cost = unit(weights, "roles") * band_change(arrival, room, here)[1]
    if here.seated < table.min_seats:  # one seat fewer missing (an empty table too)
        cost -= unit(weights, "under_minimum")
    if arrival.org and arrival.org not in table.holders and here.colleagues:
        cost += unit(weights, "colleagues")  # one more colleague beyond the first
    if arrival.visitor:
        cost += unit(weights, "wishes") * weights.wish_points(arrival.wish_rank(table.id))
        for need in table.needs:
            meets = NEED_MET_BY.get(need, frozenset())
            if meets & arrival.offers and not meets & here.offered:
                cost += unit(weights, "needs")
        for times in met_before:
            cost += meet_again_cost(weights, times)
        if visits:  # back at a table visited in another round
            cost += unit(weights, "revisits")
    return cost


def choose_tables(
    arrival: Arrival,
    rooms: list[Room],
    fixed: dict[int, int],
    mates: Mates,
    weights: Weights,
    rounds: int | None = None,
) -> dict[int, int]:
    """round -> table for each of ``rooms``: the fewest role bands broken in
    each round, then the lowest total :func:`seat_cost` over the rounds, plus
    the fairness cost when none of the evening's ``rounds`` (default: the
    rooms' and ``fixed``'s) seats the arrival on a wish.
    ``fixed`` holds the arrival's seats in other rounds (round -> table);
    ``mates(round, table)`` the visitors there and their tables in the rooms'
    rounds."""
    evening = rounds if rounds is not None else len(rooms) + len(fixed)
    return _Choice(arrival, rooms, fixed, mates, weights, evening).run()


class _Choice:
    """The branch and bound behind :func:`choose_tables`."""

    def __init__(
        self,
        arrival: Arrival,
        rooms: list[Room],
        fixed: dict[int, int],
        mates: Mates,
        weights: Weights,
        rounds: int,
    ) -> None:
        self.arrival, self.rooms, self.mates, self.weights = arrival, rooms, mates, weights
        # A visitor with wishes who gets none all evening costs the fairness
        # points; a wish already given in a fixed round settles it.
        wished = any(arrival.wish_rank(t) is not None for t in fixed.values())
        self.unfair = (
            fairness_points(weights, rounds)
            if arrival.visitor and arrival.wishes and not wished
            else 0.0
        )
        self.candidates = [_candidates(arrival, room) for room in rooms]
        # Meetings and visits the fixed seats already give, per room.
        self.met = [self._tally(fixed.items(), room.round) for room in rooms]
        self.visits = Counter(fixed.values())
        self.base = [
            {t: self._cost(i, t, self.met[i][t], self.visits[t]) for t in self.candidates[i]}
            for i in range(len(rooms))
        ]
        # A later round costs at least its cheapest table alone (meetings and
        # revisits only add to a seat's cost).
        self.rest = [0.0] * (len(rooms) + 1)
        for i in range(len(rooms) - 1, -1, -1):
            self.rest[i] = self.rest[i + 1] + min(self.base[i].values())
        self.best: dict[int, int] | None = None
        self.best_cost = float("inf")
        self.nodes = 0

    def run(self) -> dict[int, int]:
        self._search(0, [], 0.0)
        assert self.best is not None
        return self.best

    def _tally(self, seats: Iterable[tuple[int, int]], round: int) -> dict[int, Counter[int]]:
        """table of ``round`` -> visitor -> times met at ``seats`` (round, table)."""
        out: dict[int, Counter[int]] = defaultdict(Counter)
        if not self.arrival.visitor:
            return out
        for r, t in seats:
            for pid, tables in self.mates(r, t).items():
                there = tables.get(round)
                if there is not None:
                    out[there][pid] += 1
        return out

    def _cost(self, i: int, table_id: int, met: Counter[int], visits: int) -> float:
        room = self.rooms[i]
        return seat_cost(
            self.arrival, room, room.here[table_id], self.weights, met.values(), visits
        )

    def _costs(self, i: int, chosen: list[tuple[int, int]]) -> list[tuple[float, int, int, int]]:
        """(cost, seated, table number, table) of room ``i``'s candidates given
        the tables ``chosen`` in the earlier rooms, cheapest first."""
        costs = self.base[i]
        if chosen:
            more = self._tally(chosen, self.rooms[i].round)
            again = Counter(t for _, t in chosen)
            costs = dict(costs)
            for t in (set(more) | set(again)) & costs.keys():
                costs[t] = self._cost(i, t, self.met[i][t] + more[t], self.visits[t] + again[t])
        here = self.rooms[i].here
        return sorted((c, here[t].seated, here[t].table.number, t) for t, c in costs.items())

    def _search(self, i: int, chosen: list[tuple[int, int]], partial: float) -> None:
        if i == len(self.rooms):
            if self.unfair and all(self.arrival.wish_rank(t) is None for _r, t in chosen):
                partial += self.unfair
            if partial < self.best_cost - _EPS:
                self.best, self.best_cost = dict(chosen), partial
            return
        for cost, _seated, _number, t in self._costs(i, chosen):
            if partial + cost + self.rest[i + 1] >= self.best_cost - _EPS:
                break  # sorted: no later table does better
            if self.best is not None:
                if self.nodes >= NODE_BUDGET:
                    return
                self.nodes += 1
            chosen.append((self.rooms[i].round, t))
            self._search(i + 1, chosen, partial + cost)
            chosen.pop()


def _candidates(arrival: Arrival, room: Room) -> list[int]:
    """The free tables of ``room`` breaking the fewest role bands."""
    keys = {t: band_change(arrival, room, h) for t, h in room.here.items() if h.free}
    if not keys:
        raise UserError(
            _(
                "Toutes les tables sont pleines au tour {round} : augmentez les places d'une "
                "table (Préparation) ou libérez une place à la main."
            ).format(round=room.round)
        )
    least = min(keys.values())
    return [t for t, k in keys.items() if k == least]

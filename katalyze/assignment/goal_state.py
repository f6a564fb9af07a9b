"""The incremental evening of :mod:`katalyze.assignment.goals`: each goal's
change for a move, a swap or one more person, in O(table size), tested
against the goals' costs counted from scratch (``tests/test_goals.py``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from katalyze.assignment.goals import (
    HARD_GOALS,
    Change,
    Evening,
    counted,
    fairness_points,
    goal_units,
    need_set,
    role_totals,
    third_meeting_cost,
    unit,
)
from katalyze.assignment.problem import Problem, Weights
from katalyze.assignment.rules import role_band


class EveningState:
    """An evening's seats with the counts every goal needs, kept up to date
    step by step: per round, each table's people, role, organisation and
    need counts; across rounds, how often each pair of visitors met and each
    visitor sat at each table. Each change below costs O(table size).

    ``cost`` is the running evening cost and ``hard`` the running units of
    each hard goal; a change is ``(cost, roles, third meetings, revisits)``,
    the difference it makes to each.
    ``repeat_scale`` prices repeats (not third meetings) at that share of
    their weight, for a search that lets them in for a while.
    """

    def __init__(
        self,
        problem: Problem,
        weights: Weights,
        seats: Evening,
        *,
        minimise_moves: bool = False,
        repeat_scale: float = 1.0,
    ) -> None:
        people = problem.seating.people
        self.problem, self.weights = problem, weights
        self.minimise_moves = minimise_moves
        self.tables = {t.id: t for t in problem.tables}
        totals, population = role_totals(problem)
        self.totals, self.population = totals, population
        self.bands: dict[int, list[tuple[str, int, int]]] = {}
        everyone = set(problem.people) | {p for s in seats.values() for p in s}
        self.visitor = {p: people[p].is_visitor for p in everyone}
        self.points = {
            p: {t: weights.wish_points(people[p].wish_rank(t)) for t in people[p].wishes}
            for p in everyone
            if people[p].is_visitor
        }
        self.wants = {p for p in everyone if people[p].is_visitor and people[p].wishes}
        self.needs = {p: need_set(people[p]) for p in everyone}
        self.org = {p: people[p].org_key for p in everyone}
        self.role = {
            p: (people[p].role_key if population and counted(people[p]) else None) for p in everyone
        }
        self.bonus = fairness_points(weights, problem.rounds)
        self.third = third_meeting_cost(weights)
        # A search may price repeats (not third meetings) lower for a while.
        self.repeat = weights.repeat * repeat_scale
        rounds = range(1, max(problem.rounds, max(seats, default=0)) + 1)
        self.seat: dict[int, dict[int, int]] = {r: {} for r in rounds}
        self.at: dict[int, dict[int, list[int]]] = {r: {t: [] for t in self.tables} for r in rounds}
        self.vis_at: dict[int, dict[int, list[int]]] = {
            r: {t: [] for t in self.tables} for r in rounds
        }
        self.orgs = {r: {t: Counter[str]() for t in self.tables} for r in rounds}
        self.offers = {r: {t: Counter[str]() for t in self.tables} for r in rounds}
        self.roles = {r: {t: Counter[str]() for t in self.tables} for r in rounds}
        self.met: dict[int, dict[int, int]] = {p: {} for p in everyone if self.visitor[p]}
        self.visits: dict[int, Counter[int]] = {p: Counter() for p in everyone}
        self.wished: Counter[int] = Counter()
        self.seated: Counter[int] = Counter()
        for r, round_seats in seats.items():
            for pid, tid in sorted(round_seats.items()):
                self._join(r, pid, tid)
        units = goal_units(problem, seats, weights, minimise_moves=minimise_moves)
        self.cost = sum(n * unit(weights, g, problem.rounds) for g, n in units.items())
        self.cost += (repeat_scale - 1.0) * weights.repeat * units["repeats"]
        self.hard = {g: int(units[g]) for g in HARD_GOALS}

    # -- the evening --------------------------------------------------------
    def evening(self) -> dict[int, dict[int, int]]:
        return {r: dict(s) for r, s in self.seat.items() if s}

    # -- changes ------------------------------------------------------------
    def move_change(self, r: int, pid: int, b: int) -> Change:
        """``pid`` from its table of round ``r`` (or from no seat) to table ``b``."""
        a = self.seat[r].get(pid)
        cost, revisits = self._person(r, pid, a, b)
        c, roles = self._table(r, b, None, pid)
        cost += c
        thirds = 0
        if a is not None:
            c, k = self._table(r, a, pid, None)
            cost, roles = cost + c, roles + k
        if self.visitor[pid]:
            c, thirds = self._pairs(r, pid, b, None, +1)
            cost += c
            if a is not None:
                c, k = self._pairs(r, pid, a, None, -1)
                cost, thirds = cost + c, thirds + k
        return cost, roles, thirds, revisits

    def swap_change(self, r: int, p: int, q: int) -> Change:
        """``p`` and ``q`` (at two tables of round ``r``) trade seats."""
        a, b = self.seat[r][p], self.seat[r][q]
        c1, v1 = self._person(r, p, a, b)
        c2, v2 = self._person(r, q, b, a)
        c3, k3 = self._table(r, a, p, q)
        c4, k4 = self._table(r, b, q, p)
        cost, roles, thirds = c1 + c2 + c3 + c4, k3 + k4, 0
        if self.visitor[p]:
            c1, t1 = self._pairs(r, p, a, None, -1)
            c2, t2 = self._pairs(r, p, b, q, +1)
            cost, thirds = cost + c1 + c2, t1 + t2
        if self.visitor[q]:
            c1, t1 = self._pairs(r, q, b, None, -1)
            c2, t2 = self._pairs(r, q, a, p, +1)
            cost, thirds = cost + c1 + c2, thirds + t1 + t2
        return cost, roles, thirds, v1 + v2

    def add_change(self, r: int, pid: int, t: int) -> Change:
        """One more person (unseated in round ``r``) at table ``t``: for a late
        arrival, ``cost(evening with pid at t) - cost(evening without)``."""
        if pid in self.seat[r]:
            raise ValueError(f"{pid} is already seated in round {r}")
        return self.move_change(r, pid, t)

    def late_changes(self, r: int, pid: int) -> dict[int, Change]:
        """For a late arrival: :meth:`add_change` of every table with a free
        seat in round ``r`` (``pid`` unseated in that round, and one of the
        problem's people so that the role shares count them). The best seat
        adds no hard unit that another free seat would avoid, then costs least."""
        return {
            t: self.add_change(r, pid, t)
            for t, table in self.tables.items()
            if len(self.at[r][t]) < table.max_seats
        }

    def move(self, r: int, pid: int, b: int, change: Change | None = None) -> None:
        """Seat ``pid`` at ``b`` in round ``r`` (``change``: its
        :meth:`move_change`, when already known)."""
        change = change or self.move_change(r, pid, b)
        a = self.seat[r].get(pid)
        if a is not None:
            self._leave(r, pid, a)
        self._join(r, pid, b)
        self._count(change)

    def swap(self, r: int, p: int, q: int, change: Change | None = None) -> None:
        """``p`` and ``q`` trade seats in round ``r`` (``change``: its
        :meth:`swap_change`, when already known)."""
        change = change or self.swap_change(r, p, q)
        a, b = self.seat[r][p], self.seat[r][q]
        self._leave(r, p, a)
        self._leave(r, q, b)
        self._join(r, p, b)
        self._join(r, q, a)
        self._count(change)

    def _count(self, change: Change) -> None:
        self.cost += change[0]
        self.hard = {
            "roles": self.hard["roles"] + change[1],
            "third_meetings": self.hard["third_meetings"] + change[2],
            "revisits": self.hard["revisits"] + change[3],
        }

    # -- each goal's change --------------------------------------------------
    def _person(self, r: int, pid: int, a: int | None, b: int) -> tuple[float, int]:
        """Wishes, fairness, revisits and moves: the person's own goals."""
        cost = 0.0
        if self.minimise_moves:
            kept = self.problem.existing.get((pid, r))
            cost -= self.weights.move * ((b == kept) - (a == kept))
        if not self.visitor[pid]:
            return cost, 0
        points = self.points[pid]
        cost -= points.get(b, 0.0) - (points.get(a, 0.0) if a is not None else 0.0)
        if pid in self.wants:
            before = self.wished[pid]
            after = before - (a in points) + (b in points)
            unseated = self.seated[pid] == 0
            cost += self.bonus * ((after == 0) - (before == 0 and not unseated))
        visits = self.visits[pid]
        change = (visits[b] >= 1) - (a is not None and visits[a] >= 2)
        cost += self.weights.revisit * change
        return cost, change

    def _table(self, r: int, t: int, out: int | None, into: int | None) -> tuple[float, int]:
        """Colleagues, needs, roles and minimum seats at one table."""
        w = self.weights
        cost, breaks = 0.0, 0
        table = self.tables[t]
        o_out = self.org[out] if out is not None else ""
        o_in = self.org[into] if into is not None else ""
        if o_out != o_in:
            holders = self.problem.holders.get(t, frozenset())
            orgs = self.orgs[r][t]
            if o_out and o_out not in holders and orgs[o_out] >= 2:
                cost -= w.colleague
            if o_in and o_in not in holders and orgs[o_in] >= 1:
                cost += w.colleague
        if table.needs:
            n_out = self.needs[out] if out is not None else frozenset()
            n_in = self.needs[into] if into is not None else frozenset()
            if n_out != n_in:
                offers = self.offers[r][t]
                for need in table.needs:
                    d = (need in n_in) - (need in n_out)
                    if d:
                        before = offers[need] > 0
                        if before != (offers[need] + d > 0):
                            cost += w.need if before else -w.need
        k_out = self.role[out] if out is not None else None
        k_in = self.role[into] if into is not None else None
        if k_out != k_in:
            roles = self.roles[r][t]
            before = self._band_units(roles)
            if k_out is not None:
                roles[k_out] -= 1
            if k_in is not None:
                roles[k_in] += 1
            change = self._band_units(roles) - before
            if k_out is not None:
                roles[k_out] += 1
            if k_in is not None:
                roles[k_in] -= 1
            cost += w.role * change
            breaks += change
        size = len(self.at[r][t])
        grown = size + (into is not None) - (out is not None)
        if grown != size and table.min_seats:
            short = max(0, table.min_seats - grown) - max(0, table.min_seats - size)
            cost += w.under_minimum * short
        return cost, breaks

    def _pairs(self, r: int, pid: int, t: int, skip: int | None, sign: int) -> tuple[float, int]:
        """Repeats and third meetings: ``pid`` joins (+1) or leaves (-1) the
        visitors of table ``t`` (``skip`` apart)."""
        get = self.met[pid].get
        repeats = thirds = 0
        if sign > 0:
            for x in self.vis_at[r][t]:
                m = get(x)
                if m and x != skip:
                    repeats += m
                    if m > 1:
                        thirds += m * (m - 1) // 2
        else:
            # Everyone at t meets pid now (m >= 1): one meeting fewer each.
            for x in self.vis_at[r][t]:
                m = get(x)
                if m is not None and m > 1 and x != pid:
                    repeats -= m - 1
                    thirds -= (m - 1) * (m - 2) // 2
        return self.repeat * repeats + self.third * thirds, thirds

    def _band_units(self, roles: Mapping[str, int]) -> int:
        if not self.population:
            return 0
        size = sum(roles.values())
        bands = self.bands.get(size)
        if bands is None:
            bands = [(k, *role_band(n, size, self.population)) for k, n in self.totals.items()]
            self.bands[size] = bands
        out = 0
        for key, low, high in bands:
            n = roles.get(key, 0)
            if n < low:
                out += low - n
            elif n > high:
                out += n - high
        return out

    # -- bookkeeping ----------------------------------------------------------
    def _join(self, r: int, pid: int, t: int) -> None:
        self.seat[r][pid] = t
        here = self.at[r][t]
        if self.visitor[pid]:
            met = self.met[pid]
            visitors = self.vis_at[r][t]
            for x in visitors:
                met[x] = met.get(x, 0) + 1
                self.met[x][pid] = self.met[x].get(pid, 0) + 1
            visitors.append(pid)
            self.visits[pid][t] += 1
            self.wished[pid] += t in self.points[pid]
        self.seated[pid] += 1
        here.append(pid)
        if self.org[pid]:
            self.orgs[r][t][self.org[pid]] += 1
        for need in self.needs[pid]:
            self.offers[r][t][need] += 1
        if self.role[pid] is not None:
            self.roles[r][t][self.role[pid]] += 1  # type: ignore[index]

    def _leave(self, r: int, pid: int, t: int) -> None:
        del self.seat[r][pid]
        here = self.at[r][t]
        here.remove(pid)
        if self.visitor[pid]:
            met = self.met[pid]
            visitors = self.vis_at[r][t]
            visitors.remove(pid)
            for x in visitors:
                met[x] -= 1
                self.met[x][pid] -= 1
            self.visits[pid][t] -= 1
            self.wished[pid] -= t in self.points[pid]
        self.seated[pid] -= 1
        if self.org[pid]:
            self.orgs[r][t][self.org[pid]] -= 1
        for need in self.needs[pid]:
            self.offers[r][t][need] -= 1
        if self.role[pid] is not None:
            self.roles[r][t][self.role[pid]] -= 1  # type: ignore[index]

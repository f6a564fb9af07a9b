"""The placement problem as plain data: who is to be seated, where, with which pins.

Built once from the database (:func:`build_problem`), then handed to the solver
round by round; nothing here touches the database after the snapshot is read.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import select

from katalyze.assignment.seats import PersonFacts, Seating, TableFacts, holders_of, seating_in
from katalyze.db import Database
from katalyze.db.models import Event
from katalyze.errors import UserError
from katalyze.i18n import _

MAX_ROUNDS = 10


@dataclass(frozen=True)
class Weights:
    """How much each goal counts (points per unit; higher wins).

    The defaults put the rules a facilitator notices first (no repeated
    encounter, roles not clustered, colleagues apart) above wishes, and
    wishes above needs; ``fairness`` favours, in later rounds, the people who
    got no wish earlier.
    """

    wish_1: float = 10.0
    wish_2: float = 7.0
    wish_3: float = 5.0
    wish_more: float = 3.0
    fairness: float = 0.5
    need: float = 6.0
    role: float = 30.0
    colleague: float = 15.0
    repeat: float = 60.0
    revisit: float = 200.0
    move: float = 4.0
    under_minimum: float = 1000.0

    def wish_points(self, rank: int | None) -> float:
        if rank is None:
            return 0.0
        return {1: self.wish_1, 2: self.wish_2, 3: self.wish_3}.get(rank, self.wish_more)

    def to_dict(self) -> dict[str, float]:
        return {k: float(v) for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Weights:
        """Weights from stored settings; unknown keys are ignored, bad values refused."""
        if not data:
            return cls()
        known = {f.name for f in fields(cls)}
        values: dict[str, float] = {}
        for key, value in data.items():
            if key not in known:
                continue
            try:
                number = float(value)
            except (TypeError, ValueError):
                raise UserError(
                    _(
                        "Le poids « {key} » des réglages de placement vaut « {value} » : indiquez un "
                        "nombre."
                    ).format(key=key, value=value)
                ) from None
            if number < 0:
                raise UserError(
                    _("Le poids « {key} » ne peut pas être négatif ({number}).").format(
                        key=key, number=number
                    )
                )
            values[key] = number
        return cls(**values)


def load_weights(db: Database) -> Weights:
    """The event's placement weights (settings ``placement_weights``), else the defaults."""
    with db.sessions.begin() as session:
        event = session.scalar(select(Event).limit(1))
        stored = (event.settings or {}).get("placement_weights") if event else None
    return Weights.from_dict(stored if isinstance(stored, dict) else None)


@dataclass(frozen=True)
class Problem:
    """Everything the solver needs, for rounds ``1..rounds``."""

    seating: Seating
    people: tuple[int, ...]
    tables: tuple[TableFacts, ...]
    rounds: int
    # (participant, round) -> table that cannot change (home, round pin, lock).
    fixed: dict[tuple[int, int], int]
    # (participant, round) -> (pinned, locked) of the fixed seats.
    flags: dict[tuple[int, int], tuple[bool, bool]]
    # (participant, round) -> table of the stored seat (for minimise_moves).
    existing: dict[tuple[int, int], int]
    # table -> folded organisations holding it (colleagues may sit together there).
    holders: dict[int, frozenset[str]]

    def person(self, pid: int) -> PersonFacts:
        return self.seating.people[pid]

    def movable(self, round: int) -> list[int]:
        return [p for p in self.people if (p, round) not in self.fixed]

    def fixed_in(self, round: int) -> dict[int, int]:
        return {p: t for (p, r), t in self.fixed.items() if r == round}


def problem_from_seating(seating: Seating, rounds: int, present_only: bool) -> Problem:
    """Build and check the problem from a snapshot (pure)."""
    if rounds < 1 or rounds > MAX_ROUNDS:
        raise UserError(
            _("Le nombre de tours doit être entre 1 et {MAX_ROUNDS} (reçu : {rounds}).").format(
                MAX_ROUNDS=MAX_ROUNDS, rounds=rounds
            )
        )
    if not seating.tables:
        raise UserError(
            _("Aucun projet n'est défini : créez les tables avant de placer les personnes.")
        )
    table_ids = {t.id for t in seating.tables}
    locked_people = {
        s.participant_id for s in seating.seats if s.round <= rounds and (s.locked or s.pinned)
    }
    people = []
    for p in seating.people.values():
        if p.cancelled and p.id not in locked_people:
            continue
        if present_only and not p.present and p.id not in locked_people:
            continue
        people.append(p.id)
    if not people:
        if present_only:
            raise UserError(
                _(
                    "Personne n'est encore arrivé : pointez les arrivées à l'accueil, ou placez tous "
                    "les inscrits (sans « présents seulement »)."
                )
            )
        raise UserError(_("Aucun participant à placer : importez ou saisissez des inscriptions."))
    population = set(people)

    fixed: dict[tuple[int, int], int] = {}
    flags: dict[tuple[int, int], tuple[bool, bool]] = {}
    existing: dict[tuple[int, int], int] = {}
    for s in seating.seats:
        if s.round > rounds or s.participant_id not in population or s.project_id not in table_ids:
            continue
        existing[(s.participant_id, s.round)] = s.project_id
        if s.locked or s.pinned:
            fixed[(s.participant_id, s.round)] = s.project_id
            flags[(s.participant_id, s.round)] = (s.pinned, s.locked)
    for pid in people:
        home = seating.people[pid].home_project_id
        if home in table_ids:
            for r in range(1, rounds + 1):
                if (pid, r) not in fixed:
                    fixed[(pid, r)] = home
                    flags[(pid, r)] = (True, False)

    capacity = sum(t.max_seats for t in seating.tables)
    if len(people) > capacity:
        raise UserError(
            _(
                "Il y a {count} personnes à placer pour {capacity} places en tout : augmentez le "
                "nombre de places maximum des tables (Préparation) ou ajoutez des tables."
            ).format(count=len(people), capacity=capacity)
        )
    by_id = {t.id: t for t in seating.tables}
    for r in range(1, rounds + 1):
        count: dict[int, int] = {}
        for (_pid, rr), t in fixed.items():
            if rr == r:
                count[t] = count.get(t, 0) + 1
        for t, n in count.items():
            if n > by_id[t].max_seats:
                table = by_id[t]
                raise UserError(
                    _(
                        "Table {table} ({title}) : {n} personnes y sont fixées au tour {r} (porteurs, "
                        "épinglés, verrouillés) pour {max_seats} places ; déverrouillez-en ou augmentez "
                        "les places."
                    ).format(
                        table=table.table, title=table.title, n=n, r=r, max_seats=table.max_seats
                    )
                )
    return Problem(
        seating=seating,
        people=tuple(sorted(people)),
        tables=seating.tables,
        rounds=rounds,
        fixed=fixed,
        flags=flags,
        existing=existing,
        holders={t.id: frozenset(holders_of(seating, t.id)) for t in seating.tables},
    )


def build_problem(db: Database, rounds: int, present_only: bool) -> Problem:
    """Read the snapshot and build the problem for rounds ``1..rounds``."""
    with db.sessions.begin() as session:
        seating = seating_in(session)
    return problem_from_seating(seating, rounds, present_only)

"""The rules a seating breaks, in words a facilitator understands (pure)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations

from katalyze.assignment.snapshot import PersonFacts, SeatInfo, Seating, TableFacts
from katalyze.i18n import _, ngettext

# Violation kinds.
OVER_CAPACITY = "over_capacity"
UNDER_MINIMUM = "under_minimum"
PINNED_AWAY = "pinned_away"
SEATED_TWICE = "seated_twice"
REPEAT_ENCOUNTER = "repeat_encounter"
TABLE_REVISITED = "table_revisited"
COLLEAGUES_TOGETHER = "colleagues_together"
ROLE_CLUSTERED = "role_clustered"

HARD_KINDS = frozenset({OVER_CAPACITY, UNDER_MINIMUM, PINNED_AWAY, SEATED_TWICE})


@dataclass(frozen=True)
class Violation:
    """A rule a seating breaks, in words a facilitator understands."""

    kind: str
    project_id: int | None
    participant_ids: tuple[int, ...]
    message: str
    round: int = 0

    @property
    def hard(self) -> bool:
        """Hard rules must hold; the others are goals the placement aims for."""
        return self.kind in HARD_KINDS


def _names(seating: Seating, ids: Iterable[int]) -> str:
    names = [seating.people[i].name if i in seating.people else f"n° {i}" for i in ids]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + _(" et ") + names[-1]


def _label(t: TableFacts | None, project_id: int) -> str:
    if t is None:
        return _("la table du projet n° {project_id}").format(project_id=project_id)
    return _("la table {table} ({title})").format(table=t.table, title=t.title)


def holders_of(seating: Seating, project_id: int) -> set[str]:
    """Folded organisation holding a project (its lead organisation): its
    people may sit together at that table."""
    t = seating.table(project_id)
    return {t.lead_key} if t and t.lead_key else set()


def role_band(role_total: int, table_size: int, population: int) -> tuple[int, int]:
    """Floor and ceiling of a role's proportional share at a table."""
    if population <= 0:
        return (0, 0)
    share = role_total * table_size / population
    return (math.floor(share + 1e-9), math.ceil(share - 1e-9))


def check_seating(
    seating: Seating, round: int | None = None, *, both_ways: bool = True
) -> list[Violation]:
    """Every rule the seating breaks in ``round`` (every round when ``None``).

    For one round, an encounter or a revisit is reported against any other
    round (``both_ways``) so that a drag in round 1 shows the clash it makes
    with round 2; for all rounds, each repeat is reported once, in the later
    round.
    """
    if round is None:
        found: list[Violation] = []
        rounds = sorted({s.round for s in seating.seats} | set(range(1, seating.rounds + 1)))
        for r in rounds:
            found.extend(check_seating(seating, r, both_ways=False))
        return found
    return _check_round_rules(seating, round, both_ways)


def _check_round_rules(seating: Seating, round: int, both_ways: bool) -> list[Violation]:
    out: list[Violation] = []
    seats = seating.seats_of_round(round)
    per_person: dict[int, list[SeatInfo]] = defaultdict(list)
    for s in seats:
        per_person[s.participant_id].append(s)
    at: dict[int, list[int]] = defaultdict(list)
    for pid, own in per_person.items():
        if len(own) > 1:
            tables = ", ".join(_label(seating.table(s.project_id), s.project_id) for s in own)
            out.append(
                Violation(
                    SEATED_TWICE,
                    None,
                    (pid,),
                    _("{names} est placé·e deux fois au tour {round} : {tables}.").format(
                        names=_names(seating, [pid]), round=round, tables=tables
                    ),
                    round,
                )
            )
        for s in own:
            at[s.project_id].append(pid)

    for t in seating.tables:
        ids = at.get(t.id, [])
        if len(ids) > t.max_seats:
            out.append(
                Violation(
                    OVER_CAPACITY,
                    t.id,
                    tuple(ids),
                    _(
                        "Table {table} ({title}) : {count} personnes pour {max_seats} places au tour "
                        "{round}."
                    ).format(
                        table=t.table,
                        title=t.title,
                        count=len(ids),
                        max_seats=t.max_seats,
                        round=round,
                    ),
                    round,
                )
            )
        if 0 < len(ids) < t.min_seats or (not ids and t.min_seats > 0 and seats):
            out.append(
                Violation(
                    UNDER_MINIMUM,
                    t.id,
                    tuple(ids),
                    _(
                        "Table {table} ({title}) : {plural} seulement au tour {round}, il en faut au "
                        "moins {min_seats}."
                    ).format(
                        table=t.table,
                        title=t.title,
                        plural=ngettext("{n} personne", "{n} personnes", len(ids)).format(
                            n=len(ids)
                        ),
                        round=round,
                        min_seats=t.min_seats,
                    ),
                    round,
                )
            )

    for s in seats:
        p = seating.people.get(s.participant_id)
        if p is not None and p.home_project_id is not None and p.home_project_id != s.project_id:
            home = seating.table(p.home_project_id)
            out.append(
                Violation(
                    PINNED_AWAY,
                    s.project_id,
                    (p.id,),
                    _(
                        "{name} doit rester à {label} mais est placé·e à {label2} au tour {round}."
                    ).format(
                        name=p.name,
                        label=_label(home, p.home_project_id),
                        label2=_label(seating.table(s.project_id), s.project_id),
                        round=round,
                    ),
                    round,
                )
            )

    out.extend(_encounters(seating, round, at, both_ways))
    out.extend(_colleagues(seating, round, at))
    out.extend(_roles(seating, round, at))
    return out


def _visitor_tables(seating: Seating) -> dict[int, dict[int, int]]:
    """participant -> round -> table, for visitors only."""
    where: dict[int, dict[int, int]] = defaultdict(dict)
    for s in seating.seats:
        p = seating.people.get(s.participant_id)
        if p is not None and p.is_visitor:
            where[s.participant_id][s.round] = s.project_id
    return where


def _encounters(
    seating: Seating, round: int, at: Mapping[int, list[int]], both_ways: bool
) -> list[Violation]:
    out: list[Violation] = []
    where = _visitor_tables(seating)
    others = [r for r in sorted({s.round for s in seating.seats}) if r != round]
    if not both_ways:
        others = [r for r in others if r < round]
    if not others:
        return out
    for t in seating.tables:
        visitors = sorted(i for i in at.get(t.id, []) if i in where)
        for i in visitors:
            back = [r for r in others if where[i].get(r) == t.id]
            if back:
                rounds = " et ".join(str(r) for r in back)
                out.append(
                    Violation(
                        TABLE_REVISITED,
                        t.id,
                        (i,),
                        _(
                            "{names} revient à la table {table} ({title}) déjà visitée au tour {rounds}."
                        ).format(
                            names=_names(seating, [i]), table=t.table, title=t.title, rounds=rounds
                        ),
                        round,
                    )
                )
        for a, b in combinations(visitors, 2):
            met = [
                r
                for r in others
                if where[a].get(r) is not None and where[a].get(r) == where[b].get(r)
            ]
            if met:
                rounds = " et ".join(str(r) for r in met)
                out.append(
                    Violation(
                        REPEAT_ENCOUNTER,
                        t.id,
                        (a, b),
                        _(
                            "{names} se retrouvent à la table {table} : ils·elles étaient déjà ensemble au "
                            "tour {rounds}."
                        ).format(names=_names(seating, [a, b]), table=t.table, rounds=rounds),
                        round,
                    )
                )
    return out


def _colleagues(seating: Seating, round: int, at: Mapping[int, list[int]]) -> list[Violation]:
    out: list[Violation] = []
    for t in seating.tables:
        holders = holders_of(seating, t.id)
        groups: dict[str, list[int]] = defaultdict(list)
        for i in at.get(t.id, []):
            p = seating.people.get(i)
            if p is not None and p.org_key and p.org_key not in holders:
                groups[p.org_key].append(i)
        for ids in groups.values():
            if len(ids) > 1:
                org = seating.people[ids[0]].organisation
                out.append(
                    Violation(
                        COLLEAGUES_TOGETHER,
                        t.id,
                        tuple(sorted(ids)),
                        _(
                            "{count} personnes de {org} ({names}) sont ensemble à la table {table} au tour "
                            "{round}."
                        ).format(
                            count=len(ids),
                            org=org,
                            names=_names(seating, sorted(ids)),
                            table=t.table,
                            round=round,
                        ),
                        round,
                    )
                )
    return out


def role_population(seating: Seating, ids: Iterable[int]) -> list[PersonFacts]:
    """The people whose role is spread across tables: non-staff, with a role."""
    out = []
    for i in ids:
        p = seating.people.get(i)
        if p is not None and p.role_key and not p.is_staff:
            out.append(p)
    return out


def _roles(seating: Seating, round: int, at: Mapping[int, list[int]]) -> list[Violation]:
    out: list[Violation] = []
    per_table = {t.id: role_population(seating, at.get(t.id, [])) for t in seating.tables}
    population = sum(len(v) for v in per_table.values())
    totals = Counter(p.role_key for v in per_table.values() for p in v)
    labels = {p.role_key: p.role_label for v in per_table.values() for p in v}
    for t in seating.tables:
        people = per_table[t.id]
        size = len(people)
        counts = Counter(p.role_key for p in people)
        for key, total in sorted(totals.items()):
            low, high = role_band(total, size, population)
            n = counts.get(key, 0)
            if n < low or n > high:
                ids = tuple(sorted(p.id for p in people if p.role_key == key))
                band = f"{low}" if low == high else _("{low} à {high}").format(low=low, high=high)
                out.append(
                    Violation(
                        ROLE_CLUSTERED,
                        t.id,
                        ids,
                        _(
                            "Table {table} au tour {round} : {n} × « {labels} » alors qu'une répartition "
                            "proportionnelle en donnerait {band}."
                        ).format(table=t.table, round=round, n=n, labels=labels[key], band=band),
                        round,
                    )
                )
    return out

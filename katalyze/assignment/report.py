"""The quality report: what a seating achieves, recomputed from the seats alone,
and every goal not met, said in plain French."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from katalyze.assignment.seats import (
    HARD_KINDS,
    ROLE_CLUSTERED,
    Seating,
    check_seating,
    holders_of,
    needs_covered,
)
from katalyze.assignment.wish_bound import WishBound
from katalyze.i18n import _, ngettext
from katalyze.text import french_number
from katalyze.vocabulary import NEED_MET_BY, NEEDS, OFFERS


@dataclass(frozen=True)
class RoundStatus:
    round: int
    status: str  # optimal, time_limit, ..., or "stored" for a report from seats
    optimal: bool
    gap: float | None
    seconds: float
    variables: int = 0
    constraints: int = 0
    revisits_allowed: bool = False


@dataclass(frozen=True)
class TableRound:
    project_id: int
    table: str
    title: str
    round: int
    size: int
    max_seats: int
    roles: dict[str, int]
    needs: tuple[str, ...]
    needs_covered: tuple[str, ...]


@dataclass(frozen=True)
class PersonRounds:
    participant_id: int
    name: str
    visitor: bool
    tables: tuple[int | None, ...]  # project per round
    wish_ranks: tuple[int | None, ...]  # rank obtained per round (None: not a wish)


@dataclass(frozen=True)
class PlacementReport:
    rounds: int
    people: int
    visitors: int
    tables: tuple[TableRound, ...]
    persons: tuple[PersonRounds, ...]
    figures: dict[str, Any]
    rounds_status: tuple[RoundStatus, ...]
    unmet: tuple[str, ...]
    seconds: float = 0.0
    weights: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "rounds": self.rounds,
            "people": self.people,
            "visitors": self.visitors,
            "figures": self.figures,
            "solver": [
                {
                    "round": s.round,
                    "status": s.status,
                    "optimal": s.optimal,
                    "gap": s.gap,
                    "seconds": round(s.seconds, 4),
                    "variables": s.variables,
                    "constraints": s.constraints,
                    "revisits_allowed": s.revisits_allowed,
                }
                for s in self.rounds_status
            ],
            "seconds": round(self.seconds, 4),
            "unmet": list(self.unmet),
            "tables": [
                {
                    "project_id": t.project_id,
                    "table": t.table,
                    "title": t.title,
                    "round": t.round,
                    "size": t.size,
                    "max_seats": t.max_seats,
                    "roles": t.roles,
                    "needs": list(t.needs),
                    "needs_covered": list(t.needs_covered),
                }
                for t in self.tables
            ],
            "persons": [
                {
                    "participant_id": p.participant_id,
                    "name": p.name,
                    "visitor": p.visitor,
                    "tables": list(p.tables),
                    "wish_ranks": list(p.wish_ranks),
                }
                for p in self.persons
            ],
            "weights": self.weights,
        }


def _pct(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 100.0


def build_report(
    seating: Seating,
    rounds: int,
    *,
    population: set[int] | None = None,
    lower_bound: int = 0,
    lower_bound_per_pair: int = 0,
    statuses: tuple[RoundStatus, ...] = (),
    seconds: float = 0.0,
    weights: dict[str, float] | None = None,
    wishes: WishBound | None = None,
) -> PlacementReport:
    """Figures and plain-words findings for rounds ``1..rounds`` of ``seating``;
    ``wishes`` is the most visitor-rounds on a wish any placement could give."""
    seats = [s for s in seating.seats if 1 <= s.round <= rounds]
    where: dict[int, dict[int, int]] = defaultdict(dict)
    for s in seats:
        where[s.participant_id][s.round] = s.project_id
    ids = sorted(population if population is not None else where)
    people = seating.people
    visitors = [i for i in ids if i in people and people[i].is_visitor]

    # Per person.
    persons = []
    wish_hits = first_hits = visitor_rounds = 0
    nobody_wished = 0
    for i in ids:
        p = people.get(i)
        if p is None:
            continue
        tables = tuple(where.get(i, {}).get(r) for r in range(1, rounds + 1))
        ranks = tuple(p.wish_rank(t) if t is not None else None for t in tables)
        persons.append(PersonRounds(i, p.name, p.is_visitor, tables, ranks))
        if p.is_visitor:
            if not p.wishes:
                nobody_wished += 1
            for t, rank in zip(tables, ranks, strict=True):
                if t is None:
                    continue
                visitor_rounds += 1
                wish_hits += rank is not None
                first_hits += rank == 1

    # Per table and round.
    table_rounds = []
    needs_total = needs_met = 0
    missing_needs: dict[tuple[int, str], list[str]] = defaultdict(list)
    for r in range(1, rounds + 1):
        at: dict[int, list[int]] = defaultdict(list)
        for s in seats:
            if s.round == r:
                at[s.project_id].append(s.participant_id)
        for t in seating.tables:
            here = at.get(t.id, [])
            roles = Counter(people[i].role_key or "" for i in here if i in people)
            offers = [
                o for i in here if i in people and people[i].is_visitor for o in people[i].offers
            ]
            covered = needs_covered(t.needs, offers)
            needs_total += len(t.needs)
            needs_met += len(covered)
            for n in t.needs:
                if n not in covered:
                    missing_needs[(r, n)].append(t.table)
            table_rounds.append(
                TableRound(
                    t.id, t.table, t.title, r, len(here), t.max_seats, dict(roles), t.needs, covered
                )
            )

    # Encounters and revisits (visitors only).
    meetings: Counter[tuple[int, int]] = Counter()
    revisits = 0
    for r in range(1, rounds + 1):
        at_r: dict[int, list[int]] = defaultdict(list)
        for i in visitors:
            t = where.get(i, {}).get(r)
            if t is not None:
                at_r[t].append(i)
        for group in at_r.values():
            for a, b in combinations(sorted(group), 2):
                meetings[(a, b)] += 1
    for i in visitors:
        tables_seen = list(where.get(i, {}).values())
        revisits += len(tables_seen) - len(set(tables_seen))
    repeats = sum(m - 1 for m in meetings.values() if m > 1)
    max_meetings = max(meetings.values(), default=0)

    # Colleagues and their unavoidable minimum.
    clashes = unavoidable = 0
    for r in range(1, rounds + 1):
        orgs: dict[str, list[int]] = defaultdict(list)
        for i in ids:
            if i in people and people[i].org_key and r in where.get(i, {}):
                orgs[people[i].org_key].append(i)
        for key, members in orgs.items():
            if len(members) < 2:
                continue
            # One per table elsewhere, any number at the tables it holds.
            room = sum(
                1 if key not in holders_of(seating, t.id) else t.max_seats for t in seating.tables
            )
            unavoidable += max(0, len(members) - room)
            per_table = Counter(
                where[i][r] for i in members if key not in holders_of(seating, where[i][r])
            )
            clashes += sum(n - 1 for n in per_table.values() if n > 1)

    violations = [v for v in check_seating(seating, None, both_ways=False) if v.round <= rounds]
    hard = [v for v in violations if v.kind in HARD_KINDS]
    role_violations = [v for v in violations if v.kind == ROLE_CLUSTERED]

    figures: dict[str, Any] = {
        "people": len(ids),
        "visitors": len(visitors),
        "tables": len(seating.tables),
        "rounds": rounds,
        "visitor_rounds": visitor_rounds,
        "wish_satisfaction_pct": _pct(wish_hits, visitor_rounds),
        "first_wish_pct": _pct(first_hits, visitor_rounds),
        "visitor_rounds_on_wish": wish_hits,
        "wish_attainable": wishes.attainable if wishes else None,
        "wish_attainable_pct": wishes.attainable_pct if wishes else None,
        "needs_total": needs_total,
        "needs_covered": needs_met,
        "needs_covered_pct": _pct(needs_met, needs_total),
        "repeats": repeats,
        "repeat_lower_bound": lower_bound,
        "repeat_lower_bound_per_round_pair": lower_bound_per_pair,
        "max_meetings": max_meetings,
        "revisits": revisits,
        "colleague_clashes": clashes,
        "colleague_clashes_unavoidable": unavoidable,
        "role_spread_violations": len(role_violations),
        "hard_violations": len(hard),
        "unseated": sum(1 for p in persons if any(t is None for t in p.tables)),
        "all_optimal": bool(statuses) and all(s.optimal for s in statuses),
        "seconds": round(seconds, 4),
    }

    unmet = _findings(
        seating,
        rounds,
        figures,
        missing_needs,
        visitors,
        where,
        nobody_wished,
        hard,
        role_violations,
        wishes,
    )
    return PlacementReport(
        rounds=rounds,
        people=len(ids),
        visitors=len(visitors),
        tables=tuple(table_rounds),
        persons=tuple(persons),
        figures=figures,
        rounds_status=statuses,
        unmet=tuple(unmet),
        seconds=seconds,
        weights=weights or {},
    )


def _tables(numbers: list[str]) -> str:
    return _("table") if len(numbers) < 2 else _("tables")


def _findings(
    seating: Seating,
    rounds: int,
    figures: dict[str, Any],
    missing_needs: dict[tuple[int, str], list[str]],
    visitors: list[int],
    where: dict[int, dict[int, int]],
    nobody_wished: int,
    hard: list[Any],
    role_violations: list[Any],
    wishes: WishBound | None = None,
) -> list[str]:
    people = seating.people
    out: list[str] = [v.message for v in hard]
    if figures["unseated"]:
        n = figures["unseated"]
        out.append(
            ngettext(
                "{n} personne n'a pas de place à au moins un tour.",
                "{n} personnes n'ont pas de place à au moins un tour.",
                n,
            ).format(n=n)
        )

    # Needs: say whether the room had enough offers.
    for (r, need), tables in sorted(missing_needs.items()):
        meets = NEED_MET_BY.get(need, frozenset())
        offering = sum(
            1 for i in visitors if r in where.get(i, {}) and meets & set(people[i].offers)
        )
        needing = sum(1 for t in seating.tables if need in t.needs)
        label = NEEDS.get(need, need).lower()
        what = _(" ou ").join(f"« {OFFERS.get(o, o)} »" for o in sorted(meets))
        where_txt = ", ".join(tables)
        if offering < needing:
            out.append(
                _(
                    "Tour {r} : seulement {plural} {what} pour {needing} tables qui ont besoin de "
                    "{label}, donc au moins {plural2} sans réponse ; ici : {tables} {where_txt}."
                ).format(
                    r=r,
                    plural=ngettext(
                        "{n} personne propose", "{n} personnes proposent", offering
                    ).format(n=offering),
                    what=what,
                    needing=needing,
                    label=label,
                    plural2=ngettext("{n} table", "{n} tables", needing - offering).format(
                        n=needing - offering
                    ),
                    tables=_tables(tables),
                    where_txt=where_txt,
                )
            )
        else:
            out.append(
                _(
                    "Tour {r} : {tables} {where_txt} sans personne pour le besoin « {label} » "
                    "({plural}, placées ailleurs pour respecter les autres règles)."
                ).format(
                    r=r,
                    tables=_tables(tables),
                    where_txt=where_txt,
                    label=label,
                    plural=ngettext(
                        "{n} personne le propose", "{n} personnes le proposent", offering
                    ).format(n=offering),
                )
            )

    # Wishes.
    if nobody_wished and wishes is None:
        out.append(
            ngettext(
                "{n} visiteur n'a exprimé aucun souhait de table.",
                "{n} visiteurs n'ont exprimé aucun souhait de table.",
                nobody_wished,
            ).format(n=nobody_wished)
        )
    demand: Counter[int] = Counter()
    for i in visitors:
        if people[i].wishes:
            demand[people[i].wishes[0]] += 1
    for t in seating.tables:
        seats_for_visitors = t.max_seats - sum(
            1 for p in people.values() if p.home_project_id == t.id and not p.cancelled
        )
        if demand[t.id] > max(0, seats_for_visitors) * rounds:
            out.append(
                _(
                    "La table {table} ({title}) est le premier choix de {demand} personnes pour "
                    "{value} places par tour : tout le monde ne peut pas l'obtenir."
                ).format(
                    table=t.table,
                    title=t.title,
                    demand=demand[t.id],
                    value=max(0, seats_for_visitors),
                )
            )
    satisfied = figures["wish_satisfaction_pct"]
    if figures["visitor_rounds"] and satisfied < 100.0:
        missed = figures["visitor_rounds"] - figures["visitor_rounds_on_wish"]
        text = _(
            "{plural} de visiteur à une table hors de ses souhaits ({french_number} % des "
            "passages sur un souhait)."
        ).format(
            plural=ngettext("{n} passage", "{n} passages", missed).format(n=missed),
            french_number=french_number(satisfied),
        )
        if wishes is not None and wishes.visitor_rounds:
            text += _(
                " Aucun placement ne peut dépasser {plural} sur un souhait ({french_number} %) "
                "avec ces souhaits et ces places"
            ).format(
                plural=ngettext("{n} passage", "{n} passages", wishes.attainable).format(
                    n=wishes.attainable
                ),
                french_number=french_number(wishes.attainable_pct),
            )
            why = []
            if wishes.without_wish:
                why.append(
                    _("{plural} sans souhait").format(
                        plural=ngettext(
                            "{n} visiteur", "{n} visiteurs", wishes.without_wish
                        ).format(n=wishes.without_wish)
                    )
                )
            if wishes.fewer_than_rounds:
                why.append(
                    _("{fewer_than_rounds} avec moins de souhaits que de tours ({rounds})").format(
                        fewer_than_rounds=wishes.fewer_than_rounds, rounds=rounds
                    )
                )
            if wishes.attainable < wishes.expressed:
                why.append(
                    _("{plural} sur des tables déjà pleines").format(
                        plural=ngettext(
                            "{n} souhait", "{n} souhaits", wishes.expressed - wishes.attainable
                        ).format(n=wishes.expressed - wishes.attainable)
                    )
                )
            text += f" : {', '.join(why)}." if why else "."
        out.append(text)

    # Encounters.
    bound = figures["repeat_lower_bound"]
    if figures["repeats"]:
        if bound and figures["repeats"] >= bound:
            out.append(
                _(
                    "{figures} rencontres répétées entre visiteurs : impossible de faire moins de "
                    "{bound} avec {count} tables et des tables de cette taille (au plus {figures2} "
                    "rencontres pour une même paire)."
                ).format(
                    figures=figures["repeats"],
                    bound=bound,
                    count=len(seating.tables),
                    figures2=figures["max_meetings"],
                )
            )
        elif bound:
            out.append(
                _(
                    "{figures} rencontres répétées entre visiteurs, pour un minimum théorique de "
                    "{bound} (au plus {figures2} rencontres par paire)."
                ).format(figures=figures["repeats"], bound=bound, figures2=figures["max_meetings"])
            )
        else:
            out.append(_repeats_without_bound(seating, figures["repeats"]))
    if figures["revisits"]:
        why = (
            _("plus de tours que de tables possibles, ou places verrouillées")
            if _visitor_seats_held(seating)[1]
            else _("plus de tours que de tables possibles")
        )
        out.append(
            _("{plural} d'un visiteur à une table déjà visitée ({why}).").format(
                plural=ngettext("{n} retour", "{n} retours", figures["revisits"]).format(
                    n=figures["revisits"]
                ),
                why=why,
            )
        )
    if figures["colleague_clashes"]:
        unavoidable = figures["colleague_clashes_unavoidable"]
        extra = (
            _(" dont {unavoidable} {value} (organisations plus nombreuses que les tables)").format(
                unavoidable=unavoidable,
                value=_("inévitable") if unavoidable < 2 else _("inévitables"),
            )
            if unavoidable
            else ""
        )
        clashes = ngettext("{n} collègue", "{n} collègues", figures["colleague_clashes"]).format(
            n=figures["colleague_clashes"]
        )
        out.append(
            _("{clashes} de trop à une même table{extra}.").format(clashes=clashes, extra=extra)
        )
    for v in role_violations[:10]:
        out.append(v.message)
    if len(role_violations) > 10:
        out.append(
            _("… et {count} autres écarts de répartition des rôles.").format(
                count=len(role_violations) - 10
            )
        )
    return out


def _visitor_seats_held(seating: Seating) -> tuple[bool, bool]:
    """(some visitor's seat is pinned, some visitor's seat is locked)."""
    pinned = locked = False
    for s in seating.seats:
        p = seating.people.get(s.participant_id)
        if p is not None and p.is_visitor:
            pinned |= s.pinned
            locked |= s.locked
    return pinned, locked


def _repeats_without_bound(seating: Seating, repeats: int) -> str:
    """Why repeats remain although the lower bound is zero: a lock or a pin
    only when there is one, else the search stopped short of zero."""
    pinned, locked = _visitor_seats_held(seating)
    if pinned and locked:
        reason = _("imposées en partie par des places verrouillées ou épinglées")
    elif locked:
        reason = _("imposées en partie par des places verrouillées")
    elif pinned:
        reason = _("imposées en partie par des places épinglées")
    else:
        reason = _(
            "alors qu'aucune n'est imposée : relancez le placement, ou essayez une autre variante"
        )
    return _("{repeats} rencontres répétées entre visiteurs, {reason}.").format(
        repeats=repeats, reason=reason
    )


__all__ = [
    "PersonRounds",
    "PlacementReport",
    "RoundStatus",
    "TableRound",
    "build_report",
]

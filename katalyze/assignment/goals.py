"""Every goal of a seating, defined once: its cost for a whole evening, its
change for a move, a swap or one more person, and its unit in the MILP rows.

The goals (points under :class:`~katalyze.assignment.problem.Weights`; lower
cost is better):

- ``wishes``: a visitor at a wished table wins its points (``wish_points``);
- ``fairness``: on an evening of two rounds or more, a visitor with wishes who
  gets none of them all evening costs ``fairness × wish_1``;
- ``needs``: each need of a table covered by a visitor's offer wins ``need``;
- ``roles``: each person beyond the floor/ceil band of a role's proportional
  share at a table (:func:`~katalyze.assignment.rules.role_band`) costs ``role``;
- ``colleagues``: each colleague beyond the first at a table their
  organisation does not hold costs ``colleague``;
- ``repeats``: two visitors who sit together in ``m`` rounds cost ``repeat``
  per pair of those rounds (``C(m, 2)``: one repeat when they meet twice);
- ``third_meetings``: and ``repeat × THIRD_MEETING`` per triple of rounds
  (``C(m, 3)``), so that "never a third time" outweighs everything else;
- ``revisits``: a visitor back at a table already visited costs ``revisit``;
- ``under_minimum``: each seat missing under a table's minimum costs
  ``under_minimum``;
- ``moves`` (only when asked to keep the stored seats): a person left at the
  stored table wins ``move``.

Counting pairs and triples of rounds makes each goal linear in one round's
seats once the other rounds are known, so a round's MILP prices exactly the
change of this evening cost (:mod:`katalyze.assignment.rows`), and the local
search (:mod:`katalyze.assignment.anneal`) and the late arrivals use the same
changes. Roles, revisits and third meetings are also *hard* where the
seating allows it: :class:`~katalyze.assignment.goal_state.EveningState`
counts their units so that a
search can refuse any step that adds one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from math import comb

from katalyze.assignment.problem import Problem, Weights
from katalyze.assignment.rules import role_band
from katalyze.vocabulary import NEED_MET_BY

# A pair's meeting in a third round costs this many repeats.
THIRD_MEETING = 20.0

GOALS = (
    "wishes",
    "fairness",
    "needs",
    "roles",
    "colleagues",
    "repeats",
    "third_meetings",
    "revisits",
    "under_minimum",
    "moves",
)
# Goals held as rules where the seating allows it.
HARD_GOALS = frozenset({"roles", "third_meetings", "revisits"})

Evening = Mapping[int, Mapping[int, int]]  # round -> participant -> table
# A step's change: (cost, role band units, third meetings, revisits).
Change = tuple[float, int, int, int]


def fairness_points(weights: Weights, rounds: int) -> float:
    """What a visitor's first wish of the evening is worth on top of its points."""
    return weights.fairness * weights.wish_1 if rounds > 1 else 0.0


def third_meeting_cost(weights: Weights) -> float:
    """Cost of each triple of rounds in which one pair of visitors meets."""
    return weights.repeat * THIRD_MEETING


def pair_cost(weights: Weights, meetings: int) -> float:
    """Cost of two visitors sitting together in ``meetings`` rounds."""
    return weights.repeat * comb(meetings, 2) + third_meeting_cost(weights) * comb(meetings, 3)


def meet_again_cost(weights: Weights, meetings: int) -> float:
    """Change of :func:`pair_cost` when a pair that met ``meetings`` times meets once more."""
    return weights.repeat * meetings + third_meeting_cost(weights) * comb(meetings, 2)


def wish_gain(
    weights: Weights, rank: int | None, rounds: int, has_wishes: bool, wished_elsewhere: bool
) -> float:
    """Points a visitor's seat wins for wishes and fairness, the other rounds
    known (``wished_elsewhere``: on a wish in another round): linear in one
    round's seats, the MILP's coefficient."""
    if rank is None:
        return 0.0
    bonus = fairness_points(weights, rounds) if has_wishes and not wished_elsewhere else 0.0
    return weights.wish_points(rank) + bonus


def counted(person) -> bool:  # type: ignore[no-untyped-def]
    """Does this person count in the role mix (a role, not staff)?"""
    return bool(person.role_key) and not person.is_staff


def need_set(person) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The needs a visitor's offers meet (none for a non-visitor)."""
    if not person.is_visitor:
        return frozenset()
    offers = set(person.offers)
    return frozenset(n for n, met in NEED_MET_BY.items() if met & offers)


def role_totals(problem: Problem) -> tuple[Counter[str], int]:
    """Each role's head count in the role mix and the mix's size (0 when no mix)."""
    people = problem.seating.people
    totals = Counter(people[p].role_key for p in problem.people if counted(people[p]))
    population = sum(totals.values())
    if len(totals) < 2:
        return Counter(), 0
    return totals, population


def unit(weights: Weights, goal: str, rounds: int = 1) -> float:
    """Cost of one unit of ``goal`` (wishes: one point won)."""
    return {
        "wishes": -1.0,
        "fairness": fairness_points(weights, rounds),
        "needs": -weights.need,
        "roles": weights.role,
        "colleagues": weights.colleague,
        "repeats": weights.repeat,
        "third_meetings": third_meeting_cost(weights),
        "revisits": weights.revisit,
        "under_minimum": weights.under_minimum,
        "moves": -weights.move,
    }[goal]


def goal_units(
    problem: Problem, seats: Evening, weights: Weights, *, minimise_moves: bool = False
) -> dict[str, float]:
    """Each goal's units in the evening ``seats``, counted from scratch (the
    definition the incremental changes of
    :class:`~katalyze.assignment.goal_state.EveningState` are tested
    against): wish points won, visitors on no wish, needs covered, people
    beyond a role band, colleagues beyond the first, pairs and triples of
    rounds a pair meets in, revisits, seats missing, seats kept."""
    people = problem.seating.people
    totals, population = role_totals(problem)
    out = dict.fromkeys(GOALS, 0.0)
    met: Counter[tuple[int, int]] = Counter()
    visits: Counter[tuple[int, int]] = Counter()
    wished: Counter[int] = Counter()
    seated: set[int] = set()
    for r, round_seats in seats.items():
        at: dict[int, list[int]] = defaultdict(list)
        for pid, tid in round_seats.items():
            at[tid].append(pid)
            seated.add(pid)
            p = people[pid]
            if p.is_visitor:
                rank = p.wish_rank(tid)
                out["wishes"] += weights.wish_points(rank)
                wished[pid] += rank is not None
                visits[(pid, tid)] += 1
            if minimise_moves and problem.existing.get((pid, r)) == tid:
                out["moves"] += 1
        for t in problem.tables:
            here = at.get(t.id, [])
            out["under_minimum"] += max(0, t.min_seats - len(here))
            visitors = sorted(pid for pid in here if people[pid].is_visitor)
            for i, a in enumerate(visitors):
                for b in visitors[i + 1 :]:
                    met[(a, b)] += 1
            orgs = Counter(people[pid].org_key for pid in here if people[pid].org_key)
            holders = problem.holders.get(t.id, frozenset())
            out["colleagues"] += sum(
                n - 1 for org, n in orgs.items() if n > 1 and org not in holders
            )
            covered = set().union(*(need_set(people[pid]) for pid in visitors))
            out["needs"] += sum(1 for n in t.needs if n in covered)
            if population:
                roles = Counter(people[pid].role_key for pid in here if counted(people[pid]))
                size = sum(roles.values())
                for key, total in totals.items():
                    low, high = role_band(total, size, population)
                    n = roles.get(key, 0)
                    out["roles"] += max(0, low - n) + max(0, n - high)
    out["repeats"] = float(sum(comb(m, 2) for m in met.values()))
    out["third_meetings"] = float(sum(comb(m, 3) for m in met.values()))
    out["revisits"] = float(sum(n - 1 for n in visits.values() if n > 1))
    out["fairness"] = float(
        sum(
            1 for pid in seated if people[pid].is_visitor and people[pid].wishes and not wished[pid]
        )
    )
    return out


def goal_costs(
    problem: Problem, seats: Evening, weights: Weights, *, minimise_moves: bool = False
) -> dict[str, float]:
    """Each goal's cost for the evening ``seats``."""
    units = goal_units(problem, seats, weights, minimise_moves=minimise_moves)
    return {g: n * unit(weights, g, problem.rounds) for g, n in units.items()}


def evening_cost(
    problem: Problem, seats: Evening, weights: Weights, *, minimise_moves: bool = False
) -> float:
    """Cost of ``seats`` (round -> participant -> table); lower is better."""
    return sum(goal_costs(problem, seats, weights, minimise_moves=minimise_moves).values())

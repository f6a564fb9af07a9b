"""``katalyze assign --db PATH [--rounds N] [--present-only] [--seed S] [--json]``."""

from __future__ import annotations

import argparse
from typing import Any

from katalyze.cli.common import add_db_option, open_db, print_json, terminal_progress
from katalyze.text import french_number, plural


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("assign", help="place people at tables (one or more rounds)")
    add_db_option(parser)
    parser.add_argument("--rounds", type=int, default=None, metavar="N",
                        help="number of rounds (default: the event's, else 1)")  # fmt: skip
    parser.add_argument(
        "--present-only",
        action="store_true",
        help="only the people checked in (default once someone has arrived)",
    )
    parser.add_argument(
        "--everyone",
        action="store_true",
        help="every registered person, arrived or not (pre-assignment)",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--minimise-moves", action="store_true", help="keep existing seats where possible"
    )
    parser.add_argument(
        "--time-limit",
        type=float,
        default=None,
        metavar="SECONDS",
        help="wall-clock safety net: the search stops there and keeps its best (counted work "
        "decides the seats; the report says when this net was reached)",
    )
    parser.add_argument("--json", action="store_true", help="print the quality report figures")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from katalyze.assignment import place
    from katalyze.assignment.seats import load_seating
    from katalyze.errors import UserError

    if args.present_only and args.everyone:
        raise UserError("Choisissez --present-only ou --everyone, pas les deux.")
    db = open_db(args, create=False)
    try:
        seating = load_seating(db)
        rounds = args.rounds if args.rounds is not None else seating.rounds
        present_only = args.present_only or (not args.everyone and seating.any_checked_in)
        with terminal_progress(args.json) as progress:
            report = place(
                db,
                rounds=rounds,
                present_only=present_only,
                seed=args.seed,
                minimise_moves=args.minimise_moves,
                time_limit=args.time_limit,
                progress=progress,
            )
    finally:
        db.close()
    if args.json:
        document = report.to_json()
        print_json(
            {
                "figures": document["figures"],
                "solver": document["solver"],
                "unmet": document["unmet"],
                "rounds": document["rounds"],
                "seconds": document["seconds"],
            }
        )
        return 0
    f = report.figures
    print(
        f"{plural(f['people'], 'personne placée', 'personnes placées')} à "
        f"{plural(f['tables'], 'table', 'tables')} sur {plural(f['rounds'], 'tour', 'tours')} "
        f"en {french_number(report.seconds)} s."
    )
    for status in report.rounds_status:
        print(
            f"  tour {status.round} : {solver_state(status)} ({french_number(status.seconds, 2)} s)"
        )
    print(
        f"  souhaits : {french_number(f['wish_satisfaction_pct'])} % des passages ; "
        f"besoins couverts : {f['needs_covered']}/{f['needs_total']} ; "
        f"rencontres répétées : {f['repeats']} (minimum possible {f['repeat_lower_bound']}) ; "
        f"tables revisitées : {f['revisits']}"
    )
    for line in report.unmet:
        print(f"  - {line}")
    return 0


def solver_state(status: Any) -> str:
    """How a round's solve ended, in the words of the quality report (never
    the solver's own code such as ``time_limit``)."""
    if status.optimal:
        return "optimum prouvé"
    gap = status.gap
    if status.status == "time_limit" and gap is not None and 0 < gap <= 1:
        return (
            "meilleure répartition trouvée dans le temps imparti "
            f"(à {french_number(100 * gap)} % au plus de l'optimum)"
        )
    if status.status == "heuristic":
        return "placement construit puis amélioré (sans preuve)"
    if status.status == "stopped":
        return "arrêté à votre demande : meilleure répartition trouvée jusque-là"
    if status.status == "limit":
        return "meilleure répartition trouvée dans le travail imparti (sans preuve)"
    return "meilleure répartition trouvée dans le temps imparti"

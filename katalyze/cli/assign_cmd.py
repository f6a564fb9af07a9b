"""``katalyze assign --db PATH [--rounds N] [--present-only] [--seed S] [--json]``."""

from __future__ import annotations

import argparse

from katalyze.cli.common import add_db_option, open_db, print_json, terminal_progress


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
    parser.add_argument("--time-limit", type=float, default=None, metavar="SECONDS")
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
        f"{f['people']} personnes placées à {f['tables']} tables sur {f['rounds']} tour(s) "
        f"en {report.seconds:.1f} s."
    )
    for status in report.rounds_status:
        proof = "optimum prouvé" if status.optimal else f"arrêt : {status.status}"
        print(f"  tour {status.round} : {proof} ({status.seconds:.2f} s)")
    print(
        f"  souhaits : {f['wish_satisfaction_pct']} % des passages ; besoins couverts : "
        f"{f['needs_covered']}/{f['needs_total']} ; rencontres répétées : {f['repeats']} "
        f"(minimum possible {f['repeat_lower_bound']}) ; tables revisitées : {f['revisits']}"
    )
    for line in report.unmet:
        print(f"  - {line}")
    return 0

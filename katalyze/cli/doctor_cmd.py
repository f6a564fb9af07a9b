"""``katalyze doctor --db URL``: connectivity, schema, clock skew, latency."""

from __future__ import annotations

import argparse

from katalyze.cli.common import add_db_option, db_target, print_json


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "doctor",
        help="check that this station can run the evening on a database",
        description="Connection, schema version, clock skew with the server, latency. "
        "Reads only. Exit status 1 when a check fails.",
    )
    add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from katalyze.db.doctor import diagnose

    report = diagnose(db_target(args))
    if args.json:
        print_json(report.to_json())
    else:
        print(report.url)
        for check in report.checks:
            print(f"{'ok' if check.ok else '!!'}  {check.name:<10}  {check.message}")
    return 0 if report.ok else 1

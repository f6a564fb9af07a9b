"""``katalyze checkin --db PATH [--station NAME] CODE...``: one JSON line per code.

Without codes, reads one code per line on standard input (a scanner, a file).
``--undo`` takes back the check-ins of the people the codes name.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from katalyze.cli.common import add_db_option, open_db, print_json
from katalyze.db import Database
from katalyze.errors import UserError
from katalyze.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "checkin", help=_("pointer des codes de badge (une ligne JSON par code)")
    )
    add_db_option(parser)
    parser.add_argument("--station", default="CLI", metavar="NAME", help=_("nom du poste"))
    parser.add_argument(
        "--undo", action="store_true", help=_("annuler l'arrivée des personnes de ces codes")
    )
    parser.add_argument(
        "codes",
        nargs="*",
        metavar="CODE",
        help=_("codes (par défaut : les lignes de l'entrée standard)"),
    )
    parser.set_defaults(run=run)


def _codes(args: argparse.Namespace) -> Iterator[str]:
    if args.codes:
        yield from args.codes
        return
    for line in sys.stdin:
        if line.strip():
            yield line.strip()


def _undo(db: Database, raw: str, station: str) -> dict[str, object]:
    from katalyze.checkin.service import resolve_code, undo_check_in

    code, kind, pid = resolve_code(db, raw)
    if kind != "current" or pid is None:
        return {"code": code, "status": kind, "participant_id": pid}
    try:
        undone = undo_check_in(db, pid, station)
    except UserError:
        return {"code": code, "status": "not_checked_in", "participant_id": pid}
    # A walk-in's registration goes with their arrival (no phantom expected person).
    return {
        "code": code,
        "status": "undone",
        "participant_id": pid,
        "walk_in_removed": undone.walk_in is not None,
    }


def run(args: argparse.Namespace) -> int:
    from katalyze.checkin.service import check_in_code

    db = open_db(args, create=True)
    try:
        for raw in _codes(args):
            if args.undo:
                print_json(_undo(db, raw, args.station))
            else:
                print_json(check_in_code(db, raw, args.station).to_json())
            sys.stdout.flush()
    finally:
        db.close()
    return 0

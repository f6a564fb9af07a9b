"""``katalyze export --db PATH --out DIR [--json]``: every export in one go."""

from __future__ import annotations

import argparse
import sys

from katalyze.cli.common import add_db_option, open_db, print_json
from katalyze.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help=_("écrire les fiches action (PDF), le livret, le classeur (XLSX) et le CSV"),
    )
    parser.add_argument("--out", required=True, metavar="DIR", help=_("dossier où écrire"))
    parser.add_argument("--json", action="store_true", help=_("afficher un document JSON"))
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from katalyze.exports.service import export_all

    db = open_db(args, create=False)
    try:
        result = export_all(db, args.out)
    finally:
        db.close()
    if args.json:
        print_json(result.to_json())
    else:
        for f in result.files:
            print(f.path)
        print(
            _(
                "{count} fichiers écrits dans {folder} ({projects} fiches action, {actions} "
                "actions)."
            ).format(
                count=len(result.files),
                folder=result.folder,
                projects=result.projects,
                actions=result.actions,
            ),
            file=sys.stderr,
        )
    for failure in result.failures:
        print(f"katalyze: {failure.message}", file=sys.stderr)
    return 1 if result.failures else 0

"""``katalyze import participants FILE... --db PATH [--dry-run] [--json]`` and
``katalyze import projects FILE --db PATH [--json]``.

The columns are guessed from the headers (the app lets the user review them);
the report says, per file, how many rows were imported, merged and skipped and
each problem with its row and column. ``--dry-run`` writes nothing.
"""

from __future__ import annotations

import argparse

from katalyze.cli.common import add_db_option, open_db, print_json, terminal_progress
from katalyze.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import", help=_("importer des participants ou des projets depuis des fichiers CSV/XLSX")
    )
    kinds = parser.add_subparsers(dest="kind", metavar="participants|projects", required=True)
    for kind, help_text in (
        ("participants", _("inscriptions (CSV de billetterie, de formulaire, feuille Excel...)")),
        ("projects", _("projets, un par table (à importer avant les participants)")),
    ):
        sub_parser = kinds.add_parser(kind, help=help_text)
        sub_parser.add_argument("files", nargs="+", metavar="FILE", help=_("fichier CSV ou XLSX"))
        add_db_option(sub_parser)
        sub_parser.add_argument(
            "--dry-run", action="store_true", help=_("afficher le rapport sans rien enregistrer")
        )
        sub_parser.add_argument("--json", action="store_true", help=_("afficher un document JSON"))
        sub_parser.set_defaults(run=run)
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    from katalyze.importing import import_files

    db = open_db(args, create=True)
    try:
        with terminal_progress(args.json) as progress:
            report = import_files(
                db, args.files, args.kind, dry_run=args.dry_run, progress=progress
            )
    finally:
        db.close()
    if args.json:
        print_json(report.to_json())
    else:
        for line in report.summary_lines():
            print(line)
    return 0

"""``katalyze copy --from SRC --to DST``: a whole event, file <-> PostgreSQL."""

from __future__ import annotations

import argparse

from katalyze.cli.common import print_json
from katalyze.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "copy",
        help=_(
            "copier tout un événement entre un fichier .katalyze et un serveur de base de données"
        ),
        description=_(
            "Copie chaque table d'un événement, puis compare les deux côtés ligne à ligne."
        ),
    )
    parser.add_argument("--from", dest="source", required=True, metavar="PATH|URL")
    parser.add_argument("--to", dest="destination", required=True, metavar="PATH|URL")
    parser.add_argument(
        "--replace",
        action="store_true",
        help=_("vider d'abord une destination qui contient déjà un événement"),
    )
    parser.add_argument("--json", action="store_true", help=_("afficher un document JSON"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from katalyze.db.copying import copy_event

    report = copy_event(args.source, args.destination, replace=args.replace)
    if args.json:
        print_json(report.to_json())
    else:
        print(
            _("{total} lignes copiées de {source} vers {destination}, vérifiées une à une.").format(
                total=report.total, source=report.source, destination=report.destination
            )
        )
    return 0

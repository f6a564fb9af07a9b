"""``katalyze doctor --db URL``: connectivity, schema, clock skew, latency."""

from __future__ import annotations

import argparse

from katalyze.cli.common import add_db_option, db_target, print_json
from katalyze.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "doctor",
        help=_("vérifier que ce poste peut tenir la soirée sur une base de données"),
        description=_(
            "Connexion, version du schéma, décalage d'horloge avec le serveur, latence. "
            "Ne fait que lire. Code de sortie 1 quand une vérification échoue."
        ),
    )
    add_db_option(parser)
    parser.add_argument("--json", action="store_true", help=_("afficher un document JSON"))
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

"""The follow-up year from the command line:

``katalyze action ID --status STATUS [--note TEXT] --db PATH``,
``katalyze followup report --db PATH --out DIR [--today DATE]``,
``katalyze followup import FILE.xlsx --db PATH [--dry-run]`` and
``katalyze new-session --from OLD --db NEW``.
(``katalyze list actions`` is in :mod:`katalyze.cli.list_cmd`.)
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from katalyze.cli.common import add_db_option, db_target, open_db, print_json
from katalyze.errors import UserError
from katalyze.i18n import _


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("« {text} » n'est pas une date AAAA-MM-JJ.").format(text=text)
        ) from None


def register(sub: argparse._SubParsersAction) -> None:
    action = sub.add_parser(
        "action", help=_("mettre à jour une action : nouveau statut et/ou note datée")
    )
    action.add_argument("id", type=int, metavar="ID")
    action.add_argument("--status", help=_("todo, doing, done, dropped (ou À faire, Fait…)"))
    action.add_argument("--note", help=_("ce qui s'est passé (gardé avec la date)"))
    action.add_argument(
        "--on", type=_date, help=_("date de la mise à jour (par défaut : aujourd'hui)")
    )
    action.add_argument("--json", action="store_true", help=_("afficher l'action en JSON"))
    add_db_option(action)
    action.set_defaults(run=run_action)

    followup = sub.add_parser("followup", help=_("les rapports de l'année de suivi"))
    inner = followup.add_subparsers(dest="followup_command", metavar="COMMAND", required=True)
    report = inner.add_parser(
        "report", help=_("écrire les PDF de suivi (par projet, comité de pilotage)")
    )
    report.add_argument("--out", required=True, metavar="DIR", help=_("dossier où écrire"))
    report.add_argument("--today", type=_date, help=_("date à laquelle le rapport fait le point"))
    report.add_argument("--json", action="store_true", help=_("afficher un document JSON"))
    add_db_option(report)
    report.set_defaults(run=run_report)

    sheet = inner.add_parser(
        "import",
        help=_("appliquer une feuille Suivi (ou Actions) modifiée du classeur, après vérification"),
    )
    sheet.add_argument("file", metavar="FILE.xlsx")
    sheet.add_argument(
        "--dry-run", action="store_true", help=_("vérifier seulement, ne rien écrire")
    )
    sheet.add_argument(
        "--on", type=_date, help=_("date des mises à jour (par défaut : aujourd'hui)")
    )
    sheet.add_argument("--json", action="store_true", help=_("afficher un document JSON"))
    add_db_option(sheet)
    sheet.set_defaults(run=run_import)

    session = sub.add_parser(
        "new-session", help=_("préparer l'événement de l'an prochain à partir de celui-ci")
    )
    session.add_argument("--from", dest="source", required=True, metavar="OLD")
    session.add_argument("--json", action="store_true", help=_("afficher un document JSON"))
    add_db_option(session)
    session.set_defaults(run=run_new_session)


def run_action(args: argparse.Namespace) -> int:
    from katalyze.followup.service import update_action

    db = open_db(args, create=False)
    try:
        row = update_action(db, args.id, status=args.status, note=args.note, on=args.on)
    finally:
        db.close()
    if args.json:
        print_json(row.to_json())
    else:
        print(f"{row.id}  {row.status}  {row.text}")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from katalyze.followup.data import load_followup
    from katalyze.followup.reports import write_followup_reports

    db = open_db(args, create=False)
    try:
        data = load_followup(db)
    finally:
        db.close()
    paths = write_followup_reports(data, args.out, args.today or dt.date.today())
    if args.json:
        print_json({"folder": args.out, "files": [str(p) for p in paths]})
    else:
        for path in paths:
            print(path)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from katalyze.followup.sheet import apply_actions_sheet, review_actions_sheet

    db = open_db(args, create=False)
    try:
        review = review_actions_sheet(db, args.file)
        written = 0
        if not args.dry_run and not review.refused:
            written = apply_actions_sheet(db, review, on=args.on)
    finally:
        db.close()
    if args.json:
        print_json({**review.to_json(), "written": written})
    else:
        for problem in review.problems:
            print(problem, file=sys.stderr)
        print(
            _("{n} action(s) mises à jour, {same} inchangée(s).").format(
                n=written, same=review.unchanged
            ),
            file=sys.stderr,
        )
    return 1 if review.refused else 0


def run_new_session(args: argparse.Namespace) -> int:
    from katalyze.followup.next_session import new_session_from

    if not getattr(args, "db", None):
        raise UserError(_("Indiquez le fichier de la nouvelle session avec --db NOUVEAU.katalyze."))
    summary = new_session_from(args.source, db_target(args))
    if args.json:
        print_json(summary.to_json())
    else:
        print(
            _(
                "Nouvelle session prête : {projects} projets, {people} personnes, "
                "{actions} actions ouvertes → {path}"
            ).format(
                projects=summary.projects,
                people=summary.participants,
                actions=summary.actions,
                path=summary.path,
            ),
            file=sys.stderr,
        )
    return 0

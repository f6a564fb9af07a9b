"""``katalyze assign --db PATH [--rounds N] [--present-only] [--seed S] [--json]``."""

from __future__ import annotations

import argparse
from typing import Any

from katalyze.cli.common import add_db_option, open_db, print_json, terminal_progress
from katalyze.i18n import _, ngettext
from katalyze.text import french_number


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "assign", help=_("placer les personnes aux tables (un ou plusieurs tours)")
    )
    add_db_option(parser)
    parser.add_argument("--rounds", type=int, default=None, metavar="N",
                        help=_("nombre de tours (par défaut : celui de l'événement, sinon 1)"))  # fmt: skip
    parser.add_argument(
        "--present-only",
        action="store_true",
        help=_("seulement les personnes arrivées (par défaut dès qu'une personne est arrivée)"),
    )
    parser.add_argument(
        "--everyone",
        action="store_true",
        help=_("toutes les personnes inscrites, arrivées ou non (pré-placement)"),
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--minimise-moves",
        action="store_true",
        help=_("garder les places existantes autant que possible"),
    )
    parser.add_argument(
        "--time-limit",
        type=float,
        default=None,
        metavar="SECONDS",
        help=_(
            "filet de sécurité en secondes : la recherche s'arrête là et garde sa meilleure "
            "répartition (le travail compté décide des places ; le rapport dit si ce filet a "
            "servi)"
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=_("afficher les chiffres du rapport de qualité")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from katalyze.assignment import place
    from katalyze.assignment.seats import load_seating
    from katalyze.errors import UserError

    if args.present_only and args.everyone:
        raise UserError(_("Choisissez --present-only ou --everyone, pas les deux."))
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
        _("{plural} à {plural2} sur {plural3} en {french_number} s.").format(
            plural=ngettext("{n} personne placée", "{n} personnes placées", f["people"]).format(
                n=f["people"]
            ),
            plural2=ngettext("{n} table", "{n} tables", f["tables"]).format(n=f["tables"]),
            plural3=ngettext("{n} tour", "{n} tours", f["rounds"]).format(n=f["rounds"]),
            french_number=french_number(report.seconds),
        )
    )
    for status in report.rounds_status:
        print(
            _("  tour {round} : {solver_state} ({french_number} s)").format(
                round=status.round,
                solver_state=solver_state(status),
                french_number=french_number(status.seconds, 2),
            )
        )
    print(
        _(
            "  souhaits : {french_number} % des passages ; besoins couverts : {f}/{f2} ; "
            "rencontres répétées : {f3} (minimum possible {f4}) ; tables revisitées : {f5}"
        ).format(
            french_number=french_number(f["wish_satisfaction_pct"]),
            f=f["needs_covered"],
            f2=f["needs_total"],
            f3=f["repeats"],
            f4=f["repeat_lower_bound"],
            f5=f["revisits"],
        )
    )
    for line in report.unmet:
        print(f"  - {line}")
    return 0


def solver_state(status: Any) -> str:
    """How a round's solve ended, in the words of the quality report (never
    the solver's own code such as ``time_limit``)."""
    if status.optimal:
        return _("optimum prouvé")
    gap = status.gap
    if status.status == "time_limit" and gap is not None and 0 < gap <= 1:
        return _(
            "meilleure répartition trouvée dans le temps imparti (à {french_number} % au "
            "plus de l'optimum)"
        ).format(french_number=french_number(100 * gap))
    if status.status == "heuristic":
        return _("placement construit puis amélioré (sans preuve)")
    if status.status == "stopped":
        return _("arrêté à votre demande : meilleure répartition trouvée jusque-là")
    if status.status == "limit":
        return _("meilleure répartition trouvée dans le travail imparti (sans preuve)")
    return _("meilleure répartition trouvée dans le temps imparti")

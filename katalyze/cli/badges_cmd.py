"""``katalyze badges --db PATH --out FILE.pdf [--layout NAME] ...``."""

from __future__ import annotations

import argparse
import sys

from katalyze.cli.common import add_db_option, open_db, print_json
from katalyze.errors import UserError
from katalyze.i18n import _, ngettext


def _ids(text: str) -> list[int]:
    ids: list[int] = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            low, _dash, high = part.partition("-")
            if low.strip().isdigit() and high.strip().isdigit() and int(low) <= int(high):
                ids.extend(range(int(low), int(high) + 1))
                continue
        if not part.isdigit():
            raise argparse.ArgumentTypeError(
                _("« {part} » n'est pas un numéro de participant (attendu : 1,2,5-9)").format(
                    part=part
                )
            )
        ids.append(int(part))
    return ids


def register(sub: argparse._SubParsersAction) -> None:
    from katalyze.badges.layouts import DEFAULT_LAYOUT, LAYOUTS

    layouts = "; ".join(f"{key}: {layout.title}" for key, layout in LAYOUTS.items())
    parser = sub.add_parser("badges", help=_("PDF de badges prêt à imprimer (codes QR)"))
    add_db_option(parser)
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help=_("PDF à écrire"))
    parser.add_argument(
        "--layout",
        choices=sorted(LAYOUTS),
        default=DEFAULT_LAYOUT,
        help=_("mise en page (par défaut {default}) — {layouts}").format(
            default=DEFAULT_LAYOUT, layouts=layouts
        ),
    )
    parser.add_argument(
        "--only-unprinted", action="store_true", help=_("seulement les badges jamais imprimés")
    )
    parser.add_argument("--ids", type=_ids, metavar="1,2,5-9", help=_("seulement ces participants"))
    parser.add_argument(
        "--show-table", action="store_true", help=_("imprimer la table du tour en cours")
    )
    parser.add_argument(
        "--no-mark", action="store_true", help=_("ne pas marquer ces badges comme imprimés")
    )
    parser.add_argument("--json", action="store_true", help=_("afficher un résumé JSON"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from katalyze.badges import render_badges

    if args.ids is not None and not args.ids:
        raise UserError(_("--ids ne contient aucun numéro de participant."))
    db = open_db(args, create=False)
    try:
        result = render_badges(
            db,
            args.out,
            layout=args.layout,
            participant_ids=args.ids,
            only_unprinted=args.only_unprinted,
            show_table=args.show_table,
            mark_printed=not args.no_mark,
        )
    finally:
        db.close()
    if args.json:
        print_json(result.to_json())
    else:
        print(
            f"{ngettext('{n} badge', '{n} badges', result.count).format(n=result.count)}, {ngettext('{n} page', '{n} pages', result.pages).format(n=result.pages)} → {result.path}"
        )
    for note in result.missing_glyphs:
        print(_("katalyze: attention, badge de {note}").format(note=note), file=sys.stderr)
    return 0

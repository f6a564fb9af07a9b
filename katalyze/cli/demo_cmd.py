"""``katalyze demo --db PATH [--participants N] [--stage S] [--seed S]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from katalyze.cli.common import add_db_option, print_json, terminal_progress
from katalyze.db import open_database
from katalyze.db.engine import to_url
from katalyze.events import ensure_event
from katalyze.i18n import N_, _, ngettext
from katalyze.paths import demo_event_path
from katalyze.vocabulary import STAGES

# The stages as the evening's screens name them (the CLI takes the codes).
STAGE_WORDS = {
    "registered": N_("inscriptions"),
    "arrived": N_("arrivées"),
    "assigned": N_("répartition"),
    "done": N_("soirée terminée"),
}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("demo", help=_("construire un événement de démonstration réaliste"))
    add_db_option(parser)
    parser.add_argument("--participants", type=int, default=120, metavar="N")
    parser.add_argument(
        "--tables",
        type=int,
        default=None,
        metavar="N",
        help=_("par défaut : 15 jusqu'à 500 personnes, puis une pour 50"),
    )
    parser.add_argument("--stage", choices=STAGES, default="registered")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--replace", action="store_true", help=_("remplacer un fichier de démo existant")
    )
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(run=run)


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def run(args: argparse.Namespace) -> int:
    from katalyze.demo import build_demo

    target = getattr(args, "db", None) or str(demo_event_path())
    url = to_url(target)
    if args.replace and url.startswith("sqlite:///"):
        _remove_sqlite(Path(url.removeprefix("sqlite:///")))
    db = open_database(target, create=True)
    try:
        ensure_event(db)
        with terminal_progress(args.json) as progress:
            summary = build_demo(
                db,
                participants=args.participants,
                stage=args.stage,
                seed=args.seed,
                tables=args.tables,
                progress=progress,
            )
    finally:
        db.close()
    if args.json:
        print_json({**summary.to_json(), "db": target})
    else:
        print(
            _("Démo prête : {plural}, {plural2}, étape « {STAGE_WORDS} » → {target}").format(
                plural=ngettext("{n} participant", "{n} participants", summary.participants).format(
                    n=summary.participants
                ),
                plural2=ngettext("{n} table", "{n} tables", summary.projects).format(
                    n=summary.projects
                ),
                STAGE_WORDS=_(STAGE_WORDS[summary.stage])
                if summary.stage in STAGE_WORDS
                else summary.stage,
                target=target,
            )
        )
    return 0

"""``katalyze list participants|projects|... --db PATH --json``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from katalyze.cli.common import add_db_option, open_db, print_json
from katalyze.db import Database
from katalyze.i18n import _


def _participants(db: Database) -> list[dict[str, Any]]:
    from katalyze.participants import list_participants

    return [p.to_json() for p in list_participants(db)]


def _projects(db: Database) -> list[dict[str, Any]]:
    from katalyze.projects import list_projects

    return [p.to_json() for p in list_projects(db)]


def _seats(db: Database) -> list[dict[str, Any]]:
    from katalyze.assignment.seats import list_seats_json

    return list_seats_json(db)


def _items(db: Database) -> list[dict[str, Any]]:
    from katalyze.capture.listing import list_items_json

    return list_items_json(db)


def _actions(db: Database) -> list[dict[str, Any]]:
    from katalyze.followup.data import load_followup

    return [a.to_json() for a in load_followup(db).actions]


# What can be listed; each capability's listing is imported only when asked for.
LISTERS: dict[str, Callable[[Database], list[dict[str, Any]]]] = {
    "participants": _participants,
    "projects": _projects,
    "seats": _seats,
    "items": _items,
    "actions": _actions,
}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "list",
        help=_("lister les participants, les projets, les places, les éléments ou les actions"),
    )
    parser.add_argument("what", choices=sorted(LISTERS))
    parser.add_argument("--json", action="store_true", help=_("afficher un tableau JSON"))
    add_db_option(parser)
    parser.set_defaults(run=run)


def _text_line(row: dict[str, Any]) -> str:
    if "title" in row:
        return f"table {row['table']:>3}  {row['title']}  ({row['min_seats']}-{row['max_seats']})"
    if "first_name" in row:
        name = f"{row['first_name']} {row['last_name']}".strip()
        return f"{row['id']:>5}  {name}  {row.get('organisation') or ''}  [{row.get('role') or ''}]"
    return "  ".join(f"{k}={v}" for k, v in row.items())


def run(args: argparse.Namespace) -> int:
    db = open_db(args, create=False)
    try:
        rows = LISTERS[args.what](db)
    finally:
        db.close()
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(_text_line(row))
    return 0

"""What every command shares: opening ``--db``, printing JSON."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
from collections.abc import Iterator
from typing import Any

from katalyze.db import Database, open_database
from katalyze.errors import UserError
from katalyze.i18n import _
from katalyze.paths import default_event_path
from katalyze.progress import ProgressFn


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,
        help=_(
            "fichier d'événement (.katalyze) ou adresse de base de données (postgresql+psycopg://...)"
        ),
    )


def db_target(args: argparse.Namespace) -> str:
    return getattr(args, "db", None) or str(default_event_path())


def open_db(args: argparse.Namespace, *, create: bool) -> Database:
    """Open the event named by ``--db``; writers create it, readers require it."""
    from katalyze.events import ensure_event

    db = open_database(db_target(args), create=create)
    for notice in db.notices:  # read-only, upgraded with a backup kept…
        print(f"katalyze: {notice}", file=sys.stderr)
    ensure_event(db)
    return db


def _default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, set | tuple | frozenset):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(document: Any) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, default=_default)
    sys.stdout.write("\n")


def fail(message: str) -> UserError:
    return UserError(message)


@contextlib.contextmanager
def terminal_progress(quiet: bool = False) -> Iterator[ProgressFn | None]:
    """A percentage line on stderr while long work runs, when stderr is a
    terminal and the output is not JSON; ``None`` otherwise."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    last = [-1]

    def progress(done: int, total: int, message: str = "") -> None:
        percent = int(100 * done / max(total, 1))
        if percent != last[0]:
            last[0] = percent
            print(f"\r{message[:50]:<50} {percent:3d} %", end="", file=sys.stderr, flush=True)

    try:
        yield progress
    finally:
        if last[0] >= 0:
            print(file=sys.stderr)

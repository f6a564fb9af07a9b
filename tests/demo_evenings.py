"""Event files built once per test session, copied per test.

Migrating a new SQLite file costs tens of milliseconds and a demo evening
past the "arrived" stage runs the placement (seconds), so the suite builds
each kind once, in a session folder, with the real code (``open_database``,
``ensure_event``, ``build_demo``), and hands each test its own copy. A copy
is the same file a fresh build writes: placement is counted work, so the same
arguments give the same seats (issue 15).

* :func:`empty_event_copy`: a migrated event with its default roles and a
  secret of its own (what the ``db`` fixture opens on SQLite).
* :func:`demo_copy`: a demo evening at a stage, everyone checked in or not.
* :func:`demo_into`: the same evening written into an open, empty ``db``
  (SQLite: a page copy through SQLite's backup API, :func:`copy_into`; a
  server database builds it, since a server cannot take a file).
* :func:`session_file`: any other evening a test file needs several times
  (built by a function of its own, once).

The source files are closed (WAL checkpointed) before they are copied, and
never written after they are built.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import secrets
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

if TYPE_CHECKING:
    from katalyze.db import Database

_FOLDER: Path | None = None
_BUILT: dict[str, Path] = {}


def _folder() -> Path:
    global _FOLDER
    if _FOLDER is None:
        _FOLDER = Path(tempfile.mkdtemp(prefix="katalyze-demo-evenings-"))
        atexit.register(shutil.rmtree, _FOLDER, True)
    return _FOLDER


@contextlib.contextmanager
def as_any_test() -> Iterator[None]:
    """Work shared by several tests (a build, an export) in French with the
    session folder as home, whatever the test that asked first had chosen
    (module and session fixtures run before a test's own home and language)."""
    from katalyze.i18n import using_language

    saved = {name: os.environ.get(name) for name in ("KATALYZE_HOME", "LANGUAGE")}
    os.environ["KATALYZE_HOME"] = str(_folder() / "home")
    os.environ["LANGUAGE"] = "fr"
    try:
        with using_language("fr"):
            yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _empty_source() -> Path:
    source = _BUILT.get("empty")
    if source is None:
        from katalyze.db import open_database
        from katalyze.events import ensure_event

        source = _folder() / "empty.katalyze"
        with as_any_test():
            database = open_database(source)
            ensure_event(database)
            database.close()
        _BUILT["empty"] = source
    return source


def empty_event_copy(dest: Path) -> Path:
    """``dest`` becomes a new, empty event (migrated, default roles), with its
    own secret as :func:`katalyze.events.ensure_event` gives a new file, so
    badge codes of two tests' events never share a tag."""
    shutil.copyfile(_empty_source(), dest)
    with sqlite3.connect(dest) as connection:
        connection.execute("UPDATE event SET secret = ?", (secrets.token_hex(16),))
    connection.close()
    return dest


def session_file(name: str, build: Callable[[Database], object]) -> Path:
    """The session's file ``name``: a new, empty event that ``build`` filled,
    built on first use. ``name`` must say everything ``build`` does (it is the
    cache's key). Read or copy the file; never open it for writing."""
    source = _BUILT.get(name)
    if source is None:
        from katalyze.db import open_database

        source = _folder() / f"{name}.katalyze"
        shutil.copyfile(_empty_source(), source)
        with as_any_test():
            database = open_database(source)
            try:
                build(database)
            finally:
                database.close()
        _BUILT[name] = source
    return source


def demo_source(
    participants: int = 120,
    stage: str = "registered",
    seed: int = 1,
    tables: int | None = None,
    everyone_in: bool = False,
) -> Path:
    """The session's file of this demo evening (see :func:`session_file`)."""

    def build(database: Database) -> None:
        from katalyze.demo import build_demo

        build_demo(database, participants=participants, stage=stage, seed=seed, tables=tables)
        if everyone_in:
            check_everyone_in(database)

    name = f"demo-{participants}-{stage}-{seed}-{tables}-{int(everyone_in)}"
    return session_file(name, build)


def check_everyone_in(database: Database, leave_out: int = 0) -> list[int]:
    """Check in everyone not cancelled and not yet arrived, but the last
    ``leave_out`` of them (by id); returns the ids left out."""
    from katalyze.db.models import CheckIn, Participant

    with database.sessions.begin() as session:
        arrived = set(session.scalars(select(CheckIn.participant_id)))
        ids = [
            pid
            for pid in session.scalars(
                select(Participant.id).where(~Participant.cancelled).order_by(Participant.id)
            )
            if pid not in arrived
        ]
        cut = len(ids) - leave_out
        for pid in ids[:cut]:
            session.add(CheckIn(participant_id=pid, station="test"))
    return ids[cut:]


def demo_copy(
    dest: Path,
    participants: int = 120,
    everyone_in: bool = True,
    tables: int | None = None,
    seed: int = 1,
    stage: str = "registered",
) -> Path:
    """``dest`` becomes the demo evening at ``stage`` (everyone not cancelled
    checked in unless ``everyone_in`` is False), built once per session for
    these arguments."""
    shutil.copyfile(demo_source(participants, stage, seed, tables, everyone_in), dest)
    return dest


def copy_into(db: Database, source: Path) -> None:
    """Make the open SQLite event ``db`` a page-for-page copy of ``source``
    (SQLite's backup API: the test keeps its ``db`` object open)."""
    if not db.is_sqlite or db.path is None:
        raise ValueError("copy_into takes a SQLite database; a server one must build")
    reader = sqlite3.connect(source)
    target = db.engine.raw_connection()
    try:
        reader.backup(target.driver_connection)
    finally:
        target.close()
        reader.close()


def demo_into(
    db: Database,
    participants: int = 120,
    stage: str = "registered",
    seed: int = 1,
    tables: int | None = None,
) -> None:
    """Fill the open, empty event ``db`` with the demo evening, as
    ``build_demo(db, ...)`` does (a server database runs it)."""
    if db.is_sqlite and db.path is not None:
        copy_into(db, demo_source(participants, stage, seed, tables))
        return
    from katalyze.demo import build_demo

    build_demo(db, participants=participants, stage=stage, seed=seed, tables=tables)

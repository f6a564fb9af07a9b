"""Demo evenings built once per test session, copied per test.

Building a demo event takes a moment (and the placement tests need many);
``demo_copy`` builds each kind once in a session folder, then copies the
SQLite file (WAL checkpointed, so the copy is whole) to the test's path.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import select

_FOLDER: Path | None = None
_BUILT: dict[tuple[int, bool, int | None, int], Path] = {}


def _folder() -> Path:
    global _FOLDER
    if _FOLDER is None:
        _FOLDER = Path(tempfile.mkdtemp(prefix="katalyze-demo-evenings-"))
        atexit.register(shutil.rmtree, _FOLDER, True)
    return _FOLDER


def demo_copy(
    dest: Path,
    participants: int = 120,
    everyone_in: bool = True,
    tables: int | None = None,
    seed: int = 1,
) -> Path:
    """``dest`` becomes a registered demo evening (everyone checked in unless
    ``everyone_in`` is False), built once per session for these arguments."""
    key = (participants, everyone_in, tables, seed)
    source = _BUILT.get(key)
    if source is None:
        from katalyze.db import open_database
        from katalyze.db.models import CheckIn, Participant
        from katalyze.demo import build_demo
        from katalyze.events import ensure_event

        source = _folder() / f"demo-{participants}-{int(everyone_in)}-{tables}-{seed}.katalyze"
        db = open_database(source)
        ensure_event(db)
        build_demo(db, participants=participants, stage="registered", seed=seed, tables=tables)
        if everyone_in:
            with db.sessions.begin() as session:
                for pid in session.scalars(select(Participant.id).where(~Participant.cancelled)):
                    session.add(CheckIn(participant_id=pid, station="test"))
        db.close()
        _BUILT[key] = source
    shutil.copyfile(source, dest)
    return dest

"""Build the demo event file once, safely (runs on a worker thread, no Qt)."""

from __future__ import annotations

from pathlib import Path

from katalyze.progress import ProgressFn

DEMO_PARTICIPANTS = 120
DEMO_SEED = 1


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            candidate.unlink()


def build_demo_file(path: str, progress: ProgressFn | None = None) -> str:
    """Build the demo event at ``path`` and return it.

    It is built in a side file and moved into place only when complete, so a
    cancelled or failed build never leaves a half-made demo behind.
    """
    from katalyze.db import open_database
    from katalyze.demo import build_demo

    final = Path(path)
    building = final.with_name(final.stem + ".building" + final.suffix)
    _remove_database_files(building)
    db = open_database(building, create=True)
    try:
        build_demo(
            db,
            participants=DEMO_PARTICIPANTS,
            stage="registered",
            seed=DEMO_SEED,
            progress=progress,
        )
    except BaseException:
        db.close()
        _remove_database_files(building)
        raise
    db.close()
    building.replace(final)
    return str(final)


def discard_event_file(path: str) -> None:
    """Delete an event file and its SQLite side files (a confirmed overwrite)."""
    _remove_database_files(Path(path))

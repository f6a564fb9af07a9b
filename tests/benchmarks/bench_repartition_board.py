"""How fast the Répartition board answers a drag, at 120 and 500 people.

Builds the demo (everyone checked in), places them (2 rounds), opens the
screen offscreen and prints: the first full build of the board, and the time
from a drop to a redrawn board with the rules checked again (mean and worst
of 20 moves). Run: .venv/bin/python tests/benchmarks/bench_repartition_board.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KATALYZE_HOME", tempfile.mkdtemp(prefix="katalyze-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from katalyze.assignment import place
from katalyze.db import open_database
from katalyze.db.models import CheckIn, Participant
from katalyze.demo import build_demo
from katalyze.events import ensure_event
from ui.context import EventContext, EventSignals
from ui.repartition import RepartitionScreen
from ui.worker import DbWorker


def bench(app: QApplication, people: int, folder: Path) -> None:
    db = open_database(folder / f"bench-{people}.katalyze")
    ensure_event(db)
    build_demo(db, participants=people, stage="registered", seed=1)
    with db.sessions.begin() as session:
        for pid in session.scalars(select(Participant.id).where(Participant.cancelled.is_(False))):
            session.add(CheckIn(participant_id=pid, station="bench"))
    started = time.perf_counter()
    place(db, rounds=2, present_only=True, seed=0, time_limit=60)
    placed = time.perf_counter() - started
    ctx = EventContext(
        db, DbWorker(), EventSignals(), QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    )
    screen = RepartitionScreen(ctx)
    screen.resize(1920, 1080)
    screen.show()
    started = time.perf_counter()
    ctx.worker.wait_idle(60000)
    app.processEvents()
    loaded = time.perf_counter() - started
    board = screen.board()
    assert board is not None
    moves = []
    tables = board.tables
    for i in range(20):
        target = tables[(i + 3) % len(tables)]
        now = screen.board().tables[i % len(tables)]
        person = next(p for p in now.people if p.is_visitor)
        t = time.perf_counter()
        screen.move([person.id], target.project_id)
        app.processEvents()  # repaint included
        moves.append(time.perf_counter() - t)
    t = time.perf_counter()
    page = screen.show_on_projector()
    ctx.projector().resize(1920, 1080)
    app.processEvents()
    projector = time.perf_counter() - t
    print(
        f"{people} people, {len(tables)} tables, 2 rounds: placement {placed:.2f} s (not the UI); "
        f"board load {loaded * 1000:.0f} ms; drop → board redrawn with rules: "
        f"mean {statistics.mean(moves) * 1000:.1f} ms, worst {max(moves) * 1000:.1f} ms; "
        f"projector page {projector * 1000:.0f} ms, {page.page_count()} page(s)"
    )
    ctx.worker.wait_idle()
    ctx.close()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        for people in (120, 500):
            bench(app, people, Path(folder))


if __name__ == "__main__":
    main()

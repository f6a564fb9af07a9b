"""Répartition while the placement searches (issue 15): the dialog shows the
step and the best seating so far; Stop keeps that best, on the undo stack."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from katalyze.assignment.seats import list_seats
from katalyze.db import open_database
from tests.demo_evenings import demo_copy
from ui.context import EventContext, EventSignals
from ui.repartition import RepartitionScreen
from ui.worker import DbWorker


@pytest.fixture
def ctx(tmp_path: Path):
    path = demo_copy(tmp_path / "e.katalyze", 120)
    db = open_database(path)
    context = EventContext(
        db,
        DbWorker(),
        EventSignals(),
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    yield context
    context.worker.wait_idle()
    context.close()


def test_progress_shows_the_best_so_far_and_stop_keeps_it(qtbot, ctx: EventContext) -> None:
    screen = RepartitionScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.waitUntil(lambda: screen.board() is not None, timeout=10000)
    screen.rounds_spin.setValue(3)
    labels: list[str] = []
    job = screen.run_placement()
    job.progressed.connect(lambda done, total, message: labels.append(message))
    # The first seating exists at once; the search then shows it while working.
    qtbot.waitUntil(lambda: any("jusqu'ici" in m for m in labels), timeout=60000)
    dialog = screen.findChild(QProgressDialog)
    stop = dialog.findChild(QPushButton)
    assert stop is not None
    assert stop.text() in ("Arrêter et garder la meilleure", "Stop and keep the best")
    with qtbot.waitSignal(screen.placement_finished, timeout=120000) as blocker:
        qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    ctx.worker.wait_idle()
    seats = list_seats(ctx.db)
    assert {s.round for s in seats} == {1, 2, 3}
    assert screen.undo_stack.count() == 1

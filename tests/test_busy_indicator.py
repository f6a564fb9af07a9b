"""The status bar's busy indicator follows both of the event's workers: the
database worker and the files worker (exports, badge PDFs, table lists)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QApplication

from katalyze.db import Database
from ui.app import LanguageSwitcher
from ui.context import app_settings
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db: Database, db_path: Path):
    app = QApplication.instance()
    settings = app_settings()
    switcher = LanguageSwitcher(app, settings)
    switcher.apply("en")
    made = MainWindow(settings, switcher)
    qtbot.addWidget(made)
    made.resize(1366, 768)
    made.show()
    qtbot.waitExposed(made)
    with qtbot.waitSignal(made.event_opened, timeout=10000):
        made.open_event(str(db_path))
    ctx = made.ctx
    assert ctx is not None
    assert ctx.worker.wait_idle() and ctx.files_worker.wait_idle()
    qtbot.waitUntil(lambda: not made.busy_indicator.isVisible(), timeout=5000)
    yield made
    made.close()


@pytest.fixture
def gates(window):
    """Events the slow jobs wait on; all opened at the end, even if a test
    fails half-way (a worker thread is never left waiting at teardown)."""
    made: list[threading.Event] = []
    ctx = window.ctx

    def make() -> threading.Event:
        made.append(threading.Event())
        return made[-1]

    yield make
    for gate in made:
        gate.set()
    ctx.files_worker.wait_idle()
    ctx.worker.wait_idle()


def test_a_slow_files_job_shows_the_indicator_until_it_ends(qtbot, window, gates) -> None:
    ctx = window.ctx
    gate = gates()
    export = ctx.files_worker.submit(gate.wait, 20)
    qtbot.waitUntil(window.busy_indicator.isVisible, timeout=5000)

    # A quick database job starting and ending meanwhile does not hide it:
    # the files worker still has work.
    with qtbot.waitSignal(ctx.worker.submit(lambda: 42).finished, timeout=10000):
        pass
    assert not ctx.worker.busy and ctx.files_worker.busy
    assert window.busy_indicator.isVisible()

    with qtbot.waitSignal(export.finished, timeout=10000):
        gate.set()
    qtbot.waitUntil(lambda: not window.busy_indicator.isVisible(), timeout=5000)
    assert not ctx.files_worker.busy


def test_the_indicator_stays_while_the_database_worker_still_works(qtbot, window, gates) -> None:
    ctx = window.ctx
    files_gate, db_gate = gates(), gates()
    # The files job was queued first, so it does not wait for the database job.
    export = ctx.files_worker.submit(files_gate.wait, 20)
    query = ctx.worker.submit(db_gate.wait, 20)
    qtbot.waitUntil(window.busy_indicator.isVisible, timeout=5000)

    with qtbot.waitSignal(export.finished, timeout=10000):
        files_gate.set()
    assert not ctx.files_worker.busy and ctx.worker.busy
    assert window.busy_indicator.isVisible()

    with qtbot.waitSignal(query.finished, timeout=10000):
        db_gate.set()
    qtbot.waitUntil(lambda: not window.busy_indicator.isVisible(), timeout=5000)


def test_closing_the_event_hides_it_even_mid_job(qtbot, window, gates) -> None:
    ctx = window.ctx
    gate = gates()
    ctx.files_worker.submit(gate.wait, 20)
    qtbot.waitUntil(window.busy_indicator.isVisible, timeout=5000)
    gate.set()  # lets the closing worker finish its queue
    with qtbot.waitSignal(window.event_closed, timeout=10000):
        window.close_event()
    assert not window.busy_indicator.isVisible()

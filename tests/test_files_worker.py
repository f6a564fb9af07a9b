"""The files worker (exports, PDFs) beside the database worker: file work
never holds a database job back, yet starts only after the database jobs
queued before it; closing finishes queued database jobs and stops file work."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings

from ui.context import EventContext, EventSignals
from ui.worker import DbWorker


@pytest.fixture
def workers(qtbot):
    db_worker = DbWorker()
    files = DbWorker(name="katalyze-files", after=db_worker)
    yield db_worker, files
    db_worker.shutdown()


def test_database_jobs_do_not_wait_for_file_work(qtbot, workers) -> None:
    db_worker, files = workers
    release = threading.Event()
    started = threading.Event()

    def long_export() -> str:
        started.set()
        release.wait(20)
        return "exported"

    export = files.submit(long_export)
    qtbot.waitUntil(started.is_set, timeout=5000)
    draft = db_worker.submit(lambda: "draft saved")
    with qtbot.waitSignal(draft.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == ["draft saved"]
    assert files.busy  # the export is still running
    release.set()
    with qtbot.waitSignal(export.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == ["exported"]


def test_file_work_starts_after_the_database_jobs_queued_before_it(qtbot, workers) -> None:
    db_worker, files = workers
    order: list[str] = []
    hold = threading.Event()

    def note() -> None:
        hold.wait(20)  # a write still queued when the export is asked for
        order.append("note")

    db_worker.submit(note)
    export = files.submit(lambda: order.append("export"))
    later = db_worker.submit(lambda: order.append("later"))
    assert order == []
    hold.set()
    with qtbot.waitSignal(export.finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: not db_worker.busy, timeout=5000)
    assert order.index("note") < order.index("export")
    assert later.outcome == "ok"


def test_a_waiting_file_job_can_be_cancelled(qtbot, workers) -> None:
    db_worker, files = workers
    hold = threading.Event()
    ran: list[str] = []
    db_worker.submit(lambda: hold.wait(20))
    export = files.submit(lambda: ran.append("export"))
    export.cancel()
    with qtbot.waitSignal(export.cancelled, timeout=5000):
        pass
    hold.set()
    assert ran == []


def test_shutdown_runs_every_queued_job_first(qtbot) -> None:
    worker = DbWorker()
    hold = threading.Event()
    ran: list[str] = []
    worker.submit(lambda: (hold.wait(20), ran.append("slow")))
    worker.submit(lambda: ran.append("draft 1"))
    worker.submit(lambda: ran.append("draft 2"))
    hold.set()
    worker.shutdown()
    assert ran == ["slow", "draft 1", "draft 2"]


def test_closing_the_event_stops_an_export_and_keeps_the_drafts(qtbot, db, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "laptop.ini"), QSettings.Format.IniFormat)
    ctx = EventContext(db, DbWorker(), EventSignals(), settings)
    started = threading.Event()
    saved: list[str] = []

    def export(progress) -> None:
        started.set()
        for step in range(100_000):
            progress(step, 100_000, "")
            threading.Event().wait(0.001)
        raise AssertionError("the export should have been cancelled")

    job = ctx.files_worker.submit(export, with_progress=True)
    qtbot.waitUntil(started.is_set, timeout=5000)
    ctx.worker.submit(lambda: saved.append("draft"))
    ctx.close()
    assert saved == ["draft"]
    assert (job.outcome, job.is_cancelled) == ("cancelled", True)
    assert ctx.worker.stopped and ctx.files_worker.stopped

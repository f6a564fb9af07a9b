"""The database worker: results on the GUI thread, errors as sentences, cancel."""

from __future__ import annotations

import threading

import pytest

from katalyze.errors import UserError

pytest.importorskip("PySide6")

from ui.worker import DbWorker


@pytest.fixture
def worker(qtbot):
    w = DbWorker()
    yield w
    w.shutdown()


def test_result_arrives_on_gui_thread(qtbot, worker: DbWorker) -> None:
    seen: dict[str, object] = {}

    def work() -> str:
        seen["work_thread"] = threading.current_thread()
        return "fait"

    def done(value: object) -> None:
        seen["value"] = value
        seen["done_thread"] = threading.current_thread()

    job = worker.submit(work, on_done=done)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert seen["value"] == "fait"
    assert seen["done_thread"] is threading.main_thread()
    assert seen["work_thread"] is not threading.main_thread()


def test_user_error_becomes_a_sentence(qtbot, worker: DbWorker) -> None:
    def work() -> None:
        raise UserError("Le fichier est vide.")

    job = worker.submit(work)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        pass
    assert blocker.args == ["Le fichier est vide."]


def test_jobs_run_in_order_and_cancel_stops_progress(qtbot, worker: DbWorker) -> None:
    order: list[int] = []
    gate = threading.Event()

    def slow(progress) -> int:
        for i in range(1000):
            progress(i, 1000, "")
            gate.wait(0.001)
        return 1

    first = worker.submit(slow, with_progress=True)
    second = worker.submit(lambda: order.append(2))
    with qtbot.waitSignal(first.progressed, timeout=5000):
        pass
    first.cancel()
    with qtbot.waitSignal(second.finished, timeout=5000):
        pass
    assert first.outcome == "cancelled"
    assert order == [2]


def test_jobs_cross_threads_by_number_and_end_on_the_gui_thread(qtbot, worker: DbWorker) -> None:
    """A queued call's arguments are let go on the thread that ran it: a job
    sent to the worker thread as an object could be freed there, with the
    widgets its callbacks hold (a segfault under load). Only its number
    crosses; what the callbacks hold is freed on the GUI thread."""
    import gc
    import weakref

    from PySide6.QtWidgets import QWidget

    sent: list[object] = []
    worker._runner.run_job.connect(sent.append)  # direct: on the GUI thread, as emitted
    freed: list[threading.Thread] = []
    for n in range(20):
        widget = QWidget()
        weakref.finalize(widget, lambda: freed.append(threading.current_thread()))
        job = worker.submit(lambda n=n: n, on_done=lambda _v, w=widget: w.objectName())
        del widget
        with qtbot.waitSignal(job.finished, timeout=5000):
            pass
        del job
    qtbot.wait(50)
    gc.collect()
    assert sent and all(isinstance(item, int) for item in sent)
    assert len(freed) == 20 and all(t is threading.main_thread() for t in freed)
    assert not worker.busy

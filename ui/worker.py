"""Database workers: serialized executors, each on its own thread.

Screens never run SQL or file I/O on the GUI thread: they ``submit`` a plain
function (usually a core service call) and get its result back, on the GUI
thread, through the returned :class:`Job`'s signals. Jobs run one at a time in
submission order, like Anki's serialized backend calls, so no two screens race
on the database.

An event has two: the **database worker** (``EventContext.worker``) for every
read and ordered write — a scribe's note, a draft, a check-in — and the
**files worker** (``EventContext.files_worker``) for long file work (exports,
badge and table-list PDFs), so that a ten-second export never holds a draft
back. The files worker is made ``after`` the database worker: each of its jobs
starts only once everything submitted to the database worker before it has
run, so a file made right after a change contains that change. SQLite (WAL,
one connection per thread) lets the file work read while drafts are written.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from katalyze.errors import Cancelled, UserError


class Job(QObject):
    """One unit of work. Connect to its signals right after ``submit``."""

    succeeded = Signal(object)
    failed = Signal(str)  # a sentence for the user
    cancelled = Signal()
    progressed = Signal(int, int, str)  # done, total, message
    finished = Signal()  # after any of the three outcomes

    def __init__(
        self,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        *,
        with_progress: bool,
    ) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.with_progress = with_progress
        self._cancel = threading.Event()
        # Set once the jobs this one must follow (on another worker) have run.
        self.gate: threading.Event | None = None
        self.result: Any = None
        self.error: str | None = None

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    outcome: str = ""  # "ok", "failed" or "cancelled", set on the worker thread


class _Runner(QObject):
    """Lives on the worker thread; reports back through queued signals only."""

    run_job = Signal(object)
    job_ended = Signal(object)
    job_progressed = Signal(object, int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self.run_job.connect(self._on_run_job)

    @Slot(object)
    def _on_run_job(self, job: Job | threading.Event | None) -> None:
        if job is None:  # shutdown: every job queued before has run
            QThread.currentThread().quit()
            return
        if isinstance(job, threading.Event):  # a follower's job may now start
            job.set()
            return

        def progress(done: int, total: int, message: str = "") -> None:
            if job.is_cancelled:
                raise Cancelled()
            self.job_progressed.emit(job, done, total, message)

        try:
            if job.gate is not None:
                while not job.gate.wait(0.02):
                    if job.is_cancelled:
                        raise Cancelled()
            if job.is_cancelled:
                raise Cancelled()
            kwargs = dict(job.kwargs)
            if job.with_progress:
                kwargs["progress"] = progress
            job.result = job.fn(*job.args, **kwargs)
            job.outcome = "ok"
        except Cancelled:
            job.outcome = "cancelled"
        except UserError as exc:
            job.error, job.outcome = str(exc), "failed"
        except Exception as exc:  # a bug: log it, tell the user in one sentence
            traceback.print_exc()
            job.error = self.tr("Unexpected error: %1").replace(
                "%1", f"{exc.__class__.__name__}: {exc}"
            )
            job.outcome = "failed"
        self.job_ended.emit(job)


class DbWorker(QObject):
    """Owns the worker thread; ``submit`` is the only way in.

    ``after``: another worker this one follows — each job here waits until every
    job submitted there before it has run (see the module doc) — and stops with
    it: ``after.shutdown()`` cancels this worker's jobs and stops its thread."""

    busy_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        name: str = "katalyze-db",
        after: DbWorker | None = None,
    ) -> None:
        super().__init__(parent)
        self._after = after
        self._followers: list[DbWorker] = []
        if after is not None:
            after._followers.append(self)
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._runner.job_ended.connect(
            self._on_runner_job_ended, Qt.ConnectionType.QueuedConnection
        )
        self._runner.job_progressed.connect(
            self._on_runner_job_progressed, Qt.ConnectionType.QueuedConnection
        )
        self._thread.start()
        self._pending: set[Job] = set()

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        with_progress: bool = False,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        **kwargs: Any,
    ) -> Job:
        """Queue ``fn(*args, **kwargs)``; ``with_progress`` passes ``progress=``."""
        job = Job(fn, args, kwargs, with_progress=with_progress)
        if self._after is not None:
            job.gate = threading.Event()
            # Set by the other worker's thread once its queue so far has run
            # (not a job: it does not make that worker look busy).
            self._after._runner.run_job.emit(job.gate)
        if on_done is not None:
            job.succeeded.connect(on_done)
        if on_error is not None:
            job.failed.connect(on_error)
        self._pending.add(job)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._runner.run_job.emit(job)
        return job

    @Slot(object, int, int, str)
    def _on_runner_job_progressed(self, job: Job, done: int, total: int, message: str) -> None:
        job.progressed.emit(done, total, message)

    @Slot(object)
    def _on_runner_job_ended(self, job: Job) -> None:
        self._pending.discard(job)
        if job.outcome == "ok":
            job.succeeded.emit(job.result)
        elif job.outcome == "cancelled":
            job.cancelled.emit()
        else:
            job.failed.emit(job.error or "")
        job.finished.emit()
        if not self._pending:
            self.busy_changed.emit(False)

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        """Block until every queued job has been delivered (tests, closing)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents()
            QThread.msleep(1)
        return not self._pending

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @property
    def stopped(self) -> bool:
        """True once ``shutdown`` has stopped the thread."""
        return self._thread.isFinished()

    def cancel_all(self) -> None:
        """Ask every queued or running job to stop (a running one stops at its
        next progress report; one not started yet does not start)."""
        for job in list(self._pending):
            job.cancel()

    def shutdown(self, timeout_ms: int = 10000) -> None:
        """Let queued jobs finish, then stop the thread. Long jobs (with
        progress) are cancelled; so is all the work of the workers that follow
        this one, which are stopped too."""
        followers, self._followers = self._followers, []
        for follower in followers:
            follower.cancel_all()
        for job in list(self._pending):
            if job.with_progress:
                job.cancel()
        # Quit from the worker thread itself, after the jobs already queued
        # (``QThread.quit()`` from here would drop them: a draft lost on close).
        self._runner.run_job.emit(None)
        self._thread.wait(timeout_ms)
        for follower in followers:
            follower.shutdown(timeout_ms)

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

import itertools
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from katalyze.crash import report_crash
from katalyze.db.server_errors import server_lost
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
    """Lives on the worker thread; reports back through queued signals only.

    Jobs cross threads by number, never as objects: a queued call's
    arguments are released on the thread that ran it, and a job (with the
    widgets its callbacks hold) must die on the window's thread, the one that
    made it. The worker thread looks the number up in the worker's table,
    and lets go of the job before it says it is done."""

    run_job = Signal(object)  # a job's number, a follower's gate, or None: stop
    job_ended = Signal(int)
    job_progressed = Signal(int, int, int, str)

    def __init__(self, jobs: dict[int, Job], lock: threading.Lock) -> None:
        super().__init__()
        self._jobs, self._lock = jobs, lock
        self.run_job.connect(self._on_run_job)

    @Slot(object)
    def _on_run_job(self, item: int | threading.Event | None) -> None:
        if item is None:  # shutdown: every job queued before has run
            QThread.currentThread().quit()
            return
        if isinstance(item, threading.Event):  # a follower's job may now start
            item.set()
            return
        with self._lock:
            job = self._jobs.get(item)
        if job is not None:
            self._run(job, item)
            job = None  # the window's thread holds the last reference
        self.job_ended.emit(item)

    def _run(self, job: Job, number: int) -> None:
        def progress(done: int, total: int, message: str = "") -> None:
            if job.is_cancelled:
                raise Cancelled()
            self.job_progressed.emit(number, done, total, message)

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
        except Exception as exc:  # the database server went away, or a bug
            lost = server_lost(exc)
            if lost is not None:
                job.error = str(lost)
            else:  # a bug: a crash report, and one sentence for the user
                traceback.print_exc()
                job.error = report_crash(exc, f"job: {getattr(job.fn, '__qualname__', job.fn)}")
            job.outcome = "failed"


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
        self._jobs: dict[int, Job] = {}  # by number, until the window has heard the end
        self._lock = threading.Lock()
        self._numbers = itertools.count(1)
        self._runner = _Runner(self._jobs, self._lock)
        self._runner.moveToThread(self._thread)
        self._runner.job_ended.connect(
            self._on_runner_job_ended, Qt.ConnectionType.QueuedConnection
        )
        self._runner.job_progressed.connect(
            self._on_runner_job_progressed, Qt.ConnectionType.QueuedConnection
        )
        self._thread.start()

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
        number = next(self._numbers)
        with self._lock:
            self._jobs[number] = job
            first = len(self._jobs) == 1
        if first:
            self.busy_changed.emit(True)
        self._runner.run_job.emit(number)
        return job

    @Slot(int, int, int, str)
    def _on_runner_job_progressed(self, number: int, done: int, total: int, message: str) -> None:
        with self._lock:
            job = self._jobs.get(number)
        if job is not None:
            job.progressed.emit(done, total, message)

    @Slot(int)
    def _on_runner_job_ended(self, number: int) -> None:
        with self._lock:
            job = self._jobs.pop(number, None)
            idle = not self._jobs
        if job is None:
            return
        if job.outcome == "ok":
            job.succeeded.emit(job.result)
        elif job.outcome == "cancelled":
            job.cancelled.emit()
        else:
            job.failed.emit(job.error or "")
        job.finished.emit()
        if idle:
            self.busy_changed.emit(False)

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        """Block until every queued job has been delivered (tests, closing)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while self._jobs and not deadline.hasExpired():
            QCoreApplication.processEvents()
            QThread.msleep(1)
        return not self._jobs

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    @property
    def stopped(self) -> bool:
        """True once ``shutdown`` has stopped the thread."""
        return self._thread.isFinished()

    def _listed(self) -> list[Job]:
        with self._lock:
            return list(self._jobs.values())

    def cancel_all(self) -> None:
        """Ask every queued or running job to stop (a running one stops at its
        next progress report; one not started yet does not start)."""
        for job in self._listed():
            job.cancel()

    def shutdown(self, timeout_ms: int = 10000) -> None:
        """Let queued jobs finish, then stop the thread. Long jobs (with
        progress) are cancelled; so is all the work of the workers that follow
        this one, which are stopped too."""
        followers, self._followers = self._followers, []
        for follower in followers:
            follower.cancel_all()
        for job in self._listed():
            if job.with_progress:
                job.cancel()
        # Quit from the worker thread itself, after the jobs already queued
        # (``QThread.quit()`` from here would drop them: a draft lost on close).
        self._runner.run_job.emit(None)
        self._thread.wait(timeout_ms)
        for follower in followers:
            follower.shutdown(timeout_ms)

"""What the GUI thread did when it was late: a benchmark's stall finder.

:class:`TimedApplication` is a ``QApplication`` that times every event it
delivers at the top level (a queued slot call, a timer, a paint) and keeps
those over ``threshold_ms`` with their receiver and event type. A sampling
thread looks at the GUI thread's Python stack every 2 ms, so a long
task is also named by the Python code it was running; the sampler's own
oversleeps say when the whole process was held up (the CPU, or another
thread holding the GIL). Python's garbage collections are timed too (with
their generation and thread). :func:`print_report` prints the top tasks.

Only benchmarks use this: it costs a few microseconds per event.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

REPO = str(Path(__file__).resolve().parents[2])
SAMPLE_S = 0.002


@dataclass
class Task:
    """One top-level event delivery on the GUI thread that took long."""

    start: float  # perf_counter
    ms: float
    cpu_ms: float  # the GUI thread's own CPU time in it (the rest: waiting)
    what: str  # receiver class (object name) · event type
    python: list[str] = field(default_factory=list)  # most sampled Python frames
    gc_ms: float = 0.0  # garbage collection (on any thread) during it
    starved_ms: float = 0.0  # the sampler itself could not run (CPU or GIL)


@dataclass
class Collection:
    start: float
    ms: float
    generation: int
    thread: str


def _event_name(event: QEvent) -> str:
    kind = event.type()
    return getattr(kind, "name", str(kind))


def _frame_label(frame) -> str:  # type: ignore[no-untyped-def]
    code = frame.f_code
    where = code.co_filename
    where = where[len(REPO) + 1 :] if where.startswith(REPO) else Path(where).name
    return f"{getattr(code, 'co_qualname', code.co_name)} ({where}:{frame.f_lineno})"


class StallWatch:
    """The records; :class:`TimedApplication` and the sampler fill them."""

    def __init__(self, threshold_ms: float = 20.0) -> None:
        self.threshold_ms = threshold_ms
        self.tasks: list[Task] = []
        self.collections: list[Collection] = []
        self.starved: list[tuple[float, float]] = []  # (start, ms) the sampler overslept
        self.events = 0
        self.started = time.perf_counter()
        self._gui = threading.get_ident()
        self._samples: list[tuple[float, tuple[str, ...]]] = []
        self._lock = threading.Lock()
        self._gc_start: dict[int, float] = {}
        self._stop = threading.Event()
        self._sampler = threading.Thread(target=self._sample, name="stall-sampler", daemon=True)
        self._loop_frames: set[int] = set()

    # --- sampler --------------------------------------------------------------

    def start(self) -> None:
        self.started = time.perf_counter()
        gc.callbacks.append(self._on_gc)
        self._sampler.start()

    def stop(self) -> None:
        self._stop.set()
        self._sampler.join(2)
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)

    def ignore_frame(self, frame) -> None:  # type: ignore[no-untyped-def]
        """The caller's own loop frame (its ``processEvents``) is not a task."""
        self._loop_frames.add(id(frame))

    def _sample(self) -> None:
        last = time.perf_counter()
        while not self._stop.is_set():
            time.sleep(SAMPLE_S)
            now = time.perf_counter()
            if (now - last) * 1000 > self.threshold_ms:
                with self._lock:
                    self.starved.append((last, (now - last) * 1000))
            last = now
            frame = sys._current_frames().get(self._gui)
            stack: list[str] = []
            while frame is not None and id(frame) not in self._loop_frames:
                if frame.f_code.co_filename != __file__:  # not the timing itself
                    stack.append(_frame_label(frame))
                frame = frame.f_back
            if stack:
                with self._lock:
                    self._samples.append((now, tuple(reversed(stack))))
                    if len(self._samples) > 20_000:
                        del self._samples[:10_000]

    def _on_gc(self, phase: str, info: dict) -> None:
        ident = threading.get_ident()
        if phase == "start":
            self._gc_start[ident] = time.perf_counter()
            return
        began = self._gc_start.pop(ident, None)
        if began is None:
            return
        ms = (time.perf_counter() - began) * 1000
        if info.get("generation", 0) == 2 or ms >= 5:
            self.collections.append(
                Collection(
                    began, ms, int(info.get("generation", 0)), threading.current_thread().name
                )
            )

    # --- tasks ----------------------------------------------------------------

    def record(self, start: float, ms: float, cpu_ms: float, what: str) -> None:
        end = start + ms / 1000
        with self._lock:
            stacks = [s for t, s in self._samples if start <= t <= end + SAMPLE_S]
            starved = sum(
                min(end, s + d / 1000) - max(start, s)
                for s, d in self.starved
                if s < end and s + d / 1000 > start
            )
        deepest = Counter(" ← ".join(reversed(s[-3:])) for s in stacks).most_common(3)
        # A collection on any thread holds the GIL: the GUI thread waits too.
        gc_ms = sum(c.ms for c in self.collections if start <= c.start <= end)
        self.tasks.append(
            Task(
                start,
                ms,
                cpu_ms,
                what,
                [f"{n}× {label}" for label, n in deepest],
                gc_ms,
                max(0.0, starved * 1000),
            )
        )


class TimedApplication(QApplication):
    """A ``QApplication`` whose top-level event deliveries on the GUI thread
    are timed (see the module doc)."""

    watch: StallWatch

    def __init__(self, argv: list[str], threshold_ms: float = 20.0) -> None:
        super().__init__(argv)
        self.watch = StallWatch(threshold_ms)
        self._depth = 0
        self._gui = threading.get_ident()

    def notify(self, receiver: QObject, event: QEvent) -> bool:
        # Other threads' events (the workers' queued jobs) are not the window's.
        if self._depth or threading.get_ident() != self._gui:
            return super().notify(receiver, event)
        self._depth = 1
        began, cpu = time.perf_counter(), time.thread_time()
        try:
            return super().notify(receiver, event)
        finally:
            self._depth = 0
            watch = self.watch
            watch.events += 1
            ms = (time.perf_counter() - began) * 1000
            if ms > watch.threshold_ms:
                name = type(receiver).__name__
                if receiver.objectName():
                    name += f" ({receiver.objectName()})"
                cpu_ms = (time.thread_time() - cpu) * 1000
                watch.record(began, ms, cpu_ms, f"{name} · {_event_name(event)}")


def thread_cpu() -> dict[str, float]:
    """CPU seconds used so far by each live thread of this process, by name
    (Linux: ``/proc/self/task``; empty elsewhere)."""
    names = {t.native_id: t.name for t in threading.enumerate()}
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    out: dict[str, float] = {}
    for task in Path("/proc/self/task").glob("*"):
        try:
            stat = (task / "stat").read_text()
            comm = (task / "comm").read_text().strip()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        seconds = (int(fields[11]) + int(fields[12])) / ticks
        name = names.get(int(task.name), comm)
        if name.startswith("AnyIO worker"):
            name = "AnyIO worker threads"
        out[name] = out.get(name, 0.0) + seconds
    return out


def process_cpu(pid: int | None) -> float | None:
    """CPU seconds used so far by process ``pid`` (Linux ``/proc``; ``None``
    when unknown or gone)."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    return (int(fields[11]) + int(fields[12])) / ticks


def print_thread_cpu(before: dict[str, float], after: dict[str, float]) -> None:
    spent = {name: after[name] - before.get(name, 0.0) for name in after}
    busy = sorted(((s, n) for n, s in spent.items() if s >= 0.05), reverse=True)
    print("CPU by thread: " + ", ".join(f"{n} {s:.1f} s" for s, n in busy))


def print_report(watch: StallWatch, top: int = 10, since: float | None = None) -> None:
    """The GUI thread's longest tasks, garbage collections, and starvation,
    from ``since`` (``perf_counter``; by default since :meth:`StallWatch.start`)."""
    since = watch.started if since is None else since
    tasks = sorted((t for t in watch.tasks if t.start >= since), key=lambda t: -t.ms)
    print(
        f"GUI-thread tasks over {watch.threshold_ms:g} ms: {len(tasks)} "
        f"of {watch.events} events delivered; their own CPU: "
        f"max {max((t.cpu_ms for t in tasks), default=0):.0f} ms"
    )
    for task in tasks[:top]:
        extra = [f"CPU {task.cpu_ms:.0f} ms"]
        if task.gc_ms:
            extra.append(f"GC {task.gc_ms:.0f} ms")
        if task.starved_ms:
            extra.append(f"process held {task.starved_ms:.0f} ms")
        print(
            f"  {task.ms:7.1f} ms  at {task.start - watch.started:5.1f} s  {task.what}"
            + (f"  [{', '.join(extra)}]" if extra else "")
        )
        for line in task.python:
            print(f"             {line}")
    collections = [c for c in watch.collections if c.start >= since]
    full = [c for c in collections if c.generation == 2]
    if collections:
        worst = max(collections, key=lambda c: c.ms)
        print(
            f"garbage collections timed: {len(collections)} (gen 2: {len(full)}, "
            f"{sum(c.ms for c in full):.0f} ms in all); longest {worst.ms:.1f} ms "
            f"(gen {worst.generation}, thread {worst.thread})"
        )
    starved = [d for s, d in watch.starved if s >= since]
    if starved:
        print(
            f"sampler held up > {watch.threshold_ms:g} ms: {len(starved)} times, "
            f"longest {max(starved):.0f} ms (the CPU, or a thread holding the GIL)"
        )

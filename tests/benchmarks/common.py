"""What several benchmarks share: percentiles, one printed line per figure,
and an Atelier screen opened on an evening as a scribe would have it."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def report(label: str, values: list[float], goal: float, width: int = 46) -> None:
    """One line: count, p50, p95 and max in milliseconds against a goal on the max."""
    verdict = "OK" if max(values) < goal else "OVER GOAL"
    print(
        f"{label:<{width}} n={len(values):<4} p50={percentile(values, 50):7.1f} ms  "
        f"p95={percentile(values, 95):7.1f} ms  max={max(values):7.1f} ms  "
        f"goal max<{goal:g} ms  {verdict}",
        flush=True,
    )


def open_atelier(
    app: Any, db: Any, folder: Path, timeout_s: float = 10.0
) -> tuple[Any, Any, Any, Callable[..., None]]:
    """(context, Atelier screen, its capture panel, ``wait(predicate)``), the
    screen shown at 1366×768 with its first table open."""
    from PySide6.QtCore import QEventLoop, QSettings

    from ui.atelier import AtelierScreen
    from ui.context import EventContext, EventSignals
    from ui.worker import DbWorker

    ctx = EventContext(
        db,
        DbWorker(),
        EventSignals(),
        QSettings(str(folder / "laptop.ini"), QSettings.Format.IniFormat),
    )
    screen = AtelierScreen(ctx)
    screen.resize(1366, 768)
    capture = screen.capture

    def wait(predicate: Callable[[], Any], timeout_s: float = timeout_s) -> None:
        deadline = time.monotonic() + timeout_s
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError("the screen did not answer in time")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    opened: list[int] = []
    capture.table_opened.connect(lambda *a: opened.append(1))
    screen.show()
    wait(lambda: opened)
    return ctx, screen, capture, wait

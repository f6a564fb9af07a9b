"""Draft saves in the Atelier while Restitution exports a large evening
(1,500 participants, 100 tables): from a keystroke to the draft committed
(debounce ``DEBOUNCE_MS`` included). Goal: every keystroke durable within 1 s,
export or not.

Three runs: no export (baseline); the export on the files worker (as the app
does it); the export on the database worker, as before (for comparison).

Run: ``.venv/bin/python tests/benchmarks/bench_draft_during_export.py``
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.common import open_atelier, report


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="bench-draft-export-"))
    os.environ["KATALYZE_HOME"] = str(folder / "home")

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from katalyze.db import open_database
    from katalyze.events import ensure_event
    from katalyze.exports.service import export_all
    from tests.exports_evening import build_evening
    from ui.atelier.autosave import DEBOUNCE_MS
    from ui.worker import DbWorker

    app = QApplication(sys.argv[:1])
    db = open_database(folder / "soiree.katalyze")
    ensure_event(db)
    started = time.perf_counter()
    build_evening(db, participants=1500, tables=100, seed=1)
    print(f"1,500 participants, 100 tables, built in {time.perf_counter() - started:.1f} s")

    ctx, screen, capture, wait = open_atelier(app, db, folder, timeout_s=120.0)
    saved: list[float] = []
    capture.saved.connect(
        lambda what: saved.append(time.perf_counter()) if what == "draft" else None
    )
    line = capture.entry.line
    line.setFocus()

    def one_key() -> float:
        """One keystroke, then wait for the draft that carries it to be committed."""
        saved.clear()
        start = time.perf_counter()
        QTest.keyClick(line, "x")
        wait(lambda: bool(saved))
        return (saved[0] - start) * 1000

    baseline = [one_key() for _ in range(20)]
    report(f"draft, no export (debounce {DEBOUNCE_MS} ms)", baseline, 1000, width=48)

    def during(worker: DbWorker, label: str, run: int) -> None:
        done: list[float] = []
        begun = time.perf_counter()
        job = worker.submit(export_all, db, folder / f"export-{run}", with_progress=True)
        job.finished.connect(lambda: done.append(time.perf_counter()))
        latencies: list[float] = []
        while not done:  # keep typing, a key at a time, until the export ends
            latencies.append(one_key())
        print(f"  export took {done[0] - begun:.1f} s")
        # Only the keystrokes typed while the export ran count.
        report(label, latencies, 1000, width=48)

    during(ctx.files_worker, "draft during export, files worker (now)", 1)
    during(ctx.worker, "draft during export, one shared worker (before)", 2)

    screen.close()
    ctx.close()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

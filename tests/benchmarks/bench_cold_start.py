"""Benchmark: cold start, from launching ``python -m ui --db FILE`` (what the ``katalyze`` command runs) to the main window.

The app honours ``KATALYZE_EXIT_AFTER_SHOWN=1``: once the window shows the event
(or the welcome screen), it prints a marker line and quits. The time is taken
from just before launching the process until that line arrives, so it includes
the interpreter start, every import, Qt start-up, opening the database and the
first screen. Prints the median of several runs (goal: under 1.5 s).

Run: .venv/bin/python tests/benchmarks/bench_cold_start.py [RUNS] [--bundle PATH]
(``--bundle dist/katalyze/katalyze``: the packaged app instead of the sources)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

MARKER = "katalyze: window ready"
APP = [sys.executable, "-m", "ui"]


def launch(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        [*APP, *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == MARKER:
            elapsed = time.perf_counter() - started
            break
    else:
        process.wait()
        raise SystemExit(f"the app never showed its window:\n{process.stderr.read()}")
    process.wait(timeout=30)
    return elapsed


def main() -> int:
    global APP
    argv = sys.argv[1:]
    if "--bundle" in argv:
        at = argv.index("--bundle")
        APP = [str(Path(argv[at + 1]).resolve())]
        del argv[at : at + 2]
    runs = int(argv[0]) if argv else 7
    home = Path(tempfile.mkdtemp(prefix="katalyze-cold-"))
    env = {
        **os.environ,
        "KATALYZE_HOME": str(home),
        "KATALYZE_EXIT_AFTER_SHOWN": "1",
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPATH": str(REPO),
    }
    from katalyze.db import open_database
    from katalyze.demo import build_demo

    event = home / "demo.katalyze"
    db = open_database(event)
    build_demo(db, participants=120, stage="registered", seed=1)
    db.close()

    cases = {"welcome screen": [], "demo event (--db)": ["--db", str(event)]}
    for args in cases.values():
        launch(args, env)  # warm the disk cache and compile translations once
    times: dict[str, list[float]] = {label: [] for label in cases}
    for _ in range(runs):  # interleaved, so a busy moment hits both alike
        for label, args in cases.items():
            times[label].append(launch(args, env))
    for label, values in times.items():
        print(
            f"cold start to {label}: median {statistics.median(values):.2f} s  "
            f"min {min(values):.2f} s  max {max(values):.2f} s  ({runs} runs, goal < 1.5 s)"
        )
    print(f"load average: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

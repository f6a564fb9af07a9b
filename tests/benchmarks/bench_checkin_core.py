"""Check-in core at 5,000 participants (SQLite, synchronous=FULL).

Measures ``check_in_code`` from the raw scan to the committed, durable write
(scan log + check-in) for first arrivals, repeated scans and bad codes.
Run: ``.venv/bin/python tests/benchmarks/bench_checkin_core.py``.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from katalyze.checkin.codes import format_code, new_code
from katalyze.checkin.service import (
    arrival_counts,
    check_in_code,
    issue_missing_codes,
    latest_arrivals,
)
from katalyze.db import open_database
from katalyze.demo import build_demo
from katalyze.events import ensure_event
from katalyze.participants import list_participants

PARTICIPANTS = 5000
SCANS = 600


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return f"p50 {p50 * 1000:6.2f} ms  p95 {p95 * 1000:6.2f} ms  max {ordered[-1] * 1000:6.2f} ms"


def timed(fn, *args) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.katalyze")
        ensure_event(db)
        start = time.perf_counter()
        build_demo(db, participants=PARTICIPANTS, stage="registered", seed=7)
        issued = issue_missing_codes(db)
        print(
            f"set-up: {PARTICIPANTS} participants, {issued} codes in "
            f"{time.perf_counter() - start:.1f} s"
        )
        people = [p for p in list_participants(db) if not p.cancelled and p.badge_code]
        rng = random.Random(1)
        sample = rng.sample(people, SCANS)

        # Scanners send the code plus Enter; half as printed groups, in lower case.
        first = [
            timed(
                check_in_code,
                db,
                (p.badge_code if i % 2 else format_code(p.badge_code).lower()) + "\r",
                "Entrée 1",
            )
            for i, p in enumerate(sample)
        ]
        again = [timed(check_in_code, db, p.badge_code, "Entrée 2") for p in sample[:200]]
        foreign = [timed(check_in_code, db, new_code(f"x{i}"), "Entrée 1") for i in range(200)]
        invalid = [timed(check_in_code, db, "BCDFGHJKNP", "Entrée 1") for _ in range(200)]
        counts = [timed(arrival_counts, db) for _ in range(50)]
        latest = [timed(latest_arrivals, db, 15) for _ in range(50)]
        print(f"check_in_code ok      ({len(first)}): {percentiles(first)}")
        print(f"check_in_code already ({len(again)}): {percentiles(again)}")
        print(f"check_in_code foreign ({len(foreign)}): {percentiles(foreign)}")
        print(f"check_in_code invalid ({len(invalid)}): {percentiles(invalid)}")
        print(f"arrival_counts         (50): {percentiles(counts)}")
        print(f"latest_arrivals(15)    (50): {percentiles(latest)}")
        db.close()


if __name__ == "__main__":
    main()

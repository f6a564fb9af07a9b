"""Several laptops on one database: PostgreSQL over loopback against SQLite.

1. Scan -> committed: two door stations (two processes) scan different badges
   at once; each ``check_in_code`` is timed from the raw scan to its committed
   write (and the broadcast to the other stations). Goal p95 <= 30 ms on
   PostgreSQL; the same on one SQLite file for comparison.
2. Import of 3,000 registration rows (the CSV of ``bench_import``) on PostgreSQL.
3. A full export (workbook, action sheets, booklet, CSV) of a finished
   300-person evening on PostgreSQL.

Starts its own PostgreSQL server (``tests/pg_server.py``; Debian's
``postgresql`` package). Run:
``.venv/bin/python tests/benchmarks/bench_postgres.py [SCANS_PER_STATION]``
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.benchmarks.common import percentile  # noqa: E402

GOAL_P95_MS = 30.0

STATION = """
import json, sys, time
from katalyze.checkin.service import check_in_code
from katalyze.db import open_database
db = open_database(sys.argv[1], create=False)
codes = json.loads(sys.stdin.readline())
check_in_code(db, "ZZZ", "warm-up")
print("ready", flush=True)
sys.stdin.readline()
samples = []
for code in codes:
    start = time.perf_counter()
    check_in_code(db, code, sys.argv[2])
    samples.append((time.perf_counter() - start) * 1000)
print(json.dumps(samples), flush=True)
"""


def two_stations(url: str, codes: list[str]) -> list[float]:
    half = len(codes) // 2
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", STATION, url, f"Entrée {i + 1}"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        for i in range(2)
    ]
    for i, proc in enumerate(procs):
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(json.dumps(codes[i * half : (i + 1) * half]) + "\n")
        proc.stdin.flush()
    for proc in procs:
        assert proc.stdout.readline().strip() == "ready"
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    samples: list[float] = []
    for proc in procs:
        out, _ = proc.communicate()
        samples.extend(json.loads(out))
    return samples


def evening(target: str | Path, participants: int, stage: str):  # type: ignore[no-untyped-def]
    from katalyze.checkin.service import issue_missing_codes
    from katalyze.db import open_database
    from katalyze.demo import build_demo
    from katalyze.events import ensure_event

    db = open_database(target)
    ensure_event(db)
    build_demo(db, participants=participants, stage=stage, seed=1)
    issue_missing_codes(db)
    return db


def main() -> None:
    from katalyze.participants import list_participants
    from tests.pg_server import start_server

    per_station = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    server = start_server()
    try:
        with tempfile.TemporaryDirectory() as folder:
            print(f"PostgreSQL {server.bin_dir.parent.name} on 127.0.0.1, fsync=off (test server)")
            for name, target in (
                ("PostgreSQL", server.fresh_database()),
                ("SQLite", Path(folder) / "door.katalyze"),
            ):
                db = evening(target, 2 * per_station + 100, "registered")
                codes = [p.badge_code for p in list_participants(db) if not p.cancelled]
                url = db.url
                db.close()
                samples = two_stations(url, codes[: 2 * per_station])
                p95 = percentile(samples, 95)
                print(
                    f"scan -> committed, 2 stations, {name:<10} n={len(samples)}  "
                    f"p50={percentile(samples, 50):6.1f} ms  p95={p95:6.1f} ms  "
                    f"max={max(samples):6.1f} ms  goal p95<={GOAL_P95_MS:g} ms  "
                    f"{'OK' if p95 <= GOAL_P95_MS else 'OVER GOAL'}",
                    flush=True,
                )

            from katalyze.db import open_database
            from katalyze.events import ensure_event
            from katalyze.importing import apply_import, import_projects, plan_import
            from katalyze.projects import list_projects
            from tests.benchmarks.bench_import import build_csv

            db = open_database(server.fresh_database())
            ensure_event(db)
            import_projects(db, REPO.parent / "shared" / "data" / "projets.csv")
            csv_path = Path(folder) / "inscriptions.csv"
            build_csv(csv_path, 3000, [p.title for p in list_projects(db)])
            start = time.perf_counter()
            plan = plan_import(db, [csv_path])
            planned = time.perf_counter() - start
            start = time.perf_counter()
            apply_import(db, plan)
            applied = time.perf_counter() - start
            print(
                f"import 3,000 rows on PostgreSQL: plan {planned:.2f} s, apply {applied:.2f} s",
                flush=True,
            )
            db.close()

            from katalyze.exports.service import export_all

            db = evening(server.fresh_database(), 300, "done")
            start = time.perf_counter()
            export_all(db, Path(folder) / "restitution")
            print(
                f"full export of a 300-person evening on PostgreSQL: "
                f"{time.perf_counter() - start:.2f} s",
                flush=True,
            )
            db.close()
    finally:
        server.destroy()


if __name__ == "__main__":
    main()

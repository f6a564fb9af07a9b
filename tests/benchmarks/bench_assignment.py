"""Placement benchmarks (issue 4, acceptance 6): prints the figures.

Run: ``.venv/bin/python tests/benchmarks/bench_assignment.py [--quick]``
(``--quick`` skips the 2,000-person round). Each case builds the demo
evening, checks everyone in, and times ``place`` (solver status, gap, time
per round); then a late arrival, and the solver package's size and import time.
"""

from __future__ import annotations

import contextlib
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from katalyze.assignment import place, place_late_arrival  # noqa: E402
from katalyze.db import Database, open_database  # noqa: E402
from katalyze.db.models import CheckIn, Participant, Seat  # noqa: E402
from katalyze.demo import build_demo  # noqa: E402
from katalyze.events import ensure_event  # noqa: E402


def _event(folder: Path, people: int, tables: int, late: int = 0) -> tuple[Database, list[int]]:
    db = open_database(folder / f"bench-{people}-{tables}-{len(list(folder.iterdir()))}.katalyze")
    ensure_event(db)
    build_demo(db, participants=people, stage="registered", seed=1, tables=tables)
    with db.sessions.begin() as session:
        ids = list(
            session.scalars(
                select(Participant.id)
                .where(~Participant.cancelled, Participant.home_project_id.is_(None))
                .order_by(Participant.id)
            )
        )
        everyone = list(session.scalars(select(Participant.id).where(~Participant.cancelled)))
        waiting = ids[-late:] if late else []
        for pid in everyone:
            if pid not in waiting:
                session.add(CheckIn(participant_id=pid, station="bench"))
    return db, waiting


def _case(folder: Path, people: int, tables: int, rounds: int, goal: float) -> None:
    db, _ = _event(folder, people, tables)
    started = time.perf_counter()
    report = place(db, rounds=rounds, seed=0)
    elapsed = time.perf_counter() - started
    f = report.figures
    per_round = ", ".join(
        f"r{s.round} {s.status} gap={s.gap:.1e} {s.seconds:.2f}s ({s.variables} var)"
        for s in report.rounds_status
    )
    verdict = "OK" if elapsed < goal else "OVER GOAL"
    print(
        f"{people:>5} people × {tables:>2} tables × {rounds} round(s): {elapsed:6.2f} s "
        f"(goal < {goal:g} s, {verdict}) | {per_round}"
    )
    print(
        f"      wishes {f['wish_satisfaction_pct']} % of visitor-rounds (1st "
        f"{f['first_wish_pct']} %), at best {f['wish_attainable_pct']} % with these wishes "
        f"and seats ({f['visitor_rounds_on_wish']}/{f['wish_attainable']} = "
        f"{100 * f['visitor_rounds_on_wish'] / max(1, f['wish_attainable']):.1f} % of it), needs "
        f"{f['needs_covered']}/{f['needs_total']}, repeats {f['repeats']} (bound "
        f"{f['repeat_lower_bound']}), max meetings {f['max_meetings']}, revisits "
        f"{f['revisits']}, colleague clashes {f['colleague_clashes']} "
        f"(unavoidable {f['colleague_clashes_unavoidable']}), role spread violations "
        f"{f['role_spread_violations']}"
    )
    db.close()


def _sample(folder: Path) -> None:
    """The three real-shaped registration files of ../shared/data, everyone
    arrived, three rounds: the wish figure on real answers (a fifth of the
    people gave no wish)."""
    from katalyze.cli.main import main as cli

    data = Path(__file__).resolve().parents[2].parent / "shared" / "data"
    if not data.is_dir():
        print("sample files: ../shared/data not found, skipped")
        return
    path = folder / "sample.katalyze"
    quiet = io.StringIO()
    with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
        cli(["import", "projects", str(data / "projets.csv"), "--db", str(path)])
        files = ["inscriptions_billetterie.csv", "inscriptions_formulaire.csv"]
        files.append("inscrits_organisateurs.xlsx")
        cli(["import", "participants", *(str(data / f) for f in files), "--db", str(path)])
    db = open_database(path)
    with db.sessions.begin() as session:
        for pid in session.scalars(select(Participant.id).where(~Participant.cancelled)):
            session.add(CheckIn(participant_id=pid, station="bench"))
    started = time.perf_counter()
    f = place(db, rounds=3, seed=0).figures
    print(
        f"sample files ({f['people']} people, {f['tables']} tables, 3 rounds): "
        f"{time.perf_counter() - started:.2f} s, wishes {f['wish_satisfaction_pct']} % of "
        f"visitor-rounds, at best {f['wish_attainable_pct']} % "
        f"({f['visitor_rounds_on_wish']}/{f['wish_attainable']}), repeats {f['repeats']}, "
        f"revisits {f['revisits']}, role spread violations {f['role_spread_violations']}"
    )
    db.close()


def _late(folder: Path) -> None:
    db, waiting = _event(folder, 120, 15, late=10)
    place(db, rounds=2, seed=0)
    times = []
    for pid in waiting:
        with db.sessions.begin() as session:
            session.add(CheckIn(participant_id=pid, station="bench"))
            before = session.scalar(select(Seat.id).where(Seat.participant_id == pid))
            assert before is None
        started = time.perf_counter()
        place_late_arrival(db, pid)
        times.append(time.perf_counter() - started)
    print(
        f"late arrival (120 × 15, 2 rounds, {len(times)} people): median "
        f"{1000 * statistics.median(times):.1f} ms, max {1000 * max(times):.1f} ms (goal < 100 ms)"
    )
    db.close()


def _solver_package() -> None:
    import highspy

    folder = Path(highspy.__file__).parent
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    dist = list(folder.parent.glob("highspy-*.dist-info"))
    size += sum(p.stat().st_size for d in dist for p in d.rglob("*") if p.is_file())
    code = "import time; t = time.perf_counter(); import highspy; print(time.perf_counter() - t)"
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(5)
    ]
    print(
        f"solver: highspy {highspy.Highs().version()} — {size / 1e6:.1f} MB on disk, "
        f"import {1000 * statistics.median(runs):.0f} ms (median of 5, fresh interpreter; "
        f"numpy included)"
    )


def main() -> None:
    quick = "--quick" in sys.argv
    print(f"cores available: {os.cpu_count()}, load average: {os.getloadavg()[0]:.2f}")
    _solver_package()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _case(folder, 120, 15, 1, 1.0)
        _case(folder, 500, 15, 1, 5.0)
        if not quick:
            _case(folder, 2000, 40, 1, 30.0)
        _case(folder, 120, 15, 3, 10.0)
        _case(folder, 200, 15, 3, 60.0)
        _sample(folder)
        _late(folder)
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()

"""Placement you can trust on any laptop (issue 15): prints the acceptance figures.

Run once as the machine is, once with both cores busy, then compare seats::

    .venv/bin/python tests/benchmarks/bench_placement_trust.py --out idle.json
    .venv/bin/python tests/benchmarks/bench_placement_trust.py --busy 2 --out busy.json \\
        --compare idle.json

``--busy N`` runs N busy Python loops (other processes) during the whole run.
``--cases`` picks some of: 120x15x1 120x15x3 200x15x3 500x15x3 2000x40x1 late.
Each placement case builds the demo evening (seed 1, everyone arrived), times
``place(seed=0)`` (wall and CPU seconds: the CPU figure is the machine's
own work, the one to judge on a loaded machine) and prints its figures
(repeats, revisits, role bands, wish share) and the SHA-256 of
``katalyze list seats --json``; ``--compare`` says whether each digest is the
same as in the other run's file (acceptance 1). The ``late`` case seats 30
late people one by one at 120 × 15 × 2 rounds and 60 at 1,500 × 100 × 2,
prints the wall and CPU p50/p95/max of each and the role bands broken that
another free seat would have kept (acceptance 6).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import multiprocessing
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from sqlalchemy import select

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from katalyze.assignment import place  # noqa: E402
from katalyze.assignment.late import place_late_arrivals  # noqa: E402
from katalyze.assignment.rules import role_band, role_population  # noqa: E402
from katalyze.assignment.seats import Seating, list_seats, load_seating  # noqa: E402
from katalyze.cli.main import main as cli  # noqa: E402
from katalyze.db import Database, open_database  # noqa: E402
from katalyze.db.models import CheckIn, Participant  # noqa: E402
from katalyze.demo import build_demo  # noqa: E402
from katalyze.events import ensure_event  # noqa: E402

sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
from common import percentile  # noqa: E402

ALL = ("120x15x1", "120x15x3", "200x15x3", "500x15x3", "2000x40x1", "late")


def _busy() -> None:  # pragma: no cover - a loop to keep a core busy
    x = 0
    while True:
        x = (x * 7 + 1) % 1_000_003


def _event(path: Path, people: int, tables: int, late: int = 0) -> tuple[Database, list[int]]:
    db = open_database(path)
    ensure_event(db)
    build_demo(db, participants=people, stage="registered", seed=1, tables=tables)
    with db.sessions.begin() as session:
        visitors = list(
            session.scalars(
                select(Participant.id)
                .where(~Participant.cancelled, Participant.home_project_id.is_(None))
                .order_by(Participant.id)
            )
        )
        waiting = visitors[-late:] if late else []
        for pid in session.scalars(select(Participant.id).where(~Participant.cancelled)):
            if pid not in waiting:
                session.add(CheckIn(participant_id=pid, station="bench"))
    return db, waiting


def _digest(path: Path) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cli(["list", "seats", "--db", str(path), "--json"])
    return hashlib.sha256(out.getvalue().encode()).hexdigest()


def _place_case(folder: Path, name: str) -> dict[str, object]:
    people, tables, rounds = (int(v) for v in name.split("x"))
    path = folder / f"{name}.katalyze"
    db, _ = _event(path, people, tables)
    first: list[float] = []
    cpu = time.process_time()
    started = time.perf_counter()
    report = place(
        db,
        rounds=rounds,
        seed=0,
        on_best=lambda _e: first.append(time.perf_counter() - started) if not first else None,
    )
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu
    db.close()
    f = report.figures
    statuses = [s.status for s in report.rounds_status]
    digest = _digest(path)
    print(
        f"{name}: {elapsed:7.2f} s wall, {cpu:7.2f} s CPU (first complete seating after "
        f"{first[0]:.3f} s) | rounds "
        f"{statuses} | repeats {f['repeats']} (bound {f['repeat_lower_bound']}), max meetings "
        f"{f['max_meetings']}, revisits {f['revisits']}, role spread violations "
        f"{f['role_spread_violations']}, wishes {f['wish_satisfaction_pct']} % "
        f"({f['visitor_rounds_on_wish']}/{f['visitor_rounds']}, at best "
        f"{f['wish_attainable_pct']} %), colleagues {f['colleague_clashes']} "
        f"(unavoidable {f['colleague_clashes_unavoidable']}) | seats sha256 {digest[:16]}",
        flush=True,
    )
    return {
        "seconds": elapsed,
        "cpu_seconds": cpu,
        "first": first[0],
        "digest": digest,
        "statuses": statuses,
        "repeats": f["repeats"],
        "wish_pct": f["wish_satisfaction_pct"],
    }


def _bands_kept_elsewhere(seating: Seating, pid: int, round: int, chosen: int) -> int:
    """Role bands the seat at ``chosen`` breaks that another free seat of
    ``round`` would have kept (counted from the rules' own band, on the
    seating before the arrival sat down)."""
    at: dict[int, Counter[str]] = defaultdict(Counter)
    for s in seating.seats_of_round(round):
        for p in role_population(seating, [s.participant_id]):
            at[s.project_id][p.role_key] += 1
    me = role_population(seating, [pid])
    totals = Counter(k for c in at.values() for k in c.elements())
    totals.update(p.role_key for p in me)
    population = sum(totals.values())
    if not me or len(totals) < 2:
        return 0

    def broken(counts: Counter[str]) -> int:
        size, out = sum(counts.values()), 0
        for key, n in totals.items():
            low, high = role_band(n, size, population)
            out += not low <= counts[key] <= high
        return out

    def change(table: int) -> int:
        counts = Counter(at[table])
        before = broken(counts)
        counts[me[0].role_key] += 1
        return broken(counts) - before

    seated = Counter(s.project_id for s in seating.seats_of_round(round))
    free = [t.id for t in seating.tables if seated[t.id] < t.max_seats]
    return change(chosen) - min(change(t) for t in free)


def _late_case(folder: Path, people: int, tables: int, late: int) -> None:
    path = folder / f"late-{people}.katalyze"
    db, waiting = _event(path, people, tables, late=late)
    place(db, rounds=2, seed=0, quick=True)  # the seats before the late arrivals
    wall: list[float] = []
    cpu: list[float] = []
    kept_elsewhere = 0
    for pid in waiting:
        with db.sessions.begin() as session:
            session.add(CheckIn(participant_id=pid, station="bench"))
        before = load_seating(db)
        started, cpu_started = time.perf_counter(), time.process_time()
        place_late_arrivals(db, [pid])
        wall.append(1000 * (time.perf_counter() - started))
        cpu.append(1000 * (time.process_time() - cpu_started))
        for seat in list_seats(db):
            if seat.participant_id == pid:
                kept_elsewhere += _bands_kept_elsewhere(before, pid, seat.round, seat.project_id)
    db.close()
    for label, times in (("wall", wall), ("CPU", cpu)):
        print(
            f"late arrival {people} × {tables} × 2 rounds, {len(times)} people, {label}: p50 "
            f"{percentile(times, 50):.1f} ms, p95 {percentile(times, 95):.1f} ms, max "
            f"{max(times):.1f} ms (goal p95 < 100 ms)",
            flush=True,
        )
    print(
        f"late arrival {people} × {tables}: {kept_elsewhere} role band(s) broken that another "
        "free seat would have kept (goal 0)",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--busy", type=int, default=0)
    parser.add_argument("--cases", nargs="*", default=list(ALL))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args()
    loops = [multiprocessing.Process(target=_busy, daemon=True) for _ in range(args.busy)]
    for p in loops:
        p.start()
    print(
        f"cores {os.cpu_count()}, load average {os.getloadavg()[0]:.2f}, "
        f"{args.busy} extra busy loop(s)",
        flush=True,
    )
    results: dict[str, object] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            for name in args.cases:
                if name == "late":
                    _late_case(folder, 120, 15, 30)
                    _late_case(folder, 1500, 100, 60)
                else:
                    results[name] = _place_case(folder, name)
    finally:
        for p in loops:
            p.terminate()
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    if args.out:
        args.out.write_text(json.dumps(results, indent=1))
    if args.compare and args.compare.exists():
        other = json.loads(args.compare.read_text())
        for name, result in results.items():
            if name in other:
                same = other[name]["digest"] == result["digest"]  # type: ignore[index]
                print(f"{name}: list seats --json {'IDENTICAL' if same else 'DIFFERENT'}")


if __name__ == "__main__":
    main()

"""Benchmark: full export (every action sheet, booklet, workbook, CSV).

Two evenings: the 120-person demo (goal < 3 s) and a 1,500-person, 100-table
evening (goal < 60 s). Run: ``.venv/bin/python tests/benchmarks/bench_export.py``
(``--small`` for the first only). Prints the figures.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from katalyze.db import open_database
from katalyze.events import ensure_event
from katalyze.exports.action_sheet import write_action_sheet
from katalyze.exports.booklet import write_booklet
from katalyze.exports.csv_actions import write_actions_csv
from katalyze.exports.data import load_evening
from katalyze.exports.service import export_all
from katalyze.exports.workbook import write_workbook


def build(folder: Path, participants: int, tables: int, full_demo: bool) -> object:
    """The 120-person evening is the real ``demo --stage done``; the large one
    is ``demo --stage registered`` plus arrivals, a placement by wishes and the
    demo capture (the placement engine is benchmarked on its own)."""
    from katalyze.demo import build_demo
    from tests.exports_evening import build_evening

    db = open_database(folder / f"bench-{participants}.katalyze")
    ensure_event(db)
    started = time.perf_counter()
    if full_demo:
        build_demo(db, participants=participants, tables=tables, stage="done", seed=1)
    else:
        build_evening(db, participants=participants, tables=tables, seed=1)
    print(f"  evening built in {time.perf_counter() - started:.1f} s")
    return db


def measure(label: str, participants: int, tables: int, goal: float, full_demo: bool) -> None:
    print(f"{label}: {participants} participants, {tables} tables")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = build(folder, participants, tables, full_demo)
        data = load_evening(db)
        print(
            f"  {len(data.projects)} projects, {len(data.people)} people, "
            f"{len(data.items)} items, rounds {list(data.rounds)}"
        )
        started = time.perf_counter()
        result = export_all(db, folder / "out")
        total = time.perf_counter() - started
        size = sum(f.path.stat().st_size for f in result.files) / 1e6
        verdict = "OK" if total < goal else "OVER GOAL"
        print(
            f"  full export: {total:.2f} s for {len(result.files)} files ({size:.1f} MB) "
            f"— goal < {goal:.0f} s: {verdict}"
        )
        # Where the time goes.
        t = time.perf_counter()
        data = load_evening(db)
        print(f"    read the evening     {time.perf_counter() - t:6.2f} s")
        t = time.perf_counter()
        pages = {}
        for sheet in data.projects:
            pages[sheet.id] = write_action_sheet(data, sheet, folder / "sheet.pdf")
        print(f"    action sheets        {time.perf_counter() - t:6.2f} s")
        t = time.perf_counter()
        write_booklet(data, folder / "booklet.pdf", sheet_pages=pages)
        print(f"    booklet              {time.perf_counter() - t:6.2f} s")
        t = time.perf_counter()
        write_workbook(data, folder / "book.xlsx")
        print(f"    workbook             {time.perf_counter() - t:6.2f} s")
        t = time.perf_counter()
        write_actions_csv(data, folder / "a.csv")
        print(f"    CSV                  {time.perf_counter() - t:6.2f} s")
        db.close()


def main() -> None:
    measure("Demo evening", 120, 15, 3.0, full_demo=True)
    if "--small" not in sys.argv:
        measure("Large evening", 1500, 100, 60.0, full_demo=False)


if __name__ == "__main__":
    main()

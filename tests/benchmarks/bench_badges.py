"""Badge PDF for 500 people (goal: under 5 s), every layout.

Run: ``.venv/bin/python tests/benchmarks/bench_badges.py``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from katalyze.badges import LAYOUTS, render_badges
from katalyze.db import open_database
from katalyze.demo import build_demo
from katalyze.events import ensure_event

PARTICIPANTS = 500


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.katalyze")
        ensure_event(db)
        build_demo(db, participants=PARTICIPANTS, stage="registered", seed=3)
        for index, key in enumerate(LAYOUTS):
            out = Path(folder) / f"{key}.pdf"
            start = time.perf_counter()
            # The first run is cold: it issues the badge codes (one transaction)
            # and computes every QR code; later layouts reuse the QR matrices.
            run = render_badges(db, out, layout=key, show_table=True, mark_printed=index == 0)
            seconds = time.perf_counter() - start
            size = out.stat().st_size / 1024
            state = "cold" if index == 0 else "warm"
            print(
                f"{key:<12} ({state}) {run.count} badges, {run.pages:3d} pages: {seconds:5.2f} s, "
                f"{size:6.0f} KiB"
            )
        db.close()


if __name__ == "__main__":
    main()

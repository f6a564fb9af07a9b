"""The demo's "assigned" stage: the arrived crowd placed for two rounds."""

from __future__ import annotations

import random

from katalyze.assignment.placement import place
from katalyze.db import Database
from katalyze.progress import ProgressFn


def simulate_assignment(
    db: Database, rng: random.Random, progress: ProgressFn | None = None
) -> None:
    """Place the people who arrived for two rounds, as facilitators do when
    the doors close (the seed comes from ``rng``, so the demo is repeatable).

    The placement is ``quick``: its work is bounded by counts rather than by
    the clock, so that a large demo (up to 10,000 people) finishes in
    reasonable time and a seed gives the same seats on any machine."""
    place(
        db,
        rounds=2,
        present_only=True,
        seed=rng.randrange(1_000_000),
        progress=progress,
        quick=True,
    )

"""How long work reports progress and learns it was cancelled.

A core function doing long work takes ``progress: ProgressFn | None``, calls it
as ``progress(done, total, message)`` now and then, and lets the
:class:`katalyze.errors.Cancelled` it may raise propagate (its transaction is
rolled back, nothing half-done is written).
"""

from __future__ import annotations

from typing import Protocol


class ProgressFn(Protocol):
    def __call__(self, done: int, total: int, message: str = "") -> None: ...


def report(progress: ProgressFn | None, done: int, total: int, message: str = "") -> None:
    if progress is not None:
        progress(done, total, message)

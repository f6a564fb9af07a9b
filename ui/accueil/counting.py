"""The live counters and the latest arrivals: counted as our own check-ins
happen (no query ahead of the next scan), re-read after other stations'
check-ins and now and then while the door is quiet.

A mixin of :class:`ui.accueil.screen.AccueilScreen`.
"""

from __future__ import annotations

import time

from katalyze.checkin import service
from katalyze.checkin.service import ScanResult
from ui.accueil import jobs
from ui.accueil.arrivals import arrival_of, with_arrival

QUIET_SECONDS = 4.0  # no counters poll this soon after a scan


class ArrivalCounting:
    """Counters and latest arrivals, kept current."""

    def refresh_counts(self) -> None:
        """Re-read counters and latest arrivals (soon, once for a burst of calls)."""
        self._counts_timer.start()

    def _on_signals_checkins_changed(self) -> None:
        if not self._emitting:  # our own check-ins are counted as they happen
            self.refresh_counts()

    def _on_poll_timer_timeout(self) -> None:
        # Not in the middle of a queue: a scan must never wait behind counting.
        quiet = time.monotonic() - self._last_scan_at > QUIET_SECONDS
        if quiet and not self.ctx.worker.busy:
            self.refresh_counts()

    def _emit_checkins_changed(self) -> None:
        self._emitting = True
        try:
            self.ctx.signals.checkins_changed.emit()
        finally:
            self._emitting = False

    def _count_arrival(
        self, result: ScanResult, *, walk_in: bool = False, restored: bool = False
    ) -> None:
        """Add a first arrival to the counters and the list without a query,
        so no counting work ever queues ahead of the next scan. A cancelled
        registration checked in after all (``restored``) moves from the
        cancelled to the expected: that one is counted again in the database."""
        counts = self.counters.counts
        updated = with_arrival(counts, result, walk_in=walk_in) if counts else None
        if updated is None or result.checked_in_at is None or restored:
            self.refresh_counts()
            return
        self._local_arrivals += 1
        self._show_counts(updated)
        self.latest.add(arrival_of(result, walk_in=walk_in))

    def _on_counts_timer_timeout(self) -> None:
        seen = self._local_arrivals
        self.ctx.worker.submit(
            jobs.load_counts,
            self.ctx.db,
            on_done=lambda loaded: self._on_counts_loaded(loaded, seen),
        )

    def _on_counts_loaded(self, loaded, seen: int | None = None) -> None:
        if seen is not None and seen != self._local_arrivals:
            # Read before an arrival counted here since: it would take it back.
            self.refresh_counts()
            return
        counts, latest = loaded
        self._show_counts(counts)
        self.latest.show_arrivals(latest)

    def _show_counts(self, counts: service.ArrivalCounts) -> None:
        self.counters.show_counts(counts)
        self.counts_shown.emit(counts)

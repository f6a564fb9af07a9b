"""The round's countdown, without Qt: a monotonic clock, not counted ticks.

The remaining time is computed from the clock each time it is asked for, so a
busy or sleeping GUI thread never makes the room's timer drift; ticks only
decide how often the display is refreshed.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

READY, RUNNING, PAUSED, FINISHED = "ready", "running", "paused", "finished"
NORMAL, WARNING, CRITICAL, OVER = "normal", "warning", "critical", "over"

PRESETS_MINUTES: tuple[int, ...] = (10, 20, 30, 45)
MAX_SECONDS = 10 * 3600


class Countdown:
    """``start``/``pause``/``resume``/``add``/``reset`` a duration.

    ``phase()`` is *normal*, *warning* (≤ ``warning_s`` left), *critical*
    (≤ ``critical_s``) or *over* (time is up). ``poll()`` returns ``True`` once,
    the first time it sees the time is up (to ring the bell).
    """

    def __init__(
        self,
        duration_s: float = 20 * 60,
        *,
        clock: Callable[[], float] = time.monotonic,
        warning_s: float = 120,
        critical_s: float = 60,
    ) -> None:
        self._clock = clock
        self.warning_s = warning_s
        self.critical_s = critical_s
        self._duration = 0.0
        self._base = float(duration_s)
        self._left = 0.0  # remaining when last started or paused
        self._since: float | None = None  # clock value when last started
        self._rang = False
        self._started = False
        self.reset(duration_s)

    # --- state --------------------------------------------------------------

    @property
    def duration(self) -> float:
        """The round's full length (grows with ``add``)."""
        return self._duration

    @property
    def state(self) -> str:
        if not self._started:
            return READY
        if self._raw_left() <= 0:
            return FINISHED
        return RUNNING if self._since is not None else PAUSED

    @property
    def running(self) -> bool:
        return self.state == RUNNING

    def _raw_left(self) -> float:
        if self._since is None:
            return self._left
        return self._left - (self._clock() - self._since)

    def remaining(self) -> float:
        """Seconds left, never below zero."""
        return max(0.0, self._raw_left())

    def overrun(self) -> float:
        """Seconds since the time was up (0 before)."""
        return max(0.0, -self._raw_left())

    def fraction(self) -> float:
        """Share of the round still to go, 1.0 to 0.0."""
        return 0.0 if self._duration <= 0 else min(1.0, self.remaining() / self._duration)

    def phase(self) -> str:
        left = self._raw_left()
        if left <= 0:
            return OVER
        if left <= self.critical_s:
            return CRITICAL
        if left <= self.warning_s:
            return WARNING
        return NORMAL

    def display(self) -> str:
        """``MM:SS`` (``H:MM:SS`` from an hour), rounded up: a fresh 20 minutes
        reads 20:00 and 00:00 appears only when time is really up."""
        return format_seconds(math.ceil(self.remaining() - 1e-9))

    # --- commands -----------------------------------------------------------

    def start(self) -> None:
        """Start (or resume); a finished countdown starts over from its duration."""
        if self.state == FINISHED:
            self._left = self._duration
            self._since = None
            self._rang = False
        if self._since is None:
            self._since = self._clock()
            self._started = True

    def pause(self) -> None:
        if self._since is not None:
            self._left = self._raw_left()
            self._since = None

    def resume(self) -> None:
        self.start()

    def toggle(self) -> None:
        """Pause when running, otherwise start or resume."""
        if self.state == RUNNING:
            self.pause()
        else:
            self.start()

    def add(self, seconds: float) -> None:
        """Give (or take) time: +1 min while running, paused or even after the end
        (the countdown then carries on from what is left)."""
        now_left = self._raw_left()
        if now_left <= 0 and seconds > 0:
            # Time was up: start from zero again rather than from the overrun.
            if self._since is not None:
                self._since = self._clock()
            self._left = 0.0
            now_left = 0.0
            self._rang = False
        new_left = min(MAX_SECONDS, max(0.0, now_left + seconds))
        if self._since is not None:
            self._left += new_left - now_left
        else:
            self._left = new_left
        self._duration = max(self._duration + seconds, new_left, 1.0)

    @property
    def base_duration(self) -> float:
        """The round's length as chosen (without the minutes added)."""
        return self._base

    def reset(self, duration_s: float | None = None) -> None:
        """Stop and set the chosen duration again (or a new one)."""
        if duration_s is not None:
            if duration_s <= 0:
                raise ValueError("a countdown lasts more than zero seconds")
            self._base = float(min(duration_s, MAX_SECONDS))
        # Minutes given with add() were for that round only.
        self._duration = self._base
        self._left = self._duration
        self._since = None
        self._rang = False
        self._started = False

    def poll(self) -> bool:
        """``True`` exactly once when the time runs out (for the bell)."""
        if not self._rang and self._since is not None and self._raw_left() <= 0:
            self._rang = True
            return True
        return False


def format_seconds(seconds: float) -> str:
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


def parse_duration(text: str) -> float:
    """``"25"`` (minutes), ``"7:30"`` or ``"1:05:00"`` -> seconds; ``ValueError`` if not."""
    value = text.strip().replace(",", ".")
    if not value:
        raise ValueError("empty duration")
    parts = value.split(":")
    if len(parts) == 1:
        seconds = float(parts[0]) * 60
    elif len(parts) == 2:
        seconds = int(parts[0]) * 60 + int(parts[1])
        if int(parts[1]) >= 60:
            raise ValueError("seconds over 59")
    elif len(parts) == 3:
        seconds = int(parts[0]) * 3600 + int(parts[1]) * 60 + int(parts[2])
        if int(parts[1]) >= 60 or int(parts[2]) >= 60:
            raise ValueError("minutes or seconds over 59")
    else:
        raise ValueError("too many ':'")
    if not 0 < seconds <= MAX_SECONDS:
        raise ValueError("out of range")
    return seconds

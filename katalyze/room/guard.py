"""What the room's server keeps in memory: connected devices and rate limits.

Both are thread-safe and bounded by counts (devices kept, tokens tracked);
the clock only paces the rate limit and dates "last seen".
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace

MAX_DEVICES = 2000


@dataclass(frozen=True)
class Device:
    """One phone or browser as the Salle panel lists it."""

    device_id: str
    role: str
    table: int | None
    agent: str
    first_seen: float  # time.time()
    last_seen: float
    requests: int = 0
    items_sent: int = 0
    pending: int = 0


class DeviceBook:
    """Who is connected: each request updates its device (the page's id)."""

    def __init__(self, limit: int = MAX_DEVICES) -> None:
        self._lock = threading.Lock()
        self._devices: OrderedDict[str, Device] = OrderedDict()
        self._limit = limit

    def seen(
        self,
        device_id: str,
        role: str,
        table: int | None,
        agent: str,
        pending: int,
        item_sent: bool = False,
    ) -> None:
        now = time.time()
        with self._lock:
            old = self._devices.pop(device_id, None)
            if old is None:
                old = Device(device_id, role, table, agent[:120], now, now)
            self._devices[device_id] = replace(
                old,
                role=role,
                table=table,
                last_seen=now,
                requests=old.requests + 1,
                items_sent=old.items_sent + (1 if item_sent else 0),
                pending=max(0, pending),
            )
            while len(self._devices) > self._limit:
                self._devices.popitem(last=False)

    def replace_all(self, devices: list[Device]) -> None:
        """Take another book's devices (a room served by another process)."""
        with self._lock:
            self._devices = OrderedDict((d.device_id, d) for d in devices[-self._limit :])

    def devices(self) -> list[Device]:
        """Tables in order, then the door and the stage; the newest first within."""
        with self._lock:
            found = list(self._devices.values())
        order = {"table": 0, "participant": 1, "door": 2, "stage": 3}
        found.sort(key=lambda d: (order.get(d.role, 9), d.table or 0, -d.last_seen))
        return found


class RateLimiter:
    """A token bucket per room token: ``burst`` requests at once, then
    ``per_second`` more each second. Refused requests answer 429."""

    def __init__(
        self,
        burst: int = 120,
        per_second: float = 30.0,
        tracked: int = 5000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._buckets: OrderedDict[object, tuple[float, float]] = OrderedDict()
        self.burst, self.per_second, self._tracked = burst, per_second, tracked

    def allow(self, key: object) -> bool:
        now = self._clock()
        with self._lock:
            level, then = self._buckets.pop(key, (float(self.burst), now))
            level = min(float(self.burst), level + (now - then) * self.per_second)
            allowed = level >= 1.0
            self._buckets[key] = (level - 1.0 if allowed else level, now)
            while len(self._buckets) > self._tracked:
                self._buckets.popitem(last=False)
            return allowed

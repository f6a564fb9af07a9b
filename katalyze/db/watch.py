"""Live on every station: other processes' writes reach the local change feed.

Each open :class:`~katalyze.db.Database` *broadcasts* what this process
publishes on ``database.changes`` (after the commit), and a :class:`Watcher`
started by a front that shows the evening (the app, the room's server)
republishes what *other* processes broadcast, with origin ``"remote"``, so
that ``ui.live`` refreshes the screens:

- PostgreSQL: ``NOTIFY katalyze, '<json>'`` on the server, heard by a
  ``LISTEN`` connection in a thread (delivered within milliseconds; when the
  listening connection comes back after a cut, every topic is republished, as
  anything may have changed meanwhile);
- SQLite: one line appended to ``<file>-changes`` beside the event file (no
  extra database write, so a scan costs no second fsync), whose size a thread
  looks at every 200 ms.

A broadcast names the topics and the sending database's ``token``: a process
never hears itself. A broadcast that cannot be sent (the server is gone) is
logged and dropped: it only ever tells others to refresh.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import make_url

from katalyze.changes import TOPICS, Changes, acting_as

if TYPE_CHECKING:
    from katalyze.db.engine import Database

log = logging.getLogger(__name__)

CHANNEL = "katalyze"
REMOTE = "remote"
# How often a SQLite watcher looks at the changes file, and a PostgreSQL one
# checks that it should stop or reconnect (seconds; latency, never results).
POLL_S = 0.2
# The SQLite changes file starts again past this size (readers notice).
MAX_LOG_BYTES = 1 << 20


def changes_file(path: Path) -> Path:
    return path.with_name(path.name + "-changes")


def _payload(token: str, changes: Changes) -> str:
    data: dict[str, Any] = {"from": token, "topics": sorted(changes.topics)}
    if changes.projects is not None and "items" in changes.topics:
        data["projects"] = sorted(changes.projects)
    return json.dumps(data, separators=(",", ":"))


def _parse(line: str, token: str) -> Changes | None:
    """The changes another process broadcast, or ``None`` (ours, or garbage)."""
    try:
        data = json.loads(line)
        if data.get("from") == token:
            return None
        topics = [t for t in data.get("topics", []) if t in TOPICS]
        scope = data.get("projects")
        projects = (
            frozenset(int(p) for p in scope)
            if isinstance(scope, list) and "items" in topics
            else None
        )
    except (ValueError, AttributeError, TypeError):
        return None
    return Changes(frozenset(topics), REMOTE, projects) if topics else None


class _Notifier:
    """One autocommit connection of its own for ``NOTIFY``: a broadcast is one
    round trip, not a pooled connection's ping, begin, notify and commit."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._conn: Any = None

    def send(self, payload: str) -> None:
        import psycopg

        with self._lock:
            try:
                if self._conn is None or self._conn.closed:
                    self._conn = psycopg.connect(
                        _conninfo(self._db.url), autocommit=True, connect_timeout=5
                    )
                self._conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))
            except psycopg.Error:
                self.close()
                raise

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None


def _conninfo(url: str) -> str:
    """The libpq address of an SQLAlchemy URL (password included: never shown)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def install_broadcaster(db: Database) -> Callable[[], None]:
    """Send this process's changes to the others; returns the unsubscribe."""
    notifier = None if db.is_sqlite or db.engine.dialect.driver != "psycopg" else _Notifier(db)
    if notifier is not None:
        db.on_close.append(notifier.close)

    def broadcast(changes: Changes) -> None:
        if changes.origin == REMOTE:  # heard from another process: not ours to repeat
            return
        payload = _payload(db.token, changes)
        try:
            if db.is_sqlite:
                path = db.path
                if path is None:
                    return
                target = changes_file(path)
                with contextlib.suppress(FileNotFoundError):
                    if target.stat().st_size > MAX_LOG_BYTES:
                        target.unlink()
                with open(target, "a", encoding="utf-8") as out:
                    out.write(payload + "\n")
            elif notifier is not None:
                notifier.send(payload)
        except Exception as exc:  # the server is away: others refresh when it is back
            log.warning("could not tell other stations about %s: %s", sorted(changes.topics), exc)

    return db.changes.subscribe(broadcast)


class Watcher:
    """A thread republishing other processes' changes on ``db.changes``."""

    def __init__(self, db: Database, *, poll_s: float = POLL_S) -> None:
        # Only a weak reference: a window forgotten without close() (a test)
        # does not keep its database, nor this thread, alive.
        self._database = weakref.ref(db)
        self._url, self._path, self._token = db.url, db.path, db.token
        self._is_sqlite = db.is_sqlite
        self._poll_s = poll_s
        self._stop = threading.Event()
        db.on_close.append(self._stop.set)
        self._thread: threading.Thread | None = None
        # Set once the watcher listens (tests wait on it, never on the clock).
        self.ready = threading.Event()

    def start(self) -> Watcher:
        target = self._watch_file if self._is_sqlite else self._watch_server
        self._thread = threading.Thread(target=target, name="katalyze-watch", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _alive(self) -> bool:
        return not self._stop.is_set() and self._database() is not None

    def _republish(self, changes: Changes) -> None:
        database = self._database()
        if database is None:
            self._stop.set()
            return
        with acting_as(REMOTE):
            database.changes.publish(changes)

    # --- SQLite: the changes file -------------------------------------------

    def _watch_file(self) -> None:
        path = self._path
        if path is None:
            self.ready.set()
            return
        target = changes_file(path)
        offset = target.stat().st_size if target.exists() else 0
        self.ready.set()
        while not self._stop.wait(self._poll_s) and self._alive():
            try:
                size = target.stat().st_size
            except FileNotFoundError:
                size = 0
            if size == offset:
                continue
            if size < offset:  # started again by a writer: we may have missed some
                offset = 0
                self._republish(Changes(frozenset(TOPICS), REMOTE))
            offset = self._read_from(target, offset)

    def _read_from(self, target: Path, offset: int) -> int:
        try:
            with open(target, "rb") as source:
                source.seek(offset)
                chunk = source.read()
        except FileNotFoundError:
            return 0
        complete = chunk.rfind(b"\n") + 1  # a line being written waits for the next look
        merged: Changes | None = None
        for line in chunk[:complete].decode("utf-8", "replace").splitlines():
            found = _parse(line, self._token)
            if found is not None:
                merged = found if merged is None else merged | found
        if merged is not None:
            self._republish(merged)
        return offset + complete

    # --- PostgreSQL: LISTEN ----------------------------------------------------

    def _watch_server(self) -> None:
        import psycopg

        lost = False
        while self._alive():
            try:
                with psycopg.connect(
                    _conninfo(self._url), autocommit=True, connect_timeout=5
                ) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    if lost:  # back after a cut: anything may have changed meanwhile
                        self._republish(Changes(frozenset(TOPICS), REMOTE))
                    self.ready.set()
                    self._listen(conn)
            except psycopg.Error as exc:
                if not lost:
                    log.warning("live feed lost: %s", exc)
                lost = True
                self._stop.wait(1.0)

    def _listen(self, conn: Any) -> None:
        while self._alive():
            for notify in conn.notifies(timeout=self._poll_s):
                found = _parse(notify.payload, self._token)
                if found is not None:
                    self._republish(found)


def start_watching(db: Database) -> Watcher:
    """Start republishing other processes' changes on ``db.changes``."""
    return Watcher(db).start()

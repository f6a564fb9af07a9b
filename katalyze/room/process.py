"""The room's server in a process of its own: how the app runs it.

In the app's process the server's Python (uvicorn's loop, the core calls of
30 phones) would share one GIL with the window: every time the GUI thread
comes back from Qt into Python (a model's ``data()``, thousands per repaint)
it would wait for a server thread to let go, and the window's timers ran
hundreds of milliseconds late (``tests/benchmarks/bench_room.py``). A child
process has a GIL of its own.

:class:`RoomProcess` has :class:`~katalyze.room.server.RoomServer`'s face
(``start``, ``stop``, ``running``, ``port``, ``base_urls``, ``url_for``,
``state``). The child opens the same database (its writes reach the window
through the database's change broadcast, ``katalyze.db.watch``) and talks
to the parent over a pipe: the port once listening (or why it could not),
then the connected devices once a second; the parent sends ``stop``. (The
stage's round timer is in the database, ``room.stage_timer``.) The child
stops when the pipe
breaks (the app went away), so no server outlives its window.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from typing import Any

from katalyze.db import Database
from katalyze.errors import UserError
from katalyze.i18n import _, current_language, set_language
from katalyze.room.server import RoomAddresses, RoomState

DEVICES_EVERY_S = 1.0  # how often the child reports its devices (a display's pace)
START_TIMEOUT_S = 60.0  # a slow laptop imports the web stack in a few seconds
NICENESS = 5  # the child's priority below the window's (see _yield_to_the_window)


def _serve_child(url: str, host: str, port: int, language: str, conn: Any) -> None:
    """The child's whole life: open, listen, report, stop when told (or orphaned)."""
    from katalyze.db import open_database
    from katalyze.room.server import RoomServer

    set_language(language)
    _yield_to_the_window()
    try:
        db = open_database(url, create=False)
    except Exception as exc:  # reported as a sentence by the parent
        conn.send(("failed", str(exc)))
        return
    state = RoomState()
    server = RoomServer(db, host=host, port=port, state=state)
    try:
        try:
            server.start()
        except UserError as exc:
            conn.send(("failed", str(exc)))
            return
        conn.send(("started", server.port))
        while server.running:
            if conn.poll(DEVICES_EVERY_S):
                message = conn.recv()
                if message[0] == "stop":
                    break
            conn.send(("devices", state.devices.devices()))
    except (EOFError, OSError):  # the parent is gone
        pass
    finally:
        server.stop()
        db.close()


def _yield_to_the_window() -> None:
    """On a laptop short of CPU, the window's thread runs first: the child
    takes a lower priority (``NICENESS``), so the scheduler gives it the
    cores the window leaves."""
    with contextlib.suppress(AttributeError, OSError):  # no os.nice on Windows
        os.nice(NICENESS)


class RoomProcess(RoomAddresses):
    """The room's server in a child process (see the module doc)."""

    def __init__(
        self, db: Database, host: str = "0.0.0.0", port: int = 8420, state: RoomState | None = None
    ) -> None:
        self.db, self.host, self.port = db, host, port
        self.state = state or RoomState()
        self._process: Any = None
        self._conn: Any = None
        self._reader: threading.Thread | None = None
        self._started = False

    def start(self, timeout: float = START_TIMEOUT_S) -> None:
        """Start the child and return once it listens; a UserError saying why not."""
        spawn = multiprocessing.get_context("spawn")
        self._conn, child_end = spawn.Pipe()
        self._process = spawn.Process(
            target=_serve_child,
            args=(self.db.url, self.host, self.port, current_language(), child_end),
            name="katalyze-room",
            daemon=True,
        )
        self._process.start()
        child_end.close()
        message: tuple[Any, ...] = ("failed", "")
        try:
            if self._conn.poll(timeout):
                message = self._conn.recv()
        except (EOFError, OSError):
            pass
        if message[0] != "started":
            self._end()
            raise UserError(
                message[1]
                or _(
                    "Impossible d'ouvrir la salle sur {host}:{port} : le serveur ne répond pas."
                ).format(host=self.host, port=self.port)
            )
        self.port = int(message[1])
        self._started = True
        self._reader = threading.Thread(target=self._read, name="katalyze-room-pipe", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        """The parent's side of the pipe: the child's devices."""
        while True:
            try:
                kind, payload = self._conn.recv()
            except (EOFError, OSError, TypeError, ValueError):
                return
            if kind == "devices":
                self.state.devices.replace_all(payload)

    @property
    def running(self) -> bool:
        return self._started and self._process is not None and self._process.is_alive()

    def stop(self, timeout: float = 10.0) -> None:
        """Let the child finish the requests under way, then stop it."""
        if self._process is None:
            return
        with contextlib.suppress(OSError, ValueError):
            self._conn.send(("stop",))
        self._process.join(timeout)
        self._end()

    def _end(self) -> None:
        if self._process is not None and self._process.is_alive():
            self._process.terminate()
            self._process.join(5)
        if self._conn is not None:
            self._conn.close()
        if self._reader is not None:
            self._reader.join(2)
        self._process = self._conn = self._reader = None
        self._started = False

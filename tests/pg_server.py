"""A throwaway PostgreSQL server for tests and benchmarks.

Debian's ``postgresql`` package puts ``initdb`` and ``pg_ctl`` under
``/usr/lib/postgresql/<version>/bin``. :class:`PgServer` makes a cluster in a
temporary folder (``fsync=off``, unix socket in that folder, a free TCP port on
loopback), runs it as a non-root user when we are root (PostgreSQL refuses
root), and gives each test a fresh database copied from a migrated template
(``CREATE DATABASE ... TEMPLATE``: a file copy, no migration per test).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
from pathlib import Path

TEMPLATE = "katalyze_template"
# A role that must give PASSWORD (the others are trusted on loopback).
PASSWORD_USER = "katalyze_pw"
PASSWORD = "s3cret-horse"


def find_bin_dir() -> Path | None:
    """The newest installed PostgreSQL's binaries, or ``None``."""
    override = os.environ.get("KATALYZE_PG_BIN")
    if override:
        return Path(override)
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("pg_ctl")
    return Path(on_path).parent if on_path else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgServer:
    """One cluster in a temporary folder; ``start()``, ``url(name)``, ``stop()``."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="katalyze-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._user: str | None = None
        self._lock = threading.Lock()
        self._counter = 0
        if os.geteuid() == 0:
            for name in ("postgres", "nobody"):
                with contextlib.suppress(KeyError):
                    entry = pwd.getpwnam(name)
                    self._user = name
                    os.chown(self.root, entry.pw_uid, entry.pw_gid)
                    break

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self._user is not None:
            command = ["runuser", "-u", self._user, "--", *command]
        subprocess.run(command, check=True, capture_output=True, cwd=self.root)

    def initdb(self) -> None:
        self._run(
            "initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync",
            "-E", "UTF8", "--locale=C.UTF-8",
        )  # fmt: skip
        # One role must give its password over TCP (tests of the wrong-password message).
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            f"host all {PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n"
            "host all all 127.0.0.1/32 trust\n"
        )

    def start(self) -> None:
        options = (
            f"-c port={self.port} -c listen_addresses=127.0.0.1 -c fsync=off "
            f"-c full_page_writes=off "
            f"-c unix_socket_directories={self.root} -c max_connections=200"
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"),
            "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def url(
        self, database: str = "postgres", user: str = "postgres", password: str | None = None
    ) -> str:
        auth = user if password is None else f"{user}:{password}"
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{database}"

    def execute(self, *statements: str) -> None:
        """Run statements on the ``postgres`` database, autocommit."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            for statement in statements:
                conn.execute(statement)

    @property
    def version(self) -> int:
        """The server's major version, from its binaries' folder (15 for .../15/bin)."""
        name = self.bin_dir.parent.name
        return int(name) if name.isdigit() else 0

    def make_template(self) -> None:
        """A migrated, empty Katalyze database that new ones copy."""
        from katalyze.db import open_database

        self.execute(
            f"DROP DATABASE IF EXISTS {TEMPLATE}",
            f"CREATE DATABASE {TEMPLATE}",
            f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{PASSWORD}'",
        )
        database = open_database(self.url(TEMPLATE))
        database.close()

    def fresh_database(self, prefix: str = "t") -> str:
        """A new database copied from the template; its URL."""
        with self._lock:
            self._counter += 1
            name = f"{prefix}{os.getpid()}_{self._counter}"
        # A file copy of the small template is twice as fast as WAL-logging it (15+).
        strategy = " STRATEGY FILE_COPY" if self.version >= 15 else ""
        self.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}{strategy}")
        return self.url(name)

    def empty_database(self, prefix: str = "e") -> str:
        with self._lock:
            self._counter += 1
            name = f"{prefix}{os.getpid()}_{self._counter}"
        self.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def drop(self, url: str) -> None:
        name = url.rsplit("/", 1)[-1]
        with contextlib.suppress(Exception):
            self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def start_server() -> PgServer:
    """Start a cluster with a template database; raises ``RuntimeError`` when
    PostgreSQL is not installed."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError(
            "PostgreSQL is not installed (no pg_ctl under /usr/lib/postgresql/*/bin): "
            "apt-get install postgresql"
        )
    server = PgServer(bin_dir)
    try:
        server.initdb()
        server.start()
        server.make_template()
    except BaseException:
        server.destroy()
        raise
    return server

"""A door that survives the network: check-ins against a local copy while the
server is away, replayed once it is back.

A :class:`DoorStation` wraps the check-in services for one door of an event
on a database server. While the server answers, every scan goes to it (with a
``client_id`` made here) and the local copy of the guest list, a small SQLite
file in the data folder (one per station and event), follows: it is taken when
the station connects and refreshed every :data:`REFRESH_EVERY` scans and on
:meth:`DoorStation.refresh`. When the server stops answering, the station
answers from that copy (who, which table, already here?) and keeps each scan
in a queue under its unique client id. :meth:`DoorStation.reconnect` replays
the queue in scan order with the same ids: the server's scan log answers a
resend, the first check-in wins, and a scan the server answers differently
from the local copy (the other door checked the person in meanwhile) is kept
in the local ``conflict`` table and logged; nobody is lost or counted twice.
A walk-in registered while offline waits in the same queue (its form, checked
here) and is registered, with its badge code, when the server is back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import re
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, OperationalError

from katalyze.checkin.arrivals import NO_ROLE_COLOUR, current_round, tables_of
from katalyze.checkin.codes import classify_code, normalize_scan
from katalyze.checkin.service import (
    DEFAULT_STATION,
    ScanResult,
    check_in_code,
    check_in_participant,
    register_walk_in,
)
from katalyze.db import Database
from katalyze.db.models import CheckIn, Participant, Project, Role, Seat, utcnow
from katalyze.db.server_errors import masked
from katalyze.errors import UserError
from katalyze.events import event_in
from katalyze.i18n import _, ngettext
from katalyze.participants import ParticipantDraft
from katalyze.paths import data_home

log = logging.getLogger(__name__)

# Online scans between two refreshes of the local copy (a count, not a clock).
REFRESH_EVERY = 50

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS guest (
    participant_id INTEGER PRIMARY KEY, code TEXT UNIQUE, first_name TEXT, last_name TEXT,
    organisation TEXT, role TEXT, role_colour TEXT, cancelled INTEGER, table_label TEXT,
    project_title TEXT, checked_in_at TEXT, station TEXT);
CREATE TABLE IF NOT EXISTS pending (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, client_id TEXT UNIQUE NOT NULL, kind TEXT NOT NULL,
    value TEXT NOT NULL, at TEXT NOT NULL, local_status TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS conflict (
    client_id TEXT PRIMARY KEY, value TEXT, local_status TEXT, server_status TEXT, at TEXT);
"""

# What a lost server looks like to SQLAlchemy: the driver could not talk to it.
_NETWORK_ERRORS = (OperationalError, DBAPIError)


def _is_network_error(exc: BaseException) -> bool:
    if isinstance(exc, OperationalError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


@dataclass(frozen=True)
class DoorState:
    """What the Accueil shows about the link: online or not, scans waiting."""

    online: bool
    pending: int

    def text(self) -> str:
        if self.online and not self.pending:
            return ""
        if self.online:
            return ngettext(
                "{n} scan en attente d'envoi", "{n} scans en attente d'envoi", self.pending
            ).format(n=self.pending)
        return ngettext(
            "hors ligne — {n} scan en attente", "hors ligne — {n} scans en attente", self.pending
        ).format(n=self.pending)


def local_copy_path(db: Database, station: str) -> Path:
    """The station's local file for this event: data folder, one per station."""
    key = hashlib.sha1(f"{masked(db.url)}|{station}".encode()).hexdigest()[:12]
    slug = re.sub(r"[^a-z0-9]+", "-", station.lower()).strip("-")[:30] or "porte"
    folder = data_home() / "stations"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"porte-{slug}-{key}.sqlite"


class DoorStation:
    """One door: online through the server, offline against its local copy."""

    def __init__(self, db: Database, station: str = DEFAULT_STATION, path: Path | None = None):
        self.db = db
        self.station = station
        self.path = path or local_copy_path(db, station)
        self._lock = threading.RLock()
        self._local = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._local.execute("PRAGMA journal_mode=WAL")
        self._local.execute("PRAGMA synchronous=FULL")  # a queued scan survives a power cut
        self._local.executescript(_SCHEMA)
        self.online = False
        self._since_refresh = 0
        self.reconnect()

    # --- state --------------------------------------------------------------

    def state(self) -> DoorState:
        return DoorState(self.online, self.pending_count())

    def pending_count(self) -> int:
        with self._lock:
            return int(self._local.execute("SELECT count(*) FROM pending").fetchone()[0])

    def conflicts(self) -> list[tuple[str, str, str, str]]:
        """(client id, code or id, answered here, answered by the server)."""
        with self._lock:
            return list(
                self._local.execute(
                    "SELECT client_id, value, local_status, server_status FROM conflict"
                )
            )

    def close(self) -> None:
        with self._lock:
            self._local.close()

    # --- scans --------------------------------------------------------------

    def check_in_code(self, raw: str, *, client_id: str | None = None) -> ScanResult:
        return self._scan("code", raw, client_id)

    def check_in_participant(self, participant_id: int, *, client_id: str | None = None):
        return self._scan("participant", str(participant_id), client_id)

    def register_walk_in(
        self, draft: ParticipantDraft, *, client_id: str | None = None
    ) -> ScanResult:
        """Register and check in somebody who did not register. Offline, the
        form is checked here and kept in the queue; the person is registered
        when the server is back (``participant_id`` is ``None`` until then)."""
        draft = draft.cleaned()  # bad input is refused now, not at the replay
        value = json.dumps(asdict(draft), ensure_ascii=False)
        return self._scan("walk_in", value, client_id)

    def _scan(self, kind: str, value: str, client_id: str | None) -> ScanResult:
        client_id = client_id or uuid.uuid4().hex
        with self._lock:
            if self.online:
                try:
                    if self.pending_count():
                        self._replay()  # keep the order: what waited goes first
                    result = self._send(kind, value, client_id)
                except _NETWORK_ERRORS as exc:
                    if not _is_network_error(exc):
                        raise
                    self._go_offline(exc)
                else:
                    self._remember(result)
                    self._since_refresh += 1
                    if self._since_refresh >= REFRESH_EVERY or kind == "walk_in":
                        self._refresh_quietly()  # a walk-in is new to the copy
                    return result
            return self._answer_locally(kind, value, client_id)

    def _send(
        self, kind: str, value: str, client_id: str, at: dt.datetime | None = None
    ) -> ScanResult:
        if kind == "code":
            return check_in_code(self.db, value, self.station, client_id=client_id, at=at)
        if kind == "walk_in":
            draft = _draft_from(value)
            return register_walk_in(self.db, draft, self.station, client_id=client_id, at=at)
        return check_in_participant(self.db, int(value), self.station, client_id=client_id, at=at)

    def _go_offline(self, exc: BaseException) -> None:
        if self.online:
            log.warning("door %s offline: %s", self.station, type(exc).__name__)
        self.online = False
        self.db.engine.dispose()  # no dead connection is handed out again

    # --- the link -------------------------------------------------------------

    def reconnect(self) -> DoorState:
        """Try the server: replay what waits, refresh the local copy. Safe to
        call at any time (the Accueil calls it now and then while offline)."""
        with self._lock:
            try:
                self.online = True
                self._replay()
                self.refresh()
            except _NETWORK_ERRORS as exc:
                if not _is_network_error(exc):
                    raise
                self._go_offline(exc)
            return self.state()

    def refresh(self) -> int:
        """Take the guest list again from the server; returns its size."""
        with self.db.snapshot() as session:
            event = event_in(session)
            round_ = current_round(event)
            rows = session.execute(
                select(
                    Participant.id,
                    Participant.badge_code,
                    Participant.first_name,
                    Participant.last_name,
                    Participant.organisation,
                    Role.label,
                    Role.colour,
                    Participant.cancelled,
                    CheckIn.checked_in_at,
                    CheckIn.station,
                )
                .outerjoin(Role, Role.id == Participant.role_id)
                .outerjoin(CheckIn, CheckIn.participant_id == Participant.id)
            ).all()
            seats = dict(
                session.execute(
                    select(Seat.participant_id, Project.title)
                    .join(Project, Project.id == Seat.project_id)
                    .where(Seat.round == round_)
                ).all()
            )
            tables = tables_of(session, [r[0] for r in rows], round_)
            secret = event.secret
        with self._lock, self._transaction():
            self._local.execute("DELETE FROM guest")
            self._local.executemany(
                "INSERT INTO guest VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        pid, code, first, last, organisation, label or "",
                        colour or NO_ROLE_COLOUR, int(bool(cancelled)), tables.get(pid),
                        seats.get(pid), at.isoformat() if at else None, station,
                    )
                    for pid, code, first, last, organisation, label, colour, cancelled, at, station
                    in rows
                ],
            )  # fmt: skip
            # Scans still waiting stay "here" in the copy until the server has them.
            self._local.execute(
                "UPDATE guest SET checked_in_at = p.at, station = ? FROM pending p "
                "WHERE guest.checked_in_at IS NULL AND p.local_status = 'ok' AND "
                "((p.kind = 'code' AND p.value = guest.code) OR "
                "(p.kind = 'participant' AND p.value = CAST(guest.participant_id AS TEXT)))",
                (self.station,),
            )
            self._local.execute(
                "INSERT OR REPLACE INTO meta VALUES ('secret', ?), ('refreshed_at', ?)",
                (secret, utcnow().isoformat()),
            )
        self._since_refresh = 0
        return len(rows)

    def _refresh_quietly(self) -> None:
        try:
            self.refresh()
        except _NETWORK_ERRORS as exc:
            if not _is_network_error(exc):
                raise
            self._go_offline(exc)

    def _replay(self) -> None:
        """Send every waiting scan, oldest first; stops at the first network error."""
        queued = list(
            self._local.execute(
                "SELECT seq, client_id, kind, value, local_status, at FROM pending ORDER BY seq"
            )
        )
        for seq, client_id, kind, value, local_status, at in queued:
            # The arrival keeps the moment of the scan, not of its replay.
            try:
                result = self._send(kind, value, client_id, dt.datetime.fromisoformat(at))
            except UserError as exc:
                # A walk-in the server refuses (a wished project removed
                # meanwhile...): kept as a conflict, the queue goes on.
                log.warning("door %s: walk-in %s refused: %s", self.station, client_id, exc)
                with self._transaction():
                    self._local.execute(
                        "INSERT OR REPLACE INTO conflict VALUES (?,?,?,?,?)",
                        (client_id, value, local_status, str(exc), utcnow().isoformat()),
                    )
                    self._local.execute("DELETE FROM pending WHERE seq = ?", (seq,))
                continue
            with self._transaction():
                if result.status != local_status:
                    log.warning(
                        "door %s: scan %s answered %s here, %s by the server",
                        self.station, client_id, local_status, result.status,
                    )  # fmt: skip
                    self._local.execute(
                        "INSERT OR REPLACE INTO conflict VALUES (?,?,?,?,?)",
                        (client_id, value, local_status, result.status, utcnow().isoformat()),
                    )
                self._local.execute("DELETE FROM pending WHERE seq = ?", (seq,))
            if result.participant_id is not None and result.status == "already":
                self._remember(result)

    # --- the local copy ---------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self._local.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._local.execute("ROLLBACK")
            raise
        self._local.execute("COMMIT")

    def _remember(self, result: ScanResult) -> None:
        """An answer from the server updates the copy (arrived, and where)."""
        if result.participant_id is None or result.status not in ("ok", "already"):
            return
        at = result.first_checked_in_at or result.checked_in_at
        with self._transaction():
            self._local.execute(
                "UPDATE guest SET checked_in_at = COALESCE(checked_in_at, ?), "
                "station = COALESCE(station, ?) WHERE participant_id = ?",
                (
                    at.isoformat() if at else utcnow().isoformat(),
                    result.first_station or result.station,
                    result.participant_id,
                ),
            )

    def _answer_locally(self, kind: str, value: str, client_id: str) -> ScanResult:
        now = utcnow()
        if kind == "walk_in":
            with self._transaction():
                self._local.execute(
                    "INSERT INTO pending (client_id, kind, value, at, local_status) "
                    "VALUES (?,?,?,?,'ok')",
                    (client_id, kind, value, now.isoformat()),
                )
            return _walk_in_kept(_draft_from(value), self.station, now)
        secret_row = self._local.execute("SELECT value FROM meta WHERE key = 'secret'").fetchone()
        if kind == "code":
            code = normalize_scan(value)
            status = classify_code(code, secret_row[0]) if secret_row else "valid"
            guest = (
                self._local.execute("SELECT * FROM guest WHERE code = ?", (code,)).fetchone()
                if status == "valid"
                else None
            )
            if status == "valid" and guest is None:
                status = "unknown"
        else:
            code = ""
            guest = self._local.execute(
                "SELECT * FROM guest WHERE participant_id = ?", (int(value),)
            ).fetchone()
            status = "valid" if guest is not None else "unknown"
        first_at = first_station = None
        if guest is not None:
            code = guest[1] or code
            if guest[7]:
                status = "cancelled"
            elif guest[10]:
                status = "already"
                first_at = dt.datetime.fromisoformat(guest[10])
                first_station = guest[11]
            else:
                status = "ok"
        with self._transaction():
            self._local.execute(
                "INSERT INTO pending (client_id, kind, value, at, local_status) VALUES (?,?,?,?,?)",
                (client_id, kind, value, now.isoformat(), status),
            )
            if status == "ok":
                self._local.execute(
                    "UPDATE guest SET checked_in_at = ?, station = ? WHERE participant_id = ?",
                    (now.isoformat(), self.station, guest[0]),
                )
        return _local_result(code or value, status, guest, self.station, now, first_at,
                             first_station)  # fmt: skip


def _draft_from(value: str) -> ParticipantDraft:
    """The walk-in form kept in the queue (JSON lists back to tuples)."""
    data = json.loads(value)
    return ParticipantDraft(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})


def _walk_in_kept(draft: ParticipantDraft, station: str, now: dt.datetime) -> ScanResult:
    """The answer to a walk-in registered while the server is away."""
    message = _(
        "Inscription gardée sur ce poste : elle sera envoyée au retour du réseau, le badge "
        "pourra alors être imprimé."
    )
    return ScanResult(
        code="",
        status="ok",
        participant_id=None,
        first_name=draft.first_name,
        last_name=draft.last_name,
        organisation=draft.organisation,
        role="",
        role_colour=NO_ROLE_COLOUR,
        table=None,
        project_title=None,
        checked_in_at=now,
        station=station,
        first_station=None,
        first_checked_in_at=None,
        message=message,
    )


def _local_result(
    code: str,
    status: str,
    guest: tuple | None,
    station: str,
    now: dt.datetime,
    first_at: dt.datetime | None,
    first_station: str | None,
) -> ScanResult:
    name = f"{guest[2]} {guest[3]}".strip() if guest else ""
    table = guest[8] if guest else None
    if status == "ok":
        where = (
            _(" Table {table}.").format(table=table)
            if table
            else _(" Pas encore de table attribuée.")
        )
        message = _("Bienvenue, {name} !").format(name=name) + where
    elif status == "already":
        clock = first_at.astimezone().strftime("%H:%M") if first_at else "?"
        message = _("{name} est déjà arrivé·e à {time} ({station}).").format(
            name=name, time=clock, station=first_station or "?"
        )
    elif status == "cancelled":
        message = _("L'inscription de {name} est annulée : voyez avec l'organisation.").format(
            name=name
        )
    elif status == "unknown":
        message = _("Badge inconnu de la copie locale : cherchez la personne par son nom.")
    else:
        message = _("Code illisible ou mal saisi : scannez à nouveau ou tapez le nom.")
    return ScanResult(
        code=code,
        status=status,  # type: ignore[arg-type]
        participant_id=guest[0] if guest else None,
        first_name=guest[2] if guest else "",
        last_name=guest[3] if guest else "",
        organisation=guest[4] if guest else "",
        role=guest[5] if guest else "",
        role_colour=guest[6] if guest else NO_ROLE_COLOUR,
        table=table,
        project_title=guest[9] if guest else None,
        checked_in_at=now if status == "ok" else first_at,
        station=station,
        first_station=first_station,
        first_checked_in_at=first_at,
        message=message,
    )

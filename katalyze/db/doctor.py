"""``katalyze doctor``: can this station run the evening on that database?

Checks, in order: the connection (and how long it takes), the schema version
(never upgrades anything: doctor only reads), the clock skew between this
station and the server (check-in times and the round timer compare clocks),
and the latency of a round trip (a scan makes a few). Each check says what is
wrong and what to do; the URL is shown with its password masked.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from katalyze.db.engine import SCHEMA_HEAD, current_revision, make_engine, to_url
from katalyze.db.server_errors import connect_error, masked
from katalyze.errors import UserError
from katalyze.i18n import _

# Round trips measured for the latency (a count, not a duration).
LATENCY_SAMPLES = 20
# Beyond these, doctor warns (the evening still runs).
SKEW_WARN_S = 2.0
LATENCY_WARN_MS = 30.0


@dataclass(frozen=True)
class Check:
    name: str  # connection, schema, clock, latency
    ok: bool
    message: str
    value: float | str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"check": self.name, "ok": self.ok, "value": self.value, "message": self.message}


@dataclass(frozen=True)
class DoctorReport:
    url: str
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "ok": self.ok, "checks": [c.to_json() for c in self.checks]}


def _schema_check(revision: str | None) -> Check:
    if revision == SCHEMA_HEAD:
        return Check("schema", True, _("Schéma à jour ({revision}).").format(revision=revision),
                     revision)  # fmt: skip
    if revision is None:
        return Check(
            "schema",
            True,
            _("Base vide : Katalyze y créera ses tables à la première ouverture."),
            None,
        )
    known = sorted(p.name[:4] for p in (Path(__file__).parent / "migrations" / "versions").glob(
        "[0-9][0-9][0-9][0-9]_*.py"))  # fmt: skip
    if revision in known:
        return Check(
            "schema",
            True,
            _("Schéma {revision} : il sera mis à jour ({head}) à la première ouverture.").format(
                revision=revision, head=SCHEMA_HEAD
            ),
            revision,
        )
    return Check(
        "schema",
        False,
        _(
            "Schéma {revision}, plus récent que ce Katalyze ({head}) : mettez Katalyze à jour "
            "sur ce poste avant de l'ouvrir."
        ).format(revision=revision, head=SCHEMA_HEAD),
        revision,
    )


def _clock_check(conn: Any) -> Check:
    before = time.time()
    server = conn.execute(text("SELECT clock_timestamp()")).scalar()
    after = time.time()
    if server.tzinfo is None:
        server = server.replace(tzinfo=dt.UTC)
    skew = server.timestamp() - (before + after) / 2
    if abs(skew) > SKEW_WARN_S:
        return Check(
            "clock",
            False,
            _(
                "L'horloge de ce poste a {seconds} s d'écart avec le serveur : réglez l'heure "
                "(synchronisation automatique) sur ce poste ou sur le serveur, sinon heures "
                "d'arrivée et minuteur ne concordent pas."
            ).format(seconds=f"{skew:+.1f}"),
            round(skew, 3),
        )
    return Check(
        "clock",
        True,
        _("Horloges d'accord ({seconds} s d'écart).").format(seconds=f"{skew:+.2f}"),
        round(skew, 3),
    )


def _latency_check(conn: Any) -> Check:
    samples = []
    for _i in range(LATENCY_SAMPLES):
        start = time.perf_counter()
        conn.execute(text("SELECT 1")).scalar()
        samples.append((time.perf_counter() - start) * 1000)
    median = statistics.median(samples)
    message = _("Aller-retour médian {median} ms (au pire {worst} ms).").format(
        median=f"{median:.1f}", worst=f"{max(samples):.1f}"
    )
    if median > LATENCY_WARN_MS:
        message += " " + _(
            "C'est lent pour une porte : rapprochez ce poste du point d'accès ou reliez le "
            "serveur par câble."
        )
    return Check("latency", median <= LATENCY_WARN_MS, message, round(median, 2))


def diagnose(target: str | Path) -> DoctorReport:
    """Run every check on ``target`` (a path or URL); never writes."""
    url = to_url(target)
    parsed = make_url(url)
    report = DoctorReport(masked(url))
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        path = Path(parsed.database)
        if not path.is_file():
            raise UserError(
                _("Aucun événement à « {path} » : vérifiez le chemin donné à --db.").format(
                    path=path
                )
            )
    engine = make_engine(url)
    try:
        start = time.perf_counter()
        try:
            conn = engine.connect()
        except DBAPIError as exc:
            report.checks.append(Check("connection", False, str(connect_error(exc, url))))
            return report
        with conn:
            took = (time.perf_counter() - start) * 1000
            report.checks.append(
                Check(
                    "connection",
                    True,
                    _("Connexion établie en {ms} ms.").format(ms=f"{took:.0f}"),
                    round(took, 1),
                )
            )
            conn.commit()
            report.checks.append(_schema_check(current_revision(engine)))
            if engine.dialect.name == "postgresql":
                report.checks.append(_clock_check(conn))
            report.checks.append(_latency_check(conn))
    finally:
        engine.dispose()
    return report

"""Look at an event file before opening it, without changing it.

:func:`inspect_file` reads a SQLite file through a read-only connection
(``mode=ro``) and says what it is: empty, not SQLite, damaged, another
program's database, a Katalyze event of a newer version, or one this version
opens (perhaps after upgrading it, or read-only). Nothing here writes to the
file: the engine sets its pragmas (WAL…) only once the file is known to be an
event this version may open.

Versions: :data:`FIRST_VERSION` maps each schema revision to the first
Katalyze version that wrote it. Opening a file for writing stores that
version, for the newest revision, in SQLite's ``user_version``, so an older
Katalyze that does not know the revision can still say which version the file
needs.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from katalyze.errors import UserError
from katalyze.i18n import _

# Schema revision -> the first Katalyze version that wrote it. A revision
# missing here (one added by a branch not yet released) counts as this version.
FIRST_VERSION: dict[str, str] = {
    "0001": "0.1.0",
    "0002": "0.1.0",
    "0003": "0.1.0",
    "0004": "0.2.0",  # the room's tokens, client ids of items
    "0006": "0.2.0",  # the year after the evening
}
SQLITE_MAGIC = b"SQLite format 3\x00"
# "Kata" in SQLite's application_id: marks a file as a Katalyze event.
APPLICATION_ID = 0x4B617461


@dataclass(frozen=True)
class FileState:
    """What :func:`inspect_file` found in an existing SQLite file."""

    revision: str | None  # Alembic revision, None for a file without tables
    tables: tuple[str, ...]
    needed_version: str | None  # from user_version, when a newer Katalyze wrote it
    writable: bool


def package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("katalyze")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        from katalyze import __version__

        return __version__


def encode_version(text: str) -> int:
    """``"1.2.3"`` -> 1002003 (what ``user_version`` holds)."""
    parts = [int(p) if p.isdigit() else 0 for p in [*text.split("."), "0", "0"][:3]]
    return parts[0] * 1_000_000 + parts[1] * 1_000 + parts[2]


def decode_version(number: int) -> str | None:
    if number <= 0:
        return None
    return f"{number // 1_000_000}.{number // 1_000 % 1_000}.{number % 1_000}"


def schema_version(revision: str) -> str:
    """The first Katalyze version that writes ``revision``."""
    return FIRST_VERSION.get(revision, package_version())


def read_only_uri(path: Path) -> str:
    """A SQLite URI that opens ``path`` without writing to it. In a folder
    that cannot be written, a WAL file has no ``-shm`` to share: SQLite then
    reads it only as immutable (nobody else can be writing it there)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not os.access(path.parent, os.W_OK) and not path.with_name(path.name + "-shm").exists():
        uri += "&immutable=1"
    return uri


@contextlib.contextmanager
def read_only_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write to ``path`` (nor create it)."""
    connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=5)
    try:
        yield connection
    finally:
        connection.close()


def not_an_event(path: Path) -> UserError:
    return UserError(
        _(
            "Impossible d'ouvrir l'événement « {path} » : ce n'est pas un fichier Katalyze "
            "lisible. Choisissez le fichier .katalyze de l'événement (une liste d'inscrits "
            "s'importe depuis Préparation → Participants → Importer)."
        ).format(path=path)
    )


def damaged(path: Path, detail: str) -> UserError:
    return UserError(
        _(
            "« {path} » est un fichier SQLite endommagé ({detail}) : Katalyze ne l'ouvre pas et "
            "ne l'a pas modifié. Ouvrez une copie de l'événement (une copie de sécurité « "
            "….avant-mise-a-jour-….katalyze » est faite à côté de lui avant chaque mise à "
            "jour) et gardez celui-ci pour le faire réparer."
        ).format(path=path, detail=" ".join(detail.split())[:120])
    )


def inspect_file(path: Path) -> FileState:
    """What the existing file ``path`` holds; a :class:`UserError` when this
    version must not open it. Reads only."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as raw:
            head = raw.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise UserError(
            _("Impossible de lire « {path} » ({error}) : vérifiez les droits du fichier.").format(
                path=path, error=exc.strerror or exc
            )
        ) from exc
    if size == 0:
        raise UserError(
            _(
                "« {path} » est vide (0 octet) : ce n'est pas un événement. Choisissez le "
                "fichier .katalyze de l'événement, ou créez un nouvel événement."
            ).format(path=path)
        )
    if head != SQLITE_MAGIC:
        raise not_an_event(path)
    try:
        with read_only_connection(path) as connection:
            tables = tuple(
                row[0]
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'"
                )
            )
            revision = None
            if "alembic_version" in tables:
                found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = found[0] if found else None
            user_version = connection.execute("PRAGMA user_version").fetchone()[0]
            # Every page read once: a damaged event is refused here rather
            # than failing later in the middle of the evening's work.
            check = connection.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise damaged(path, str(exc)) from exc
    if check != "ok":
        raise damaged(path, check)
    if tables and revision is None:
        raise UserError(
            _(
                "« {path} » est une base de données d'un autre programme, pas un événement "
                "Katalyze : elle n'a pas été modifiée. Choisissez le fichier .katalyze de "
                "l'événement."
            ).format(path=path)
        )
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    return FileState(revision, tables, decode_version(user_version), writable)


def newer_file_error(where: object, revision: str, needed: str | None) -> UserError:
    """The sentence for a file whose schema revision this version does not know."""
    if needed and encode_version(needed) > encode_version(package_version()):
        return UserError(
            _(
                "« {where} » a été enregistré par une version plus récente de Katalyze : "
                "il faut Katalyze {needed} ou plus récent pour l'ouvrir (version installée : "
                "{current}). Installez la nouvelle version ; le fichier n'a pas été modifié."
            ).format(where=where, needed=needed, current=package_version())
        )
    return UserError(
        _(
            "« {where} » a été enregistré par une version de Katalyze plus récente que "
            "celle-ci ({current} ; schéma {revision} inconnu). Installez la dernière version "
            "de Katalyze ; le fichier n'a pas été modifié."
        ).format(where=where, current=package_version(), revision=revision)
    )


def read_only_upgrade_error(path: Path) -> UserError:
    return UserError(
        _(
            "« {path} » vient d'une version précédente de Katalyze et doit être mis à jour, "
            "mais il est en lecture seule : copiez-le dans un dossier où vous pouvez écrire "
            "(ou rendez-le modifiable), puis ouvrez la copie."
        ).format(path=path)
    )


def read_only_notice(path: Path) -> str:
    return _(
        "« {path} » est en lecture seule : vous pouvez consulter l'événement et l'exporter, "
        "mais rien ne peut y être enregistré (ni arrivée, ni import, ni saisie). Pour le "
        "modifier, copiez-le dans un dossier où vous pouvez écrire."
    ).format(path=path)


def read_only_write_error() -> UserError:
    return UserError(
        _(
            "Cet événement est ouvert en lecture seule (fichier protégé en écriture) : rien "
            "n'a été enregistré. Copiez le fichier dans un dossier où vous pouvez écrire, "
            "puis ouvrez la copie."
        )
    )


def backup_before_upgrade(path: Path, revision: str) -> Path:
    """Copy ``path`` (a consistent copy, WAL included) before migrating it:
    beside it, else in the data folder's ``backups``. Returns the copy."""
    from katalyze.paths import data_home

    name = f"{path.stem}.avant-mise-a-jour-{revision}"
    places = [path.parent]
    with contextlib.suppress(OSError):
        places.append(data_home() / "backups")
    last: Exception | None = None
    for folder in places:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"{name}{path.suffix}"
            number = 2
            while target.exists():
                target = folder / f"{name}-{number}{path.suffix}"
                number += 1
            with read_only_connection(path) as source:
                copy = sqlite3.connect(target)
                try:
                    source.backup(copy)
                finally:
                    copy.close()
            return target
        except (OSError, sqlite3.Error) as exc:
            last = exc
    raise UserError(
        _(
            "« {path} » doit être mis à jour pour cette version de Katalyze, mais aucune "
            "copie de sécurité n'a pu être faite ({error}) : le fichier n'a pas été modifié. "
            "Libérez de la place sur le disque, puis rouvrez-le."
        ).format(path=path, error=last)
    )


def upgrade_notice(path: Path, backup: Path) -> str:
    return _(
        "« {name} » a été mis à jour pour cette version de Katalyze ; une copie du fichier "
        "tel qu'il était est gardée dans « {backup} »."
    ).format(name=path.name, backup=backup)

"""Limits on what an imported file may hold, checked early so that a hostile
file (a zip bomb, a CSV of a million columns, a sheet of nested XML entities)
is refused in seconds and bounded memory, with a sentence naming the place.

A list of guests never comes near them: 20,000 rows of 100 filled columns is
far more than any registration export.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

from katalyze.errors import UserError
from katalyze.i18n import _

MAX_FILE_BYTES = 100_000_000
# An XLSX's parts, unzipped, as the zip directory declares them.
MAX_UNZIPPED_BYTES = 150_000_000
MAX_COLUMNS = 1_000
MAX_CELLS = 2_000_000
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
# Lines of a CSV looked at before parsing (the header is among them).
FIRST_LINES = 30
DELIMITERS = (";", ",", "\t")


def column_letter(index: int) -> str:
    from katalyze.importing.reading import column_letter as letter

    return letter(index)


def used_width(cells: Sequence[str]) -> int:
    for i in range(len(cells), 0, -1):
        if cells[i - 1]:
            return i
    return 0


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f}".replace(".", ",")


def too_big(path: Path, size: int, *, unzipped: bool = False) -> UserError:
    if unzipped:
        return UserError(
            _(
                "« {name} » contient {size} Mo de données une fois décompressé (au plus {limit} "
                "Mo) : ce n'est pas une liste d'inscrits. Vérifiez le fichier choisi, ou "
                "enregistrez seulement la feuille utile dans un nouveau classeur."
            ).format(name=path.name, size=_megabytes(size), limit=_megabytes(MAX_UNZIPPED_BYTES))
        )
    return UserError(
        _(
            "« {name} » pèse {size} Mo (au plus {limit} Mo) : ce n'est pas une liste "
            "d'inscrits. Vérifiez le fichier choisi, ou découpez-le en plusieurs fichiers."
        ).format(name=path.name, size=_megabytes(size), limit=_megabytes(MAX_FILE_BYTES))
    )


def _too_wide(path: Path, row: int, columns: int) -> UserError:
    return UserError(
        _(
            "« {name} », ligne {row} : {columns} colonnes (au plus {limit}) : ce n'est pas "
            "une liste d'inscrits. Vérifiez le fichier choisi, ou enregistrez seulement les "
            "colonnes utiles."
        ).format(
            name=path.name, row=row, columns=f"{columns:,}".replace(",", " "), limit=MAX_COLUMNS
        )
    )


def _too_many_cells(path: Path) -> UserError:
    return UserError(
        _(
            "« {name} » compte plus de {limit} cellules remplies : ce n'est pas une liste "
            "d'inscrits. Vérifiez le fichier choisi, ou découpez-le en plusieurs fichiers."
        ).format(name=path.name, limit=f"{MAX_CELLS:,}".replace(",", " "))
    )


def _cell_too_long(path: Path, row: int, column: int) -> UserError:
    return UserError(
        _(
            "« {name} », ligne {row}, colonne {column} : la cellule contient plus de {limit} "
            "caractères. Raccourcissez-la dans un tableur, puis importez de nouveau."
        ).format(name=path.name, row=row, column=column_letter(column), limit=MAX_CELL_CHARS)
    )


class Limits:
    """Counts what has been read and refuses as soon as a limit is passed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.cells = 0

    def check(self, row: int, cells: Sequence[str]) -> None:
        width = used_width(cells)
        if width > MAX_COLUMNS:
            raise _too_wide(self.path, row, width)
        self.cells += width
        if self.cells > MAX_CELLS:
            raise _too_many_cells(self.path)
        for column, cell in enumerate(cells[:width]):
            if len(cell) > MAX_CELL_CHARS:
                raise _cell_too_long(self.path, row, column)


def unzipped_size(path: Path, data: bytes) -> int:
    """What the workbook's parts declare they unzip to (the zip directory
    only: nothing is decompressed). A part cannot yield more than it declares:
    :mod:`zipfile` stops reading there."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise unreadable_xlsx(path, exc) from exc


def unreadable_xlsx(path: Path, exc: BaseException) -> UserError:
    return UserError(
        f"« {path.name} » n'est pas un classeur Excel lisible ({exc.__class__.__name__}) : "
        "ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau en .xlsx."
    )


def hostile_xml(path: Path) -> UserError:
    return UserError(
        _(
            "« {name} » contient du XML construit pour saturer la mémoire (entités imbriquées) : "
            "il n'a pas été lu. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le de "
            "nouveau, ou exportez la liste en CSV."
        ).format(name=path.name)
    )


def xml_errors() -> tuple[type[BaseException], ...]:
    from xml.etree.ElementTree import ParseError

    try:
        from defusedxml import DefusedXmlException
    except ImportError:  # pragma: no cover - defusedxml is a dependency
        return (ParseError,)
    return (ParseError, DefusedXmlException)


def check_first_lines(path: Path, text: str) -> None:
    """Refuse a CSV whose first lines hold more separators than any list has
    columns, before anything parses it (a line of 1,000,000 fields)."""
    start = 0
    for row in range(1, FIRST_LINES + 1):
        end = text.find("\n", start)
        line = text[start:] if end < 0 else text[start:end]
        fields = max(line.count(d) for d in DELIMITERS) + 1
        if fields > MAX_COLUMNS:
            raise _too_wide(path, row, fields)
        if end < 0:
            break
        start = end + 1


def is_hostile_xml(error: BaseException) -> bool:
    """Whether ``error`` (or what caused it: openpyxl wraps parse errors in a
    ``ValueError``) is an XML parser refusing entities or their expansion."""
    kinds = xml_errors()
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, kinds):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False

"""Limits on what an imported file may hold, checked early so that a hostile
file (a zip bomb, a CSV of a million columns, a sheet of nested XML entities)
is refused in seconds and bounded memory, with a sentence naming the place.

A list of guests never comes near them: 20,000 rows of 100 filled columns is
far more than any registration export.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

from katalyze.errors import UserError
from katalyze.i18n import _

MAX_FILE_BYTES = 100_000_000
# An XLSX's parts, unzipped, as the zip directory declares them.
# 20,000 rows of 40 columns written by Excel unzip to about 32 MB.
MAX_UNZIPPED_BYTES = 50_000_000
MAX_COLUMNS = 1_000
MAX_CELLS = 2_000_000
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
# Empty rows in a row after which a sheet's data is taken to be over (rows
# styled down to the bottom of the sheet).
MAX_BLANK_RUN = 10_000
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


def _too_wide(path: Path, row: int) -> UserError:
    return UserError(
        _(
            "« {name} », ligne {row} : plus de {limit} colonnes remplies : ce n'est pas une "
            "liste d'inscrits. Vérifiez le fichier choisi, ou enregistrez seulement les "
            "colonnes utiles."
        ).format(name=path.name, row=row, limit=MAX_COLUMNS)
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
            raise _too_wide(self.path, row)
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
            raise _too_wide(path, row)
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


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"')


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def merged_area(data: bytes) -> int:
    """The cells the workbook's merged ranges cover, read from the sheets'
    XML (called only for workbooks small enough for a full read)."""
    area = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            if not info.filename.startswith("xl/worksheets/"):
                continue
            for first_col, first_row, last_col, last_row in _MERGE.findall(
                archive.read(info.filename)
            ):
                rows = int(last_row) - int(first_row) + 1
                cols = _column_number(last_col) - _column_number(first_col) + 1
                area += max(rows, 1) * max(cols, 1)
    return area


_SHEET_DATA = re.compile(rb"<((?:\w+:)?)sheetData\b")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b")
HEAD_BYTES = 65_536


def with_dimensions(data: bytes) -> bytes:
    """``data`` with a ``<dimension>`` given to every sheet that lacks one.

    openpyxl's streaming reader looks for a sheet's size by parsing it, and
    without a ``<dimension>`` element that parse runs through the whole sheet
    before the first row is read: a wide bound (``A1:ALM1048576``: the column
    limit, the sheet's last row) lets it start at once, and reading then
    stops on the row limits. Only the zip in memory changes."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        missing = []
        for info in archive.infolist():
            if not info.filename.startswith("xl/worksheets/"):
                continue
            with archive.open(info) as part:
                head = part.read(HEAD_BYTES)
            found = _SHEET_DATA.search(head)
            if found and not _DIMENSION.search(head, 0, found.start()):
                missing.append(info.filename)
        if not missing:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
            for info in archive.infolist():
                body = archive.read(info)
                if info.filename in missing:
                    body = _SHEET_DATA.sub(
                        lambda m: (
                            b'<%sdimension ref="A1:ALM1048576"/><%ssheetData'
                            % (m.group(1), m.group(1))
                        ),
                        body,
                        count=1,
                    )
                target.writestr(info, body)
    return out.getvalue()

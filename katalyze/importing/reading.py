"""Read a registration or project file as organisers get it: CSV or XLSX.

CSV: UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text"), else the
encoding ``charset-normalizer`` finds (Windows-1252 preferred for French
text); delimiter sniffed among ``;`` ``,`` and tab. XLSX: the sheet whose
header is best recognised, merged cells filled, title rows above the header
and styled empty rows below the data skipped.

Whatever goes wrong becomes a :class:`UserError` naming the file.

Hostile files are refused early and in bounded time and memory: the file's
size, an XLSX's declared unzipped size (read from the zip directory before
openpyxl opens it), the columns of the first lines of a CSV (before it is
parsed), then rows, columns, cells and cell length as records are read. XML
entities (a "billion laughs" sheet) are refused by defusedxml, or by expat's
amplification limit, as a sentence.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from katalyze.errors import UserError
from katalyze.i18n import _
from katalyze.importing.limits import (
    MAX_BLANK_RUN,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_UNZIPPED_BYTES,
    Limits,
    check_first_lines,
    hostile_xml,
    is_hostile_xml,
    merged_area,
    too_big,
    unreadable_xlsx,
    unzipped_size,
    with_dimensions,
    xml_errors,
)

# A registration list of more rows than this is not a list of guests (a
# whole CRM export, a log file...): refused before anything is matched.
MAX_DATA_ROWS = 20_000
# Header search depth: title rows, notes and blank lines above the header.
HEADER_SEARCH_ROWS = 30
CSV_FIELD_LIMIT = 10_000_000
DELIMITERS = (";", ",", "\t")
DELIMITER_NAMES = {";": "point-virgule", ",": "virgule", "\t": "tabulation"}
# Workbooks whose sheets unzip to more than this are read with openpyxl's
# streaming reader (merged cells are then not filled, which only matters for
# small hand-made sheets): a full read holds every cell in memory.
XLSX_FULL_READ_LIMIT = 8_000_000

csv.field_size_limit(CSV_FIELD_LIMIT)


@dataclass(frozen=True)
class Table:
    """A file's data: its header and its rows, cells as stripped strings."""

    path: Path
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # Row numbers as the user sees them in a spreadsheet (1-based), per data row.
    row_numbers: tuple[int, ...]
    header_row: int
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    blank_rows: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def column_count(self) -> int:
        return len(self.headers)

    def header_label(self, column: int) -> str:
        """The column's header, or its spreadsheet letter when it has none."""
        text = self.headers[column] if column < len(self.headers) else ""
        return text or _("colonne {column_letter}").format(column_letter=column_letter(column))

    def samples(self, column: int, count: int = 3) -> list[str]:
        """The first distinct non-empty values of a column."""
        seen: list[str] = []
        for row in self.rows:
            value = row[column] if column < len(row) else ""
            if value and value not in seen:
                seen.append(value)
                if len(seen) >= count:
                    break
        return seen

    def describe(self) -> str:
        """How the file was read, in one French sentence fragment."""
        parts = []
        if self.sheet:
            parts.append(f"feuille « {self.sheet} »")
        if self.encoding:
            parts.append(f"encodage {self.encoding}")
        if self.delimiter:
            parts.append(
                _("séparateur {DELIMITER_NAMES}").format(
                    DELIMITER_NAMES=DELIMITER_NAMES.get(self.delimiter, self.delimiter)
                )
            )
        parts.append(_("en-tête ligne {header_row}").format(header_row=self.header_row))
        return ", ".join(parts)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_table(path: Path | str) -> Table:
    """Read ``path`` (CSV, TSV, TXT or XLSX) into a :class:`Table`."""
    path = Path(path)
    if not path.exists():
        raise UserError(_("Le fichier « {path} » n'existe pas.").format(path=path))
    if path.is_dir():
        raise UserError(
            _("« {path} » est un dossier, pas un fichier d'inscriptions.").format(path=path)
        )
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise too_big(path, path.stat().st_size)
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(
            _("Impossible de lire « {name} » : {value}.").format(
                name=path.name, value=exc.strerror or exc
            )
        ) from exc
    if not data.strip():
        raise UserError(
            _(
                "Le fichier « {name} » est vide : exportez de nouveau la liste depuis votre "
                "outil d'inscription."
            ).format(name=path.name)
        )
    kind = _sniff_kind(path, data)
    if kind == "xlsx":
        return _read_xlsx(path, data)
    return _read_csv(path, data)


def _sniff_kind(path: Path, data: bytes) -> str:
    head = data[:8]
    if head.startswith(b"PK\x03\x04"):
        if _is_xlsx(data):
            return "xlsx"
        raise UserError(
            _(
                "« {name} » est une archive compressée, pas un tableau : ouvrez-la et choisissez "
                "le fichier CSV ou XLSX qu'elle contient."
            ).format(name=path.name)
        )
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError(
            _(
                "« {name} » est au format Excel 97-2003 (.xls), que Katalyze ne lit pas : "
                "ouvrez-le dans Excel ou LibreOffice et enregistrez-le en .xlsx ou en CSV."
            ).format(name=path.name)
        )
    if head.startswith(b"%PDF"):
        raise UserError(
            _(
                "« {name} » est un document PDF, pas un tableau : exportez la liste en CSV ou en "
                "XLSX depuis votre outil d'inscription."
            ).format(name=path.name)
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise UserError(
            _(
                "« {name} » porte l'extension {suffix} mais n'est pas un classeur Excel lisible "
                ": ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau."
            ).format(name=path.name, suffix=path.suffix)
        )
    return "csv"


def _is_xlsx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


# --- CSV -------------------------------------------------------------------


def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """The file's text and the encoding used; binary data is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data[:65536]:
        try:
            text = data.decode("utf-8-sig")
            return text, "UTF-8" + (" (BOM)" if data.startswith(b"\xef\xbb\xbf") else "")
        except UnicodeDecodeError:
            pass
        guess = _guess_encoding(data)
        if guess is not None:
            text, encoding = guess
            if _looks_like_text(text):
                return text, encoding
    raise UserError(
        _(
            "« {name} » n'est pas un fichier texte lisible (on dirait un fichier binaire "
            "renommé) : exportez la liste en CSV ou en XLSX depuis votre outil d'inscription."
        ).format(name=path.name)
    )


def _guess_encoding(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    encoding = best.encoding.lower()
    single_byte_latin = (
        encoding.startswith(("cp125", "iso8859", "latin", "mac", "windows")) or encoding == "ascii"
    )
    if single_byte_latin:
        # French files from Excel are Windows-1252; detectors often answer a
        # neighbour (cp1250, latin-1) that mangles Œ or the euro sign.
        try:
            return data.decode("cp1252"), "Windows-1252"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_like_text(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return False
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\r\n\t")
    return controls / len(sample) < 0.01


def sniff_delimiter(text: str) -> str:
    """``;``, ``,`` or tab: the one that splits the first records most consistently."""
    lines = text.splitlines()[:60]
    sample = "\n".join(lines)
    best, best_key = ",", (-1.0, -1)
    for delimiter in DELIMITERS:
        try:
            records = [r for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r]
        except csv.Error:
            continue
        counts = Counter(len(r) for r in records if len(r) > 1)
        if not counts:
            continue
        mode, consistent = counts.most_common(1)[0]
        share = consistent / max(1, len(records))
        key = (round(min(share, 0.6), 2), mode)
        if key > best_key:
            best, best_key = delimiter, key
    return best


def _read_csv(path: Path, data: bytes) -> Table:
    text, encoding = decode_text(path, data)
    check_first_lines(path, text)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    limits = Limits(path)
    try:
        for number, record in enumerate(reader, start=1):
            limits.check(number, record)
            records.append((number, record))
            if len(records) > MAX_DATA_ROWS + HEADER_SEARCH_ROWS + 1:
                raise _too_many(path)
    except csv.Error as exc:
        raise UserError(
            _(
                "« {name} », ligne {line_num} : le fichier CSV est mal formé ({exc}) ; ouvrez-le "
                "dans un tableur et enregistrez-le de nouveau en CSV."
            ).format(name=path.name, line_num=reader.line_num, exc=exc)
        ) from exc
    return _build_table(path, records, encoding=encoding, delimiter=delimiter)


def _too_many(path: Path) -> UserError:
    limit = f"{MAX_DATA_ROWS:,}".replace(",", " ")
    return UserError(
        _(
            "« {name} » compte plus de {limit} lignes de données : ce n'est sans doute pas "
            "une liste d'inscrits. Vérifiez le fichier choisi, ou découpez-le en plusieurs "
            "fichiers."
        ).format(name=path.name, limit=limit)
    )


# --- XLSX ------------------------------------------------------------------


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Oui" if value else "Non"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.hour == value.minute == value.second == 0:
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _read_xlsx(path: Path, data: bytes) -> Table:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    unzipped = unzipped_size(path, data)
    if unzipped > MAX_UNZIPPED_BYTES:
        raise too_big(path, unzipped, unzipped=True)
    # A full read holds every cell, and openpyxl makes one object per merged
    # cell: large or widely merged workbooks are streamed.
    streaming = unzipped > XLSX_FULL_READ_LIMIT or merged_area(data) > MAX_CELLS
    if streaming:
        data = with_dimensions(data)
    hostile = xml_errors()
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=streaming, data_only=True)
    except hostile as exc:
        raise hostile_xml(path) from exc
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise (hostile_xml(path) if is_hostile_xml(exc) else unreadable_xlsx(path, exc)) from exc
    candidates: list[Table] = []
    limits = Limits(path)
    try:
        for sheet in workbook.worksheets:
            records = _sheet_records(path, sheet, streaming, limits)
            if not any(any(cell for cell in r) for _, r in records):
                continue
            candidates.append(_build_table(path, records, sheet=sheet.title))
    except hostile as exc:
        raise hostile_xml(path) from exc
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError) as exc:
        raise unreadable_xlsx(path, exc) from exc
    finally:
        workbook.close()
    if not candidates:
        raise UserError(
            _(
                "Le classeur « {name} » ne contient aucune donnée : exportez de nouveau la liste "
                "depuis votre outil d'inscription."
            ).format(name=path.name)
        )
    from katalyze.importing.mapping import header_score

    return max(candidates, key=lambda t: (header_score(t.headers), -candidates.index(t)))


def _sheet_records(
    path: Path, sheet: object, streaming: bool, limits: Limits
) -> list[tuple[int, list[str]]]:
    # Merged cells filled downwards, by row; a range is clipped to what a list
    # can hold, so that one "A1:XFD1048576" costs nothing.
    last_row = MAX_DATA_ROWS + HEADER_SEARCH_ROWS + 1
    fill: dict[int, dict[int, str]] = {}
    if not streaming:
        for merged in list(sheet.merged_cells.ranges):  # type: ignore[attr-defined]
            if merged.max_row == merged.min_row:
                continue  # a title or group label spread over columns: keep it once
            top = _cell_text(sheet.cell(merged.min_row, merged.min_col).value)  # type: ignore[attr-defined]
            for row in range(merged.min_row, min(merged.max_row, last_row) + 1):
                for col in range(merged.min_col, min(merged.max_col, MAX_COLUMNS + 1) + 1):
                    fill.setdefault(row, {})[col] = top
    records: list[tuple[int, list[str]]] = []
    blank_run = 0
    # Never wider than a list may be (a full read makes every cell it is asked for).
    width = getattr(sheet, "max_column", None)
    width = min(width, MAX_COLUMNS + 1) if width else None
    rows = sheet.iter_rows(values_only=True, max_col=width)  # type: ignore[attr-defined]
    for number, row_values in enumerate(rows, start=1):
        values = row_values[: MAX_COLUMNS + 1]
        cells = [_cell_text(v).strip() for v in values[: _filled_width(values)]]
        limits.check(number, cells)
        for col, text in fill.get(number, {}).items():
            if col > len(cells):
                cells += [""] * (col - len(cells))
            if not cells[col - 1]:
                cells[col - 1] = text
        if not any(cells):
            blank_run += 1
            if blank_run > MAX_BLANK_RUN:
                break  # styled empty rows down to the sheet's end: the data is over
        else:
            blank_run = 0
        records.append((number, cells))
        if len(records) > last_row and any(cells):
            raise _too_many(path)
    return records


def _filled_width(values: Sequence[object]) -> int:
    """Where a row's trailing empty cells start (a row is padded to the
    sheet's width: skip them without a Python step per cell when possible)."""
    if values.count(None) == len(values):
        return 0
    filled = [v is not None for v in values]
    return len(filled) - filled[::-1].index(True)


# --- shared ----------------------------------------------------------------


def _build_table(
    path: Path,
    records: Sequence[tuple[int, list[str]]],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> Table:
    from katalyze.importing.mapping import header_score

    cleaned = [(n, [c.strip() for c in r]) for n, r in records]
    non_empty = [(i, n, r) for i, (n, r) in enumerate(cleaned) if any(r)]
    if not non_empty:
        raise UserError(
            _(
                "Le fichier « {name} » ne contient aucune ligne : exportez de nouveau la liste "
                "depuis votre outil d'inscription."
            ).format(name=path.name)
        )
    header_index = _find_header(non_empty[:HEADER_SEARCH_ROWS], header_score)
    header_number = cleaned[header_index][0]
    headers = cleaned[header_index][1]
    data = cleaned[header_index + 1 :]
    width = max([len(headers)] + [_used_width(r) for _, r in data])
    headers = _pad(headers, width)
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    blank = 0
    for number, record in data:
        if not any(record):
            blank += 1
            continue
        rows.append(tuple(_pad(record, width)))
        numbers.append(number)
    if len(rows) > MAX_DATA_ROWS:
        raise _too_many(path)
    # Trailing blank rows (styled empty lines of a sheet) are not worth a mention.
    trailing = 0
    for _number, record in reversed(data):
        if any(record):
            break
        trailing += 1
    width_used = max([_used_width(headers)] + [_used_width(list(r)) for r in rows] + [1])
    headers = headers[:width_used]
    rows = [r[:width_used] for r in rows]
    return Table(
        path=path,
        headers=tuple(headers),
        rows=tuple(rows),
        row_numbers=tuple(numbers),
        header_row=header_number,
        sheet=sheet,
        encoding=encoding,
        delimiter=delimiter,
        blank_rows=blank - trailing,
    )


def _used_width(cells: Sequence[str]) -> int:
    for i in range(len(cells), 0, -1):
        if cells[i - 1]:
            return i
    return 0


def _pad(cells: Iterable[str], width: int) -> list[str]:
    out = list(cells)[:width]
    return out + [""] * (width - len(out))


def _find_header(candidates: Sequence[tuple[int, int, list[str]]], score_fn) -> int:  # type: ignore[no-untyped-def]
    """Index (in the records) of the header: the best-recognised row near the
    top; else the first row with several distinct cells."""
    best_index, best_score = None, 0
    for index, _number, cells in candidates:
        distinct = {c for c in cells if c}
        if len(distinct) < 2 and len(candidates) > 1:
            continue  # a title, possibly merged across columns
        score = score_fn(cells)
        if score > best_score:
            best_index, best_score = index, score
    if best_index is not None:
        return best_index
    for index, _number, cells in candidates:
        if len({c for c in cells if c}) >= 2:
            return index
    return candidates[0][0]

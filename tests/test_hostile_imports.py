"""Issue 10, imports: a hostile spreadsheet (nested XML entities, a zip bomb,
a million columns, too many cells, a giant cell) is refused early with a
sentence naming the file, never a traceback nor minutes of work."""

from __future__ import annotations

import io
import time
import zipfile

import openpyxl
import pytest

from katalyze.errors import UserError
from katalyze.importing import limits
from katalyze.importing.reading import read_table

ENTITIES = (
    '<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">\n'
        for n in range(1, 10)
    )
    + "]>\n"
)


def workbook_bytes(rows: list[list[object]]) -> bytes:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def replace_part(data: bytes, name: str, content: bytes) -> bytes:
    """``data`` (an XLSX) with the part ``name`` replaced by ``content``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = content if info.filename == name else source.read(info.filename)
            target.writestr(info.filename, body)
    return out.getvalue()


SHEET = "xl/worksheets/sheet1.xml"
HEADER = [["Nom", "Prénom", "E-mail"], ["Martin", "Léa", "lea@exemple.fr"]]


def test_nested_entities_in_a_sheet_are_a_sentence(tmp_path) -> None:
    # Reproduces "ParseError: limit on input amplification factor" (traceback).
    data = workbook_bytes(HEADER)
    sheet = zipfile.ZipFile(io.BytesIO(data)).read(SHEET).decode()
    body = sheet.replace("Martin", "&lol9;", 1)
    bomb = tmp_path / "bombe.xlsx"
    bomb.write_bytes(replace_part(data, SHEET, (ENTITIES + body).encode()))
    with pytest.raises(UserError, match=r"bombe\.xlsx.*entités"):
        read_table(bomb)


def test_nested_entities_in_the_workbook_part_are_a_sentence(tmp_path) -> None:
    data = workbook_bytes(HEADER)
    part = zipfile.ZipFile(io.BytesIO(data)).read("xl/workbook.xml").decode()
    part = part.split("?>", 1)[-1].replace('name="Sheet"', 'name="&lol9;"')
    bomb = tmp_path / "bombe.xlsx"
    bomb.write_bytes(replace_part(data, "xl/workbook.xml", (ENTITIES + part).encode()))
    with pytest.raises(UserError, match=r"bombe\.xlsx"):
        read_table(bomb)


def test_a_sheet_that_unzips_too_large_is_refused_from_the_zip_directory(
    tmp_path, monkeypatch
) -> None:
    # The 656 KB file of 217 MB of XML, scaled down: the limit is lowered.
    monkeypatch.setattr(limits, "MAX_UNZIPPED_BYTES", 1_000_000)
    import katalyze.importing.reading as reading

    monkeypatch.setattr(reading, "MAX_UNZIPPED_BYTES", 1_000_000)
    data = workbook_bytes(HEADER)
    row = '<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{row * 40_000}</sheetData></worksheet>"
    )
    bomb = tmp_path / "gonfle.xlsx"
    bomb.write_bytes(replace_part(data, SHEET, sheet.encode()))
    assert bomb.stat().st_size < 100_000
    with pytest.raises(UserError, match=r"gonfle\.xlsx.*décompressé"):
        read_table(bomb)


def test_a_csv_of_a_million_columns_is_refused_in_seconds(tmp_path) -> None:
    wide = tmp_path / "large.csv"
    wide.write_bytes(b"a;" * 1_000_000 + b"a\n" + b"1;" * 1_000_000 + b"1\n")
    start = time.process_time()
    with pytest.raises(UserError, match=r"large\.csv.*ligne 1 : plus de 1000 colonnes"):
        read_table(wide)
    assert time.process_time() - start < 5  # CPU time: minutes before the fix


def test_a_wide_line_further_down_is_refused_too(tmp_path) -> None:
    lines = ["Nom;Prénom"] * 40 + [";".join(["x"] * 2000)]
    wide = tmp_path / "large.csv"
    wide.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(UserError, match=r"large\.csv.*ligne 41 : plus de 1000 colonnes"):
        read_table(wide)


def test_a_sheet_with_too_many_columns_is_refused(tmp_path) -> None:
    path = tmp_path / "large.xlsx"
    path.write_bytes(workbook_bytes([["Nom", "Prénom"], ["x"] * 1500]))
    with pytest.raises(UserError, match=r"large\.xlsx.*ligne 2 : plus de 1000 colonnes"):
        read_table(path)


def test_too_many_cells_and_a_giant_cell_are_refused(tmp_path, monkeypatch) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(limits, "MAX_CELLS", 100)
        path = tmp_path / "cellules.csv"
        path.write_text("\n".join(["Nom;Prénom;Courriel"] + ["a;b;c"] * 40), encoding="utf-8")
        with pytest.raises(UserError, match="100 cellules"):
            read_table(path)
    giant = tmp_path / "geante.csv"
    giant.write_text("Nom;Notes\nMartin;" + "x" * 40_000 + "\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"geante\.csv.*ligne 2, colonne B"):
        read_table(giant)


def test_a_file_too_heavy_is_refused_before_reading(tmp_path, monkeypatch) -> None:
    import katalyze.importing.reading as reading

    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1000)
    heavy = tmp_path / "lourd.csv"
    heavy.write_text("Nom;Prénom\n" + "Martin;Léa\n" * 200, encoding="utf-8")
    with pytest.raises(UserError, match=r"lourd\.csv.*Mo"):
        read_table(heavy)


def test_an_ordinary_workbook_still_reads(tmp_path) -> None:
    path = tmp_path / "inscrits.xlsx"
    path.write_bytes(workbook_bytes(HEADER))
    table = read_table(path)
    assert table.headers == ("Nom", "Prénom", "E-mail")
    assert table.rows == (("Martin", "Léa", "lea@exemple.fr"),)


def test_cli_import_of_a_bomb_is_one_line(tmp_path, capsys, db_path) -> None:
    from katalyze.cli.main import main

    data = workbook_bytes(HEADER)
    sheet = zipfile.ZipFile(io.BytesIO(data)).read(SHEET).decode()
    bomb = tmp_path / "bombe.xlsx"
    bomb.write_bytes(
        replace_part(data, SHEET, (ENTITIES + sheet.replace("Martin", "&lol9;")).encode())
    )
    assert main(["import", "participants", str(bomb), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "bombe.xlsx" in err and "Traceback" not in err and "ParseError" not in err


def test_a_merge_over_the_whole_sheet_costs_nothing(tmp_path) -> None:
    data = workbook_bytes(HEADER)
    sheet = zipfile.ZipFile(io.BytesIO(data)).read(SHEET).decode()
    merged = sheet.replace(
        "</sheetData>",
        '</sheetData><mergeCells count="1"><mergeCell ref="D1:XFD1048576"/></mergeCells>',
    )
    path = tmp_path / "fusion.xlsx"
    path.write_bytes(replace_part(data, SHEET, merged.encode()))
    start = time.process_time()
    table = read_table(path)
    assert time.process_time() - start < 5
    assert table.headers[:3] == ("Nom", "Prénom", "E-mail")


def test_styled_empty_rows_down_to_the_end_are_not_read(tmp_path) -> None:
    data = workbook_bytes(HEADER)
    sheet = zipfile.ZipFile(io.BytesIO(data)).read(SHEET).decode()
    empty = "".join(f'<row r="{n}"><c r="A{n}" s="0"/></row>' for n in range(3, 40_000))
    path = tmp_path / "styles.xlsx"
    path.write_bytes(
        replace_part(data, SHEET, sheet.replace("</sheetData>", empty + "</sheetData>").encode())
    )
    table = read_table(path)
    assert table.rows == (("Martin", "Léa", "lea@exemple.fr"),)

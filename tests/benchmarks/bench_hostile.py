"""Benchmark: how fast and how lightly hostile files are refused (issue 10).

Builds, in a temporary folder, the files of the attack report: an XLSX of
about 650 KB whose sheet unzips to 217 MB, an XLSX whose sheet declares
nested XML entities, and a 9.9 MB CSV of 1,000,000 columns. Each is read by
``read_table`` in a fresh child process, which prints the time to the refusal
and its peak memory (``resource.getrusage``, the whole process, interpreter
and libraries included). Goal: under 5 s and 300 MB each.

Run: ``.venv/bin/python tests/benchmarks/bench_hostile.py``
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

GOAL_SECONDS = 5.0
GOAL_MB = 300.0
SHEET = "xl/worksheets/sheet1.xml"

CHILD = r"""
import json, resource, sys, time
start = time.perf_counter()
from katalyze.errors import UserError
from katalyze.importing.reading import read_table
try:
    read_table(sys.argv[1])
    outcome = "accepted"
except UserError as exc:
    outcome = "refused: " + str(exc)[:90]
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
print(json.dumps({"seconds": elapsed, "mb": peak, "outcome": outcome}))
"""


def base_workbook() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Nom", "Prénom", "E-mail"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def with_sheet(path: Path, write_sheet) -> None:  # type: ignore[no-untyped-def]
    source = zipfile.ZipFile(io.BytesIO(base_workbook()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info in source.infolist():
            if info.filename == SHEET:
                with target.open(SHEET, "w", force_zip64=True) as out:
                    write_sheet(out)
            else:
                target.writestr(info.filename, source.read(info.filename))


def repeated_xlsx(path: Path, head: bytes, chunk: bytes, megabytes: int) -> None:
    """A workbook whose sheet is ``head`` then ``chunk`` repeated to ``megabytes``."""

    def write(out) -> None:  # type: ignore[no-untyped-def]
        out.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
        out.write(b"<sheetData>" + head)
        written = 0
        while written < megabytes * 1_000_000:
            out.write(chunk)
            written += len(chunk)
        out.write(b"</sheetData></worksheet>")

    with_sheet(path, write)


def inflated_xlsx(path: Path) -> None:
    """217 MB of sheet XML (rows of two names) in a zip of under 1 MB."""
    row = b'<row><c t="inlineStr"><is><t>Martin</t></is></c><c t="inlineStr"><is><t>L\xc3\xa9a</t></is></c></row>'
    repeated_xlsx(path, b"", row * 10_000, 217)


def empty_rows_xlsx(path: Path) -> None:
    """Just under the unzip limit: one header, then styled empty rows, and no
    ``<dimension>`` (as some generators write it)."""
    head = (
        b'<row><c t="inlineStr"><is><t>Nom</t></is></c>'
        b'<c t="inlineStr"><is><t>Courriel</t></is></c></row>'
    )
    repeated_xlsx(path, head, b'<row><c s="0"/><c s="0"/></row>' * 10_000, 48)


def merged_xlsx(path: Path) -> None:
    """A few bytes: one merge over the whole sheet (a cell object each in a full read)."""
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row><c t="inlineStr"><is><t>Nom</t></is></c>'
        '<c t="inlineStr"><is><t>Courriel</t></is></c></row></sheetData>'
        '<mergeCells count="1"><mergeCell ref="C1:XFD1048576"/></mergeCells></worksheet>'
    )
    with_sheet(path, lambda out: out.write(sheet.encode()))


def entities_xlsx(path: Path) -> None:
    entities = "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    sheet = (
        f'<!DOCTYPE lolz [<!ENTITY lol "lol">{entities}]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row><c t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>'
        "</worksheet>"
    )
    with_sheet(path, lambda out: out.write(sheet.encode()))


def wide_csv(path: Path) -> None:
    line = b";".join([b"abcd"] * 1_000_000)
    path.write_bytes(line + b"\n" + line + b"\n")


def measure(path: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO), "LANGUAGE": "fr", "PATH": "/usr/bin:/bin"},
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        cases = [
            ("XLSX, sheet unzipping to 217 MB", Path(folder) / "gonfle.xlsx", inflated_xlsx),
            ("XLSX, nested XML entities", Path(folder) / "entites.xlsx", entities_xlsx),
            ("CSV, 1,000,000 columns", Path(folder) / "large.csv", wide_csv),
            ("XLSX, 48 MB of styled empty rows", Path(folder) / "vide.xlsx", empty_rows_xlsx),
            ("XLSX, one merge over the whole sheet", Path(folder) / "fusion.xlsx", merged_xlsx),
        ]
        # The last two are not hostile enough to refuse: read in bounded time.
        accepted = {"vide.xlsx", "fusion.xlsx"}
        failed = False
        for label, path, build in cases:
            build(path)
            figures = measure(path)
            ok = figures["seconds"] < GOAL_SECONDS and figures["mb"] < GOAL_MB
            expected = "accepted" if path.name in accepted else "refused"
            ok = ok and str(figures["outcome"]).startswith(expected)
            failed |= not ok
            print(
                f"{label:<34} file={path.stat().st_size / 1e6:6.2f} MB  "
                f"answered in {figures['seconds']:5.2f} s  peak={figures['mb']:6.1f} MB  "
                f"goal <{GOAL_SECONDS:g} s, <{GOAL_MB:g} MB  {'OK' if ok else 'OVER GOAL'}",
                flush=True,
            )
            print(f"    {figures['outcome']}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

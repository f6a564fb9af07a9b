"""``katalyze --self-test``: a packaged build checks itself in seconds.

In a temporary folder: a new event file (so the shipped migrations run), a
small demo evening, a badge PDF whose QR code is read back from the PDF itself
and decoded with zxing-cpp, a small placement solved with HiGHS, and every
export written. Nothing outside the temporary folder is touched. Fronts may
add their own checks (the app adds Qt's: translations, icon, multimedia).
"""

from __future__ import annotations

import base64
import re
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from katalyze.i18n import _, ngettext

# A check takes the temporary folder and returns a short detail; it raises on failure.
Check = Callable[[Path], str]

# The QR code is one filled path of integer rectangles in module units
# (katalyze.badges.draw.draw_qr): "col row width height re" lines, then "f".
_QR_PATH = re.compile(rb"((?:\d+ \d+ \d+ \d+ re\s+)+)f\b")
_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.S)


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float


def _decoded(raw: bytes) -> bytes:
    """A stream's bytes through reportlab's filters (Flate, maybe ASCII85 first)."""
    data = raw
    if raw.rstrip().endswith(b"~>"):
        data = base64.a85decode(raw.strip().removeprefix(b"<~").removesuffix(b"~>"))
    try:
        return zlib.decompressobj().decompress(data)  # a trailing end-of-line is ignored
    except zlib.error:
        return data


def qr_grids_in_pdf(pdf: bytes, scale: int = 4, quiet: int = 4) -> list[object]:
    """Each QR code drawn in ``pdf``, rasterised from the PDF's own drawing
    operators into a grey image (numpy array, dark modules black)."""
    import numpy as np

    grids: list[object] = []
    for raw in _STREAM.findall(pdf):
        for block in _QR_PATH.findall(_decoded(raw)):
            rects = [tuple(map(int, line.split()[:4])) for line in block.splitlines() if line]
            size = max(max(c + w, r + h) for c, r, w, h in rects)
            image = np.full(((size + 2 * quiet) * scale,) * 2, 255, dtype=np.uint8)
            for c, r, w, h in rects:
                top, left = (r + quiet) * scale, (c + quiet) * scale
                image[top : top + h * scale, left : left + w * scale] = 0
            grids.append(image)
    return grids


def _check_event(folder: Path, state: dict[str, object]) -> str:
    from katalyze.db import open_database
    from katalyze.db.engine import SCHEMA_HEAD, current_revision
    from katalyze.demo import build_demo

    db = open_database(folder / "self-test.katalyze", create=True)
    state["db"] = db
    revision = current_revision(db.engine)
    if revision != SCHEMA_HEAD:
        raise RuntimeError(
            _("schéma {found} au lieu de {expected}").format(found=revision, expected=SCHEMA_HEAD)
        )
    summary = build_demo(db, participants=36, stage="arrived", tables=3, seed=1)
    return _("schéma {revision}, {people} participants, {tables} tables").format(
        revision=revision, people=summary.participants, tables=summary.projects
    )


def _check_badges(folder: Path, state: dict[str, object]) -> str:
    import zxingcpp

    from katalyze.badges import render_badges, select_badges

    db = state["db"]
    run = render_badges(db, folder / "badges.pdf", mark_printed=False)  # type: ignore[arg-type]
    codes = {badge.code for badge in select_badges(db)}  # type: ignore[arg-type]
    grids = qr_grids_in_pdf(run.path.read_bytes())
    decoded = [
        found.text
        for grid in grids
        for found in zxingcpp.read_barcodes(grid, formats=zxingcpp.BarcodeFormat.QRCode)
    ]
    if not decoded or len(decoded) != len(grids) or not set(decoded) <= codes:
        raise RuntimeError(
            _("{read} codes QR lus sur {drawn} dessinés").format(
                read=len(decoded), drawn=len(grids)
            )
        )
    return _("{badges} badges sur {pages} pages, {read} codes QR relus").format(
        badges=run.count, pages=run.pages, read=len(decoded)
    )


def _check_placement(_folder: Path, state: dict[str, object]) -> str:
    from katalyze.assignment.placement import place

    report = place(state["db"], rounds=2, present_only=True, seed=0)  # type: ignore[arg-type]
    if not report.persons or len(report.rounds_status) != report.rounds:
        raise RuntimeError(_("placement non résolu"))
    proven = sum(1 for s in report.rounds_status if s.optimal)
    return _("{people} personnes placées sur {rounds} tours ({proven} prouvés optimaux)").format(
        people=len(report.persons), rounds=report.rounds, proven=proven
    )


def _check_exports(folder: Path, state: dict[str, object]) -> str:
    from katalyze.exports.service import export_all

    result = export_all(state["db"], folder / "export")  # type: ignore[arg-type]
    empty = [f.path.name for f in result.files if not f.path.exists() or f.path.stat().st_size == 0]
    if not result.files or empty:
        raise RuntimeError(_("fichiers vides : {names}").format(names=", ".join(empty)))
    return _("{count} fichiers écrits").format(count=len(result.files))


def run_checks(
    extra: Sequence[tuple[str, Check]] = (), out: TextIO | None = None
) -> list[CheckResult]:
    """Run every check in a temporary folder, printing one line each."""
    out = out or sys.stdout
    state: dict[str, object] = {}
    core: list[tuple[str, Callable[[Path], str]]] = [
        (_("événement et migrations"), lambda f: _check_event(f, state)),
        (_("badges PDF et codes QR"), lambda f: _check_badges(f, state)),
        (_("placement"), lambda f: _check_placement(f, state)),
        (_("exports"), lambda f: _check_exports(f, state)),
    ]
    results: list[CheckResult] = []
    with tempfile.TemporaryDirectory(prefix="katalyze-self-test-") as tmp:
        folder = Path(tmp)
        try:
            for name, check in [*core, *extra]:
                started = time.perf_counter()
                try:
                    detail, ok = check(folder), True
                except Exception as exc:  # a self-test reports every failure as a line
                    detail, ok = f"{type(exc).__name__}: {exc}", False
                result = CheckResult(name, ok, detail, time.perf_counter() - started)
                results.append(result)
                mark = "ok" if ok else _("ÉCHEC")
                print(f"  {mark:5} {name} — {detail} ({result.seconds:.1f} s)", file=out)
                if not ok and "db" not in state:
                    break  # no event: the other checks cannot run
        finally:
            db = state.get("db")
            if db is not None:
                db.close()  # type: ignore[attr-defined]
    return results


def self_test(extra: Sequence[tuple[str, Check]] = (), out: TextIO | None = None) -> int:
    """The ``--self-test`` command: 0 when every check passed, 1 otherwise."""
    from katalyze import __version__

    out = out or sys.stdout
    frozen = bool(getattr(sys, "frozen", False))
    print(
        _("Katalyze {version} : auto-test ({kind})").format(
            version=__version__, kind=_("version installée") if frozen else _("sources")
        ),
        file=out,
    )
    started = time.perf_counter()
    results = run_checks(extra, out)
    failed = [r for r in results if not r.ok]
    seconds = time.perf_counter() - started
    if failed:
        print(
            ngettext(
                "Auto-test en échec : {failed} vérification sur {total}.",
                "Auto-test en échec : {failed} vérifications sur {total}.",
                len(failed),
            ).format(failed=len(failed), total=len(results)),
            file=out,
        )
        return 1
    print(
        _("Auto-test réussi : {total} vérifications en {seconds} s.").format(
            total=len(results), seconds=f"{seconds:.1f}"
        ),
        file=out,
    )
    return 0

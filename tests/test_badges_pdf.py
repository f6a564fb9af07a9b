"""Badge PDFs: the demo's badges scan and check in, every name renders, layouts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm

from katalyze.badges import LAYOUTS, render_badges, select_badges
from katalyze.badges.draw import qr_matrix
from katalyze.badges.textfit import LINE_HEIGHT, fit_text, missing_glyphs
from katalyze.checkin.codes import format_code, new_code
from katalyze.checkin.service import check_in_code, reissue_badge
from katalyze.errors import Cancelled, UserError
from katalyze.participants import (
    ParticipantDraft,
    add_participant,
    list_participants,
    set_cancelled,
)
from katalyze.pdf_fonts import register_fonts

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdftoppm, pdftotext) not installed",
)


def rasterise(pdf: Path, folder: Path, dpi: int = 150) -> list[Path]:
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(folder / "page")],
        check=True,
    )
    return sorted(folder.glob("page*.png"))


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def decode_pages(pages: list[Path]) -> list[str]:
    found: list[str] = []
    for page in pages:
        with Image.open(page) as image:
            found.extend(
                r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
            )
    return found


@needs_poppler
def test_acceptance_demo_badges_scan_and_check_in(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from katalyze.demo import build_demo

    build_demo(db, participants=120, stage="registered", seed=1)
    people = list_participants(db)
    assert len(people) == 120
    cancelled = [p.id for p in people if p.cancelled]
    out = tmp_path / "badges.pdf"
    run = render_badges(db, out, layout="a4-8", participant_ids=[p.id for p in people])
    assert (run.count, run.pages) == (120, 15)

    pages = rasterise(out, tmp_path)
    assert len(pages) == 15
    decoded = decode_pages(pages)
    assert len(decoded) == 120
    codes = {p.id: p.badge_code for p in list_participants(db)}
    assert set(decoded) == set(codes.values())

    by_code = {code: pid for pid, code in codes.items()}
    statuses = [check_in_code(db, code, "Entrée 1") for code in decoded]
    for result in statuses:
        assert result.participant_id == by_code[result.code]
    # The demo cancels a few registrations: they answer "cancelled"; once the
    # organisers restore them, their badges check in like the others.
    assert sorted(r.participant_id for r in statuses if r.status == "cancelled") == sorted(
        cancelled
    )
    first_ok = sum(r.status == "ok" for r in statuses)
    assert first_ok == 120 - len(cancelled)
    restored_ok = 0
    for pid in cancelled:
        set_cancelled(db, pid, False)
        restored_ok += check_in_code(db, codes[pid], "Entrée 1").status == "ok"
    assert first_ok + restored_ok == 120

    again = [check_in_code(db, code, "Entrée 2").status for code in decoded]
    assert again == ["already"] * 120

    foreign = [check_in_code(db, new_code(f"last year {i}")).status for i in range(20)]
    assert foreign == ["foreign"] * 20


HOSTILE = [
    ("Zoé", "Lefèvre-D'Aubigné"),
    ("Jean-François", "O'Connor & Fils"),
    ("<script>", "alert('x') </b>"),
    ("Nguyễn Thị", "Ánh Tuyết"),
    ("Đặng", "Quốc Bảo"),
    ("Ægir", "Øster-Œuvre"),
    ("Marie-Christine-Eugénie-Bernadette", "de La Rochefoucauld-Montmorency-Laval"),
    ("Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft", "X"),
    ("李", "小龙"),
    ("محمد", "العلي"),
    ("", "Seulnom"),
]


def _add_people(
    db, names: list[tuple[str, str]], organisation: str = "Coop & Cie <SCIC>"
) -> list[int]:  # type: ignore[no-untyped-def]
    return [
        add_participant(
            db, ParticipantDraft(first_name=f, last_name=last, organisation=organisation)
        ).id
        for f, last in names
    ]


@needs_poppler
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_hostile_names_render_in_every_layout(db, tmp_path: Path, layout: str) -> None:  # type: ignore[no-untyped-def]
    _add_people(db, HOSTILE)
    out = tmp_path / f"{layout}.pdf"
    run = render_badges(db, out, layout=layout, show_table=True)
    assert run.count == len(HOSTILE)
    text = pdf_text(out)
    flat = " ".join(text.split())
    joined = flat.replace(" ", "")
    for first, last in HOSTILE[:6]:
        for word in f"{first} {last}".split():
            assert word in joined, (layout, word)
    # Long names are wrapped or shrunk, never cut: every word is in the PDF.
    for word in (
        "Marie-Christine-Eugénie-Bernadette",
        "Rochefoucauld-Montmorency-Laval",
        "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft",
    ):
        assert word in joined, (layout, word)
    assert "Coop & Cie <SCIC>" in flat
    for p in list_participants(db):
        assert format_code(p.badge_code or "") in flat
    # Scripts the font lacks are reported, not fatal.
    assert any("李" in note for note in run.missing_glyphs)
    assert any("محمد" in note for note in run.missing_glyphs)  # right-to-left, unshaped
    assert not any("Nguyễn" in note for note in run.missing_glyphs)
    # Every QR code of the sheet still decodes.
    pages = rasterise(out, tmp_path)
    decoded = decode_pages(pages)
    assert sorted(decoded) == sorted(p.badge_code for p in list_participants(db))


def test_fit_text_shrinks_wraps_and_never_cuts() -> None:
    fonts = register_fonts()
    box_w, box_h = 55 * mm, 25 * mm
    short = fit_text(
        [["Léa Martin"], ["Léa", "Martin"]],
        fonts.bold,
        max_size=24,
        min_size=6,
        box_width=box_w,
        box_height=box_h,
    )
    assert short.lines == ("Léa Martin",) and short.size == 24
    two = fit_text(
        [["Stéphane Haddad-Lefebvre"], ["Stéphane", "Haddad-Lefebvre"]],
        fonts.bold,
        max_size=24,
        min_size=6,
        box_width=box_w,
        box_height=box_h,
    )
    assert len(two.lines) == 2 and two.size < 24
    for fitted, text in ((short, "Léa Martin"), (two, "Stéphane Haddad-Lefebvre")):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        assert " ".join(fitted.lines) == text
        assert all(stringWidth(x, fonts.bold, fitted.size) <= box_w for x in fitted.lines)
        assert len(fitted.lines) * fitted.size * LINE_HEIGHT <= box_h + 0.01
    huge = fit_text(
        "W" * 120, fonts.bold, max_size=24, min_size=6, box_width=box_w, box_height=box_h
    )
    assert huge.lines == ("W" * 120,) and huge.size == 6 and huge.hscale < 1


def test_missing_glyphs_and_qr_size() -> None:
    assert missing_glyphs("Nguyễn Thị Ánh, Œuvre & <b>") == ""
    assert set(missing_glyphs("李小龙")) == set("李小龙")
    matrix = qr_matrix("BCDFGHJKNP")
    assert len(matrix) == 21  # version 1: the smallest QR code


def test_selection_sorting_and_printed_marks(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _add_people(db, [("Émile", "Zola"), ("éric", "Abel"), ("Anne", "durand"), ("Al", "Élan")])
    set_cancelled(db, ids[3], True)
    assert [b.last_name for b in select_badges(db)] == ["Abel", "durand", "Zola"]
    assert [b.last_name for b in select_badges(db, [ids[3], ids[0]])] == ["Élan", "Zola"]
    with pytest.raises(UserError, match="introuvable"):
        select_badges(db, [ids[0], 999])

    first = render_badges(db, tmp_path / "one.pdf", participant_ids=[ids[1]])
    assert first.participant_ids == (ids[1],)
    rest = render_badges(db, tmp_path / "rest.pdf", only_unprinted=True)
    assert set(rest.participant_ids) == {ids[0], ids[2]}
    with pytest.raises(UserError, match="déjà été imprimés"):
        render_badges(db, tmp_path / "none.pdf", only_unprinted=True)
    reissue_badge(db, ids[2])  # a lost badge must be printed again
    again = render_badges(db, tmp_path / "again.pdf", only_unprinted=True)
    assert again.participant_ids == (ids[2],)


def test_page_counts_and_sizes_per_layout(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _add_people(db, [(f"Prénom{i}", f"Nom{i}") for i in range(17)])
    expected = {"a4-8": 3, "a6": 17, "avery-l7163": 2, "avery-l7165": 3}
    for key, pages in expected.items():
        out = tmp_path / f"{key}.pdf"
        run = render_badges(db, out, layout=key, mark_printed=False)
        reader = PdfReader(out)
        assert run.pages == len(reader.pages) == pages
        box = reader.pages[0].mediabox
        assert round(float(box.width) / mm, 1) == LAYOUTS[key].page[0]
        assert round(float(box.height) / mm, 1) == LAYOUTS[key].page[1]


def test_label_geometry_fits_the_sheet() -> None:
    for layout in LAYOUTS.values():
        page_w, page_h = layout.page
        badge_w, badge_h = layout.badge
        right = layout.left + (layout.columns - 1) * layout.h_pitch + badge_w
        bottom = layout.top + (layout.rows - 1) * layout.v_pitch + badge_h
        assert right <= page_w + 1e-6 and bottom <= page_h + 1e-6, layout.key
        # Sheets are symmetric: same margin left and right, top and bottom.
        assert abs(layout.left - (page_w - right)) < 0.06, layout.key
        assert abs(layout.top - (page_h - bottom)) < 0.06, layout.key


def test_cancelled_export_leaves_no_file_and_marks_nothing(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _add_people(db, [(f"P{i}", f"N{i}") for i in range(30)])
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "badges.pdf"

    def progress(done: int, total: int, message: str = "") -> None:
        if done >= 10:
            raise Cancelled()

    with pytest.raises(Cancelled):
        render_badges(db, out, progress=progress)
    assert list(folder.iterdir()) == []
    run = render_badges(db, out, only_unprinted=True)
    assert run.count == 30


def test_bad_output_and_layout_are_user_errors(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _add_people(db, [("A", "B")])
    with pytest.raises(UserError, match="Mise en page inconnue"):
        render_badges(db, tmp_path / "x.pdf", layout="a3-99")
    with pytest.raises(UserError, match=r"\.pdf"):
        render_badges(db, tmp_path / "x.docx")
    with pytest.raises(UserError, match="n'existe pas"):
        render_badges(db, tmp_path / "missing" / "x.pdf")


# --- command line ------------------------------------------------------------------


def test_cli_badges_and_checkin(db, db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from katalyze.cli.main import main

    ids = _add_people(db, [("Zoé", "Lefèvre"), ("Ana", "Nguyễn")])
    db.close()
    out = tmp_path / "b.pdf"
    assert (
        main(["badges", "--db", str(db_path), "--out", str(out), "--layout", "a6", "--json"]) == 0
    )
    summary = json.loads(capsys.readouterr().out)
    assert summary["count"] == 2 and summary["pages"] == 2 and out.exists()

    assert main(["list", "participants", "--db", str(db_path), "--json"]) == 0
    codes = {p["id"]: p["badge_code"] for p in json.loads(capsys.readouterr().out)}
    code = codes[ids[0]]
    args = ["checkin", "--db", str(db_path), "--station", "Entrée 1"]
    assert main([*args, code, format_code(code).lower(), "NOPE", new_code("other")]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["status"] for x in lines] == ["ok", "already", "invalid", "foreign"]
    assert lines[0]["participant_id"] == ids[0] and lines[0]["checked_in_at"]
    assert set(lines[0]) == {"code", "status", "participant_id", "table", "checked_in_at"}

    assert main([*args, "--undo", code]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "undone"
    assert main([*args, code]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "ok"

    assert main(["badges", "--db", str(db_path), "--out", str(out), "--only-unprinted"]) == 1
    assert "déjà été imprimés" in capsys.readouterr().err
    assert main(["badges", "--db", str(tmp_path / "nope.katalyze"), "--out", str(out)]) == 1
    assert "Aucun événement" in capsys.readouterr().err
    assert main(["badges", "--db", str(db_path), "--out", str(out), "--ids", "1,x"]) == 1
    err = capsys.readouterr().err
    assert "x" in err and "Traceback" not in err


def test_cli_checkin_reads_codes_from_stdin(db, db_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import io
    import json

    from katalyze.checkin.service import issue_missing_codes
    from katalyze.cli.main import main

    ids = _add_people(db, [("Zoé", "Lefèvre"), ("Ana", "Nguyễn")])
    issue_missing_codes(db)
    codes = {p.id: p.badge_code for p in list_participants(db)}
    db.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{codes[ids[0]]}\n\n]Q1{codes[ids[1]]}\r\n"))
    assert main(["checkin", "--db", str(db_path)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(x["status"], x["participant_id"]) for x in lines] == [("ok", ids[0]), ("ok", ids[1])]

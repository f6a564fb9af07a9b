"""The Accueil screen driven as a volunteer would: scanner bursts, typed names,
walk-ins, undo, scans during a dialog, the webcam, and every outcome's look."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

pytest.importorskip("PySide6")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from katalyze.checkin import service
from katalyze.checkin.codes import ALPHABET, check_letters, event_tag, format_code, new_code
from katalyze.db.models import CheckIn, Event, Participant, ScanLog
from katalyze.demo import build_demo
from katalyze.participants import list_participants, set_cancelled
from katalyze.text import fold
from ui.accueil import AccueilScreen
from ui.accueil.burst import ScanRecognizer
from ui.accueil.camera import RepeatFilter, decode_qr
from ui.accueil.feedback import LOOKS
from ui.accueil.sounds import FAMILY_OF_STATUS, TONES, sound_file
from ui.context import EventContext, EventSignals, app_settings
from ui.worker import DbWorker

SCANNER_GAP = 4.0  # ms between a scanner's characters
HUMAN_GAP = 140.0  # ms between a person's keys


# --- fixtures ---------------------------------------------------------------------


@pytest.fixture
def demo_db(db):
    build_demo(db, participants=120, stage="registered", seed=1)
    service.issue_missing_codes(db)
    return db


@pytest.fixture
def people(demo_db):
    return [p for p in list_participants(demo_db) if not p.cancelled]


class Clock:
    """The time the screen's key handling sees, moved by the test."""

    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def screen(qtbot, demo_db):
    settings = app_settings()
    settings.setValue("accueil/station", "Entrée 1")
    settings.setValue("accueil/sound", "false")
    worker = DbWorker()
    ctx = EventContext(demo_db, worker, EventSignals(), settings)
    widget = AccueilScreen(ctx)
    qtbot.addWidget(widget)
    # Key events carry this clock's time as their timestamp: the screen must
    # not care (scans are told by content), the tests vary it to prove so.
    clock = Clock()
    widget.field.clock = clock
    with qtbot.waitSignal(widget.index_ready, timeout=10000):
        widget.resize(1366, 768)
        widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget.field, timeout=3000)
    yield widget
    worker.wait_idle()
    widget.camera.shutdown()
    worker.shutdown()


def type_keys(qtbot, widget, text: str, gap_ms: float, clock: Clock) -> None:
    """Type ``text`` into ``widget`` as a keyboard would (any character,
    accents included), ``gap_ms`` apart on the screen's clock."""
    for char in text:
        clock.now += gap_ms
        key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(int(clock.now))
            QApplication.sendEvent(widget, event)


def press(qtbot, widget, key, clock: Clock, gap_ms: float = SCANNER_GAP, modifier=None) -> None:
    clock.now += gap_ms
    if modifier is None:
        qtbot.keyClick(widget, key)
    else:
        qtbot.keyClick(widget, key, modifier)


def checked_in(db, participant_id: int) -> bool:
    with db.sessions.begin() as session:
        return (
            session.scalar(select(CheckIn).where(CheckIn.participant_id == participant_id))
            is not None
        )


# --- the burst rule, without Qt ------------------------------------------------------


def test_recognizer_tells_a_code_from_a_name() -> None:
    secret = "s3cret"
    tag = event_tag(secret)
    body = tag + "BCDFG"
    code = body + check_letters(body)
    recognizer = ScanRecognizer(tag=tag)
    assert all(recognizer.key(c) is None for c in "Marie Dupont")
    assert recognizer.terminator() is False  # a person's Enter
    # A code after typed text is still a scan; its typed characters are named.
    for c in "Jean " + code[:-1]:
        assert recognizer.key(c) is None
    scan = recognizer.key(code[-1])
    assert scan is not None and scan.code == code and scan.typed == code
    assert recognizer.terminator() is True  # the scanner's Enter, swallowed
    # Lower case and the printed groups come out the same.
    typed = format_code(code).lower()
    scans = [recognizer.key(c) for c in typed]
    assert scans[-1] is not None and scans[-1].code == code and scans[-1].typed == typed
    # Another event's well-formed code counts when it stands alone only.
    other_tag = next(t for t in (event_tag(f"x{i}") for i in range(50)) if t != tag)
    other = other_tag + "KNPRS" + check_letters(other_tag + "KNPRS")
    recognizer.reset()
    assert [recognizer.key(c) for c in other][-1].code == other
    recognizer.reset()
    assert [recognizer.key(c) for c in "B" + other][-1] is None
    # A mistyped code (one letter changed) is text, not a scan.
    wrong = code[:4] + ALPHABET[(ALPHABET.index(code[4]) + 1) % 17] + code[5:]
    recognizer.reset()
    assert all(recognizer.key(c) is None for c in wrong)


def test_repeat_filter_counts_a_badge_in_view_once() -> None:
    now = [0.0]
    repeat = RepeatFilter(seconds=4, clock=lambda: now[0])
    assert repeat.accept("BCD FGHJK NP")
    now[0] = 1.0
    assert not repeat.accept("bcdfghjknp")  # same code, still in view
    now[0] = 4.5
    assert not repeat.accept("BCDFGHJKNP")  # seen 3.5 s ago: still the same showing
    now[0] = 9.0
    assert repeat.accept("BCDFGHJKNP")  # gone for 4.5 s, shown again
    assert repeat.accept("XXXXXXXXXX")


def test_sounds_are_distinct_wav_files() -> None:
    assert set(FAMILY_OF_STATUS.values()) == set(TONES)
    contents = {family: sound_file(family).read_bytes() for family in TONES}
    assert len(set(contents.values())) == len(TONES)
    assert all(data[:4] == b"RIFF" and len(data) > 4000 for data in contents.values())


# --- scanning -------------------------------------------------------------------------


def _scan(qtbot, screen, widget, code: str, gap_ms: float, terminator: str):
    clock = screen.field.clock
    clock.now += 1000
    with qtbot.waitSignal(screen.result_shown, timeout=5000) as shown:
        type_keys(qtbot, widget, code, gap_ms, clock)
    if terminator == "enter":
        press(qtbot, widget, Qt.Key.Key_Return, clock, gap_ms)
    elif terminator == "tab":
        press(qtbot, widget, Qt.Key.Key_Tab, clock, gap_ms)
    return shown.args[0]


def test_scans_are_recognised_at_any_speed(qtbot, screen, people) -> None:
    """5, 20, 40 and 80 ms per key, ended by Enter, Tab or nothing: a scan
    each time, checked in on its last letter; the terminator is swallowed."""
    cases = [(gap, end) for gap in (5, 20, 40, 80) for end in ("enter", "tab", "none")]
    for person, (gap, end) in zip(people[3:], cases, strict=False):
        result = _scan(qtbot, screen, screen.field, person.badge_code, gap, end)
        assert (result.status, result.participant_id) == ("ok", person.id), (gap, end)
        assert result.station == "Entrée 1"
        assert screen.feedback.status == "ok"
        assert screen.feedback.name.text() == person.full_name
        assert screen.field.text() == ""
        assert QApplication.focusWidget() is screen.field
        assert checked_in(screen.ctx.db, person.id)
    # Every terminator belonged to its scan: none was taken for a person's Enter.
    assert screen.feedback.status == "ok" and screen.feedback.shown_count == len(cases)


def test_a_name_typed_at_scanner_speed_stays_text(qtbot, screen, people) -> None:
    clock = screen.field.clock
    shown: list = []
    screen.result_shown.connect(shown.append)
    for typed in ("Marie-Claire Dubois", "Bénédicte Kervadec", "STEPHANE BRUNET"):
        screen.field.clear()
        with qtbot.waitSignal(screen.search_shown, timeout=3000):
            type_keys(qtbot, screen.field, typed, 30, clock)
        assert screen.field.text() == typed
        assert screen.lists.currentIndex() == 1  # searched, as a name
    assert shown == []


def test_scanner_with_spaces_and_lower_case_still_checks_in(qtbot, screen, people) -> None:
    person = people[8]
    clock = screen.field.clock
    with qtbot.waitSignal(screen.result_shown, timeout=5000) as shown:
        type_keys(qtbot, screen.field, format_code(person.badge_code).lower(), SCANNER_GAP, clock)
        press(qtbot, screen.field, Qt.Key.Key_Return, clock)
    assert shown.args[0].status == "ok" and shown.args[0].participant_id == person.id


def test_scan_after_half_typed_name_keeps_the_name(qtbot, screen, people) -> None:
    person = people[10]
    clock = screen.field.clock
    type_keys(qtbot, screen.field, "Ma", HUMAN_GAP, clock)
    clock.now += 500
    with qtbot.waitSignal(screen.result_shown, timeout=5000) as shown:
        type_keys(qtbot, screen.field, person.badge_code, SCANNER_GAP, clock)
        press(qtbot, screen.field, Qt.Key.Key_Return, clock)
    assert shown.args[0].participant_id == person.id


def _unique_accented(people):
    counts: dict[str, int] = {}
    for p in people:
        counts[fold(p.full_name)] = counts.get(fold(p.full_name), 0) + 1
    for p in people:
        accented = any(ord(c) > 127 for c in p.full_name)
        if accented and counts[fold(p.full_name)] == 1 and p.checked_in_at is None:
            return p
    pytest.fail("the demo has no participant with an accented name")


@pytest.mark.parametrize("accents", [True, False])
def test_typed_name_then_enter_checks_in(qtbot, screen, people, accents) -> None:
    person = _unique_accented(people)
    typed = person.full_name if accents else fold(person.full_name)
    clock = screen.field.clock
    with qtbot.waitSignal(screen.search_shown, timeout=3000):
        type_keys(qtbot, screen.field, typed, HUMAN_GAP, clock)
    # Live results under the field, the right person first.
    assert screen.lists.currentIndex() == 1
    assert screen.matches.match_at(0).participant.id == person.id
    with qtbot.waitSignal(screen.result_shown, timeout=5000) as shown:
        press(qtbot, screen.field, Qt.Key.Key_Return, clock, HUMAN_GAP)
    assert shown.args[0].status == "ok"
    assert shown.args[0].participant_id == person.id
    assert checked_in(screen.ctx.db, person.id)
    assert QApplication.focusWidget() is screen.field


def test_arrow_keys_and_click_pick_a_result(qtbot, screen, people) -> None:
    clock = screen.field.clock
    last = people[20].last_name
    type_keys(qtbot, screen.field, last[:3], HUMAN_GAP, clock)
    assert screen.matches.rowCount() >= 2, "need two matches to move between"
    press(qtbot, screen.field, Qt.Key.Key_Down, clock, HUMAN_GAP)
    second = screen.matches.match_at(1).participant
    assert screen.results.currentIndex().row() == 1
    with qtbot.waitSignal(screen.result_shown, timeout=5000) as shown:
        press(qtbot, screen.field, Qt.Key.Key_Enter, clock, HUMAN_GAP)
    assert shown.args[0].participant_id == second.id
    # A click on a card checks that person in, and the field keeps the keyboard.
    type_keys(qtbot, screen.field, last[:3], HUMAN_GAP, clock)
    rect = screen.results.visualRect(screen.matches.index(0, 0))
    first = screen.matches.match_at(0).participant
    with qtbot.waitSignal(screen.result_shown, timeout=5000) as shown:
        qtbot.mouseClick(screen.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown.args[0].participant_id == first.id
    assert QApplication.focusWidget() is screen.field


# --- undo, walk-in, dialogs -------------------------------------------------------------


def test_undo_takes_back_the_last_check_in(qtbot, screen, people) -> None:
    person = people[5]
    clock = screen.field.clock
    with qtbot.waitSignal(screen.result_shown, timeout=5000):
        type_keys(qtbot, screen.field, person.badge_code, SCANNER_GAP, clock)
        press(qtbot, screen.field, Qt.Key.Key_Return, clock)
    assert checked_in(screen.ctx.db, person.id)
    assert screen.undo_button.isEnabled()
    with qtbot.waitSignal(screen.check_in_undone, timeout=5000) as undone:
        press(qtbot, screen.field, Qt.Key.Key_Z, clock, 500, Qt.KeyboardModifier.ControlModifier)
    assert undone.args == [person.id]
    assert not checked_in(screen.ctx.db, person.id)
    assert screen.feedback.status == "undone"
    assert person.full_name in screen.feedback.name.text()
    assert not screen.undo_button.isEnabled()
    with screen.ctx.db.sessions.begin() as session:
        outcomes = list(
            session.scalars(
                select(ScanLog.outcome)
                .where(ScanLog.participant_id == person.id)
                .order_by(ScanLog.id)
            )
        )
    assert outcomes == ["ok", "undone"]
    # Scanning again is a first arrival again.
    with qtbot.waitSignal(screen.result_shown, timeout=5000) as shown:
        type_keys(qtbot, screen.field, person.badge_code, SCANNER_GAP, clock)
        press(qtbot, screen.field, Qt.Key.Key_Return, clock)
    assert shown.args[0].status == "ok"


def _open_walk_in(qtbot, screen):
    clock = screen.field.clock
    press(qtbot, screen.field, Qt.Key.Key_N, clock, 500, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen._dialog is not None and screen._dialog.isVisible(), timeout=3000)
    dialog = screen._dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.first_name, timeout=3000)
    return dialog


def test_walk_in_registered_and_checked_in_with_badge(qtbot, screen, tmp_path) -> None:
    opened: list[Path] = []
    screen.open_document = opened.append
    dialog = _open_walk_in(qtbot, screen)
    clock = screen.field.clock
    type_keys(qtbot, dialog.first_name, "Zoé", HUMAN_GAP, clock)
    dialog.last_name.setFocus()
    type_keys(qtbot, dialog.last_name, "Lefèvre-Nguyễn", HUMAN_GAP, clock)
    dialog.organisation.setFocus()
    type_keys(qtbot, dialog.organisation, "Les Jardins d'Ici", HUMAN_GAP, clock)
    dialog.role.setCurrentIndex(dialog.role.findText("Étudiant·e"))
    dialog.print_badge.setChecked(True)
    dialog.organisation.setFocus()
    with qtbot.waitSignal(screen.walk_in_registered, timeout=5000) as registered:
        press(qtbot, dialog.organisation, Qt.Key.Key_Return, clock, HUMAN_GAP)
    result = registered.args[0]
    assert result.status == "ok"
    assert result.full_name == "Zoé Lefèvre-Nguyễn"
    assert result.role == "Étudiant·e"
    assert not dialog.isVisible()
    with screen.ctx.db.sessions.begin() as session:
        person = session.get(Participant, result.participant_id)
        assert person.walk_in and person.badge_code
        assert person.organisation == "Les Jardins d'Ici"
    assert checked_in(screen.ctx.db, result.participant_id)
    qtbot.waitUntil(lambda: bool(opened), timeout=15000)
    assert opened[0].suffix == ".pdf" and opened[0].stat().st_size > 1000
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.field, timeout=3000)
    # The walk-in is found by name at once (the index knows them).
    type_keys(qtbot, screen.field, "zoe lefev", HUMAN_GAP, clock)
    assert screen.matches.match_at(0).participant.id == result.participant_id
    assert "arriv" in screen.matches.data(screen.matches.index(0, 0), Qt.ItemDataRole.UserRole + 3)


def test_walk_in_error_keeps_the_form(qtbot, screen, people) -> None:
    dialog = _open_walk_in(qtbot, screen)
    dialog.last_name.setText("Durand")
    dialog.email.setText(people[0].email or "x@example.org")
    if people[0].email is None:
        pytest.skip("demo participant without e-mail")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert people[0].email in dialog.error.text()
    assert dialog.isVisible() and dialog.last_name.text() == "Durand"


def test_scan_while_a_dialog_is_open_is_not_lost(qtbot, screen, people) -> None:
    person = people[12]
    dialog = _open_walk_in(qtbot, screen)
    clock = screen.field.clock
    type_keys(qtbot, dialog.first_name, "Jea", HUMAN_GAP, clock)
    clock.now += 400
    with qtbot.waitSignal(screen.result_shown, timeout=5000) as shown:
        type_keys(qtbot, dialog.first_name, person.badge_code, SCANNER_GAP, clock)
        press(qtbot, dialog.first_name, Qt.Key.Key_Return, clock)
    assert shown.args[0].status == "ok" and shown.args[0].participant_id == person.id
    assert checked_in(screen.ctx.db, person.id)
    # The scanner's Enter did not submit the form, its letters left the field.
    assert dialog.isVisible()
    assert dialog.first_name.text() == "Jea"
    # And one with no terminator at all, caught by the idle gap.
    other = people[13]
    clock.now += 400
    with qtbot.waitSignal(screen.result_shown, timeout=5000) as shown:
        type_keys(qtbot, dialog.first_name, other.badge_code, SCANNER_GAP, clock)
    assert shown.args[0].participant_id == other.id
    assert dialog.first_name.text() == "Jea"
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.field, timeout=3000)


# --- webcam -------------------------------------------------------------------------------


def _badge_frame(db, participant_id: int, tmp_path: Path) -> QVideoFrame:
    """A 640×480 camera frame showing the person's printed A6 badge."""
    from katalyze.badges import render_badges

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is needed to rasterise the badge")
    pdf = tmp_path / "badge.pdf"
    render_badges(db, pdf, layout="a6", participant_ids=[participant_id], mark_printed=False)
    subprocess.run(
        ["pdftoppm", "-r", "110", "-png", "-singlefile", str(pdf), str(tmp_path / "b")], check=True
    )
    page = QImage(str(tmp_path / "b.png"))
    assert not page.isNull()
    frame = QImage(640, 480, QImage.Format.Format_RGB32)
    frame.fill(QColor("#5a5048"))  # a table seen by the webcam
    from PySide6.QtGui import QPainter

    painter = QPainter(frame)
    scaled = page.scaledToHeight(470, Qt.TransformationMode.SmoothTransformation)
    painter.drawImage((640 - scaled.width()) // 2, 5, scaled)
    painter.end()
    return QVideoFrame(frame)


def test_webcam_frame_checks_in_once(qtbot, screen, people, tmp_path) -> None:
    person = people[30]
    frame = _badge_frame(screen.ctx.db, person.id, tmp_path)
    assert decode_qr(frame), "the rendered badge's QR must decode"
    with qtbot.waitSignal(screen.result_shown, timeout=5000) as shown:
        screen.camera.sink.setVideoFrame(frame)
    assert shown.args[0].status == "ok" and shown.args[0].participant_id == person.id
    # The badge stays in front of the camera: later frames do not scan it again.
    for _ in range(3):
        qtbot.waitUntil(lambda: not screen.camera.decoder.busy, timeout=3000)
        screen.camera.sink.setVideoFrame(frame)
    qtbot.waitUntil(lambda: not screen.camera.decoder.busy, timeout=3000)
    screen.ctx.worker.wait_idle()
    with screen.ctx.db.sessions.begin() as session:
        scans = session.scalar(
            select(func.count()).select_from(ScanLog).where(ScanLog.participant_id == person.id)
        )
    assert scans == 1


def test_no_camera_is_said_plainly(qtbot, screen, monkeypatch) -> None:
    from PySide6.QtMultimedia import QCameraDevice, QMediaDevices

    monkeypatch.setattr(QMediaDevices, "defaultVideoInput", staticmethod(lambda: QCameraDevice()))
    qtbot.mouseClick(screen.camera_button, Qt.MouseButton.LeftButton)
    assert not screen.camera_button.isChecked()
    assert not screen.camera.isVisible()
    assert "caméra" in screen.hint.text().lower() or "camera" in screen.hint.text().lower()
    assert QApplication.focusWidget() is screen.field


# --- every outcome's look --------------------------------------------------------------------


def _unknown_code(db) -> str:
    with db.sessions.begin() as session:
        secret = session.scalar(select(Event.secret))
    tag = event_tag(secret)
    body = tag + ALPHABET[-5:]
    return body + check_letters(body)


def _invalid(code: str) -> str:
    i = 4
    replacement = next(c for c in ALPHABET if c != code[i])
    return code[:i] + replacement + code[i + 1 :]


EXPECTED_WORDS = {
    "ok": "BIENVENUE",
    "already": "DÉJÀ",
    "invalid": "INVALIDE",
    "unknown": "INCONNU",
    "foreign": "AUTRE ÉVÉNEMENT",
    "cancelled": "ANNULÉE",
    "replaced": "REMPLACÉ",
}


def test_every_outcome_has_its_colour_word_and_sound(qtbot, screen, people) -> None:
    from ui.i18n import install_translators

    translators = install_translators(QApplication.instance(), "fr")
    try:
        db = screen.ctx.db
        a, b, c = people[40], people[41], people[42]
        set_cancelled(db, b.id)
        old_code = c.badge_code
        service.reissue_badge(db, c.id)
        scans = [
            ("ok", a.badge_code),
            ("already", a.badge_code),
            ("invalid", _invalid(a.badge_code)),
            ("unknown", _unknown_code(db)),
            ("foreign", new_code("another event's secret")),
            ("cancelled", b.badge_code),
            ("replaced", old_code),
        ]
        clock = screen.field.clock
        backgrounds = set()
        for status, code in scans:
            clock.now += 1000
            with qtbot.waitSignal(screen.result_shown, timeout=5000) as shown:
                type_keys(qtbot, screen.field, code, SCANNER_GAP, clock)
                press(qtbot, screen.field, Qt.Key.Key_Return, clock)
            assert shown.args[0].status == status
            assert screen.feedback.status == status
            assert EXPECTED_WORDS[status] in screen.feedback.headline.text(), status
            assert screen._background == QColor(LOOKS[status].background)
            assert screen.sounds.last_family == FAMILY_OF_STATUS[status]
            assert screen.feedback.message.text() or status == "ok"
            backgrounds.add(LOOKS[status].background)
            if status in ("ok", "already", "cancelled", "replaced"):
                assert screen.feedback.name.text() != ""
        assert len(backgrounds) == 5  # green, amber, red, grey, purple
        # Cancelled: the volunteer may check the person in anyway.
        clock.now += 1000
        with qtbot.waitSignal(screen.result_shown, timeout=5000):
            type_keys(qtbot, screen.field, b.badge_code, SCANNER_GAP, clock)
            press(qtbot, screen.field, Qt.Key.Key_Return, clock)
        assert screen.feedback.confirm.isVisible()
        with qtbot.waitSignal(screen.result_shown, timeout=5000) as shown:
            qtbot.mouseClick(screen.feedback.confirm, Qt.MouseButton.LeftButton)
        assert shown.args[0].status == "ok" and shown.args[0].participant_id == b.id
        assert QApplication.focusWidget() is screen.field
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)


def test_counters_and_latest_arrivals_follow(qtbot, screen, people) -> None:
    clock = screen.field.clock
    for person in people[50:53]:
        clock.now += 1000
        with qtbot.waitSignal(screen.result_shown, timeout=5000):
            type_keys(qtbot, screen.field, person.badge_code, SCANNER_GAP, clock)
            press(qtbot, screen.field, Qt.Key.Key_Return, clock)
    # A counters reload already under way may show the list a moment before
    # the last arrival: wait for the settled list (latest first).
    qtbot.waitUntil(
        lambda: (
            screen.arrivals.rowCount() == 3
            and screen.arrivals.arrival_at(0).participant_id == people[52].id
        ),
        timeout=5000,
    )
    assert screen.total.text().startswith("3 arrived of ")
    total_arrived = sum(
        int(screen.role_counts.data(screen.role_counts.index(r, 1)).split(" / ")[0])
        for r in range(screen.role_counts.rowCount())
    )
    assert total_arrived == 3


def test_name_and_table_stay_readable_at_1366(qtbot, screen, people) -> None:
    longest = max(people, key=lambda p: len(p.full_name))
    with qtbot.waitSignal(screen.result_shown, timeout=5000):
        screen.check_in_code(longest.badge_code)
    qtbot.wait(0)
    name = screen.feedback.name
    assert name.fitted_px() >= 40  # large from two metres
    from PySide6.QtGui import QFont, QFontMetrics

    font = QFont(name.font())
    font.setPixelSize(name.fitted_px())
    font.setBold(True)
    assert QFontMetrics(font).horizontalAdvance(name.text()) <= name.width()


def test_code_typed_by_hand_checks_in(qtbot, screen, people) -> None:
    """A volunteer reads the printed code aloud and types it, spaces included."""
    person = people[60]
    clock = screen.field.clock
    typed = format_code(person.badge_code)
    type_keys(qtbot, screen.field, typed[:-1], HUMAN_GAP, clock)
    assert screen.field.text() == typed[:-1]  # not a code yet: text
    # Its last letter completes a well-formed code: checked in at once.
    with qtbot.waitSignal(screen.result_shown, timeout=5000) as shown:
        type_keys(qtbot, screen.field, typed[-1], HUMAN_GAP, clock)
    assert shown.args[0].status == "ok" and shown.args[0].participant_id == person.id
    assert screen.field.text() == ""


def test_a_mistyped_code_says_invalid_on_enter(qtbot, screen, people) -> None:
    code = people[61].badge_code
    wrong = code[:4] + ALPHABET[(ALPHABET.index(code[4]) + 1) % 17] + code[5:]
    clock = screen.field.clock
    # Text that may still be a code is searched a moment later (display only).
    with qtbot.waitSignal(screen.search_shown, timeout=3000):
        type_keys(qtbot, screen.field, wrong, HUMAN_GAP, clock)
    assert "code" in screen.hint.text().lower()
    with qtbot.waitSignal(screen.result_shown, timeout=5000) as shown:
        press(qtbot, screen.field, Qt.Key.Key_Return, clock, HUMAN_GAP)
    assert shown.args[0].status == "invalid"


def test_station_name_is_asked_once(qtbot, demo_db) -> None:
    from PySide6.QtWidgets import QInputDialog

    settings = app_settings()
    settings.remove("accueil/station")
    worker = DbWorker()
    ctx = EventContext(demo_db, worker, EventSignals(), settings)
    try:
        first = AccueilScreen(ctx)
        qtbot.addWidget(first)
        first.show()
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QInputDialog))
        dialog = QApplication.activeModalWidget()
        dialog.setTextValue("Entrée Nord")
        dialog.accept()
        assert first.station == "Entrée Nord"
        assert "Entrée Nord" in first.station_label.text()
        first.close()
        second = AccueilScreen(ctx)
        qtbot.addWidget(second)
        second.show()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is second.field, timeout=3000)
        assert QApplication.activeModalWidget() is None
        assert second.station == "Entrée Nord"
        worker.wait_idle()
    finally:
        worker.shutdown()


# --- the answer's life, scans in every dialog -------------------------------------------


def test_the_answer_gives_way_to_ready(qtbot, screen, people) -> None:
    screen.feedback.ready_after_ms = 60  # the setting, short for the test
    first = _scan(qtbot, screen, screen.field, people[0].badge_code, 20, "enter")
    assert first.status == "ok" and screen.feedback.status == "ok"
    assert screen.feedback.ready_pending()
    with qtbot.waitSignal(screen.feedback.ready_shown, timeout=5000):
        pass
    assert screen.feedback.status == "idle"
    assert "Entrée 1" in screen.feedback.details.text()
    # Two welcomes in a row differ: a new number, a new flash.
    count = screen.feedback.shown_count
    screen.feedback.ready_after_ms = 60_000
    _scan(qtbot, screen, screen.field, people[1].badge_code, 20, "enter")
    assert screen.feedback.shown_count == count + 1
    _scan(qtbot, screen, screen.field, people[2].badge_code, 20, "enter")
    assert screen.feedback.shown_count == count + 2
    assert screen.feedback.flash.state() == screen.feedback.flash.State.Running


def test_an_invalid_code_does_not_stay_red(qtbot, screen, people) -> None:
    screen.feedback.ready_after_ms = 60
    clock = screen.field.clock
    type_keys(qtbot, screen.field, "BCDFGHJKNB", HUMAN_GAP, clock)
    with qtbot.waitSignal(screen.result_shown, timeout=5000) as shown:
        press(qtbot, screen.field, Qt.Key.Key_Return, clock, HUMAN_GAP)
    assert shown.args[0].status == "invalid" and screen.feedback.status == "invalid"
    qtbot.waitUntil(lambda: screen.feedback.status == "idle", timeout=5000)


@pytest.mark.parametrize("field", ["first_name", "last_name", "organisation", "email"])
def test_a_code_typed_into_the_walk_in_form_is_a_scan(qtbot, screen, people, field) -> None:
    person = people[20]
    dialog = _open_walk_in(qtbot, screen)
    edit: QLineEdit = getattr(dialog, field)
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit, timeout=3000)
    type_keys(qtbot, edit, "Lé", HUMAN_GAP, screen.field.clock)
    result = _scan(qtbot, screen, edit, person.badge_code, 40, "enter")
    assert (result.status, result.participant_id) == ("ok", person.id)
    assert checked_in(screen.ctx.db, person.id)
    # The code left the field, the scanner's Enter did not submit the form.
    assert edit.text() == "Lé" and dialog.isVisible()
    dialog.reject()


def test_a_code_typed_into_the_station_dialog_is_a_scan(qtbot, screen, people) -> None:
    person = people[21]
    screen._ask_station()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QInputDialog))
    dialog = QApplication.activeModalWidget()
    edit = dialog.findChild(QLineEdit)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit, timeout=3000)
    edit.selectAll()
    before = edit.text()
    for gap in (5, 80):
        result = _scan(qtbot, screen, edit, person.badge_code, gap, "enter")
        assert result.participant_id == person.id
        # The pre-filled, selected name the scan replaced key by key is back.
        assert edit.text() == before and edit.selectedText() == before
    assert dialog.isVisible()
    assert screen.station == "Entrée 1"  # the code never became the station's name
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.field, timeout=3000)


def test_walk_in_form_checks_the_name_and_keeps_consent_and_wishes(qtbot, screen) -> None:
    from katalyze.projects import list_projects

    projects = list_projects(screen.ctx.db)
    dialog = _open_walk_in(qtbot, screen)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "name" in dialog.error.text().lower()
    assert dialog.isVisible()
    dialog.last_name.setText(new_code("another secret"))  # pasted, not typed: no scan
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "badge code" in dialog.error.text() and dialog.isVisible()
    dialog.first_name.setText("Hoa")
    dialog.last_name.setText("Tran")
    dialog.consent.setChecked(True)
    dialog.wishes[0].setCurrentIndex(dialog.wishes[0].findData(projects[2].id))
    dialog.wishes[1].setCurrentIndex(dialog.wishes[1].findData(projects[0].id))
    with qtbot.waitSignal(screen.walk_in_registered, timeout=5000) as registered:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    with screen.ctx.db.sessions.begin() as session:
        person = session.get(Participant, registered.args[0].participant_id)
        assert person.consent_contact
        assert [w.project_id for w in sorted(person.wishes, key=lambda w: w.rank)] == [
            projects[2].id,
            projects[0].id,
        ]


def test_undoing_a_walk_in_leaves_no_phantom_and_can_be_taken_back(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: screen.counters.counts is not None, timeout=5000)
    before = screen.counters.counts.expected
    dialog = _open_walk_in(qtbot, screen)
    dialog.last_name.setText("Nguyen")
    with qtbot.waitSignal(screen.walk_in_registered, timeout=5000) as registered:
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    pid = registered.args[0].participant_id
    qtbot.waitUntil(lambda: screen.counters.counts.expected == before + 1, timeout=5000)
    with qtbot.waitSignal(screen.check_in_undone, timeout=5000):
        screen.undo_last()
    qtbot.waitUntil(lambda: screen.counters.counts.expected == before, timeout=5000)
    assert all(p.id != pid for p in list_participants(screen.ctx.db))
    assert screen.feedback.confirm.isVisible()  # "Register Nguyen again"
    with qtbot.waitSignal(screen.walk_in_registered, timeout=5000) as again:
        qtbot.mouseClick(screen.feedback.confirm, Qt.MouseButton.LeftButton)
    assert again.args[0].status == "ok" and again.args[0].code == registered.args[0].code
    qtbot.waitUntil(lambda: screen.counters.counts.expected == before + 1, timeout=5000)


def test_sound_is_said_on_only_with_an_audio_output(qtbot, screen) -> None:
    screen.sound_button.setChecked(True)
    screen.sounds.outputs = lambda: []
    screen.sounds.outputs_changed.emit()
    assert "on" not in screen.sound_button.text().split(": ")[-1]
    assert not screen.sound_button.isEnabled()
    screen.sounds.outputs = lambda: ["speaker"]
    screen.sounds.outputs_changed.emit()
    assert screen.sound_button.text() == "Sound: on" and screen.sound_button.isEnabled()


def test_a_scan_into_a_list_of_the_walk_in_form_leaves_it_as_it_was(qtbot, screen, people) -> None:
    person = people[22]
    dialog = _open_walk_in(qtbot, screen)
    dialog.consent.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.consent, timeout=3000)
    result = _scan(qtbot, screen, dialog.consent, format_code(person.badge_code), 20, "enter")
    assert result.participant_id == person.id
    assert not dialog.consent.isChecked()  # its spaces did not tick it
    role = dialog.role.currentIndex()
    dialog.role.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.role, timeout=3000)
    result = _scan(qtbot, screen, dialog.role, people[23].badge_code, 5, "tab")
    assert result.participant_id == people[23].id
    assert dialog.role.currentIndex() == role and dialog.isVisible()
    # A person's key in the list still acts (held only while it may be a code).
    type_keys(qtbot, dialog.consent, " ", HUMAN_GAP, screen.field.clock)
    dialog.reject()

"""One count of people everywhere: the Accueil counter, the Participants status
line and the booklet's summary show the figures an independent count of
``katalyze list participants --json`` gives, in the same words."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from katalyze.attendance import Attendance, attendance, count_attendance
from katalyze.demo import build_demo
from katalyze.participants import list_participants, set_cancelled


def listed_people(db_path: Path) -> list[dict]:
    out = subprocess.run(
        [sys.executable, "-m", "katalyze", "list", "participants", "--db", str(db_path), "--json"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out)


def independent_count(rows: list[dict]) -> dict[str, int]:
    """The figures, from the CLI's JSON, with the rules written out again here."""
    live = [r for r in rows if not r["cancelled"]]
    figures = {
        "total": len(rows),
        "cancelled": sum(1 for r in rows if r["cancelled"]),
        "registered": sum(1 for r in live if not r["walk_in"]),
        "walk_ins": sum(1 for r in live if r["walk_in"]),
        "arrived": sum(1 for r in live if r["checked_in_at"] is not None),
    }
    figures["expected"] = figures["registered"] + figures["walk_ins"]
    figures["not_arrived"] = figures["expected"] - figures["arrived"]
    return figures


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n <= 1 else many}"


def booklet_summary_text(db, tmp_path: Path) -> str:
    from katalyze.exports.booklet import write_booklet
    from katalyze.exports.data import load_evening

    pdf = tmp_path / "livret.pdf"
    write_booklet(load_evening(db), pdf)
    from pypdf import PdfReader

    page = PdfReader(str(pdf)).pages[1]  # cover, then the summary
    return " ".join(page.extract_text().split())


@pytest.fixture
def evening(db, db_path):
    """The 120-person demo, people arrived; then an organiser cancels one
    person who had already checked in (on purpose, afterwards)."""
    build_demo(db, participants=120, stage="arrived", seed=1)
    arrived = next(p for p in list_participants(db) if p.checked_in_at and not p.walk_in)
    set_cancelled(db, arrived.id, True)
    return db


@pytest.fixture
def french(qapp):
    from ui.i18n import install_translators

    translators = install_translators(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_core_count_matches_the_cli_listing(evening, db_path) -> None:
    want = independent_count(listed_people(db_path))
    for figures in (attendance(evening), count_attendance(list_participants(evening))):
        got = {key: getattr(figures, key) for key in want}
        assert got == want
    assert want["registered"] + want["walk_ins"] + want["cancelled"] == want["total"]
    assert want["walk_ins"] >= 3 and want["cancelled"] >= 2 and want["not_arrived"] > 0


def test_the_three_places_show_the_same_figures(qtbot, evening, db_path, tmp_path, french) -> None:
    pytest.importorskip("PySide6")
    from ui.accueil import AccueilScreen
    from ui.app import build_event_context
    from ui.preparation import PreparationScreen

    n = independent_count(listed_people(db_path))
    arrived_of_expected = (
        f"{plural(n['arrived'], 'arrivé·e', 'arrivé·es')} sur "
        f"{plural(n['expected'], 'attendu·e', 'attendu·es')}"
    )

    ctx = build_event_context(str(db_path))
    ctx.settings.setValue("accueil/station", "Entrée 1")
    ctx.settings.setValue("accueil/sound", "false")
    try:
        accueil = AccueilScreen(ctx)
        qtbot.addWidget(accueil)
        with qtbot.waitSignal(accueil.counts_shown, timeout=10000):
            accueil.resize(1366, 768)
            accueil.show()
        assert accueil.counters.total.text() == arrived_of_expected
        assert accueil.counters.detail.text() == (
            f"dont {plural(n['walk_ins'], 'inscrit·e', 'inscrit·es')} à l'accueil · "
            f"encore {plural(n['not_arrived'], 'attendu·e', 'attendu·es')} · "
            f"{plural(n['cancelled'], 'annulé·e', 'annulé·es')}"
        )
        by_role = accueil.role_counts
        pairs = [by_role.data(by_role.index(r, 1)).split(" / ") for r in range(by_role.rowCount())]
        assert sum(int(a) for a, _ in pairs) == n["arrived"]
        assert sum(int(e) for _, e in pairs) == n["expected"]
        accueil.hide()

        preparation = PreparationScreen(ctx)
        qtbot.addWidget(preparation)
        with qtbot.waitSignal(preparation.data_loaded, timeout=10000):
            preparation.resize(1366, 768)
            preparation.show()
        preparation.tabs.setCurrentWidget(preparation.participants_tab)
        assert preparation.participants_tab.count_label.text() == (
            f"{n['total']} fiches · {plural(n['registered'], 'inscrit·e', 'inscrit·es')} · "
            f"{plural(n['walk_ins'], 'inscrit·e', 'inscrit·es')} à l'accueil · {plural(n['cancelled'], 'annulé·e', 'annulé·es')} · "
            f"{arrived_of_expected}"
        )
        ctx.worker.wait_idle()
    finally:
        ctx.close()

    summary = booklet_summary_text(evening, tmp_path)
    assert (
        f"{arrived_of_expected} ({plural(n['registered'], 'inscrit·e', 'inscrit·es')} + "
        f"{n['walk_ins']} inscrit·es à l'accueil) · {plural(n['cancelled'], 'annulé·e', 'annulé·es')} · "
        f"{n['total']} fiches en tout."
    ) in summary
    # The big figures, then the per-role table's total line.
    assert f"{n['registered']} {n['walk_ins']} {n['arrived']}" in summary
    assert f"Total {n['registered']} {n['walk_ins']} {n['cancelled']} {n['arrived']}" in summary


def test_accueil_counts_a_cancelled_person_checked_in_after_all(qtbot, evening, db_path) -> None:
    """Checking a cancelled registration in restores it: the counter moves the
    person from the cancelled to the arrived, as the database does; also for
    somebody cancelled after arriving (the check-in answers *already*)."""
    from ui.accueil import AccueilScreen
    from ui.app import build_event_context

    cancelled = [p for p in list_participants(evening) if p.cancelled]
    never_came = next(p for p in cancelled if p.checked_in_at is None)
    came_before = next(p for p in cancelled if p.checked_in_at is not None)
    ctx = build_event_context(str(db_path))
    ctx.settings.setValue("accueil/station", "Entrée 1")
    ctx.settings.setValue("accueil/sound", "false")
    try:
        screen = AccueilScreen(ctx)
        qtbot.addWidget(screen)
        with qtbot.waitSignal(screen.counts_shown, timeout=10000) as first:
            screen.show()
        before: Attendance = first.args[0].totals
        for step, person in enumerate((never_came, came_before), start=1):
            with qtbot.waitSignal(ctx.signals.participants_changed, timeout=10000):
                screen.check_in_person(person.id, allow_cancelled=True)
            qtbot.waitUntil(
                lambda step=step: (
                    screen.counters.counts.totals.cancelled == before.cancelled - step
                ),
                timeout=10000,
            )
            shown = screen.counters.counts.totals
            assert shown == attendance(evening)
            assert shown.arrived == before.arrived + step
        ctx.worker.wait_idle()
    finally:
        ctx.close()

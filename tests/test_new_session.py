"""``katalyze new-session`` from a finished demo evening: the continuing
projects with their open actions, needs and holders; only consented people;
last year's badges are foreign at the new event."""

from __future__ import annotations

import json
import sqlite3

import pytest

from katalyze.checkin.service import check_in_code
from katalyze.cli.main import main
from katalyze.db import open_database
from katalyze.followup import load_followup, save_review


@pytest.fixture(scope="module")
def last_year(tmp_path_factory):
    path = tmp_path_factory.mktemp("last") / "2026.katalyze"
    assert (
        main(["demo", "--db", str(path), "--participants", "42", "--stage", "done", "--seed", "3"])
        == 0
    )
    return path


def test_new_session_from_a_finished_evening(last_year, tmp_path, capsys) -> None:
    old = open_database(last_year)
    stopped = load_followup(old).projects[-1]
    save_review(old, stopped.id, stage="Projet arrêté", continuing=False)
    before = load_followup(old)
    old.close()
    capsys.readouterr()
    new_path = tmp_path / "2027.katalyze"
    assert main(["new-session", "--from", str(last_year), "--db", str(new_path), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["left_out_projects"] == 1

    raw_old = sqlite3.connect(last_year)
    raw_new = sqlite3.connect(new_path)
    # Projects: every continuing one, the stopped one left out.
    titles = {t for (t,) in raw_new.execute("SELECT title FROM project")}
    assert titles == {p.title for p in before.projects if p.id != stopped.id}
    # Open actions with their owner and due date; nothing done or dropped.
    expected = sorted(
        (a.project_title, a.text, a.owner, a.due, a.status)
        for a in before.actions
        if a.is_open and a.project_id != stopped.id
    )
    after = load_followup(new_db := open_database(new_path))
    got = sorted((a.project_title, a.text, a.owner, a.due, a.status) for a in after.actions)
    assert got == expected and got
    needs = sum(len(p.of_kind("need")) for p in after.projects)
    assert needs == summary["needs"] > 0
    # People: only those who consented (holders included when they did).
    consented = set(
        raw_old.execute(
            "SELECT first_name, last_name, email FROM participant "
            "WHERE consent_contact = 1 AND cancelled = 0"
        )
    )
    carried = set(raw_new.execute("SELECT first_name, last_name, email FROM participant"))
    assert carried == consented
    assert (
        raw_new.execute("SELECT COUNT(*) FROM participant WHERE consent_contact = 0").fetchone()[0]
        == 0
    )
    holders_old = {
        (first, last, title)
        for first, last, title in raw_old.execute(
            "SELECT p.first_name, p.last_name, j.title FROM participant p "
            "JOIN project j ON j.id = p.home_project_id WHERE p.consent_contact = 1"
        )
        if title != stopped.title
    }
    holders_new = set(
        raw_new.execute(
            "SELECT p.first_name, p.last_name, j.title FROM participant p "
            "JOIN project j ON j.id = p.home_project_id"
        )
    )
    assert holders_new == holders_old and holders_new
    assert (
        raw_new.execute("SELECT COUNT(*) FROM participant WHERE badge_code IS NOT NULL").fetchone()[
            0
        ]
        == 0
    )
    # Last year's badges are foreign here.
    codes = [
        c
        for (c,) in raw_old.execute(
            "SELECT badge_code FROM participant WHERE badge_code IS NOT NULL LIMIT 5"
        )
    ]
    assert codes
    assert {check_in_code(new_db, code).status for code in codes} == {"foreign"}
    new_db.close()
    # A second run into the same file is refused, the file left as it was.
    assert main(["new-session", "--from", str(last_year), "--db", str(new_path)]) == 1
    assert "contient déjà un événement" in capsys.readouterr().err


def test_new_session_from_the_app(qtbot, last_year, tmp_path) -> None:
    pytest.importorskip("PySide6")
    from PySide6.QtWidgets import QWidget

    from ui.suivi.next_session import NewSessionFlow

    window = QWidget()
    qtbot.addWidget(window)
    flow = NewSessionFlow(window, str(last_year))
    target = tmp_path / "2027.katalyze"
    with qtbot.waitSignal(flow.created, timeout=30000) as blocker:
        flow.run(str(last_year), str(target))
    assert blocker.args == [str(target)]
    new_db = open_database(target)
    assert load_followup(new_db).projects
    new_db.close()

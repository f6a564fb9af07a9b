"""``katalyze copy`` (file -> PostgreSQL -> file, checked) and ``katalyze doctor``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from katalyze.cli.main import main
from katalyze.db import open_database
from katalyze.demo import build_demo
from katalyze.events import ensure_event
from katalyze.participants import ParticipantDraft, add_participant
from tests.pg_server import PASSWORD

LISTS = ("participants", "projects", "seats", "items")


def _listing(capsys, what: str, target: str) -> list[dict]:
    assert main(["list", what, "--db", target, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module")
def evening(tmp_path_factory) -> Path:
    """A finished demo evening in a file: seats, check-ins, captured items."""
    path = tmp_path_factory.mktemp("copy") / "soiree.katalyze"
    db = open_database(path)
    ensure_event(db)
    build_demo(db, participants=60, tables=5, stage="done", seed=4)
    db.close()
    return path


def test_copy_file_to_server_and_back_gives_the_same_lists(
    capsys, evening, pg_server, tmp_path
) -> None:
    server = pg_server.empty_database()
    assert main(["copy", "--from", str(evening), "--to", server, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["checked"] and report["rows"]["participant"] >= 60  # walk-ins too
    back = tmp_path / "archive.katalyze"
    assert main(["copy", "--from", server, "--to", str(back)]) == 0
    assert "vérifiées" in capsys.readouterr().out
    for what in LISTS:
        original = _listing(capsys, what, str(evening))
        assert original, what
        assert _listing(capsys, what, str(back)) == original, what
    # The server's sequences moved past the copied ids: the evening goes on there.
    db = open_database(server)
    add_participant(db, ParticipantDraft(first_name="Arrivée", last_name="Tardive"))
    db.close()


def test_copy_refuses_a_destination_that_holds_an_event(capsys, evening, tmp_path) -> None:
    other = tmp_path / "other.katalyze"
    assert main(["copy", "--from", str(evening), "--to", str(other)]) == 0
    capsys.readouterr()
    assert main(["copy", "--from", str(evening), "--to", str(other)]) == 1
    assert "--replace" in capsys.readouterr().err
    assert main(["copy", "--from", str(evening), "--to", str(other), "--replace"]) == 0
    assert main(["copy", "--from", str(evening), "--to", str(evening)]) == 1


def test_doctor_reports_each_check(capsys, pg_url) -> None:
    with_password = pg_url.replace("postgres@", f"postgres:{PASSWORD}@")
    assert main(["doctor", "--db", with_password, "--json"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert PASSWORD not in captured.out
    checks = {c["check"]: c for c in report["checks"]}
    assert list(checks) == ["connection", "schema", "clock", "latency"]
    assert all(c["ok"] for c in checks.values())
    assert abs(checks["clock"]["value"]) < 2.0
    down = "postgresql://u:" + PASSWORD + "@127.0.0.1:1/x"
    assert main(["doctor", "--db", down]) == 1
    out = capsys.readouterr().out
    assert "ne répond pas" in out and PASSWORD not in out

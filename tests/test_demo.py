"""The demo event: realistic, deterministic, scalable, and careful with files."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from katalyze.cli.main import main
from katalyze.db import open_database
from katalyze.demo import build_demo, default_tables
from katalyze.errors import UserError
from katalyze.participants import list_participants
from katalyze.projects import list_projects


def _listing(capsys, what: str, db: Path) -> list[dict]:
    assert main(["list", what, "--db", str(db), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_demo_is_realistic(db) -> None:
    summary = build_demo(db, participants=120, seed=1)
    people = list_participants(db)
    projects = list_projects(db)
    assert summary.participants == len(people) == 120
    assert len(projects) == 15
    assert {p.min_seats for p in projects} == {5} and {p.max_seats for p in projects} == {10}
    roles = Counter(p.role_key for p in people)
    # A holder and a host at every table, pinned there; volunteers; a varied crowd.
    assert roles["porteur"] == 15 and roles["animateur"] == 15
    for project in projects:
        staff = [p for p in people if p.home_project_id == project.id]
        assert {p.role_key for p in staff} == {"porteur", "animateur"}
        assert project.holder in {p.full_name for p in staff}
    visitors = [p for p in people if not p.is_staff]
    assert len({p.role_key for p in visitors}) >= 6
    assert max(Counter(p.role_key for p in visitors).values()) < 0.4 * len(visitors)
    assert 0.6 < sum(1 for p in visitors if p.wishes) / len(visitors) < 0.98
    assert all(len(p.wishes) <= 3 and len(set(p.wishes)) == len(p.wishes) for p in people)
    project_ids = {p.id for p in projects}
    assert all(set(p.wishes) <= project_ids for p in people)
    assert any(p.offers for p in visitors) and any(not p.consent_contact for p in people)
    assert len({p.email for p in people}) == 120
    assert sum(p.max_seats for p in projects) >= 120


def test_same_seed_same_event_other_seed_other_event(tmp_path: Path, capsys) -> None:
    outputs = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        path = tmp_path / f"{name}.katalyze"
        assert main(["demo", "--db", str(path), "--seed", str(seed)]) == 0
        capsys.readouterr()
        outputs.append((_listing(capsys, "participants", path), _listing(capsys, "projects", path)))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] != outputs[2][0]


def test_scales_with_more_and_larger_tables(db) -> None:
    build_demo(db, participants=2000, seed=2)
    projects = list_projects(db)
    assert len(projects) == default_tables(2000) == 40
    assert len({p.title for p in projects}) == 40
    assert sum(p.max_seats for p in projects) >= 2000
    assert len(list_participants(db)) == 2000


def test_refuses_an_event_with_people(db) -> None:
    build_demo(db, participants=60, seed=1)
    with pytest.raises(UserError, match="déjà 60 participants"):
        build_demo(db, participants=60, seed=1)
    assert len(list_participants(db)) == 60


def test_cli_errors_are_one_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "x.katalyze"
    assert main(["demo", "--db", str(path), "--participants", "3"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "participants" in err and "Traceback" not in err
    assert main(["demo", "--db", str(path), "--stage", "later"]) == 1
    assert "choix invalide" in capsys.readouterr().err  # LANGUAGE=fr in the tests


def test_replace_rebuilds_the_demo_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.katalyze"
    assert main(["demo", "--db", str(path), "--participants", "60"]) == 0
    assert main(["demo", "--db", str(path), "--participants", "80"]) == 1
    assert main(["demo", "--db", str(path), "--participants", "80", "--replace", "--json"]) == 0
    out = capsys.readouterr().out.strip().splitlines()[-1]
    assert json.loads(out)["participants"] == 80
    assert len(list_participants(open_database(path))) == 80

"""The ``katalyze`` command: commands run in the core; with none, the app opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from katalyze.cli.main import main as core_main


def test_core_cli_without_the_app_asks_for_a_command(capsys) -> None:
    assert core_main([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "katalyze --help" in err


def test_launcher_hands_the_app_to_the_core(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import ui.app
    from ui.launcher import main

    opened: list[str | None] = []
    monkeypatch.setattr(ui.app, "run_app", lambda target: opened.append(target) or 0)
    target = str(tmp_path / "soiree.katalyze")
    assert main([]) == 0
    assert main(["--db", target]) == 0
    assert main([f"--db={target}"]) == 0
    assert opened == [None, target, target]


def test_launcher_runs_commands(tmp_path: Path, capsys) -> None:
    from ui.launcher import main

    db = tmp_path / "d.katalyze"
    assert main(["demo", "--db", str(db), "--participants", "60", "--json"]) == 0
    assert '"participants": 60' in capsys.readouterr().out


def test_console_script_points_at_the_launcher() -> None:
    import tomllib

    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    assert project["project"]["scripts"]["katalyze"] == "ui.launcher:main"

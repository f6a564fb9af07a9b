"""Issue 10: every entry point turns the unexpected into one sentence and a
crash report file in the data folder, never a traceback on screen."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from katalyze.crash import KEEP, crash_folder, report_crash


def reports() -> list[Path]:
    return sorted(crash_folder().glob("crash-*.txt"))


def test_a_report_holds_the_traceback_and_the_sentence_names_it(_katalyze_home) -> None:
    try:
        raise RuntimeError("disque débranché")
    except RuntimeError as exc:
        message = report_crash(exc, "test")
    [path] = reports()
    assert path.parent == _katalyze_home / "crash-reports"
    assert str(path) in message and "RuntimeError: disque débranché" in message
    body = path.read_text(encoding="utf-8")
    assert "Traceback" in body and "disque débranché" in body and "context: test" in body


def test_old_reports_are_pruned() -> None:
    for n in range(KEEP + 5):
        report_crash(ValueError(n))
    assert len(reports()) == KEEP


def test_an_unwritable_data_folder_still_gives_a_sentence(monkeypatch, tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("KATALYZE_HOME", str(blocker / "home"))
    assert "n'a pas pu être enregistré" in report_crash(ValueError("x"))


def test_cli_unexpected_error_is_one_sentence_and_a_report(monkeypatch, capsys, db_path) -> None:
    import katalyze.cli.list_cmd as list_cmd
    from katalyze.cli.main import main

    def broken(args) -> int:
        raise KeyError("colonne")

    monkeypatch.setattr(list_cmd, "run", broken)
    assert main(["list", "participants", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "Erreur inattendue (KeyError" in err
    [path] = reports()
    assert str(path) in err and "KeyError" in path.read_text(encoding="utf-8")


def test_worker_job_bug_is_a_sentence_naming_the_report(qtbot) -> None:
    pytest.importorskip("PySide6")
    from ui.worker import DbWorker

    worker = DbWorker()
    errors: list[str] = []

    def bug() -> None:
        raise ZeroDivisionError("division by zero")

    job = worker.submit(bug, on_error=errors.append)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    worker.shutdown()
    [path] = reports()
    assert errors and str(path) in errors[0] and "ZeroDivisionError" in errors[0]


def test_app_hook_shows_a_sentence_for_an_uncaught_error(qtbot, monkeypatch) -> None:
    pytest.importorskip("PySide6")
    from PySide6.QtWidgets import QMessageBox

    import ui.crash_hook as hook

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    hook.install_crash_hook()
    try:
        raise ValueError("dans un slot")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    thread = threading.Thread(target=lambda: 1 / 0, name="camera")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
    assert "ValueError: dans un slot" in shown[0] and "ZeroDivisionError" in shown[1]
    assert len(reports()) == 2

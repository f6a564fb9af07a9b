"""Acceptance 2: the app is killed (SIGKILL) while a scribe is typing; the
reopened event holds everything typed more than one second before the kill —
entered items, the line being typed, the synthesis — on the same table and round."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings

from katalyze.capture import service
from katalyze.capture.drafts import list_drafts
from tests.capture_helpers import demo_with_seats
from tests.capture_typist import SCRIPT

TYPIST = Path(__file__).with_name("capture_typist.py")
REPO = Path(__file__).resolve().parents[1]
# Kill once this many characters of the last synthesis step have been typed.
KILL_AFTER_CHARS = 70


def typed_until(log: list[tuple[float, int, str, str]], cutoff: float) -> dict[int, str]:
    """What each step's target held at ``cutoff`` (step -> text; ENTER ends a step)."""
    out: dict[int, str] = {}
    for at, step, _target, key in log:
        if at > cutoff:
            break
        out.setdefault(step, "")
        if key != "ENTER":
            out[step] += key
    return out


def entered_before(log: list[tuple[float, int, str, str]], cutoff: float) -> set[int]:
    return {step for at, step, _t, key in log if key == "ENTER" and at <= cutoff}


def test_sigkill_while_typing_loses_nothing_older_than_a_second(
    qtbot, db, db_path, tmp_path
) -> None:
    demo_with_seats(db)
    ini = tmp_path / "laptop.ini"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, str(TYPIST), str(db_path), str(ini), "35"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=REPO,
        env=env,
    )
    log: list[tuple[float, int, str, str]] = []
    last_step = len(SCRIPT) - 1
    ready = None
    killed_at = None
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            parts = line.rstrip("\n").split("\t")
            if parts[0] == "READY":
                ready = (int(parts[1]), int(parts[2]))
                continue
            if parts[0] == "DONE":
                break
            at, step, target, key = float(parts[0]), int(parts[1]), parts[2], parts[3]
            log.append((at, step, target, key if key == "ENTER" else json.loads(key)))
            if step == last_step and sum(1 for e in log if e[1] == last_step) >= KILL_AFTER_CHARS:
                killed_at = time.monotonic()
                os.kill(proc.pid, signal.SIGKILL)
                break
    finally:
        if proc.poll() is None and killed_at is None:
            proc.kill()
        proc.wait(timeout=30)
    assert ready is not None, "the typist never opened its table"
    assert killed_at is not None, "the typist finished before it could be killed"
    assert proc.returncode == -signal.SIGKILL
    project_id, round = ready
    cutoff = killed_at - 1.0
    expected = typed_until(log, cutoff)
    entered = entered_before(log, cutoff)

    # Reopen the event (a fresh engine, as after a restart).
    from katalyze.db import open_database

    reopened = open_database(db_path)
    try:
        items = service.list_items(reopened, project_id, round)
        texts = [i.text for i in items]
        # Every item entered with Enter more than a second before the kill.
        assert 0 in entered and 1 in entered and 3 in entered
        assert "Un atelier de réparation ouvert le samedi" in texts
        action = next(i for i in items if i.kind == "action")
        assert (
            action.text == "Appeler la Caisse d'épargne" and action.due.isoformat() == "2027-01-15"
        )
        need = next(i for i in items if i.kind == "need")
        assert (need.category, need.text) == ("lieu", "Un entrepôt de 200 m² près de la gare")
        # The line being typed (never entered) is there as a draft.
        drafts = [d for d in list_drafts(reopened) if d.key.project_id == project_id]
        assert len(drafts) == 1 and drafts[0].key.round == round
        assert drafts[0].content["text"].startswith(expected[4])
        assert expected[4] == SCRIPT[4][1]
        # The synthesis holds all it had a second before the kill.
        synthesis = service.get_synthesis(reopened, project_id, round).text
        typed_synthesis = expected[2] + expected.get(5, "")
        assert synthesis.startswith(typed_synthesis)
        assert len(expected.get(5, "")) > 20  # the kill really came mid-synthesis
    finally:
        reopened.close()

    # The scribe's laptop reopens on the same table and round, with the line and synthesis.
    from ui.atelier import AtelierScreen
    from ui.context import EventContext, EventSignals
    from ui.worker import DbWorker

    ctx = EventContext(
        db, DbWorker(), EventSignals(), QSettings(str(ini), QSettings.Format.IniFormat)
    )
    try:
        screen = AtelierScreen(ctx)
        qtbot.addWidget(screen)
        with qtbot.waitSignal(screen.capture.table_opened, timeout=10000) as opened:
            screen.show()
        assert opened.args == [project_id, round]
        assert screen.capture.entry.line.text().startswith(SCRIPT[4][1])
        assert screen.capture.entry.kind() == "idea"  # the prefix in the line says question
        assert screen.capture.entry.parsed().kind == "question"
        assert screen.capture.synthesis_edit.toPlainText().startswith(typed_synthesis)
        assert len(screen.capture.items_model.items()) == 3
    finally:
        ctx.worker.wait_idle()
        ctx.worker.shutdown()

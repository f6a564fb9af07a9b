"""A scribe typing at a steady pace in the real Atelier screen, in its own
process, so that ``test_capture_crash.py`` can SIGKILL it mid-word.

    python tests/capture_typist.py EVENT.katalyze LAPTOP.ini [ms_per_key]

Prints one line per key as it is typed: ``<time.monotonic()>\\t<step>\\t<target>\\t<key>``
(``key`` is a JSON string, or ``ENTER``), after a first ``READY\\t<project_id>\\t<round>``.
The monotonic clock is the system's, shared with the test process.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# (target, text, press Enter at the end)
SCRIPT: list[tuple[str, str, bool]] = [
    ("entry", "i: Un atelier de réparation ouvert le samedi", True),
    ("entry", "a: Appeler la Caisse d'épargne !15/01/2027", True),
    ("synthesis", "Le projet avance : local trouvé, financement à boucler. ", False),
    ("entry", "b:lieu Un entrepôt de 200 m² près de la gare", True),
    ("entry", "q: Comment garder les bénévoles motivés sur la durée", False),
    (
        "synthesis",
        "Trois personnes s'engagent à relire les statuts avant la fin du mois ; "
        "la mairie sera sollicitée pour un bail précaire. Prochaine réunion en janvier, "
        "avec les financeurs et l'incubateur, pour arrêter le plan d'action détaillé.",
        False,
    ),
]


def main() -> int:
    db_path, ini = sys.argv[1], sys.argv[2]
    pace_ms = int(sys.argv[3]) if len(sys.argv) > 3 else 35

    from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from katalyze.db import open_database
    from katalyze.events import ensure_event
    from ui.atelier import AtelierScreen
    from ui.context import EventContext, EventSignals
    from ui.worker import DbWorker

    app = QApplication(sys.argv[:1])
    db = open_database(db_path)
    ensure_event(db)
    settings = QSettings(ini, QSettings.Format.IniFormat)
    ctx = EventContext(db, DbWorker(), EventSignals(), settings)
    screen = AtelierScreen(ctx)
    screen.resize(1366, 768)
    capture = screen.capture
    keys: list[tuple[int, str, str]] = []
    for step, (target, text, enter) in enumerate(SCRIPT):
        keys += [(step, target, ch) for ch in text]
        if enter:
            keys.append((step, target, "ENTER"))
    state = {"next": 0, "started": False}

    def widget_for(target: str):  # type: ignore[no-untyped-def]
        return capture.entry.line if target == "entry" else capture.synthesis_edit

    def type_next() -> None:
        if state["next"] >= len(keys):
            print("DONE", flush=True)
            timer.stop()
            return
        step, target, key = keys[state["next"]]
        state["next"] += 1
        widget = widget_for(target)
        if key == "ENTER":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif key.isascii():
            QTest.keyClick(widget, key)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, key)
                )
        shown = key if key == "ENTER" else json.dumps(key, ensure_ascii=False)
        print(f"{time.monotonic():.4f}\t{step}\t{target}\t{shown}", flush=True)

    timer = QTimer()
    timer.setInterval(pace_ms)
    timer.timeout.connect(type_next)

    def on_table_opened(project_id: int, round: int) -> None:
        if state["started"]:
            return
        target = capture.table_combo.itemData(2)
        if project_id != target or round != 2:
            capture.show_table(target, 2)
            return
        state["started"] = True
        print(f"READY\t{project_id}\t{round}", flush=True)
        timer.start()

    capture.table_opened.connect(on_table_opened)
    screen.show()
    QTimer.singleShot(60_000, app.quit)  # never left running if the test forgets it
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())

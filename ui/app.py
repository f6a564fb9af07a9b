"""App wiring: the QApplication, its look and language, the main window, events.

``run_app`` is what ``katalyze`` with no command calls. Everything a screen needs
is built here and handed down in an :class:`~ui.context.EventContext`; nothing
is global. Imports stay lazy so that the window shows quickly.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from katalyze.db import Database
from katalyze.db.server_errors import PasswordRefused, has_password
from katalyze.events import EventInfo
from resources import RESOURCES
from ui.context import EventContext, EventSignals, app_settings
from ui.worker import DbWorker, Job

STYLE_SHEET = RESOURCES / "styles" / "katalyze.qss"
# Set to 1 by the cold-start benchmark: print a line and quit once the window is ready.
EXIT_AFTER_SHOWN = "KATALYZE_EXIT_AFTER_SHOWN"
READY_MARKER = "katalyze: window ready"


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Size ``widget`` to ``width``×``height``, or to its screen's available
    area where that is smaller (a dialog never opens larger than the screen)."""
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width, height = min(width, area.width() - 40), min(height, area.height() - 40)
    widget.resize(width, height)


def open_maximised(window: QWidget) -> None:
    """Show the window maximised; un-maximised, it fits the screen's
    available area (a 1080p laptop at 150 % leaves about 1280×680)."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        window.resize(min(1280, area.width()), min(760, area.height()))
        window.move(area.topLeft())
    window.showMaximized()


def apply_style(app: QApplication) -> None:
    """Fusion, a readable font size and our style sheet."""
    app.setStyle("Fusion")
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    if STYLE_SHEET.exists():
        app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))


class LanguageSwitcher:
    """Installs the translators of the chosen language and swaps them on demand."""

    def __init__(self, app: QApplication, settings: QSettings) -> None:
        self._app = app
        self._settings = settings
        self._translators: list[QTranslator] = []
        self.language = "en"

    @property
    def setting(self) -> str:
        value = self._settings.value("language", "system")
        return value if value in ("system", "fr", "en") else "system"

    def apply(self, setting: str | None = None) -> str:
        """Install the translators for ``setting`` (saved), or the saved setting."""
        from katalyze.i18n import set_language as set_core_language
        from ui.i18n import install_translators, resolve_language

        if setting is not None:
            self._settings.setValue("language", setting)
            self._settings.sync()
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        self.language = resolve_language(self.setting)
        set_core_language(self.language)  # the core's sentences follow the interface
        try:
            self._translators = install_translators(self._app, self.language)
        except (OSError, RuntimeError) as exc:  # lrelease missing or failing: stay in English
            print(f"katalyze: translations unavailable ({exc})", file=sys.stderr)
        return self.language


def open_event_files(target: str, new_name: str | None = None) -> tuple[Database, EventInfo]:
    """Open (creating or upgrading) the event at ``target``: runs on the worker."""
    from katalyze.db import open_database
    from katalyze.events import ensure_event

    db = open_database(target, create=True)
    try:
        info = ensure_event(db, new_name) if new_name else ensure_event(db)
    except Exception:
        db.close()
        raise
    return db, info


def build_event_context(target: str, settings: QSettings | None = None) -> EventContext:
    """Open ``target`` on the calling thread and return its context (tests, scripts)."""
    db, _info = open_event_files(target)
    return EventContext(db, DbWorker(), EventSignals(), settings or app_settings())


def open_event_context(
    target: str,
    on_ready: Callable[[EventContext, EventInfo], None],
    on_error: Callable[[str], None],
    *,
    settings: QSettings | None = None,
    new_name: str | None = None,
    on_password: Callable[[str], None] | None = None,
) -> Job:
    """Open ``target`` off the GUI thread; ``on_ready(ctx, info)`` or ``on_error(sentence)``
    (or ``on_password(target)`` when a server URL without a password is refused).

    The event's own worker does the opening (migrations included), so the window
    stays responsive; on failure the worker is stopped and nothing is left open.
    """
    worker = DbWorker()
    chosen_settings = settings or app_settings()

    def done(result: tuple[Database, EventInfo]) -> None:
        db, info = result
        on_ready(EventContext(db, worker, EventSignals(), chosen_settings), info)

    def failed(message: str) -> None:
        failed_quietly()
        on_error(message)

    def open_or_ask(target: str, new_name: str | None) -> tuple[Database, EventInfo] | None:
        # A remembered server address has no password: ask for it when the
        # server wants one, rather than showing the refusal.
        try:
            return open_event_files(target, new_name)
        except PasswordRefused:
            if on_password is None or has_password(target):
                raise
            return None

    def opened(result: tuple[Database, EventInfo] | None) -> None:
        if result is None:
            assert on_password is not None
            failed_quietly()
            on_password(target)
        else:
            done(result)

    def failed_quietly() -> None:
        worker.shutdown()
        worker.deleteLater()

    job = worker.submit(open_or_ask, target, new_name, on_done=opened, on_error=failed)
    job.worker = worker  # type: ignore[attr-defined]  # so a closing window can stop it
    return job


def run_app(db_target: str | None) -> int:
    """Open the main window, on ``db_target`` if given, else on the welcome screen."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Katalyze")
    app.setApplicationDisplayName("Katalyze")
    app.setOrganizationName("Katalyze")
    from ui.icons import app_icon

    app.setWindowIcon(app_icon())
    from ui.crash_hook import install_crash_hook

    # From here on, an uncaught error is a sentence and a crash report.
    install_crash_hook(QApplication.activeWindow)
    apply_style(app)
    settings = app_settings()
    language = LanguageSwitcher(app, settings)
    language.apply()

    from ui.main_window import MainWindow

    window = MainWindow(settings, language)
    if os.environ.get(EXIT_AFTER_SHOWN) == "1":

        def ready() -> None:
            print(READY_MARKER, flush=True)
            window.close()
            app.quit()

        window.ready.connect(ready)
        window.open_failed.connect(lambda message: (print(message, file=sys.stderr), app.exit(1)))
    open_maximised(window)
    if db_target:
        window.open_event(
            str(Path(db_target).expanduser()) if "://" not in db_target else db_target
        )
    else:
        window.show_welcome()
    return app.exec()

"""The main window: the welcome screen, or an open event with its screens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QStackedWidget,
    QWidget,
)

from katalyze.db.server_errors import masked, server_and_user, with_password, without_password
from katalyze.events import EventInfo
from katalyze.heap import freeze_long_lived
from katalyze.paths import EVENT_SUFFIX, demo_event_path, events_dir
from ui.app import LanguageSwitcher, open_event_context
from ui.context import EventContext
from ui.event_view import EventView
from ui.recent import forget_event, recent_events, remember_event
from ui.unsaved import UnsavedEdits
from ui.welcome import WelcomeScreen
from ui.worker import DbWorker, Job

if TYPE_CHECKING:
    from ui.room import RoomPanel


def _event_name_from_path(path: str) -> str:
    stem = Path(path).stem.replace("_", " ").replace("-", " ").strip()
    return (stem[:1].upper() + stem[1:]) if stem else "Session KatalyZe"


class MainWindow(QMainWindow):
    """Owns the open :class:`EventContext` and closes it when the event closes."""

    ready = Signal()  # the first screen is on show (welcome or event)
    event_opened = Signal(str)  # the target (path or URL)
    event_closed = Signal()
    open_failed = Signal(str)  # the sentence shown to the user

    def __init__(
        self,
        settings: QSettings,
        language: LanguageSwitcher | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = language
        self.ctx: EventContext | None = None
        self.target: str | None = None
        self.event_info: EventInfo | None = None
        self.event_view: EventView | None = None
        self.welcome: WelcomeScreen | None = None
        self._opening: Job | None = None
        self._demo_worker: DbWorker | None = None
        self._ready_sent = False
        self.unsaved = UnsavedEdits(self, lambda: self.event_view)
        self._close_confirmed = False
        self.room_panel: RoomPanel | None = None

        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self._build_status_bar()
        self._build()

    # ----- building (again on a language change) -------------------------------

    def _build(self) -> None:
        bar = self.menuBar()
        for menu in bar.findChildren(QMenu):  # old menus and their shortcuts go
            menu.deleteLater()
        bar.clear()
        if getattr(self, "language_group", None) is not None:
            self.language_group.deleteLater()
        self._build_menus()
        current_key = self.event_view.current_key() if self.event_view else None
        showing_event = self.event_view is not None and self.pages.currentWidget() is (
            self.event_view
        )
        if self.welcome is not None:
            self.pages.removeWidget(self.welcome)
            self.welcome.deleteLater()
        self.welcome = WelcomeScreen()
        self.welcome.new_event_requested.connect(self.new_event)
        self.welcome.open_file_requested.connect(self.open_event_file)
        self.welcome.open_demo_requested.connect(self.open_demo)
        self.welcome.new_session_requested.connect(self.new_session_from)
        self.welcome.recent_event_chosen.connect(self._on_welcome_recent_event_chosen)
        self.pages.insertWidget(0, self.welcome)
        self.welcome.set_recent(recent_events(self.settings))
        if self.ctx is not None and self.event_info is not None:
            self._show_event_view(current_key)
            if not showing_event:
                self.pages.setCurrentWidget(self.welcome)
        self._update_titles()
        self._update_actions()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            file_menu, self.tr("&New event…"), self.new_event, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            file_menu,
            self.tr("&Open an event…"),
            self.open_event_file,
            QKeySequence.StandardKey.Open,
        )
        self.demo_action = self._action(file_menu, self.tr("Open the &demo event"), self.open_demo)
        self.new_session_action = self._action(
            file_menu, self.tr("New &session from…"), self.new_session_from
        )
        file_menu.addSeparator()
        self.close_action = self._action(
            file_menu,
            self.tr("&Close the event"),
            self.request_close_event,
            QKeySequence.StandardKey.Close,
        )
        file_menu.addSeparator()
        self.quit_action = self._action(
            file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        current = self.language.setting if self.language else "system"
        self.language_actions: dict[str, QAction] = {}
        for value, label in (
            ("system", self.tr("System language")),
            ("fr", "Français"),
            ("en", "English"),
        ):
            action = language_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.triggered.connect(lambda _checked=False, v=value: self.set_language(v))
            self.language_group.addAction(action)
            self.language_actions[value] = action
        self.ready_delay_action = self._action(
            settings_menu, self.tr("Check-in: answer shown for…"), self.ask_ready_delay
        )

        room_menu = bar.addMenu(self.tr("&Room"))
        self.room_action = self._action(
            room_menu, self.tr("Room &panel: phones at the tables, door, stage…"), self.show_room
        )

        self.page_seconds_action = self._action(
            settings_menu, self.tr("“Find your table”: seconds per page…"), self.ask_page_seconds
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        self.quick_start_action = self._action(
            help_menu, self.tr("&Quick start (door and tables)"), self.show_quick_start, "F1"
        )
        about = self._action(help_menu, self.tr("&About Katalyze"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def ask_ready_delay(self) -> None:
        """How long a check-in answer stays before the door shows "ready"."""
        from ui.accueil.screen import READY_KEY

        current = int(float(self.settings.value(READY_KEY, 4) or 4))
        seconds, ok = QInputDialog.getInt(
            self,
            self.tr("Check-in"),
            self.tr("Seconds an answer stays on screen before “Ready” comes back:"),
            current,
            2,
            30,
        )
        if not ok:
            return
        self.settings.setValue(READY_KEY, seconds)
        screen = self.event_view.screen("accueil") if self.event_view else None
        if screen is not None:
            screen.feedback.ready_after_ms = seconds * 1000

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        action = menu.addAction(text)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every platform binding (Ctrl+W and Ctrl+F4)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.event_status = QLabel()
        self.file_status = QLabel()
        self.file_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy_indicator = QProgressBar()
        self.busy_indicator.setRange(0, 0)
        self.busy_indicator.setMaximumWidth(120)
        self.busy_indicator.setMaximumHeight(14)
        self.busy_indicator.setTextVisible(False)
        self.busy_indicator.hide()
        bar.addWidget(self.event_status)
        bar.addWidget(self.file_status, 1)
        bar.addPermanentWidget(self.busy_indicator)

    def _update_titles(self) -> None:
        if self.event_info is not None and self.target is not None:
            self.setWindowTitle(self.tr("%1 — Katalyze").replace("%1", self.event_info.name))
            self.event_status.setText(self.event_info.name)
            self.file_status.setText(masked(self.target))
            if self.event_view is not None:
                self.event_view.set_event_name(self.event_info.name)
        else:
            self.setWindowTitle(self.tr("Katalyze"))
            self.event_status.setText(self.tr("No event open"))
            self.file_status.setText("")

    def _update_actions(self) -> None:
        idle = self._opening is None and self._demo_worker is None
        for action in (self.new_action, self.open_action, self.demo_action):
            action.setEnabled(idle)
        self.close_action.setEnabled(self.ctx is not None)
        self.room_action.setEnabled(self.ctx is not None)
        # With an event open, Ctrl+N belongs to the screens (Accueil: walk-in); two
        # bindings of one key make Qt run neither ("ambiguous shortcut").
        self.new_action.setShortcuts(
            [] if self.ctx is not None else QKeySequence.keyBindings(QKeySequence.StandardKey.New)
        )
        if self.welcome is not None:
            for button in (
                self.welcome.new_button,
                self.welcome.open_button,
                self.welcome.demo_button,
            ):
                button.setEnabled(idle)

    def _busy_workers(self) -> list[DbWorker]:
        """Every worker whose jobs the status bar follows: the open event's
        database worker and files worker (exports, badge PDFs, table lists),
        and the one building the demo."""
        workers = []
        if self.ctx is not None:
            workers += [self.ctx.worker, self.ctx.files_worker]
        if self._demo_worker is not None:
            workers.append(self._demo_worker)
        return workers

    def _refresh_busy(self) -> None:
        """Busy while an event opens or while any worker has work."""
        busy = self._opening is not None or any(w.busy for w in self._busy_workers())
        self.busy_indicator.setVisible(busy)

    def _on_worker_busy_changed(self, _busy: bool) -> None:
        # One worker's news is not the whole story: another may still work.
        self._refresh_busy()

    def _emit_ready_once(self) -> None:
        if not self._ready_sent:
            self._ready_sent = True
            QTimer.singleShot(0, self._on_first_screen_shown)

    def _on_first_screen_shown(self) -> None:
        self.repaint()  # painted for real before anyone is told it is ready
        self.ready.emit()

    def _show_error(self, title: str, message: str) -> QMessageBox:
        """A window-modal message that does not block the event loop."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("errorMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # ----- welcome ---------------------------------------------------------------

    def show_welcome(self) -> None:
        assert self.welcome is not None
        self.welcome.set_recent(recent_events(self.settings))
        self.pages.setCurrentWidget(self.welcome)
        self._update_titles()
        self._emit_ready_once()

    def _on_welcome_recent_event_chosen(self, target: str) -> None:
        if "://" not in target and not Path(target).is_file():
            forget_event(self.settings, target)
            self.show_welcome()
            self._show_error(
                self.tr("Event not found"),
                self.tr("The file %1 no longer exists; it was removed from the list.").replace(
                    "%1", target
                ),
            )
            return
        self.open_event(target)

    def new_event(self) -> None:
        """Ask where to save a new event, then open it."""
        start = str(events_dir() / (self.tr("event") + EVENT_SUFFIX))
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("New event"),
            start,
            self.tr("Katalyze events (*.katalyze);;All files (*)"),
        )
        if not path:
            return
        if not path.endswith(EVENT_SUFFIX):
            path += EVENT_SUFFIX
        if Path(path).exists():
            # The save dialog has asked the user to confirm replacing it.
            if self.target == str(Path(path).resolve()):
                self.close_event()
            from ui.welcome.demo_file import discard_event_file

            discard_event_file(path)
        self.open_event(path, new_name=_event_name_from_path(path))

    def new_session_from(self) -> None:
        """Next year's evening from an event file (this one when it is open)."""
        from ui.suivi.next_session import NewSessionFlow

        source = self.target if self.ctx is not None and "://" not in (self.target or "") else None
        flow = NewSessionFlow(self, source)
        flow.created.connect(self.open_event)
        flow.start()

    def open_event_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open an event"),
            str(events_dir()),
            self.tr("Katalyze events (*.katalyze);;All files (*)"),
        )
        if path:
            self.open_event(path)

    def open_demo(self) -> None:
        """Open the demo event, building it first (with progress) if needed."""
        path = demo_event_path()
        if path.exists():
            self.open_event(str(path))
            return
        from ui.welcome.demo_file import build_demo_file

        dialog = QProgressDialog(self.tr("Building the demo event…"), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Demo event"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.demo_progress = dialog
        worker = DbWorker(self)
        self._demo_worker = worker
        self._update_actions()
        worker.busy_changed.connect(self._on_worker_busy_changed)
        job = worker.submit(build_demo_file, str(path), with_progress=True)

        def progressed(done: int, total: int, message: str) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
            if message:
                dialog.setLabelText(message)

        def ended() -> None:
            dialog.close()
            dialog.deleteLater()
            worker.shutdown()
            worker.deleteLater()
            self._demo_worker = None
            self._update_actions()

        def built(result: str) -> None:
            self.open_event(result)

        job.progressed.connect(progressed)
        dialog.canceled.connect(job.cancel)
        job.finished.connect(ended)
        job.succeeded.connect(built)
        job.failed.connect(
            lambda message: self._show_error(self.tr("The demo could not be built"), message)
        )
        dialog.show()

    # ----- an event --------------------------------------------------------------

    def open_event(self, target: str, new_name: str | None = None) -> None:
        """Open ``target`` (a path, created if missing, or a URL) in the window.

        Unsaved edits in the open event are asked about first.
        """
        if self._opening is not None:
            return
        if "://" not in target:
            target = str(Path(target).expanduser().resolve())
        if self.ctx is not None and target == self.target:
            self.pages.setCurrentWidget(self.event_view)
            return
        self.confirm_leaving(lambda: self._open_event_now(target, new_name))

    def _open_event_now(self, target: str, new_name: str | None) -> None:
        if self._opening is not None:
            return
        # The open event stays open until the new one has opened: a file that
        # cannot be opened leaves the user where they were.
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", masked(target)))
        self._opening = open_event_context(
            target,
            lambda ctx, info: self._on_event_opened(target, ctx, info),
            lambda message: self._on_event_open_failed(target, message),
            settings=self.settings,
            new_name=new_name,
            on_password=lambda url: self._ask_password(url, new_name),
        )
        self._refresh_busy()
        self._update_actions()

    def _on_event_opened(self, target: str, ctx: EventContext, info: EventInfo) -> None:
        self._opening = None
        self.statusBar().clearMessage()
        self.close_event()
        self.ctx, self.target, self.event_info = ctx, target, info
        for worker in (ctx.worker, ctx.files_worker):
            worker.busy_changed.connect(self._on_worker_busy_changed)
        self._refresh_busy()
        ctx.signals.event_changed.connect(self._on_signals_event_changed)
        remember_event(self.settings, without_password(target))  # never kept in settings
        self._show_event_view(None)
        self._update_titles()
        self._update_actions()
        self.event_opened.emit(target)
        self._emit_ready_once()
        freeze_long_lived()  # the event's screens are built: see katalyze.heap
        if ctx.db.notices:  # read-only file, or upgraded with a backup kept
            self._show_error(self.tr("About this event file"), "\n\n".join(ctx.db.notices))

    def _opening_ended(self) -> None:
        """An opening that did not open: back where the user was."""
        self._opening = None
        self.statusBar().clearMessage()
        self._refresh_busy()
        self._update_actions()
        if self.event_view is None:
            self.show_welcome()

    def _ask_password(self, target: str, new_name: str | None) -> None:
        """The server refused a remembered address (kept without its password):
        ask for the password, then open again with it."""
        self._opening_ended()
        server, user = server_and_user(target)
        dialog = QInputDialog(self)
        dialog.setObjectName("serverPassword")
        dialog.setWindowTitle(self.tr("Server password"))
        dialog.setLabelText(
            self.tr("The server %1 asks for the password of “%2”.")
            .replace("%1", server)
            .replace("%2", user)
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(
            lambda password: (
                self._open_event_now(with_password(target, password), new_name)
                if password
                else None
            )
        )
        dialog.open()

    def _on_event_open_failed(self, target: str, message: str) -> None:
        self._opening_ended()
        self._show_error(self.tr("The event could not be opened"), message)
        self.open_failed.emit(message)

    def _show_event_view(self, key: str | None) -> None:
        assert self.ctx is not None and self.event_info is not None
        if self.event_view is not None:
            self.pages.removeWidget(self.event_view)
            self.event_view.deleteLater()
        self.event_view = EventView(self.ctx, self.event_info.name)
        self.pages.addWidget(self.event_view)
        self.pages.setCurrentWidget(self.event_view)
        if key is not None and key in self.event_view.keys:
            self.event_view.show_screen(key)
        else:
            self.event_view.show_first()

    def _on_signals_event_changed(self) -> None:
        if self.ctx is None:
            return
        from katalyze.events import get_event

        ctx = self.ctx
        ctx.worker.submit(
            get_event, ctx.db, on_done=lambda info: self._on_event_info_loaded(ctx, info)
        )

    def _on_event_info_loaded(self, ctx: EventContext, info: EventInfo) -> None:
        if ctx is self.ctx:
            self.event_info = info
            self._update_titles()

    def request_close_event(self) -> None:
        """File › Close: ask about unsaved edits, then close the event."""
        if self.ctx is not None:
            self.confirm_leaving(self.close_event)

    def close_event(self) -> None:
        """Close the open event (its queued work finishes first) and show the welcome.

        Does not ask about unsaved edits: :meth:`request_close_event` does.
        """
        if self.ctx is None:
            return
        ctx, view = self.ctx, self.event_view
        if self.room_panel is not None:  # the room serves this event: it closes with it
            self.room_panel.stop()
            self.room_panel.deleteLater()
            self.room_panel = None
        self.ctx, self.target, self.event_info, self.event_view = None, None, None, None
        if view is not None:
            self.pages.removeWidget(view)
            view.deleteLater()
        ctx.close()
        self._refresh_busy()
        self.event_closed.emit()
        self.show_welcome()
        self._update_actions()

    def _on_close_confirmed(self) -> None:
        self._close_confirmed = True
        QTimer.singleShot(0, self._close_after_confirmation)

    def _close_after_confirmation(self) -> None:
        if not self.close():  # something else refused: ask again next time
            self._close_confirmed = False

    # ----- settings and help -----------------------------------------------------

    def set_language(self, setting: str) -> None:
        """Save the language choice and rebuild every text of the window.

        The screens are rebuilt too, so unsaved edits are asked about first.
        """
        if self.language is None:
            return
        language = self.language

        def apply() -> None:
            language.apply(setting)
            self._build()

        def keep() -> None:
            action = self.language_actions.get(language.setting)
            if action is not None:
                action.setChecked(True)

        self.confirm_leaving(apply, keep)

    def ask_page_seconds(self) -> None:
        """How long each page of the projector's "Find your table" stays up
        (12 to 15 s lets people find their name from the back of a room)."""
        from PySide6.QtWidgets import QInputDialog

        from ui.repartition.find_table import PAGE_SECONDS, FindTablePage
        from ui.repartition.publishing import PROJECTOR_PAGE

        try:
            current = int(self.settings.value("projector/page_seconds", PAGE_SECONDS))
        except (TypeError, ValueError):
            current = PAGE_SECONDS
        seconds, ok = QInputDialog.getInt(
            self,
            self.tr("Find your table"),
            self.tr("Seconds each page stays on the projector:"),
            current,
            5,
            60,
        )
        if not ok:
            return
        self.settings.setValue("projector/page_seconds", seconds)
        if self.ctx is not None and self.ctx._projector is not None:
            page = self.ctx.projector().page(PROJECTOR_PAGE)
            if isinstance(page, FindTablePage):
                page.set_page_seconds(seconds)

    # ----- unsaved edits -------------------------------------------------------------

    @property
    def unsaved_prompt(self) -> QMessageBox | None:
        """The "save the changes?" question, while it is asked."""
        return self.unsaved.prompt

    def unsaved_editors(self) -> list[QWidget]:
        """The widgets of the open event holding edits not saved yet."""
        return self.unsaved.editors()

    def confirm_leaving(
        self, proceed: Callable[[], None], cancelled: Callable[[], None] | None = None
    ) -> None:
        """Run ``proceed`` now, or once unsaved edits are saved or dropped (see
        :class:`ui.unsaved.UnsavedEdits`); ``cancelled`` if the user stays."""
        self.unsaved.confirm_leaving(proceed, cancelled)

    def show_room(self) -> RoomPanel | None:
        """Room › panel: the room's server for the open event (one window)."""
        if self.ctx is None:
            return None
        if self.room_panel is None:
            from ui.room import RoomPanel  # the web stack loads only when asked for

            self.room_panel = RoomPanel(self.ctx, self)
        self.room_panel.show()
        self.room_panel.raise_()
        return self.room_panel

    def show_about(self) -> None:
        from katalyze import __version__
        from ui.help import AboutDialog

        AboutDialog(__version__, self).exec()

    def show_quick_start(self) -> None:
        """Aide › Quick start: the one page for the door and the tables (not modal)."""
        from ui.help import QuickStartDialog

        dialog = QuickStartDialog(self.language.language if self.language else "en", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.quick_start = dialog
        dialog.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_confirmed and self.unsaved_editors():
            event.ignore()  # asked first; closed again once answered
            self.confirm_leaving(self._on_close_confirmed)
            return
        self._close_confirmed = False
        if self._opening is not None:  # closing while an event opens: let it finish, drop it
            opening, self._opening = self._opening, None
            opening.succeeded.disconnect()
            opening.worker.shutdown()  # type: ignore[attr-defined]
            if opening.result is not None:
                opening.result[0].close()
        self.close_event()
        if self._demo_worker is not None:
            self._demo_worker.shutdown()
        super().closeEvent(event)

"""An open event: the navigation that follows the evening and its screens.

The buttons come from :data:`ui.screens.SCREENS`; each screen is imported and
built the first time it is shown, so opening an event stays quick however many
screens exist.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import EventContext
from ui.screens import SCREENS, ScreenSpec


class EventView(QWidget):
    """Left navigation, one stacked screen at a time."""

    screen_shown = Signal(str)

    def __init__(
        self,
        ctx: EventContext,
        event_name: str,
        parent: QWidget | None = None,
        screens: list[ScreenSpec] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._specs = {spec.key: spec for spec in (screens if screens is not None else SCREENS)}
        self._screens: dict[str, QWidget] = {}
        self._current: str | None = None

        navigation = QWidget()
        navigation.setObjectName("eventNavigation")
        navigation.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        navigation.setMinimumWidth(180)  # the window must fit 1280 px
        nav_layout = QVBoxLayout(navigation)
        nav_layout.setContentsMargins(0, 0, 0, 12)
        nav_layout.setSpacing(2)
        title = QLabel(self.tr("Katalyze"))
        title.setObjectName("navigationTitle")
        self.event_label = QLabel(event_name)
        self.event_label.setObjectName("navigationEvent")
        self.event_label.setWordWrap(True)
        nav_layout.addWidget(title)
        nav_layout.addWidget(self.event_label)

        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for spec in self._specs.values():
            button = QPushButton(spec.translated_title())
            button.setProperty("navigation", True)
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            if spec.shortcut:
                sequence = QKeySequence(spec.shortcut)
                button.setToolTip(
                    f"{spec.translated_title()} ({sequence.toString(QKeySequence.NativeText)})"
                )
                shortcut = QShortcut(sequence, self)
                shortcut.activated.connect(lambda key=spec.key: self.show_screen(key))
            button.clicked.connect(lambda _checked=False, key=spec.key: self.show_screen(key))
            self._group.addButton(button)
            self.buttons[spec.key] = button
            nav_layout.addWidget(button)
        nav_layout.addStretch(1)

        self.stack = QStackedWidget()
        # Shown while a screen is built the first time (Restitution takes a
        # moment), so the previous screen never stays up under the new button.
        self.loading_page = QLabel(self.stack)
        self.loading_page.setObjectName("screenLoading")
        self.loading_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_page.setProperty("role", "muted")
        self.stack.addWidget(self.loading_page)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(navigation)
        layout.addWidget(self.stack, 1)

    @property
    def keys(self) -> list[str]:
        return list(self._specs)

    def current_key(self) -> str | None:
        return self._current

    def screen(self, key: str) -> QWidget | None:
        """The screen widget, if it has been built."""
        return self._screens.get(key)

    def set_event_name(self, name: str) -> None:
        self.event_label.setText(name)

    def show_first(self) -> None:
        if self._specs:
            self.show_screen(next(iter(self._specs)))

    def show_screen(self, key: str) -> QWidget | None:
        """Build the screen if needed, bring it forward and tell it so."""
        spec = self._specs.get(key)
        if spec is None:
            return None
        widget = self._screens.get(key)
        if widget is None:
            self.buttons[key].setChecked(True)
            self.loading_page.setText(self.tr("Opening %1…").replace("%1", spec.translated_title()))
            self.stack.setCurrentWidget(self.loading_page)
            self.stack.repaint()  # painted now: building happens before the next paint
            widget = self._build(spec)
            self._screens[key] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.buttons[key].setChecked(True)
        self._current = key
        activated = getattr(widget, "activated", None)
        if callable(activated):
            activated()
        self.screen_shown.emit(key)
        return widget

    def _build(self, spec: ScreenSpec) -> QWidget:
        try:
            screen_class = spec.load()
            return screen_class(self.ctx, self.stack)
        except Exception as exc:  # a screen that cannot load must not take the app down
            import traceback

            traceback.print_exc()
            message = QLabel(
                self.tr("This screen could not be opened: %1").replace(
                    "%1", f"{exc.__class__.__name__}: {exc}"
                )
            )
            message.setProperty("role", "error")
            message.setWordWrap(True)
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.addWidget(message)
            box.addStretch(1)
            return holder

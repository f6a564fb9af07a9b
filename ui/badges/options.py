"""The Badges screen's left panel: layout, whose badges, options, progress, result."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from katalyze.badges.layouts import DEFAULT_LAYOUT, LAYOUTS
from katalyze.badges.overview import BadgeOverview

EVERYONE, UNPRINTED, SELECTION = 0, 1, 2
SETTINGS_LAYOUT = "badges/layout"


class BadgeOptions(QWidget):
    """Widgets only: the screen reads them and drives the work."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.layout_combo = QComboBox()
        self.layout_combo.setObjectName("badgeLayout")
        self.layout_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.layout_combo.setMinimumContentsLength(20)
        for key, text in self._layout_titles().items():
            self.layout_combo.addItem(text, key)
        saved = settings.value(SETTINGS_LAYOUT, DEFAULT_LAYOUT)
        index = self.layout_combo.findData(saved if saved in LAYOUTS else DEFAULT_LAYOUT)
        self.layout_combo.setCurrentIndex(max(0, index))

        self.everyone_radio = QRadioButton()
        self.unprinted_radio = QRadioButton()
        self.selection_radio = QRadioButton()
        self.who = QButtonGroup(self)
        for value, button in (
            (EVERYONE, self.everyone_radio),
            (UNPRINTED, self.unprinted_radio),
            (SELECTION, self.selection_radio),
        ):
            self.who.addButton(button, value)
        self.unprinted_radio.setChecked(True)
        who_box = QGroupBox(self.tr("Whose badges"))
        who_layout = QVBoxLayout(who_box)
        for button in (self.everyone_radio, self.unprinted_radio, self.selection_radio):
            who_layout.addWidget(button)
        self.selection_hint = QLabel()
        self.selection_hint.setWordWrap(True)
        self.selection_hint.setStyleSheet("color: palette(mid);")
        who_layout.addWidget(self.selection_hint)

        self.show_table = QCheckBox()
        self.show_table.setObjectName("showTable")
        # On by itself once people have tables, unless the user chose.
        self.table_chosen = False
        self.show_table.clicked.connect(self._on_show_table_clicked)
        self.mark_printed = QCheckBox(self.tr("Mark these badges as printed"))
        self.mark_printed.setChecked(True)
        self.open_when_ready = QCheckBox(self.tr("Open the PDF when it is ready"))
        self.open_when_ready.setChecked(True)

        self.generate_button = QPushButton(self.tr("Generate the PDF…"))
        self.generate_button.setObjectName("generateBadges")
        self.generate_button.setDefault(True)
        keys = QKeySequence(QKeySequence.StandardKey.Print).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.generate_button.setToolTip(
            self.tr("Make the badges PDF for the people chosen above (%1)").replace("%1", keys)
        )
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_widget = QWidget()
        self.progress_widget.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        self.progress_widget.hide()

        self.result_label = QLabel()
        self.result_label.setObjectName("badgeResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open the PDF"))
        self.folder_button = QPushButton(self.tr("Show the folder"))
        result_row = QHBoxLayout()
        result_row.addWidget(self.open_button)
        result_row.addWidget(self.folder_button)
        result_row.addStretch(1)
        self.open_button.setEnabled(False)
        self.folder_button.setEnabled(False)

        sheet_box = QGroupBox(self.tr("Sheet"))
        sheet_layout = QVBoxLayout(sheet_box)
        layout_label = QLabel(self.tr("Layout"))
        layout_label.setBuddy(self.layout_combo)
        sheet_layout.addWidget(layout_label)
        sheet_layout.addWidget(self.layout_combo)
        self.layout_note = QLabel()
        self.layout_note.setWordWrap(True)
        self.layout_note.setStyleSheet("color: palette(mid);")
        sheet_layout.addWidget(self.layout_note)
        sheet_layout.addWidget(self.show_table)
        sheet_layout.addWidget(self.mark_printed)
        sheet_layout.addWidget(self.open_when_ready)

        left_layout = QVBoxLayout(self)
        left_layout.setContentsMargins(0, 0, 2, 0)
        left_layout.addWidget(sheet_box)
        left_layout.addWidget(who_box)
        left_layout.addWidget(self.generate_button)
        left_layout.addWidget(self.progress_widget)
        left_layout.addWidget(self.result_label)
        left_layout.addLayout(result_row)
        left_layout.addStretch(1)
        self.setMinimumWidth(300)
        self.setMaximumWidth(320)  # the list keeps its columns whole at 1280 px
        self.layout_combo.currentIndexChanged.connect(self._on_layout_changed)
        self.update_counts(None, 0)

    def _on_show_table_clicked(self, _checked: bool) -> None:
        self.table_chosen = True

    def _layout_titles(self) -> dict[str, str]:
        titles = {
            "a4-8": self.tr("A4, 8 badges 90 × 54 mm"),
            "a6": self.tr("A6, one badge per page"),
            "avery-l7163": self.tr("Avery L7163 labels (14 per A4)"),
            "avery-l7165": self.tr("Avery L7165 labels (8 per A4)"),
        }
        return {key: titles.get(key, LAYOUTS[key].title) for key in LAYOUTS}

    def _on_layout_changed(self, _index: int) -> None:
        self.settings.setValue(SETTINGS_LAYOUT, self.layout_combo.currentData())
        self._update_layout_note()

    def _update_layout_note(self) -> None:
        spec = LAYOUTS.get(self.layout_combo.currentData())
        if spec is None:
            return
        width, height = spec.badge
        note = (
            self.tr("%1 per page · badge %2 × %3 mm")
            .replace("%1", str(spec.per_page))
            .replace("%2", self.locale().toString(width, "g", 4))
            .replace("%3", self.locale().toString(height, "g", 4))
        )
        if spec.cut_marks:
            note += " · " + self.tr("cut marks")
        self.layout_note.setText(note)

    def update_counts(
        self, overview: BadgeOverview | None, selected: int, selected_cancelled: int = 0
    ) -> None:
        """Counts in the choices, the round in the table option, the layout note.

        ``selected_cancelled``: cancelled registrations among the ``selected``
        (only when the list shows them), printed too since they were chosen.
        """
        active = overview.active if overview else 0
        unprinted = overview.unprinted if overview else 0
        self.everyone_radio.setText(self.tr("Everyone (%n badge(s))", "", active))
        self.unprinted_radio.setText(self.tr("Not printed yet (%n)", "", unprinted))
        self.selection_radio.setText(self.tr("Selected people (%n)", "", selected))
        if selected_cancelled:
            self.selection_hint.setText(
                self.tr(
                    "Including %n cancelled registration(s): chosen by hand, they get a badge too.",
                    "",
                    selected_cancelled,
                )
            )
        else:
            self.selection_hint.setText(
                self.tr("Select people in the list (Ctrl+click, Shift+click, Ctrl+A).")
            )
        round_ = overview.current_round if overview else 1
        seated = overview.seated if overview else 0
        self.show_table.setText(
            self.tr("Print the table number (round %1)").replace("%1", str(round_))
        )
        if seated and not self.table_chosen and not self.show_table.isChecked():
            self.show_table.setChecked(True)
        self.show_table.setToolTip(
            self.tr("%n person(s) have a table in this round.", "", seated)
            if seated
            else self.tr("Nobody has a table yet: run the seating first.")
        )
        self._update_layout_note()

"""The capture panel's widgets and their layout (mixed into the panel, like a
Designer ``setupUi``): table and round on top, the entry bar and the items on
the left, who is seated and the synthesis on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.atelier.entry_bar import EntryBar
from ui.atelier.models import ItemColumn, ItemsModel, SeatedColumn, SeatedModel
from ui.atelier.widgets import ItemsView, SynthesisEdit, WrapDelegate

MAX_ROUNDS = 9


class CaptureLayout:
    """Builds the panel's widgets; the panel provides ``undo_stack``,
    ``focus_entry``, ``focus_items``, ``focus_synthesis`` and ``_on_f6_pressed``."""

    def _build(self) -> None:
        self.table_combo = QComboBox(self)
        self.table_combo.setMinimumWidth(220)
        self.table_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.table_combo.setMinimumContentsLength(20)
        self.round_spin = QSpinBox(self)
        self.round_spin.setRange(1, MAX_ROUNDS)
        self.round_spin.setPrefix(QCoreApplication.translate("CapturePanel", "Round "))
        self.lock_check = QCheckBox(
            QCoreApplication.translate("CapturePanel", "Lock this laptop to this table"), self
        )
        self.lock_check.setToolTip(
            QCoreApplication.translate(
                "CapturePanel", "A scribe's laptop stays on its table, even after a restart"
            )
        )
        undo = self.undo_stack.createUndoAction(
            self, QCoreApplication.translate("CapturePanel", "Undo")
        )
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo = self.undo_stack.createRedoAction(
            self, QCoreApplication.translate("CapturePanel", "Redo")
        )
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_action, self.redo_action = undo, redo
        # Short fixed labels (the actions' own text names the change and would
        # widen the bar); what will be undone shows in the tooltip.
        self.undo_button = QToolButton(self)
        self.undo_button.setText(QCoreApplication.translate("CapturePanel", "Undo"))
        self.undo_button.clicked.connect(undo.trigger)
        self.redo_button = QToolButton(self)
        self.redo_button.setText(QCoreApplication.translate("CapturePanel", "Redo"))
        self.redo_button.clicked.connect(redo.trigger)
        stack = self.undo_stack
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        stack.undoTextChanged.connect(self.undo_button.setToolTip)
        stack.redoTextChanged.connect(self.redo_button.setToolTip)
        self.save_label = QLabel(self)
        self.save_label.setProperty("role", "count")

        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("CapturePanel", "Table:"), self))
        top.addWidget(self.table_combo, 1)
        top.addWidget(self.round_spin)
        top.addWidget(self.lock_check)
        top.addStretch(0)
        top.addWidget(self.undo_button)
        top.addWidget(self.redo_button)
        top.addWidget(self.save_label)

        self.project_label = QLabel(self)
        self.project_label.setProperty("role", "heading")
        self.project_label.setWordWrap(True)
        self.project_label.setTextFormat(Qt.TextFormat.RichText)

        self.message_label = QLabel(self)
        self.message_label.setProperty("role", "error")
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.entry = EntryBar(self)
        self.items_model = ItemsModel(self)
        self.items_view = ItemsView(self)
        self.items_view.setObjectName("atelierItems")
        self.items_view.setModel(self.items_model)
        self.items_view.setRootIsDecorated(False)
        self.items_view.setItemsExpandable(False)
        self.items_view.setExpandsOnDoubleClick(False)
        self.items_view.setAlternatingRowColors(True)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Long notes wrap rather than hide behind "…": the scribe reads them whole.
        self.items_view.setUniformRowHeights(False)
        self.items_view.setWordWrap(True)
        self.items_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.items_view.setItemDelegate(WrapDelegate(self.items_view))
        self.items_view.header().sectionResized.connect(
            lambda *_: self.items_view.scheduleDelayedItemsLayout()
        )
        header = self.items_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ItemColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (ItemColumn.WHO, 150),
            (ItemColumn.DUE, 108),
            (ItemColumn.STATUS, 82),
            (ItemColumn.VOTES, 60),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.entry)
        left_layout.addWidget(self.items_view, 1)

        self.seated_label = QLabel(self)
        self.seated_label.setStyleSheet("font-weight: bold;")
        self.seated_model = SeatedModel(self)
        self.seated_view = QTableView(self)
        self.seated_view.setObjectName("atelierSeated")
        self.seated_view.setModel(self.seated_model)
        self.seated_view.verticalHeader().hide()
        self.seated_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.seated_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.seated_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.seated_view.setWordWrap(True)
        self.seated_view.verticalHeader().setDefaultSectionSize(44)
        seated_header = self.seated_view.horizontalHeader()
        self.seated_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.seated_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        seated_header.setSectionResizeMode(SeatedColumn.NAME, QHeaderView.ResizeMode.Stretch)
        seated_header.setSectionResizeMode(SeatedColumn.ROLE, QHeaderView.ResizeMode.Fixed)
        seated_header.resizeSection(SeatedColumn.ROLE, 165)

        self.synthesis_label = QLabel(
            QCoreApplication.translate("CapturePanel", "Synthesis of the table (F6 to reach it)"),
            self,
        )
        self.synthesis_label.setStyleSheet("font-weight: bold;")
        self.synthesis_edit = SynthesisEdit(self)
        self.synthesis_edit.setObjectName("atelierSynthesis")
        self.synthesis_edit.setPlaceholderText(
            QCoreApplication.translate(
                "CapturePanel",
                "What the table concluded this round: where the project stands, what it "
                "needs most, who will follow up… Saved as you type.",
            )
        )
        self.synthesis_edit.setTabChangesFocus(True)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.seated_label)
        right_layout.addWidget(self.seated_view, 3)
        right_layout.addWidget(self.synthesis_label)
        right_layout.addWidget(self.synthesis_edit, 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([770, 380])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.project_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.splitter, 1)

        self._shortcut("Ctrl+L", self.focus_entry)
        self._shortcut("F6", self._on_f6_pressed)
        for number, kind in enumerate(self.entry.kind_buttons, start=1):
            self._shortcut(f"Alt+{number}", lambda k=kind: self.entry.set_kind(k, focus=True))

    def _shortcut(self, keys: str, slot: Any) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

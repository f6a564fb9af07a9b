"""Qt models of the Atelier screen, over plain data (no SQL in ``data()``):
the items of a table grouped by kind, the people seated there, and every
table at a glance for the facilitator."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from katalyze.capture.service import ItemInfo, SeatedPerson, TableSummary
from katalyze.vocabulary import ITEM_KINDS

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
CONTEXT = "AtelierModels"

# Group headings (UI words, translated; the kinds' own labels are the PTCE's French).
KIND_HEADINGS: dict[str, str] = {
    "idea": QT_TRANSLATE_NOOP("AtelierModels", "Ideas"),
    "need": QT_TRANSLATE_NOOP("AtelierModels", "Needs"),
    "offer": QT_TRANSLATE_NOOP("AtelierModels", "Resources offered"),
    "commitment": QT_TRANSLATE_NOOP("AtelierModels", "Commitments"),
    "action": QT_TRANSLATE_NOOP("AtelierModels", "Actions"),
    "question": QT_TRANSLATE_NOOP("AtelierModels", "Questions / obstacles"),
}
KIND_COLOURS: dict[str, str] = {
    "idea": "#e07a1f",
    "need": "#c1121f",
    "offer": "#2e8b57",
    "commitment": "#6a3d9a",
    "action": "#1f6fb2",
    "question": "#5c677d",
}
MISSING = QColor("#a61b1b")
MUTED = QColor("#7a8794")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_heading(kind: str) -> str:
    return _tr(KIND_HEADINGS.get(kind, kind))


class ItemColumn(IntEnum):
    TEXT = 0
    WHO = 1
    DUE = 2
    STATUS = 3
    VOTES = 4


ITEM_HEADERS = {
    ItemColumn.TEXT: QT_TRANSLATE_NOOP("AtelierModels", "Item"),
    ItemColumn.WHO: QT_TRANSLATE_NOOP("AtelierModels", "Who"),
    ItemColumn.DUE: QT_TRANSLATE_NOOP("AtelierModels", "Due"),
    ItemColumn.STATUS: QT_TRANSLATE_NOOP("AtelierModels", "Status"),
    ItemColumn.VOTES: QT_TRANSLATE_NOOP("AtelierModels", "Votes"),
}

ItemIdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        ItemIdRole,
        KindRole,
    )
)


class ItemsModel(QAbstractItemModel):
    """Two levels: one row per kind (always all six, in the PTCE's order), then
    that kind's items in their captured order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kinds = list(ITEM_KINDS)
        self._items: dict[str, list[ItemInfo]] = {k: [] for k in self._kinds}

    # --- data in / out ------------------------------------------------------

    def set_items(self, items: list[ItemInfo]) -> None:
        self.beginResetModel()
        self._items = {k: [] for k in self._kinds}
        for item in sorted(items, key=lambda i: (i.position, i.id)):
            self._items.setdefault(item.kind, []).append(item)
        self.endResetModel()

    def append_new(self, items: list[ItemInfo]) -> bool:
        """Insert the items that are new at the end of their kind, when every
        item already shown is unchanged and in place (phones and other
        stations adding items); ``False``, touching nothing, when anything
        else changed and a full :meth:`set_items` is needed. Insertions keep
        the view's scroll, selection and expanded groups, and cost only the
        new rows (a reset re-lays out every row of a busy table)."""
        grouped: dict[str, list[ItemInfo]] = {k: [] for k in self._kinds}
        for item in sorted(items, key=lambda i: (i.position, i.id)):
            if item.kind not in grouped:
                return False
            grouped[item.kind].append(item)
        for kind in self._kinds:
            shown = self._items.get(kind, [])
            if grouped[kind][: len(shown)] != shown:
                return False
        for kind in self._kinds:
            shown = self._items.setdefault(kind, [])
            added = grouped[kind][len(shown) :]
            if added:
                self.beginInsertRows(
                    self.group_index(kind), len(shown), len(shown) + len(added) - 1
                )
                shown.extend(added)
                self.endInsertRows()
        return True

    def items(self) -> list[ItemInfo]:
        return [i for k in self._kinds for i in self._items.get(k, [])]

    def items_of(self, kind: str) -> list[ItemInfo]:
        return list(self._items.get(kind, []))

    def item_at(self, index: Index) -> ItemInfo | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        kind = self._kinds[index.internalId() - 1]
        rows = self._items[kind]
        return rows[index.row()] if 0 <= index.row() < len(rows) else None

    def index_of(self, item_id: int, column: int = 0) -> QModelIndex:
        for group, kind in enumerate(self._kinds):
            for row, item in enumerate(self._items[kind]):
                if item.id == item_id:
                    return self.createIndex(row, column, group + 1)
        return QModelIndex()

    def group_index(self, kind: str) -> QModelIndex:
        return self.index(self._kinds.index(kind), 0)

    def neighbour(self, item_id: int, step: int) -> ItemInfo | None:
        """The item ``step`` places away in the same kind (for Alt+Up/Down)."""
        for kind in self._kinds:
            rows = self._items[kind]
            for row, item in enumerate(rows):
                if item.id == item_id:
                    target = row + step
                    return rows[target] if 0 <= target < len(rows) else None
        return None

    # --- tree ---------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._kinds)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._items[self._kinds[parent.row()]])
        return 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(ItemColumn)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(ITEM_HEADERS[ItemColumn(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks each cell for a dozen roles at every repaint: those this
        # model never answers (decoration, check state, size hint…) cost nothing.
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index, role)
        item = self.item_at(index)
        if item is None:
            return None
        column = ItemColumn(index.column())
        if role == ItemIdRole:
            return item.id
        if role == KindRole:
            return item.kind
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (ItemColumn.WHO, ItemColumn.DUE) and self._missing(item, column):
                return QBrush(MISSING)
            if item.kind == "action" and item.status in ("done", "dropped"):
                return QBrush(MUTED)
            if column == ItemColumn.WHO and item.kind == "action" and item.responsible_text:
                return QBrush(QColor("#51606f"))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if item.kind == "action" and item.status == "dropped":
                font.setStrikeOut(True)
                return font
            if column == ItemColumn.VOTES and item.votes:
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ItemColumn.VOTES:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        kind = self._kinds[index.row()]
        if index.column() != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{kind_heading(kind)}  ({len(self._items[kind])})"
        if role == KindRole:
            return kind
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(KIND_COLOURS.get(kind, "#1f2a36")))
        return None

    @staticmethod
    def _missing(item: ItemInfo, column: ItemColumn) -> bool:
        need = "responsible" if column == ItemColumn.WHO else "due"
        return need in item.missing

    def _display(self, item: ItemInfo, column: ItemColumn) -> str:
        if column == ItemColumn.TEXT:
            if item.kind == "need" and item.category:
                return f"[{item.category_label}] {item.text}"
            return item.text
        if column == ItemColumn.WHO:
            if item.kind == "action":
                return item.responsible or (
                    "⚠ " + QCoreApplication.translate("AtelierModels", "nobody")
                    if item.missing
                    else ""
                )
            return item.participant_name
        if column == ItemColumn.DUE:
            if item.kind != "action":
                return ""
            if item.due is None:
                return (
                    "⚠ " + QCoreApplication.translate("AtelierModels", "no date")
                    if "due" in item.missing
                    else ""
                )
            return item.due.strftime("%d/%m/%Y")
        if column == ItemColumn.STATUS:
            return item.status_label if item.kind == "action" else ""
        if column == ItemColumn.VOTES:
            return f"+{item.votes}" if item.kind == "idea" and item.votes else ""
        return ""

    def _tooltip(self, item: ItemInfo) -> str:
        lines = [item.text]
        if item.participant_name:
            lines.append(
                QCoreApplication.translate("AtelierModels", "Linked to: %1").replace(
                    "%1", item.participant_name
                )
            )
        if item.kind == "action":
            if "responsible" in item.missing:
                lines.append(
                    QCoreApplication.translate(
                        "AtelierModels", "No one is responsible for this action yet."
                    )
                )
            if "due" in item.missing:
                lines.append(
                    QCoreApplication.translate("AtelierModels", "This action has no due date yet.")
                )
        lines.append(
            QCoreApplication.translate(
                "AtelierModels", "F2: edit · Del: delete · Alt+↑/↓: move · +: vote"
            )
        )
        return "\n".join(lines)


class SeatedColumn(IntEnum):
    NAME = 0  # the name, and the organisation on a second line
    ROLE = 1


SEATED_HEADERS = {
    SeatedColumn.NAME: QT_TRANSLATE_NOOP("AtelierModels", "Name / organisation"),
    SeatedColumn.ROLE: QT_TRANSLATE_NOOP("AtelierModels", "Role"),
}


class SeatedModel(QAbstractTableModel):
    """Who sits at the table this round; people not checked in are greyed."""

    PersonIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[SeatedPerson] = []
        self._checkin_started = False

    def set_people(self, people: list[SeatedPerson] | tuple[SeatedPerson, ...]) -> None:
        self.beginResetModel()
        self._people = list(people)
        # Before check-in has started at this table, nobody is shown as absent.
        self._checkin_started = any(p.present for p in self._people)
        self.endResetModel()

    def _absent(self, person: SeatedPerson) -> bool:
        return self._checkin_started and not person.present

    def people(self) -> list[SeatedPerson]:
        return list(self._people)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(SeatedColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(SEATED_HEADERS[SeatedColumn(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._people[index.row()]
        column = SeatedColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SeatedColumn.NAME:
                return (
                    f"{person.name}\n{person.organisation}" if person.organisation else person.name
                )
            return person.role
        if role == self.PersonIdRole:
            return person.id
        if role == Qt.ItemDataRole.DecorationRole and column == SeatedColumn.ROLE:
            return QColor(person.role_colour)
        absent = self._absent(person)
        if role == Qt.ItemDataRole.ForegroundRole and absent:
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.FontRole and (person.is_staff or absent):
            font = QFont()
            font.setBold(person.is_staff)
            font.setItalic(absent)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [person.name, person.organisation, person.role]
            if absent:
                parts.append(QCoreApplication.translate("AtelierModels", "Not checked in"))
            return "\n".join(p for p in parts if p)
        return None


class OverviewColumn(IntEnum):
    TABLE = 0
    PROJECT = 1
    SEATED = 2
    IDEA = 3
    NEED = 4
    OFFER = 5
    COMMITMENT = 6
    ACTION = 7
    QUESTION = 8
    FLAGGED = 9
    SYNTHESIS = 10


OVERVIEW_HEADERS = {
    OverviewColumn.TABLE: QT_TRANSLATE_NOOP("AtelierModels", "Table"),
    OverviewColumn.PROJECT: QT_TRANSLATE_NOOP("AtelierModels", "Project"),
    OverviewColumn.SEATED: QT_TRANSLATE_NOOP("AtelierModels", "Seated"),
    OverviewColumn.IDEA: QT_TRANSLATE_NOOP("AtelierModels", "Ideas"),
    OverviewColumn.NEED: QT_TRANSLATE_NOOP("AtelierModels", "Needs"),
    OverviewColumn.OFFER: QT_TRANSLATE_NOOP("AtelierModels", "Offers"),
    OverviewColumn.COMMITMENT: QT_TRANSLATE_NOOP("AtelierModels", "Commit."),
    OverviewColumn.ACTION: QT_TRANSLATE_NOOP("AtelierModels", "Actions"),
    OverviewColumn.QUESTION: QT_TRANSLATE_NOOP("AtelierModels", "Questions"),
    OverviewColumn.FLAGGED: QT_TRANSLATE_NOOP("AtelierModels", "Incomplete actions"),
    OverviewColumn.SYNTHESIS: QT_TRANSLATE_NOOP("AtelierModels", "Synthesis"),
}
KIND_OF_COLUMN = {
    OverviewColumn.IDEA: "idea",
    OverviewColumn.NEED: "need",
    OverviewColumn.OFFER: "offer",
    OverviewColumn.COMMITMENT: "commitment",
    OverviewColumn.ACTION: "action",
    OverviewColumn.QUESTION: "question",
}


class OverviewModel(QAbstractTableModel):
    """One row per table: counts per kind, open actions to complete, synthesis."""

    ProjectIdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TableSummary] = []

    def set_rows(self, rows: list[TableSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary_at(self, row: int) -> TableSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[TableSummary]:
        return list(self._rows)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(OverviewColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(OVERVIEW_HEADERS[OverviewColumn(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = OverviewColumn(index.column())
        if role == self.ProjectIdRole:
            return s.project_id
        if role in (Qt.ItemDataRole.DisplayRole, self.SortRole):
            value = self._value(s, column)
            if role == self.SortRole:
                return value
            if column == OverviewColumn.FLAGGED:
                return f"⚠ {value}" if value else "0"
            if column == OverviewColumn.SYNTHESIS:
                return "✓" if value else "—"
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (OverviewColumn.PROJECT,):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == OverviewColumn.FLAGGED and s.flagged:
                return QBrush(MISSING)
            if column in KIND_OF_COLUMN and not s.counts.get(KIND_OF_COLUMN[column]):
                return QBrush(MUTED)
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and column == OverviewColumn.FLAGGED
            and s.flagged
        ):
            return QBrush(QColor("#fdecec"))
        if role == Qt.ItemDataRole.ToolTipRole and column == OverviewColumn.PROJECT:
            return s.title
        if role == Qt.ItemDataRole.ToolTipRole and column == OverviewColumn.FLAGGED and s.flagged:
            lines = []
            for _id, text, missing in s.flagged:
                what = " + ".join(
                    QCoreApplication.translate("AtelierModels", "responsible")
                    if m == "responsible"
                    else QCoreApplication.translate("AtelierModels", "due date")
                    for m in missing
                )
                missing_label = QCoreApplication.translate("AtelierModels", "missing:")
                lines.append(f"• {text[:80]} — {missing_label} {what}")
            return "\n".join(lines)
        return None

    @staticmethod
    def _value(s: TableSummary, column: OverviewColumn) -> Any:
        if column == OverviewColumn.TABLE:
            return s.table_number if s.table == str(s.table_number) else s.table
        if column == OverviewColumn.PROJECT:
            return s.title
        if column == OverviewColumn.SEATED:
            return s.seated
        if column in KIND_OF_COLUMN:
            return s.counts.get(KIND_OF_COLUMN[column], 0)
        if column == OverviewColumn.FLAGGED:
            return s.flagged_count
        if column == OverviewColumn.SYNTHESIS:
            return int(s.has_synthesis)
        return None

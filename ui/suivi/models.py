"""The Suivi screen's models: actions (with their filter), a project's
timeline, its commitments and needs. Plain rows from the core, no SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from katalyze.followup.data import STATUSES, ActionRow, Indicators, PledgeRow
from katalyze.text import fold
from ui.table_model import ROOT, Index, RowsTableModel

LATE = QColor("#b3261e")
ActionIdRole = Qt.ItemDataRole.UserRole + 1


def short(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class StatusWords(QObject):
    """The four statuses and the outcomes in the user's language."""

    def status(self, code: str) -> str:
        return {
            "todo": self.tr("To do"),
            "doing": self.tr("In progress"),
            "done": self.tr("Done"),
            "dropped": self.tr("Dropped"),
        }.get(code, code)

    def outcome(self, code: str) -> str:
        return {
            "": self.tr("Pending"),
            "honoured": self.tr("Honoured"),
            "broken": self.tr("Not honoured"),
            "met": self.tr("Met"),
            "unmet": self.tr("Not met"),
        }.get(code, code)

    def indicators(self, ind: Indicators) -> str:
        """A project's (or the programme's) indicators on one line."""
        parts = [
            self.tr("%1 / %2 actions done")
            .replace("%1", str(ind.done))
            .replace("%2", str(ind.actions)),
            self.tr("%1 open").replace("%1", str(ind.open)),
            self.tr("%1 late").replace("%1", str(ind.late)),
            self.tr("commitments honoured: %1 / %2")
            .replace("%1", str(ind.honoured))
            .replace("%2", str(ind.commitments)),
            self.tr("needs met: %1 / %2").replace("%1", str(ind.met)).replace("%2", str(ind.needs)),
            self.tr("%1 people involved").replace("%1", str(ind.people)),
        ]
        if ind.months_since_point is not None:
            parts.append(
                self.tr("%1 months since the last point").replace("%1", str(ind.months_since_point))
            )
        return " · ".join(parts)

    def timeline(self, kind: str) -> str:
        return {
            "note": self.tr("Update"),
            "meeting": self.tr("Meeting held"),
            "planned": self.tr("Meeting planned"),
            "outcome": self.tr("Outcome"),
            "review": self.tr("Year-end review"),
        }.get(kind, kind)


class ActionColumn(IntEnum):
    Id = 0
    Table = 1
    Action = 2
    Owner = 3
    Due = 4
    Status = 5
    Updated = 6


_ACTION_COLUMNS = tuple(ActionColumn)
_ACTION_COLUMN_COUNT = len(_ACTION_COLUMNS)
_ACTION_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        ActionIdRole,
    }
)


class ActionsModel(RowsTableModel):
    columns = ActionColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = StatusWords(self)
        self.today = dt.date.today()
        self.owner_keys: list[str] = []
        # Called when rows change order or content, before views hear of it.
        self.rows_changing: list[Callable[[], None]] = []

    def _rows_loaded(self) -> None:
        self._sort_rows()
        self.owner_keys = [fold(a.owner) for a in self.rows]
        for listener in self.rows_changing:
            listener()

    # Sorted here, in Python, once per click: a proxy sorting through data()
    # calls back into Python for every comparison (2,000 rows: half a second).
    sort_column = ActionColumn.Table
    sort_order = Qt.SortOrder.AscendingOrder

    def _sort_key(self, a: ActionRow) -> tuple[Any, ...]:
        col = self.sort_column
        key: Any
        if col is ActionColumn.Id:
            key = a.id
        elif col is ActionColumn.Table:
            key = (a.table_number, a.due or dt.date.max, a.id)
        elif col is ActionColumn.Action:
            key = fold(a.text)
        elif col is ActionColumn.Owner:
            key = fold(a.owner)
        elif col is ActionColumn.Due:
            key = a.due or dt.date.max
        elif col is ActionColumn.Status:
            key = STATUSES.index(a.status) if a.status in STATUSES else len(STATUSES)
        else:
            key = a.notes[-1].on if a.notes else dt.date.min
        return (key, a.id)

    def _sort_rows(self) -> None:
        reverse = self.sort_order == Qt.SortOrder.DescendingOrder
        self.rows.sort(key=self._sort_key, reverse=reverse)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = ActionColumn(column), order
        self._sort_rows()
        self.owner_keys = [fold(a.owner) for a in self.rows]
        for listener in self.rows_changing:
            listener()
        self.layoutChanged.emit()

    def headers(self) -> dict[Any, str]:
        return {
            ActionColumn.Id: self.tr("No."),
            ActionColumn.Table: self.tr("Table"),
            ActionColumn.Action: self.tr("Action"),
            ActionColumn.Owner: self.tr("Owner"),
            ActionColumn.Due: self.tr("Due"),
            ActionColumn.Status: self.tr("Status"),
            ActionColumn.Updated: self.tr("Updated"),
        }

    def action_at(self, row: int) -> ActionRow | None:
        return self.row_at(row)

    def row_of(self, action_id: int) -> int | None:
        for index, a in enumerate(self.rows):
            if a.id == action_id:
                return index
        return None

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else _ACTION_COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ACTION_ROLES or not index.isValid():
            return None
        a: ActionRow = self.rows[index.row()]
        col = _ACTION_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col is ActionColumn.Id:
                return a.id
            if col is ActionColumn.Table:
                return a.table_number
            if col is ActionColumn.Action:
                return a.text
            if col is ActionColumn.Owner:
                return a.owner or "—"
            if col is ActionColumn.Due:
                return short(a.due) or "—"
            if col is ActionColumn.Status:
                return self.words.status(a.status)
            if col is ActionColumn.Updated:
                return short(a.notes[-1].on) if a.notes else ""
        late_cell = col in (ActionColumn.Due, ActionColumn.Status)
        if role == Qt.ItemDataRole.ForegroundRole and late_cell and a.overdue(self.today):
            return QBrush(LATE)
        if role == Qt.ItemDataRole.ToolTipRole:
            if late_cell and a.overdue(self.today):
                return self.tr("Late: due on %1").replace("%1", short(a.due))
            if col is ActionColumn.Action:
                return f"{a.text}\n{a.project_title}"
        if role == ActionIdRole:
            return a.id
        return None


class ActionsFilter(QSortFilterProxyModel):
    """Project, owner (accent- and case-blind), status and overdue filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project_id: int | None = None
        self.owner = ""
        self.status: str | None = None  # a code, "open", or None for all
        self.overdue_only = False
        self._accepted: list[bool] = []

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header sorts the actions model itself (see ``ActionsModel.sort``)."""
        self.sourceModel().sort(column, order)

    def set_filters(
        self,
        *,
        project_id: int | None = None,
        owner: str = "",
        status: str | None = None,
        overdue_only: bool = False,
    ) -> None:
        self.beginFilterChange()
        self.project_id = project_id
        self.owner = fold(owner.strip())
        self.status = status
        self.overdue_only = overdue_only
        self._decide()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _decide(self) -> None:
        """Every row's verdict in one Python pass (``filterAcceptsRow`` only reads it)."""
        model: ActionsModel = self.sourceModel()  # type: ignore[assignment]
        today, owner = model.today, self.owner
        self._accepted = [
            (self.project_id is None or a.project_id == self.project_id)
            and (
                self.status is None
                or (a.is_open if self.status == "open" else a.status == self.status)
            )
            and (not self.overdue_only or a.overdue(today))
            and (not owner or owner in key)
            for a, key in zip(model.rows, model.owner_keys, strict=True)
        ]

    def setSourceModel(self, model: ActionsModel) -> None:  # type: ignore[override]
        super().setSourceModel(model)
        model.rows_changing.append(self._decide)
        self._decide()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        accepted = self._accepted
        return accepted[row] if row < len(accepted) else True


class TimelineColumn(IntEnum):
    Date = 0
    What = 1
    Detail = 2


class TimelineModel(RowsTableModel):
    """A project's year: (date, kind, text) rows, oldest first."""

    columns = TimelineColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = StatusWords(self)

    def headers(self) -> dict[Any, str]:
        return {
            TimelineColumn.Date: self.tr("Date"),
            TimelineColumn.What: self.tr("What"),
            TimelineColumn.Detail: self.tr("Detail"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day, kind, text = self.rows[index.row()]
        col = TimelineColumn(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and col is TimelineColumn.Detail:
            return text or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col is TimelineColumn.Date:
            return short(day)
        if col is TimelineColumn.What:
            return self.words.timeline(kind)
        return text


class PledgeColumn(IntEnum):
    Kind = 0
    Text = 1
    Who = 2
    Outcome = 3


class PledgesModel(RowsTableModel):
    """A project's commitments and needs, and what became of them."""

    columns = PledgeColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = StatusWords(self)

    def headers(self) -> dict[Any, str]:
        return {
            PledgeColumn.Kind: self.tr("Kind"),
            PledgeColumn.Text: self.tr("Text"),
            PledgeColumn.Who: self.tr("Who"),
            PledgeColumn.Outcome: self.tr("Outcome"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p: PledgeRow = self.rows[index.row()]
        col = PledgeColumn(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and col is PledgeColumn.Text:
            return p.text
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col is PledgeColumn.Kind:
            return self.tr("Commitment") if p.kind == "commitment" else self.tr("Need")
        if col is PledgeColumn.Text:
            return p.text
        if col is PledgeColumn.Who:
            return (p.who if p.kind == "commitment" else p.by) or "—"
        outcome = self.words.outcome(p.outcome)
        return f"{outcome} ({p.by})" if p.by and p.kind == "commitment" else outcome

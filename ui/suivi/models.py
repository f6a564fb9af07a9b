"""The Suivi screen's models: actions (with their filter), a project's
timeline, its commitments and needs. Plain rows from the core, no SQL."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from katalyze.followup.data import ActionRow, Indicators, PledgeRow
from katalyze.text import fold
from ui.table_model import Index, RowsTableModel

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


class ActionsModel(RowsTableModel):
    columns = ActionColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = StatusWords(self)
        self.today = dt.date.today()
        self.owner_keys: list[str] = []

    def _rows_loaded(self) -> None:
        self.owner_keys = [fold(a.owner) for a in self.rows]

    def headers(self) -> dict[Any, str]:
        return {
            ActionColumn.Id: self.tr("No."),
            ActionColumn.Table: self.tr("Table"),
            ActionColumn.Action: self.tr("Action"),
            ActionColumn.Owner: self.tr("Owner"),
            ActionColumn.Due: self.tr("Due"),
            ActionColumn.Status: self.tr("Status"),
            ActionColumn.Updated: self.tr("Last update"),
        }

    def action_at(self, row: int) -> ActionRow | None:
        return self.row_at(row)

    def row_of(self, action_id: int) -> int | None:
        for index, a in enumerate(self.rows):
            if a.id == action_id:
                return index
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a: ActionRow = self.rows[index.row()]
        col = ActionColumn(index.column())
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
                late = self.tr(" (late)") if a.overdue(self.today) else ""
                return self.words.status(a.status) + late
            if col is ActionColumn.Updated:
                return short(a.notes[-1].on) if a.notes else ""
        late_cell = col in (ActionColumn.Due, ActionColumn.Status)
        if role == Qt.ItemDataRole.ForegroundRole and late_cell and a.overdue(self.today):
            return QBrush(LATE)
        if role == Qt.ItemDataRole.ToolTipRole and col is ActionColumn.Action:
            return a.project_title
        if role == ActionIdRole:
            return a.id
        if role == Qt.ItemDataRole.UserRole:  # sort keys
            if col is ActionColumn.Due:
                return a.due or dt.date.max
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None


class ActionsFilter(QSortFilterProxyModel):
    """Project, owner (accent- and case-blind), status and overdue filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project_id: int | None = None
        self.owner = ""
        self.status: str | None = None  # a code, "open", or None for all
        self.overdue_only = False
        self.setSortRole(Qt.ItemDataRole.UserRole)

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
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model: ActionsModel = self.sourceModel()  # type: ignore[assignment]
        a: ActionRow = model.rows[row]
        if self.project_id is not None and a.project_id != self.project_id:
            return False
        if self.status == "open":
            if not a.is_open:
                return False
        elif self.status is not None and a.status != self.status:
            return False
        if self.overdue_only and not a.overdue(model.today):
            return False
        return not self.owner or self.owner in model.owner_keys[row]


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
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        day, kind, text = self.rows[index.row()]
        col = TimelineColumn(index.column())
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
            PledgeColumn.Text: self.tr("Commitment or need"),
            PledgeColumn.Who: self.tr("Who"),
            PledgeColumn.Outcome: self.tr("Outcome"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        p: PledgeRow = self.rows[index.row()]
        col = PledgeColumn(index.column())
        if col is PledgeColumn.Kind:
            return self.tr("Commitment") if p.kind == "commitment" else self.tr("Need")
        if col is PledgeColumn.Text:
            return p.text
        if col is PledgeColumn.Who:
            return (p.who if p.kind == "commitment" else p.by) or "—"
        outcome = self.words.outcome(p.outcome)
        return f"{outcome} ({p.by})" if p.by and p.kind == "commitment" else outcome

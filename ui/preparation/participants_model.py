"""The participants table: a model over plain data and a proxy that filters it.

Built for thousands of rows: the folded search keys come precomputed with the
data, sort keys are computed once per column per load, and the proxy filters
by looking up ids in a set computed in one pass per change of criteria.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from katalyze.participants import ParticipantInfo
from katalyze.projects import ProjectInfo
from katalyze.text import fold

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

ParticipantIdRole = Qt.ItemDataRole.UserRole + 1
_ROLES_SHOWN = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        ParticipantIdRole,
    }
)


class Column(enum.IntEnum):
    LAST_NAME = 0
    FIRST_NAME = enum.auto()
    ORGANISATION = enum.auto()
    ROLE = enum.auto()
    EMAIL = enum.auto()
    WISHES = enum.auto()
    ARRIVAL = enum.auto()
    STATUS = enum.auto()


_COLUMN_COUNT = len(Column)


class Arrival(enum.Enum):
    ALL = "all"
    ARRIVED = "arrived"
    NOT_ARRIVED = "not-arrived"
    CANCELLED = "cancelled"


def _arrival_matches(p: ParticipantInfo, arrival: Arrival) -> bool:
    if arrival is Arrival.ALL:
        return True
    if arrival is Arrival.CANCELLED:
        return p.cancelled
    if p.cancelled:
        return False
    arrived = p.checked_in_at is not None
    return arrived if arrival is Arrival.ARRIVED else not arrived


class ParticipantsModel(QAbstractTableModel):
    """Rows are :class:`ParticipantInfo`; no SQL here, ever."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ParticipantInfo] = []
        self.ids: list[int] = []
        self.keys: dict[int, str] = {}  # participant id -> folded search text
        self.generation = 0  # bumped at every load; the proxy refilters on change
        self._tables: dict[int, str] = {}
        self._titles: dict[int, str] = {}
        self._colours: dict[str, QColor] = {}
        self._sort_keys: dict[int, dict[int, Any]] = {}
        self._names: dict[int, tuple[str, str]] = {}
        self._sort_column = int(Column.LAST_NAME)
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._grey = QColor("#8a939c")
        self._italic = QFont()
        self._italic.setItalic(True)

    # ----- loading ---------------------------------------------------------------

    def set_participants(
        self,
        participants: Sequence[ParticipantInfo],
        search_keys: Sequence[str],
        projects: Sequence[ProjectInfo],
        name_keys: Sequence[tuple[str, str]] | None = None,
    ) -> None:
        """Show a new load; the folded keys come precomputed (on the worker)."""
        self.beginResetModel()
        self.rows = list(participants)
        self.keys = {p.id: key for p, key in zip(participants, search_keys, strict=True)}
        if name_keys is None:
            name_keys = [p.sort_key for p in participants]
        self._names = {p.id: key for p, key in zip(participants, name_keys, strict=True)}
        self._tables = {p.id: p.table for p in projects}
        self._titles = {p.id: p.title for p in projects}
        self._colours = {}
        self._sort_keys = {}
        self._order_rows()
        self.ids = [p.id for p in self.rows]
        self.generation += 1
        self.endResetModel()

    def participant(self, row: int) -> ParticipantInfo:
        return self.rows[row]

    def row_of(self, participant_id: int) -> int | None:
        try:
            return self.ids.index(participant_id)
        except ValueError:
            return None

    def update_participant(self, info: ParticipantInfo) -> bool:
        """Show a saved change at once, before the next full load arrives.

        The row keeps its place (the next load sorts it); filters see the new
        values because the generation moves on.
        """
        row = self.row_of(info.id)
        if row is None:
            return False
        self.rows[row] = info
        self.keys[info.id] = info.search_text
        self._names[info.id] = info.sort_key
        self._sort_keys = {}
        self.generation += 1
        self.dataChanged.emit(self.index(row, 0), self.index(row, _COLUMN_COUNT - 1))
        return True

    def wishes_text(self, p: ParticipantInfo) -> str:
        return ", ".join(self._tables.get(pid, "?") for pid in p.wishes)

    # ----- sorting (delegated here by the proxy) -----------------------------------

    def _sort_key_of(self, column: int) -> Callable[[ParticipantInfo], Any]:
        tables = self._tables

        def table_rank(pid: int) -> tuple[int, str]:
            label = tables.get(pid, "")
            return (int(label), "") if label.isdigit() else (10**6, fold(label))

        names = self._names
        keys: dict[int, Callable[[ParticipantInfo], Any]] = {
            Column.LAST_NAME: lambda p: names[p.id],
            Column.FIRST_NAME: lambda p: (names[p.id][1], names[p.id][0]),
            Column.ORGANISATION: lambda p: (fold(p.organisation) or "\uffff", names[p.id]),
            Column.ROLE: lambda p: (fold(p.role) or "\uffff", names[p.id]),
            Column.EMAIL: lambda p: ((p.email or "").lower() or "\uffff", names[p.id]),
            Column.WISHES: lambda p: (
                tuple(table_rank(w) for w in p.wishes) or ((10**7, ""),),
                names[p.id],
            ),
            Column.ARRIVAL: lambda p: (
                p.checked_in_at.timestamp() if p.checked_in_at else math.inf,
                names[p.id],
            ),
            Column.STATUS: lambda p: (self._status_rank(p), names[p.id]),
        }
        return keys[Column(column)]

    def _order_rows(self) -> None:
        column = self._sort_column
        if column not in self._sort_keys:
            key_of = self._sort_key_of(column)
            self._sort_keys[column] = {p.id: key_of(p) for p in self.rows}
        keys = self._sort_keys[column]
        self.rows.sort(
            key=lambda p: keys[p.id],
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        """Reorder the rows, keeping selections (persistent indexes) on their person."""
        if column < 0 or column >= len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = {pid: row for row, pid in enumerate(self.ids)}
        self._sort_column, self._sort_order = column, order
        self._order_rows()
        self.ids = [p.id for p in self.rows]
        new_rows = {pid: row for row, pid in enumerate(self.ids)}
        old_to_new = {old_rows[pid]: new_rows[pid] for pid in self.ids}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(old_to_new[i.row()], i.column()) for i in persistent],
        )
        self.layoutChanged.emit()

    # ----- Qt model interface ------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else _COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.LAST_NAME: self.tr("Name"),
            Column.FIRST_NAME: self.tr("First name"),
            Column.ORGANISATION: self.tr("Organisation"),
            Column.ROLE: self.tr("Role"),
            Column.EMAIL: self.tr("E-mail"),
            Column.WISHES: self.tr("Wishes (tables)"),
            Column.ARRIVAL: self.tr("Arrival"),
            Column.STATUS: self.tr("Status"),
        }
        return titles.get(Column(section))

    def _status_rank(self, p: ParticipantInfo) -> int:
        if p.cancelled:
            return 3
        if p.checked_in_at is not None:
            return 0
        return 2 if p.walk_in else 1

    def status_text(self, p: ParticipantInfo) -> str:
        if p.cancelled:
            return self.tr("Cancelled")
        if p.checked_in_at is not None:
            return self.tr("Arrived")
        if p.walk_in:
            return self.tr("Walk-in")
        return self.tr("Registered")

    def _colour(self, value: str) -> QColor:
        colour = self._colours.get(value)
        if colour is None:
            colour = QColor(value) if QColor.isValidColorName(value) else QColor("#888888")
            self._colours[value] = colour
        return colour

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES_SHOWN or not index.isValid():  # most asks: answer fast
            return None
        p = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.LAST_NAME:
                return p.last_name
            if column == Column.FIRST_NAME:
                return p.first_name
            if column == Column.ORGANISATION:
                return p.organisation
            if column == Column.ROLE:
                return p.role
            if column == Column.EMAIL:
                return p.email or ""
            if column == Column.WISHES:
                return self.wishes_text(p)
            if column == Column.ARRIVAL:
                return p.checked_in_at.astimezone().strftime("%H:%M") if p.checked_in_at else ""
            if column == Column.STATUS:
                return self.status_text(p)
            return None
        if role == ParticipantIdRole:
            return p.id
        if role == Qt.ItemDataRole.DecorationRole and column == Column.ROLE and p.role:
            return self._colour(p.role_colour)
        if role == Qt.ItemDataRole.ForegroundRole and p.cancelled:
            return self._grey
        if role == Qt.ItemDataRole.FontRole and p.cancelled:
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.WISHES and p.wishes:
                return "\n".join(
                    f"{rank}. {self._tables.get(pid, '?')} — {self._titles.get(pid, '')}"
                    for rank, pid in enumerate(p.wishes, start=1)
                )
            if column == Column.ARRIVAL and p.checked_in_at:
                return p.checked_in_station or None
            if column in (Column.ORGANISATION, Column.ROLE, Column.EMAIL):
                return self.data(index, Qt.ItemDataRole.DisplayRole) or None
        return None


@dataclass(frozen=True)
class FilterCriteria:
    search: str = ""
    role_id: int | None = None
    organisation: str | None = None
    arrival: Arrival = Arrival.ALL

    @property
    def is_empty(self) -> bool:
        return (
            not fold(self.search)
            and self.role_id is None
            and self.organisation is None
            and self.arrival is Arrival.ALL
        )


class ParticipantsFilterProxy(QSortFilterProxyModel):
    """Filters by search words, role, organisation and arrival.

    Sorting is handed to the source model (which keeps precomputed keys), so a
    keystroke never re-sorts ten thousand rows through Python comparisons.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.criteria = FilterCriteria()
        self._accepted: set[int] | None = None
        self._ids: list[int] = []
        self._generation = -1

    def source(self) -> ParticipantsModel:
        model = self.sourceModel()
        assert isinstance(model, ParticipantsModel)
        return model

    def set_criteria(self, criteria: FilterCriteria) -> None:
        """Refilter in one layout change.

        ``invalidate()`` drops the mapping and announces one layout change; the
        finer ``invalidateRowsFilter()`` would emit one removal per gap between
        kept rows, thousands of signals at 10,000 rows.
        """
        if criteria == self.criteria:
            return
        self.criteria = criteria
        self._generation = -1
        self.invalidate()

    def _compute_accepted(self) -> None:
        model = self.source()
        self._generation = model.generation
        self._ids = model.ids
        criteria = self.criteria
        if criteria.is_empty:
            self._accepted = None
            return
        keys = model.keys.items()
        accepted: set[int] | None = None
        for word in fold(criteria.search).split():
            if accepted is None:
                accepted = {pid for pid, key in keys if word in key}
            else:
                accepted = {pid for pid in accepted if word in model.keys[pid]}
        if (
            criteria.role_id is not None
            or criteria.organisation is not None
            or criteria.arrival is not Arrival.ALL
        ):
            role_id, organisation = criteria.role_id, criteria.organisation
            arrival = criteria.arrival
            accepted = {
                p.id
                for p in model.rows
                if (accepted is None or p.id in accepted)
                and (role_id is None or p.role_id == role_id)
                and (organisation is None or p.organisation == organisation)
                and _arrival_matches(p, arrival)
            }
        self._accepted = accepted

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._generation != self._model_generation():
            self._compute_accepted()
        accepted = self._accepted
        return accepted is None or self._ids[source_row] in accepted

    def _model_generation(self) -> int:
        return self.sourceModel().generation  # type: ignore[attr-defined]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort_rows(column, order)

    def participant(self, proxy_row: int) -> ParticipantInfo:
        return self.source().participant(self.mapToSource(self.index(proxy_row, 0)).row())

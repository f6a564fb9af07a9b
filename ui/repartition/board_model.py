"""Qt models of the board: one source model of everyone in the round, one
filtered proxy per table card (and one for the "unseated" column).

The source model keeps a stable row per person; a move changes the row's
table, so only the two proxies concerned refilter, and the other cards keep
their scroll position and selection.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from katalyze.assignment.seats import Board, BoardPerson
from katalyze.text import fold

MIME_TYPE = "application/x-katalyze-participants"

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PersonRow:
    person: BoardPerson
    project_id: int | None  # None: not seated in this round
    warning: str  # "" / "soft" / "hard": the person is part of a broken rule


class Roles:
    Person = Qt.ItemDataRole.UserRole + 1
    ProjectId = Qt.ItemDataRole.UserRole + 2
    SortKey = Qt.ItemDataRole.UserRole + 3
    Warning = Qt.ItemDataRole.UserRole + 4
    ParticipantId = Qt.ItemDataRole.UserRole + 5
    Found = Qt.ItemDataRole.UserRole + 6  # matched by the board's search box


def _sort_key(p: BoardPerson) -> str:
    return f"{0 if p.home else 1}\x00{fold(p.last_name)}\x00{fold(p.first_name)}\x00{p.id:09d}"


def board_rows(board: Board) -> list[PersonRow]:
    """Everyone on the board (seated or not), with their table and warning."""
    hard: set[int] = set()
    soft: set[int] = set()
    for v in board.violations:
        if v.round not in (0, board.round):
            continue
        (hard if v.hard else soft).update(v.participant_ids)

    def warning(pid: int) -> str:
        return "hard" if pid in hard else "soft" if pid in soft else ""

    rows = [PersonRow(p, t.project_id, warning(p.id)) for t in board.tables for p in t.people] + [
        PersonRow(p, None, warning(p.id)) for p in board.unseated
    ]
    return rows


class BoardModel(QAbstractListModel):
    """Everyone of the round; drag source of the card views."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._row_of: dict[int, int] = {}
        self._found: frozenset[int] = frozenset()

    def set_found(self, participant_ids: frozenset[int]) -> None:
        """Highlight these people (the search box's matches)."""
        changed = self._found ^ participant_ids
        self._found = participant_ids
        for pid in changed:
            i = self._row_of.get(pid)
            if i is not None:
                index = self.index(i)
                self.dataChanged.emit(index, index, [Roles.Found])

    def set_rows(self, rows: list[PersonRow]) -> None:
        """Update in place when the same people are there, else reset."""
        new = sorted(rows, key=lambda r: r.person.id)
        if [r.person.id for r in new] == [r.person.id for r in self._rows]:
            changed = [i for i, (a, b) in enumerate(zip(self._rows, new, strict=True)) if a != b]
            self._rows = new
            for i in changed:
                index = self.index(i)
                self.dataChanged.emit(index, index)
            return
        self.beginResetModel()
        self._rows = new
        self._row_of = {r.person.id: i for i, r in enumerate(new)}
        self.endResetModel()

    def row_of(self, participant_id: int) -> PersonRow | None:
        i = self._row_of.get(participant_id)
        return None if i is None else self._rows[i]

    def rows(self) -> list[PersonRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        p = row.person
        if role == Qt.ItemDataRole.DisplayRole:
            return p.name
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [p.name]
            if p.organisation:
                lines.append(p.organisation)
            if p.role_label:
                lines.append(p.role_label)
            return "\n".join(lines)
        if role == Roles.Person:
            return p
        if role == Roles.ParticipantId:
            return p.id
        if role == Roles.ProjectId:
            return -1 if row.project_id is None else row.project_id
        if role == Roles.SortKey:
            return _sort_key(p)
        if role == Roles.Warning:
            return row.warning
        if role == Roles.Found:
            return p.id in self._found
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemIsDragEnabled)
        )

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        ids = sorted({int(self.data(i, Roles.ParticipantId)) for i in indexes if i.isValid()})
        return people_mime(ids)


def people_mime(participant_ids: list[int]) -> QMimeData:
    """The drag payload: the dragged participants' ids."""
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(json.dumps(participant_ids).encode()))
    return mime


def ids_from_mime(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(MIME_TYPE):
        return []
    try:
        ids = json.loads(bytes(mime.data(MIME_TYPE).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    return [int(i) for i in ids if isinstance(i, int)]


class TableProxy(QSortFilterProxyModel):
    """The people at one table (``project_id``; ``None``: the unseated).

    Dropping people here does not change the model: it asks, through
    ``people_dropped``, for a move the screen records on its undo stack.
    """

    people_dropped = Signal(list, object)  # participant ids, project id or None

    def __init__(self, project_id: int | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project_id = project_id
        self.setFilterRole(Roles.ProjectId)
        self.setSortRole(Roles.SortKey)
        self.setDynamicSortFilter(True)
        self.sort(0)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        wanted = -1 if self.project_id is None else self.project_id
        return index.data(Roles.ProjectId) == wanted

    def lessThan(self, left: Index, right: Index) -> bool:
        return str(left.data(Roles.SortKey)) < str(right.data(Roles.SortKey))

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        return bool(ids_from_mime(data))

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        ids = ids_from_mime(data)
        if not ids:
            return False
        self.people_dropped.emit(ids, self.project_id)
        # The move is applied by the screen; returning False keeps the view
        # from removing the dragged rows itself.
        return False

    def participant_ids(self) -> list[int]:
        return [int(self.index(r, 0).data(Roles.ParticipantId)) for r in range(self.rowCount())]

"""Qt models of the import review: a file's column mapping, the per-file counts, the problems."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from katalyze.importing import ColumnMapping, FileReport, Problem, Table

_Index = QModelIndex | QPersistentModelIndex


def field_labels(kind: str) -> dict[str, str]:
    """Target fields of ``kind`` (code -> translated label), "ignored" first."""
    if kind == "projects":
        return {
            "": QCoreApplication.translate("ImportModels", "(ignored)"),
            "table": QCoreApplication.translate("ImportModels", "Table number"),
            "title": QCoreApplication.translate("ImportModels", "Project title"),
            "holder": QCoreApplication.translate("ImportModels", "Project holder"),
            "lead_organisation": QCoreApplication.translate("ImportModels", "Lead organisation"),
            "theme": QCoreApplication.translate("ImportModels", "Theme"),
            "description": QCoreApplication.translate("ImportModels", "Description"),
            "needs": QCoreApplication.translate("ImportModels", "Needs"),
            "min_seats": QCoreApplication.translate("ImportModels", "Minimum seats"),
            "max_seats": QCoreApplication.translate("ImportModels", "Maximum seats"),
        }
    return {
        "": QCoreApplication.translate("ImportModels", "(ignored)"),
        "last_name": QCoreApplication.translate("ImportModels", "Last name"),
        "first_name": QCoreApplication.translate("ImportModels", "First name"),
        "full_name": QCoreApplication.translate("ImportModels", "Full name (first and last)"),
        "email": QCoreApplication.translate("ImportModels", "E-mail"),
        "phone": QCoreApplication.translate("ImportModels", "Phone"),
        "organisation": QCoreApplication.translate("ImportModels", "Organisation"),
        "role": QCoreApplication.translate("ImportModels", "Role"),
        "wishes": QCoreApplication.translate("ImportModels", "Project wishes (ranked list)"),
        "wish1": QCoreApplication.translate("ImportModels", "Wish no. 1"),
        "wish2": QCoreApplication.translate("ImportModels", "Wish no. 2"),
        "wish3": QCoreApplication.translate("ImportModels", "Wish no. 3"),
        "wish4": QCoreApplication.translate("ImportModels", "Wish no. 4"),
        "wish5": QCoreApplication.translate("ImportModels", "Wish no. 5"),
        "offers": QCoreApplication.translate("ImportModels", "What they can bring"),
        "consent": QCoreApplication.translate("ImportModels", "Consent to share contact details"),
        "notes": QCoreApplication.translate("ImportModels", "Notes"),
    }


class MappingColumn(IntEnum):
    HEADER = 0
    SAMPLES = 1
    FIELD = 2


class MappingModel(QAbstractTableModel):
    """One row per column of the file: its header, sample values and target field."""

    mapping_changed = Signal(object)  # ColumnMapping
    # A column was set to a field another column already has: (column, field,
    # the other column). Nothing changed yet; the owner asks and calls assign().
    field_taken = Signal(int, str, int)

    FieldRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, table: Table, mapping: ColumnMapping, kind: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.table = table
        self.mapping = mapping
        self.labels = field_labels(kind)
        self._samples = [" · ".join(table.samples(i, 3)) for i in range(table.column_count)]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.table.column_count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(MappingColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("ImportModels", "Column in the file"),
            QCoreApplication.translate("ImportModels", "First values"),
            QCoreApplication.translate("ImportModels", "Imported as"),
        )[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == MappingColumn.FIELD:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        field = self.mapping.field_of(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == MappingColumn.HEADER:
                return self.table.header_label(row)
            if column == MappingColumn.SAMPLES:
                return self._samples[row] or QCoreApplication.translate("ImportModels", "(empty)")
            return self.labels.get(field, field)
        if role in (Qt.ItemDataRole.EditRole, self.FieldRole):
            return field
        if role == Qt.ItemDataRole.ForegroundRole and not field:
            return QBrush(QColor("#7a8591"))
        if role == Qt.ItemDataRole.FontRole and column == MappingColumn.HEADER and field:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != MappingColumn.FIELD:
            return False
        field = str(value or "")
        row = index.row()
        if field == self.mapping.field_of(row):
            return False
        other = next(
            (i for i, f in enumerate(self.mapping.fields) if f == field and i != row), None
        )
        if field and other is not None:
            # Never silently: the other column would lose its field.
            self._refresh()  # the combo shows the field it still has
            self.field_taken.emit(row, field, other)
            return False
        self.assign(row, field)
        return True

    def assign(self, row: int, field: str, *, swap: bool = False, keep: bool = False) -> None:
        """Set ``row`` to ``field``. The column that had it becomes ignored,
        or, with ``swap``, takes the field ``row`` had, or, with ``keep``
        (free-text fields only), keeps it: both feed the field."""
        previous = self.mapping.field_of(row)
        other = next(
            (i for i, f in enumerate(self.mapping.fields) if f == field and i != row), None
        )
        mapping = self.mapping.with_field(row, field, keep_others=keep)
        if swap and other is not None and previous:
            mapping = mapping.with_field(other, previous)
        self.mapping = mapping
        self._refresh()
        self.mapping_changed.emit(self.mapping)

    def _refresh(self) -> None:
        # Another column may have lost this field: refresh the whole column.
        self.dataChanged.emit(
            self.index(0, 0), self.index(self.rowCount() - 1, len(MappingColumn) - 1)
        )


class SummaryColumn(IntEnum):
    FILE = 0
    ROWS = 1
    NEW = 2
    MERGED = 3
    SKIPPED = 4
    PROBLEMS = 5


class SummaryModel(QAbstractTableModel):
    """Per file: rows, new, merged (or updated), skipped, problems; and a total row."""

    def __init__(self, kind: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.kind = kind
        self.reports: list[FileReport] = []

    def set_reports(self, reports: list[FileReport]) -> None:
        self.beginResetModel()
        self.reports = list(reports)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self.reports:
            return 0
        return len(self.reports) + (1 if len(self.reports) > 1 else 0)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SummaryColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        merged = (
            QCoreApplication.translate("ImportModels", "Updated")
            if self.kind == "projects"
            else QCoreApplication.translate("ImportModels", "Merged")
        )
        return (
            QCoreApplication.translate("ImportModels", "File"),
            QCoreApplication.translate("ImportModels", "Rows"),
            QCoreApplication.translate("ImportModels", "New"),
            merged,
            QCoreApplication.translate("ImportModels", "Skipped"),
            QCoreApplication.translate("ImportModels", "Problems"),
        )[section]

    def _values(self, row: int) -> tuple[str, int, int, int, int, int] | None:
        if row < len(self.reports):
            r = self.reports[row]
            merged = r.updated if self.kind == "projects" else r.merged
            problems = sum(1 for p in r.problems if p.severity != "info")
            return (r.file, r.data_rows, r.imported, merged, r.skipped, problems)
        rows = [self._values(i) for i in range(len(self.reports))]
        totals = [sum(v[c] for v in rows if v) for c in range(1, 6)]  # type: ignore[misc]
        return (QCoreApplication.translate("ImportModels", "Total"), *totals)  # type: ignore[return-value]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        values = self._values(index.row())
        if values is None:
            return None
        is_total = index.row() >= len(self.reports)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.row() < len(self.reports) and self.reports[index.row()].fatal:
                if index.column() == SummaryColumn.FILE:
                    return values[0]
                return (
                    QCoreApplication.translate("ImportModels", "refused")
                    if index.column() == SummaryColumn.ROWS
                    else ""
                )
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and not is_total:
            report = self.reports[index.row()]
            return report.fatal or report.read_as
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != SummaryColumn.FILE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not is_total:
            report = self.reports[index.row()]
            if report.fatal or (index.column() == SummaryColumn.SKIPPED and report.skipped):
                return QBrush(QColor("#b42318"))
        return None


class ProblemColumn(IntEnum):
    FILE = 0
    ROW = 1
    COLUMN = 2
    MESSAGE = 3


class ProblemsModel(QAbstractTableModel):
    """Every problem of the import: where (file, row, column), what and what happens."""

    SeverityRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems: list[Problem] = []
        style = QApplication.style()
        self._icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "info": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ProblemColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("ImportModels", "File"),
            QCoreApplication.translate("ImportModels", "Row"),
            QCoreApplication.translate("ImportModels", "Column"),
            QCoreApplication.translate("ImportModels", "Problem"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        problem = self.problems[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ProblemColumn.FILE:
                return problem.file
            if column == ProblemColumn.ROW:
                return problem.row if problem.row is not None else "—"
            if column == ProblemColumn.COLUMN:
                return problem.column or "—"
            text = problem.message
            return f"{text} — {problem.hint}" if problem.hint else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(problem)
        if role == Qt.ItemDataRole.DecorationRole and column == ProblemColumn.ROW:
            return self._icons.get(problem.severity)
        if role == self.SeverityRole:
            return problem.severity
        if role == Qt.ItemDataRole.UserRole and column == ProblemColumn.ROW:
            return problem.row if problem.row is not None else -1
        return None


class ProblemsFilter(QSortFilterProxyModel):
    """Sorts by any column (rows numerically); can hide the informational notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hide_info = False
        self.file_name: str | None = None
        self.setSortRole(Qt.ItemDataRole.DisplayRole)

    def set_hide_info(self, hide: bool) -> None:
        self._change_filter(hide_info=hide)

    def set_file(self, file_name: str | None) -> None:
        """Show only the problems of one file (``None``: every file)."""
        self._change_filter(file_name=file_name)

    def _change_filter(self, **values: object) -> None:
        begin = getattr(self, "beginFilterChange", None)  # Qt >= 6.9
        if begin is not None:
            begin()
        for name, value in values.items():
            setattr(self, name, value)
        if begin is not None:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self.file_name is not None and index.data() != self.file_name:
            return False
        return not (self.hide_info and index.data(ProblemsModel.SeverityRole) == "info")

    def lessThan(self, left: _Index, right: _Index) -> bool:
        if left.column() == ProblemColumn.ROW:
            a, b = left.data(Qt.ItemDataRole.UserRole), right.data(Qt.ItemDataRole.UserRole)
            return (a if a is not None else -1) < (b if b is not None else -1)
        return super().lessThan(left, right)


class PreviewModel(QAbstractTableModel):
    """The first records as the import would store them (``ImportPlan.preview``)."""

    def __init__(self, kind: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.labels = field_labels(kind)
        self.labels["table"] = QCoreApplication.translate("ImportModels", "Table")
        self.labels["max_seats"] = QCoreApplication.translate("ImportModels", "Seats")
        self.labels["wishes"] = QCoreApplication.translate("ImportModels", "Wishes")
        self.labels["consent"] = QCoreApplication.translate("ImportModels", "Consent")
        self.rows: list = []
        self.fields: list[str] = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.fields = [f for f, _v in rows[0].values] if rows else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return ""
        return self.labels.get(self.fields[section - 1], self.fields[section - 1])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            if row.outcome == "new":
                return QCoreApplication.translate("ImportModels", "new")
            return QCoreApplication.translate("ImportModels", "completed")
        return row.value(self.fields[index.column() - 1])

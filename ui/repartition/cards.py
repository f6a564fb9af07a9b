"""A table card of the board: header (table, project, seats, role mix, needs),
the people seated there (a list view over the table's proxy) and the rules the
table breaks, in red when a hard rule, amber when a goal."""

from __future__ import annotations

import functools

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from katalyze.assignment.seats import BoardPerson, BoardTable, RoleCount, Violation
from katalyze.vocabulary import NEEDS
from ui.repartition.board_model import Roles, TableProxy
from ui.repartition.compact import DENSITIES, Density, paint_compact

ROW_HEIGHT = 36
FOUND = "#ffe066"  # a person the search box found


RANK_COLOURS = {1: "#2b8a3e", 2: "#1971c2", 3: "#e67700"}
HARD = "#c92a2a"
SOFT = "#e67700"


def draw_lock(painter: QPainter, x: float, y: float, colour: QColor) -> None:
    """A small padlock whose body's top-left corner is at (x, y + 5)."""
    painter.save()
    painter.setPen(QPen(colour, 1.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(x + 2, y, 7, 9), 0, 180 * 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(x, y + 5, 11, 8), 1.5, 1.5)
    painter.restore()


def draw_pin(painter: QPainter, x: float, y: float, colour: QColor) -> None:
    """A push-pin: a round head and a needle."""
    painter.save()
    painter.setPen(QPen(colour, 1.6))
    painter.drawLine(QPointF(x + 5.5, y + 7), QPointF(x + 5.5, y + 13))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(x + 1.5, y, 8, 8))
    painter.restore()


@functools.cache
def icon_data_uri(kind: str) -> str:
    """A lock or pin icon as a ``data:`` URI, for rich-text legends."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPixmap

    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if kind == "lock":
        draw_lock(painter, 1.5, 0.5, QColor("#495057"))
    else:
        draw_pin(painter, 2, 0.5, QColor("#c1121f"))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    return "data:image/png;base64," + bytes(data.toBase64().data()).decode()


class PersonDelegate(QStyledItemDelegate):
    """Role stripe, name and organisation, wish rank badge, lock and pin."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(100, self.density().row_height)

    def density(self) -> Density:
        return getattr(self.parent(), "density", DENSITIES[0])

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        person: BoardPerson = index.data(Roles.Person)
        warning: str = index.data(Roles.Warning) or ""
        r = QRectF(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        density = self.density()
        if selected:
            painter.fillRect(r, palette.highlight())
        elif index.data(Roles.Found):
            painter.fillRect(r, QColor(FOUND))
        elif warning:
            painter.fillRect(r, QColor("#fff0f0") if warning == "hard" else QColor("#fff6e6"))
        painter.fillRect(
            QRectF(r.left(), r.top() + 3, 5, r.height() - 6), QColor(person.role_colour)
        )
        if not density.details:
            paint_compact(painter, option, person, r, selected, density)
            painter.restore()
            return

        right = r.right() - 6
        # Wish rank badge.
        if person.is_visitor and index.data(Roles.ProjectId) != -1:
            badge = QRectF(right - 20, r.center().y() - 10, 20, 20)
            right -= 26
            rank = person.wish_rank
            font = QFont(option.font)
            font.setBold(True)
            font.setPixelSize(11)
            painter.setFont(font)
            if rank is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(RANK_COLOURS.get(rank, "#868e96")))
                painter.drawEllipse(badge)
                painter.setPen(QColor("white"))
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(rank))
            else:
                painter.setPen(QPen(QColor("#adb5bd"), 1.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(badge.adjusted(1, 1, -1, -1))
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "–")
        icon = QColor(palette.highlightedText().color() if selected else QColor("#495057"))
        if person.locked:
            draw_lock(painter, right - 12, r.center().y() - 7, icon)
            right -= 17
        if person.pinned:
            draw_pin(painter, right - 12, r.center().y() - 7, QColor("#c1121f"))
            right -= 17
        if warning:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(HARD if warning == "hard" else SOFT))
            tri = QPainterPath()
            cx, cy = right - 7, r.center().y()
            tri.moveTo(cx, cy - 6)
            tri.lineTo(cx + 6, cy + 5)
            tri.lineTo(cx - 6, cy + 5)
            tri.closeSubpath()
            painter.drawPath(tri)
            painter.setPen(QColor("white"))
            f = QFont(option.font)
            f.setPixelSize(9)
            f.setBold(True)
            painter.setFont(f)
            painter.drawText(QRectF(cx - 6, cy - 4, 12, 10), Qt.AlignmentFlag.AlignCenter, "!")
            right -= 17

        text_left = r.left() + 11
        width = right - text_left - 4
        text = palette.highlightedText().color() if selected else palette.text().color()
        if not person.present:
            text = QColor("#868e96") if not selected else text
        name_font = QFont(option.font)
        name_font.setBold(person.home)
        painter.setFont(name_font)
        painter.setPen(text)
        fm = QFontMetrics(name_font)
        painter.drawText(
            QRectF(text_left, r.top() + 2, width, r.height() / 2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            fm.elidedText(person.name, Qt.TextElideMode.ElideRight, int(width)),
        )
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        painter.setFont(small)
        painter.setPen(text if selected else QColor("#6c757d"))
        detail = person.organisation or person.role_label
        painter.drawText(
            QRectF(text_left, r.center().y() + 1, width, r.height() / 2 - 2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            QFontMetrics(small).elidedText(detail, Qt.TextElideMode.ElideRight, int(width)),
        )
        painter.restore()


class PeopleView(QListView):
    """A list of people that accepts drops of people from the other cards."""

    context_menu_requested = Signal(object, object)  # view, global position

    def __init__(self, proxy: TableProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(proxy)
        self.setItemDelegate(PersonDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)

        self.placeholder = ""
        self.density = DENSITIES[0]

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.placeholder and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#868e96"))
            painter.drawText(
                self.viewport().rect().adjusted(8, 8, -8, -8),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.placeholder,
            )

    def proxy(self) -> TableProxy:
        model = self.model()
        assert isinstance(model, TableProxy)
        return model

    def selected_ids(self) -> list[int]:
        return sorted(
            int(i.data(Roles.ParticipantId)) for i in self.selectionModel().selectedIndexes()
        )

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        self.context_menu_requested.emit(self, event.globalPos())


class RoleMixBar(QWidget):
    """The roles at a table at a glance: a stacked bar and counted chips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: tuple[RoleCount, ...] = ()
        self.setFixedHeight(28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, counts: tuple[RoleCount, ...]) -> None:
        self._counts = counts
        self.setToolTip("\n".join(f"{c.count} × {c.label}" for c in counts))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        total = sum(c.count for c in self._counts)
        w = float(self.width())
        if total == 0:
            painter.fillRect(QRectF(0, 0, w, 6), QColor("#e9ecef"))
            return
        x = 0.0
        for c in self._counts:
            part = w * c.count / total
            painter.fillRect(QRectF(x, 0, part, 6), QColor(c.colour))
            x += part
        font = QFont(self.font())
        font.setPixelSize(11)
        font.setBold(True)
        painter.setFont(font)
        x = 0.0
        for c in self._counts:
            chip = QRectF(x, 10, 26, 16)
            if chip.right() > w:
                break
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.colour))
            painter.drawRoundedRect(chip, 8, 8)
            painter.setPen(QColor("white"))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, str(c.count))
            x += 30


class SeatsBar(QWidget):
    """Seats used against the maximum; red when over, amber under the minimum."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._used, self._min, self._max = 0, 0, 1
        self.setFixedHeight(6)

    def set_values(self, used: int, minimum: int, maximum: int) -> None:
        self._used, self._min, self._max = used, minimum, max(1, maximum)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        w, h = float(self.width()), float(self.height())
        painter.fillRect(QRectF(0, 0, w, h), QColor("#e9ecef"))
        colour = "#2b8a3e"
        if self._used > self._max:
            colour = HARD
        elif self._used < self._min:
            colour = SOFT
        painter.fillRect(QRectF(0, 0, w * min(1.0, self._used / self._max), h), QColor(colour))


class TableCard(QFrame):
    """One table of the board."""

    def __init__(self, proxy: TableProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_id = proxy.project_id
        self.setObjectName("tableCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.state = ""
        self.messages: list[str] = []
        self._problems_html = ("", "")

        self.number = QLabel(self)
        self.number.setObjectName("tableNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setMinimumWidth(38)
        self.title = QLabel(self)
        self.title.setObjectName("tableTitle")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.seats = QLabel(self)
        self.seats.setObjectName("tableSeats")
        self.seats.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.number)
        head.addWidget(self.title, 1)
        head.addWidget(self.seats)

        self.seats_bar = SeatsBar(self)
        self.role_mix = RoleMixBar(self)
        self.needs = QLabel(self)
        self.needs.setWordWrap(True)
        self.needs.setTextFormat(Qt.TextFormat.RichText)
        self.view = PeopleView(proxy, self)
        self.view.placeholder = self.tr("Drop people here")
        self.problems = QLabel(self)
        self.problems.setObjectName("tableProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(5)
        layout.addLayout(head)
        layout.addWidget(self.seats_bar)
        layout.addWidget(self.role_mix)
        layout.addWidget(self.needs)
        layout.addWidget(self.view)
        layout.addWidget(self.problems)
        proxy.rowsInserted.connect(self._fit_list)
        proxy.rowsRemoved.connect(self._fit_list)
        proxy.modelReset.connect(self._fit_list)
        proxy.layoutChanged.connect(self._fit_list)
        self._fit_list()

    def set_density(self, density: Density) -> None:
        """Show the card comfortable or compact (see :data:`DENSITIES`)."""
        self.view.density = density
        detailed = density.details
        self.role_mix.setVisible(detailed)
        self.needs.setVisible(detailed and bool(self.needs.text()))
        self.title.setWordWrap(detailed)
        self.number.setMinimumWidth(38 if detailed else 22)
        self.title.setProperty("compact", not detailed)
        self.title.style().unpolish(self.title)
        self.title.style().polish(self.title)
        self.number.setProperty("compact", not detailed)
        self.number.style().unpolish(self.number)
        self.number.style().polish(self.number)
        self.seats.setProperty("compact", not detailed)
        self.seats.style().unpolish(self.seats)
        self.seats.style().polish(self.seats)
        if detailed:
            self.layout().setContentsMargins(10, 8, 10, 8)
        else:
            self.layout().setContentsMargins(4, 2, 4, 2)
        self.layout().setSpacing(5 if detailed else 2)
        self._show_problems()
        self.view.doItemsLayout()
        self._fit_list()

    def _show_problems(self) -> None:
        """Every broken rule on the comfortable card; on the compact one only
        the first hard rule (the border and the tooltip tell the rest)."""
        full, compact = self._problems_html
        text = full if self.view.density.details else compact
        self.problems.setText(text)
        self.problems.setVisible(bool(text))

    def height_at(self, density: Density) -> int:
        """The card's height at ``density`` (to choose one that fits)."""
        low = 3 if density.details else 1
        rows = max(low, min(12, self.view.model().rowCount()))
        head = 120 if density.details else 26
        return head + rows * density.row_height

    def _fit_list(self, *args: object) -> None:
        density = self.view.density
        low = 3 if density.details else 1
        rows = max(low, min(12, self.view.model().rowCount()))
        self.view.setFixedHeight(rows * density.row_height + 4)

    def set_table(self, table: BoardTable, violations: list[Violation]) -> None:
        self.number.setText(table.table)
        self.title.setText(table.title)
        self.title.setToolTip(table.title)
        limits = (
            self.tr("%1 to %2 seats")
            .replace("%1", str(table.min_seats))
            .replace("%2", str(table.max_seats))
            if table.min_seats
            else self.tr("at most %1 seats").replace("%1", str(table.max_seats))
        )
        self.seats.setText(f"<b>{table.size}</b> / {table.max_seats}")
        self.seats.setToolTip(limits)
        self.seats_bar.set_values(table.size, table.min_seats, table.max_seats)
        self.role_mix.set_counts(table.role_counts)
        if table.needs:
            parts = []
            for need in table.needs:
                label = NEEDS.get(need, need)
                if need in table.needs_covered:
                    parts.append(f"<span style='color:#2b8a3e'>✓&nbsp;{label}</span>")
                else:
                    parts.append(f"<span style='color:{HARD}'>✗&nbsp;{label}</span>")
            self.needs.setText(" &nbsp; ".join(parts))
            self.needs.setToolTip(
                self.tr("Needs of the project: ✓ someone at the table offers it, ✗ nobody does.")
            )
            self.needs.setVisible(self.view.density.details)
        else:
            self.needs.setText("")
            self.needs.hide()
        hard = [v for v in violations if v.hard]
        soft = [v for v in violations if not v.hard]
        self.state = "hard" if hard else "soft" if soft else ""
        self.messages = [v.message for v in hard + soft]
        self.setToolTip("\n".join(self.messages))  # the compact card shows only its border
        if self.messages:
            shown = [
                f"<span style='color:{HARD if v.hard else SOFT}'>"
                f"{'✖' if v.hard else '⚠'} {_escape(v.message)}</span>"
                for v in (hard + soft)[:3]
            ]
            more = len(self.messages) - len(shown)
            if more > 0:
                shown.append(self.tr("… and %n more", "", more))
            self._problems_html = ("<br>".join(shown), shown[0] if hard else "")
        else:
            self._problems_html = ("", "")
        self._show_problems()
        if self.property("state") != self.state:
            self.setProperty("state", self.state)
            self.style().unpolish(self)
            self.style().polish(self)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


CARD_STYLE = """
QFrame#tableCard { background: palette(base); border: 1px solid #ced4da; border-radius: 8px; }
QFrame#tableCard[state="hard"] { border: 3px solid #c92a2a; background: #fff5f5; }
QFrame#tableCard[state="soft"] { border: 2px solid #f08c00; }
QLabel#tableNumber { background: #212529; color: white; border-radius: 6px;
    font-size: 16pt; font-weight: bold; padding: 2px 6px; }
QLabel#tableNumber[compact="true"] { font-size: 9pt; padding: 0px 2px; border-radius: 4px; }
QLabel#tableSeats[compact="true"] { font-size: 8pt; }
QLabel#tableTitle { font-weight: bold; }
QLabel#tableTitle[compact="true"] { font-size: 8pt; }
QLabel#tableProblems { font-size: 9pt; }
"""

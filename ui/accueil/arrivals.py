"""Who has arrived: the latest arrivals list and the counters by role.

The screen reloads both from the database now and then (other stations check
people in too), and between two reloads adds its own arrivals locally with
:func:`with_arrival` and :func:`arrival_of`, so that counting never queues a
query ahead of the next scan on the database worker.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from katalyze.attendance import Attendance
from katalyze.checkin.service import NO_ROLE_COLOUR, ArrivalCounts, ArrivalInfo, ScanResult
from ui.accueil.models import ArrivalsModel, PersonDelegate, RoleCountsModel
from ui.attendance_words import AttendanceWords

LATEST_LIMIT = 30
NO_ROLE_LABEL = "Sans rôle"  # as katalyze.checkin.service.arrival_counts names it
ROW_HEIGHT = 21


def with_arrival(
    counts: ArrivalCounts, result: ScanResult, *, walk_in: bool = False
) -> ArrivalCounts | None:
    """``counts`` plus the first arrival ``result``; None when it cannot be
    placed (a role not counted yet): then the counts are read again."""
    label = result.role or NO_ROLE_LABEL
    row = next((r for r in counts.by_role if r.label == label), None)
    if row is None:
        return None
    added = 1 if walk_in else 0  # a walk-in is expected as well as arrived
    return replace(
        counts,
        totals=counts.totals.with_arrival(walk_in=walk_in),
        by_role=tuple(
            replace(r, arrived=r.arrived + 1, expected=r.expected + added) if r is row else r
            for r in counts.by_role
        ),
    )


def arrival_of(result: ScanResult, *, walk_in: bool = False) -> ArrivalInfo:
    """The latest-arrivals line for a first arrival just shown."""
    assert result.participant_id is not None and result.checked_in_at is not None
    return ArrivalInfo(
        participant_id=result.participant_id,
        first_name=result.first_name,
        last_name=result.last_name,
        organisation=result.organisation,
        role=result.role,
        role_colour=result.role_colour or NO_ROLE_COLOUR,
        table=result.table,
        checked_in_at=result.checked_in_at,
        station=result.station,
        walk_in=walk_in,
    )


def person_list(model, *, name_px: int) -> QListView:
    """A list of people drawn as cards; it never takes the keyboard."""
    view = QListView()
    view.setModel(model)
    view.setItemDelegate(PersonDelegate(view, name_px=name_px))
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setUniformItemSizes(True)
    view.setFrameShape(QFrame.Shape.NoFrame)
    return view


class LatestArrivals(QWidget):
    """The last people in, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArrivalsModel(self)
        self.view = person_list(self.model, name_px=15)
        title = QLabel(self.tr("Latest arrivals"))
        title.setStyleSheet("font-weight: bold; color: #333;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.view)

    def show_arrivals(self, rows: list[ArrivalInfo]) -> None:
        self.model.set_arrivals(rows[:LATEST_LIMIT])

    def add(self, arrival: ArrivalInfo) -> None:
        self.model.set_arrivals([arrival, *self.model.rows()][:LATEST_LIMIT])


class Counters(QWidget):
    """Arrived / expected overall (with a bar) and per role (role colours).

    The figures are :class:`katalyze.attendance.Attendance`'s, worded as the
    Participants screen and the booklet word them: "arrived of expected",
    then how many of them came as walk-ins, are still expected, cancelled.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = AttendanceWords(self)
        self.counts: ArrivalCounts | None = None
        self.max_rows = 99
        self.total = QLabel()
        self.total.setObjectName("arrivalsTotal")
        self.total.setStyleSheet("font-size: 19px; font-weight: bold;")
        self.total.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("arrivalsDetail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #444;")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.model = RoleCountsModel(self)
        view = QTableView()
        view.setModel(self.model)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setSelectionMode(QTableView.SelectionMode.NoSelection)
        view.verticalHeader().hide()
        view.horizontalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Sized from the figures only: the (hidden) header's long title would
        # otherwise widen it and cut the role names ("Investiss…").
        view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        view.setShowGrid(False)
        view.setFrameShape(QFrame.Shape.NoFrame)
        self.view = view
        for signal in (self.model.modelReset, self.model.dataChanged):
            signal.connect(self._on_model_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.total)
        layout.addWidget(self.detail)
        layout.addWidget(self.progress)
        layout.addWidget(view)

    def _on_model_changed(self, *_args: object) -> None:
        self.view.setColumnWidth(1, self.view.sizeHintForColumn(1))

    def headline(self, figures: Attendance) -> str:
        """E.g. « 111 arrivé·es sur 122 attendu·es »."""
        return self.words.arrived_of_expected(figures.arrived, figures.expected)

    def details(self, figures: Attendance) -> str:
        """E.g. « dont 5 inscrit·es à l'accueil · encore 11 attendu·es · 3 annulé·es »."""
        parts = []
        if figures.walk_ins:
            parts.append(self.tr("including %n walk-in(s)", "", figures.walk_ins))
        if figures.not_arrived > 0:
            parts.append(self.tr("%n still expected", "", figures.not_arrived))
        elif figures.expected:
            parts.append(self.tr("everyone expected is here"))
        if figures.cancelled:
            parts.append(self.words.cancelled(figures.cancelled))
        return " · ".join(parts)

    def show_counts(self, counts: ArrivalCounts) -> None:
        self.counts = counts
        figures = counts.totals
        self.total.setText(self.headline(figures))
        self.detail.setText(self.details(figures))
        self.detail.setVisible(bool(self.detail.text()))
        self.progress.setMaximum(max(1, figures.expected))
        self.progress.setValue(min(figures.arrived, max(1, figures.expected)))
        self.model.set_counts(list(counts.by_role))
        self._fit_rows()

    def set_max_rows(self, rows: int) -> None:
        """Roles shown at once (the rest scroll): a short screen keeps room
        for the latest arrivals."""
        self.max_rows = rows
        self._fit_rows()

    def _fit_rows(self) -> None:
        self.view.setFixedHeight(ROW_HEIGHT * min(self.model.rowCount(), self.max_rows) + 2)

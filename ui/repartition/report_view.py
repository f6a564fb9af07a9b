"""The rules a seating breaks (a list model) and the quality report (HTML)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from katalyze.assignment.seats import Violation

HARD_COLOUR = QColor("#c92a2a")
SOFT_COLOUR = QColor("#d9480f")


def violation_key(v: Violation) -> tuple[object, ...]:
    return (v.kind, v.project_id, v.participant_ids, v.round)


class ViolationsModel(QAbstractListModel):
    """Broken rules first (hard), then goals not met."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Violation] = []

    def set_violations(self, violations: list[Violation]) -> None:
        ordered = sorted(violations, key=lambda v: (not v.hard, v.round, v.message))
        if ordered == self._items:
            return
        self.beginResetModel()
        self._items = ordered
        self.endResetModel()

    def violation(self, row: int) -> Violation | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def messages(self) -> list[str]:
        return [v.message for v in self._items]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        v = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return v.message
        if role == Qt.ItemDataRole.ForegroundRole:
            return HARD_COLOUR if v.hard else SOFT_COLOUR
        if role == Qt.ItemDataRole.DecorationRole:
            return HARD_COLOUR if v.hard else QColor("#f08c00")
        return None


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _row(label: str, value: str, good: bool | None = None) -> str:
    colour = "" if good is None else ("color:#2b8a3e;" if good else "color:#c92a2a;")
    return (
        f"<tr><td style='padding:2px 10px 2px 0'>{_esc(label)}</td>"
        f"<td style='padding:2px 0; font-weight:bold; {colour}'>{_esc(value)}</td></tr>"
    )


def _pct(value: Any) -> str:
    """A percentage in the user's locale ("66,3 %" in French)."""
    return QLocale().toString(float(value or 0), "f", 1) + " %"


def _wish_row(f: dict[str, Any]) -> str:
    """The share of visitor-rounds on a wish, against the most any placement
    could give (green within 90 % of it)."""
    pct = f.get("wish_satisfaction_pct", 0)
    best = f.get("wish_attainable")
    value = _pct(pct)
    good = pct >= 75
    if best:
        value += (
            " ("
            + QCoreApplication.translate("QualityReport", "at best %1").replace(
                "%1", _pct(f.get("wish_attainable_pct", 0))
            )
            + ")"
        )
        good = f.get("visitor_rounds_on_wish", 0) >= 0.9 * best
    return _row(
        QCoreApplication.translate("QualityReport", "Visitor-rounds on a wish"), value, good
    )


def _solver_state(status: Any) -> str:
    """How a round's solve ended, in words (never the solver's own status code)."""
    if status.optimal:
        return QCoreApplication.translate("QualityReport", "proven optimal")
    gap = status.gap
    if status.status == "time_limit" and gap is not None and 0 < gap <= 1:
        return QCoreApplication.translate(
            "QualityReport", "best seating found in the time allowed (within %1 of the optimum)"
        ).replace("%1", _pct(100 * gap))
    if status.status == "heuristic":
        return QCoreApplication.translate("QualityReport", "quick placement (no proof)")
    if status.status == "stopped":
        return QCoreApplication.translate(
            "QualityReport", "stopped by you: the best seating found so far"
        )
    if status.status == "limit":
        return QCoreApplication.translate(
            "QualityReport", "best seating found within the work allowed (no proof)"
        )
    return QCoreApplication.translate("QualityReport", "best seating found in the time allowed")


def report_html(report: Any) -> str:
    """A PlacementReport in plain words: headline figures, then every goal not met."""
    if report is None:
        return (
            "<p>"
            + _esc(
                QCoreApplication.translate(
                    "QualityReport", "Nobody is seated yet: run the placement."
                )
            )
            + "</p>"
        )
    f = report.figures
    rows = [
        _row(
            QCoreApplication.translate("QualityReport", "People"),
            f"{f.get('people', 0)} ({f.get('visitors', 0)} "
            + QCoreApplication.translate("QualityReport", "visitors")
            + ")",
        ),
        _row(
            QCoreApplication.translate("QualityReport", "Tables × rounds"),
            f"{f.get('tables', 0)} × {f.get('rounds', 0)}",
        ),
        _wish_row(f),
        _row(
            QCoreApplication.translate("QualityReport", "… on their first wish"),
            _pct(f.get("first_wish_pct", 0)),
        ),
        _row(
            QCoreApplication.translate("QualityReport", "Needs covered"),
            f"{f.get('needs_covered', 0)} / {f.get('needs_total', 0)} ({_pct(f.get('needs_covered_pct', 0))})",
            f.get("needs_covered", 0) == f.get("needs_total", 0),
        ),
    ]
    if f.get("rounds", 1) > 1:
        bound = f.get("repeat_lower_bound", 0)
        rows.append(
            _row(
                QCoreApplication.translate("QualityReport", "Repeated encounters"),
                f"{f.get('repeats', 0)} ("
                + QCoreApplication.translate("QualityReport", "minimum possible: %1").replace(
                    "%1", str(bound)
                )
                + ")",
                f.get("repeats", 0) <= bound,
            )
        )
        rows.append(
            _row(
                QCoreApplication.translate("QualityReport", "Most meetings of one pair"),
                str(f.get("max_meetings", 0)),
            )
        )
        rows.append(
            _row(
                QCoreApplication.translate("QualityReport", "Tables revisited"),
                str(f.get("revisits", 0)),
                f.get("revisits", 0) == 0,
            )
        )
    clashes, unavoidable = f.get("colleague_clashes", 0), f.get("colleague_clashes_unavoidable", 0)
    rows.append(
        _row(
            QCoreApplication.translate("QualityReport", "Colleagues at one table"),
            f"{clashes}"
            + (
                " ("
                + QCoreApplication.translate("QualityReport", "%1 unavoidable").replace(
                    "%1", str(unavoidable)
                )
                + ")"
                if unavoidable
                else ""
            ),
            clashes <= unavoidable,
        )
    )
    rows.append(
        _row(
            QCoreApplication.translate("QualityReport", "Tables off the role mix"),
            str(f.get("role_spread_violations", 0)),
            f.get("role_spread_violations", 0) == 0,
        )
    )
    rows.append(
        _row(
            QCoreApplication.translate("QualityReport", "Hard rules broken"),
            str(f.get("hard_violations", 0)),
            f.get("hard_violations", 0) == 0,
        )
    )
    rows.append(
        _row(
            QCoreApplication.translate("QualityReport", "People without a seat"),
            str(f.get("unseated", 0)),
            f.get("unseated", 0) == 0,
        )
    )

    statuses = list(getattr(report, "rounds_status", ()))
    solver = ""
    if statuses and any(s.status != "stored" for s in statuses):
        parts = []
        for s in statuses:
            parts.append(
                QCoreApplication.translate("QualityReport", "Round %1: %2 in %3 s")
                .replace("%1", str(s.round))
                .replace("%2", _solver_state(s))
                .replace("%3", QLocale().toString(float(s.seconds), "f", 2))
            )
        solver = "<p style='color:#495057'>" + "<br>".join(_esc(p) for p in parts) + "</p>"
    elif statuses:
        solver = (
            "<p style='color:#495057'>"
            + _esc(
                QCoreApplication.translate(
                    "QualityReport", "Figures of the seats as they are now (hand moves included)."
                )
            )
            + "</p>"
        )

    unmet = list(getattr(report, "unmet", ()))
    title = QCoreApplication.translate("QualityReport", "Quality of the seating")
    if unmet:
        heading = QCoreApplication.translate("QualityReport", "Goals not met")
        items = "".join(f"<li style='margin-bottom:4px'>{_esc(u)}</li>" for u in unmet)
        goals = f"<h3>{_esc(heading)}</h3><ul style='margin-left:-20px'>{items}</ul>"
    else:
        met = QCoreApplication.translate("QualityReport", "Every goal is met.")
        goals = f"<p style='color:#2b8a3e'><b>{_esc(met)}</b></p>"
    return f"<h3>{_esc(title)}</h3><table>{''.join(rows)}</table>{solver}{goals}"

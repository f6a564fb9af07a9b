"""The quality report in words: a round's solver status is never shown as a code."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from katalyze.assignment.report import PlacementReport, RoundStatus
from ui.repartition.report_view import report_html


def _report(*statuses: RoundStatus) -> PlacementReport:
    return PlacementReport(
        rounds=len(statuses),
        people=10,
        visitors=8,
        tables=(),
        persons=(),
        figures={"people": 10, "visitors": 8, "tables": 2, "rounds": len(statuses)},
        rounds_status=statuses,
        unmet=(),
        seconds=1.0,
        weights={},
    )


def test_round_statuses_are_words(qapp) -> None:
    html = report_html(
        _report(
            RoundStatus(1, "optimal", True, 0.0, 0.9),
            RoundStatus(2, "time_limit", False, 0.077, 5.0),
            RoundStatus(3, "time_limit", False, 2.9, 5.0),
            RoundStatus(4, "heuristic", False, None, 0.2),
        )
    )
    for code in ("time_limit", "heuristic", "2.9", "290"):
        assert code not in html
    assert "proven optimal" in html or "optimum prouvé" in html
    assert "7.7 %" in html or "7,7 %" in html  # round 2's gap, in the user's locale
    assert html.count("quick placement") + html.count("placement rapide") == 1

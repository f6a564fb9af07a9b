"""Table placement: the solver, rotations, late arrivals, seats and the quality report.

``place`` seats everyone (a constructive seating at once, then a single
round's MILP with HiGHS, or a whole-evening simulated annealing for
rotations, all counted work: see :mod:`katalyze.assignment.search`; every
goal is defined once in :mod:`katalyze.assignment.goals`), ``quality_report``
judges the stored seats, ``place_late_arrival`` seats one more person without
moving anyone; the seats service lives in :mod:`katalyze.assignment.seats`.
"""

from katalyze.assignment.late import place_late_arrival
from katalyze.assignment.placement import place, quality_report
from katalyze.assignment.problem import Weights
from katalyze.assignment.report import PlacementReport

__all__ = ["PlacementReport", "Weights", "place", "place_late_arrival", "quality_report"]

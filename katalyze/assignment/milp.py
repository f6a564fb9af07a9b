"""A small mixed-integer model builder over HiGHS (``highspy``).

Columns and rows are appended as plain Python lists and passed to HiGHS in
one row-wise matrix, which is much faster than the modelling layer for the
tens of thousands of variables a large evening needs.
"""

from __future__ import annotations

import math
import os
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

INF = float("inf")

# Counted work per solve when the caller gives no node limit: the same model
# and seed give the same answer on a fast or a slow machine.
DEFAULT_NODE_LIMIT = 20_000
# The wall clock only as a safety net (a runaway machine); a solve that hits
# it says so in its status ("time_limit"), and the report names it.
SAFETY_SECONDS = 600.0
# The finest cost step looked for (1/denominator of a point): wish points
# times the fairness boost are halves, the defaults are whole points.
STEP_DENOMINATOR = 64
# A gap this fraction of a step below the step is still a proof.
STEP_MARGIN = 1e-3


def objective_step(costs: Iterable[float]) -> float:
    """The largest ``g`` such that every cost is a whole multiple of ``g``
    (0.0 when there is none of at most :data:`STEP_DENOMINATOR` parts of a
    point, e.g. noisy costs). When every column takes whole values at an
    optimum, every seating's best cost is then a multiple of ``g`` too."""
    numerator, denominator = 0, 1
    # Each distinct cost once (a round's model repeats a few prices over
    # thousands of columns: 1833 columns, 15 ms -> under 1 ms at 120 × 15).
    for cost in set(costs):
        if cost == 0.0:
            continue
        if not math.isfinite(cost):
            return 0.0
        near = Fraction(cost).limit_denominator(STEP_DENOMINATOR)
        if abs(float(near) - cost) > 1e-9 * max(1.0, abs(cost)):
            return 0.0
        # gcd of two fractions a/b, c/d: gcd(a·d, c·b) / (b·d), kept reduced.
        step = Fraction(math.gcd(numerator * near.denominator, abs(near.numerator) * denominator),
                        denominator * near.denominator)  # fmt: skip
        numerator, denominator = step.numerator, step.denominator
    return numerator / denominator if numerator else 0.0


def new_highs():  # type: ignore[no-untyped-def]
    """A silent ``highspy.Highs``: its banner is written on fd 1 while it is
    constructed, before any option can be set, so fd 1 points to the null
    device meanwhile (``--json`` prints one JSON document on stdout)."""
    import highspy

    sys.stdout.flush()
    saved = os.dup(1)
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 1)
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("log_to_console", False)
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(null)
    return h


@dataclass(frozen=True)
class SolveResult:
    values: np.ndarray
    status: str  # "optimal", "time_limit", "interrupted", "infeasible", "error"
    objective: float
    bound: float
    gap: float
    seconds: float
    nodes: int
    lp_iterations: int = 0  # HiGHS's simplex iterations: work, not time

    @property
    def optimal(self) -> bool:
        return self.status == "optimal"

    @property
    def has_solution(self) -> bool:
        return self.values.size > 0


class Model:
    def __init__(self) -> None:
        self.cost: list[float] = []
        self.lower: list[float] = []
        self.upper: list[float] = []
        self.integer: list[bool] = []
        self.row_lower: list[float] = []
        self.row_upper: list[float] = []
        self.starts: list[int] = [0]
        self.index: list[int] = []
        self.value: list[float] = []

    @property
    def num_cols(self) -> int:
        return len(self.cost)

    @property
    def num_rows(self) -> int:
        return len(self.row_lower)

    def add_col(self, cost: float, lower: float, upper: float, integer: bool) -> int:
        self.cost.append(cost)
        self.lower.append(lower)
        self.upper.append(upper)
        self.integer.append(integer)
        return len(self.cost) - 1

    def add_row(
        self, cols: Sequence[int], coefs: Sequence[float], lower: float, upper: float
    ) -> None:
        self.index.extend(cols)
        self.value.extend(coefs)
        self.starts.append(len(self.index))
        self.row_lower.append(lower)
        self.row_upper.append(upper)

    def dive_start(
        self,
        *,
        node_limit: int,
        seed: int = 0,
        time_limit: float | None = None,
        should_stop: Callable[[], bool] | None = None,
        step: float = 0.0,
        options: Mapping[str, bool | int | float | str] | None = None,
    ) -> dict[int, float] | None:
        """A whole solution to start from: the linear relaxation, then the
        MIP with every binary column at 1 in the relaxation's optimum fixed
        at 1 (a much smaller MIP, ``node_limit`` nodes at most). ``None``
        when that finds no solution. Counted work only, like :meth:`solve`."""
        integer, lower = self.integer, self.lower
        try:
            self.integer = [False] * self.num_cols
            relaxed = self.solve(seed=seed, time_limit=time_limit, should_stop=should_stop)
            if not relaxed.optimal:
                return None
            self.integer = integer
            self.lower = [
                1.0 if whole and low == 0.0 and high == 1.0 and value > 1.0 - 1e-6 else low
                for whole, low, high, value in zip(
                    integer, lower, self.upper, relaxed.values, strict=True
                )
            ]
            fixed = self.solve(
                seed=seed,
                time_limit=time_limit,
                node_limit=node_limit,
                should_stop=should_stop,
                step=step,
                options=options,
            )
        finally:
            self.integer, self.lower = integer, lower
        if not fixed.has_solution:
            return None
        return {col: float(value) for col, value in enumerate(fixed.values)}

    def solve(
        self,
        *,
        seed: int = 0,
        time_limit: float | None = None,
        node_limit: int | None = None,
        rel_gap: float = 1e-6,
        threads: int = 1,
        should_stop: Callable[[], bool] | None = None,
        on_improved: Callable[[float, float], None] | None = None,
        start: dict[int, float] | None = None,
        step: float = 0.0,
        options: Mapping[str, bool | int | float | str] | None = None,
    ) -> SolveResult:
        """Minimise; HiGHS runs single-threaded with a fixed seed and a
        counted node limit, so that a seed gives the same seating on any
        machine; ``time_limit`` is only a safety net (status "time_limit").

        ``step`` (see :func:`objective_step`): the caller's word that the
        best value of every seating is a whole multiple of ``step``; a
        seating less than one step above the bound is then optimal, and
        HiGHS stops there instead of closing the last fraction of a point.
        ``options``: more HiGHS options, set last (for the benchmarks that
        compare them, ``tests/benchmarks/bench_round_milp.py``)."""
        import highspy

        started = time.perf_counter()
        h = new_highs()
        h.setOptionValue("random_seed", int(seed) % 2_147_483_647)
        h.setOptionValue("threads", int(threads))
        h.setOptionValue("mip_rel_gap", float(rel_gap))
        h.setOptionValue("mip_abs_gap", step * (1.0 - STEP_MARGIN) if step > 0 else 1e-7)
        h.setOptionValue("time_limit", float(SAFETY_SECONDS if time_limit is None else time_limit))
        h.setOptionValue(
            "mip_max_nodes", int(DEFAULT_NODE_LIMIT if node_limit is None else node_limit)
        )
        for name, value in (options or {}).items():
            h.setOptionValue(name, value)

        lp = highspy.HighsLp()
        lp.num_col_ = self.num_cols
        lp.num_row_ = self.num_rows
        lp.col_cost_ = np.asarray(self.cost, dtype=np.float64)
        lp.col_lower_ = np.asarray(self.lower, dtype=np.float64)
        lp.col_upper_ = np.asarray(self.upper, dtype=np.float64)
        lp.row_lower_ = np.asarray(self.row_lower, dtype=np.float64)
        lp.row_upper_ = np.asarray(self.row_upper, dtype=np.float64)
        lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
        lp.a_matrix_.num_col_ = self.num_cols
        lp.a_matrix_.num_row_ = self.num_rows
        lp.a_matrix_.start_ = np.asarray(self.starts, dtype=np.int32)
        lp.a_matrix_.index_ = np.asarray(self.index, dtype=np.int32)
        lp.a_matrix_.value_ = np.asarray(self.value, dtype=np.float64)
        lp.integrality_ = [
            highspy.HighsVarType.kInteger if i else highspy.HighsVarType.kContinuous
            for i in self.integer
        ]
        h.passModel(lp)
        if start:
            cols = np.fromiter(start.keys(), dtype=np.int32, count=len(start))
            vals = np.fromiter(start.values(), dtype=np.float64, count=len(start))
            h.setSolution(len(start), cols, vals)

        interrupted = [False]
        if should_stop is not None:

            def _interrupt(event) -> None:  # type: ignore[no-untyped-def]
                if should_stop():
                    interrupted[0] = True
                    event.interrupt()

            h.cbMipInterrupt += _interrupt
            h.cbSimplexInterrupt += _interrupt
        if on_improved is not None:

            def _improved(event) -> None:  # type: ignore[no-untyped-def]
                data = event.data_out
                on_improved(float(data.objective_function_value), float(data.mip_gap))

            h.cbMipImprovingSolution += _improved

        h.run()
        model_status = h.getModelStatus()
        info = h.getInfo()
        name = h.modelStatusToString(model_status).lower()
        solution = h.getSolution()
        values = np.asarray(solution.col_value, dtype=np.float64)
        has_primal = info.primal_solution_status == 2  # kSolutionStatusFeasible
        if model_status == highspy.HighsModelStatus.kOptimal:
            status = "optimal"
        elif interrupted[0] or "interrupt" in name:
            status = "interrupted"
        elif "time" in name:
            status = "time_limit"
        elif "infeasible" in name:
            status = "infeasible"
        else:
            status = "error" if not has_primal else "limit"
        if not has_primal:
            values = np.empty(0)
        objective = float(info.objective_function_value) if has_primal else INF
        bound = float(info.mip_dual_bound) if hasattr(info, "mip_dual_bound") else objective
        gap = float(info.mip_gap) if has_primal else INF
        if status == "optimal":
            gap = max(0.0, gap) if gap == gap else 0.0
        return SolveResult(
            values=values,
            status=status,
            objective=objective,
            bound=bound,
            gap=gap,
            seconds=time.perf_counter() - started,
            nodes=int(getattr(info, "mip_node_count", 0) or 0),
            lp_iterations=int(getattr(info, "simplex_iteration_count", 0) or 0),
        )

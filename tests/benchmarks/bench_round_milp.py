"""A single round's MILP under several HiGHS settings (issue 15, acceptance 4 and 5).

Builds the demo evening (seed 1, everyone arrived), lets the placement build
its round model once, then solves that same model again with each setting
and prints the CPU seconds (``time.process_time``: fair on a loaded machine,
where wall seconds are not), HiGHS's LP iterations and nodes (work that does
not depend on the machine), the status and the objective::

    .venv/bin/python tests/benchmarks/bench_round_milp.py --case 2000x40
    .venv/bin/python tests/benchmarks/bench_round_milp.py --case 120x15 --repeat 3

``--case`` is people x tables (one round). A setting that changes neither the
LP iterations nor the objective took the same path: its CPU difference is noise.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))

from bench_placement_trust import _event  # noqa: E402

from katalyze.assignment import milp  # noqa: E402
from katalyze.assignment.problem import build_problem, load_weights  # noqa: E402
from katalyze.assignment.search import search_rounds  # noqa: E402

# (name, HiGHS options on top of the placement's own). Measured on a loaded
# 2-core machine: at 2,000 × 40 none of these beats the placement's own; at
# 120 × 15 "no RENS" did, and is now its own (search.SMALL_ROUND_OPTIONS).
SETTINGS: list[tuple[str, dict[str, Any]]] = [
    ("placement's own", {}),
    ("gap 1e-7 (no cost step)", {"mip_abs_gap": 1e-7}),
    ("no symmetry detection", {"mip_detect_symmetry": False}),
    ("no feasibility jump", {"mip_heuristic_run_feasibility_jump": False}),
    ("RENS on (HiGHS's default)", {"mip_heuristic_run_rens": True}),
    ("no RENS", {"mip_heuristic_run_rens": False}),
    ("no RINS, no RENS", {"mip_heuristic_run_rins": False, "mip_heuristic_run_rens": False}),
    ("interior point LPs", {"mip_lp_solver": "ipm"}),
]


def _capture(problem: Any, weights: Any) -> tuple[milp.Model, dict[str, Any]]:
    """The round's model the search hands to HiGHS last (after the dive's
    relaxation and fixed MIP on the same model, see ``Model.dive_start``),
    and its arguments."""
    seen: list[tuple[milp.Model, dict[str, Any]]] = []
    solve = milp.Model.solve

    def record(self: milp.Model, **kwargs: Any) -> milp.SolveResult:
        seen.append((self, kwargs))
        return solve(self, **kwargs)

    milp.Model.solve = record  # type: ignore[method-assign]
    try:
        search_rounds(problem, weights, seed=0)
    finally:
        milp.Model.solve = solve  # type: ignore[method-assign]
    return max(reversed(seen), key=lambda s: s[0].num_cols)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", default="2000x40")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--only", nargs="*", help="names of the settings to run")
    args = parser.parse_args()
    people, tables = (int(v) for v in args.case.split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        db, _ = _event(Path(tmp) / "round.katalyze", people, tables)
        problem, weights = build_problem(db, 1, True), load_weights(db)
        db.close()
    model, kwargs = _capture(problem, weights)
    own = dict(kwargs.get("options") or {})
    kwargs = {k: v for k, v in kwargs.items() if k not in ("should_stop", "on_improved", "options")}
    print(
        f"{args.case}, one round: {model.num_cols} columns, {model.num_rows} rows, "
        f"{len(model.index)} nonzeros, cost step {kwargs.get('step', 0.0)}, "
        f"start given: {kwargs.get('start') is not None}, own options {own}",
        flush=True,
    )
    for name, options in SETTINGS:
        if args.only and name not in args.only:
            continue
        for _ in range(args.repeat):
            cpu = time.process_time()
            result = model.solve(**kwargs, options={**own, **options})
            cpu = time.process_time() - cpu
            print(
                f"  {name:28s} {cpu:7.2f} CPU s | {result.status}, objective "
                f"{result.objective:.1f}, bound {result.bound:.1f}, nodes {result.nodes}, "
                f"LP iterations {result.lp_iterations}",
                flush=True,
            )


if __name__ == "__main__":
    main()

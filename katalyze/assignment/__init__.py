"""Table placement: the solver, rotations, late arrivals, seats and the quality report."""

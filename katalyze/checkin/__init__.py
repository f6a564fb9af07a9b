"""The door: check-in by badge code or name, walk-ins, the scan log."""

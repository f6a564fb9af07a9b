"""The command line: a thin front on the core services (see DESIGN.md)."""

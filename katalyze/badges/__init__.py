"""Badge codes and printable badges (PDF)."""

"""Live capture at the tables: items, votes, syntheses."""

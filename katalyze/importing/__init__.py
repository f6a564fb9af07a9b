"""Registration and project import: read CSV/XLSX as organisers get them, guess the columns, match, merge, report."""

"""The import review dialog: column mapping, live preview, progress and report."""

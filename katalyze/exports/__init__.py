"""The morning after: action sheets, booklet, workbook, CSV."""

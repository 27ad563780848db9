"""Files in and out: workbook import/export, CSV, calendar (ICS)."""

"""The workbook's import and export in the desktop app."""

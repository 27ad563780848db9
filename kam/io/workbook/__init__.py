"""The workbook import and export of docs/workbook.md (``.xlsx`` or a folder of CSV files)."""

from kam.io.workbook.exporter import export_workbook
from kam.io.workbook.importer import import_workbook
from kam.io.workbook.progress import Progress, no_progress
from kam.io.workbook.report import ImportReport, Problem

__all__ = ["ImportReport", "Problem", "Progress", "export_workbook", "import_workbook",
           "no_progress"]

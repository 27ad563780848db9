"""The workbook import and export of docs/workbook.md (``.xlsx`` or a folder of CSV files)."""

from kam.exchange.exporter import export_workbook
from kam.exchange.importer import import_workbook
from kam.exchange.progress import Progress, no_progress
from kam.exchange.report import ImportReport, Problem

__all__ = [
    "ImportReport",
    "Problem",
    "Progress",
    "export_workbook",
    "import_workbook",
    "no_progress",
]

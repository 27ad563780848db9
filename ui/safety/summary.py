"""Small shared pieces of the safety screens: record counts in words, a busy cursor."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from kam.safety.restore import BackupSummary

# (table, label) in the order the restore list shows them.
COUNT_LABELS = (
    ("account", "Accounts"),
    ("contact", "Contacts"),
    ("contract", "Contracts"),
    ("visit", "Visits"),
)


def count_label(table: str) -> str:
    labels = {
        "account": QCoreApplication.translate("Backups", "Accounts"),
        "contact": QCoreApplication.translate("Backups", "Contacts"),
        "contract": QCoreApplication.translate("Backups", "Contracts"),
        "visit": QCoreApplication.translate("Backups", "Visits"),
    }
    return labels.get(table, table)


def describe_counts(summary: BackupSummary) -> str:
    """E.g. "93 accounts, 412 contacts, 1,204 contracts, 380 visits"."""
    parts = [
        QCoreApplication.translate("Backups", "%1: %2")
        .replace("%1", count_label(table))
        .replace("%2", f"{summary.counts[table]:,}")
        for table, _label in COUNT_LABELS
        if table in summary.counts
    ]
    return QCoreApplication.translate("Backups", ", ").join(parts)


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor for work that takes a moment (key derivation, a full check)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()

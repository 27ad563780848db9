"""The backup list: when each automatic backup was taken, why, and what it holds.

The user picks one to restore (or a file of their own); the restore itself is done by
:mod:`ui.safety.actions`, which has to close the open database first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam.safety.restore import BackupSummary, list_summaries
from kam.store.backup import backup_dir, reason_label
from ui.safety.summary import COUNT_LABELS, busy, count_label
from ui.widgets.ask import choose_file_open
from ui.widgets.table_model import Column, RowTableModel
from ui.widgets.table_view import ListTable


def _count_column(table: str) -> Column[BackupSummary]:
    return Column(lambda: count_label(table), lambda s: s.counts.get(table, ""), numeric=True)


def backup_columns() -> list[Column[BackupSummary]]:
    return [
        Column(lambda: QCoreApplication.translate("Backups", "Taken"),
               lambda s: s.taken_at.astimezone().strftime("%Y-%m-%d %H:%M") if s.taken_at else ""),
        Column(lambda: QCoreApplication.translate("Backups", "Reason"), lambda s: reason_label(s.reason)),
        *[_count_column(table) for table, _label in COUNT_LABELS],
        Column(lambda: QCoreApplication.translate("Backups", "State"), lambda s: QCoreApplication.translate("Backups", "Good") if s.ok else s.problems[0]),
    ]


class BackupsDialog(QDialog):
    """Lists the backups of ``database``; ``chosen()`` is the file to restore, if any."""

    def __init__(
        self, database: Path, passphrase: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(760, 420)
        self._database = database
        self._passphrase = passphrase
        self._chosen: Path | None = None
        layout = QVBoxLayout(self)
        folder = QLabel(self.tr("Automatic backups in %1").replace("%1", str(backup_dir(database))))
        folder.setWordWrap(True)
        layout.addWidget(folder)
        self.model: RowTableModel[BackupSummary] = RowTableModel(backup_columns(), self)
        self.table = ListTable()
        self.table.setObjectName("backupTable")
        self.table.setModel(self.model)
        self.table.activated_row.connect(lambda _row: self._restore_selected())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("There are no automatic backups of this database yet."))
        layout.addWidget(self.empty)
        note = QLabel(self.tr(
            "The backup is checked before it replaces the database, and the current "
            "version is backed up first, so a restore can itself be undone."
        ))
        note.setWordWrap(True)
        layout.addWidget(note)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore selected"))
        self.restore_button.setObjectName("restoreSelected")
        self.restore_button.clicked.connect(self._restore_selected)
        from_file = QPushButton(self.tr("Restore from a &file…"))
        from_file.setObjectName("restoreFromFile")
        from_file.clicked.connect(self._restore_file)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row.addWidget(self.restore_button)
        row.addWidget(from_file)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        with busy():
            rows = list_summaries(self._database, self._passphrase)
        self.model.set_rows(rows)
        self.table.fit_columns()
        self.empty.setVisible(not rows)
        self.restore_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def chosen(self) -> Path | None:
        return self._chosen

    def _restore_selected(self) -> None:
        row = self.table.current_row()
        if row < 0:
            return
        summary = self.model.row_at(row)
        if not summary.ok:
            self.empty.setText(self.tr("This backup cannot be restored: %1").replace(
                "%1", summary.problems[0]))
            self.empty.setVisible(True)
            return
        self._chosen = summary.path
        self.accept()

    def _restore_file(self) -> None:
        path = choose_file_open(
            self, self.tr("Restore from a file"), str(backup_dir(self._database)),
            self.tr("KAM Desk backups (*.sqlite3 *.db);;All files (*)"),
        )
        if path:
            self._chosen = Path(path)
            self.accept()

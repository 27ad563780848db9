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
from kam.safety.stray import convert_stray, remove_stray
from kam.store.backup import backup_dir, reason_label
from kam.store.errors import StoreError
from ui.safety.passphrase import ask_passphrase
from ui.safety.summary import COUNT_LABELS, busy, count_label
from ui.widgets.ask import choose_file_open
from ui.widgets.confirm import confirm_delete
from ui.widgets.table_model import Column, RowTableModel
from ui.widgets.table_view import ListTable


def _count_column(table: str) -> Column[BackupSummary]:
    return Column(lambda: count_label(table), lambda s: s.counts.get(table, ""), numeric=True)


def backup_columns() -> list[Column[BackupSummary]]:
    return [
        Column(
            lambda: QCoreApplication.translate("Backups", "Taken"),
            lambda s: s.taken_at.astimezone().strftime("%Y-%m-%d %H:%M") if s.taken_at else "",
        ),
        Column(
            lambda: QCoreApplication.translate("Backups", "Reason"),
            lambda s: reason_label(s.reason),
        ),
        *[_count_column(table) for table, _label in COUNT_LABELS],
        Column(lambda: QCoreApplication.translate("Backups", "State"), _state),
    ]


def _state(s: BackupSummary) -> str:
    if s.other_key:
        return QCoreApplication.translate("Backups", "In another key: convert or remove it")
    return QCoreApplication.translate("Backups", "Good") if s.ok else s.problems[0]


class BackupsDialog(QDialog):
    """Lists the backups of ``database``; ``chosen()`` is the file to restore, if any.
    A backup in another key (kam.safety.stray) can be converted to the database's key
    (with its own passphrase) or removed here; ``strays`` opens the dialog on them, after
    a key change that left some."""

    def __init__(
        self,
        database: Path,
        passphrase: str | None,
        parent: QWidget | None = None,
        *,
        strays: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(
            self.tr("Backups in another key") if strays else self.tr("Restore a backup")
        )
        self.resize(760, 420)
        self._database = database
        self._passphrase = passphrase
        self._chosen: Path | None = None
        layout = QVBoxLayout(self)
        folder = QLabel(self.tr("Automatic backups in %1").replace("%1", str(backup_dir(database))))
        folder.setWordWrap(True)
        layout.addWidget(folder)
        if strays:
            notice = QLabel(
                self.tr(
                    "The key change is done. These backups are in another key and were left as "
                    "they are: the database's key does not open them. Convert each to the "
                    "database's key (its own passphrase is asked for) or remove it."
                )
            )
            notice.setObjectName("strayNotice")
            notice.setWordWrap(True)
            layout.addWidget(notice)
        self.model: RowTableModel[BackupSummary] = RowTableModel(backup_columns(), self)
        self.table = ListTable()
        self.table.setObjectName("backupTable")
        self.table.setModel(self.model)
        self.table.activated_row.connect(lambda _row: self._restore_selected())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("There are no automatic backups of this database yet."))
        layout.addWidget(self.empty)
        note = QLabel(
            self.tr(
                "The backup is checked before it replaces the database, and the current "
                "version is backed up first, so a restore can itself be undone."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.message = QLabel()
        self.message.setObjectName("backupsMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        stray_row = QHBoxLayout()
        self.convert_button = QPushButton(self.tr("&Convert to this database's key…"))
        self.convert_button.setObjectName("convertStray")
        self.convert_button.clicked.connect(self._convert_selected)
        self.remove_button = QPushButton(self.tr("Remo&ve this backup…"))
        self.remove_button.setObjectName("removeStray")
        self.remove_button.clicked.connect(self._remove_selected)
        stray_row.addWidget(self.convert_button)
        stray_row.addWidget(self.remove_button)
        stray_row.addStretch(1)
        layout.addLayout(stray_row)
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
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.refresh(strays_first=strays)

    def refresh(self, *, strays_first: bool = False) -> None:
        with busy():
            rows = list_summaries(self._database, self._passphrase)
        self.model.set_rows(rows)
        self.table.fit_columns()
        self.empty.setVisible(not rows)
        self.restore_button.setEnabled(bool(rows))
        if rows:
            first = next((n for n, r in enumerate(rows) if r.other_key), 0) if strays_first else 0
            self.table.selectRow(first)
        self._enable()

    def _selected(self) -> BackupSummary | None:
        row = self.table.current_row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def _enable(self) -> None:
        chosen = self._selected()
        stray = chosen is not None and chosen.other_key
        self.convert_button.setEnabled(stray)
        self.remove_button.setEnabled(stray)

    def _convert_selected(self) -> None:
        chosen = self._selected()
        if chosen is None or not chosen.other_key:
            return
        backup_key = None
        if chosen.encrypted:
            backup_key = ask_passphrase(self, str(chosen.path))
            if backup_key is None:
                return
        try:
            with busy():
                convert_stray(self._database, self._passphrase, chosen.path, backup_key)
        except StoreError as exc:  # a wrong passphrase among them: the backup is unchanged
            self.message.setText(str(exc))
            return
        self.refresh()
        self.message.setText(
            self.tr("%1 now uses the database's key.").replace("%1", chosen.path.name)
        )

    def _remove_selected(self) -> None:
        chosen = self._selected()
        if chosen is None or not chosen.other_key or not confirm_delete(self, chosen.path.name):
            return
        try:
            remove_stray(self._database, self._passphrase, chosen.path)
        except StoreError as exc:
            self.message.setText(str(exc))
            return
        self.refresh()
        self.message.setText(self.tr("%1 was removed.").replace("%1", chosen.path.name))

    def chosen(self) -> Path | None:
        return self._chosen

    def _restore_selected(self) -> None:
        row = self.table.current_row()
        if row < 0:
            return
        summary = self.model.row_at(row)
        if not summary.ok:
            self.empty.setText(
                self.tr("This backup cannot be restored: %1").replace("%1", summary.problems[0])
            )
            self.empty.setVisible(True)
            return
        self._chosen = summary.path
        self.accept()

    def _restore_file(self) -> None:
        path = choose_file_open(
            self,
            self.tr("Restore from a file"),
            str(backup_dir(self._database)),
            self.tr("KAM Desk backups (*.sqlite3 *.db);;All files (*)"),
        )
        if path:
            self._chosen = Path(path)
            self.accept()

"""Automatic backups while the app runs: one at start, then every 30 minutes.

Each backup runs off the GUI thread (an encrypted file spends about a second deriving
its key) and is skipped when nothing changed since the last one, so an idle app does
not fill the folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from kam.store.backup import take_backup
from kam.store.errors import StoreError
from ui.context import AppContext

INTERVAL_MS = 30 * 60 * 1000


class BackupScheduler(QObject):
    """Takes the automatic backups of ``ctx.db`` (whichever database is open).

    Signals:
        backup_taken(str): the new backup file ("" when nothing had changed).
        backup_failed(str): a message for the status bar.
    """

    backup_taken = Signal(str)
    backup_failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupScheduler")
        self.ctx = ctx
        self._seen: object = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # backups one after another, never two at once
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.run("periodic"))

    def start(self) -> None:
        self.timer.start()
        self.database_opened()

    def database_opened(self) -> None:
        """A "start" backup of the open database, once per database opened."""
        if self.ctx.db is not self._seen:
            self._seen = self.ctx.db
            self.run("start")

    def run(self, reason: str) -> None:
        path = self.ctx.db.path
        if path is None:
            return
        key = self.ctx.db.passphrase
        self._pool.start(lambda: self._work(path, key, reason))

    def _work(self, path: Path, key: str | None, reason: str) -> None:
        try:
            made = take_backup(path, reason, key)
        except StoreError as exc:
            self.backup_failed.emit(str(exc))
            return
        self.backup_taken.emit(str(made) if made else "")

    def wait_idle(self) -> None:
        """Waits for a running backup (before the file is replaced or closed)."""
        self._pool.waitForDone()

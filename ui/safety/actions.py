"""The File menu's data-safety entries and what they do.

Restore, encrypt, change passphrase and remove encryption replace the database file,
so the open database is closed first (after unsaved edits are dealt with and a running
automatic backup has finished) and opened again afterwards — also when the operation
failed, so the user is never left without a database.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from kam.safety.restore import restore_backup
from kam.store import Database, raw
from kam.store.crypto import KeyChange, decrypt_database, encrypt_database, rekey_database
from kam.store.errors import PassphraseRequired, StoreError, WrongPassphrase
from ui.context import AppContext
from ui.safety.background import BackupScheduler
from ui.safety.backups_dialog import BackupsDialog
from ui.safety.check_dialog import CheckDialog
from ui.safety.passphrase import ask_new_passphrase, ask_passphrase
from ui.safety.startup import open_interactively
from ui.safety.summary import busy
from ui.widgets.ask import ask_box, choose_file_save, inform
from ui.widgets.errors import show_store_error


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """A yes/no question whose safe answer (Cancel) is the default."""
    box = QMessageBox(parent)
    box.setObjectName("confirmSafety")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    return ask_box(box) is go


class SafetyActions(QObject):
    """Backups, restore, check and encryption for the window's open database."""

    def __init__(self, window: QWidget, ctx: AppContext) -> None:
        """``window`` is the main window: it has ``confirm_leave_all()`` and ``rebuild()``."""
        super().__init__(window)
        self.setObjectName("safetyActions")
        self.window_ = window
        self.ctx = ctx
        self.scheduler = BackupScheduler(ctx, self)
        self.scheduler.backup_failed.connect(
            lambda message: self._status(
                QCoreApplication.translate("SafetyMenu", "Automatic backup failed: %1").replace(
                    "%1", message
                )
            )
        )

    # helpers -------------------------------------------------------------------------
    def _status(self, message: str) -> None:
        bar = getattr(self.window_, "statusBar", None)
        if callable(bar):
            bar().showMessage(message, 8000)

    def _path(self) -> Path | None:
        path = self.ctx.db.path
        if path is None:
            inform(
                self.window_,
                QCoreApplication.translate("SafetyMenu", "Backups"),
                QCoreApplication.translate(
                    "SafetyMenu", "This works only for a database file on this computer."
                ),
            )
        return path

    def _replace_file(self, work: Callable[[Path, str | None], str | None]) -> bool:
        """Closes the database, runs ``work(path, key) -> new key`` and opens it again."""
        path = self._path()
        window = self.window_
        if path is None or not window.confirm_leave_all():  # type: ignore[attr-defined]
            return False
        self.scheduler.wait_idle()
        key = self.ctx.db.passphrase
        self.ctx.db.close()
        new_key, done = key, False
        try:
            with busy():
                new_key = work(path, key)
            done = True
        except StoreError as exc:
            show_store_error(window, exc)
        self._reopen(path, new_key)
        return done

    def _reopen(self, path: Path, key: str | None) -> None:
        try:
            db: Database = open_interactively(path, self.window_, passphrase=key)
        except StoreError as exc:
            from ui.shell.database import open_with_recovery

            show_store_error(self.window_, exc)
            fallback = open_with_recovery(None, self.window_)
            if fallback is None:
                self.window_.close()
                return
            db = fallback
        self.ctx.db = db
        self.window_.rebuild()  # type: ignore[attr-defined]
        self.scheduler.database_opened()

    # menu entries --------------------------------------------------------------------
    def backup_now(self) -> None:
        try:
            with busy():
                made = self.ctx.db.take_backup("manual", if_changed=False)
        except StoreError as exc:
            show_store_error(self.window_, exc)
            return
        if made is not None:
            self._status(
                QCoreApplication.translate("SafetyMenu", "Backup written to %1").replace(
                    "%1", str(made)
                )
            )

    def save_copy(self) -> None:
        path = self._path()
        if path is None:
            return
        target = choose_file_save(
            self.window_,
            QCoreApplication.translate("SafetyMenu", "Save a copy of the database"),
            str(Path.home() / f"{path.stem}-copy.sqlite3"),
            QCoreApplication.translate("SafetyMenu", "KAM Desk database (*.sqlite3)"),
        )
        if not target:
            return
        try:
            with busy():
                made = self.ctx.db.backup_to(Path(target))
        except StoreError as exc:
            show_store_error(self.window_, exc)
            return
        note = (
            QCoreApplication.translate("SafetyMenu", " It is encrypted with the same passphrase.")
            if self.ctx.db.encrypted
            else ""
        )
        inform(
            self.window_,
            QCoreApplication.translate("SafetyMenu", "Copy saved"),
            QCoreApplication.translate("SafetyMenu", "A copy was saved to %1.").replace(
                "%1", str(made)
            )
            + note,
        )

    def restore(self) -> None:
        path = self._path()
        if path is None:
            return
        dialog = BackupsDialog(path, self.ctx.db.passphrase, self.window_)
        if not dialog.exec() or dialog.chosen() is None:
            return
        backup = dialog.chosen()
        assert backup is not None
        if not confirm(
            self.window_,
            QCoreApplication.translate("SafetyMenu", "Restore a backup"),
            QCoreApplication.translate(
                "SafetyMenu",
                "Replace the open database with the backup %1? The current version is backed up first.",
            ).replace("%1", backup.name),
            QCoreApplication.translate("SafetyMenu", "Restore"),
        ):
            return

        def work(database: Path, key: str | None) -> str | None:
            backup_key = key
            while True:
                try:
                    restore_backup(database, backup, backup_key)
                    return backup_key if raw.looks_encrypted(database) else None
                except (PassphraseRequired, WrongPassphrase) as exc:
                    backup_key = ask_passphrase(
                        self.window_, str(backup), wrong=isinstance(exc, WrongPassphrase)
                    )
                    if backup_key is None:
                        raise

        if self._replace_file(work):
            self._status(
                QCoreApplication.translate("SafetyMenu", "Restored from %1").replace(
                    "%1", str(backup)
                )
            )

    def check(self) -> None:
        try:
            with busy():
                report = self.ctx.db.check()
        except StoreError as exc:
            show_store_error(self.window_, exc)
            return
        CheckDialog(report, self.window_).exec()

    def _key_change(
        self,
        change: Callable[[Path, str | None], KeyChange],
        new_key: Callable[[str | None], str | None],
    ) -> bool:
        """Runs a key change; afterwards offers what to do with the backups it left in
        another key. The change itself is reported as done whatever happens to them."""
        stray: list[Path] = []

        def work(path: Path, key: str | None) -> str | None:
            stray.extend(change(path, key).stray)
            return new_key(key)

        done = self._replace_file(work)
        path = self.ctx.db.path
        if done and stray and path is not None:
            BackupsDialog(path, self.ctx.db.passphrase, self.window_, strays=True).exec()
        return done

    def encrypt(self) -> None:
        passphrase = ask_new_passphrase(self.window_)
        if passphrase is None:
            return
        if self._key_change(
            lambda path, _key: encrypt_database(path, passphrase), lambda _key: passphrase
        ):
            self._status(
                QCoreApplication.translate(
                    "SafetyMenu", "The database and its backups are now encrypted."
                )
            )

    def change_passphrase(self) -> None:
        if not self._current_passphrase_confirmed():
            return
        passphrase = ask_new_passphrase(self.window_)
        if passphrase is None:
            return
        if self._key_change(
            lambda path, key: rekey_database(path, key or "", passphrase), lambda _key: passphrase
        ):
            self._status(QCoreApplication.translate("SafetyMenu", "The passphrase was changed."))

    def remove_encryption(self) -> None:
        if (
            not confirm(
                self.window_,
                QCoreApplication.translate("SafetyMenu", "Remove encryption"),
                QCoreApplication.translate(
                    "SafetyMenu",
                    "Anyone who gets hold of this computer will be able to read the database and its backups. Remove the encryption?",
                ),
                QCoreApplication.translate("SafetyMenu", "Remove encryption"),
            )
            or not self._current_passphrase_confirmed()
        ):
            return
        if self._key_change(lambda path, key: decrypt_database(path, key or ""), lambda _key: None):
            self._status(
                QCoreApplication.translate("SafetyMenu", "The database is no longer encrypted.")
            )

    def _current_passphrase_confirmed(self) -> bool:
        """Asks for the current passphrase again, as a safe would before a change."""
        path = str(self.ctx.db.path)
        wrong = False
        while True:
            entered = ask_passphrase(self.window_, path, wrong=wrong)
            if entered is None:
                return False
            if entered == self.ctx.db.passphrase:
                return True
            wrong = True


def safety_actions(window: QWidget, ctx: AppContext) -> SafetyActions:
    """The window's one :class:`SafetyActions` (made and started on first use)."""
    existing = window.findChild(SafetyActions, "safetyActions")
    if isinstance(existing, SafetyActions):
        existing.scheduler.database_opened()
        return existing
    actions = SafetyActions(window, ctx)
    actions.scheduler.start()
    return actions


def add_safety_actions(menu: QMenu, window: QWidget, ctx: AppContext) -> list[QAction]:
    """Adds backups, restore, check and encryption to ``menu`` (the File menu)."""
    actions = safety_actions(window, ctx)
    entries: list[tuple[str, str, Callable[[], None]]] = [
        ("backupNow", QCoreApplication.translate("SafetyMenu", "&Back up now"), actions.backup_now),
        ("saveCopy", QCoreApplication.translate("SafetyMenu", "Save a &copy…"), actions.save_copy),
        (
            "restoreBackup",
            QCoreApplication.translate("SafetyMenu", "Res&tore a backup…"),
            actions.restore,
        ),
        (
            "checkDatabase",
            QCoreApplication.translate("SafetyMenu", "Chec&k database"),
            actions.check,
        ),
    ]
    made = []
    for name, text, slot in entries:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, s=slot: s())
        made.append(action)
    encryption = menu.addMenu(QCoreApplication.translate("SafetyMenu", "&Encryption"))
    encryption.setObjectName("encryptionMenu")
    encrypted = ctx.db.encrypted
    for name, text, slot, enabled in (
        (
            "encryptDatabase",
            QCoreApplication.translate("SafetyMenu", "&Encrypt database…"),
            actions.encrypt,
            not encrypted,
        ),
        (
            "changePassphrase",
            QCoreApplication.translate("SafetyMenu", "&Change passphrase…"),
            actions.change_passphrase,
            encrypted,
        ),
        (
            "removeEncryption",
            QCoreApplication.translate("SafetyMenu", "&Remove encryption…"),
            actions.remove_encryption,
            encrypted,
        ),
    ):
        action = encryption.addAction(text)
        action.setObjectName(name)
        action.setEnabled(enabled and ctx.db.path is not None)
        action.triggered.connect(lambda _checked=False, s=slot: s())
        made.append(action)
    return made

"""Opening a database from the desktop app: a locked, read-only or foreign file gets a
message and a choice (another file, a new one, quit), never a traceback."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kam.store import Database, StoreError, open_database
from ui.safety.startup import open_interactively
from ui.shell.settings import add_recent_database
from ui.widgets.ask import ask_box, choose_file_open, choose_file_save, warn

FILE_FILTER = "KAM Desk (*.sqlite3 *.db);;*"


class Choice(Enum):
    OTHER = "other"
    NEW = "new"
    QUIT = "quit"


def ask_after_failure(parent: QWidget | None, message: str) -> Choice:
    box = QMessageBox(parent)
    box.setObjectName("openFailed")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("OpenDatabase", "Cannot open the database"))
    box.setText(message)
    box.setInformativeText(
        QCoreApplication.translate(
            "OpenDatabase", "You can open another database file or create a new one."
        )
    )
    other = box.addButton(
        QCoreApplication.translate("OpenDatabase", "Open another…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    new = box.addButton(
        QCoreApplication.translate("OpenDatabase", "Create new…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(
        QCoreApplication.translate("OpenDatabase", "Quit")
        if parent is None
        else QCoreApplication.translate("OpenDatabase", "Cancel"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(other)
    clicked = ask_box(box)
    if clicked is other:
        return Choice.OTHER
    if clicked is new:
        return Choice.NEW
    return Choice.QUIT


def pick_existing(parent: QWidget | None) -> str:
    path = choose_file_open(
        parent, QCoreApplication.translate("OpenDatabase", "Open database"), "", FILE_FILTER
    )
    return path


def pick_new(parent: QWidget | None) -> str:
    path = choose_file_save(
        parent,
        QCoreApplication.translate("OpenDatabase", "New database"),
        "kam.sqlite3",
        FILE_FILTER,
        confirm_overwrite=False,
    )
    if path and Path(path).exists():
        # Never overwrite a file from here: it may be someone's only copy of their data.
        warn(
            parent,
            QCoreApplication.translate("OpenDatabase", "New database"),
            QCoreApplication.translate(
                "OpenDatabase", "%1 already exists. Choose a new file name."
            ).replace("%1", path),
        )
        return ""
    return path


def open_with_recovery(target: str | None, parent: QWidget | None = None) -> Database | None:
    """Opens ``target`` (a path, URL or None for the default); on failure asks the user
    until a database opens or they give up (None)."""
    while True:
        try:
            db = open_interactively(target, parent, opener=open_database)
        except StoreError as exc:
            choice = ask_after_failure(parent, str(exc))
            if choice is Choice.QUIT:
                return None
            target = pick_existing(parent) if choice is Choice.OTHER else pick_new(parent)
            if not target:
                return None
            continue
        if db.path is not None:
            add_recent_database(db.path)
        return db

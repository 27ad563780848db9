"""Opening a database from the app: asks for a passphrase, offers the newest good
backup for a damaged file, refuses a second window on the same file and warns about
sync folders. Whatever cannot be solved here is raised as a :class:`StoreError` for
the caller's "open another / create new / quit" choice."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kam.store import Database, open_database
from kam.store.errors import (
    DamagedDatabase,
    PassphraseRequired,
    StoreError,
    WrongPassphrase,
)
from kam.store.instance import app_lock
from kam.store.places import risky_location
from ui.safety.passphrase import ask_passphrase
from ui.safety.recovery import offer_recovery
from ui.safety.summary import busy
from ui.shell.settings import app_settings, string_list
from ui.widgets.ask import ask_box

WARNED_KEY = "safety/warnedLocations"


def open_interactively(
    target: str | os.PathLike[str] | None,
    parent: QWidget | None = None,
    *,
    passphrase: str | None = None,
    opener: Callable[..., Database] = open_database,
) -> Database:
    """Opens ``target`` (path, URL or None for the default) with the user's help.

    ``opener`` is :func:`kam.store.open_database` or a stand-in with its
    signature; it gets ``passphrase=`` only once there is one to give.

    Raises:
        StoreError: the database cannot be opened (the message says why), including
            when the user cancels the passphrase prompt or the recovery offer.
    """
    while True:
        try:
            with busy():
                db = opener(target, passphrase=passphrase) if passphrase else opener(target)
        except (PassphraseRequired, WrongPassphrase) as exc:
            entered = ask_passphrase(parent, str(exc.path), wrong=isinstance(exc, WrongPassphrase))
            if entered is None:
                raise StoreError(
                    QCoreApplication.translate(
                        "OpenDatabase",
                        "No passphrase was entered; the encrypted database stays closed.",
                    )
                ) from exc
            passphrase = entered
            continue
        except DamagedDatabase as exc:
            if offer_recovery(parent, exc, passphrase):
                continue
            raise
        break
    if db.path is not None:
        try:
            db.hold(app_lock(db.path))
        except StoreError:
            db.close()
            raise
        warn_about_location(parent, db.path)
    return db


def warn_about_location(parent: QWidget | None, path: Path) -> None:
    """Warns once per file that lies in a sync folder or on a network share."""
    warning = risky_location(path)
    if warning is None:
        return
    settings = app_settings()
    warned = string_list(settings, WARNED_KEY)
    if str(path) in warned:
        return
    box = QMessageBox(parent)
    box.setObjectName("riskyLocation")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("OpenDatabase", "Database location"))
    box.setText(warning)
    box.addButton(QMessageBox.StandardButton.Ok)
    ask_box(box)
    settings.setValue(WARNED_KEY, [*warned, str(path)])

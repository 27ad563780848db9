"""Showing a failed database operation as a message, never as a traceback."""

from __future__ import annotations

from sqlalchemy.exc import NoResultFound, SQLAlchemyError

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kam.persistence import StoreError

# What a screen catches around a service call: the store's own errors, a record that
# vanished meanwhile, a file that went away.
RECOVERABLE = (StoreError, SQLAlchemyError, OSError)



def describe(exc: BaseException) -> str:
    if isinstance(exc, StoreError):
        return str(exc)
    if isinstance(exc, NoResultFound):
        return QCoreApplication.translate("Errors", "The record no longer exists; it may have been deleted.")
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Errors", "The file could not be used: %1").replace("%1", exc.strerror or str(exc))
    return QCoreApplication.translate("Errors", "The database reported a problem: %1").replace("%1", str(exc).split("\n", 1)[0])


def show_store_error(parent: QWidget | None, exc: BaseException) -> None:
    box = QMessageBox(parent)
    box.setObjectName("storeError")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "KAM Desk"))
    box.setText(describe(exc))
    box.exec()

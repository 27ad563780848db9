"""Showing a failed database operation as a message, never as a traceback."""

from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kam.logs import log_exception, one_line
from kam.store import StoreError
from ui.widgets.ask import ask_box

# What a screen catches around a service call: the store's own errors (a record that
# vanished meanwhile is the store's NotFound) and a file that went away. A raw
# SQLAlchemyError reaching a screen is a bug: the global error handler logs it and
# shows one line.
RECOVERABLE = (StoreError, OSError)


def describe(exc: BaseException) -> str:
    """One line for the user; a fault that is not the user's (the database's, a bug)
    goes to the log with its traceback and the line names the log."""
    if isinstance(exc, StoreError):
        return str(exc)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Errors", "The file could not be used: %1").replace(
            "%1", exc.strerror or str(exc)
        )
    path = log_exception("shown to the user", exc)
    if isinstance(exc, SQLAlchemyError):
        text = QCoreApplication.translate("Errors", "The database reported a problem: %1").replace(
            "%1", str(exc).split("\n", 1)[0]
        )
    else:
        text = QCoreApplication.translate("Errors", "Something went wrong: %1").replace(
            "%1", one_line(exc)
        )
    return (
        text
        + "\n"
        + QCoreApplication.translate(
            "Errors", "Nothing saved was lost. Details are in the log: %1"
        ).replace("%1", str(path))
    )


def show_store_error(parent: QWidget | None, exc: BaseException) -> None:
    box = QMessageBox(parent)
    box.setObjectName("storeError")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "KAM Desk"))
    box.setText(describe(exc))
    box.addButton(QMessageBox.StandardButton.Ok)
    ask_box(box)

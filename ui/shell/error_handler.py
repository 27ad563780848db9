"""The app-wide safety net: an exception nobody caught (in a slot, a thread) and Qt's own
warnings go to the log file with the traceback, and the user sees one calm dialog
instead of nothing (an exception in a slot otherwise only reaches stderr).

Every save is one transaction (``Database.session()``), so an exception in the middle
of an action leaves the stored data as it was; the dialog can say so.
"""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from kam.logs import log_exception, logger, one_line

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: 10,
    QtMsgType.QtInfoMsg: 20,
    QtMsgType.QtWarningMsg: 30,
    QtMsgType.QtCriticalMsg: 40,
    QtMsgType.QtFatalMsg: 50,
}


class ErrorReporter(QObject):
    """Logs uncaught exceptions and shows them, one dialog at a time, on the GUI thread.

    Signals:
        reported(str, str): the error as one line and the log file (queued, so a
            failing slot returns before the dialog opens, whichever thread it ran on).
    """

    reported = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.box: QMessageBox | None = None
        self.missed = 0
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def excepthook(
        self, kind: type[BaseException], exc: BaseException, tb: types.TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        path = log_exception("uncaught exception in the desktop app", exc)
        self.reported.emit(one_line(exc), str(path))

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, error: str, path: str) -> None:
        if self.box is not None and self.box.isVisible():
            self.missed += 1  # a burst of the same fault: one dialog is enough
            return
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("unexpectedError")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ErrorHandler", "KAM Desk"))
        box.setText(
            QCoreApplication.translate("ErrorHandler", "Something went wrong: %1").replace(
                "%1", error
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "ErrorHandler",
                "Nothing saved was lost: every change is saved whole or not at "
                "all. You can carry on working; if it happens again, send the log to whoever "
                "looks after KAM Desk.\n\nLog: %1",
            ).replace("%1", path)
        )
        folder = box.addButton(
            QCoreApplication.translate("ErrorHandler", "Open log folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
        folder.setObjectName("openLogFolder")
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.box = box
        box.open()


def qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's warnings go to the log rather than to a console nobody sees."""
    where = f" ({context.file}:{context.line})" if context.file else ""
    logger().log(_QT_LEVELS.get(kind, 30), "Qt: %s%s", message, where)


_installed: list[ErrorReporter] = []


def install_error_handler() -> Callable[[], None]:
    """Installs the hooks; returns a function that puts the previous ones back."""
    reporter = ErrorReporter()
    _installed.append(reporter)
    previous = sys.excepthook, threading.excepthook
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.thread_hook
    previous_qt = qInstallMessageHandler(qt_message)

    def uninstall() -> None:
        sys.excepthook, threading.excepthook = previous
        qInstallMessageHandler(previous_qt)
        if reporter in _installed:
            _installed.remove(reporter)

    return uninstall


def reporter() -> ErrorReporter | None:
    return _installed[-1] if _installed else None

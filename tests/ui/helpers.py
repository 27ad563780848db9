"""Answering the app's modal questions with a real click, from a timer, because
``QMessageBox.exec()`` blocks the test until someone clicks."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget


def click_in_modal(qtbot: QtBot, button_text: str, seen: list[str] | None = None) -> None:
    """When the next modal dialog opens, clicks its button labelled ``button_text``.

    ``seen`` collects the dialog's text, so a test can check what the user was told.
    """

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, answer)
            return
        if seen is not None and isinstance(modal, QMessageBox):
            seen.append(modal.text())
        for button in modal.findChildren(QAbstractButton):
            if button.text().replace("&", "") == button_text and button.isVisible():
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                return
        modal.close()  # never leave the test hanging on an unanswerable dialog
        raise AssertionError(f"no button {button_text!r} in {modal!r}")

    QTimer.singleShot(0, answer)


def in_next_dialog(qtbot: QtBot, act: Callable[[QDialog], None]) -> None:
    """Runs ``act`` on the next modal dialog once it is shown (to type into it)."""

    def run() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QDialog):
            QTimer.singleShot(20, run)
            return
        act(modal)

    QTimer.singleShot(0, run)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Types ``text`` as a user would: key presses for ASCII, and for Chinese the
    commit an input method sends (QTest cannot press keys it has no key code for)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def double_click(qtbot: QtBot, widget: QWidget, pos: QPoint) -> None:
    """A real double-click: Qt 6 views only see one after a preceding click."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)

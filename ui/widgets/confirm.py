"""The questions the app asks before losing data: delete? leave unsaved edits? discard
what was typed? (asked through :mod:`ui.widgets.ask`, so tests answer them)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.widgets.ask import ask_box


def confirm_delete(parent: QWidget | None, what: str, detail: str = "") -> bool:
    """Asks "Delete <what>?"; the safe answer (Cancel) is the default."""
    box = QMessageBox(parent)
    box.setObjectName("confirmDelete")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Confirm", "Delete"))
    box.setText(QCoreApplication.translate("Confirm", "Delete {what}?").format(what=what))
    box.setInformativeText(
        detail or QCoreApplication.translate("Confirm", "This cannot be undone.")
    )
    delete = box.addButton(
        QCoreApplication.translate("Confirm", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    return ask_box(box) is delete


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, what: str) -> Unsaved:
    """Asks what to do with unsaved changes to ``what`` before leaving it."""
    box = QMessageBox(parent)
    box.setObjectName("confirmUnsaved")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Confirm", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate("Confirm", "{what} has unsaved changes.").format(what=what)
    )
    box.setInformativeText(QCoreApplication.translate("Confirm", "Save them before leaving?"))
    save = box.addButton(
        QCoreApplication.translate("Confirm", "Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Confirm", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    clicked = ask_box(box)
    if clicked is save:
        return Unsaved.SAVE
    if clicked is discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def confirm_discard(parent: QWidget | None) -> bool:
    """Asks before an editor closes with typed changes; the safe answer (keep editing)
    is the default, so a stray Esc or Enter loses nothing."""
    box = QMessageBox(parent)
    box.setObjectName("confirmDiscard")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Confirm", "Unsaved changes"))
    box.setText(QCoreApplication.translate("Confirm", "Discard what you typed?"))
    box.setInformativeText(
        QCoreApplication.translate("Confirm", "The changes in this window have not been saved.")
    )
    discard = box.addButton(
        QCoreApplication.translate("Confirm", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    discard.setObjectName("discardChanges")
    keep = box.addButton(
        QCoreApplication.translate("Confirm", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    keep.setObjectName("keepEditing")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return ask_box(box) is discard

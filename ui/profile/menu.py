"""Ways into the profile dialog from other screens: a menu action for batch printing
and a function a screen calls with the accounts it shows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ui.context import AppContext


def print_profile_label() -> str:
    """The label of a "print this account's profile" button."""
    return QCoreApplication.translate("ProfileAction", "Print profile…")


def print_profiles_label() -> str:
    """The label of a "print the profiles of these accounts" button."""
    return QCoreApplication.translate("ProfileAction", "Print profiles…")


def open_profile_dialog(
    ctx: AppContext, account_ids: Sequence[int] = (), parent: QWidget | None = None
) -> None:
    """Opens the print dialog with ``account_ids`` already chosen (modal)."""
    # Imported here: the dialog and PDFium are not needed until someone prints.
    from ui.profile.dialog import ProfileDialog

    ProfileDialog(ctx, account_ids, parent).exec()


def add_profile_action(menu: QMenu, window: QWidget, ctx: AppContext) -> QAction:
    """Adds "Print account profiles…" (for the key-account list, next week's visits…)."""
    action = menu.addAction(QCoreApplication.translate("ProfileAction", "Print account &profiles…"))
    action.setObjectName("printProfiles")
    action.triggered.connect(lambda: open_profile_dialog(ctx, (), window))
    return action

"""What every screen is handed: the open database and app-wide signals.

Screens hold this context, never a session: each user action opens its own session
through a service call.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kam.persistence import Database


class AppContext(QObject):
    """The open database plus app-wide notifications.

    Signals:
        data_changed(str): something was saved; the argument names what
            (``"accounts"``, ``"contacts"``, ``"records"``, ``"visits"``, ``"rating"`` …),
            so screens can refresh what they show.
        open_account_requested(int): a screen asks to show an account's dossier.
        page_requested(str): a screen asks to show another page (its key in PAGES).
    """

    data_changed = Signal(str)
    open_account_requested = Signal(int)
    page_requested = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db

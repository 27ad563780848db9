"""What every screen is handed: the open database and app-wide signals.

Screens hold this context, never a session: each user action opens its own session
through a service call.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from kam.store import Database


class Topic(StrEnum):
    """What a ``data_changed`` notification is about, so screens refresh what they show."""

    ACCOUNTS = "accounts"
    CONTACTS = "contacts"
    DOSSIER = "dossier"  # production lines, products, plans, shares
    RECORDS = "records"  # contracts, payments, quality records, complaints, manual scores
    VISITS = "visits"
    RATING = "rating"
    POLICY = "policy"
    STAFF = "staff"
    WARNINGS = "warnings"
    IDENTITY = "identity"  # who "I" am changed (Settings, first start)


class AppContext(QObject):
    """The open database plus app-wide notifications.

    Signals:
        data_changed(Topic): something was saved; the topic says what, so screens can
            refresh what they show.
        open_account_requested(int): a screen asks to show an account's dossier.
        page_requested(str): a screen asks to show another page (its key in PAGES).
    """

    data_changed = Signal(object)  # a Topic
    open_account_requested = Signal(int)
    page_requested = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db

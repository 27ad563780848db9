"""Typed store errors that carry a message a user can read (the UI and CLI show it)."""

from __future__ import annotations


class StoreError(Exception):
    """A database problem with a human message; never shown with a traceback."""


class DatabaseLocked(StoreError):
    pass


class ReadOnlyDatabase(StoreError):
    pass


class NotKamDatabase(StoreError):
    pass


class NewerSchema(StoreError):
    pass


class UpgradeFailed(StoreError):
    pass

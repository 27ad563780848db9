"""Editors ask before Esc, Cancel or the window's close button throws typed changes away."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog

from ui.widgets.confirm import confirm_discard


class DiscardGuard:
    """Mixed in before QDialog: the dialog implements :meth:`edit_state` (any comparable
    value of what the user can change) and calls :meth:`mark_clean` once it has loaded
    the record; :meth:`reject` then asks when the state differs.

    A close the program asks for (``close()``, not the window's close button) does not
    ask: the code closing it has decided, and nobody is there to answer.
    """

    _clean_state: Any = None
    _has_clean_state = False
    _quiet_close = False

    def edit_state(self) -> Any:
        raise NotImplementedError

    def mark_clean(self) -> None:
        self._clean_state = self.edit_state()
        self._has_clean_state = True

    def has_changes(self) -> bool:
        return self._has_clean_state and self.edit_state() != self._clean_state

    def reject(self) -> None:
        assert isinstance(self, QDialog)
        if not self._quiet_close and self.has_changes() and not confirm_discard(self):
            return
        super().reject()  # type: ignore[misc]

    def closeEvent(self, event: QCloseEvent) -> None:  # QDialog's calls reject()
        self._quiet_close = not event.spontaneous()
        try:
            super().closeEvent(event)  # type: ignore[misc]
        finally:
            self._quiet_close = False

"""A date field that takes dates as people type them (issue 13, item 12).

Qt's QDateEdit only accepts its display format, typed section by section: 2025/3/5,
20250305 or 3月5日 were refused key by key. This one reads whatever the core's
:func:`kam.text.dates.parse_day` reads (a month-day is this year's), keeps the
calendar popup and the arrow keys, and shows the date back as ``yyyy-MM-dd`` once the
field is left. Entering the field selects all of it, so typing replaces the date.
Text that is no date is refused when the field is left: the date goes back to what it
was before the typing (not to 2025-02-03 read on the way to 2025/2/30) and a tooltip
says what is accepted.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer
from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QToolTip, QWidget

from kam.text.dates import DateTextError, parse_day

# What can still become a date while it is being typed: digits, separators, 年月日.
_TYPING = re.compile(r"^[\d\s\-/.年月日０-９／．－]*$")


class DateEdit(QDateEdit):
    """A QDateEdit with a calendar popup that also reads typed 2025/3/5, 2025.3.5,
    2025年3月5日, 20250305 and 3/5 or 3月5日 (this year)."""

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        if value is not None:
            self.setDate(value)
        self._before = self.date()
        self._refused = False
        self.editingFinished.connect(self._remember)

    def typed_date(self, text: str) -> QDate | None:
        """The date ``text`` names, or None."""
        if not text.strip():
            return None
        try:
            day = parse_day(text, year=date.today().year)
        except DateTextError:
            return None
        found = QDate(day.year, day.month, day.day)
        return found if self.minimumDate() <= found <= self.maximumDate() else None

    # QAbstractSpinBox's hooks --------------------------------------------------------
    def validate(self, text: str, pos: int) -> object:  # type: ignore[override]
        if self.typed_date(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if text == self.specialValueText() and text:
            return QValidator.State.Acceptable, text, pos
        if _TYPING.match(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        if not text.strip() and self.specialValueText():
            return self.specialValueText()  # emptied: "no date"
        if self.typed_date(text) is None:
            self._mark(
                self.tr("Not a date: write 2025-03-05, 2025/3/5, 2025年3月5日 or 3/5 (this year)")
            )
            if self.specialValueText() and self._before == self.minimumDate():
                return self.specialValueText()
            return self._before.toString("yyyy-MM-dd")
        return text

    def dateTimeFromText(self, text: str) -> QDateTime:
        found = self.typed_date(text)
        if found is None:
            return super().dateTimeFromText(text)
        return QDateTime(found, QTime(0, 0))

    def _remember(self) -> None:
        self._before = self.date()
        if self.property("error") and not self._refused:
            self._mark("")
        self._refused = False

    def _mark(self, problem: str) -> None:
        """Marks the field (red, like the forms' fields) with what was wrong, or clears it."""
        self._refused = bool(problem)
        self.setToolTip(problem)
        self.setProperty("error", bool(problem))
        self.style().unpolish(self)
        self.style().polish(self)
        if problem:
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), problem, self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._before = self.date()
        super().focusInEvent(event)
        # After Qt has placed the cursor in a section: typing replaces the whole date.
        QTimer.singleShot(0, self._select_all)

    def _select_all(self) -> None:
        if self.hasFocus():
            self.lineEdit().selectAll()

"""Validation errors that name the field they belong to.

Services validate a whole record before anything is written and raise
:class:`ValidationError` with every problem found, keyed by field, so that an editor
can show each message at its field and nothing is half-saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kam.i18n import _

# Emoji and pictographs: the PDF font and many exports cannot carry them.
_EMOJI = re.compile("[\U0001f000-\U0001faff\U00002600-\U000027bf\U0001f900-\U0001f9ff\ufe0f\u200d]")


def has_symbols(text: str) -> bool:
    """True when ``text`` holds emoji or pictographs (refused by editors and imports alike)."""
    return _EMOJI.search(text) is not None


class ValidationError(ValueError):
    """One or more field problems: ``errors`` maps a field name to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


@dataclass
class Checker:
    """Collects problems field by field; :meth:`raise_if_any` ends the validation."""

    errors: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, message: str) -> None:
        self.errors.setdefault(name, message)

    def required(self, name: str, value: object) -> None:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(name, _("is required"))

    def text(self, name: str, value: str | None, max_len: int) -> None:
        if not value:
            return
        if len(value) > max_len:
            self.add(name, _("is too long (at most {n} characters)").format(n=max_len))
        elif _EMOJI.search(value):
            self.add(
                name, _("emoji and other symbols outside the Chinese/Latin range are not allowed")
            )

    def number_range(self, name: str, value: float | None, lo: float, hi: float) -> None:
        if value is not None and not lo <= value <= hi:
            self.add(name, _("must be between {lo} and {hi}").format(lo=lo, hi=hi))

    def not_negative(self, name: str, value: float | None) -> None:
        if value is not None and value < 0:
            self.add(name, _("must not be negative"))

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def parse_iso_date(value: str | date | None, field: str = "date") -> date | None:
    """``YYYY-MM-DD`` → date.

    Raises:
        ValidationError: (a ValueError) naming ``field`` for impossible dates like
            2025-02-30 and for anything that is not ``YYYY-MM-DD``.
    """
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    # fromisoformat also takes 20250101 and 2025-W05-1; users and files mean YYYY-MM-DD.
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValidationError({field: _("is not a valid date (YYYY-MM-DD)")})
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError({field: _("is not a valid date (YYYY-MM-DD)")}) from None

"""A record's fields declared once: key, Chinese label, value kind and the checks its
values must pass.

The feature that owns a record lists its fields here-shaped (``kam.accounts.fields``);
its service validates by the list (:func:`kam.domain.service_base.check_fields`), the
workbook's sheet is the list (:mod:`kam.exchange.specs`), and the desktop form takes
each field's kind from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# Value kinds (kam.exchange.values parses them from cells). DATETIME is written as ISO
# text (a spreadsheet serial would lose the microseconds); LIST is several names or
# uuids in one cell, kept sorted and joined with LIST_SEPARATOR; UUID is a record's uuid.
TEXT, INT, FLOAT, MONEY, DATE, TIME, ENUM, BOOL, YEAR, DATETIME, LIST, UUID = (
    "text",
    "int",
    "float",
    "money",
    "date",
    "time",
    "enum",
    "bool",
    "year",
    "datetime",
    "list",
    "uuid",
)
# The longest text a plain field keeps; a field this long is free prose (notes).
LONG_TEXT = 20000
# A YEAR field's earliest year (the latest is this year).
FIRST_YEAR = 1800


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # the Chinese label (the workbook's header)
    kind: str = TEXT
    required: bool = False
    enum: type[StrEnum] | None = None
    max_len: int = LONG_TEXT
    # Numbers that must not be negative (quantities, money).
    non_negative: bool = False
    lo: float | None = None
    hi: float | None = None
    # Text kept exactly as written (scheme files, JSON): no stripping of spaces or lines.
    raw: bool = False
    # An ENUM that may be left empty (a contact without a decision role); any other
    # ENUM holds one of its values.
    allow_blank: bool = False
    # A DATE that cannot be later than today (a birthday).
    not_future: bool = False

"""Spreadsheet cells that cannot run formulas (CSV / formula injection).

Excel and WPS evaluate a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and a tab
or carriage return before one of those) as a formula, even in a CSV file, so a
customer's name such as ``=HYPERLINK(...)`` could run on a colleague's machine. Such
text is written with a leading apostrophe. The apostrophe is also added before text
that already starts with one, which makes :func:`unescape_cell` an exact inverse and
keeps an export → import round trip lossless.
"""

from __future__ import annotations

from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MARK = "'"


def needs_escape(text: str) -> bool:
    return text.startswith(TRIGGERS) or text.startswith(MARK)


def escape_cell(value: Any) -> Any:
    """``value`` safe to put in a spreadsheet cell; numbers, dates and None pass unchanged."""
    if isinstance(value, str) and needs_escape(value):
        return MARK + value
    return value


def unescape_cell(value: Any) -> Any:
    """Undoes :func:`escape_cell` on a value read back from an exported file."""
    if isinstance(value, str) and value.startswith(MARK):
        return value[1:]
    return value


def escape_row(values: list[Any] | tuple[Any, ...]) -> list[Any]:
    return [escape_cell(value) for value in values]

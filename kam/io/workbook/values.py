"""Turning what people type into spreadsheet cells into typed values.

Excel users write dates as date cells, serial numbers, ``2025/3/1``, ``2025.3.1``,
``2025-03-01`` or ``2025年3月1日``; numbers as numbers or text with thousands
separators, full-width digits or a currency sign; enumerations as the English key or
the Chinese label. Each parser returns the value or raises :class:`CellError` with a
message for the report.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import cache

from kam.i18n import ENGLISH_LABELS, _, chinese_label
from kam.io.safe_cells import MARK
from kam.text.dates import DateTextError, parse_day

from .specs import BOOL, DATE, ENUM, FLOAT, INT, MONEY, TEXT, TIME, YEAR, Column


class CellError(ValueError):
    """A cell that cannot be read as its column's kind; the message says why."""


_EXCEL_EPOCH = date(1899, 12, 30)
_TIME = re.compile(r"^(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?$")
_MONEY_DECOR = str.maketrans("", "", "¥￥$, \u00a0元")


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _clean(value: str) -> str:
    return unicodedata.normalize("NFKC", value).strip()


def parse_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellError(_("is not a valid date: {value}").format(value=value))
    if isinstance(value, int | float):
        return _serial(float(value), value)
    text = _clean(str(value))
    # "2025-03-01 00:00:00" from a CSV written by another program.
    text = re.sub(r"[ T]0{1,2}:00(:00(\.0+)?)?$", "", text)
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return _serial(float(text), value)
    try:
        return parse_day(text)
    except DateTextError:
        pass
    raise CellError(_("is not a valid date: {value}").format(value=value))


def _serial(number: float, shown: object) -> date:
    # Excel serials: 1 = 1900-01-01; anything outside 1900–2199 is not a date someone meant.
    if not 1 <= number < 110_000 or number != number:
        raise CellError(_("is not a valid date: {value}").format(value=shown))
    return _EXCEL_EPOCH + timedelta(days=int(number))


def parse_time(value: object) -> time:
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, time):
        return value
    if isinstance(value, float) and 0 <= value < 1:  # Excel stores times as day fractions
        seconds = round(value * 86400)
        return time(seconds // 3600, seconds % 3600 // 60, seconds % 60)
    m = _TIME.match(_clean(str(value)))
    if m:
        try:
            return time(int(m.group(1)), int(m.group(2)), int(m.group(3) or 0))
        except ValueError:
            pass
    raise CellError(_("is not a valid time (HH:MM): {value}").format(value=value))


def parse_number(value: object) -> float:
    if isinstance(value, bool):
        raise CellError(_("must be a number, not {value}").format(value=value))
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = _clean(str(value)).translate(_MONEY_DECOR)
        try:
            number = float(text)
        except ValueError:
            raise CellError(_("must be a number, not {value}").format(value=value)) from None
    if math.isnan(number) or math.isinf(number):
        raise CellError(_("must be a number, not {value}").format(value=value))
    return number


def parse_int(value: object) -> int:
    number = parse_number(value)
    if not number.is_integer():
        raise CellError(_("must be a whole number, not {value}").format(value=value))
    return int(number)


_TRUE = {"1", "yes", "y", "true", "x", "是", "√", "✓", "对"}
_FALSE = {"0", "no", "n", "false", "否", "不是", "×"}


def parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = _clean(str(value)).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(_("must be yes or no (是/否), not {value}").format(value=value))


# Words people use in their own sheets for the issue statuses.
_ALIASES: dict[str, str] = {
    "closed": "resolved", "已处理": "resolved", "已关闭": "resolved", "关闭": "resolved",
    "已完成": "resolved", "处理中": "open", "待处理": "open", "未处理": "open",
    "已完成走访": "done", "已走访": "done", "计划中": "planned", "已取消": "cancelled",
}


@cache
def _enum_words(enum: type[StrEnum]) -> dict[str, str]:
    words: dict[str, str] = {}
    for member in enum:
        for word in (member.value, chinese_label(member), ENGLISH_LABELS.get(member.value, ""),
                     member.value.replace("_", " ")):
            if word:
                words[_clean(word).lower()] = member.value
    for word, value in _ALIASES.items():
        if value in {m.value for m in enum}:
            words.setdefault(word, value)
    return words


def parse_enum(value: object, enum: type[StrEnum]) -> str:
    found = _enum_words(enum).get(_clean(str(value)).lower())
    if found is None:
        allowed = " / ".join(f"{m.value} {chinese_label(m)}" for m in enum)
        raise CellError(_("{value} is not one of: {allowed}").format(value=value, allowed=allowed))
    return found


def as_text(value: object) -> str:
    """A cell as text; numbers typed into text columns lose Excel's ``.0``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def parse_cell(column: Column, value: object) -> object:
    """The typed value of one non-blank cell of ``column``; raises CellError."""
    kind = column.kind
    cls = value.__class__
    if cls is str and value[:1] == MARK:  # type: ignore[index]
        value = value[1:]  # type: ignore[index]  # the export's formula guard (safe_cells)
    # Fast paths for cells that already hold their column's type (most of a big sheet).
    if cls is str and kind == TEXT:
        text = value.strip()  # type: ignore[attr-defined]
        if len(text) <= column.max_len:
            return text
    elif cls is datetime and kind == DATE:
        return value.date()  # type: ignore[attr-defined]
    elif (cls is float or cls is int) and kind in (FLOAT, MONEY):
        number = float(value)  # type: ignore[arg-type]
        finite = number == number and not math.isinf(number)
        if finite and (number >= 0 or not column.non_negative):
            return number
    if kind == TEXT:
        text = as_text(value)
        if len(text) > column.max_len:
            raise CellError(_("is too long (at most {n} characters)").format(n=column.max_len))
        return text
    if kind == DATE:
        return parse_date(value)
    if kind == TIME:
        return parse_time(value)
    if kind == ENUM:
        assert column.enum is not None
        return parse_enum(value, column.enum)
    if kind == BOOL:
        return parse_bool(value)
    if kind in (INT, YEAR):
        number: float = parse_int(value)
        if kind == YEAR and not 1800 <= number <= 2200:
            raise CellError(_("is not a plausible year: {value}").format(value=value))
    elif kind in (FLOAT, MONEY):
        number = parse_number(value)
    else:  # pragma: no cover - a spec error, not bad input
        raise AssertionError(kind)
    if column.non_negative and number < 0:
        raise CellError(_("must not be negative: {value}").format(value=value))
    if column.lo is not None and column.hi is not None and not column.lo <= number <= column.hi:
        raise CellError(_("must be between {lo} and {hi}").format(
            lo=f"{column.lo:g}", hi=f"{column.hi:g}"))
    return number

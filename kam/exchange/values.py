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
from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import cache
from typing import Any

from kam.exchange.safe_cells import MARK
from kam.health import rules
from kam.health.opportunity_catalogue import (
    OpportunityKind,
    OpportunityStatus,
    kind_label,
    status_label,
)
from kam.i18n import _, chinese_label, label
from kam.text.dates import DateTextError, parse_day
from kam.validation import has_symbols

from .specs import (
    BOOL,
    DATE,
    DATETIME,
    ENUM,
    FLOAT,
    INT,
    LIST,
    LIST_SEPARATOR,
    MONEY,
    TEXT,
    TIME,
    UUID,
    YEAR,
    Column,
)


class CellError(ValueError):
    """A cell that cannot be read as its column's kind; the message says why."""


_EXCEL_EPOCH = date(1899, 12, 30)
_TIME = re.compile(r"^(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?$")
_MONEY_DECOR = str.maketrans("", "", "¥￥$, \u00a0元")
# Characters nobody sees: a code with one of them would become a twin account.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_DROP_INVISIBLE = str.maketrans("", "", _INVISIBLE)
# A cell that needs a closer look: invisible characters or emoji and pictographs.
_ODD_TEXT = re.compile(f"[{_INVISIBLE}\U0001f000-\U0001faff\u2600-\u27bf\ufe0f]")
# Columns that identify a record: full-width look-alikes (Ｃ００１) are the same code.
_IDENTIFIERS = frozenset({"code", "account", "contract_no"})
# Dates outside these are typing slips (0001-01-01, 2250), not dates of a business.
FIRST_DATE = date(1900, 1, 1)
LAST_DATE = date(2100, 12, 31)


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


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# Between the names of a list cell: what people type (、，,；; or one per line).
_LIST_SPLIT = re.compile(r"[、,，;；\n]+")


def is_uuid(text: str) -> bool:
    return _UUID.match(text) is not None


def parse_uuid(value: object) -> str:
    text = _clean(str(value)).lower()
    if not _UUID.match(text):
        raise CellError(_("is not a valid uuid: {value}").format(value=value))
    return text


def parse_datetime(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    text = _clean(str(value))
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        day = parse_date(text)
    except CellError:
        raise CellError(_("is not a valid date and time: {value}").format(value=value)) from None
    return datetime(day.year, day.month, day.day)


def parse_list(value: object) -> str:
    """The names or uuids of a list cell, sorted and joined as the export writes them."""
    items = {part.strip() for part in _LIST_SPLIT.split(as_text(value))}
    items.discard("")
    return LIST_SEPARATOR.join(sorted(items))


def split_list(text: str) -> list[str]:
    return [part for part in text.split(LIST_SEPARATOR) if part] if text else []


def _rule_label(labels: Mapping[Any, str]) -> Callable[[str, str | None], str]:
    # The warning rules keep their labels in English beside the rule (kam.health.rules);
    # their functions label in the current language only, the workbook needs a given one.
    return lambda value, lang: _(labels[value], lang) if value in labels else value


# Enumerations whose labels live beside their meaning rather than in the enum catalogue.
_LABELLERS: dict[type[StrEnum], Callable[[str, str | None], str]] = {
    OpportunityKind: kind_label,
    OpportunityStatus: status_label,
    rules.WarningKind: _rule_label(rules._KIND_LABELS),
    rules.Severity: _rule_label(rules._SEVERITY_LABELS),
}


def value_label(column: Column, value: object, lang: str) -> object:
    """What an export with Chinese headers writes for ``value``: 领导层, 完成, 是/否."""
    if value is None or value == "":
        return value
    if column.kind == ENUM and column.enum is not None:
        labeller = _LABELLERS.get(column.enum)
        return (
            labeller(str(value), lang)
            if labeller
            else (label(str(value), "zh_CN", kind=column.enum) if lang == "zh_CN" else value)
        )
    if column.kind == BOOL:
        return ("是" if value else "否") if lang == "zh_CN" else value
    return value


# Words people use in their own sheets for the issue statuses.
_ALIASES: dict[str, str] = {
    "closed": "resolved",
    "已处理": "resolved",
    "已关闭": "resolved",
    "关闭": "resolved",
    "已完成": "resolved",
    "处理中": "open",
    "待处理": "open",
    "未处理": "open",
    "已完成走访": "done",
    "已走访": "done",
    "计划中": "planned",
    "已取消": "cancelled",
}


@cache
def _enum_words(enum: type[StrEnum]) -> dict[str, str]:
    words: dict[str, str] = {}
    labeller = _LABELLERS.get(enum)
    for member in enum:
        extra = (labeller(member.value, "zh_CN"), labeller(member.value, "en")) if labeller else ()
        for word in (
            member.value,
            chinese_label(member),
            label(member, "en"),
            member.value.replace("_", " "),
            *extra,
        ):
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
        if column.raw:
            if len(value) <= column.max_len:  # type: ignore[arg-type]
                return value
            raise CellError(_("is too long (at most {n} characters)").format(n=column.max_len))
        text = value.strip()  # type: ignore[attr-defined]
        # ASCII holds no invisible, full-width or emoji characters: nothing to normalise.
        if len(text) <= column.max_len and (
            text.isascii() or (column.key not in _IDENTIFIERS and _ODD_TEXT.search(text) is None)
        ):
            return text
    elif cls is datetime and kind == DATE and FIRST_DATE <= value.date() <= LAST_DATE:  # type: ignore[attr-defined]
        return value.date()  # type: ignore[attr-defined]
    elif cls is str and kind == UUID and _UUID.match(str(value)):
        return value  # as the export writes it
    elif (cls is float or cls is int) and kind in (FLOAT, MONEY):
        figure = float(value)  # type: ignore[arg-type]
        finite = figure == figure and not math.isinf(figure)
        if (
            finite
            and (figure >= 0 or not column.non_negative)
            and (column.lo is None or column.hi is None or column.lo <= figure <= column.hi)
        ):
            return figure
    if kind == TEXT:
        text = as_text(value).translate(_DROP_INVISIBLE).strip()
        if column.key in _IDENTIFIERS:
            text = unicodedata.normalize("NFKC", text)
        if len(text) > column.max_len:
            raise CellError(_("is too long (at most {n} characters)").format(n=column.max_len))
        if has_symbols(text):
            raise CellError(
                _("emoji and other symbols outside the Chinese/Latin range are not allowed")
            )
        return text
    if kind == DATE:
        day = parse_date(value)
        if not FIRST_DATE <= day <= LAST_DATE:
            raise CellError(_("is not a plausible date (1900–2100): {value}").format(value=day))
        return day
    if kind == UUID:
        return parse_uuid(value)
    if kind == DATETIME:
        return parse_datetime(value)
    if kind == LIST:
        text = parse_list(value)
        if len(text) > column.max_len:
            raise CellError(_("is too long (at most {n} characters)").format(n=column.max_len))
        return text
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
        raise CellError(
            _("must be between {lo} and {hi}").format(lo=f"{column.lo:g}", hi=f"{column.hi:g}")
        )
    return number


def cell_parser(column: Column) -> Callable[[object], object]:
    """:func:`parse_cell` for ``column``, with the common case of its kind (a cell that
    already holds the column's type, as an export writes it) decided without the
    general function's dispatch: a 200,000-row sheet has millions of cells."""
    kind, max_len = column.kind, column.max_len

    def general(value: object) -> object:
        return parse_cell(column, value)

    if kind == TEXT and not column.raw:
        identifier = column.key in _IDENTIFIERS

        def text(value: object) -> object:
            if value.__class__ is str and value[:1] != MARK:
                stripped = value.strip()
                if len(stripped) <= max_len and (
                    stripped.isascii() or (not identifier and _ODD_TEXT.search(stripped) is None)
                ):
                    return stripped
            return parse_cell(column, value)

        return text
    if kind == UUID:
        match = _UUID.match

        def uuid(value: object) -> object:
            if value.__class__ is str and match(value):
                return value
            return parse_cell(column, value)

        return uuid
    if kind == DATE:

        def day(value: object) -> object:
            if value.__class__ is datetime:
                found = value.date()
                if FIRST_DATE <= found <= LAST_DATE:
                    return found
            return parse_cell(column, value)

        return day
    if kind in (FLOAT, MONEY) and column.lo is None and column.hi is None:
        non_negative = column.non_negative

        def number(value: object) -> object:
            if value.__class__ is float or value.__class__ is int:
                found = float(value)
                if (
                    found == found
                    and -math.inf < found < math.inf
                    and (found >= 0 or not non_negative)
                ):
                    return found
            return parse_cell(column, value)

        return number
    return general

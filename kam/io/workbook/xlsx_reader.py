"""A streaming ``.xlsx`` reader: sheet rows as tuples of Python values, parsed with the
standard library's expat-based ``iterparse``.

openpyxl's read-only mode builds a descriptor-checked object for every shared string and
cell; at 200,000 rows that is most of an import's time. This reader does only what the
import needs: sheet names, shared and inline strings (without phonetic runs), numbers,
booleans, formula results, and dates recognised by the cell's number format.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import IO
from xml.etree.ElementTree import Element, iterparse

_EPOCH = datetime(1899, 12, 30)
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
# Built-in number formats that show dates or times (ECMA-376 18.8.30).
_DATE_IDS = set(range(14, 23)) | set(range(27, 37)) | {45, 46, 47} | set(range(50, 59))
_TIME_IDS = {18, 19, 20, 21, 45, 46, 47}
_QUOTED = re.compile(r'"[^"]*"|\[(?!h\]|m\]|s\])[^\]]*\]|\\.')


class XlsxError(Exception):
    """The zip is not a readable workbook."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _is_date_code(code: str) -> tuple[bool, bool]:
    """(shows a date or time, shows only a time) for a custom number format."""
    bare = _QUOTED.sub("", code.split(";")[0]).lower().replace("general", "")
    shows = bool(re.search(r"[ydhsm]", bare))
    return shows, shows and not re.search(r"[yd]", bare) and bool(re.search(r"[hs]", bare))


def _text(element: Element) -> str:
    """A string item's text: its ``t`` and rich-text runs, not the phonetic (rPh) ones."""
    parts = []
    for child in element:
        name = _local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            for sub in child:
                if _local(sub.tag) == "t":
                    parts.append(sub.text or "")
    return "".join(parts)


class XlsxBook:
    """An open workbook; use as a context manager."""

    def __init__(self, path: str) -> None:
        try:
            self._zip = zipfile.ZipFile(path)
            self.sheets = self._sheet_parts()
            self._strings = self._shared_strings()
            self._dates, self._times = self._date_styles()
        except (KeyError, zipfile.BadZipFile, SyntaxError, ValueError) as exc:
            raise XlsxError(str(exc)) from exc

    def __enter__(self) -> XlsxBook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._zip.close()

    def _root_rels(self, part: str) -> dict[str, tuple[str, str]]:
        folder, name = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", f"{name}.rels")
        out = {}
        if rels in self._zip.namelist():
            for _ev, el in iterparse(self._zip.open(rels)):
                if _local(el.tag) == "Relationship":
                    target = el.get("Target", "")
                    target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                        posixpath.join(folder, target))
                    out[el.get("Id", "")] = (el.get("Type", "").rsplit("/", 1)[-1], target)
        return out

    def _workbook_part(self) -> str:
        for kind, target in self._root_rels("").values():
            if kind == "officeDocument":
                return target
        return "xl/workbook.xml"

    def _sheet_parts(self) -> list[tuple[str, str]]:
        self._book = self._workbook_part()
        self._rels = self._root_rels(self._book)
        sheets = []
        for _ev, el in iterparse(self._zip.open(self._book)):
            if _local(el.tag) == "sheet":
                rid = el.get(f"{{{REL_NS}}}id") or el.get("id", "")
                kind, target = self._rels.get(rid, ("", ""))
                if kind == "worksheet":
                    sheets.append((el.get("name", ""), target))
        return sheets

    def _part(self, kind: str) -> str | None:
        for k, target in self._rels.values():
            if k == kind:
                return target
        return None

    def _shared_strings(self) -> list[str]:
        part = self._part("sharedStrings")
        strings: list[str] = []
        if part and part in self._zip.namelist():
            for _ev, el in iterparse(self._zip.open(part)):
                if _local(el.tag) == "si":
                    strings.append(_text(el))
                    el.clear()
        return strings

    def _date_styles(self) -> tuple[set[int], set[int]]:
        """Indexes of the cell formats that show a date or time, and of those that are
        times only."""
        part = self._part("styles")
        dates: set[int] = set()
        times: set[int] = set()
        if not part or part not in self._zip.namelist():
            return dates, times
        custom: dict[int, tuple[bool, bool]] = {}
        in_xfs = False
        index = 0
        for event, el in iterparse(self._zip.open(part), events=("start", "end")):
            name = _local(el.tag)
            if event == "start" and name == "cellXfs":
                in_xfs = True
            elif event == "end" and name == "cellXfs":
                in_xfs = False
            elif event == "end" and name == "numFmt":
                custom[int(el.get("numFmtId", "0"))] = _is_date_code(el.get("formatCode", ""))
            elif event == "end" and name == "xf" and in_xfs:
                fmt = int(el.get("numFmtId", "0"))
                is_date, time_only = custom.get(fmt, (fmt in _DATE_IDS, fmt in _TIME_IDS))
                if is_date:
                    dates.add(index)
                if time_only:
                    times.add(index)
                index += 1
        return dates, times

    def dimension_rows(self, part: str) -> int:
        """The last row the sheet claims to use (0 when it does not say)."""
        with self._zip.open(part) as handle:
            head = handle.read(4096).decode("utf-8", "replace")
        m = re.search(r'<(?:\w+:)?dimension ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"', head)
        return int(m.group(1) or 1) if m else 0

    def rows(self, part: str) -> Iterator[tuple[int, tuple[object, ...]]]:
        """(row number, cell values) for every row that has any cell, top to bottom."""
        handle: IO[bytes] = self._zip.open(part)
        strings, dates, times = self._strings, self._dates, self._times
        columns: dict[str, int] = {}
        row: dict[int, object] = {}
        row_number = 0
        next_col = 0
        try:
            for _ev, el in iterparse(handle):
                name = _local(el.tag)
                if name == "c":
                    ref = el.get("r")
                    if ref:
                        letters = ref.rstrip("0123456789")
                        col = columns.get(letters)
                        if col is None:
                            col = 0
                            for ch in letters:
                                col = col * 26 + ord(ch) - 64
                            col -= 1
                            columns[letters] = col
                    else:
                        col = next_col
                    next_col = col + 1
                    row[col] = self._value(el, strings, dates, times)
                    el.clear()
                elif name == "row":
                    number = el.get("r")
                    row_number = int(number) if number else row_number + 1
                    if row:
                        width = max(row) + 1
                        yield row_number, tuple(row.get(i) for i in range(width))
                    row = {}
                    next_col = 0
                    el.clear()
        finally:
            handle.close()

    @staticmethod
    def _value(el: Element, strings: list[str], dates: set[int], times: set[int]) -> object:
        kind = el.get("t", "n")
        if kind == "inlineStr":
            for child in el:
                if _local(child.tag) == "is":
                    return _text(child)
            return None
        raw = None
        for child in el:
            if _local(child.tag) == "v":
                raw = child.text
                break
        if raw is None or raw == "":
            return None
        if kind == "s":
            return strings[int(raw)]
        if kind in ("str", "e", "d"):
            return raw
        if kind == "b":
            return raw.strip() == "1"
        number: float | int = float(raw) if any(c in raw for c in ".eE") else int(raw)
        style = int(el.get("s", "0"))
        if style in dates:
            moment = _EPOCH + timedelta(days=float(number))
            # Excel's serials carry float noise; a date-time is only as exact as a second.
            moment = (moment + timedelta(microseconds=500_000)).replace(microsecond=0)
            return moment.time() if style in times else moment
        return number

"""A streaming ``.xlsx`` reader: sheet rows as tuples of Python values, parsed with the
standard library's expat-based ``iterparse``.

openpyxl's read-only mode builds a descriptor-checked object for every shared string and
cell; at 200,000 rows that is most of an import's time. This reader does only what the
import needs: sheet names, shared and inline strings (without phonetic runs), numbers,
booleans, formula results, and dates recognised by the cell's number format.
"""

from __future__ import annotations

import codecs
import html
import posixpath
import re
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from xml.etree.ElementTree import iterparse

_EPOCH = datetime(1899, 12, 30)
_EPOCH_1904 = datetime(1904, 1, 1)  # workbooks saved with the 1904 date system (old Mac Excel)
# Limits that keep a hostile or broken file from taking the machine: columns per row
# (XFD is Excel's last) and the XML of one row.
MAX_COLUMNS = 16_384
MAX_ROW_XML = 32 << 20
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
# Built-in number formats that show dates or times (ECMA-376 18.8.30).
_DATE_IDS = set(range(14, 23)) | set(range(27, 37)) | {45, 46, 47} | set(range(50, 59))
_TIME_IDS = {18, 19, 20, 21, 45, 46, 47}
_QUOTED = re.compile(r'"[^"]*"|\[(?!h\]|m\]|s\])[^\]]*\]|\\.')
_P = r"(?:\w+:)?"  # a namespace prefix some producers write (<x:row>)
_ROW = re.compile(rf"<{_P}row\b([^>]*?)(?:/>|>(.*?)</{_P}row>)", re.S)
_CELL = re.compile(rf"<{_P}c\b([^>]*?)(?:/>|>(.*?)</{_P}c>)", re.S)
# The same without prefixes, for the (usual) text that has none: a third faster.
# (The body as runs of text between tags: twice as fast as a lazy ".*?" up to </row>.)
_ROW_PLAIN = re.compile(r"<row\b([^>]*?)(?:/>|>([^<]*(?:<(?!/row>)[^<]*)*)</row>)")
_CELL_PLAIN = re.compile(r"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S)
_PREFIXED = re.compile(r"<\w+:")
# Attribute values may be single-quoted (valid XML; some generators write them).
_ATTR = re.compile(r"""\b([rts])=(?:"([^"]*)"|'([^']*)')""")
_ATTR_R = re.compile(r"""\br=["'](\d+)["']""")
_V = re.compile(rf"<{_P}v(?:\s[^>]*)?>(.*?)</{_P}v>", re.S)
_T = re.compile(rf"<{_P}t(?:\s[^>]*)?>(.*?)</{_P}t>", re.S)
_RPH = re.compile(rf"<{_P}rPh\b.*?</{_P}rPh>", re.S)
_SI = re.compile(rf"<{_P}si>(.*?)</{_P}si>|<{_P}si/>", re.S)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)


class XlsxError(Exception):
    """The zip is not a readable workbook."""


class CellTrouble(XlsxError):
    """A cell that cannot be read (the message names it)."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _is_date_code(code: str) -> tuple[bool, bool]:
    """(shows a date or time, shows only a time) for a custom number format."""
    bare = _QUOTED.sub("", code.split(";")[0]).lower().replace("general", "")
    shows = bool(re.search(r"[ydhsm]", bare))
    return shows, shows and not re.search(r"[yd]", bare) and bool(re.search(r"[hs]", bare))


class XlsxBook:
    """An open workbook; use as a context manager."""

    def __init__(self, path: str) -> None:
        try:
            self._zip = zipfile.ZipFile(path)
            self.sheets = self._sheet_parts()
            self._strings = self._shared_strings()
            self._dates, self._times = self._date_styles()
            self._epoch = _EPOCH_1904 if self._date1904() else _EPOCH
        except (
            KeyError,
            zipfile.BadZipFile,
            SyntaxError,
            ValueError,
            RuntimeError,
            UnicodeDecodeError,
            EOFError,
            OSError,
        ) as exc:
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
                    target = (
                        target.lstrip("/")
                        if target.startswith("/")
                        else posixpath.normpath(posixpath.join(folder, target))
                    )
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
                rid = el.get(f"{{{REL_NS}}}id") or el.get("id") or ""
                kind, target = self._rels.get(rid, ("", ""))
                if kind == "worksheet":
                    sheets.append((el.get("name", ""), target))
        return sheets

    def _date1904(self) -> bool:
        for _ev, el in iterparse(self._zip.open(self._book)):
            if _local(el.tag) == "workbookPr":
                return el.get("date1904", "").strip().lower() in ("1", "true")
        return False

    def _part(self, kind: str) -> str | None:
        for k, target in self._rels.values():
            if k == kind:
                return target
        return None

    def _shared_strings(self) -> list[str]:
        part = self._part("sharedStrings")
        if not part or part not in self._zip.namelist():
            return []
        text = self._zip.read(part).decode("utf-8")
        return [_string_item(m.group(1) or "") for m in _SI.finditer(text)]

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
        m = re.search(r"""<(?:\w+:)?dimension ref=["'][A-Z]+\d+(?::[A-Z]+(\d+))?["']""", head)
        return int(m.group(1) or 1) if m else 0

    def rows(self, part: str) -> Iterator[tuple[int, tuple[object, ...]]]:
        """(row number, cell values) for every row that has any cell, top to bottom.

        Rows are matched with regular expressions over the decompressed XML, read in
        chunks: several times faster than building an element per cell.
        """
        strings, dates, times = self._strings, self._dates, self._times
        epoch = self._epoch
        columns: dict[str, int] = {}
        row_number = 0
        decoder = codecs.getincrementaldecoder("utf-8")()
        pending = ""
        with self._zip.open(part) as handle:
            while True:
                chunk = handle.read(1 << 22)
                pending += decoder.decode(chunk, final=not chunk)
                end = 0
                plain = _PREFIXED.search(pending) is None
                row_re, cell_re = (_ROW_PLAIN, _CELL_PLAIN) if plain else (_ROW, _CELL)
                for m in row_re.finditer(pending):
                    end = m.end()
                    attrs, body = m.groups()
                    if attrs[:4] == ' r="' and attrs[-1:] == '"' and attrs[4:-1].isdecimal():
                        row_number = int(attrs[4:-1])  # <row r="12">, as most producers write
                    else:
                        number = _ATTR_R.search(attrs)
                        row_number = int(number.group(1)) if number else row_number + 1
                    if body:
                        try:
                            simple = _simple_cells(body, dates, times, epoch) if plain else None
                            values = (
                                simple
                                if simple is not None
                                else _cells(cell_re, body, columns, strings, dates, times, epoch)
                            )
                        except CellTrouble as exc:
                            raise CellTrouble(f"row {row_number}: {exc}") from None
                        if values:
                            yield row_number, values
                pending = pending[end:]
                if not chunk:
                    break
                if len(pending) > MAX_ROW_XML:  # an unclosed <row>, or one of absurd size
                    raise CellTrouble(
                        f"row {row_number + 1} is not closed or larger than {MAX_ROW_XML >> 20} MB"
                    )
        if re.search(r"<(?:\w+:)?row\b", pending):
            raise CellTrouble(f"row {row_number + 1} is not closed (the file is cut off)")


# The cells KAM Desk's own export writes (and nothing else): no reference, an optional
# style, and a number, a boolean, a plain inline string or nothing. A row made only of
# these is read by one findall, without the general parser's per-cell work.
# Anything else starts with a "<" that none of these match: the last group catches it,
# and the row goes to the general parser.
_SIMPLE_CELL = re.compile(
    r'<c(?: s="\d+")?/>'
    r'|<c(?: s="(\d+)")?><v>([^<]*)</v></c>'
    r'|<c(?: s="\d+")? t="b"><v>([01])</v></c>'
    r'|<c(?: s="\d+")? t="inlineStr"><is><t(?: xml:space="preserve")?(>[^<]*)</t></is></c>'
    r"|(<)"
)


def _simple_cells(
    body: str, dates: set[int], times: set[int], epoch: datetime
) -> tuple[object, ...] | None:
    """The values of a row made only of :data:`_SIMPLE_CELL` cells; None for any other."""
    row: list[object] = []
    append = row.append
    for style, raw, flag, text, other in _SIMPLE_CELL.findall(body):
        if other:
            return None
        if text:
            text = text[1:]
            append(html.unescape(text) if "&" in text else text)
        elif raw:
            try:
                if not style:  # as _number, without its date checks
                    append(
                        int(raw)
                        if raw.isdecimal()
                        else float(raw)
                        if "." in raw
                        else _number(raw, None, dates, times, epoch)
                    )
                    continue
                append(_number(raw, style or None, dates, times, epoch))
            except ValueError as exc:
                raise CellTrouble(f"cell in column {len(row) + 1} cannot be read ({exc})") from None
        elif flag:
            append(flag == "1")
        else:
            append(None)
    if len(row) > MAX_COLUMNS:
        raise CellTrouble(f"more than {MAX_COLUMNS} cells in one row")
    while row and row[-1] is None:
        row.pop()
    return tuple(row)


def _cells(
    cell_re: re.Pattern[str],
    body: str,
    columns: dict[str, int],
    strings: list[str],
    dates: set[int],
    times: set[int],
    epoch: datetime = _EPOCH,
) -> tuple[object, ...]:
    row: list[object] = []  # up to the last cell with content
    next_col = 0
    attrs_of = _ATTRS.get
    for attrs, inner in cell_re.findall(body):
        known = attrs_of(attrs)
        if known is None:
            found = {k: a or b for k, a, b in _ATTR.findall(attrs)}
            known = (found.get("r"), found.get("t"), found.get("s"))
            if known[0] is None and len(_ATTRS) < 1000:
                _ATTRS[attrs] = known  # cells without a reference repeat a few forms
        ref, kind, style = known
        if ref:
            letters = ref.rstrip("0123456789")
            col = columns.get(letters)
            if col is None:
                col = 0
                for ch in letters:
                    col = col * 26 + ord(ch) - 64
                col -= 1
                if not 0 <= col < MAX_COLUMNS or not letters.isalpha():
                    raise CellTrouble(
                        f"the cell reference {ref} is outside the sheet "
                        f"(at most {MAX_COLUMNS} columns)"
                    )
                columns[letters] = col
        else:
            col = next_col
            if col >= MAX_COLUMNS:
                raise CellTrouble(f"more than {MAX_COLUMNS} cells in one row")
        next_col = col + 1
        if not inner:
            continue
        value: object
        if kind == "inlineStr" and inner[-9:] == "</t></is>":
            # The plain inline string the export writes: no runs, no markup inside.
            text = (
                inner[_PRESERVED:-9]
                if inner[:_PRESERVED] == _PRESERVE
                else (inner[7:-9] if inner[:7] == "<is><t>" else "<")
            )
            value = _unescape(text) if "<" not in text else _string_item(inner)
        else:
            try:
                value = _value(kind, style, inner, strings, dates, times, epoch)
            except (ValueError, IndexError) as exc:
                where = ref or f"column {col + 1}"
                raise CellTrouble(f"cell {where} cannot be read ({exc})") from None
        size = len(row)
        if col == size:
            row.append(value)
        elif col < size:
            row[col] = value
        else:
            row.extend([None] * (col - size))
            row.append(value)
    return tuple(row)


_PRESERVE = '<is><t xml:space="preserve">'
_PRESERVED = len(_PRESERVE)


# Attribute strings of cells written without an "r" reference (as the export does).
_ATTRS: dict[str, tuple[str | None, str | None, str | None]] = {}


def _unescape(text: str) -> str:
    return html.unescape(text) if "&" in text else text


def _value(
    kind: str | None,
    style: str | None,
    inner: str,
    strings: list[str],
    dates: set[int],
    times: set[int],
    epoch: datetime = _EPOCH,
) -> object:
    if kind == "inlineStr":
        return _string_item(inner)
    if inner[:3] == "<v>" and inner[-4:] == "</v>":
        raw = inner[3:-4]
    else:  # a formula before the value, or a namespace prefix
        m = _V.search(inner)
        if m is None:
            if re.search(r"<(?:\w+:)?f\b", inner):
                # Read as blank it would clear the field: refuse it instead.
                raise ValueError(
                    "a formula without a saved result; open the file in Excel "
                    "or WPS and save it again"
                )
            return None
        raw = m.group(1)
    if raw == "":
        return None
    if kind == "s":
        index = int(raw)
        if not 0 <= index < len(strings):
            raise IndexError(f"shared string {raw} does not exist")
        return strings[index]
    if kind in ("str", "e", "d"):
        return _unescape(raw)
    if kind == "b":
        return raw.strip() == "1"
    return _number(raw, style, dates, times, epoch)


def _number(
    raw: str, style: str | None, dates: set[int], times: set[int], epoch: datetime
) -> object:
    """A number cell's value: a date or time when its style shows one."""
    number: float | int
    if "." in raw or "E" in raw or "e" in raw:  # never an int (int() would fail)
        number = float(raw)
    else:
        try:
            number = int(raw)
        except ValueError:
            number = float(raw)
    if style is not None and int(style) in dates:
        if not -1 < number < 2_958_466:  # 9999-12-31: past it no date exists
            return number  # left to the column's checks ("not a valid date")
        if number.__class__ is int and int(style) not in times:
            return epoch + timedelta(days=number)  # a whole day: nothing to round
        moment = epoch + timedelta(days=float(number))
        # Excel's serials carry float noise; a date-time is only as exact as a second.
        moment = (moment + timedelta(microseconds=500_000)).replace(microsecond=0)
        return moment.time() if int(style) in times else moment
    return number


def _string_item(inner: str) -> str:
    """The text of a shared or inline string: its runs, without phonetic (rPh) runs."""
    if "rPh" in inner:
        inner = _RPH.sub("", inner)
    if "<![CDATA[" in inner:
        inner = _CDATA.sub(lambda m: html.escape(m.group(1), quote=False), inner)
    return _unescape("".join(_T.findall(inner)))

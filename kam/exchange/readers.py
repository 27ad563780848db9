"""Opening what the user hands us: an ``.xlsx``, ``.xls`` or ``.ods`` workbook, or a
folder of ``SHEET.csv`` files (UTF-8 with or without BOM, or GBK as Excel writes it on
Chinese Windows). ``.xls`` and ``.ods`` are read by calamine in a child process
(:mod:`.calamine_reader`).

Workbooks are streamed row by row (:mod:`.xlsx_reader`), so a 100,000-row sheet never
sits in memory as cell objects.
"""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kam.i18n import _

from .calamine_reader import CalamineError, read_workbook
from .specs import Sheet, find_sheet
from .xlsx_reader import XlsxBook, XlsxError

Row = tuple[object, ...]

# Limits with a clear message instead of minutes of work and a gigabyte of memory: the
# largest workbook KAM Desk takes (the benchmark's 200,000 rows is about 15 MB), and the
# longest CSV field (a note of 128 KiB, Python's csv default, is far past any real one).
MAX_FILE_BYTES = 64 << 20
# An Office file protected with a password is an OLE compound file, not a zip.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Errors a damaged or hostile file raises from inside the zip, XML or CSV readers.
_READ_ERRORS = (
    XlsxError,
    zipfile.BadZipFile,
    zlib.error,
    RuntimeError,
    UnicodeDecodeError,
    EOFError,
    csv.Error,
    ValueError,
    IndexError,
    OverflowError,
    MemoryError,
)


class SourceError(Exception):
    """The file or folder cannot be read as a workbook at all."""


@dataclass
class RawSheet:
    """One sheet of the source: its title as the user named it and its rows (row 1 first)."""

    title: str
    spec: Sheet
    rows: Iterator[tuple[int, Row]]
    total_rows: int = 0


@dataclass
class Source:
    sheets: list[RawSheet]
    ignored: list[str]


@contextmanager
def open_source(path: str | Path) -> Iterator[Source]:
    """The recognised sheets of ``path``; unknown tabs/files are listed in ``ignored``.

    Raises:
        SourceError: the path is missing, empty, not a workbook, or unreadable text.
    """
    path = Path(path)
    if not path.exists():
        raise SourceError(_("{path} does not exist").format(path=path))
    if path.is_file() and path.stat().st_size > MAX_FILE_BYTES:
        raise SourceError(
            _("{path} is larger than {n} MB; split it into smaller files").format(
                path=path.name, n=MAX_FILE_BYTES >> 20
            )
        )
    if path.is_dir():
        yield _csv_folder(path)
    elif path.suffix.lower() == ".csv":
        yield _csv_files([path])
    elif _calamine_format(path):
        yield _calamine(path)
    else:
        with _xlsx(path) as source:
            yield source


def _calamine_format(path: Path) -> bool:
    """An .xls (Excel 97-2003, an OLE file) or .ods workbook: read by calamine. An .xls
    that is really a zip (an .xlsx renamed, as some tools do) goes to the xlsx reader."""
    suffix = path.suffix.lower()
    if suffix not in (".xls", ".ods") or not path.is_file():
        return False
    if path.stat().st_size == 0:
        raise SourceError(_("{path} is empty").format(path=path.name))
    return suffix == ".ods" or not zipfile.is_zipfile(path)


def _calamine(path: Path) -> Source:
    try:
        book = read_workbook(path)
    except CalamineError as exc:
        raise SourceError(str(exc)) from exc
    sheets, ignored = [], []
    for title, rows in book:
        spec = find_sheet(title)
        if spec is None:
            ignored.append(title)
            continue
        sheets.append(RawSheet(title, spec, iter(rows), rows[-1][0] if rows else 0))
    return Source(sheets, ignored)


@contextmanager
def _xlsx(path: Path) -> Iterator[Source]:
    if path.stat().st_size == 0:
        raise SourceError(_("{path} is empty").format(path=path.name))
    with path.open("rb") as handle:
        head = handle.read(8)
    if head == _OLE_MAGIC:
        raise SourceError(
            _(
                "{path} is protected with a password (or is an old .xls file); "
                "remove the password and save it as .xlsx first"
            ).format(path=path.name)
        )
    if not zipfile.is_zipfile(path):
        raise SourceError(
            _("{path} is not a workbook (.xlsx, .xls or .ods)").format(path=path.name)
        )
    try:
        book = XlsxBook(str(path))
    except XlsxError as exc:
        raise SourceError(
            _("{path} is not an Excel workbook (.xlsx): {error}").format(path=path.name, error=exc)
        ) from exc
    with book:
        sheets, ignored = [], []
        for title, part in book.sheets:
            spec = find_sheet(title)
            if spec is None:
                ignored.append(title)
                continue
            sheets.append(
                RawSheet(
                    title,
                    spec,
                    guarded(book.rows(part), path.name, title),
                    book.dimension_rows(part),
                )
            )
        yield Source(sheets, ignored)


def guarded(rows: Iterator[tuple[int, Row]], name: str, title: str) -> Iterator[tuple[int, Row]]:
    """``rows`` with whatever a broken file raises while reading turned into one line."""
    try:
        yield from rows
    except SourceError:
        raise
    except _READ_ERRORS as exc:
        if isinstance(exc, RuntimeError) and "encrypted" not in str(exc):
            raise
        if isinstance(exc, RuntimeError):
            reason = _("it is protected with a password")
        elif isinstance(exc, zipfile.BadZipFile | zlib.error | EOFError):
            reason = _("the file is damaged ({error})").format(error=exc)
        elif isinstance(exc, UnicodeDecodeError):
            reason = _("its text is not UTF-8 as a workbook's must be")
        elif isinstance(exc, csv.Error):
            reason = _("a field is too long or malformed ({error})").format(error=exc)
        else:
            reason = str(exc)
        raise SourceError(
            _("{path}, sheet {sheet} cannot be read: {reason}").format(
                path=name, sheet=title, reason=reason
            )
        ) from exc


def decode(data: bytes, name: str) -> str:
    """Text of a CSV file: UTF-8 (BOM or not) first, then GB18030 (a superset of GBK)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausible_gbk(text):
        return text
    raise SourceError(
        _(
            "{path} is neither UTF-8 nor GBK text (Big5 or another encoding?); "
            "save it as CSV UTF-8 in Excel or WPS"
        ).format(path=name)
    )


def _plausible_gbk(text: str) -> bool:
    """GB18030 decodes almost any bytes; Chinese text written as GBK uses the common
    characters of GB2312, while Big5 read as GBK turns into rare ones."""
    rare = common = 0
    for ch in text:
        if ord(ch) < 0x80:
            continue
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            rare += 1
    return rare <= max(2, (common + rare) // 20)


def _csv_rows(text: str) -> Iterator[tuple[int, Row]]:
    for n, row in enumerate(csv.reader(io.StringIO(text, newline="")), start=1):
        yield n, tuple(row)


def _csv_files(files: list[Path]) -> Source:
    sheets, ignored = [], []
    for file in files:
        spec = find_sheet(file.stem)
        if spec is None:
            ignored.append(file.name)
            continue
        if file.stat().st_size > MAX_FILE_BYTES:
            raise SourceError(
                _("{path} is larger than {n} MB; split it into smaller files").format(
                    path=file.name, n=MAX_FILE_BYTES >> 20
                )
            )
        data = file.read_bytes()
        if b"\x00" in data[:4096]:
            raise SourceError(_("{path} is not a CSV text file").format(path=file.name))
        text = decode(data, file.name)
        sheets.append(
            RawSheet(
                file.stem,
                spec,
                guarded(_csv_rows(text), file.name, file.stem),
                text.count("\n") + 1,
            )
        )
    return Source(sheets, ignored)


def _csv_folder(folder: Path) -> Source:
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".csv")
    return _csv_files(files)

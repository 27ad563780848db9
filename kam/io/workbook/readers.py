"""Opening what the user hands us: an ``.xlsx`` workbook or a folder of ``SHEET.csv``
files (UTF-8 with or without BOM, or GBK as Excel writes it on Chinese Windows).

Workbooks are streamed row by row (:mod:`.xlsx_reader`), so a 100,000-row sheet never
sits in memory as cell objects.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kam.i18n import _

from .specs import Sheet, find_sheet
from .xlsx_reader import XlsxBook, XlsxError

Row = tuple[object, ...]


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
    if path.is_dir():
        yield _csv_folder(path)
    elif path.suffix.lower() == ".csv":
        yield _csv_files([path])
    else:
        with _xlsx(path) as source:
            yield source


@contextmanager
def _xlsx(path: Path) -> Iterator[Source]:
    if path.stat().st_size == 0:
        raise SourceError(_("{path} is empty").format(path=path.name))
    if not zipfile.is_zipfile(path):
        if path.suffix.lower() == ".xls":
            raise SourceError(_("{path} is an old .xls file; save it as .xlsx in Excel or WPS first")
                              .format(path=path.name))
        raise SourceError(_("{path} is not an Excel workbook (.xlsx)").format(path=path.name))
    try:
        book = XlsxBook(str(path))
    except XlsxError as exc:
        raise SourceError(_("{path} is not an Excel workbook (.xlsx): {error}").format(
            path=path.name, error=exc)) from exc
    with book:
        sheets, ignored = [], []
        for title, part in book.sheets:
            spec = find_sheet(title)
            if spec is None:
                ignored.append(title)
                continue
            sheets.append(RawSheet(title, spec, book.rows(part), book.dimension_rows(part)))
        yield Source(sheets, ignored)


def decode(data: bytes, name: str) -> str:
    """Text of a CSV file: UTF-8 (BOM or not) first, then GB18030 (a superset of GBK)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SourceError(_("{path} is neither UTF-8 nor GBK text").format(path=name))


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
        data = file.read_bytes()
        if b"\x00" in data[:4096]:
            raise SourceError(_("{path} is not a CSV text file").format(path=file.name))
        text = decode(data, file.name)
        sheets.append(RawSheet(file.stem, spec, _csv_rows(text), text.count("\n") + 1))
    return Source(sheets, ignored)


def _csv_folder(folder: Path) -> Source:
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".csv")
    return _csv_files(files)

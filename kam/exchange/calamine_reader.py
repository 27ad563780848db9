"""Reading ``.xls`` (Excel 97-2003, as WPS still saves by default) and ``.ods``
(LibreOffice) workbooks with python-calamine, in a child process.

calamine is a maintained Rust reader, but a hostile file can take down the process that
reads it: a cell reference far outside the sheet makes it allocate the whole rectangle up
to that cell and abort on the failed allocation (no exception to catch). The file is
therefore read in a fresh child interpreter whose memory is capped (POSIX) and whose
death is reported as one line naming the file; nothing of the import has started yet.

``.xlsx`` files are read by :mod:`.xlsx_reader`, which is as fast on what the export
writes and honours the import's limits cell by cell (see docs/workbook.md).
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from multiprocessing.connection import Connection
from pathlib import Path

from kam.i18n import _

# What one workbook may hold before it is refused: Excel's own sheet size.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
# A child that takes longer than this on one file is stopped (a pathological file).
TIMEOUT_S = 600
# Address space of the child on POSIX: a hostile file fails there, not in the machine.
CHILD_MEMORY = 3 << 30

Row = tuple[object, ...]


class CalamineError(Exception):
    """The workbook cannot be read; the message is one line for the user."""


def _cell(value: object) -> object:
    if value == "" and value.__class__ is str:
        return None
    if value.__class__ is float and value.is_integer():
        return int(value)  # as the xlsx reader gives whole numbers
    if value.__class__ is date:
        return datetime(value.year, value.month, value.day)
    if isinstance(value, timedelta):  # a duration cell: as the time of day it shows
        return (datetime.min + value).time() if value < timedelta(days=1) else str(value)
    return value


def _rows(grid: Sequence[Sequence[object]]) -> list[tuple[int, Row]]:
    out = []
    for n, cells in enumerate(grid, start=1):
        row = [_cell(c) for c in cells]
        while row and row[-1] is None:
            row.pop()
        if row:
            out.append((n, tuple(row)))
    return out


def _child(path: str, conn: Connection) -> None:
    """Runs in the child: reads every sheet and sends ``("ok", sheets)`` or
    ``("error", message)``."""
    try:
        if sys.platform != "win32":
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))
        import python_calamine

        book = python_calamine.CalamineWorkbook.from_path(path)
        sheets = []
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            if sheet.height > MAX_ROWS or sheet.width > MAX_COLUMNS:
                conn.send(
                    (
                        "error",
                        f"sheet {name} is larger than {MAX_ROWS:,} rows or {MAX_COLUMNS:,} columns",
                    )
                )
                return
            sheets.append((name, _rows(sheet.to_python(skip_empty_area=False))))
        conn.send(("ok", sheets))
    except MemoryError:
        conn.send(("error", "it needs more memory than a workbook may take"))
    except Exception as exc:  # calamine's errors become the user's one line
        conn.send(("error", str(exc).splitlines()[0] if str(exc) else type(exc).__name__))
    finally:
        conn.close()


def read_workbook(path: Path) -> list[tuple[str, list[tuple[int, Row]]]]:
    """Every sheet of ``path`` as (title, [(row number, cells)]), rows without any value
    left out; cells are None, str, int, float, bool, datetime or time.

    Raises:
        CalamineError: the file cannot be read, or the reader died on it.
    """
    context = multiprocessing.get_context("spawn")
    here, there = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(str(path), there), daemon=True)
    child.start()
    there.close()  # the child's end: a dead child then reads as EOF here
    try:
        if not here.poll(TIMEOUT_S):
            raise CalamineError(
                _("{path} cannot be read: the spreadsheet reader took more than {n} s").format(
                    path=path.name, n=TIMEOUT_S
                )
            )
        status, payload = here.recv()
    except (EOFError, OSError):
        child.join(5)
        raise CalamineError(
            _(
                "{path} cannot be read: the spreadsheet reader stopped on it (exit code {code}); "
                "the file is damaged or not a spreadsheet"
            ).format(path=path.name, code=child.exitcode)
        ) from None
    finally:
        here.close()
        if child.is_alive():
            child.join(5)
        if child.is_alive():
            child.kill()
            child.join()
    if status != "ok":
        raise CalamineError(
            _("{path} cannot be read: {error}").format(path=path.name, error=payload)
        )
    return payload  # type: ignore[no-any-return]

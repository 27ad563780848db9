"""Writing tabular results as an aligned table, CSV or JSON (``--format``)."""

from __future__ import annotations

import csv
import io
import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO

from kam.exchange.safe_cells import escape_cell
from kam.i18n import _

FORMATS = ("table", "csv", "json")


# Characters that make a shell (sh, cmd.exe or PowerShell) split or reinterpret a word.
_SHELL_SPECIAL = frozenset(" &|;<>()?*'`$^%!,")


def command_word(text: str) -> str:
    """``text`` as a word of a command line we print for the user to copy: in double
    quotes when a shell would cut or reinterpret it (a team server's URL holds ``&``
    and ``?``); double quotes mean the same in sh, cmd.exe and PowerShell."""
    return f'"{text}"' if _SHELL_SPECIAL.intersection(text) else text


def add_format_option(parser: Any) -> None:
    parser.add_argument(
        "--format", choices=FORMATS, default="table", help=_("output format (default: table)")
    )


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def write_rows(
    keys: Sequence[str],
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    fmt: str,
    out: TextIO | None = None,
) -> None:
    """Writes ``rows``; CSV and JSON use the stable English ``keys``, the table ``headers``."""
    out = out or sys.stdout
    if fmt == "csv":
        _write_csv(keys, rows, out)
    elif fmt == "json":
        json.dump(
            [dict(zip(keys, r, strict=True)) for r in rows], out, ensure_ascii=False, indent=2
        )
        out.write("\n")
    else:
        cells = [[str(h) for h in headers]] + [
            ["" if v is None else str(v) for v in r] for r in rows
        ]
        widths = [max(_width(row[i]) for row in cells) for i in range(len(headers))]
        for n, row in enumerate(cells):
            out.write(
                "  ".join(
                    c + " " * (w - _width(c)) for c, w in zip(row, widths, strict=True)
                ).rstrip()
                + "\n"
            )
            if n == 0:
                out.write("  ".join("-" * w for w in widths) + "\n")


def _write_csv(keys: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO) -> None:
    """CSV as Excel and WPS open it: UTF-8 with a BOM (without one they read GBK and
    garble the Chinese), and text that would run as a formula escaped (safe_cells)."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(keys)
    writer.writerows(["" if v is None else escape_cell(v) for v in r] for r in rows)
    data = "\ufeff" + text.getvalue()
    buffer = getattr(out, "buffer", None)
    if buffer is not None:  # a console's own encoding (cp936 on Windows) must not apply
        out.flush()
        buffer.write(data.encode("utf-8"))
        buffer.flush()
    else:
        out.write(data)

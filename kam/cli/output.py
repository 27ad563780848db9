"""Writing tabular results as an aligned table, CSV or JSON (``--format``)."""

from __future__ import annotations

import csv
import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO

from kam.i18n import _

FORMATS = ("table", "csv", "json")


def add_format_option(parser: Any) -> None:
    parser.add_argument("--format", choices=FORMATS, default="table",
                        help=_("output format (default: table)"))


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
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(keys)
        writer.writerows(["" if v is None else v for v in r] for r in rows)
    elif fmt == "json":
        json.dump([dict(zip(keys, r, strict=True)) for r in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in r] for r in rows]
        widths = [max(_width(row[i]) for row in cells) for i in range(len(headers))]
        for n, row in enumerate(cells):
            out.write("  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
            if n == 0:
                out.write("  ".join("-" * w for w in widths) + "\n")

"""The profile's building blocks: number formats, label/value tables, "nothing recorded"
lines and section headings, all in one language chosen per document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from kam.i18n import _, label
from kam.reports.document import ACCENT, GRID, HEAD_BG, content_width, para, styles
from kam.reports.fonts import printable, register_fonts

DASH = "—"
# Longer cell texts go below their table as notes (see Writer.table).
CELL_LIMIT = 280
PAD = 3


def money(value: float | None) -> str:
    return DASH if value is None else f"{value:,.0f}"


def number(value: float | None, digits: int = 1) -> str:
    if value is None:
        return DASH
    return f"{value:,.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:,.0f}"


def pct(value: float | None) -> str:
    return DASH if value is None else f"{value:.1f} %"


def day(value: date | None) -> str:
    return value.isoformat() if value else DASH


@dataclass
class Writer:
    """Makes the profile's flowables in one language (``lang``: zh_CN or en)."""

    lang: str

    def __post_init__(self) -> None:
        self.s: dict[str, ParagraphStyle] = styles()
        self.s["label"] = ParagraphStyle(
            "label", parent=self.s["cell"], spaceBefore=3, textColor=colors.HexColor("#333333")
        )
        self.s["note"] = ParagraphStyle("note", parent=self.s["body"], leftIndent=8, spaceAfter=3)
        self.s["empty"] = ParagraphStyle(
            "empty", parent=self.s["muted"], leftIndent=2, spaceAfter=2
        )
        self.width = content_width()

    def t(self, message: str, **values: Any) -> str:
        text = _(message, self.lang)
        return text.format(**values) if values else text

    def label(self, value: str | None, kind: type[Enum] | None = None) -> str:
        return label(value, self.lang, kind=kind) if value else ""

    def yes_no(self, value: bool) -> str:
        return self.t("Yes") if value else self.t("No")

    def heading(self, number: int, title: str) -> list[Flowable]:
        """A numbered section heading with a rule (see :func:`keep_headings`)."""
        rule = HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=0, spaceAfter=4)
        return [as_heading(para(f"{number}  {title}", self.s["h1"])), as_heading(rule)]

    def subheading(self, title: str) -> Flowable:
        return as_heading(para(title, self.s["h2"]))

    def empty(self, message: str) -> Flowable:
        return para(message, self.s["empty"])

    def paragraph(self, text: str) -> Flowable:
        return para(text, self.s["body"])

    def notes(self, title: str, text: str) -> list[Flowable]:
        """A labelled free text of any length; outside a table, so it breaks across pages."""
        if not text.strip():
            return []
        return [as_heading(para(title, self.s["label"])), para(text.strip(), self.s["note"])]

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        fractions: Sequence[float],
        *,
        long_text: bool = False,
    ) -> list[Flowable]:
        """A data table; column widths are fractions of the text width.

        With ``long_text``, a cell longer than :data:`CELL_LIMIT` characters is printed
        after the table as a numbered note (the cell refers to it): a 3,000-character
        note in a narrow column would otherwise run over several pages of slivers.
        """
        widths = [self.width * f for f in fractions]
        if not long_text:
            return [self.grid(headers, rows, widths)]
        notes: list[Flowable] = []
        shown: list[list[Any]] = []
        for row in rows:
            cells = list(row)
            for c, value in enumerate(cells):
                if isinstance(value, str) and len(value) > CELL_LIMIT:
                    number = len(notes) // 2 + 1
                    cells[c] = self.t("(see note {n} below)", n=number)
                    about = " · ".join(x for x in (str(cells[0]), headers[c]) if x)
                    notes += [
                        as_heading(
                            para(self.t("Note {n}", n=number) + " · " + about, self.s["label"])
                        ),
                        para(value.strip(), self.s["note"]),
                    ]
            shown.append(cells)
        return [self.grid(headers, shown, widths, split_in_row=True), *notes]

    def cell(self, value: Any, width: float, style: ParagraphStyle | None = None) -> Any:
        """A table cell: plain text when it fits on one line (ReportLab draws a string
        far faster than it lays out a paragraph), else a wrapping paragraph."""
        if hasattr(value, "wrapOn"):
            return value
        style = style or self.s["cell"]
        text = printable("" if value is None else str(value))
        if (
            "\n" not in text
            and style is self.s["cell"]
            and (stringWidth(text, style.fontName, style.fontSize) <= width - 2 * PAD)
        ):
            return text
        return para(text, style)

    def grid(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        *,
        split_in_row: bool = False,
    ) -> Table:
        """A bordered table with a repeated header row, in the look of
        :func:`kam.reports.document.table`."""
        data = [[self.cell(h, w) for h, w in zip(headers, widths, strict=True)]]
        data += [[self.cell(c, w) for c, w in zip(row, widths, strict=True)] for row in rows]
        result = Table(
            data,
            colWidths=list(widths),
            repeatRows=1,
            splitByRow=True,
            splitInRow=1 if split_in_row else 0,
        )
        result.setStyle(
            TableStyle(
                [
                    (
                        "FONT",
                        (0, 0),
                        (-1, -1),
                        register_fonts(),
                        self.s["cell"].fontSize,
                        self.s["cell"].leading,
                    ),
                    ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return result

    def facts(self, pairs: Sequence[tuple[str, str]], columns: int = 2) -> Table | None:
        """Label/value pairs in ``columns`` pairs per row; empty values are left out."""
        shown = [(k, v) for k, v in pairs if v not in ("", None, DASH)]
        if not shown:
            return None
        cell, head = self.s["cell"], self.s["label"]
        label_w = 0.15 if columns == 2 else 0.2
        value_w = (1.0 - columns * label_w) / columns
        widths = [self.width * (label_w if i % 2 == 0 else value_w) for i in range(2 * columns)]
        rows: list[list[Any]] = []
        for i in range(0, len(shown), columns):
            row: list[Any] = []
            for n, (k, v) in enumerate(shown[i : i + columns]):
                row += [self.cell(k, widths[2 * n], head), self.cell(v, widths[2 * n + 1], cell)]
            row += [""] * (2 * columns - len(row))
            rows.append(row)
        result = Table(rows, colWidths=widths, splitByRow=True, splitInRow=1)
        style = [
            ("FONT", (0, 0), (-1, -1), register_fonts(), cell.fontSize, cell.leading),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        style += [("BACKGROUND", (c, 0), (c, -1), HEAD_BG) for c in range(0, 2 * columns, 2)]
        result.setStyle(TableStyle(style))
        return result

    def side_by_side(self, *flowables: Flowable) -> Table:
        """Flowables in equal columns across the text width (e.g. two charts)."""
        width = self.width / len(flowables)
        result = Table([list(flowables)], colWidths=[width] * len(flowables))
        result.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), register_fonts(), 8),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return result


def as_heading(flowable: Flowable) -> Flowable:
    flowable._kam_heading = True
    return flowable


def keep_headings(story: list[Flowable], width: float) -> list[Flowable]:
    """Puts a conditional page break before each run of headings so that a heading
    never ends a page without the start of what it introduces.

    ``keepWithNext`` would move a heading together with a long table to a new page and
    waste the rest of this one; a conditional break only asks for the room that the
    heading plus the next block's first lines need — all of a chart, which cannot split.
    """
    out: list[Flowable] = []
    i = 0
    while i < len(story):
        if not getattr(story[i], "_kam_heading", False):
            out.append(story[i])
            i += 1
            continue
        j = i
        while j < len(story) and getattr(story[j], "_kam_heading", False):
            j += 1
        need = sum(
            f.wrap(width, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story[i:j]
        )
        follower = story[j] if j < len(story) else None
        if isinstance(follower, Drawing):
            need += follower.wrap(width, 1e6)[1]
        elif isinstance(follower, KeepTogether):
            # It does not split either (the decision map with its legend).
            need += sum(
                f.wrap(width, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                for f in follower._content
            )
        else:
            need += 22 * mm
        out.append(CondPageBreak(need + 2 * mm))
        out.extend(story[i:j])
        i = j
    return out

"""The page frame every KAM PDF shares (docs/outputs.md): A4, the CJK font, and on every
page the subject, the print date, "page N of M" and the confidentiality mark 商业秘密.

Reports build a platypus story with :func:`styles` and :func:`table`, then call
:func:`build_pdf`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from kam.i18n import _, language
from kam.reports.fonts import printable, register_fonts
from kam.reports.typography import CJKParagraph

MARGIN: float = 18 * mm
ACCENT = colors.HexColor("#1F4E79")
GRID = colors.HexColor("#B7C4D1")
HEAD_BG = colors.HexColor("#E3EAF2")


@dataclass
class PageMarks:
    """What the header and footer of every page say."""

    subject: str
    title: str = ""
    printed_on: date = field(default_factory=date.today)
    lang: str | None = None
    confidential: bool = True


def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles in the CJK font; ``wordWrap='CJK'`` breaks lines between hanzi."""
    font = register_fonts()
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13.5, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11.5),
        "muted": ParagraphStyle("muted", parent=base, textColor=colors.HexColor("#666666")),
        "title": ParagraphStyle(
            "title", parent=base, fontSize=20, leading=26, textColor=ACCENT, spaceAfter=4 * mm
        ),
        # A heading never ends a page: it moves over with what it introduces.
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontSize=13.5,
            leading=18,
            textColor=ACCENT,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontSize=11,
            leading=15,
            textColor=ACCENT,
            spaceBefore=3 * mm,
            spaceAfter=1.5 * mm,
            keepWithNext=1,
        ),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
    }


def para(text: Any, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; newlines kept as line breaks)."""
    value = "" if text is None else printable(str(text))
    return CJKParagraph(escape(value).replace("\n", "<br/>"), style)


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float] | None = None,
    *,
    style: ParagraphStyle | None = None,
    split_in_row: bool = False,
) -> Table:
    """A bordered table whose cells wrap, that splits across pages repeating its header.

    ``split_in_row`` lets a row taller than a page break inside its cells (long notes).
    """
    cell = style or styles()["cell"]
    data = [[para(h, cell) for h in headers]]
    data += [[c if hasattr(c, "wrapOn") else para(c, cell) for c in row] for row in rows]
    result = Table(
        data,
        colWidths=col_widths,
        repeatRows=1,
        splitByRow=True,
        splitInRow=1 if split_in_row else 0,
    )
    result.setStyle(
        TableStyle(
            [
                # Cells draw their font even when empty; without this Helvetica (not embedded)
                # would end up in the file.
                ("FONT", (0, 0), (-1, -1), register_fonts(), cell.fontSize),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return result


def content_width(pagesize: tuple[float, float] = A4) -> float:
    return pagesize[0] - 2 * MARGIN


class DocumentStart(Flowable):
    """Starts a new document inside one file (batch printing): the pages from here on
    carry ``marks`` and are numbered "page N of M" within this document alone.

    Put it first on a fresh page (after a ``PageBreak``).
    """

    def __init__(self, marks: PageMarks) -> None:
        super().__init__()
        self.marks = marks
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        start = getattr(self.canv, "start_document", None)
        if start is not None:
            start(self.marks)


class Bookmark(Flowable):
    """An entry of the PDF's outline (the reader's bookmarks panel) pointing at the page
    where this flowable lands: ``level`` 0 for an account, 1 for a section."""

    _ZEROSIZE = 1

    def __init__(self, title: str, level: int = 0) -> None:
        super().__init__()
        self.title, self.level = title, level
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        mark = getattr(self.canv, "mark_bookmark", None)
        if mark is not None:
            mark(self.title, self.level)


def odd_page_start() -> Flowable:
    """After a page break: one more (blank) page when the next one would be even, so that
    the next document starts on a right-hand page when printed on both sides."""
    from reportlab.platypus import PageBreak
    from reportlab.platypus.flowables import DocIf

    return DocIf("doc.page % 2 == 0", [PageBreak()])


class _MarkedCanvas(Canvas):
    """Draws header and footer after the last page, when the page count is known."""

    marks: PageMarks

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        # Per page: the marks it carries and which document of the file it belongs to.
        self._page_docs: list[tuple[PageMarks, int]] = []
        self._current: tuple[PageMarks, int] = (self.marks, 0)
        # Outline entries per page, added when the page is really written (the page
        # references only exist then, in save()).
        self._outline: dict[int, list[tuple[str, int]]] = {}

    def mark_bookmark(self, title: str, level: int) -> None:
        self._outline.setdefault(len(self._pages), []).append((title, level))

    def start_document(self, marks: PageMarks) -> None:
        self._current = (marks, self._current[1] + 1)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._page_docs.append(self._current)
        self._startPage()

    def save(self) -> None:
        totals: dict[int, int] = {}
        for _marks, doc in self._page_docs:
            totals[doc] = totals.get(doc, 0) + 1
        numbers: dict[int, int] = {}
        outline = self._outline
        for index, (state, (marks, doc)) in enumerate(
            zip(self._pages, self._page_docs, strict=True)
        ):
            self.__dict__.update(state)
            numbers[doc] = numbers.get(doc, 0) + 1
            self._draw_marks(numbers[doc], totals[doc], marks)
            for n, (title, level) in enumerate(outline.get(index, [])):
                key = f"kam-{index}-{n}"
                self.bookmarkPage(key)
                self.addOutlineEntry(title, key, level=level, closed=level == 0)
            super().showPage()
        if outline:
            self.showOutline()
        super().save()

    def _draw_marks(self, number: int, total: int, marks: PageMarks | None = None) -> None:
        marks = marks or self.marks
        lang = marks.lang
        font = register_fonts()
        width, height = self._pagesize  # A4, or landscape A4 for wide tables
        self.saveState()
        self.setStrokeColor(GRID)
        self.setLineWidth(0.5)
        self.line(MARGIN, height - 12 * mm, width - MARGIN, height - 12 * mm)
        self.line(MARGIN, 12 * mm, width - MARGIN, 12 * mm)
        self.setFont(font, 8.5)
        self.setFillColor(colors.HexColor("#333333"))
        self.drawString(MARGIN, height - 10 * mm, printable(marks.subject[:80]))
        if marks.title:
            self.drawRightString(width - MARGIN, height - 10 * mm, marks.title[:60])
        printed = _("Printed {date}", lang).format(date=marks.printed_on.isoformat())
        self.drawString(MARGIN, 8 * mm, printed)
        page = _("Page {n} of {m}", lang).format(n=number, m=total)
        self.drawCentredString(width / 2, 8 * mm, page)
        if marks.confidential:
            self.setFillColor(colors.HexColor("#B00020"))
            self.drawRightString(
                width - MARGIN,
                8 * mm,
                "商业秘密 · " + _("Confidential", lang) if (lang or "") == "en" else "商业秘密",
            )
        self.restoreState()


def build_pdf(
    target: str | Path | BinaryIO,
    story: list[Any],
    marks: PageMarks,
    *,
    pagesize: tuple[float, float] = A4,
) -> None:
    """Lays out ``story`` on A4 pages carrying ``marks`` and writes the PDF to ``target``.

    ``pagesize=landscape(A4)`` turns every page for documents of wide tables (the
    rating's meeting pack).
    """
    register_fonts()
    out = str(target) if isinstance(target, Path) else target
    doc = SimpleDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{marks.subject} {marks.title}".strip(),
        author="KAM Desk",
        lang="zh-CN" if (marks.lang or language()).startswith("zh") else "en",
        # Start in the CJK font so no unembedded Helvetica ends up in the file.
        initialFontName=register_fonts(),
    )
    canvas_class = type("MarkedCanvas", (_MarkedCanvas,), {"marks": marks})
    doc.build(story, canvasmaker=canvas_class)


def render_pdf(story: list[Any], marks: PageMarks) -> bytes:
    buffer = BytesIO()
    build_pdf(buffer, story, marks)
    return buffer.getvalue()

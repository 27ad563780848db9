"""Reading a PDF back: its text per page, and where each piece of text was drawn."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader


@dataclass
class PdfText:
    pages: list[str]
    boxes: list[tuple[float, float]]  # page width/height
    positions: list[list[tuple[float, float, str]]]  # per page: x, y, text

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    def flat(self) -> str:
        """All text with whitespace removed (lines break anywhere in CJK text)."""
        return re.sub(r"\s+", "", self.text)


def read_pdf(source: str | Path | bytes) -> PdfText:
    if isinstance(source, bytes):
        from io import BytesIO

        reader = PdfReader(BytesIO(source))
    else:
        reader = PdfReader(str(source))
    pages, boxes, positions = [], [], []
    for page in reader.pages:
        where: list[tuple[float, float, str]] = []

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            _font: object,
            _size: float,
            where: list[tuple[float, float, str]] = where,
        ) -> None:
            if text.strip():
                # Text space → page space: the text matrix then the current matrix.
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                where.append((x, y, text))

        pages.append(page.extract_text(visitor_text=visit))
        boxes.append((float(page.mediabox.width), float(page.mediabox.height)))
        positions.append(where)
    return PdfText(pages, boxes, positions)


def embedded_fonts_only(source: str | Path) -> list[str]:
    """Names of fonts used in the file that are not embedded (should be none)."""
    reader = PdfReader(str(source))
    missing = set()
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:
                missing.add(str(font.get("/BaseFont")))
                continue
            d = descriptor.get_object()
            if not any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font.get("/BaseFont")))
    return sorted(missing)

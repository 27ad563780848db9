"""PDF pages as images, for the print preview and for printing.

QtPdf is not part of the PySide6 Essentials/Addons wheels (it ships with WebEngine,
~280 MB), so pages are rendered with PDFium through pypdfium2 (a few MB).
"""

from __future__ import annotations

import pypdfium2 as pdfium

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter


class PdfPages:
    """An in-memory PDF whose pages render to :class:`QImage`."""

    def __init__(self, data: bytes) -> None:
        self._doc = pdfium.PdfDocument(data)

    def __len__(self) -> int:
        return len(self._doc)

    def page_size(self, index: int) -> QSize:
        """The page's size in points (1/72 inch)."""
        width, height = self._doc[index].get_size()
        return QSize(round(width), round(height))

    def image(self, index: int, dpi: float) -> QImage:
        bitmap = self._doc[index].render(scale=dpi / 72.0, rev_byteorder=True)
        image = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGB888,
        )
        # The bitmap's memory goes with it; the copy owns its pixels.
        return image.copy()

    def close(self) -> None:
        self._doc.close()


def print_pdf(data: bytes, printer: QPrinter, first: int = 1, last: int = 0) -> int:
    """Prints pages ``first``..``last`` (1-based; 0 = to the end) of ``data`` on
    ``printer``, each scaled to the printable area. Returns the pages printed."""
    pages = PdfPages(data)
    try:
        end = len(pages) if last <= 0 else min(last, len(pages))
        dpi = min(max(printer.resolution(), 150), 300)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be opened")
        printed = 0
        try:
            for index in range(max(first, 1) - 1, end):
                if printed:
                    printer.newPage()
                image = pages.image(index, dpi)
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(
                    area.x() + (area.width() - size.width()) // 2,
                    area.y(),
                    size.width(),
                    size.height(),
                )
                painter.drawImage(target, image)
                printed += 1
        finally:
            painter.end()
        return printed
    finally:
        pages.close()

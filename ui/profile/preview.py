"""The print preview: the PDF's pages rendered one under the other, scaled to the
pane's width, as they will come out of the printer."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.profile.pages import PdfPages

PREVIEW_DPI = 110.0
MIN_DPI = 50.0
MAX_PREVIEW_PAGES = 60  # a batch of many accounts previews its start; saving prints all


class PreviewPane(QScrollArea):
    """Shows rendered pages; :meth:`show_pdf` replaces them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePreview")
        self.setWidgetResizable(True)
        self.setBackgroundRole(self.backgroundRole())
        self._pages = QWidget()
        self._pages.setObjectName("previewPages")
        self._layout = QVBoxLayout(self._pages)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._layout.setSpacing(12)
        self.setWidget(self._pages)
        self.page_labels: list[QLabel] = []
        self._data: bytes | None = None
        self._shown_width = 0
        # Re-fit the pages once the user has finished resizing, not on every pixel.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(250)
        self._refit.timeout.connect(self._refit_pages)
        self.show_message(self.tr("Choose accounts and sections, then press Preview."))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._data is not None and abs(self.viewport().width() - self._shown_width) > 30:
            self._refit.start()

    def _refit_pages(self) -> None:
        if self._data is not None:
            self.show_pdf(self._data)

    def clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            page = item.widget() if item is not None else None
            if page is not None:
                page.deleteLater()
        self.page_labels = []

    def show_message(self, text: str) -> None:
        self.clear()
        self._data = None
        label = QLabel(text)
        label.setObjectName("previewMessage")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(label)

    def _fitting_dpi(self, page_width_pt: int) -> float:
        """A resolution at which a page fills the pane's width (within reason)."""
        room = self.viewport().width() - 40
        return max(MIN_DPI, min(PREVIEW_DPI, room * 72.0 / max(page_width_pt, 1)))

    def show_pdf(self, data: bytes) -> int:
        """Renders the pages of ``data``; returns how many the document has."""
        self.clear()
        self._data, self._shown_width = data, self.viewport().width()
        pages = PdfPages(data)
        try:
            total = len(pages)
            dpi = self._fitting_dpi(pages.page_size(0).width()) if total else PREVIEW_DPI
            for index in range(min(total, MAX_PREVIEW_PAGES)):
                label = QLabel()
                label.setObjectName(f"previewPage{index + 1}")
                label.setPixmap(QPixmap.fromImage(pages.image(index, dpi)))
                label.setStyleSheet("border: 1px solid #B7C4D1; background: white;")
                self._layout.addWidget(label)
                self.page_labels.append(label)
            if total > MAX_PREVIEW_PAGES:
                more = QLabel(
                    self.tr(
                        "The preview shows the first %1 of %2 pages; saving "
                        "and printing include them all."
                    )
                    .replace("%1", str(MAX_PREVIEW_PAGES))
                    .replace("%2", str(total))
                )
                more.setWordWrap(True)
                self._layout.addWidget(more)
        finally:
            pages.close()
        return total

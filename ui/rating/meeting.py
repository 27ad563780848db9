"""Meeting mode for the projector: large type, the ranking sorted by total, quick
filters, the key-account list with its movements, and the decision on the selected
account. Escape leaves it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kam.rating import service as rating
from ui.context import AppContext
from ui.rating.results_model import ResultsFilter
from ui.rating.results_panel import ResultsPanel
from ui.rating.titles import status_title

SCALE = 1.6  # type size against the normal screen, readable from the back of the room


class MeetingWindow(QWidget):
    """Signals:
    closed(): the window was closed (the page refreshes).
    """

    closed = Signal()

    def __init__(self, ctx: AppContext, run: rating.RunInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("meetingWindow")
        self.ctx = ctx
        self.run = run
        self.setWindowTitle(
            QCoreApplication.translate("MeetingWindow", "{year} rating review").format(
                year=run.year
            )
        )
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * SCALE)
        self.setFont(font)
        # The app's style sheet fixes font sizes, so the large type is set the same way.
        self.setStyleSheet(
            f"QWidget {{ font-size: {font.pointSizeF():.0f}pt; }}"
            f"QLabel#meetingTitle {{ font-size: {font.pointSizeF() * 1.4:.0f}pt;"
            " font-weight: bold; }"
        )

        self.title = QLabel()
        self.title.setObjectName("meetingTitle")
        title_font = QFont(font)
        title_font.setPointSizeF(font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        # The title wraps rather than push the window past a 1280-wide projector.
        self.title.setWordWrap(True)
        self.views: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        views = QHBoxLayout()
        views.addWidget(self.title, 1)
        for key, text in (
            ("all", QCoreApplication.translate("MeetingWindow", "Whole ranking")),
            ("key", QCoreApplication.translate("MeetingWindow", "Key accounts")),
            ("moved", QCoreApplication.translate("MeetingWindow", "Movements")),
            ("decided", QCoreApplication.translate("MeetingWindow", "Overrides")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"meetingView_{key}")
            button.setCheckable(True)
            group.addButton(button)
            button.clicked.connect(lambda _c=False, k=key: self.show_view(k))
            self.views[key] = button
            views.addWidget(button)
        self.criteria_box = QCheckBox(QCoreApplication.translate("MeetingWindow", "Criteria"))
        self.criteria_box.setObjectName("meetingCriteria")
        self.criteria_box.toggled.connect(self._show_criteria)
        views.addWidget(self.criteria_box)
        self.close_button = QPushButton(QCoreApplication.translate("MeetingWindow", "Leave (Esc)"))
        self.close_button.setObjectName("meetingClose")
        self.close_button.clicked.connect(self.close)
        views.addWidget(self.close_button)

        self.panel = ResultsPanel(ctx)
        self.panel.set_row_height(int(30 * SCALE))
        self.movements = QLabel()
        self.movements.setObjectName("meetingMovements")
        self.movements.setWordWrap(True)
        self.movements.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.movements.setTextFormat(Qt.TextFormat.PlainText)
        # A long 新进清单 wraps and scrolls instead of running off the screen.
        self.movements_area = QScrollArea()
        self.movements_area.setObjectName("meetingMovementsArea")
        self.movements_area.setWidgetResizable(True)
        self.movements_area.setWidget(self.movements)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.panel)
        splitter.addWidget(self.movements_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        # Room for the key-account count and two lines of the list, even on 768 high.
        self.movements_area.setMinimumHeight(int(self.fontMetrics().lineSpacing() * 3.6))
        layout = QVBoxLayout(self)
        layout.addLayout(views)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.panel.result_changed.connect(self._reload_movements)
        self.reload()
        self.panel.set_widths(int(44 * SCALE), int(60 * SCALE), int(170 * SCALE))
        self._show_criteria(False)
        self.show_view("all")

    def reload(self) -> None:
        scheme, _text = rating.run_scheme(self.ctx.db, self.run.id)
        rows = rating.results(self.ctx.db, self.run.id)
        self.panel.set_run(self.run, scheme, rows)
        self.title.setText(
            QCoreApplication.translate(
                "MeetingWindow", "{year} annual key-account rating · {status}"
            ).format(year=self.run.year, status=status_title(self.run.status))
        )
        self._reload_movements()

    def _show_criteria(self, shown: bool) -> None:
        """Criterion columns are hidden by default: in large type the ranking, totals,
        grades and movements are what fit on the wall."""
        model = self.panel.model
        for column in model.criteria_columns():
            self.panel.table.setColumnHidden(column, not shown)
        self.panel.fit_columns()

    def show_view(self, key: str) -> None:
        self.views[key].setChecked(True)
        bar = self.panel.filters
        bar.blockSignals(True)
        bar.key_only.setChecked(key == "key")
        bar.change.setCurrentIndex(bar.change.findData("moved") if key == "moved" else 0)
        bar.blockSignals(False)
        wanted = bar.current()
        if key == "decided":
            wanted = ResultsFilter(overridden_only=True)
        self.panel.model.set_filter(wanted)
        self.panel.model.sort(self.panel.model.total_column(), Qt.SortOrder.DescendingOrder)
        self.panel.table.horizontalHeader().setSortIndicator(
            self.panel.model.total_column(), Qt.SortOrder.DescendingOrder
        )
        self.panel.update_count()

    def _reload_movements(self) -> None:
        rows = self.panel.model.all_rows()
        key = [r for r in rows if r.key_account]
        entered = [r for r in key if r.change == "new"]
        dropped = [r for r in rows if r.change == "dropped"]
        up = [r for r in key if r.change == "up"]
        down = [r for r in key if r.change == "down"]

        def names(items: list[rating.ResultRow]) -> str:
            return "、".join(
                f"{r.name}（{r.previous_grade or '—'}→{r.grade}）" for r in items
            ) or QCoreApplication.translate("MeetingWindow", "none")

        self.movements.setText(
            "\n".join(
                [
                    QCoreApplication.translate("MeetingWindow", "Key accounts: {n}").format(
                        n=len(key)
                    ),
                    QCoreApplication.translate("MeetingWindow", "New in the list: {names}").format(
                        names=names(entered)
                    ),
                    QCoreApplication.translate("MeetingWindow", "Dropped out: {names}").format(
                        names=names(dropped)
                    ),
                    QCoreApplication.translate("MeetingWindow", "Up: {names}").format(
                        names=names(up)
                    ),
                    QCoreApplication.translate("MeetingWindow", "Down: {names}").format(
                        names=names(down)
                    ),
                ]
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

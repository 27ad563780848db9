"""A month or week calendar of visits, painted rather than built from child widgets so a
month with thousands of visits still draws at once. Each visit is a chip in its layer's
colour (done: pale, cancelled: grey and struck through, done without outcome: an orange
mark); a day with more visits than fit shows "+N".

Keyboard: arrow keys move the selected day, Page Up/Down the period, Enter opens the
first visit of the day (or asks for a new one on an empty day).
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from kam.i18n import label
from kam.visits.queries import CalendarEntry
from ui.visits.colors import INCOMPLETE, chip_colors

HEADER_H = 24
CHIP_H = 18
DAY_LABEL_H = 18


class CalendarView(QWidget):
    """Visits of a month (6 weeks shown) or of a week.

    Signals:
        visit_activated(int): a visit chip was double-clicked (or Enter on its day).
        day_activated(object): an empty day was double-clicked / Enter: a ``date``.
        day_selected(object): the selected day changed.
    """

    visit_activated = Signal(int)
    day_activated = Signal(object)
    day_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitCalendar")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.mode = "month"
        self.selected = date.today()
        self.today = date.today()
        self._by_day: dict[date, list[CalendarEntry]] = {}
        self._chips: list[tuple[QRect, int]] = []
        self.weekday_names: Sequence[str] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

    def sizeHint(self) -> QSize:
        return QSize(760, 560)

    # --- what is shown -------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        """The first and last day drawn."""
        if self.mode == "week":
            start = self.selected - timedelta(days=self.selected.weekday())
            return start, start + timedelta(days=6)
        first = self.selected.replace(day=1)
        start = first - timedelta(days=first.weekday())
        return start, start + timedelta(days=41)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.update()

    def set_visits(self, rows: Sequence[CalendarEntry]) -> None:
        by_day: dict[date, list[CalendarEntry]] = defaultdict(list)
        for row in rows:
            by_day[row.planned_on].append(row)
        self._by_day = dict(by_day)
        self.update()

    def visits_on(self, day: date) -> list[CalendarEntry]:
        return list(self._by_day.get(day, ()))

    def select(self, day: date) -> None:
        if day != self.selected:
            self.selected = day
            self.day_selected.emit(day)
        self.update()

    # --- geometry ------------------------------------------------------------------
    def _grid(self) -> tuple[int, int, float, float]:
        rows = 1 if self.mode == "week" else 6
        width = self.width() / 7
        height = (self.height() - HEADER_H) / rows
        return rows, 7, width, height

    def _cell(self, index: int) -> QRect:
        _rows, cols, w, h = self._grid()
        r, c = divmod(index, cols)
        return QRectF(c * w, HEADER_H + r * h, w, h).toRect()

    def _day_at(self, pos: QPoint) -> date | None:
        rows, cols, w, h = self._grid()
        if pos.y() < HEADER_H:
            return None
        c = min(cols - 1, int(pos.x() // w))
        r = min(rows - 1, int((pos.y() - HEADER_H) // h))
        return self.period()[0] + timedelta(days=r * cols + c)

    # --- painting ------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        start, end = self.period()
        _rows, _cols, w, _h = self._grid()
        painter.setPen(self.palette().text().color())
        for c, name in enumerate(self.weekday_names):
            painter.drawText(
                QRectF(c * w, 0, w, HEADER_H).toRect(), Qt.AlignmentFlag.AlignCenter, name
            )
        self._chips = []
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        day = start
        index = 0
        while day <= end:
            self._paint_day(painter, index, day, small)
            day += timedelta(days=1)
            index += 1
        painter.end()

    def _paint_day(self, painter: QPainter, index: int, day: date, font: QFont) -> None:
        rect = self._cell(index)
        other_month = self.mode == "month" and day.month != self.selected.month
        if day.weekday() >= 5 or other_month:
            painter.fillRect(rect, self.palette().alternateBase())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#C8CED6")))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if day == self.selected:
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.setFont(self.font())
        label_rect = QRect(rect.left() + 4, rect.top() + 1, rect.width() - 8, DAY_LABEL_H)
        if day == self.today:
            painter.setPen(self.palette().highlight().color())
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
        else:
            painter.setPen(QColor("#999999") if other_month else self.palette().text().color())
        text = str(day.day) if self.mode == "month" else f"{day.month}/{day.day}"
        painter.drawText(
            label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
        )
        visits = self._by_day.get(day, [])
        if not visits:
            return
        painter.setFont(font)
        room = max(0, (rect.height() - DAY_LABEL_H - 4) // (CHIP_H + 2))
        shown = visits if len(visits) <= room else visits[: max(0, room - 1)]
        y = rect.top() + DAY_LABEL_H + 2
        for visit in shown:
            chip = QRect(rect.left() + 3, y, rect.width() - 6, CHIP_H)
            self._paint_chip(painter, chip, visit)
            self._chips.append((chip, visit.id))
            y += CHIP_H + 2
        hidden = len(visits) - len(shown)
        if hidden > 0:
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRect(rect.left() + 4, y, rect.width() - 8, CHIP_H),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"+{hidden}",
            )

    def _paint_chip(self, painter: QPainter, chip: QRect, visit: CalendarEntry) -> None:
        background, foreground = chip_colors(visit.layer, visit.status)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(chip, 3, 3)
        if visit.incomplete:
            painter.setBrush(INCOMPLETE)
            painter.drawRect(QRect(chip.right() - 4, chip.top(), 4, chip.height()))
        font = painter.font()
        font.setStrikeOut(visit.status == "cancelled")
        painter.setFont(font)
        painter.setPen(foreground)
        when = visit.start_time.strftime("%H:%M ") if visit.start_time else ""
        text = painter.fontMetrics().elidedText(
            f"{when}{visit.account_name}", Qt.TextElideMode.ElideRight, chip.width() - 8
        )
        painter.drawText(
            chip.adjusted(4, 0, -4, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        font.setStrikeOut(False)
        painter.setFont(font)

    # --- input ---------------------------------------------------------------------
    def visit_at(self, pos: QPoint) -> int | None:
        for rect, visit_id in self._chips:
            if rect.contains(pos):
                return visit_id
        return None

    def entry(self, visit_id: int) -> CalendarEntry | None:
        for visits in self._by_day.values():
            for visit in visits:
                if visit.id == visit_id:
                    return visit
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            visit_id = self.visit_at(event.pos())
            found = self.entry(visit_id) if visit_id is not None else None
            if found is None:
                QToolTip.hideText()
            else:
                when = found.start_time.strftime("%H:%M ") if found.start_time else ""
                QToolTip.showText(
                    event.globalPos(),
                    f"{found.planned_on.isoformat()} {when}"
                    f"{found.account_name}\n{label(found.layer)} · "
                    f"{label(found.status)}",
                    self,
                )
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self._day_at(event.position().toPoint())
        if day is not None:
            self.select(day)
        self.setFocus()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        visit_id = self.visit_at(pos)
        if visit_id is not None:
            self.visit_activated.emit(visit_id)
            return
        day = self._day_at(pos)
        if day is not None:
            self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # event.key() is a plain int; the Qt.Key members are ints too (an IntEnum).
        steps: dict[int, int] = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        key = event.key()
        if key in steps:
            self.select(self.selected + timedelta(days=steps[key]))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.select(self._shift(-1 if key == Qt.Key.Key_PageUp else 1))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            visits = self.visits_on(self.selected)
            if visits:
                self.visit_activated.emit(visits[0].id)
            else:
                self.day_activated.emit(self.selected)
        else:
            super().keyPressEvent(event)

    def _shift(self, direction: int) -> date:
        if self.mode == "week":
            return self.selected + timedelta(days=7 * direction)
        month = self.selected.month - 1 + direction
        year = self.selected.year + month // 12
        month = month % 12 + 1
        day = min(self.selected.day, calendar.monthrange(year, month)[1])
        return date(year, month, day)

    def shift(self, direction: int) -> None:
        """Moves the shown period one month / week back (-1) or forward (1)."""
        self.select(self._shift(direction))

"""The mouse wheel over an unfocused spin box, combo box or date edit leaves its value
alone (scrolling the visit dialog once changed 费用 800 → 795 and 完成 → 推迟)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from ui.context import AppContext
from ui.visits.editor import VisitDialog


def _wheel(widget: QWidget, steps: int = -1) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_changes_only_the_focused_field(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    dialog = VisitDialog(ctx, account_id=steel["hbgt"], quick=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.expenses.setValue(800)
    status = dialog.status.currentIndex()
    day = dialog.planned_on.date()
    dialog.outcome.setFocus()
    for field in (dialog.expenses, dialog.status, dialog.planned_on, dialog.layer):
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus
        _wheel(field)
    assert dialog.expenses.value() == 800
    assert dialog.status.currentIndex() == status
    assert dialog.planned_on.date() == day
    scroll = dialog.findChild(QScrollArea)
    scroll.ensureWidgetVisible(dialog.expenses)
    qtbot.mouseClick(dialog.expenses, Qt.MouseButton.LeftButton)
    assert dialog.expenses.hasFocus()
    _wheel(dialog.expenses)
    assert dialog.expenses.value() != 800

"""Spin boxes, combo boxes and date edits take the mouse wheel only when focused, app-wide.

Scrolling a form over a field used to change it (费用 800 → 795, 状态 完成 → 推迟) without
the user noticing. An unfocused field now lets the wheel pass on to the form, which
scrolls; click (or Tab) into the field first to wheel through its values.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox)


def _guarded(obj: QObject) -> QWidget | None:
    """The field ``obj`` belongs to (a spin box's inner line edit counts as the box)."""
    if isinstance(obj, GUARDED):
        return obj
    parent = obj.parent() if isinstance(obj, QWidget) else None
    return parent if isinstance(parent, GUARDED) else None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            # Qt's default WheelFocus would focus the field on the first wheel turn.
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel:
            field = _guarded(watched)
            if field is not None and not field.hasFocus():
                # Filtered and ignored: Qt hands the wheel on to the parent (the form's
                # scroll area) instead of the field.
                event.ignore()
                return True
        return False


def install_wheel_guard(app: QApplication) -> None:
    if app.property("wheelGuard"):
        return
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    app.setProperty("wheelGuard", True)

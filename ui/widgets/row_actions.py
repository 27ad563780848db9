"""The buttons above a list that act on its selected row, and the same actions on the
row's right-click menu: one piece for the dashboard's short list and the warnings
panel (and any list that wants "select a row, then act on it")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QWidget

from ui.widgets.table_view import ListTable


@dataclass
class _Action:
    text: Callable[[], str]
    slot: Callable[[], object]
    button: QPushButton | None
    enabled: Callable[[], bool]
    in_menu: Callable[[], bool]


class RowActions:
    """A row of buttons over ``table`` plus its right-click menu.

    Buttons added with :meth:`add` are enabled while a row is selected and their
    ``enabled`` test holds; the menu offers, in the order added, every action marked
    ``in_menu``. The parent's layout adds :attr:`layout` above the table.
    """

    def __init__(self, parent: QWidget, table: ListTable, menu_name: str) -> None:
        self.parent, self.table, self.menu_name = parent, table, menu_name
        self.layout = QHBoxLayout()
        self.menu: QMenu | None = None  # the last menu shown (kept until it closes)
        self._actions: list[_Action] = []
        table.selectionModel().selectionChanged.connect(self.update)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show_menu)

    def add(
        self,
        text: Callable[[], str],
        slot: Callable[[], object],
        name: str,
        *,
        tooltip: str = "",
        enabled: Callable[[], bool] = lambda: True,
        in_menu: bool | Callable[[], bool] = True,
        visible: bool = True,
    ) -> QPushButton:
        """A button named ``name`` for the selected row (also on the menu unless
        ``in_menu`` is false)."""
        button = QPushButton(text())
        button.setObjectName(name)
        if tooltip:
            button.setToolTip(tooltip)
        button.clicked.connect(slot)
        button.setVisible(visible)
        self.layout.addWidget(button)
        shown = in_menu if callable(in_menu) else (lambda: bool(in_menu))
        self._actions.append(_Action(text, slot, button, enabled, shown))
        return button

    def add_menu_only(self, text: Callable[[], str], slot: Callable[[], object]) -> None:
        """An action on the right-click menu alone (e.g. Open the dossier)."""
        self._actions.append(_Action(text, slot, None, lambda: True, lambda: True))

    def update(self) -> None:
        """Enables the buttons that apply to the selected row (none without one)."""
        selected = self.table.current_row() >= 0
        for action in self._actions:
            if action.button is not None:
                action.button.setEnabled(selected and action.enabled())

    def _show_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self.parent)
        menu.setObjectName(self.menu_name)
        for action in self._actions:
            if action.in_menu():
                menu.addAction(action.text(), action.slot)
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self.menu = menu

"""A completer that matches on a hidden search text (name, pinyin, initials) but puts the
item's display text into the field: Qt's own inserts the text it matched on, so typing
``sdgt`` filled the field with "…山东钢铁集团有限公司 shandonggangtie… sdgt"."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QCompleter


class SearchCompleter(QCompleter):
    """Pop-up, contains-matching, case-insensitive completion on ``role`` of ``model``."""

    def __init__(self, model: QAbstractItemModel, role: int, parent: QObject | None = None) -> None:
        super().__init__(model, parent)
        self.setCompletionRole(role)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")

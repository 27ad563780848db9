"""The account list model: every account as a plain row, filtered and sorted in memory.

With 10,000 accounts a keystroke must answer in well under 50 ms. Asking SQLite again
per keystroke and building row objects costs more than scanning a precomputed,
lower-cased search string per row, so the model loads the rows once (one query per
refresh) and filters with plain substring tests over code, name, short name, full
pinyin and pinyin initials — :mod:`kam.accounts.search`, the definition
``list_accounts(query=…)`` also searches by.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kam.accounts.search import haystack, match_rank, matches, search_terms
from kam.accounts.service import AccountRow
from kam.domain.enums import Stage
from kam.i18n import label
from kam.text.pinyin import stored_sort_key
from ui.widgets.collation import collation_key, sorted_chinese

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ROLES = frozenset((_DISPLAY, ID_ROLE, Qt.ItemDataRole.TextAlignmentRole))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_STAGE_ORDER = {s.value: i for i, s in enumerate(Stage)}



def _short_key(row: AccountRow) -> tuple[str, str]:
    # The stored pinyin holds the name's pinyin then the short name's.
    parts = row.pinyin.split(" ", 1)
    return (parts[1] if row.short_name and len(parts) > 1 else "", row.short_name)


# (header, display value, sort key) per column, in display order.
COLUMNS: list[tuple[Callable[[], str], Callable[[AccountRow], Any], Callable[[AccountRow], Any]]] = [
    (lambda: QCoreApplication.translate("AccountListModel", "Code"), lambda r: r.code, lambda r: r.code.lower()),
    (lambda: QCoreApplication.translate("AccountListModel", "Name"), lambda r: r.name, lambda r: stored_sort_key(r.pinyin, r.name)),
    (lambda: QCoreApplication.translate("AccountListModel", "Short name"), lambda r: r.short_name, _short_key),
    (lambda: QCoreApplication.translate("AccountListModel", "Region"), lambda r: r.region, lambda r: collation_key(r.region)),
    (lambda: QCoreApplication.translate("AccountListModel", "Industry"), lambda r: r.industry, lambda r: collation_key(r.industry)),
    (lambda: QCoreApplication.translate("AccountListModel", "Account manager"), lambda r: r.owner, lambda r: collation_key(r.owner)),
    (lambda: QCoreApplication.translate("AccountListModel", "Stage"), lambda r: label(r.stage), lambda r: _STAGE_ORDER.get(r.stage, 9)),
    (lambda: QCoreApplication.translate("AccountListModel", "Grade"), lambda r: r.grade, lambda r: r.grade or "~"),
    (lambda: QCoreApplication.translate("AccountListModel", "Contacts"), lambda r: r.contacts, lambda r: r.contacts),
]
NAME_COLUMN = 1
CONTACTS_COLUMN = len(COLUMNS) - 1


class AccountListModel(QAbstractTableModel):
    """All accounts; :meth:`set_filter` and :meth:`sort` choose which show, in what order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AccountRow] = []
        self._hay: list[str] = []
        self._order: list[int] = []  # all rows, in the current sort order
        self._visible: list[int] = []
        self._query = ""
        self._owner = self._region = self._stage = ""
        self._sort_column = NAME_COLUMN
        self._sort_order = Qt.SortOrder.AscendingOrder

    # loading and filtering -------------------------------------------------------
    def set_rows(self, rows: Sequence[AccountRow]) -> None:
        """Replaces the data (rows arrive sorted by pinyin of the name)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._hay = [haystack(r) for r in self._rows]
        self._order = self._sorted_order()
        self._visible = self._matching()
        self.endResetModel()

    def set_filter(
        self, query: str = "", *, owner: str = "", region: str = "", stage: str = ""
    ) -> None:
        self.beginResetModel()
        self._query = query.strip().lower()
        self._owner, self._region, self._stage = owner, region, stage
        self._visible = self._matching()
        self.endResetModel()

    def _matching(self) -> list[int]:
        q = self._query
        terms = search_terms(q)
        rows, hay = self._rows, self._hay
        owner, region, stage = self._owner, self._region, self._stage
        out = []
        for i in self._order:
            if terms and not matches(hay[i], terms):
                continue
            row = rows[i]
            if (owner and row.owner != owner) or (region and row.region != region) or (
                stage and row.stage != stage
            ):
                continue
            out.append(i)
        if q and self._sort_column == NAME_COLUMN:
            # In name order, exact matches (sg → 沙钢) come first (stable: pinyin order
            # within each rank).
            out.sort(key=lambda i: match_rank(rows[i], q))
        return out

    def _sorted_order(self) -> list[int]:
        key = COLUMNS[self._sort_column][2]
        rows = self._rows
        if self._sort_column == NAME_COLUMN:
            # Rows come sorted by name from the service: no need to sort again.
            order = list(range(len(rows)))
        else:
            order = sorted(range(len(rows)), key=lambda i: key(rows[i]))
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            order.reverse()
        return order

    # queries -----------------------------------------------------------------------
    def total(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> AccountRow:
        return self._rows[self._visible[row]]

    def row_of(self, account_id: int) -> int:
        """The view row showing ``account_id``, or -1."""
        for pos, i in enumerate(self._visible):
            if self._rows[i].id == account_id:
                return pos
        return -1

    def distinct(self, attribute: str) -> list[str]:
        return sorted_chinese({getattr(r, attribute) for r in self._rows} - {""})

    # Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each repaint: the common
        # "nothing for this role" answer comes first and cheapest.
        if role not in _ROLES or not index.isValid():
            return None
        r = index.row()
        if not 0 <= r < len(self._visible):
            return None
        row = self._rows[self._visible[r]]
        if role == _DISPLAY:
            return COLUMNS[index.column()][1](row)
        if role == ID_ROLE:
            return row.id
        if index.column() == CONTACTS_COLUMN:  # the alignment role
            return _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section][0]()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        # A reset rather than a layout change: every visible row may move, and no
        # persistent index (selection) could follow all of them cheaply.
        self.beginResetModel()
        self._sort_column, self._sort_order = column, order
        self._order = self._sorted_order()
        self._visible = self._matching()
        self.endResetModel()

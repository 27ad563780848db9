"""The account list model: every account as a plain row, filtered and sorted in memory.

With 10,000 accounts a keystroke must answer in well under 50 ms. Asking SQLite again
per keystroke and building row objects costs more than scanning a precomputed,
lower-cased search string per row, so the model loads the rows once (one query per
refresh) and filters with plain substring tests over code, name, short name, full
pinyin and pinyin initials — :mod:`kam.accounts.search`, the definition
``list_accounts(query=…)`` also searches by.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from kam.accounts.search import haystack, matching, rank, rank_keys, search_terms
from kam.accounts.service import AccountRow
from kam.domain.enums import Stage
from kam.i18n import label
from kam.text.pinyin import stored_sort_key
from ui.widgets.collation import collation_key, sorted_chinese
from ui.widgets.table_model import Column, RowTableModel

_STAGE_ORDER = {s.value: i for i, s in enumerate(Stage)}


def _short_key(row: AccountRow) -> tuple[str, str]:
    # The stored pinyin holds the name's pinyin then the short name's.
    parts = row.pinyin.split(" ", 1)
    return (parts[1] if row.short_name and len(parts) > 1 else "", row.short_name)


# In display order, each with the key it sorts by.
COLUMNS: list[Column[AccountRow]] = [
    Column(
        lambda: QCoreApplication.translate("AccountListModel", "Code"),
        lambda r: r.code,
        sort_key=lambda r: r.code.lower(),
    ),
    Column(
        lambda: QCoreApplication.translate("AccountListModel", "Name"),
        lambda r: r.name,
        sort_key=lambda r: stored_sort_key(r.pinyin, r.name),
    ),
    Column(
        lambda: QCoreApplication.translate("AccountListModel", "Short name"),
        lambda r: r.short_name,
        sort_key=_short_key,
    ),
    Column(
        lambda: QCoreApplication.translate("AccountListModel", "Region"),
        lambda r: r.region,
        sort_key=lambda r: collation_key(r.region),
    ),
    Column(
        lambda: QCoreApplication.translate("AccountListModel", "Industry"),
        lambda r: r.industry,
        sort_key=lambda r: collation_key(r.industry),
    ),
    Column(
        lambda: QCoreApplication.translate("AccountListModel", "Account manager"),
        lambda r: r.owner,
        sort_key=lambda r: collation_key(r.owner),
    ),
    Column(
        lambda: QCoreApplication.translate("AccountListModel", "Stage"),
        lambda r: label(r.stage),
        sort_key=lambda r: _STAGE_ORDER.get(r.stage, 9),
    ),
    Column(
        lambda: QCoreApplication.translate("AccountListModel", "Grade"),
        lambda r: r.grade,
        sort_key=lambda r: r.grade or "~",
    ),
    Column(
        lambda: QCoreApplication.translate("AccountListModel", "Contacts"),
        lambda r: r.contacts,
        True,
    ),
]
NAME_COLUMN = 1


class AccountListModel(RowTableModel[AccountRow]):
    """All accounts; :meth:`set_filter` and :meth:`sort` choose which show, in what order.
    (Its own class for that search and sort; the base's rows are the ones shown.)"""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)
        self._all: list[AccountRow] = []
        self._hay: list[str] = []
        self._rank_keys: list[tuple[str, str]] = []
        self._order: list[int] = []  # all rows, in the current sort order
        self._query = ""
        self._owner = self._region = self._stage = ""
        self._sort_column = NAME_COLUMN
        self._sort_order = Qt.SortOrder.AscendingOrder

    # loading and filtering -------------------------------------------------------
    def set_rows(self, rows: Sequence[AccountRow]) -> None:
        """Replaces the data (rows arrive sorted by pinyin of the name)."""
        self.beginResetModel()
        self._all = list(rows)
        self._hay = [haystack(r) for r in self._all]
        self._rank_keys = [rank_keys(r) for r in self._all]
        self._order = self._sorted_order()
        self._rows = self._matching()
        self.endResetModel()

    def set_filter(
        self, query: str = "", *, owner: str = "", region: str = "", stage: str = ""
    ) -> None:
        self.beginResetModel()
        self._query = query.strip().lower()
        self._owner, self._region, self._stage = owner, region, stage
        self._rows = self._matching()
        self.endResetModel()

    def _matching(self) -> list[AccountRow]:
        q = self._query
        terms = search_terms(q)
        rows, hay = self._all, self._hay
        owner, region, stage = self._owner, self._region, self._stage
        hits = matching(hay, terms, self._order)
        if owner or region or stage:
            hits = [
                i
                for i in hits
                if not (
                    (owner and rows[i].owner != owner)
                    or (region and rows[i].region != region)
                    or (stage and rows[i].stage != stage)
                )
            ]
        if q and self._sort_column == NAME_COLUMN:
            # In name order, exact matches (sg → 沙钢) come first (stable: pinyin order
            # within each rank).
            keys = self._rank_keys
            hits = sorted(hits, key=lambda i: rank(keys[i], q))
        return [rows[i] for i in hits]

    def _sorted_order(self) -> list[int]:
        column = COLUMNS[self._sort_column]
        key = column.sort_key or column.value
        rows = self._all
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
        return len(self._all)

    def row_of(self, account_id: int) -> int:
        """The view row showing ``account_id``, or -1."""
        for pos, row in enumerate(self._rows):
            if row.id == account_id:
                return pos
        return -1

    def distinct(self, attribute: str) -> list[str]:
        return sorted_chinese({getattr(r, attribute) for r in self._all} - {""})

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        # A reset rather than a layout change: every visible row may move, and no
        # persistent index (selection) could follow all of them cheaply.
        self.beginResetModel()
        self._sort_column, self._sort_order = column, order
        self._order = self._sorted_order()
        self._rows = self._matching()
        self.endResetModel()

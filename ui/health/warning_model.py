"""The table of early warnings (one account's, the dashboard's or all of them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from kam.health.rules import SEVERITY_RANK
from kam.health.warnings import WarningRow
from ui.health.colors import SEVERITY_COLORS

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2



@dataclass(frozen=True)
class _Column:
    key: str
    title: Callable[[], str]
    value: Callable[[WarningRow], str]
    sort: Callable[[WarningRow], Any]


def _ack_text(row: WarningRow) -> str:
    if row.ack is None:
        return ""
    return f"{row.ack.acked_on.isoformat()} {row.ack.acked_by}: {row.ack.note}"


COLUMNS: tuple[_Column, ...] = (
    _Column("severity", lambda: QCoreApplication.translate("WarningModel", "Severity"), lambda r: r.severity_label,
            lambda r: -SEVERITY_RANK.get(r.severity, 0)),
    _Column("account", lambda: QCoreApplication.translate("WarningModel", "Account"), lambda r: f"{r.code} {r.account}",
            lambda r: r.code),
    _Column("kind", lambda: QCoreApplication.translate("WarningModel", "Warning"), lambda r: r.kind_label, lambda r: r.kind_label),
    _Column("since", lambda: QCoreApplication.translate("WarningModel", "Since"), lambda r: r.on.isoformat(), lambda r: r.on),
    _Column("reason", lambda: QCoreApplication.translate("WarningModel", "Reason"), lambda r: r.reason, lambda r: r.reason),
    _Column("owner", lambda: QCoreApplication.translate("WarningModel", "Account manager"), lambda r: r.owner, lambda r: r.owner),
    _Column("ack", lambda: QCoreApplication.translate("WarningModel", "Acknowledged"), _ack_text, _ack_text),
)


class WarningModel(QAbstractTableModel):
    """Warnings, most severe first; ``keys`` picks and orders the columns."""

    def __init__(self, keys: Sequence[str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        wanted = list(keys) if keys else [c.key for c in COLUMNS]
        by_key = {c.key: c for c in COLUMNS}
        self._columns = [by_key[k] for k in wanted]
        self._rows: list[WarningRow] = []

    def set_rows(self, rows: Sequence[WarningRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[WarningRow]:
        return list(self._rows)

    def row_at(self, row: int) -> WarningRow:
        return self._rows[row]

    def column_of(self, key: str) -> int:
        return next(n for n, c in enumerate(self._columns) if c.key == key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.key in ("reason", "ack"):
            return column.value(row) or None
        if role == Qt.ItemDataRole.BackgroundRole and column.key == "severity":
            return SEVERITY_COLORS.get(row.severity)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return column.sort(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns)):
            return self._columns[section].title()
        return None


class WarningFilter(QSortFilterProxyModel):
    """Keeps the warnings of a severity (or all) that contain a text; sorts by the
    column's own order (severity by rank, dates as dates)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.severity = ""
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, severity: str = "", text: str = "") -> None:
        self.beginFilterChange()
        self.severity, self.text = severity, text.strip().lower()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, WarningModel):
            return True
        row = model.row_at(source_row)
        if self.severity and row.severity != self.severity:
            return False
        if self.text:
            haystack = " ".join((row.code, row.account, row.kind_label, row.reason,
                                 row.owner)).lower()
            return self.text in haystack
        return True

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def row_at(self, view_row: int) -> WarningRow:
        source = self.mapToSource(self.index(view_row, 0))
        model = self.sourceModel()
        assert isinstance(model, WarningModel)
        return model.row_at(source.row())

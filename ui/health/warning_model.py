"""The table of early warnings (one account's, the dashboard's or all of them)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel

from kam.health.rules import SEVERITY_RANK
from kam.health.warnings import WarningRow
from ui.health.colors import SEVERITY_COLORS
from ui.widgets.table_model import SORT_ROLE, Column, Index, RowTableModel


def _ack_text(row: WarningRow) -> str:
    if row.ack is None:
        return ""
    return f"{row.ack.acked_on.isoformat()} {row.ack.acked_by}: {row.ack.note}"


def _full(text: Any) -> str | None:
    return str(text) or None


def warning_columns(keys: Sequence[str] | None = None) -> list[Column[WarningRow]]:
    """The columns named by ``keys`` in that order (all of them by default)."""
    columns = [
        Column(
            lambda: QCoreApplication.translate("WarningModel", "Severity"),
            lambda r: r.severity_label,
            key="severity",
            sort_key=lambda r: -SEVERITY_RANK.get(r.severity, 0),
            background=lambda r: SEVERITY_COLORS.get(r.severity),
        ),
        Column(
            lambda: QCoreApplication.translate("WarningModel", "Account"),
            lambda r: f"{r.code} {r.account}",
            key="account",
            sort_key=lambda r: r.code,
        ),
        Column(
            lambda: QCoreApplication.translate("WarningModel", "Warning"),
            lambda r: r.kind_label,
            key="kind",
        ),
        Column(
            lambda: QCoreApplication.translate("WarningModel", "Since"),
            lambda r: r.on.isoformat(),
            key="since",
            sort_key=lambda r: r.on,
        ),
        Column(
            lambda: QCoreApplication.translate("WarningModel", "Reason"),
            lambda r: r.reason,
            key="reason",
            tooltip=lambda r: _full(r.reason),
        ),
        Column(
            lambda: QCoreApplication.translate("WarningModel", "Account manager"),
            lambda r: r.owner,
            key="owner",
        ),
        Column(
            lambda: QCoreApplication.translate("WarningModel", "Acknowledged"),
            _ack_text,
            key="ack",
            tooltip=lambda r: _full(_ack_text(r)),
        ),
    ]
    if not keys:
        return columns
    by_key = {c.key: c for c in columns}
    return [by_key[k] for k in keys]


class WarningModel(RowTableModel[WarningRow]):
    """Warnings, most severe first; ``keys`` picks and orders the columns."""

    def __init__(self, keys: Sequence[str] | None = None, parent: Any = None) -> None:
        super().__init__(warning_columns(keys), parent)


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
            haystack = " ".join(
                (row.code, row.account, row.kind_label, row.reason, row.owner)
            ).lower()
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

"""The coverage matrix: the customer's departments down, our layers across, with the
number of contacts, their attitudes, the last contact and what is thin."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from kam.health.coverage import LAYERS, Cell, Coverage, DepartmentRow, department_label
from kam.i18n import label
from ui.health.colors import PROBLEM, THIN

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1



def _cell(cell: Cell) -> str:
    return "、".join(f"{name}×{n}" if n > 1 else name for name, n in cell.owners)


@dataclass(frozen=True)
class _Column:
    key: str
    title: Callable[[], str]
    value: Callable[[DepartmentRow], str]


def _columns() -> list[_Column]:
    cols = [
        _Column("department", lambda: QCoreApplication.translate("CoverageModel", "Customer department"),
                lambda r: department_label(r.key) + (" ★" if r.key_department else "")),
        _Column("contacts", lambda: QCoreApplication.translate("CoverageModel", "Contacts"), lambda r: str(r.contacts)),
        _Column("attitude", lambda: QCoreApplication.translate("CoverageModel", "Support / neutral / against"),
                lambda r: f"{r.supporters} / {r.neutral} / {r.opponents}" if r.contacts else ""),
    ]
    for layer in LAYERS:
        cols.append(_Column(f"layer:{layer}", lambda layer=layer: label(layer),
                            lambda r, layer=layer: _cell(r.layers[layer])))
    cols += [
        _Column("unowned", lambda: QCoreApplication.translate("CoverageModel", "Nobody owns"),
                lambda r: str(r.unowned) if r.unowned else ""),
        _Column("last", lambda: QCoreApplication.translate("CoverageModel", "Last contact"),
                lambda r: r.last_contact.isoformat() if r.last_contact else ""),
        _Column("flags", lambda: QCoreApplication.translate("CoverageModel", "Problems"), lambda r: "; ".join(r.flags())),
    ]
    return cols


class CoverageModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = _columns()
        self._rows: list[DepartmentRow] = []

    def set_coverage(self, coverage: Coverage | None) -> None:
        self.beginResetModel()
        self._rows = list(coverage.rows) if coverage else []
        self.endResetModel()

    def row_at(self, row: int) -> DepartmentRow:
        return self._rows[row]

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
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "department":
            names = "、".join(row.names)
            key = QCoreApplication.translate("CoverageModel", "key department") if row.key_department else ""
            return "\n".join(t for t in (key, names) if t) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.not_covered or (row.no_supporter and column.key in ("attitude", "flags")):
                return PROBLEM
            if row.single_threaded and column.key in ("contacts", "flags"):
                return THIN
        if role == Qt.ItemDataRole.FontRole and column.key == "department" and row.key_department:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.key in ("contacts", "unowned"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns)):
            return self._columns[section].title()
        return None

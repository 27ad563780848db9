"""A table model over a list of plain rows (dataclasses), described column by column.

Every list of the app is a :class:`RowTableModel` over its :class:`Column` s (Picard's
column descriptors are the model): a column says what a row shows and, where it needs
to, its colours, font, tooltip, sort key, check box or how a typed value goes back into
the row. A model subclasses only for behaviour of its own (a search over 10,000
accounts, dirty tracking, rows added in place).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import KW_ONLY, dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
Paint = QColor | QBrush | None

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the column's sort key (for a sort proxy)

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_CHECK = Qt.ItemDataRole.CheckStateRole


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its title and what a row shows in it; everything else is optional.

    ``set_value(row, value)`` makes the column editable: it returns the row to keep (a
    ``replace``-d frozen row, or the same row changed) or raises ``ValueError`` whose
    message the model sends as ``rejected``. With ``checked`` the column is a check
    box and ``set_value`` gets a bool.
    """

    title: Callable[[], str]
    value: Callable[[T], Any]
    numeric: bool = False  # right-aligned
    _: KW_ONLY
    key: str = ""  # a name to find the column by (:meth:`RowTableModel.column_of`)
    align: Qt.AlignmentFlag | None = None  # instead of numeric's right alignment
    tooltip: Callable[[T], str | None] | None = None  # default: the text when it is long
    header_tip: Callable[[], str] | None = None
    foreground: Callable[[T], Paint] | None = None
    background: Callable[[T], Paint] | None = None
    font: Callable[[T], QFont | None] | None = None
    sort_key: Callable[[T], Any] | None = None  # default: the value
    checked: Callable[[T], bool] | None = None
    edit_value: Callable[[T], Any] | None = None  # default: the value
    set_value: Callable[[T, Any], T] | None = None


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _shown(value: Any) -> str:
    # A cell shows the first line of long text; the tooltip holds the rest.
    first_line = _text(value).split("\n", 1)[0]
    return first_line if len(first_line) <= 120 else first_line[:119] + "…"


def _tooltip(column: Column[Any], row: Any) -> Any:
    if column.tooltip is not None:
        return column.tooltip(row)
    text = _text(column.value(row))
    return text if len(text) > 40 else None


def _alignment(column: Column[Any], row: Any) -> Any:
    if column.align is not None:
        return int(column.align)
    return _RIGHT if column.numeric else None


def _header_alignment(column: Column[Any]) -> Any:
    # A header stands over its values: numbers' titles to the right, centred ones centred;
    # the rest take the view's default (left).
    if column.align is not None:
        horizontal = column.align & Qt.AlignmentFlag.AlignHorizontal_Mask
        return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
    return _RIGHT if column.numeric else None


def _check(column: Column[Any], row: Any) -> Any:
    if column.checked is None:
        return None
    return Qt.CheckState.Checked if column.checked(row) else Qt.CheckState.Unchecked


def _edit(column: Column[Any], row: Any) -> Any:
    if column.set_value is None:
        return None
    return (column.edit_value or column.value)(row)


def _sort(column: Column[Any], row: Any) -> Any:
    return (column.sort_key or column.value)(row)


def _paint(attribute: str) -> Callable[[Column[Any], Any], Any]:
    def get(column: Column[Any], row: Any) -> Any:
        call = getattr(column, attribute)
        return None if call is None else call(row)

    return get


# What a column answers per role (display is answered before this lookup, being the
# role asked most); a role not here gets None.
_ROLES: dict[int, Callable[[Column[Any], Any], Any]] = {
    int(ROW_ROLE): lambda _column, row: row,
    int(SORT_ROLE): _sort,
    int(Qt.ItemDataRole.ToolTipRole): _tooltip,
    int(Qt.ItemDataRole.TextAlignmentRole): _alignment,
    int(Qt.ItemDataRole.ForegroundRole): _paint("foreground"),
    int(Qt.ItemDataRole.BackgroundRole): _paint("background"),
    int(Qt.ItemDataRole.FontRole): _paint("font"),
    int(_CHECK): _check,
    int(_EDIT): _edit,
}


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Rows of ``T`` shown through ``columns``; ``row_at()`` gives the row back.

    ``row_title`` names each row in the vertical header (a table read across, such as
    the policy by grade).

    Signals:
        rejected(str): an edited value was refused, with the reason.
        row_edited(int): a cell of that row took an edited value.
    """

    rejected = Signal(str)
    row_edited = Signal(int)

    def __init__(
        self,
        columns: Sequence[Column[T]],
        parent: Any = None,
        *,
        row_title: Callable[[T], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        self._row_title = row_title

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column[T]], rows: Sequence[T] | None = None) -> None:
        """Other columns (and rows, when given) at once, for tables whose columns depend
        on the data (a scheme's criteria, the years shown)."""
        self.beginResetModel()
        self._columns = list(columns)
        if rows is not None:
            self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def column_of(self, key: str) -> int:
        """The number of the column with ``key``."""
        return next(n for n, c in enumerate(self._columns) if c.key == key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Asked for every role of every visible cell on each repaint: cheap paths first.
        if not index.isValid():
            return None
        number = index.row()
        if not 0 <= number < len(self._rows):
            return None
        column = self._columns[index.column()]
        if role == _DISPLAY:
            return _shown(column.value(self._rows[number]))
        answer = _ROLES.get(role)
        return None if answer is None else answer(column, self._rows[number])

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            column = self._columns[index.column()]
            if column.checked is not None:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            elif column.set_value is not None:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        column = self._columns[index.column()]
        if column.set_value is None:
            return False
        if column.checked is not None:
            if role != _CHECK:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != _EDIT:
            return False
        try:
            row = column.set_value(self._rows[index.row()], value)
        except ValueError as exc:
            if str(exc):
                self.rejected.emit(str(exc))
            return False
        self._rows[index.row()] = row
        self.dataChanged.emit(index, index)
        self.row_edited.emit(index.row())
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == _DISPLAY and self._row_title is not None and 0 <= section < len(self._rows):
                return self._row_title(self._rows[section])
            return None
        if not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == _DISPLAY:
            return column.title()
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tip is not None:
            return column.header_tip()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _header_alignment(column)
        return None

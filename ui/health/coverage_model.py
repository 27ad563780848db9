"""The coverage matrix: the customer's departments down, our layers across, with the
number of contacts, their attitudes, the last contact and what is thin."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont

from kam.health.coverage import LAYERS, Cell, DepartmentRow, department_label
from kam.i18n import label
from ui.health.colors import PROBLEM, THIN
from ui.widgets.table_model import Column


def _cell(cell: Cell) -> str:
    return "、".join(f"{name}×{n}" if n > 1 else name for name, n in cell.owners)


def _problems(
    *, no_supporter: bool = False, thin: bool = False
) -> Callable[[DepartmentRow], QColor | None]:
    """A department nobody covers is marked across the row; one without a supporter at
    its attitude and problems, a single-threaded one at its contacts and problems."""

    def paint(r: DepartmentRow) -> QColor | None:
        if r.not_covered or (no_supporter and r.no_supporter):
            return PROBLEM
        return THIN if thin and r.single_threaded else None

    return paint


def _department_tip(r: DepartmentRow) -> str | None:
    key = QCoreApplication.translate("CoverageModel", "key department") if r.key_department else ""
    return "\n".join(t for t in (key, "、".join(r.names)) if t) or None


def _bold_if_key(r: DepartmentRow) -> QFont | None:
    if not r.key_department:
        return None
    font = QFont()
    font.setBold(True)
    return font


def _layer_column(layer: str) -> Column[DepartmentRow]:
    return Column(
        lambda: label(layer),
        lambda r: _cell(r.layers[layer]),
        key=f"layer:{layer}",
        background=_problems(),
    )


def coverage_columns() -> list[Column[DepartmentRow]]:
    cols = [
        Column(
            lambda: QCoreApplication.translate("CoverageModel", "Customer department"),
            lambda r: department_label(r.key) + (" ★" if r.key_department else ""),
            key="department",
            tooltip=_department_tip,
            font=_bold_if_key,
            background=_problems(),
        ),
        Column(
            lambda: QCoreApplication.translate("CoverageModel", "Contacts"),
            lambda r: str(r.contacts),
            True,
            key="contacts",
            background=_problems(thin=True),
        ),
        Column(
            lambda: QCoreApplication.translate("CoverageModel", "Support / neutral / against"),
            lambda r: f"{r.supporters} / {r.neutral} / {r.opponents}" if r.contacts else "",
            key="attitude",
            background=_problems(no_supporter=True),
        ),
    ]
    cols += [_layer_column(layer) for layer in LAYERS]
    cols += [
        Column(
            lambda: QCoreApplication.translate("CoverageModel", "Nobody owns"),
            lambda r: str(r.unowned) if r.unowned else "",
            True,
            key="unowned",
            background=_problems(),
        ),
        Column(
            lambda: QCoreApplication.translate("CoverageModel", "Last contact"),
            lambda r: r.last_contact.isoformat() if r.last_contact else "",
            key="last",
            background=_problems(),
        ),
        Column(
            lambda: QCoreApplication.translate("CoverageModel", "Problems"),
            lambda r: "; ".join(r.flags()),
            key="flags",
            background=_problems(no_supporter=True, thin=True),
        ),
    ]
    return cols

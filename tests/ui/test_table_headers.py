"""Column titles stand over their values and clear of the sort arrow."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionHeader

from ui.widgets.table_model import Column, RowTableModel
from ui.widgets.table_view import ListTable

_H = Qt.Orientation.Horizontal
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Ranked:
    rank: int
    name: str
    grade: str


def _model() -> RowTableModel[Ranked]:
    model: RowTableModel[Ranked] = RowTableModel(
        [
            Column(lambda: "排名", lambda r: r.rank, True),
            Column(lambda: "名称", lambda r: r.name),
            Column(lambda: "等级", lambda r: r.grade, align=Qt.AlignmentFlag.AlignCenter),
        ]
    )
    model.set_rows([Ranked(1, "河北钢铁", "A"), Ranked(2, "山东钢铁", "B")])
    return model


def test_a_header_is_aligned_as_its_values(qtmodeltester: Any) -> None:
    model = _model()
    qtmodeltester.check(model)
    assert model.headerData(0, _H, _ALIGN) == _RIGHT == model.data(model.index(0, 0), _ALIGN)
    assert model.headerData(1, _H, _ALIGN) is None  # the view's default: left
    centred = Qt.AlignmentFlag(model.headerData(2, _H, _ALIGN))
    assert centred & Qt.AlignmentFlag.AlignHCenter
    assert centred & Qt.AlignmentFlag.AlignVCenter


def _label_and_arrow(table: ListTable, logical: int) -> tuple[QRect, QRect]:
    header = table.horizontalHeader()
    option = QStyleOptionHeader()
    header.initStyleOption(option)
    option.rect = QRect(0, 0, header.sectionSize(logical), header.height())
    option.section = logical
    option.text = str(table.model().headerData(logical, _H))
    option.sortIndicator = QStyleOptionHeader.SortIndicator.SortUp
    style = header.style()
    return (
        style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header),
        style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header),
    )


def test_a_sortable_header_keeps_room_for_its_arrow(qtbot: QtBot) -> None:
    table = ListTable()
    qtbot.addWidget(table)
    table.setModel(_model())
    table.setSortingEnabled(True)
    table.resize(500, 200)
    table.show()
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    text = header.fontMetrics().horizontalAdvance("排名")

    header.resizeSection(0, 30)  # a width set in code, narrower than title and arrow

    assert header.sectionSize(0) >= header.sectionSizeHint(0)
    label, arrow = _label_and_arrow(table, 0)
    assert label.width() >= text
    assert label.right() < arrow.left()  # a right-aligned title ends before the arrow


def test_a_header_without_sorting_keeps_its_width(qtbot: QtBot) -> None:
    table = ListTable()
    qtbot.addWidget(table)
    table.setModel(_model())
    table.show()
    table.horizontalHeader().resizeSection(0, 30)
    assert table.horizontalHeader().sectionSize(0) == 30

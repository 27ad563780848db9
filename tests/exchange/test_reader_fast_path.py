"""The xlsx reader's fast path for the rows the export writes gives exactly what its
general parser gives, and sends every other row to it."""

from __future__ import annotations

import pytest

from kam.exchange import xlsx_reader as x

EPOCHS = [x._EPOCH, x._EPOCH_1904]
CELLS = [
    "<c/>",
    '<c s="1"/>',
    "<c><v>12</v></c>",
    "<c><v>-5</v></c>",
    "<c><v>1.5</v></c>",
    "<c><v>1E3</v></c>",
    "<c><v>007</v></c>",
    '<c s="1"><v>45717</v></c>',
    '<c s="2"><v>45717.5</v></c>',
    '<c s="3"><v>0.75</v></c>',
    '<c s="1"><v>3000000</v></c>',
    '<c t="b"><v>1</v></c>',
    '<c s="4" t="b"><v>0</v></c>',
    '<c t="inlineStr"><is><t xml:space="preserve"> a &amp; b </t></is></c>',
    '<c t="inlineStr"><is><t>河北钢铁</t></is></c>',
    '<c t="inlineStr"><is><t xml:space="preserve"></t></is></c>',
    "<c><v></v></c>",
]


@pytest.mark.parametrize("epoch", EPOCHS)
@pytest.mark.parametrize("start", range(len(CELLS)))
def test_the_fast_path_reads_as_the_general_parser(epoch: object, start: int) -> None:
    body = "".join(CELLS[start:] + CELLS[:start]) + "<c/><c/>"
    dates, times = {1, 2, 3}, {3}
    fast = x._simple_cells(body, dates, times, epoch)  # type: ignore[arg-type]
    general = list(x._cells(x._CELL_PLAIN, body, {}, [], dates, times, epoch))  # type: ignore[arg-type]
    while general and general[-1] is None:  # (an empty <v/> last: a blank, as no cell)
        general.pop()
    assert fast is not None
    assert list(fast) == general
    assert [type(v) for v in fast] == [type(v) for v in general]


@pytest.mark.parametrize(
    "cell",
    [
        '<c r="A1"><v>1</v></c>',
        '<c t="s"><v>0</v></c>',
        "<c><f>A1</f><v>2</v></c>",
        '<c t="str"><v>x</v></c>',
        '<c t="inlineStr"><is><r><t>a</t></r></is></c>',
        "<c s='1'><v>1</v></c>",
        '<c t="e"><v>#N/A</v></c>',
    ],
)
def test_any_other_cell_goes_to_the_general_parser(cell: str) -> None:
    assert x._simple_cells("<c><v>1</v></c>" + cell, set(), set(), x._EPOCH) is None


def test_a_bad_number_names_its_column() -> None:
    with pytest.raises(x.CellTrouble, match="column 2"):
        x._simple_cells("<c/><c><v>abc</v></c>", set(), set(), x._EPOCH)

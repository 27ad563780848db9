"""The dossier's business tab: figures, chart, arrears, open issues, record editors."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsTextItem, QLineEdit, QPlainTextEdit

from kam.business.issues import QualityData, save_quality
from kam.business.service import (
    ContractData,
    PaymentData,
    list_contracts,
    save_contract,
    save_payment,
)
from kam.domain import Account
from kam.rating.manual_scores import score_sheet
from kam.rating.measures import YearFigures
from kam.reports.units import year_label
from kam.store import Database
from ui.business.business_tab import BusinessTab
from ui.business.figures import ROWS, FiguresChart
from ui.context import AppContext
from ui.shell.language import install_language

DATE_MESSAGE = "is not a date: write 2025-03-05, 2025/3/5 or 2025年3月5日"


@pytest.fixture
def account_id(db: Database) -> int:
    with db.session() as s:
        a = Account(code="C001", name="河北钢铁集团有限公司")
        s.add(a)
        s.flush()
        account_id = a.id
    today = date.today()
    cid = save_contract(
        db,
        ContractData(
            account_id,
            "HT-1",
            today - timedelta(days=240),
            "高速钢轧辊",
            10,
            "t",
            30_000,
            promise_notes="月底付清",
        ),
    )
    save_contract(
        db,
        ContractData(
            account_id, "HT-2", date(today.year - 1, 6, 1), "轧辊", 20, "t", 20_000, cost=300_000
        ),
    )
    save_payment(db, PaymentData(account_id, today - timedelta(days=100), 100_000, cid))
    save_quality(db, QualityData(account_id, today - timedelta(days=5), "辊面剥落", 20_000))
    return account_id


@pytest.fixture
def tab(qtbot: QtBot, db: Database, account_id: int) -> BusinessTab:
    widget = BusinessTab(AppContext(db))
    qtbot.addWidget(widget)
    widget.set_account(account_id)
    return widget


def test_overview_shows_five_years_arrears_and_open_issues(tab: BusinessTab, qtmodeltester) -> None:
    overview = tab.overview
    qtmodeltester.check(overview.figures)
    qtmodeltester.check(overview.arrears)
    assert overview.figures.columnCount() == 5 and overview.figures.rowCount() == len(ROWS)
    last = overview.figures.columnCount() - 1
    # The current year is a part year and says so (issue 14 item 3), as the profile does.
    today = date.today()
    assert overview.figures.headerData(last, Qt.Orientation.Horizontal) == year_label(
        today.year, today, sep="\n"
    )
    assert overview.figures.headerData(0, Qt.Orientation.Horizontal) == str(today.year - 4)
    axis = overview.chart.chart().axes(Qt.Orientation.Horizontal)[0]
    part = year_label(today.year, today)
    whole = part == str(today.year)  # 31 December
    assert axis.categories()[-1] == (
        part if whole else f"{today.year}<br><small>to {today:%m-%d}</small>"
    )
    assert overview.chart.toolTip() == ("" if whole else part)
    assert overview.arrears.rowCount() == 2
    open_ = {a.contract_no: a.open_amount for a in overview.arrears.rows()}
    assert open_ == {"HT-1": 200_000, "HT-2": 400_000}
    assert overview.ageing.text().endswith(">180 days: 60.00")  # 万元
    assert overview.open_quality.rowCount() == 1
    assert overview.chart.series_names() == [
        "Revenue (10k CNY)",
        "Volume (t)",
        "Collection rate (%)",
    ]


def test_contract_editor_validates_and_saves(
    tab: BusinessTab, qtbot: QtBot, db: Database, account_id: int, monkeypatch
) -> None:
    tab.tabs.setCurrentIndex(1)
    panel = tab.lists["contracts"]
    assert panel.model.rowCount() == 2
    dialog = panel.dialog_for("New contract", panel.kind.new(account_id))
    qtbot.addWidget(dialog)
    no = dialog.editor("contract_no")
    signed = dialog.editor("signed_on")
    assert isinstance(no, QLineEdit) and isinstance(signed, QLineEdit)
    qtbot.keyClicks(no, "HT-1")
    qtbot.keyClicks(signed, "2025-02-30")
    qtbot.keyClicks(dialog.editor("quantity"), "-3")
    dialog.accept()
    errors = dialog.form.errors
    assert errors.message("signed_on") == DATE_MESSAGE
    signed.clear()
    qtbot.keyClicks(signed, "2025-03-01")
    dialog.accept()
    assert errors.message("contract_no") == "this account already has a contract HT-1"
    assert errors.message("quantity") == "must not be negative"
    assert errors.message("amount") == "enter the amount or the unit price"
    assert dialog.saved_id is None
    no.clear()
    qtbot.keyClicks(no, "HT-3")
    dialog.editor("quantity").clear()
    qtbot.keyClicks(dialog.editor("quantity"), "5")
    qtbot.keyClicks(dialog.editor("unit_price"), "28000")
    promise = dialog.editor("promise_notes")
    assert isinstance(promise, QPlainTextEdit)
    qtbot.keyClicks(promise, "pay in May")
    dialog.accept()
    assert dialog.saved_id is not None
    saved = {c.contract_no: c for c in list_contracts(db, account_id)}
    assert saved["HT-3"].amount == 140_000 and saved["HT-3"].promise_notes == "pay in May"


def test_scores_are_saved_for_the_year(tab: BusinessTab, qtbot: QtBot, db: Database) -> None:
    box = tab.overview.scores
    box.influence.setCurrentIndex(box.influence.findData(4))
    box.reputation.setCurrentIndex(box.reputation.findData(5))
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    [row] = score_sheet(db, date.today().year)
    assert (row.industry_influence, row.reputation) == (4, 5)
    assert box.message.text() == "Saved."


def test_no_account_clears_everything(tab: BusinessTab) -> None:
    tab.set_account(None)
    assert tab.overview.figures.rowCount() == 0 and tab.overview.arrears.rowCount() == 0
    assert not tab.overview.scores.isEnabled()


def test_amounts_are_typed_in_ten_thousands(
    tab: BusinessTab, qtbot: QtBot, db: Database, account_id: int
) -> None:
    """Issue 13, item 15: the editors read and take 万元 like the lists; 元 are stored."""
    tab.tabs.setCurrentIndex(1)
    panel = tab.lists["contracts"]
    old = next(c for c in list_contracts(db, account_id) if c.contract_no == "HT-2")
    dialog = panel.dialog_for("Edit", old)
    qtbot.addWidget(dialog)
    cost = dialog.editor("cost")
    assert isinstance(cost, QLineEdit) and cost.text() == "30"  # 300,000 元
    dialog.reject()
    dialog = panel.dialog_for("New contract", panel.kind.new(account_id))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.editor("contract_no"), "HT-9")
    qtbot.keyClicks(dialog.editor("signed_on"), "2025/3/5")
    qtbot.keyClicks(dialog.editor("amount"), "1,316.35")
    dialog.accept()
    assert dialog.saved_id is not None
    saved = {c.contract_no: c for c in list_contracts(db, account_id)}
    assert saved["HT-9"].amount == 13_163_500
    assert saved["HT-2"].cost == 300_000  # untouched


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen: a chart shown on its own
def test_the_part_year_fits_under_its_bars_in_chinese(qtbot: QtBot) -> None:
    # "2026 截至 12-02" was elided to "2026 截至 12…" in the dossier at 1280 × 800.
    install_language("zh_CN")
    try:
        chart = FiguresChart()
        qtbot.addWidget(chart)
        chart.resize(490, 285)  # its size there
        chart.show()
        qtbot.waitExposed(chart)
        years = [YearFigures(1, year, volume=700, revenue=1.5e7) for year in range(2022, 2027)]
        chart.set_years(years, date(2026, 12, 2))
        qtbot.wait(50)  # the chart lays out its axes on the next events
        labels = {
            item.toPlainText()
            for item in chart.scene().items()
            if isinstance(item, QGraphicsTextItem) and item.toPlainText().startswith("20")
        }
        assert labels == {"2022", "2023", "2024", "2025", "2026\n至 12-02"}
        assert chart.toolTip() == "2026 截至 12-02"
    finally:
        install_language("en")

"""The home screen: warnings by severity and the short list of accounts that need me
this week (安排拜访 from it), visits this week, follow-ups overdue, key accounts; a
double-click opens the dossier."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kam.domain import Account, FollowUp, Staff
from kam.store import Database
from tests.health import history as h
from tests.ui.answers import ScriptedAnswers
from tests.ui.helpers import double_click, in_next_dialog
from ui.context import AppContext
from ui.dashboard.page import DashboardPage
from ui.pages import PAGES
from ui.visits.editor import VisitDialog

TODAY = date(2026, 6, 24)  # a Wednesday


def _company(db: Database) -> dict[str, int]:
    mine = h.account(db, "HBGT", grade="A", key=True, owner="王强")
    other = h.account(db, "SDGT", grade="B", key=True)
    with db.session() as s:
        s.get_one(Account, mine).stage = "stable"
        wang = s.query(Staff).filter_by(name="王强").one()
        s.add(
            FollowUp(
                account_id=mine,
                description="寄送样辊检测报告",
                owner_id=wang.id,
                due_on=date(2026, 6, 20),
            )
        )
        s.add(FollowUp(account_id=other, description="确认交货期", due_on=date(2026, 6, 1)))
    h.contract(db, mine, date(2026, 1, 2), amount=9000)  # arrears over 90 days
    h.quality(db, other, date(2026, 3, 1))  # open far too long
    h.visit(db, mine, "technical", date(2026, 6, 26), status="planned")
    h.visit(db, mine, "business", date(2026, 5, 27))  # A: due every 30 days → 6-26
    return {"mine": mine, "other": other}


def test_dashboard_is_the_first_page() -> None:
    assert PAGES[0].key == "dashboard"
    assert "warnings" in [p.key for p in PAGES]


def test_everyone_sees_all_warnings_and_lists(
    qtbot: QtBot, ctx: AppContext, db: Database, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    ids = _company(db)
    page = DashboardPage(ctx, today=TODAY, owner="")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    kinds = {(r.code, r.kind) for r in page.warning_rows}
    assert {("HBGT", "arrears_overdue"), ("SDGT", "quality_open")} <= kinds
    assert "High  <b>1</b>" in page.cards["high"].text()
    qtmodeltester.check(page.warnings.model)
    # The short list: one line per account that needs me, the severe one first.
    short = [(g.code, g.severity, len(g.warnings)) for g in page.warnings.model.rows()]
    assert short == [("SDGT", "high", 1), ("HBGT", "medium", 1)]
    qtmodeltester.check(page.week_model)
    week = [(w.code, w.layer, w.planned, w.day) for w in page.week_model.rows()]
    assert ("HBGT", "technical", True, date(2026, 6, 26)) in week
    assert ("HBGT", "business", False, date(2026, 6, 26)) in week
    assert page.week_box.title() == f"Visits in the next 14 days ({len(week)})"
    qtmodeltester.check(page.follow_model)
    assert [f.description for f in page.follow_model.rows()] == ["确认交货期", "寄送样辊检测报告"]
    qtmodeltester.check(page.key_model)
    assert [k.code for k in page.key_model.rows()] == ["HBGT", "SDGT"]
    assert page.key_model.index(0, 4).data() == "1"
    rect = page.key_accounts.visualRect(page.key_model.index(1, 2))
    with qtbot.waitSignal(ctx.open_account_requested) as opened:
        double_click(qtbot, page.key_accounts.viewport(), rect.center())
    assert opened.args == [ids["other"]]


def test_my_accounts_only_and_the_choice_is_remembered(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    _company(db)
    page = DashboardPage(ctx, today=TODAY, owner="王强")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    assert {r.code for r in page.warning_rows} == {"HBGT"}
    assert [f.description for f in page.follow_model.rows()] == ["寄送样辊检测报告"]
    assert [k.code for k in page.key_model.rows()] == ["HBGT"]
    page.owner.setCurrentIndex(page.owner.findData(""))
    page.owner.activated.emit(page.owner.currentIndex())
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    assert {r.code for r in page.warning_rows} == {"HBGT", "SDGT"}
    again = DashboardPage(ctx, today=TODAY)
    qtbot.addWidget(again)
    assert again.owner_name() == ""
    qtbot.waitUntil(lambda: again.loaded, timeout=10000)


def test_opening_a_warning_asks_for_the_dossier(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    ids = _company(db)
    page = DashboardPage(ctx, today=TODAY, owner="王强")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    table = page.warnings.table
    rect = table.visualRect(page.warnings.model.index(0, 0))
    with qtbot.waitSignal(ctx.open_account_requested) as opened:
        double_click(qtbot, table.viewport(), rect.center())
    assert opened.args == [ids["mine"]]


def test_plan_visit_from_the_short_list_settles_the_overdue_layer(
    qtbot: QtBot, ctx: AppContext, db: Database, answers: ScriptedAnswers
) -> None:
    ids = _company(db)
    h.visit(db, ids["mine"], "leader", date(2025, 10, 1))  # A: twice a year → due 2026-04-02
    page = DashboardPage(ctx, today=TODAY, owner="王强")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    short = page.warnings
    assert [(g.code, g.top.kind, len(g.warnings)) for g in short.model.rows()] == [
        ("HBGT", "visit_overdue", 2)
    ]
    assert "+1 more" in short.model.index(0, 4).data()
    assert not short.plan_button.isEnabled()
    qtbot.mouseClick(
        short.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=short.table.visualRect(short.model.index(0, 0)).center(),
    )
    assert short.plan_button.isEnabled()
    seen: list[tuple[str, str, str]] = []

    def save(dialog: QDialog) -> None:
        assert isinstance(dialog, VisitDialog)
        seen.append(
            (
                dialog.layer.value(),
                dialog.purpose.text(),
                dialog.planned_on.date().toString("yyyy-MM-dd"),
            )
        )
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    # The test's day lies before the machine's: the editor asks about a past date.
    answers.click("Save")
    in_next_dialog(qtbot, save)
    qtbot.mouseClick(short.plan_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0][0] == "leader" and "overdue" in seen[0][1]
    assert seen[0][2] == "2026-06-25"  # the next working day
    qtbot.waitUntil(
        lambda: page.loaded and [g.top.kind for g in short.model.rows()] == ["arrears_overdue"],
        timeout=10000,
    )


def test_all_warnings_asks_for_the_warnings_page(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    page = DashboardPage(ctx, today=TODAY, owner="")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    assert page.warnings.summary.text() == "Nothing needs you this week."
    with qtbot.waitSignal(ctx.page_requested) as asked:
        qtbot.mouseClick(page.warnings.all_button, Qt.MouseButton.LeftButton)
    assert asked.args == ["warnings"]

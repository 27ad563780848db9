"""The Visits screen, the editor / quick entry, the plan dialog, the output dialog and the
dossier tab, driven with real clicks and typing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt

from kam.store import Database
from kam.visits.follow_ups import list_follow_ups
from kam.visits.queries import account_timeline, list_visits
from kam.visits.service import FollowUpData, VisitData, get_visit, save_visit
from tests.ui.answers import ScriptedAnswers
from ui.context import AppContext
from ui.visits.calendar_view import CalendarView
from ui.visits.dossier_tab import VisitsTab
from ui.visits.editor import VisitDialog
from ui.visits.output_dialog import OutputDialog
from ui.visits.page import VisitsPage
from ui.visits.plan_dialog import PlanDialog

from .conftest import Company

TODAY = date.today()


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db)


def _seed(db: Database, c: Company) -> int:
    save_visit(
        db,
        VisitData(
            account_id=c.hb,
            layer="business",
            status="done",
            outcome="谈妥",
            planned_on=TODAY - timedelta(days=50),
            staff_ids=[c.wang],
            follow_ups=[FollowUpData("报价", c.wang, TODAY - timedelta(days=3))],
        ),
    )
    return save_visit(
        db,
        VisitData(
            account_id=c.hb,
            layer="technical",
            purpose="看轧辊",
            planned_on=TODAY + timedelta(days=1),
            staff_ids=[c.li],
        ),
    ).id


def test_quick_entry_from_the_keyboard_saves_a_visit_with_a_follow_up(
    qtbot: QtBot, ctx: AppContext, company: Company
) -> None:
    dialog = VisitDialog(ctx, quick=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.status.value() == "done" and dialog.planned_on.date().toPython() == TODAY
    qtbot.keyClicks(dialog.account.lineEdit(), "hbgt")  # pinyin initials of 河北钢铁
    completer = dialog.account.completer()
    qtbot.waitUntil(lambda: completer.completionCount() == 1)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert dialog.account.currentData() == company.hb
    # The field shows the account as listed, not the hidden search text it matched.
    assert dialog.account.lineEdit().text() == dialog.account.itemText(
        dialog.account.currentIndex()
    )
    assert "hbgt" not in dialog.account.lineEdit().text()
    assert dialog.staff.checked_ids() == [company.wang]  # the account manager, by default
    dialog.outcome.setFocus()
    # QTest types Latin keys only; Chinese arrives through the input method in real use.
    qtbot.keyClicks(dialog.outcome, "Trial of 2 new rolls agreed")
    qtbot.mouseClick(dialog.follow_ups.add_button, Qt.MouseButton.LeftButton)
    row = dialog.follow_ups.rows[0]
    qtbot.waitUntil(lambda: dialog.focusWidget() is row.description)
    qtbot.keyClicks(row.description, "Send the trial schedule")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_id is not None
    saved = get_visit(ctx.db, dialog.saved_id)
    assert (saved.status, saved.outcome, saved.account_id) == (
        "done",
        "Trial of 2 new rolls agreed",
        company.hb,
    )
    [fu] = saved.follow_ups
    assert fu.owner_id == company.wang and fu.due_on == TODAY + timedelta(days=7)


def test_errors_show_at_their_fields_and_nothing_is_saved(
    qtbot: QtBot, ctx: AppContext, company: Company
) -> None:
    dialog = VisitDialog(ctx, account_id=company.hb)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.set_value("cancelled")
    row = dialog.follow_ups.add()
    row.owner.setCurrentIndex(0)  # no owner
    qtbot.keyClicks(row.description, "Call back")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is None
    assert dialog.errors.message("cancel_reason") == "a cancelled visit needs a reason"
    assert "follow-up 1: an owner is required" in dialog.message.text()
    assert row.owner.property("error") is True
    assert account_timeline(ctx.db, company.hb) == []


def test_a_warning_asks_before_saving(
    qtbot: QtBot, ctx: AppContext, company: Company, answers: ScriptedAnswers
) -> None:
    answers.click("Cancel")
    dialog = VisitDialog(ctx, account_id=company.hb, quick=True)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # done, no outcome
    assert "no outcome" in answers.texts[0]
    assert dialog.saved_id is None


def test_participant_of_another_account_cannot_be_ticked_in(
    qtbot: QtBot, ctx: AppContext, company: Company
) -> None:
    dialog = VisitDialog(ctx, account_id=company.sg)
    qtbot.addWidget(dialog)
    names = [dialog.contacts.item(n).text() for n in range(dialog.contacts.count())]
    assert names == ["陈静(科长)"]
    dialog.account.setCurrentIndex(dialog.account.findData(company.hb))
    names = {dialog.contacts.item(n).text() for n in range(dialog.contacts.count())}
    assert names == {"刘建国(部长)", "张志强(主任)"}


def test_calendar_shows_the_month_and_opens_a_visit(
    qtbot: QtBot, ctx: AppContext, company: Company, monkeypatch: pytest.MonkeyPatch
) -> None:
    visit_id = _seed(ctx.db, company)
    page = VisitsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    day = TODAY + timedelta(days=1)
    page._go(day)
    assert [v.id for v in page.calendar.visits_on(day)] == [visit_id]
    opened: list[int] = []
    monkeypatch.setattr(VisitDialog, "exec", lambda self: opened.append(self.data.id) or 0)
    page.calendar.setFocus()
    qtbot.keyClick(page.calendar, Qt.Key.Key_Return)
    assert opened == [visit_id]
    # Unticking the technical layer hides the visit.
    qtbot.mouseClick(page.layer_boxes["technical"], Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert page.calendar.visits_on(day) == []
    assert page.upcoming_model.rowCount() == 1
    assert page.follow_model.rowCount() == 1
    assert "(1)" in page.side.tabText(1)
    qtbot.mouseClick(page.week_button, Qt.MouseButton.LeftButton)
    start, end = page.calendar.period()
    assert (end - start).days == 6 and start <= day <= end


def test_calendar_keyboard_moves_the_day_and_the_period(qtbot: QtBot) -> None:
    view = CalendarView()
    qtbot.addWidget(view)
    view.selected = date(2027, 1, 31)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected == date(2027, 2, 1)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.selected == date(2027, 3, 1)
    view.selected = date(2027, 1, 31)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.selected == date(2027, 2, 28)
    with qtbot.waitSignal(view.day_activated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [date(2027, 2, 28)]


def test_person_filter_and_marking_a_follow_up_done(
    qtbot: QtBot, ctx: AppContext, company: Company, qtmodeltester
) -> None:
    _seed(ctx.db, company)
    page = VisitsPage(ctx)
    qtbot.addWidget(page)
    for model in (page.upcoming_model, page.follow_model, page.cadence_model):
        qtmodeltester.check(model)
    page.person.setCurrentIndex(page.person.findData("李工"))
    assert page.upcoming_model.rowCount() == 1 and page.follow_model.rowCount() == 0
    page.person.setCurrentIndex(page.person.findData("王强"))
    assert page.follow_model.rowCount() == 1
    page.follow_table.selectRow(0)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert page.follow_model.rowCount() == 0
    assert list_follow_ups(ctx.db, owner="王强") == []
    assert all(line.owner == "王强" for line in page.cadence_model.rows())
    page.person.setCurrentIndex(0)


def test_plan_dialog_proposes_adjusts_and_creates(
    qtbot: QtBot, ctx: AppContext, company: Company, qtmodeltester, answers: ScriptedAnswers
) -> None:
    dialog = PlanDialog(ctx, today=date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.year.value() == 2027
    qtbot.mouseClick(dialog.layer_boxes["business"], Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2 + 4 + 1 + 3  # leader + technical of A and B
    assert "10 visits proposed for 2027" in dialog.summary.text()
    assert model.setData(model.index(0, 1), "2027-02-03")
    assert not model.setData(model.index(0, 1), "2028-01-01")  # another year
    model.setData(model.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    answers.ok("inform")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.created == 9
    assert answers.texts == ["9 planned visits were created."]
    visits = list_visits(ctx.db, start=date(2027, 1, 1), end=date(2027, 12, 31))
    assert len(visits) == 9 and date(2027, 2, 3) in {v.planned_on for v in visits}


def test_output_dialog_writes_plan_briefs_and_ics(
    qtbot: QtBot, ctx: AppContext, company: Company, tmp_path: Path
) -> None:
    _seed(ctx.db, company)
    for kind, name in (("plan", "p.pdf"), ("briefs", "b.pdf"), ("ics", "v.ics")):
        dialog = OutputDialog(ctx, kind, today=TODAY)
        qtbot.addWidget(dialog)
        dialog.path.clear()
        qtbot.keyClicks(dialog.path, str(tmp_path / name))
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
        assert dialog.written == tmp_path / name, dialog.message.text()
        assert (tmp_path / name).stat().st_size > 0
    events = Calendar.from_ical((tmp_path / "v.ics").read_bytes()).walk("VEVENT")
    assert len(events) == 1
    bad = OutputDialog(ctx, "plan", today=TODAY)
    qtbot.addWidget(bad)
    bad.end.setDate(bad.start.date().addDays(-1))
    qtbot.mouseClick(bad.run_button, Qt.MouseButton.LeftButton)
    assert bad.written is None and "before" in bad.message.text()


def test_dossier_tab_shows_cadence_and_timeline(
    qtbot: QtBot,
    ctx: AppContext,
    company: Company,
    qtmodeltester,
    tmp_path: Path,
    answers: ScriptedAnswers,
) -> None:
    _seed(ctx.db, company)
    tab = VisitsTab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(company.hb)
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 2
    assert "overdue by 20 days" in tab.layer_labels["business"].text()
    assert "scheduled" in tab.layer_labels["technical"].text()
    target = tmp_path / "brief.pdf"
    answers.file_save(target)
    qtbot.mouseClick(tab.brief_button, Qt.MouseButton.LeftButton)
    assert target.stat().st_size > 1000
    tab.set_account(None)
    assert tab.model.rowCount() == 0 and not tab.new_button.isEnabled()


def test_absence_dialog_adds_refuses_and_deletes(
    qtbot: QtBot, ctx: AppContext, company: Company, qtmodeltester
) -> None:
    from ui.visits.absence_dialog import AbsenceDialog

    dialog = AbsenceDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # nobody chosen
    assert dialog.errors.message("staff_id") == "choose who is away"
    assert dialog.model.rowCount() == 0
    dialog.person.setCurrentIndex(dialog.person.findData(company.li))
    qtbot.keyClicks(dialog.reason, "Trade fair")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1 and dialog.model.row_at(0).staff_name == "李工"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0


def test_output_dialog_exports_the_cancellation_of_a_deleted_visit(
    qtbot: QtBot, ctx: AppContext, company: Company, tmp_path: Path
) -> None:
    from kam.visits.ics import visit_uid
    from kam.visits.service import delete_visit

    planned = _seed(ctx.db, company)
    uid = visit_uid(get_visit(ctx.db, planned).uuid)
    target = tmp_path / "v.ics"

    def export() -> OutputDialog:
        dialog = OutputDialog(ctx, "ics", today=TODAY)
        qtbot.addWidget(dialog)
        dialog.path.clear()
        qtbot.keyClicks(dialog.path, str(target))
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
        assert dialog.written == target, dialog.message.text()
        return dialog

    export()
    delete_visit(ctx.db, planned)
    dialog = export()
    assert "1" in dialog.message.text() and "cancellation" in dialog.message.text()
    [event] = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["UID"]) == uid and str(event["STATUS"]) == "CANCELLED"

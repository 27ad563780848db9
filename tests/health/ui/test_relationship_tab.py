"""The dossier's Relationship tab, standalone: stage and guide, relationship type,
coverage, opportunities, warnings with acknowledgement."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from kam.domain import Account, Contact, Staff
from kam.health.opportunities import OpportunityData, list_opportunities, save_opportunity
from kam.health.warnings import open_warnings
from kam.store import Database
from tests.health import history as h
from tests.ui.helpers import in_next_dialog, type_text
from ui.context import AppContext
from ui.dossier.extra_tabs import EXTRA_TABS
from ui.health.ack_dialog import AckDialog
from ui.health.opportunity_dialog import OpportunityDialog
from ui.health.relationship_tab import RelationshipTab

TODAY = date(2026, 6, 30)


def _account(db: Database) -> int:
    a = h.account(db, "HBGT", grade="A")
    for year in (2025, 2026):
        h.contract(db, a, date(year, 1, 5), quantity=10, amount=0)
    h.share(db, a, 2025, 85, 15)
    h.share(db, a, 2026, 60, 40)
    with db.session() as s:
        wang = Staff(name="王强", layer="business")
        s.add(wang)
        s.flush()
        s.add_all(
            [
                Contact(
                    account_id=a,
                    name="刘部长",
                    department="采购部",
                    attitude="supporter",
                    owner_id=wang.id,
                    decision_role="decision_maker",
                ),
                Contact(
                    account_id=a, name="孙总", department="总经理室", decision_role="decision_maker"
                ),
                Contact(account_id=a, name="陈工", department="技术处", rising_star=True),
            ]
        )
    return a


def test_relationship_tab_is_registered_for_the_dossier() -> None:
    assert "relationship" in [t.key for t in EXTRA_TABS]


def test_stage_history_guide_and_apply(
    qtbot: QtBot, ctx: AppContext, db: Database, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    a = _account(db)
    tab = RelationshipTab(ctx, today=TODAY)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_account(a)
    stage = tab.stage
    qtmodeltester.check(stage.history_model)
    assert stage.history_model.rowCount() == 2
    assert "Stable cooperation" in stage.stage_label.text()
    assert "Recorded on the account: Development" in stage.stage_label.text()
    assert "Sell at the top" in stage.guide.text()
    with qtbot.waitSignal(ctx.data_changed):
        qtbot.mouseClick(stage.apply_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert s.get_one(Account, a).stage == "stable"
    assert stage.apply_button.isHidden()


def test_relationship_type_is_saved_from_the_combo(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    a = _account(db)
    tab = RelationshipTab(ctx, today=TODAY)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_account(a)
    combo = tab.stage.type_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    combo.activated.emit(combo.currentIndex())
    with db.session() as s:
        assert s.get_one(Account, a).relationship_type == "preferred"


def test_coverage_matrix_and_rising_stars(
    qtbot: QtBot, ctx: AppContext, db: Database, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    a = _account(db)
    tab = RelationshipTab(ctx, today=TODAY)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_account(a)
    panel = tab.coverage
    qtmodeltester.check(panel.model)
    departments = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert "Purchasing department ★" in departments
    assert "Key departments covered: 3 of 5" in panel.summary.text()
    assert "孙总" in panel.unowned.text()
    qtmodeltester.check(panel.stars_model)
    assert panel.stars_model.index(0, 0).data() == "陈工"
    assert panel.stars_model.index(0, 4).data() == "nobody — name an owner"


def test_new_opportunity_typed_into_the_dialog(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    a = _account(db)
    tab = RelationshipTab(ctx, today=TODAY)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_account(a)
    panel = tab.opportunities
    assert "Sell at the top" in panel.tactics.text()

    def fill_and_ok(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, OpportunityDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("cost_down"))
        assert "cost advantage" in dialog.hint.text()
        type_text(qtbot, dialog.description, "客户今年要求降本 8%")
        ok = dialog.findChild(QPushButton, "oppOk")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    in_next_dialog(qtbot, fill_and_ok)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    rows = list_opportunities(db, a)
    assert [(o.kind, o.description, o.noted_on) for o in rows] == [
        ("cost_down", "客户今年要求降本 8%", TODAY)
    ]
    assert panel.model.rowCount() == 1


def test_opportunity_dialog_shows_problems_at_their_field(qtbot: QtBot, db: Database) -> None:
    a = _account(db)
    oid = save_opportunity(db, OpportunityData(a, "new_product", TODAY))
    data = list_opportunities(db, a)[0]
    dialog = OpportunityDialog(db, data, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.closed.setChecked(True)
    dialog.closed_on.setDate(date(2026, 1, 1))
    dialog.accept()
    assert dialog.errors.message("closed_on")
    assert list_opportunities(db, a)[0].closed_on is None and oid == data.id


def test_account_warnings_acknowledged_from_the_tab(
    qtbot: QtBot, ctx: AppContext, db: Database, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    a = _account(db)
    tab = RelationshipTab(ctx, today=TODAY)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_account(a)
    qtmodeltester.check(tab.warnings.model)
    kinds = [r.kind for r in tab.warnings.model.rows()]
    assert "stage_down" in kinds
    assert tab.tabs.tabText(3).startswith("Warnings (")
    view_row = next(
        r
        for r in range(tab.warnings.proxy.rowCount())
        if tab.warnings.proxy.row_at(r).kind == "stage_down"
    )
    tab.warnings.table.selectRow(view_row)

    def ack(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, AckDialog)
        ok = dialog.findChild(QPushButton, "ackOk")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no note yet: stays open
        assert dialog.isVisible() and dialog.errors.message("note")
        type_text(qtbot, dialog.note, "已安排高层互访")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    in_next_dialog(qtbot, ack)
    with qtbot.waitSignal(ctx.data_changed):
        qtbot.mouseClick(tab.warnings.ack_button, Qt.MouseButton.LeftButton)
    assert "stage_down" not in [r.kind for r in open_warnings(db, TODAY, account_ids=[a])]
    acked = next(r for r in tab.warnings.model.rows() if r.kind == "stage_down")
    assert acked.ack is not None and acked.ack.note == "已安排高层互访"


def test_an_opportunity_gets_a_due_date_in_the_dialog(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    a = _account(db)
    tab = RelationshipTab(ctx, today=TODAY)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_account(a)
    panel = tab.opportunities

    def fill_and_ok(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, OpportunityDialog)
        assert not dialog.has_due.isChecked() and not dialog.due_on.isEnabled()
        type_text(qtbot, dialog.next_step, "寄送新钢种样辊")
        qtbot.mouseClick(
            dialog.has_due, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.has_due.height() // 2)
        )
        assert dialog.due_on.isEnabled()
        # Typed into the field as a user would (DateEdit reads 2026/8/15).
        due = dialog.due_on
        qtbot.mouseClick(due.lineEdit(), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: due.lineEdit().selectedText() == due.text())  # all selected
        qtbot.keyClicks(due, "2026/8/15")
        qtbot.mouseClick(dialog.findChild(QPushButton, "oppOk"), Qt.MouseButton.LeftButton)

    in_next_dialog(qtbot, fill_and_ok)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    [saved] = list_opportunities(db, a)
    assert (saved.next_step, saved.due_on) == ("寄送新钢种样辊", date(2026, 8, 15))
    headers = [
        panel.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(panel.model.columnCount())
    ]
    assert panel.model.index(0, headers.index("Due")).data() == "2026-08-15"


def test_a_due_date_before_the_day_noted_is_refused_at_its_field(
    qtbot: QtBot, db: Database
) -> None:
    a = _account(db)
    save_opportunity(db, OpportunityData(a, "new_product", TODAY))
    dialog = OpportunityDialog(db, list_opportunities(db, a)[0], today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(
        dialog.has_due, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.has_due.height() // 2)
    )
    due = dialog.due_on
    qtbot.mouseClick(due.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: due.lineEdit().selectedText() == due.text())
    qtbot.keyClicks(due, "2026/1/1")
    qtbot.mouseClick(dialog.findChild(QPushButton, "oppOk"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors.message("due_on")
    assert list_opportunities(db, a)[0].due_on is None

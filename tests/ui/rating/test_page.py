"""The Rating screen used as a director would: run the year, look at an account, decide
in the meeting, finalise; the scores sheet, the scheme editor, the policy and the
dossier tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from kam.accounts.service import get_account
from kam.rating import service as rating
from kam.rating.manual_scores import score_sheet
from kam.rating.policy import policy_for
from tests.rating.helpers import SCHEME, populate
from tests.ui.answers import ScriptedAnswers
from tests.ui.helpers import type_text
from ui.context import AppContext
from ui.rating.dossier_tab import RatingTab
from ui.rating.page import RatingPage


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> RatingPage:
    populate(ctx.db)
    widget = RatingPage(ctx, year=2025)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    assert widget.scheme_editor.load_text(SCHEME)
    return widget


def _click(qtbot: QtBot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _run(qtbot: QtBot, page: RatingPage) -> None:
    """Clicks Run the year and waits for the run, which works off the GUI thread."""
    with qtbot.waitSignal(page.run_finished, timeout=20000):
        _click(qtbot, page.run_button)


def test_run_explain_decide_and_finalise(
    qtbot: QtBot, page: RatingPage, answers: ScriptedAnswers
) -> None:
    assert not page.finalise_button.isEnabled()
    _click(qtbot, page.run_button)
    # The run works in the background: the button waits, a progress bar shows.
    assert not page.run_button.isEnabled() and page.progress.isVisible()
    qtbot.waitUntil(lambda: page.run_button.isEnabled(), timeout=20000)
    assert not page.progress.isVisible()
    results = page.results
    assert results.model.rowCount() == 4
    assert "Draft" in page.status.text()
    # Select NG: its total is explained criterion by criterion.
    results.select_code("NG")
    explain = results.explain
    assert "NG 南钢: total 35.5, grade D" in explain.heading.text()
    assert explain.model.rowCount() == 4
    assert "1775 ÷ Σ weight 50 = 35.5" in explain.arithmetic.text()
    # The meeting lifts NG to C with a reason.
    panel = results.decision
    _click(qtbot, panel.override_radio)
    panel.grade.setCurrentText("C")
    _click(qtbot, panel.save_button)
    assert "is required" in panel.errors.message("reason")
    type_text(qtbot, panel.reason, "新产线明年投产")
    _click(qtbot, panel.save_button)
    ng = next(r for r in results.model.rows() if r.code == "NG")
    assert (ng.grade, ng.decision, ng.decided_by) == ("C", "overridden", "tester")
    # Finalise, naming who.
    answers.text("周建国")
    _click(qtbot, page.finalise_button)
    assert "Who finalises?" in answers.texts[0]
    assert "Final" in page.status.text() and "周建国" in page.status.text()
    assert not page.finalise_button.isEnabled()
    assert not results.decision.save_button.isEnabled()
    ng_id = next(r.account_id for r in results.model.rows() if r.code == "NG")
    assert get_account(page.ctx.db, ng_id).grade == "C"


def test_code_and_name_stay_in_view_beside_the_scrolling_columns(
    qtbot: QtBot, page: RatingPage
) -> None:
    _run(qtbot, page)
    results = page.results
    frozen, table, model = results.frozen, results.table, results.model
    shown = [c for c in range(model.columnCount()) if not frozen.isColumnHidden(c)]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in shown] == [
        "Rank",
        "Code",
        "Name",
    ]
    assert all(table.isColumnHidden(c) for c in shown)
    # Total, grade, key account and change lead the scrolling part.
    first = next(c for c in range(model.columnCount()) if not table.isColumnHidden(c))
    assert first == model.total_column()
    # One selection for both: a click on the name selects the row's figures too.
    rect = frozen.visualRect(model.index(2, 2))
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert results.selected_row() is not None and results.selected_row().code == "NG"
    assert table.selectionModel().isRowSelected(2)


def test_filters_narrow_the_table(qtbot: QtBot, page: RatingPage) -> None:
    _run(qtbot, page)
    bar = page.results.filters
    _click(qtbot, bar.key_only)
    assert page.results.model.rowCount() == 1
    _click(qtbot, bar.key_only)
    qtbot.keyClicks(bar.search, "nang")  # pinyin of 南钢
    qtbot.waitUntil(lambda: page.results.model.rowCount() == 1)
    assert page.results.model.row_at(0).code == "NG"
    assert "1 of 4 accounts shown" in page.results.count.text()


def test_scores_sheet_typing_and_saving(qtbot: QtBot, page: RatingPage) -> None:
    sheet = page.scores
    page.tabs.setCurrentWidget(sheet)
    table = sheet.table
    ng_row = next(
        n for n in range(sheet.model.rowCount()) if sheet.model.index(n, 0).data() == "NG"
    )
    page.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)

    def type_score(text: str) -> None:
        table.setCurrentIndex(sheet.model.index(ng_row, 4))
        qtbot.keyClicks(table, text)  # any key starts editing the cell
        editor = QApplication.focusWidget()
        assert editor is not table
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        # The delegate commits and closes the editor from a queued call.
        qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)

    type_score("9")
    assert "1 to 5" in sheet.message.text()
    type_score("4")
    assert table.currentIndex().row() == ng_row + 1  # Enter moved down
    assert sheet.save_button.isEnabled()
    _click(qtbot, sheet.save_button)
    scores = {r.code: r.reputation for r in score_sheet(page.ctx.db, 2025)}
    assert scores["NG"] == 4
    # Pasting a column copied from a spreadsheet.
    table.setCurrentIndex(sheet.model.index(0, 3))
    assert table.paste("5\n4\n3") == 3


def test_scheme_editor_checks_and_previews(qtbot: QtBot, page: RatingPage, tmp_path: Path) -> None:
    _run(qtbot, page)
    editor = page.scheme_editor
    page.tabs.setCurrentWidget(editor)
    assert "A 1 → 1" in editor.preview.text()
    model = editor.model
    assert model.setData(model.index(0, 3), "≥100: 70; ≥300: 100; else: 0")
    assert "bands out of order" in editor.problems.text()
    assert editor.scheme_text() is None
    assert model.setData(model.index(0, 3), "≥100: 100; else: 0")
    assert editor.problems.text() == ""
    # SD (150 t) now gets full volume points: its grade moves in the preview.
    assert "SD C→B" in editor.preview.text()
    editor.bounds["B"].setValue(95)
    assert "must descend" in editor.problems.text()
    editor.bounds["B"].setValue(70)
    out = tmp_path / "scheme.toml"
    assert editor.export_file(str(out))
    assert "min = 100" in out.read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text("name = \n", encoding="utf-8")
    assert not editor.import_file(str(bad))
    assert "line 1" in editor.problems.text()
    assert editor.import_file(str(out))
    _run(qtbot, page)
    sd = next(r for r in page.results.model.rows() if r.code == "SD")
    assert sd.grade == "B"


def test_meeting_mode_shows_views_and_movements(qtbot: QtBot, page: RatingPage) -> None:
    _run(qtbot, page)
    page.open_meeting()
    meeting = page.meeting
    qtbot.addWidget(meeting)
    assert meeting.font().pointSizeF() > page.font().pointSizeF()
    _click(qtbot, meeting.views["key"])
    assert [r.code for r in meeting.panel.model.rows()] == ["HB"]
    _click(qtbot, meeting.views["all"])
    assert meeting.panel.model.rowCount() == 4
    assert "Key accounts: 1" in meeting.movements.text()
    # The movement lists wrap and scroll rather than run off the screen.
    assert meeting.movements.wordWrap()
    assert meeting.movements_area.widget() is meeting.movements
    # Criteria shown in large type: no header is clipped.
    _click(qtbot, meeting.criteria_box)
    table, model = meeting.panel.table, meeting.panel.model
    header = table.horizontalHeader()
    for column in [model.total_column(), *model.criteria_columns()]:
        assert not table.isColumnHidden(column)
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    assert header.height() == meeting.panel.frozen.horizontalHeader().height()
    # A view that keeps nothing (no overrides yet) says so.
    _click(qtbot, meeting.views["decided"])
    assert meeting.panel.stack.currentWidget() is meeting.panel.empty
    assert "No account matches this filter" in meeting.panel.empty.text()
    _click(qtbot, meeting.views["all"])
    assert meeting.panel.stack.currentWidget() is not meeting.panel.empty
    with qtbot.waitSignal(meeting.closed):
        _click(qtbot, meeting.close_button)


def test_policy_editor_saves_and_the_dossier_tab_shows_it(
    qtbot: QtBot, page: RatingPage, ctx: AppContext
) -> None:
    editor = page.policy
    model = editor.model
    assert "defaults" in editor.message.text()
    model.setData(model.index(1, 1), "75")  # grade B credit days
    model.setData(model.index(3, 3), "-2")  # grade D technical visits
    _click(qtbot, editor.save_button)
    assert "D, Technical visits / year" in editor.message.text()
    model.setData(model.index(3, 3), "1")
    _click(qtbot, editor.save_button)
    assert policy_for(ctx.db, "B").credit_days == 75
    run = rating.run_rating(ctx.db, 2025, scheme_text=SCHEME)
    rating.finalise(ctx.db, run.id, by="王总")
    sd = next(r.account_id for r in rating.results(ctx.db, run.id) if r.code == "SD")
    tab = RatingTab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(sd)
    assert tab.model.rowCount() == 1
    assert "Grade C" in tab.summary.text()
    assert tab.policy_box.title() == "Sales policy for grade C"
    tab.set_account(None)
    assert tab.model.rowCount() == 0


def test_the_dossier_tab_joins_its_two_sentences_as_each_language_does(
    qtbot: QtBot, page: RatingPage, ctx: AppContext
) -> None:
    from ui.shell.language import install_language

    run = rating.run_rating(ctx.db, 2025, scheme_text=SCHEME)  # a draft, nothing final
    sd = next(r.account_id for r in rating.results(ctx.db, run.id) if r.code == "SD")
    tab = RatingTab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(sd)
    assert tab.summary.text().startswith("Not rated yet. The 2025 draft puts it at")
    install_language("zh_CN")
    try:
        tab.set_account(sd)
        assert "。2025 年草稿评为" in tab.summary.text()
    finally:
        install_language("en")


def test_report_is_written(qtbot: QtBot, page: RatingPage, tmp_path: Path) -> None:
    _run(qtbot, page)
    out = tmp_path / "pack.pdf"
    page.write_report(str(out))
    assert out.stat().st_size > 10_000


def test_a_rerun_says_why_a_grade_moved_with_the_same_total(
    qtbot: QtBot, page: RatingPage, answers: ScriptedAnswers
) -> None:
    _run(qtbot, page)
    ng = next(r for r in page.results.model.rows() if r.code == "NG")
    rating.decide(
        page.ctx.db, ng.id, override_grade="C", reason="新产线明年投产", decided_by="周建国"
    )
    run = rating.current_run(page.ctx.db, 2025)
    assert run is not None
    rating.finalise(page.ctx.db, run.id, by="周建国")
    page.refresh()
    # The director re-runs the finalised year with the same figures.
    answers.yes().ok("inform")
    _run(qtbot, page)
    asked, told = answers.texts
    assert "2025 is finalised" in asked
    assert "1 accounts differ" in told
    assert (
        "NG 南钢: 35.5 C → 35.5 D (same total: the meeting's override to C was withdrawn)" in told
    )

"""The rating screen's table models: Qt's model checks, sorting and filtering."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kam.rating import service as rating
from kam.rating.policy import list_policies
from tests.rating.helpers import SCHEME, populate
from ui.rating.analysis_view import MovementModel
from ui.rating.policy_editor import PolicyModel
from ui.rating.results_model import ResultsFilter, ResultsModel
from ui.rating.scheme_editor import CriteriaModel
from ui.rating.scores_sheet import ScoresModel


def _results(db):
    populate(db)
    run = rating.run_rating(db, 2025, scheme_text=SCHEME)
    scheme, _text = rating.run_scheme(db, run.id)
    return scheme, rating.results(db, run.id)


def test_results_model_sorts_and_filters(db, qtmodeltester) -> None:
    scheme, rows = _results(db)
    model = ResultsModel()
    model.set_results(scheme, rows)
    qtmodeltester.check(model)
    assert model.columnCount() == 3 + 6 + 4
    assert [model.index(r, 1).data() for r in range(4)] == ["HB", "SD", "NG", "XX"]
    # Total, grade, key account and change come first, then the criteria.
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3, 7)] == [
        "Total",
        "Grade",
        "Key account",
        "Change",
    ]
    first = model.criteria_columns()[0]
    # The scheme's Chinese label reads as the measure's name in the English UI.
    assert model.headerData(first, Qt.Orientation.Horizontal) == "Contract volume\nvalue → points"
    # Each criterion shows its raw value with the points it gave.
    sd_collection = model.index(1, first + 2)
    assert sd_collection.data() == "80.0 % → 50"
    # Missing data shows a dash with the reason as its tooltip.
    ng_reputation = model.index(2, first + 3)
    assert ng_reputation.data() == "—"
    assert ng_reputation.data(Qt.ItemDataRole.ToolTipRole) == "No data: 0 points"
    model.sort(model.total_column(), Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 1).data() for r in range(4)] == ["XX", "NG", "SD", "HB"]
    model.set_filter(ResultsFilter(text="hbgt"))  # pinyin initials of 河北钢铁
    assert model.rowCount() == 1 and model.row_at(0).code == "HB"
    model.set_filter(ResultsFilter(grades=frozenset("CD")))
    assert {r.code for r in model.rows()} == {"SD", "NG", "XX"}
    model.set_filter(ResultsFilter(key_only=True))
    assert [r.code for r in model.rows()] == ["HB"]
    qtmodeltester.check(model)


def test_scores_model_takes_1_to_5_only(db, qtmodeltester) -> None:
    populate(db)
    from kam.rating.manual_scores import score_sheet

    model = ScoresModel()
    model.set_rows(score_sheet(db, 2025))
    qtmodeltester.check(model)
    refused: list[str] = []
    model.rejected.connect(refused.append)
    assert model.setData(model.index(0, 3), "4")
    assert not model.setData(model.index(0, 4), "7")
    assert not model.setData(model.index(0, 4), "x")
    assert refused and "1 to 5" in refused[0]
    assert model.setData(model.index(0, 4), "")
    (changed,) = model.changed_rows()
    assert (changed.industry_influence, changed.reputation) == (4, None)


def test_policy_criteria_and_movement_models(db, qtmodeltester) -> None:
    policy = PolicyModel()
    policy.set_rows(list_policies(db))
    qtmodeltester.check(policy)
    assert policy.headerData(4, Qt.Orientation.Vertical) == "Not rated"
    assert not policy.setData(policy.index(0, 1), "sixty")
    assert policy.setData(policy.index(0, 1), "75")
    assert policy.policies()[0].credit_days == 75
    scheme, _rows = _results(db)
    criteria = CriteriaModel()
    criteria.set_scheme(scheme)
    qtmodeltester.check(criteria)
    assert criteria.index(0, 3).data() == "≥300: 100; ≥100: 70; ≥50: 40; else: 0"
    movement = MovementModel()
    movement.set_counts({("A", "B"): 2, ("", "A"): 1})
    qtmodeltester.check(movement)
    assert movement.index(0, 1).data() == "2"
    assert movement.index(4, 0).data() == "1"


def test_the_scheme_editor_reads_and_takes_revenue_bounds_in_wan(qtbot, ctx) -> None:
    from kam.rating.scheme import default_scheme, default_scheme_text, parse_scheme
    from ui.rating.scheme_editor import SchemeEditor

    editor = SchemeEditor(ctx)
    qtbot.addWidget(editor)
    assert editor.load_text(default_scheme_text())
    model = editor.model
    row = next(r for r, line in enumerate(model.lines()) if line.measure == "revenue")
    # The scheme file keeps 元 (≥10,000,000); the director reads and types 万元.
    assert model.index(row, 3).data().startswith("≥1000: 100; ≥600: 90")
    assert "万元" in model.index(row, 0).data() or "10k CNY" in model.index(row, 0).data()
    assert model.setData(model.index(row, 3), "≥1,500: 100; else: 0")
    text = editor.scheme_text()
    assert text is not None
    revenue = next(c for c in parse_scheme(text).criteria if c.measure == "revenue")
    assert revenue.bands[0].min == 15_000_000
    assert default_scheme().criteria  # the packaged scheme itself is untouched

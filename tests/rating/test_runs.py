"""Running a year, the review meeting's decisions and the freezing of a finalised year."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kam.domain import Account, ManualScore, RatingResult, RatingRun
from kam.rating import service as rating
from kam.rating.scheme import SchemeError
from kam.validation import ValidationError
from tests.rating.helpers import SCHEME, populate


@pytest.fixture
def ids(db) -> dict[str, int]:
    return populate(db)


def _by_code(db, run_id: int) -> dict[str, rating.ResultRow]:
    return {r.code: r for r in rating.results(db, run_id)}


def test_a_run_scores_every_account_from_its_records(db, ids) -> None:
    run = rating.run_rating(db, 2025, scheme_text=SCHEME)
    assert (run.status, run.accounts, run.key_accounts) == ("draft", 4, 1)
    rows = _by_code(db, run.id)
    hb, sd, ng, xx = rows["HB"], rows["SD"], rows["NG"], rows["XX"]
    assert (hb.total, hb.grade, hb.rank, hb.key_account) == (100.0, "A", 1, True)
    # SD: volume 150 → 70, no loss → 100, collection 80 % → 50, reputation 3 → 50:
    # (20×70 + 10×100 + 15×50 + 5×50) / 50 = 68.0
    assert sd.values["collection_rate"] == pytest.approx(80.0)
    assert sd.points == {
        "contract_volume": 70,
        "quality_loss_rate": 100,
        "collection_rate": 50,
        "reputation": 50,
    }
    assert (sd.total, sd.grade, sd.rank) == (68.0, "C", 2)
    # NG: (20×40 + 10×60 + 15×25 + 5×0) / 50 = 35.5, reputation missing.
    assert (ng.total, ng.grade, ng.missing) == (35.5, "D", ("reputation",))
    assert xx.total == 0.0
    assert xx.missing == ("quality_loss_rate", "collection_rate", "reputation")
    assert {r.change for r in rows.values()} == {"new"}  # nothing rated before


def test_change_is_against_last_years_final_rating(db, ids) -> None:
    last = rating.run_rating(db, 2024, scheme_text=SCHEME)
    assert {c: r.grade for c, r in _by_code(db, last.id).items()} == {
        "SD": "A",
        "HB": "B",
        "NG": "C",
        "XX": "D",
    }
    rating.finalise(db, last.id, by="王总")
    rows = _by_code(db, rating.run_rating(db, 2025, scheme_text=SCHEME).id)
    assert {c: r.change for c, r in rows.items()} == {
        "HB": "up",
        "SD": "dropped",
        "NG": "down",
        "XX": "same",
    }
    assert rows["SD"].previous_grade == "A"


def test_override_with_reason_changes_grade_key_flag_and_movement(db, ids) -> None:
    rating.finalise(db, rating.run_rating(db, 2024, scheme_text=SCHEME).id, by="王总")
    run = rating.run_rating(db, 2025, scheme_text=SCHEME)
    sd = _by_code(db, run.id)["SD"]
    with pytest.raises(ValidationError) as err:
        rating.decide(db, sd.id, override_grade="B", decided_by="王总")
    assert set(err.value.errors) == {"reason"}
    with pytest.raises(ValidationError) as err:
        rating.decide(db, sd.id, override_grade="E", reason="x", decided_by="")
    assert set(err.value.errors) == {"override_grade", "decided_by"}
    row = rating.decide(
        db, sd.id, override_grade="B", reason="新产线投产，明年量回升", decided_by="王总"
    )
    assert (row.computed_grade, row.grade, row.key_account, row.change) == ("C", "B", True, "down")
    assert row.decision == "overridden"
    accepted = rating.decide(db, _by_code(db, run.id)["HB"].id, decided_by="王总")
    assert (accepted.decision, accepted.grade) == ("accepted", "A")
    cleared = rating.clear_decision(db, sd.id)
    assert (cleared.grade, cleared.key_account, cleared.change) == ("C", False, "dropped")


def test_finalise_freezes_the_year_and_updates_the_accounts(db, ids) -> None:
    run = rating.run_rating(db, 2025, scheme_text=SCHEME)
    rows = _by_code(db, run.id)
    rating.decide(db, rows["SD"].id, override_grade="B", reason="战略客户", decided_by="王总")
    final = rating.finalise(db, run.id, by="王总")
    assert final.status == "final"
    assert final.finalised_by == "王总" and final.finalised_at is not None
    with db.session() as s:
        grades = {a.code: (a.grade, a.key_account) for a in s.scalars(select(Account))}
    assert grades == {"HB": ("A", True), "SD": ("B", True), "NG": ("D", False), "XX": ("D", False)}
    # Frozen: no decisions, no second finalise, no deletion.
    with pytest.raises(ValidationError):
        rating.decide(db, rows["NG"].id, decided_by="王总")
    with pytest.raises(ValidationError):
        rating.finalise(db, run.id, by="王总")
    with pytest.raises(ValidationError):
        rating.delete_draft(db, run.id)


def test_rerunning_a_final_year_makes_a_new_draft_showing_its_differences(db, ids) -> None:
    final = rating.finalise(db, rating.run_rating(db, 2025, scheme_text=SCHEME).id, by="王总")
    with db.session() as s:  # a late manual score arrives
        s.add(ManualScore(account_id=ids["NG"], year=2025, reputation=5))
    draft = rating.run_rating(db, 2025, scheme_text=SCHEME)
    assert draft.id != final.id and draft.status == "draft"
    assert draft.based_on_id == final.id
    assert _by_code(db, final.id)["NG"].total == 35.5  # the final run is untouched
    (diff,) = rating.differences(db, draft.id)
    assert (diff.code, diff.old_total, diff.new_total) == ("NG", 35.5, 45.5)
    assert rating.current_run(db, 2025).id == draft.id
    assert rating.current_run(db, 2025, "final").id == final.id
    rating.finalise(db, draft.id, by="李总")
    statuses = {r.id: r.status for r in rating.list_runs(db, 2025)}
    assert statuses == {final.id: "superseded", draft.id: "final"}


def test_rerunning_a_draft_replaces_it_and_keeps_the_decisions(db, ids) -> None:
    first = rating.run_rating(db, 2025, scheme_text=SCHEME)
    rating.decide(
        db, _by_code(db, first.id)["NG"].id, override_grade="C", reason="潜力大", decided_by="王总"
    )
    second = rating.run_rating(db, 2025, scheme_text=SCHEME)
    assert [r.id for r in rating.list_runs(db, 2025)] == [second.id]
    ng = _by_code(db, second.id)["NG"]
    assert (ng.grade, ng.reason, ng.decided_by) == ("C", "潜力大", "王总")


def _stored(db) -> tuple[int, int]:
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(RatingRun)) or 0,
            s.scalar(select(func.count()).select_from(RatingResult)) or 0,
        )


def test_bad_input_stores_nothing(db, ids) -> None:
    with pytest.raises(ValidationError) as err:
        rating.run_rating(db, 2019, scheme_text=SCHEME)
    assert "nothing is recorded for 2019" in err.value.errors["year"]
    with pytest.raises(SchemeError):
        rating.run_rating(db, 2025, scheme_text=SCHEME.replace('"reputation"', '"repute"'))
    with pytest.raises(SchemeError) as scheme_err:
        rating.run_rating(db, 2025, scheme_text="year = 2024\n" + SCHEME)
    assert "written for 2024, not for 2025" in str(scheme_err.value)
    with db.session() as s:  # a score that bypassed the sheet's checks
        s.add(ManualScore(account_id=ids["NG"], year=2025, reputation=7))
    with pytest.raises(ValidationError) as err:
        rating.run_rating(db, 2025, scheme_text=SCHEME)
    assert err.value.errors == {"NG": "reputation score 7 for 2025 is outside 1–5"}
    assert _stored(db) == (0, 0)


def test_explain_shows_every_criterion_and_the_arithmetic(db, ids) -> None:
    run = rating.run_rating(db, 2025, scheme_text=SCHEME)
    ng = _by_code(db, run.id)["NG"]
    explanation = rating.explain(db, run.id, ng.id)
    assert [line.rule for line in explanation.lines] == [
        "band 3: at least 50",
        "band 2: at most 2",
        "linear: 0 points at 60, 100 at 100",
        "no data: 0 points",
    ]
    assert explanation.weighted_sum == 1775
    assert explanation.weight_sum == 50
    assert str(explanation.total) == "35.5"


def test_rating_history_lists_each_year_newest_first(db, ids) -> None:
    rating.finalise(db, rating.run_rating(db, 2024, scheme_text=SCHEME).id, by="王总")
    rating.run_rating(db, 2025, scheme_text=SCHEME)
    history = rating.rating_history(db, ids["SD"])
    assert [(h.year, h.status, h.grade, h.rank, h.of) for h in history] == [
        (2025, "draft", "C", 2, 4),
        (2024, "final", "A", 1, 4),
    ]


def test_a_run_reports_its_stages(db, ids) -> None:
    heard: list[tuple[str, int, int]] = []
    rating.run_rating(
        db,
        2025,
        scheme_text=SCHEME,
        progress=lambda stage, done, total: heard.append((stage, done, total)),
    )
    assert [(d, t) for _s, d, t in heard] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert heard[1][0] == "Scoring 4 accounts"


def test_a_rerun_says_why_a_grade_moved_with_the_same_total(db, ids) -> None:
    rating.finalise(db, rating.run_rating(db, 2025, scheme_text=SCHEME).id, by="王总")
    # The director lowers the bar for C: SD's 68.0 stays 68.0 but is now a B.
    lower = SCHEME.replace("B = 70", "B = 65")
    draft = rating.run_rating(db, 2025, scheme_text=lower)
    (diff,) = rating.differences(db, draft.id)
    assert (diff.code, diff.old_total, diff.new_total) == ("SD", 68.0, 68.0)
    assert (diff.old_grade, diff.new_grade) == ("C", "B")
    assert diff.why == "the scheme's grade bounds changed: B ≥ 70 → 65"

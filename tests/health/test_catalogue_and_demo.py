"""Every user-visible word of the health core has its Chinese, and the demo company
comes with opportunities, dated departures and acknowledged warnings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kam.domain import Contact, Opportunity, WarningAck
from kam.health import coverage, guide, rules, thresholds
from kam.health import opportunity_catalogue as opportunities
from kam.health.attention import SHORT_LIST, group, this_week
from kam.health.warnings import open_warnings
from kam.i18n import _
from kam.store import Database


@pytest.mark.parametrize(
    "sources",
    [
        rules.english_sources,
        coverage.english_sources,
        thresholds.english_sources,
        opportunities.english_sources,
        guide.english_sources,
    ],
)
def test_every_message_has_chinese(sources: Callable[[], list[str]]) -> None:
    missing = [text for text in sources() if _(text, "zh_CN") == text]
    assert missing == []


def test_warning_kinds_and_severities_have_labels() -> None:
    for kind in rules.WarningKind:
        assert _(rules._KIND_LABELS[kind], "zh_CN") != rules._KIND_LABELS[kind]
    assert [o.kind for o in opportunities.kinds()] == [
        k.value for k in opportunities.OpportunityKind
    ]
    assert len(opportunities.kinds()) == 8


def test_demo_company_has_health_records(demo_db: Database) -> None:
    with demo_db.session() as s:
        assert s.query(Opportunity).count() > 5
        assert s.query(WarningAck).count() > 0
        moved = s.query(Contact).filter(Contact.status != "active").all()
        assert moved and all(c.status_changed_on is not None for c in moved)
    rows = open_warnings(demo_db, include_acknowledged=True)
    assert any(r.acknowledged for r in rows) and any(not r.acknowledged for r in rows)
    # The demo must not drown the salesperson: a credible handful, most accounts quiet,
    # and each account manager's short list for the week fits on the home screen.
    with demo_db.session() as s:
        from kam.domain import Account

        accounts = s.query(Account).count()
    shown = [r for r in rows if not r.acknowledged]
    assert len(shown) < accounts * 2 / 3
    assert len({r.account_id for r in shown}) < accounts / 2
    assert len([r for r in shown if r.severity == "high"]) < accounts / 5
    for owner in {r.owner for r in shown}:
        needs = this_week(group(r for r in shown if r.owner == owner))
        assert 0 < len(needs) <= SHORT_LIST  # a handful, never more than the home screen holds

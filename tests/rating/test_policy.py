"""The sales policy by grade: defaults until saved, validation, and the visit targets
the cadence reads."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kam.rating.policy import list_policies, policy_for, save_policies
from kam.validation import ValidationError
from kam.visits.cadence import policy_targets
from kam.visits.rules import DEFAULT_TARGETS


def test_empty_table_gives_the_defaults_with_the_cadence_targets(db) -> None:
    policies = list_policies(db)
    assert [p.grade for p in policies] == ["A", "B", "C", "D", ""]
    assert not any(p.stored for p in policies)
    a = policies[0]
    assert (a.leader_visits, a.technical_visits, a.business_visits) == tuple(
        DEFAULT_TARGETS["A"][layer] for layer in ("leader", "technical", "business")
    )


def test_saved_policy_feeds_the_visit_cadence(db) -> None:
    b = replace(policy_for(db, "B"), leader_visits=3, credit_days=75, notes=" 重点维护 ")
    save_policies(db, [b])
    stored = policy_for(db, "B")
    assert (stored.leader_visits, stored.credit_days, stored.notes, stored.stored) == (
        3,
        75,
        "重点维护",
        True,
    )
    with db.session() as s:
        assert policy_targets(s)["B"]["leader"] == 3
    assert policy_for(db, "X").grade == ""  # unknown grades get the unrated policy


def test_bad_values_are_named_and_nothing_is_saved(db) -> None:
    a = replace(policy_for(db, "A"), credit_days=-1, commission_rate_pct=120)
    d = replace(policy_for(db, "D"), business_visits=400)
    with pytest.raises(ValidationError) as err:
        save_policies(db, [a, d])
    assert set(err.value.errors) == {"A.credit_days", "A.commission_rate_pct", "D.business_visits"}
    assert not any(p.stored for p in list_policies(db))

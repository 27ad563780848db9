"""The short list: warnings grouped by account and ranked, the accounts that need me this
week first, and the layer a visit for each warning goes on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kam.health.attention import SHORT_LIST, group, this_week, visit_layer


@dataclass
class W:
    account_id: int
    kind: str
    severity: str
    key_account: bool = False
    subject: str = ""
    on: date = date(2026, 6, 1)

    @property
    def code(self) -> str:
        return f"C{self.account_id:03d}"

    account = owner = ""


def test_accounts_are_ranked_by_what_their_warnings_weigh() -> None:
    rows = [
        W(1, "orders_falling", "medium"),
        W(1, "visit_overdue", "low"),
        W(2, "arrears_overdue", "high"),
        W(3, "share_down", "medium", key_account=True),
        W(4, "visit_overdue", "low"),
        W(4, "contact_lost", "low"),
    ]
    groups = group(rows)
    assert [g.account_id for g in groups] == [2, 3, 1, 4]
    assert [w.kind for w in groups[2].warnings] == ["orders_falling", "visit_overdue"]
    # Needs me: a severe warning, or a medium one on a key account.
    assert [g.account_id for g in this_week(groups)] == [2, 3]


def test_the_short_list_is_short() -> None:
    rows = [W(n, "arrears_overdue", "high") for n in range(1, 30)]
    assert len(this_week(group(rows))) == SHORT_LIST
    assert this_week(group([])) == []


def test_a_visit_goes_on_the_layer_that_deals_with_the_warning() -> None:
    assert visit_layer("visit_overdue", "layer:leader") == "leader"
    assert visit_layer("arrears_overdue") == "business"
    assert visit_layer("quality_open", "quality:3") == "technical"
    assert visit_layer("stage_down") == "leader"

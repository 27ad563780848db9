"""A laptop joins, pushes and pulls; a second sync with nothing new changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from kam.domain import Contact
from kam.store import Database
from kam.sync.client import sync
from tests.sync.helpers import account, add_account, add_contact, dump, outbox

pytestmark = pytest.mark.postgres


def test_two_laptops_exchange_records(laptop) -> None:
    anna, ben = laptop("anna"), laptop("ben")
    add_account(anna, "C1", "河北钢铁")
    add_contact(anna, "C1", "王工", title="设备处长")
    report = sync(anna)
    assert report.pushed == {"account": 1, "contact": 1}
    assert report.pulled == {}
    report = sync(ben)
    assert report.pulled == {"account": 1, "contact": 1}
    assert account(ben, "C1").name == "河北钢铁"
    assert dump(anna) == dump(ben)
    assert outbox(ben) == 0
    again = sync(ben)
    assert again.changed_nothing
    assert sync(anna).changed_nothing


@pytest.mark.parametrize("pending_first", [True, False])
def test_a_pull_keeps_every_reports_to_whatever_order_the_contacts_come_in(
    laptop: Callable[..., Database], pending_first: bool
) -> None:
    """A pulled contact whose boss comes in the same batch is written without the link
    first; the contacts beside it whose boss is already here keep theirs, in either
    order (one executemany once took its columns from whichever row came first)."""
    anna, ben = laptop("anna"), laptop("ben")
    add_account(anna, "A1", "首钢")
    boss_here = add_contact(anna, "A1", "老总")
    sync(anna)
    sync(ben)
    with anna.session() as session:
        contacts = {c.uuid: c for c in session.scalars(select(Contact))}
        old_boss = contacts[boss_here]
        new_boss = Contact(
            account_id=old_boss.account_id,
            name="新部长",
            uuid=f"{'f' * 8}-0000-4000-8000-{'0' * 12}",
        )
        session.add(new_boss)
        session.flush()
        # uuids sort the pending one (reports to the new boss) before or after the other.
        first, second = ("1", "e") if pending_first else ("e", "1")
        session.add_all(
            [
                Contact(
                    account_id=old_boss.account_id,
                    name="新科员",
                    reports_to_id=new_boss.id,
                    uuid=f"{first * 8}-0000-4000-8000-{'0' * 12}",
                ),
                Contact(
                    account_id=old_boss.account_id,
                    name="老科员",
                    reports_to_id=old_boss.id,
                    uuid=f"{second * 8}-0000-4000-8000-{'0' * 12}",
                ),
            ]
        )
    sync(anna)
    sync(ben)
    with ben.session() as session:
        names = {c.id: c.name for c in session.scalars(select(Contact))}
        bosses = {c.name: names.get(c.reports_to_id) for c in session.scalars(select(Contact))}
    assert bosses["新科员"] == "新部长"
    assert bosses["老科员"] == "老总"

"""A laptop joins, pushes and pulls; a second sync with nothing new changes nothing."""

from __future__ import annotations

import pytest

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

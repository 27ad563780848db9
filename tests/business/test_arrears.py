"""Arrears: direct payments settle their contract, the rest settles the oldest first."""

from __future__ import annotations

from datetime import date

from kam.business.arrears import account_arrears, ageing
from kam.domain import Account, Contract, Payment


def test_payments_settle_oldest_first_and_age_the_rest(db) -> None:
    with db.session() as s:
        a = Account(code="SG", name="沙钢")
        s.add(a)
        s.flush()
        c1 = Contract(account_id=a.id, contract_no="A", signed_on=date(2025, 1, 10), amount=100)
        c2 = Contract(account_id=a.id, contract_no="B", signed_on=date(2025, 5, 1), amount=200)
        c3 = Contract(
            account_id=a.id,
            contract_no="C",
            signed_on=date(2025, 9, 1),
            amount=50,
            promise_notes="月底付",
        )
        s.add_all([c1, c2, c3])
        s.flush()
        s.add_all(
            [
                Payment(account_id=a.id, contract_id=c3.id, paid_on=date(2025, 9, 5), amount=50),
                Payment(account_id=a.id, paid_on=date(2025, 6, 1), amount=150),
                Payment(account_id=a.id, paid_on=date(2025, 12, 1), amount=999),  # after as_of
            ]
        )
        account_id = a.id
    with db.session() as s:
        open_items = account_arrears(s, account_id, date(2025, 10, 1))
    assert [(x.contract_no, x.open_amount, x.bucket) for x in open_items] == [
        ("B", 150.0, "91-180")
    ]
    assert ageing(open_items) == {"0-30": 0, "31-90": 0, "91-180": 150.0, ">180": 0}

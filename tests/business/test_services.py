"""Editing contracts, payments, quality records and complaints through the services."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kam.business.issues import (
    ComplaintData,
    QualityData,
    delete_quality,
    list_complaints,
    list_quality,
    save_complaint,
    save_quality,
)
from kam.business.queries import business_overview
from kam.business.service import (
    ContractData,
    PaymentData,
    amount_mismatch,
    delete_contract,
    list_contracts,
    list_payments,
    save_contract,
    save_payment,
)
from kam.domain import Account
from kam.store import Database
from kam.validation import ValidationError


@pytest.fixture
def account_id(db: Database) -> int:
    with db.session() as s:
        a = Account(code="C001", name="河北钢铁")
        s.add(a)
        s.flush()
        return a.id


def test_contract_amount_defaults_to_quantity_times_price(db: Database, account_id: int) -> None:
    cid = save_contract(
        db, ContractData(account_id, "HT-1", date(2025, 3, 1), "高速钢轧辊", 10, "t", 30_000)
    )
    [c] = list_contracts(db, account_id)
    assert (c.id, c.amount) == (cid, 300_000)
    c.amount = 310_000
    assert amount_mismatch(c) == 300_000
    save_contract(db, c)
    assert list_contracts(db, account_id)[0].amount == 310_000


def test_contract_validation_names_every_field(db: Database, account_id: int) -> None:
    save_contract(db, ContractData(account_id, "HT-1", date(2025, 3, 1), amount=1.0))
    bad = ContractData(
        account_id, "HT-1", None, quantity=-1, cost=-2, expected_payment_on=date(2020, 1, 1)
    )
    with pytest.raises(ValidationError) as err:
        save_contract(db, bad)
    assert set(err.value.errors) == {"contract_no", "signed_on", "quantity", "cost", "amount"}
    bad = ContractData(
        account_id, "HT-2", date(2025, 3, 1), amount=5, expected_payment_on=date(2025, 1, 1)
    )
    with pytest.raises(ValidationError) as err:
        save_contract(db, bad)
    assert set(err.value.errors) == {"expected_payment_on"}


def test_payments_against_a_contract_and_arrears(db: Database, account_id: int) -> None:
    today = date.today()
    cid = save_contract(
        db,
        ContractData(
            account_id,
            "HT-1",
            today - timedelta(days=240),
            amount=100_000,
            expected_payment_on=today,
            promise_notes="月底付清",
        ),
    )
    save_payment(db, PaymentData(account_id, today - timedelta(days=100), 40_000, cid))
    [p] = list_payments(db, account_id)
    assert p.contract_no == "HT-1"
    with pytest.raises(ValidationError) as err:
        save_payment(db, PaymentData(account_id, None, 0))
    assert set(err.value.errors) == {"paid_on", "amount"}
    overview = business_overview(db, account_id, as_of=today)
    assert [(a.contract_no, a.open_amount, a.bucket) for a in overview.arrears] == [
        ("HT-1", 60_000, ">180")
    ]
    assert overview.total_arrears == 60_000 and overview.arrears[0].promise_notes == "月底付清"
    assert len(overview.years) == 5
    delete_contract(db, cid)
    assert list_payments(db, account_id)[0].contract_no == ""


def test_issues_open_to_resolved(db: Database, account_id: int) -> None:
    qid = save_quality(db, QualityData(account_id, date(2025, 3, 1), "辊面剥落", 50_000))
    assert [q.id for q in list_quality(db, account_id, open_only=True)] == [qid]
    with pytest.raises(ValidationError) as err:
        save_quality(
            db, QualityData(account_id, date(2025, 3, 1), "辊面剥落", -1, status="resolved", id=qid)
        )
    assert set(err.value.errors) == {"loss_amount", "resolution", "resolved_on"}
    save_quality(
        db,
        QualityData(
            account_id,
            date(2025, 3, 1),
            "辊面剥落",
            50_000,
            status="resolved",
            resolution="赔偿一支新辊",
            resolved_on=date(2025, 3, 20),
            id=qid,
        ),
    )
    assert list_quality(db, account_id, open_only=True) == []
    save_complaint(db, ComplaintData(account_id, date(2025, 4, 1), "promise", "交期延误"))
    with pytest.raises(ValidationError) as err:
        save_complaint(db, ComplaintData(account_id, date.today() + timedelta(days=3), "bad", ""))
    assert set(err.value.errors) == {"received_on", "cause", "description"}
    assert [c.cause for c in list_complaints(db, account_id, open_only=True)] == ["promise"]
    delete_quality(db, qid)
    assert list_quality(db, account_id) == []

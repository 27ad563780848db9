"""A record that vanished (deleted in another window, by an import or a sync) is the
store's NotFound with one line naming what is gone, never SQLAlchemy's NoResultFound."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from kam.accounts.service import AccountData, delete_account, get_account, save_account
from kam.business.service import ContractData, delete_contract, save_contract
from kam.domain import Account, Contract
from kam.health.service import relationship
from kam.i18n import set_language
from kam.store import Database, StoreError
from kam.store.errors import NotFound
from kam.visits.service import delete_visit


def test_a_vanished_account_is_not_found_naming_the_kind(db: Database) -> None:
    account_id = save_account(db, AccountData(code="HBGT", name="河北钢铁集团"))
    delete_account(db, account_id)
    with pytest.raises(NotFound) as caught:
        get_account(db, account_id)
    assert str(caught.value) == "This customer no longer exists; it may have been deleted meanwhile"
    assert (caught.value.table, caught.value.key) == ("account", account_id)
    assert isinstance(caught.value, StoreError) and isinstance(caught.value, LookupError)


def test_the_line_is_chinese_in_the_chinese_product(db: Database) -> None:
    set_language("zh_CN")
    with pytest.raises(NotFound, match=r"^此合同已不存在，可能已在别处被删除$"):
        delete_contract(db, 4242)
    with pytest.raises(NotFound, match=r"^此走访已不存在"):
        delete_visit(db, 4242)


def test_a_failed_delete_changes_nothing(db: Database) -> None:
    account_id = save_account(db, AccountData(code="HBGT", name="河北钢铁集团"))
    save_contract(
        db,
        ContractData(
            account_id=account_id, contract_no="HT-1", signed_on=date(2024, 3, 1), amount=120.0
        ),
    )
    with pytest.raises(NotFound, match="contract"):
        delete_contract(db, 9999)
    with db.session() as session:
        assert session.scalar(select(Account.code)) == "HBGT"
        assert session.scalar(select(Contract.contract_no)) == "HT-1"


def test_a_lookup_by_id_in_another_service_is_not_found_too(db: Database) -> None:
    with pytest.raises(NotFound, match="customer"):
        relationship(db, 4242)


def test_a_query_expecting_one_row_reports_a_vanished_record(db: Database) -> None:
    # The unit of work turns SQLAlchemy's NoResultFound (a ``.one()`` on a deleted row)
    # into the store's NotFound, so no raw SQLAlchemy error reaches a screen.
    with pytest.raises(NotFound, match=r"^This record no longer exists"), db.session() as session:
        session.execute(select(Account).where(Account.id == 4242)).scalar_one()

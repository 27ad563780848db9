"""Finding accounts the way a salesperson types: code, Chinese, pinyin, initials; lists in
pinyin order; deleting an account takes everything recorded under it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kam.accounts.dossier import (
    CompetitorShareData,
    DevelopmentPlanData,
    ProductionLineData,
    ProductItemData,
    save_item,
)
from kam.accounts.people import ContactData, delete_contact, list_contacts, save_contact
from kam.accounts.search import haystack, match_rank, matches, search_terms
from kam.accounts.service import (
    AccountData,
    AccountRow,
    delete_account,
    get_account,
    list_accounts,
    save_account,
)
from kam.accounts.staff import StaffData, save_staff
from kam.domain import CompetitorShare, Contact, DevelopmentPlan, ProductionLine, ProductItem
from kam.store import Database


@pytest.fixture
def mills(db: Database) -> Database:
    save_staff(db, StaffData(name="李明"))
    for code, name, short in [
        ("C004", "江苏沙钢集团有限公司", "沙钢"),
        ("C001", "河北钢铁集团有限公司", "河北钢铁"),
        ("C007", "包头钢铁（集团）有限责任公司", "包钢"),
        ("C006", "鞍钢股份有限公司", "鞍钢"),
        ("X-12", "Acme Steel", ""),
    ]:
        save_account(db, AccountData(code=code, name=name, short_name=short, owner="李明"))
    return db


def _found(db: Database, query: str) -> list[str]:
    return [r.code for r in list_accounts(db, query=query)]


@pytest.mark.parametrize(
    "query,codes",
    [
        ("hbgt", ["C001"]),  # initials of 河北钢铁
        ("HBGT", ["C001"]),
        ("hebei", ["C001"]),  # full pinyin, a prefix
        ("he bei", ["C001"]),
        ("河北", ["C001"]),
        ("沙钢", ["C004"]),
        ("sg", ["C004"]),  # initials of the short name
        ("c00", ["C006", "C001", "C007", "C004"]),
        ("x-12", ["X-12"]),
        ("acme", ["X-12"]),
        ("zzz", []),
    ],
)
def test_search_by_code_name_pinyin_and_initials(
    mills: Database, query: str, codes: list[str]
) -> None:
    assert sorted(_found(mills, query)) == sorted(codes)


@pytest.mark.parametrize("query", ["hbgt", "he bei", "Acme St", "钢 铁", "c00", "SG", "  "])
def test_the_sql_search_and_the_in_memory_search_find_the_same(mills: Database, query: str) -> None:
    """The account list filters in memory (ui/accounts/model.py), the CLI and the
    services in SQL: both from kam.accounts.search, so they never disagree."""
    terms = search_terms(query)
    in_memory = {r.code for r in list_accounts(mills) if matches(haystack(r), terms)}
    assert {r.code for r in list_accounts(mills, query=query)} == in_memory


def _rank_by_hand(row: AccountRow, q: str) -> int:
    """match_rank spelled out field by field (it works on joined strings, for speed)."""
    words = [row.code.lower(), row.name, row.short_name, *row.pinyin_initials.split()]
    if q in words:
        return 0
    prefix = any(w.startswith(q) for w in words)
    return 1 if prefix or row.pinyin.replace(" ", "").startswith(q) else 2


@pytest.mark.parametrize(
    "query",
    [
        "h",
        "hb",
        "hbgt",
        "he",
        "hebei",
        "hebeigang",
        "c001",
        "c00",
        "沙钢",
        "钢",
        "sg",
        "g",
        "ac",
        "acme steel",
        "x-12",
    ],
)
def test_match_rank_is_exact_then_prefix_then_anywhere(mills: Database, query: str) -> None:
    for row in list_accounts(mills):
        assert match_rank(row, query) == _rank_by_hand(row, query), (row.code, query)


def test_list_is_in_pinyin_order(mills: Database) -> None:
    # 鞍 an, 包 bao, 河 he, 江 jiang: the order a Chinese reader expects.
    names = [r.short_name or r.name for r in list_accounts(mills)]
    assert names == ["Acme Steel", "鞍钢", "包钢", "河北钢铁", "沙钢"]


def test_search_keys_follow_a_renamed_account(mills: Database) -> None:
    row = list_accounts(mills, query="C006")[0]
    data = get_account(mills, row.id)
    data.name, data.short_name = "本钢板材股份有限公司", "本钢"
    save_account(mills, data)
    assert _found(mills, "本钢") == ["C006"]
    assert _found(mills, "bengang") == ["C006"]
    assert _found(mills, "angang") == []


def test_filters_by_owner_region_and_stage(mills: Database) -> None:
    assert len(list_accounts(mills, owner="李明")) == 5
    assert list_accounts(mills, owner="nobody") == []
    assert list_accounts(mills, stage="strategic") == []


def test_deleting_an_account_takes_its_whole_dossier(mills: Database) -> None:
    account = list_accounts(mills, query="C001")[0].id
    boss = save_contact(mills, ContactData(account_id=account, name="王总"))
    save_contact(mills, ContactData(account_id=account, name="李部长", reports_to_id=boss))
    save_item(mills, ProductionLineData(account_id=account, name="1580mm热连轧生产线"))
    save_item(mills, ProductItemData(account_id=account, product="热轧卷板", share_pct=60))
    save_item(mills, DevelopmentPlanData(account_id=account, item="新建高线"))
    save_item(
        mills, CompetitorShareData(account_id=account, year=2025, supplier="中钢邢机", share_pct=40)
    )
    delete_account(mills, account)
    with mills.session() as s:
        for model in (Contact, ProductionLine, ProductItem, DevelopmentPlan, CompetitorShare):
            assert s.scalar(select(func.count()).select_from(model)) == 0, model
    assert _found(mills, "hbgt") == []
    assert len(list_accounts(mills)) == 4


def test_deleting_a_boss_keeps_the_people_below(mills: Database) -> None:
    account = list_accounts(mills, query="C004")[0].id
    boss = save_contact(mills, ContactData(account_id=account, name="王总"))
    save_contact(mills, ContactData(account_id=account, name="李部长", reports_to_id=boss))
    delete_contact(mills, boss)
    people = list_contacts(mills, account)
    assert [(p.name, p.reports_to_id) for p in people] == [("李部长", None)]


def test_exact_initials_rank_first(mills: Database) -> None:
    # 阿斯钢材 (asgcmy) contains "sg" and sorts first by pinyin; 沙钢 is exactly "sg".
    save_account(mills, AccountData(code="T9", name="阿斯钢材贸易有限公司"))
    found = [r.short_name or r.name for r in list_accounts(mills, query="sg")]
    assert found[0] == "沙钢" and "阿斯钢材贸易有限公司" in found

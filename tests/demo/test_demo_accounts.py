"""The demo company: 93 steel-mill customers shaped like docs/domain.md's example, consistent dossiers
and org charts, the same on every machine."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kam.accounts.service import list_accounts
from kam.demo import accounts as demo_accounts
from kam.demo.accounts import TIER_TONNES, demo_codes, tier
from kam.domain import Account, CompetitorShare, Contact, Staff
from kam.store import Database, open_database

TODAY = date(2025, 6, 30)


def _build(path: Path, seed: int = 7) -> Database:
    db = open_database(path)
    with db.session() as session:
        demo_accounts.populate(session, random.Random(seed), TODAY)
    return db


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = _build(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    yield db
    db.close()


def test_93_customers_30_of_them_big(demo: Database) -> None:
    with demo.session() as s:
        codes = s.scalars(select(Account.code).order_by(Account.code)).all()
        assert codes == demo_codes()
        assert len(codes) == 93
        sizes = Counter(tier(c) for c in codes)
        assert sizes == {"key": 5, "big": 25, "medium": 35, "small": 20, "prospect": 8}
        flagship = s.scalars(
            select(Account.short_name).where(
                Account.code.in_(["C001", "C002", "C003", "C004", "C005"])
            )
        ).all()
        assert set(flagship) == {"河北钢铁", "山东钢铁", "南钢", "沙钢", "东北特钢"}
        top = s.scalars(select(Account).where(Account.code <= "C030")).all()
        assert all(a.key_account and a.grade in ("A", "B") for a in top)
        state = [a for a in top if a.ownership in ("国有", "集体")]
        assert (
            len(state) == 16
        )  # docs/domain.md: 16 of the 30 have a state or collective background


def test_tier_names_only_demo_codes() -> None:
    assert tier("C001") == "key" and tier("C030") == "big" and tier("C093") == "prospect"
    assert TIER_TONNES["big"][0] == 100
    for bad in ("C000", "C094", "X001", "C1"):
        with pytest.raises(KeyError):
            tier(bad)


def test_stage_agrees_with_our_latest_share(demo: Database) -> None:
    bounds = {
        "development": (0, 0),
        "initial": (1, 49.9),
        "stable": (50, 79.9),
        "strategic": (80, 100),
    }
    with demo.session() as s:
        for account in s.scalars(select(Account)):
            ours = s.scalar(
                select(CompetitorShare.share_pct).where(
                    CompetitorShare.account_id == account.id,
                    CompetitorShare.is_us.is_(True),
                    CompetitorShare.year == TODAY.year,
                )
            )
            lo, hi = bounds[account.stage]
            assert ours is not None and lo <= ours <= hi, account.code
        totals = (
            s.execute(
                select(func.sum(CompetitorShare.share_pct)).group_by(
                    CompetitorShare.account_id, CompetitorShare.year
                )
            )
            .scalars()
            .all()
        )
        assert max(totals) <= 100


def test_every_account_has_a_reporting_tree_of_3_to_12_owned_people(demo: Database) -> None:
    with demo.session() as s:
        staff_layers = Counter(s.scalars(select(Staff.layer)).all())
        assert staff_layers["leader"] == 3 and staff_layers["technical"] >= 3
        for account in s.scalars(select(Account)):
            people = account.contacts
            assert 3 <= len(people) <= 12, account.code
            assert account.owner is not None
            assert all(p.owner_id is not None for p in people)
            assert any(p.decision_role == "decision_maker" for p in people)
            ids = {p.id for p in people}
            for person in people:
                seen = set()
                boss = person.reports_to
                while boss is not None:
                    assert boss.id in ids and boss.id not in seen, account.code
                    seen.add(boss.id)
                    boss = boss.reports_to
            assert account.production_lines and account.competitor_shares
        stars = s.scalar(select(func.count()).where(Contact.rising_star.is_(True)))
        assert stars >= 30
        departments = set(s.scalars(select(Contact.department)).all())
        assert {"公司领导", "轧钢厂", "财务部", "总经理办公室", "设备部"} <= departments


def test_pinyin_keys_find_accounts(demo: Database) -> None:
    assert [r.short_name for r in list_accounts(demo, query="hbgt")][:1] == ["河北钢铁"]
    assert "沙钢" in {r.short_name for r in list_accounts(demo, query="shagang")}


def test_same_seed_same_company(tmp_path: Path) -> None:
    def snapshot(db: Database) -> list[tuple[str, str, str]]:
        with db.session() as s:
            return [
                tuple(r)
                for r in s.execute(
                    select(Account.code, Contact.name, Contact.title)
                    .join(Contact.account)
                    .order_by(Contact.id)
                ).all()
            ]

    first, second = _build(tmp_path / "a.sqlite3"), _build(tmp_path / "b.sqlite3")
    try:
        assert snapshot(first) == snapshot(second)
    finally:
        first.close()
        second.close()

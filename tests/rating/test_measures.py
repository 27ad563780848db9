"""The measures of docs/rating-scheme.md, computed from hand-made records."""

from __future__ import annotations

from datetime import date

import pytest

from kam.domain import (
    Account,
    CompetitorShare,
    Contract,
    ManualScore,
    Payment,
    QualityRecord,
)
from kam.rating.measures import account_history, year_figures


@pytest.fixture
def account_id(db) -> int:
    with db.session() as s:
        a = Account(code="HB", name="河北钢铁")
        s.add(a)
        s.flush()
        s.add_all(
            [
                Contract(
                    account_id=a.id,
                    contract_no="2024-1",
                    signed_on=date(2024, 5, 1),
                    quantity=100,
                    unit_price=1000,
                    amount=100_000,
                ),
                Contract(
                    account_id=a.id,
                    contract_no="2025-1",
                    signed_on=date(2025, 3, 1),
                    quantity=80,
                    unit_price=1500,
                    amount=120_000,
                    cost=90_000,
                ),
                Contract(
                    account_id=a.id,
                    contract_no="2025-2",
                    signed_on=date(2025, 9, 1),
                    quantity=40,
                    unit_price=2000,
                    amount=80_000,
                ),
                Payment(account_id=a.id, paid_on=date(2025, 4, 1), amount=150_000),
                Payment(account_id=a.id, paid_on=date(2024, 12, 1), amount=100_000),
                QualityRecord(account_id=a.id, reported_on=date(2025, 6, 1), loss_amount=3_000),
                ManualScore(account_id=a.id, year=2025, industry_influence=4, reputation=5),
                CompetitorShare(
                    account_id=a.id, year=2025, supplier="我方", is_us=True, share_pct=55
                ),
                CompetitorShare(account_id=a.id, year=2025, supplier="中钢邢机", share_pct=30),
            ]
        )
        return a.id


def test_each_measure_follows_its_definition(db, account_id: int) -> None:
    with db.session() as s:
        f = year_figures(s, [2025])[(account_id, 2025)]
    assert f.measure("contract_volume") == 120
    assert f.measure("revenue") == 200_000
    assert f.measure("unit_price") == pytest.approx(200_000 / 120)
    assert f.measure("collection_rate") == pytest.approx(75.0)
    assert f.measure("profit_margin") == pytest.approx(25.0)  # only the costed contract
    assert f.measure("quality_loss_rate") == pytest.approx(1.5)
    assert f.measure("industry_influence") == 4
    assert f.measure("reputation") == 5
    assert f.measure("revenue_growth") == pytest.approx(100.0)
    assert f.measure("share_of_wallet") == 55


def test_missing_measures_are_none(db, account_id: int) -> None:
    with db.session() as s:
        f = year_figures(s, [2026], [account_id])[(account_id, 2026)]
    # 2026 has no contracts but 2025 had revenue: growth is -100 %, ratios are missing.
    assert f.measure("revenue") == 0
    assert f.measure("revenue_growth") == pytest.approx(-100.0)
    for name in (
        "unit_price",
        "collection_rate",
        "profit_margin",
        "quality_loss_rate",
        "industry_influence",
        "reputation",
        "share_of_wallet",
    ):
        assert f.measure(name) is None, name


def test_collection_rate_is_capped_at_100(db, account_id: int) -> None:
    with db.session() as s:
        f = year_figures(s, [2024], [account_id])[(account_id, 2024)]
    assert f.measure("collection_rate") == 100.0
    assert f.measure("revenue_growth") is None  # nothing in 2023


def test_history_fills_empty_years(db, account_id: int) -> None:
    with db.session() as s:
        history = account_history(s, account_id, 2025, years=5)
    assert [h.year for h in history] == [2021, 2022, 2023, 2024, 2025]
    assert [h.revenue for h in history] == [0, 0, 0, 100_000, 200_000]

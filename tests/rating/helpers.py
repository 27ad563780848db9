"""A small company for the rating tests: three mills with two years of records."""

from __future__ import annotations

from datetime import date

from kam.domain import Account, Contract, ManualScore, Payment, QualityRecord
from kam.store import Database
from kam.text.pinyin import search_keys

SCHEME = """
name = "测试方案"
key_account_min_grade = "B"

[grades]
A = 85
B = 70
C = 50

[[criteria]]
measure = "contract_volume"
label = "合同量"
weight = 20
bands = [ {min = 300, points = 100}, {min = 100, points = 70}, {min = 50, points = 40},
          {points = 0} ]

[[criteria]]
measure = "quality_loss_rate"
label = "质量损失率"
weight = 10
bands = [ {max = 0.5, points = 100}, {max = 2, points = 60}, {points = 0} ]

[[criteria]]
measure = "collection_rate"
label = "回款率"
weight = 15
linear = {zero_at = 60, full_at = 100}

[[criteria]]
measure = "reputation"
label = "商业信誉"
weight = 5
linear = {zero_at = 1, full_at = 5}
"""


def populate(db: Database) -> dict[str, int]:
    """HB: big and clean; SD: middle; NG: small with a quality loss; XX: nothing."""
    with db.session() as s:
        ids = {}
        for code, name in (
            ("HB", "河北钢铁"),
            ("SD", "山东钢铁"),
            ("NG", "南钢"),
            ("XX", "新客户"),
        ):
            full, initials = search_keys(name)
            a = Account(code=code, name=name, pinyin=full, pinyin_initials=initials)
            s.add(a)
            s.flush()
            ids[code] = a.id

        def contract(code: str, no: str, on: date, qty: float, amount: float) -> None:
            s.add(
                Contract(
                    account_id=ids[code], contract_no=no, signed_on=on, quantity=qty, amount=amount
                )
            )

        contract("HB", "24-1", date(2024, 3, 1), 120, 1_800_000)
        contract("SD", "24-1", date(2024, 3, 1), 350, 6_000_000)
        contract("NG", "24-1", date(2024, 3, 1), 60, 900_000)
        contract("HB", "25-1", date(2025, 3, 1), 400, 8_000_000)
        contract("SD", "25-1", date(2025, 4, 1), 150, 2_700_000)
        contract("NG", "25-1", date(2025, 5, 1), 60, 1_000_000)
        for code, on, amount in (
            ("HB", date(2024, 6, 1), 1_800_000),
            ("SD", date(2024, 6, 1), 6_000_000),
            ("NG", date(2024, 6, 1), 900_000),
            ("HB", date(2025, 6, 1), 8_000_000),
            ("SD", date(2025, 6, 1), 2_160_000),
            ("NG", date(2025, 6, 1), 700_000),
        ):
            s.add(Payment(account_id=ids[code], paid_on=on, amount=amount))
        s.add(QualityRecord(account_id=ids["NG"], reported_on=date(2025, 7, 1), loss_amount=15_000))
        s.add(ManualScore(account_id=ids["HB"], year=2025, reputation=5))
        s.add(ManualScore(account_id=ids["SD"], year=2025, reputation=3))
        return ids

"""Demo step: five years of contracts, payments, quality records, complaints and the
yearly manual scores, shaped like the roll maker of docs/domain.md.

Volumes follow :func:`kam.demo.accounts.tier`: the thirty accounts above 100 t a year
give roughly three quarters of the tonnage. High-speed-steel and high-chromium rolls
sell at 1.5–4 万元/t; most mills pay in full within two months, a handful are slow
payers with arrears older than 180 days, and a few quality disputes cost money.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam.demo.accounts import TIER_TONNES, tier
from kam.domain import Account, Complaint, Contract, ManualScore, Payment, QualityRecord
from kam.domain.enums import ComplaintCause, IssueStatus, Lifecycle

YEARS = 5
# product, price range in 元/t, share of orders
PRODUCTS = (
    ("高速钢轧辊", (26_000, 40_000), 4),
    ("高铬铸铁轧辊", (15_000, 21_000), 3),
    ("无限冷硬铸铁轧辊", (11_000, 14_500), 2),
    ("合金锻钢支撑辊", (17_000, 23_000), 1),
)
CONTRACTS_PER_YEAR = {"key": (6, 10), "big": (4, 8), "medium": (2, 5), "small": (1, 2)}
# Shapes the draw within a tier's tonnage range: the big accounts lean low, the middle
# ones lean high, which gives the seed's 70–75 % share of the thirty over 100 t.
LEAN = {"key": 2.6, "big": 2.8, "medium": 0.5, "small": 0.5}
SLOW_PAYERS = 7
PROMISES = (
    "财务处长答应月底前先付一半，余款下季度",
    "承诺下月以六个月承兑汇票支付",
    "对方资金紧张，承诺分三期付清",
    "已报集团审批，预计两个月内到账",
    "质量异议处理完毕后付款",
    "年底前结清，已与采购部长确认",
)
QUALITY = (
    ("精轧机架工作辊使用中掉肉，轧制吨位未达标", "补偿一支新辊并派工程师驻厂跟踪"),
    ("粗轧辊辊身出现环状裂纹", "确认为冷却水不足所致，双方各承担一半损失"),
    ("辊面硬度低于合同要求", "降价处理，按合同价九折结算"),
    ("到货轧辊尺寸超差，无法上机", "返厂重新加工，承担往返运费"),
    ("轧辊剥落导致停机 6 小时", "赔偿停机损失并调整材质配方"),
)
COMPLAINTS = (
    (ComplaintCause.PRODUCT, "同批次轧辊寿命比上批下降约 15 %"),
    (ComplaintCause.SERVICE, "技术服务人员到场不及时，延误换辊"),
    (ComplaintCause.PROMISE, "承诺的交货期延误两周，影响检修计划"),
    (ComplaintCause.SERVICE, "业务员电话长期无人接听"),
    (ComplaintCause.PRODUCT, "辊面粗糙度不稳定，带钢表面出现辊印"),
    (ComplaintCause.PROMISE, "年初承诺的价格优惠未兑现"),
)


def populate(session: Session, rng: random.Random, today: date) -> None:
    accounts = session.execute(
        select(Account.id, Account.code, Account.lifecycle).order_by(Account.code)
    ).all()
    buying = [(i, c, life) for i, c, life in accounts if _tier(c) not in ("", "prospect")]
    slow = {c for _i, c, _l in rng.sample(buying, min(SLOW_PAYERS, len(buying)))}
    serial = 0
    for account_id, code, lifecycle in buying:
        size = _tier(code)
        first = today.year - (1 if lifecycle == Lifecycle.FIRST_TIME.value else YEARS - 1)
        base = _tonnes(rng, size)
        for year in range(first, today.year + 1):
            tonnes = base * rng.uniform(0.85, 1.15)
            contracts = _contracts(rng, account_id, code, size, year, tonnes, today, serial)
            serial += len(contracts)
            session.add_all(contracts)
            session.flush()
            for contract in contracts:
                session.add_all(_payments(rng, contract, code in slow, today))
            _promises(rng, contracts, code in slow, today)
        session.add_all(_scores(rng, account_id, size, code in slow, first, today))
    _issues(session, rng, buying, today)


def _tier(code: str) -> str:
    try:
        return tier(code)
    except KeyError:  # an account a user added to the demo
        return ""


def _tonnes(rng: random.Random, size: str) -> float:
    lo, hi = TIER_TONNES[size]
    lean: float = rng.random() ** LEAN[size]  # typeshed: float ** float may be complex
    return lo + (hi - lo) * lean


def _contracts(
    rng: random.Random,
    account_id: int,
    code: str,
    size: str,
    year: int,
    tonnes: float,
    today: date,
    serial: int,
) -> list[Contract]:
    count = rng.randint(*CONTRACTS_PER_YEAR[size])
    # The current year is only as far along as today.
    last_day = min(date(year, 12, 31), today)
    days = (last_day - date(year, 1, 1)).days
    if year == today.year:
        tonnes *= max(days, 1) / 365
        count = max(1, round(count * days / 365))
    weights = [rng.random() + 0.3 for _ in range(count)]
    out = []
    for n, weight in enumerate(weights):
        product, (lo, hi), _share = rng.choices(PRODUCTS, [p[2] for p in PRODUCTS])[0]
        quantity = max(0.5, round(tonnes * weight / sum(weights) * 2) / 2)
        price = round(rng.uniform(lo, hi), -2)
        amount = round(quantity * price, 2)
        signed = date(year, 1, 1) + timedelta(days=rng.randint(0, max(days, 0)))
        cost = None if rng.random() < 0.1 else round(amount * rng.uniform(0.74, 0.88), 2)
        out.append(
            Contract(
                account_id=account_id,
                contract_no=f"HC{year}-{code[1:]}{n + 1:02d}",
                signed_on=signed,
                product=product,
                quantity=quantity,
                unit="t",
                unit_price=price,
                amount=amount,
                cost=cost,
                notes="" if rng.random() < 0.8 else f"合同编号 {serial + n + 1:05d}，含税价",
            )
        )
    return out


def _payments(rng: random.Random, contract: Contract, slow: bool, today: date) -> list[Payment]:
    if slow:  # pays late, and leaves part of some contracts open for good
        share = rng.choice((1.0, rng.uniform(0.5, 0.9)))
        delay = rng.randint(60, 240)
    else:  # pays in full, the last part well inside the 90 days the warnings allow
        share = 1.0
        delay = rng.randint(5, 30)
    parts = rng.randint(1, 3)
    spacing = 30 if slow else 10
    out = []
    for n in range(parts):
        paid_on = contract.signed_on + timedelta(days=delay + spacing * n)
        if paid_on > today:
            break
        amount = round(contract.amount * share / parts, 2)
        # A fifth of transfers come without a contract reference (the finance department
        # then applies them to the oldest open contract).
        against = contract.id if rng.random() > 0.2 else None
        out.append(
            Payment(
                account_id=contract.account_id,
                contract_id=against,
                paid_on=paid_on,
                amount=amount,
                notes=""
                if rng.random() < 0.7
                else rng.choice(("银行承兑汇票", "电汇", "商业承兑汇票")),
            )
        )
    return out


def _promises(rng: random.Random, contracts: list[Contract], slow: bool, today: date) -> None:
    for contract in contracts:
        age = (today - contract.signed_on).days
        if age > 60 and (slow or rng.random() < 0.05):
            contract.expected_payment_on = today + timedelta(days=rng.randint(10, 90))
            contract.promise_notes = rng.choice(PROMISES)


def _scores(
    rng: random.Random, account_id: int, size: str, slow: bool, first: int, today: date
) -> list[ManualScore]:
    lo_hi = {"key": (4, 5), "big": (3, 5), "medium": (2, 4), "small": (1, 3)}[size]
    rep_lo_hi = (2, 3) if slow else (3, 5)
    # A mill's standing changes slowly: now and then a point up or down, not a new draw
    # every year (which moved a third of the grades at random).
    influence, reputation = rng.randint(*lo_hi), rng.randint(*rep_lo_hi)
    out = []
    for year in range(first, today.year + 1):
        out.append(
            ManualScore(
                account_id=account_id,
                year=year,
                industry_influence=influence,
                reputation=reputation,
            )
        )
        if rng.random() < 0.2:
            influence = min(max(influence + rng.choice((-1, 1)), lo_hi[0]), lo_hi[1])
        if rng.random() < 0.2:
            reputation = min(max(reputation + rng.choice((-1, 1)), rep_lo_hi[0]), rep_lo_hi[1])
    return out


def _issues(
    session: Session, rng: random.Random, buying: list[tuple[int, str, str]], today: date
) -> None:
    big = [i for i, c, _l in buying if _tier(c) in ("key", "big")]
    for n, account_id in enumerate(rng.sample(big, min(14, len(big)))):
        description, resolution = QUALITY[n % len(QUALITY)]
        reported = today - timedelta(days=rng.randint(10, 365 * YEARS - 30))
        resolved = reported < today - timedelta(days=90) or rng.random() < 0.3
        session.add(
            QualityRecord(
                account_id=account_id,
                reported_on=reported,
                description=description,
                loss_amount=round(rng.uniform(1, 12), 1) * 10_000,
                status=(IssueStatus.RESOLVED if resolved else IssueStatus.OPEN).value,
                resolution=resolution if resolved else "",
                resolved_on=reported + timedelta(days=rng.randint(7, 60)) if resolved else None,
            )
        )
    for n, (account_id, _code, _life) in enumerate(rng.sample(buying, min(10, len(buying)))):
        cause, description = COMPLAINTS[n % len(COMPLAINTS)]
        received = today - timedelta(days=rng.randint(5, 720))
        resolved = received < today - timedelta(days=60)
        session.add(
            Complaint(
                account_id=account_id,
                received_on=received,
                cause=cause.value,
                description=description,
                status=(IssueStatus.RESOLVED if resolved else IssueStatus.OPEN).value,
                resolution="已向客户书面说明并落实整改" if resolved else "",
                resolved_on=received + timedelta(days=rng.randint(3, 30)) if resolved else None,
            )
        )

"""Demo visits: a year of visits on the three layers for every demo account, close to
its grade's targets but with gaps (so some accounts are overdue), the next two months
planned, a few postponed, cancelled or recorded without an outcome, and follow-ups of
which some are overdue. Reads the accounts, contacts and staff already in the session.
"""

from __future__ import annotations

import random
import zlib
from collections import defaultdict
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam.domain import Account, Contact, FollowUp, QualityRecord, Staff, StaffAbsence, Visit
from kam.domain.enums import Layer, VisitStatus
from kam.visits.cadence import policy_targets
from kam.visits.rules import interval_days, targets_for

PURPOSES = {
    "leader": (
        "年度高层互访,回顾全年合作",
        "商谈明年供货框架协议",
        "邀请参加我方用户大会",
        "探讨战略合作与联合研发",
        "走访新任总经理,建立联系",
    ),
    "technical": (
        "跟踪新批次轧辊使用情况",
        "处理辊面剥落问题",
        "现场测量辊耗并交流工艺",
        "介绍新型高速钢轧辊",
        "参加客户质量分析会",
    ),
    "business": (
        "跟进本月订单与交货",
        "对账并催收到期货款",
        "了解下季度采购计划",
        "沟通价格调整",
        "处理到货验收问题",
    ),
}
OUTCOMES = {
    "leader": (
        "双方同意明年继续保持主供地位,份额争取提高到六成。",
        "客户领导认可我方服务,提出希望缩短交货期。",
        "初步同意开展联合试验,待技术部门落实方案。",
    ),
    "technical": (
        "轧辊使用正常,单耗较上季度下降约 5%。",
        "剥落原因初判为冷却水不均,已提出整改建议。",
        "客户技术中心同意试用新材质轧辊两对。",
    ),
    "business": (
        "确认本月两个合同按期发货,客户无异议。",
        "对账一致,客户承诺月底前付款 50 万元。",
        "客户下季度采购量预计持平,价格需再沟通。",
    ),
}
FOLLOW_UPS = {
    "leader": ("整理会谈纪要报公司领导", "准备战略合作协议草案"),
    "technical": ("提交剥落问题分析报告", "安排试用轧辊生产计划", "寄送新材质技术资料"),
    "business": ("跟踪回款到账", "报送新报价单", "协调物流提前发货"),
}
SLIPPING = 0.05  # the share of account-layers whose visits have lapsed
TECH_WORDS = ("技术", "设备", "质量", "生产", "轧钢", "工艺")


def _side(contact: Contact) -> str:
    if contact.department.startswith("公司"):
        return Layer.LEADER.value
    if any(word in contact.department for word in TECH_WORDS):
        return Layer.TECHNICAL.value
    return Layer.BUSINESS.value


def _workday(day: date) -> date:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def populate(session: Session, rng: random.Random, today: date) -> None:
    staff_by_layer: dict[str, list[Staff]] = defaultdict(list)
    # In id order: the random choices below must meet the same rows on every database
    # (PostgreSQL returns an unordered scan in no particular order).
    for person in session.scalars(select(Staff).where(Staff.active.is_(True)).order_by(Staff.id)):
        staff_by_layer[person.layer].append(person)
    contacts: dict[int, dict[str, list[Contact]]] = defaultdict(lambda: defaultdict(list))
    for contact in session.scalars(
        select(Contact).where(Contact.status == "active").order_by(Contact.id)
    ):
        contacts[contact.account_id][_side(contact)].append(contact)
    quality: dict[int, list[QualityRecord]] = defaultdict(list)
    for record in session.scalars(select(QualityRecord).order_by(QualityRecord.id)):
        quality[record.account_id].append(record)
    policy = policy_targets(session)
    accounts = session.scalars(select(Account).order_by(Account.code)).all()
    for account in accounts:
        targets = targets_for(account.grade or "", policy)
        for layer in (layer.value for layer in Layer):
            if targets[layer] > 0:
                _layer_year(
                    session,
                    rng,
                    today,
                    account,
                    layer,
                    targets[layer],
                    staff_by_layer,
                    contacts[account.id],
                    quality[account.id],
                )
    _absences(session, rng, today, staff_by_layer)
    session.flush()


def _pick_staff(
    rng: random.Random, account: Account, layer: str, staff_by_layer: dict[str, list[Staff]]
) -> list[Staff]:
    if layer == Layer.BUSINESS.value and account.owner is not None:
        return [account.owner]
    pool = staff_by_layer.get(layer) or []
    if not pool:
        return []
    # The same engineer / leader looks after an account, as in real life.
    return (
        [pool[zlib.crc32((account.code + layer).encode()) % len(pool)]]
        if rng.random() < 0.85
        else [rng.choice(pool)]
    )


def _layer_year(
    session: Session,
    rng: random.Random,
    today: date,
    account: Account,
    layer: str,
    target: int,
    staff_by_layer: dict[str, list[Staff]],
    people: dict[str, list[Contact]],
    quality: list[QualityRecord],
) -> None:
    step = interval_days(target)
    # Now and then a layer slips: its last visit lies well in the past, nothing planned.
    slipping = rng.random() < SLIPPING
    day = today - timedelta(days=365) + timedelta(days=rng.randint(0, step // 2))
    last_done: date | None = None
    end_done = today - timedelta(days=int(step * rng.uniform(1.2, 2.0))) if slipping else today
    while day < end_done:
        visit_day = _workday(day)
        if visit_day < today:
            _add_visit(
                session,
                rng,
                today,
                account,
                layer,
                visit_day,
                staff_by_layer,
                people,
                quality,
                past=True,
            )
            last_done = visit_day
        day += timedelta(days=int(step * rng.uniform(0.8, 1.25)))
    # The next visits, planned for the coming two months (not for slipping accounts).
    if not slipping:
        nxt = (last_done or today) + timedelta(days=step)
        while nxt <= today + timedelta(days=60):
            if nxt >= today:
                _add_visit(
                    session,
                    rng,
                    today,
                    account,
                    layer,
                    _workday(nxt),
                    staff_by_layer,
                    people,
                    quality,
                    past=False,
                )
            nxt += timedelta(days=step)


def _add_visit(
    session: Session,
    rng: random.Random,
    today: date,
    account: Account,
    layer: str,
    day: date,
    staff_by_layer: dict[str, list[Staff]],
    people: dict[str, list[Contact]],
    quality: list[QualityRecord],
    *,
    past: bool,
) -> None:
    ours = _pick_staff(rng, account, layer, staff_by_layer)
    theirs = people.get(layer) or people.get(Layer.BUSINESS.value) or []
    met = rng.sample(theirs, k=min(len(theirs), rng.randint(1, 2))) if theirs else []
    timed = rng.random() < 0.6
    visit = Visit(
        account_id=account.id,
        layer=layer,
        planned_on=day,
        start_time=time(rng.choice((9, 10, 14, 15)), rng.choice((0, 30))) if timed else None,
        duration_min=rng.choice((60, 90, 120)) if timed else None,
        purpose=rng.choice(PURPOSES[layer]),
        staff=ours,
        contacts=met,
        our_people="、".join(s.name for s in ours),
        counterparts="、".join(c.name for c in met),
    )
    roll = rng.random()
    if past:
        if roll < 0.06:
            visit.status = VisitStatus.CANCELLED.value
            visit.cancel_reason = rng.choice(("客户临时有会", "大雪封路,航班取消", "对方领导出差"))
        else:
            visit.status = VisitStatus.DONE.value
            # A few visits were never written up: they show as incomplete.
            visit.outcome = "" if roll > 0.96 else rng.choice(OUTCOMES[layer])
            visit.expenses = float(rng.randint(3, 40) * 100)
            if layer == Layer.TECHNICAL.value and quality:
                near = [q for q in quality if abs((q.reported_on - day).days) <= 45]
                visit.quality_records = near[:2]
                if near:
                    visit.problems = near[0].description
            if rng.random() < 0.5 and ours:
                due = day + timedelta(days=rng.randint(7, 30))
                # Old actions were nearly all closed; recent ones are often still open.
                closed = 0.97 if due < today - timedelta(days=60) else 0.6
                done = (
                    due - timedelta(days=rng.randint(0, 5))
                    if (due < today and rng.random() < closed)
                    else None
                )
                visit.follow_ups.append(
                    FollowUp(
                        account_id=account.id,
                        description=rng.choice(FOLLOW_UPS[layer]),
                        owner_id=ours[0].id,
                        due_on=due,
                        done_on=done if done and done <= today else None,
                    )
                )
    else:
        visit.status = VisitStatus.PLANNED.value
        if roll < 0.08:
            visit.status = VisitStatus.POSTPONED.value
            visit.original_date = _workday(day - timedelta(days=rng.randint(5, 14)))
        visit.agenda = "1. " + visit.purpose + "\n2. 听取客户意见\n3. 确认下一步安排"
    session.add(visit)


def _absences(
    session: Session, rng: random.Random, today: date, staff_by_layer: dict[str, list[Staff]]
) -> None:
    reasons = ("年假", "参加行业展会", "公司培训", "出国考察")
    for people in staff_by_layer.values():
        for person in people[:2]:
            start = today + timedelta(days=rng.randint(20, 200))
            session.add(
                StaffAbsence(
                    staff_id=person.id,
                    starts_on=start,
                    ends_on=start + timedelta(days=rng.randint(4, 14)),
                    reason=rng.choice(reasons),
                )
            )

"""Demo relationship health: opportunities noted at the big mills, the dates on which
people left or moved, and a few warnings the account managers have already looked at.

Runs last: it reads what the other steps wrote (accounts, people, records, visits,
rating) and computes the warnings from them.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam.domain import Account, Contact, Opportunity, WarningAck
from kam.domain.enums import ContactStatus
from kam.health.opportunity_catalogue import OpportunityKind, OpportunityStatus
from kam.health.warnings import compute

# What a salesperson writes down when each kind of opportunity turns up.
NOTES: dict[str, tuple[tuple[str, str], ...]] = {
    OpportunityKind.NEW_PRODUCT: (
        ("新建 1780 热连轧线明年投产，精轧工作辊需重新选型", "约技术处长做高铬铸铁辊技术交流"),
        ("客户开发高强钢新品种，对轧辊耐磨性要求更高", "送两支试用辊，跟踪上机数据"),
    ),
    OpportunityKind.SUPPLIER_EVALUATION: (
        ("三月份供应商年度评估，采购部重新核定各家份额", "准备全年辊耗和事故处理报告"),
        ("年底合格供应商复审，质量部要来现场审核", "安排质量部接待和工厂参观"),
    ),
    OpportunityKind.PERSONNEL_CHANGE: (
        ("原设备处长调任生产副厂长，新处长来自技术中心", "请总经理出面拜访新处长"),
        ("竞争对手驻厂业务员离职，对接出现空档", "加密业务层走访，补上对接"),
    ),
    OpportunityKind.COMPETITOR_QUALITY: (
        ("竞争对手的支撑辊上月断辊，造成停机两天", "提供断辊分析和我方辊子质量数据"),
    ),
    OpportunityKind.SERVICE_COMPLAINT: (
        ("车间反映主供应商售后响应慢，换辊要等三天", "承诺 24 小时到场，先从一条线做起"),
    ),
    OpportunityKind.SINGLE_CONTACT: (
        ("主供应商只靠采购部长一人维系，技术、设备部门都没有来往", "技术层和设备处建立对口联系"),
    ),
    OpportunityKind.RELATIONSHIP_DETERIORATION: (
        ("客户对主供应商拖延处理质量异议很不满", "主动提出免费试用，解决同类问题"),
    ),
    OpportunityKind.COST_DOWN: (
        ("集团下达降本指标，轧辊单耗要降 8%", "测算我方辊子吨钢辊耗，报降本方案"),
        ("客户推行集中招标压价", "拿出全生命周期成本对比"),
    ),
}

ACK_NOTES: dict[str, str] = {
    "arrears_overdue": "已与财务部沟通，对方承诺月底前付清",
    "arrears_growing": "客户资金周转紧张，已约财务总监面谈回款计划",
    "collection_dropping": "已通知财务，下周随业务走访一并催收",
    "orders_falling": "客户一条产线检修停产，预计下季度恢复订货",
    "visit_overdue": "已排进下月走访计划",
    "contact_lost": "已联系接任人，下周拜访",
    "share_down": "竞争对手低价抢单，已报销售总监研究对策",
    "stage_down": "已安排高层互访，了解份额下降原因",
    "grade_dropped": "评审会已讨论，列入重点关注名单",
}


def populate(session: Session, rng: random.Random, today: date) -> None:
    _date_status_changes(session, rng, today)
    _opportunities(session, rng, today)
    session.flush()
    _acknowledge_some(session, rng, today)


def _date_status_changes(session: Session, rng: random.Random, today: date) -> None:
    """People who left or moved did so over the past months, not all today."""
    moved = session.scalars(
        select(Contact).where(Contact.status != ContactStatus.ACTIVE.value).order_by(Contact.id)
    ).all()
    for person in moved:
        person.status_changed_on = today - timedelta(days=rng.randint(5, 300))


def _opportunities(session: Session, rng: random.Random, today: date) -> None:
    accounts = session.execute(
        select(Account.id, Account.owner_id).where(Account.code <= "C030").order_by(Account.code)
    ).all()
    kinds = list(NOTES)
    for account_id, owner_id in accounts:
        for _n in range(rng.choice((0, 1, 1, 2))):
            kind = rng.choice(kinds)
            what, step = rng.choice(NOTES[kind])
            noted = today - timedelta(days=rng.randint(3, 330))
            status = OpportunityStatus.OPEN.value
            closed = None
            if (today - noted).days > 120:
                status = rng.choice(
                    (
                        OpportunityStatus.WON.value,
                        OpportunityStatus.MISSED.value,
                        OpportunityStatus.OPEN.value,
                    )
                )
                if status != OpportunityStatus.OPEN.value:
                    closed = noted + timedelta(days=rng.randint(20, 100))
            # Most open ones carry a due date for the next step (some already passed);
            # derived from the day noted, so the demo's random stream stays as it was.
            due = None
            if status == OpportunityStatus.OPEN.value and noted.toordinal() % 3:
                due = noted + timedelta(days=30 + noted.toordinal() % 61)
            session.add(
                Opportunity(
                    account_id=account_id,
                    kind=kind,
                    noted_on=noted,
                    description=what,
                    next_step=step,
                    status=status,
                    owner_id=owner_id,
                    closed_on=closed,
                    due_on=due,
                )
            )


def _acknowledge_some(session: Session, rng: random.Random, today: date) -> None:
    """About one warning in six has already been looked at, with a note."""
    for row in compute(session, today):
        note = ACK_NOTES.get(row.kind)
        if note and rng.random() < 1 / 6:
            session.add(
                WarningAck(
                    account_id=row.account_id,
                    kind=row.kind,
                    subject=row.subject,
                    severity=row.severity,
                    level=row.level,
                    note=note,
                    acked_on=today - timedelta(days=rng.randint(0, 10)),
                    acked_by="demo",
                )
            )

"""Accounts for the profile tests, made through the models: a rich one with every
section filled, a sparse one with nothing but a name, and one with very long texts
and rare characters."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kam.domain import (
    Account,
    CompetitorShare,
    Complaint,
    Contact,
    Contract,
    DevelopmentPlan,
    FollowUp,
    Payment,
    ProductionLine,
    ProductItem,
    QualityRecord,
    Visit,
)
from kam.store import Database
from tests.fixtures import our_people

TODAY = date(2025, 11, 20)
LONG_NOTE = (
    "张总早年在鞍钢轧钢厂任技术员，后调任热轧分厂厂长，主持过两条产线的改造。"
    "他重视供应商的现场服务与数据，不喜欢空谈价格；"
) * 60  # ~3,000 characters


def add_rich(db: Database, code: str = "HBGT", name: str = "河北钢铁集团有限公司") -> int:
    with db.session() as s:
        wang, li, zhao = our_people(s, "王建国", ("客户经理", "技术服务工程师", "副总经理"))
        a = Account(
            code=code,
            name=name,
            short_name="河钢",
            industry="钢铁",
            region="河北",
            address="石家庄市体育南大街385号",
            ownership="国有",
            founded=2008,
            assets=36500,
            annual_output="粗钢 4,000 万吨/年",
            employees=120000,
            service_area="华北、东北",
            business_status="产能稳定，正推进产品结构高端化。",
            payment_terms="货到 90 天承兑",
            credit_limit=3000,
            credit_rating="AA",
            stage="stable",
            relationship_type="preferred",
            lifecycle="loyal",
            grade="A",
            key_account=True,
            owner_id=wang.id,
            notes="年度供应商评审在每年 3 月。",
        )
        s.add(a)
        s.flush()
        boss = Contact(
            account_id=a.id,
            name="张鑫",
            title="总经理",
            department="总经理办公室",
            decision_role="decision_maker",
            attitude="supporter",
            owner_id=zhao.id,
            birthday=date(1968, 5, 12),
            education="东北大学 冶金工程 硕士",
            career="鞍钢技术员、热轧分厂厂长",
            family="妻子在医院工作，女儿在读大学",
            hobbies="围棋、钓鱼",
            habits="早上七点前到办公室",
            taboos="忌讳迟到",
        )
        s.add(boss)
        s.flush()
        tech = Contact(
            account_id=a.id,
            name="李喆",
            title="设备部部长",
            department="设备部",
            decision_role="influencer",
            attitude="neutral",
            owner_id=li.id,
            reports_to_id=boss.id,
            hobbies="羽毛球",
            rising_star=True,
        )
        buyer = Contact(
            account_id=a.id,
            name="陈立",
            title="采购经理",
            department="采购部",
            decision_role="gatekeeper",
            attitude="opponent",
            reports_to_id=boss.id,
            phone="0311-8888 6666",
        )
        s.add_all([tech, buyer])
        s.flush()
        s.add(
            Contact(
                account_id=a.id,
                name="周工",
                title="轧机主管",
                department="热轧厂",
                decision_role="user",
                attitude="supporter",
                reports_to_id=tech.id,
                owner_id=li.id,
            )
        )
        s.add_all(
            [
                ProductionLine(
                    account_id=a.id,
                    name="1780 热连轧",
                    line_type="热轧",
                    capacity="400 万吨",
                    our_product="工作辊",
                    competitor="中钢邢机 支承辊",
                ),
                ProductionLine(
                    account_id=a.id,
                    name="2250 热连轧",
                    line_type="热轧",
                    status="building",
                    capacity="550 万吨",
                    competitor="宝钢轧辊",
                ),
                ProductItem(account_id=a.id, product="热轧板卷", share_pct=55, volume="2,200 万吨"),
                ProductItem(account_id=a.id, product="冷轧板", share_pct=25, volume="1,000 万吨"),
                DevelopmentPlan(
                    account_id=a.id,
                    item="新建 2250 热连轧线",
                    horizon="2026",
                    opportunity="整线轧辊配套，约 800 吨/年",
                ),
                CompetitorShare(
                    account_id=a.id,
                    year=2025,
                    supplier="我公司",
                    is_us=True,
                    share_pct=55,
                    strengths="服务响应快",
                ),
                CompetitorShare(
                    account_id=a.id,
                    year=2025,
                    supplier="中钢邢机",
                    share_pct=30,
                    strengths="价格低",
                    weaknesses="交期长",
                ),
                CompetitorShare(account_id=a.id, year=2025, supplier="宝钢轧辊", share_pct=10),
                CompetitorShare(
                    account_id=a.id, year=2024, supplier="我公司", is_us=True, share_pct=48
                ),
            ]
        )
        for year, tonnes in ((2021, 180), (2022, 210), (2023, 260), (2024, 300), (2025, 320)):
            c = Contract(
                account_id=a.id,
                contract_no=f"HT{year}-01",
                signed_on=date(year, 3, 1),
                product="工作辊",
                quantity=tonnes,
                unit="t",
                unit_price=18000,
                amount=tonnes * 18000,
                cost=tonnes * 14500,
            )
            s.add(c)
            s.flush()
            s.add(
                Payment(
                    account_id=a.id,
                    contract_id=c.id,
                    paid_on=date(year, 10, 1),
                    amount=tonnes * 18000 * (0.8 if year == 2025 else 0.97),
                )
            )
        s.add(
            Contract(
                account_id=a.id,
                contract_no="HT2025-02",
                signed_on=date(2025, 9, 1),
                quantity=20,
                amount=360000,
                expected_payment_on=date(2025, 12, 31),
                promise_notes="财务承诺年底前付清",
            )
        )
        s.add(
            QualityRecord(
                account_id=a.id,
                reported_on=date(2025, 6, 3),
                description="工作辊剥落一支",
                loss_amount=85000,
            )
        )
        s.add(
            Complaint(
                account_id=a.id,
                received_on=date(2025, 8, 10),
                cause="service",
                description="现场服务响应慢",
            )
        )
        done = Visit(
            account_id=a.id,
            layer="leader",
            planned_on=TODAY - timedelta(60),
            status="done",
            purpose="年度高层互访",
            outcome="确认 2026 框架协议",
            staff=[zhao],
            contacts=[boss],
        )
        s.add_all(
            [
                done,
                Visit(
                    account_id=a.id,
                    layer="technical",
                    planned_on=TODAY - timedelta(20),
                    status="done",
                    purpose="轧辊使用跟踪",
                    outcome="磨损正常",
                    staff=[li],
                ),
                Visit(
                    account_id=a.id,
                    layer="business",
                    planned_on=TODAY + timedelta(7),
                    purpose="对账与回款",
                    our_people="王建国",
                    counterparts="陈立",
                ),
                Visit(
                    account_id=a.id,
                    layer="technical",
                    planned_on=TODAY + timedelta(30),
                    purpose="新线配辊方案交流",
                    staff=[li],
                    contacts=[tech],
                ),
            ]
        )
        s.flush()
        s.add(
            FollowUp(
                account_id=a.id,
                visit_id=done.id,
                description="提交 2026 框架协议草案",
                owner_id=wang.id,
                due_on=TODAY - timedelta(5),
            )
        )
        s.add(
            FollowUp(
                account_id=a.id,
                description="安排剥落辊失效分析",
                owner_id=li.id,
                due_on=TODAY + timedelta(10),
            )
        )
        return a.id


def add_sparse(db: Database) -> int:
    with db.session() as s:
        a = Account(code="NEW1", name="某新客户")
        s.add(a)
        s.flush()
        return a.id


def add_long_text(db: Database) -> int:
    with db.session() as s:
        a = Account(
            code="LONG",
            name="㭎鑫喆特钢有限公司",
            short_name="㭎鑫",
            business_status=LONG_NOTE,
            notes="备注。" * 400,
        )
        s.add(a)
        s.flush()
        s.add(
            Contact(
                account_id=a.id,
                name="吴㭎",
                title="董事长",
                decision_role="decision_maker",
                career=LONG_NOTE,
                family=LONG_NOTE[:1500],
            )
        )
        s.add(ProductionLine(account_id=a.id, name="棒材线", notes=LONG_NOTE))
        s.add(DevelopmentPlan(account_id=a.id, item="扩建", opportunity=LONG_NOTE))
        return a.id


@pytest.fixture
def rich_id(db: Database) -> int:
    return add_rich(db)


@pytest.fixture
def sparse_id(db: Database) -> int:
    return add_sparse(db)


@pytest.fixture
def long_id(db: Database) -> int:
    return add_long_text(db)

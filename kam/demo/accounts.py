"""Demo step 1: our staff and the 93 customers with their dossiers and people.

Later steps (contracts, visits, ratings …) find accounts by code and ask
:func:`tier` how big each one is, so their figures agree with the dossier: the five
``key`` accounts buy 500 t and more a year, the other 25 ``big`` ones 100–500 t,
``medium`` 30–100 t, ``small`` under 30 t, and ``prospect`` accounts nothing yet.
"""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy.orm import Session

from kam.demo import mills, people
from kam.demo.customers import CUSTOMERS, TIER_BOUNDS, Customer
from kam.domain import Account, Contact, Staff
from kam.domain.enums import Layer, Lifecycle, RelationshipType, Stage
from kam.text.pinyin import search_keys

# Tonnes a year we sell to an account of each tier (the contracts step draws from it).
TIER_TONNES: dict[str, tuple[int, int]] = {
    "key": (500, 900),
    "big": (100, 450),
    "medium": (30, 100),
    "small": (3, 30),
    "prospect": (0, 0),
}
CONTACTS_PER_TIER = {
    "key": (10, 12),
    "big": (7, 10),
    "medium": (5, 7),
    "small": (3, 5),
    "prospect": (3, 4),
}
STAGE_WEIGHTS = {  # (strategic, stable, initial)
    "key": (3, 2, 0),
    "big": (2, 5, 3),
    "medium": (0, 3, 7),
    "small": (0, 2, 8),
}
# Our share of wallet that defines each stage (docs/domain.md).
STAGE_SHARE = {"strategic": (80, 95), "stable": (50, 79), "initial": (8, 45)}
SHARE_YEARS = 4

# name, layer, title, department
STAFF = (
    ("王建国", Layer.LEADER, "总经理", "公司领导"),
    ("刘振华", Layer.LEADER, "副总经理（分管销售）", "公司领导"),
    ("张德明", Layer.LEADER, "副总经理（分管技术）", "公司领导"),
    ("赵立新", Layer.TECHNICAL, "技术服务部部长", "技术服务部"),
    ("孙海涛", Layer.TECHNICAL, "技术服务工程师", "技术服务部"),
    ("周文斌", Layer.TECHNICAL, "技术服务工程师", "技术服务部"),
    ("吴晓东", Layer.TECHNICAL, "技术服务工程师", "技术服务部"),
    ("李明", Layer.BUSINESS, "客户经理（河北南部）", "销售部"),
    ("杨帆", Layer.BUSINESS, "客户经理（唐山、京津）", "销售部"),
    ("陈静", Layer.BUSINESS, "客户经理（山东、河南）", "销售部"),
    ("黄志强", Layer.BUSINESS, "客户经理（华东）", "销售部"),
    ("郑凯", Layer.BUSINESS, "客户经理（东北、西北）", "销售部"),
    ("马丽娜", Layer.BUSINESS, "客户经理（山西、中南、西南）", "销售部"),
    ("何秀兰", Layer.BUSINESS, "结算主管", "财务部"),
)

# Sales territories: the account manager and the engineer for each province.
TERRITORY = {
    "河北": ("李明", "孙海涛"),
    "天津": ("杨帆", "孙海涛"),
    "山东": ("陈静", "周文斌"),
    "河南": ("陈静", "周文斌"),
    "江苏": ("黄志强", "周文斌"),
    "浙江": ("黄志强", "周文斌"),
    "上海": ("黄志强", "周文斌"),
    "安徽": ("黄志强", "周文斌"),
    "辽宁": ("郑凯", "吴晓东"),
    "黑龙江": ("郑凯", "吴晓东"),
    "内蒙古": ("郑凯", "吴晓东"),
    "甘肃": ("郑凯", "吴晓东"),
    "新疆": ("郑凯", "吴晓东"),
}
DEFAULT_TERRITORY = ("马丽娜", "吴晓东")
TANGSHAN_MANAGER = "杨帆"

PROVINCE_FULL = {
    "内蒙古": "内蒙古自治区",
    "广西": "广西壮族自治区",
    "新疆": "新疆维吾尔自治区",
    "上海": "上海市",
    "天津": "天津市",
    "重庆": "重庆市",
}
ROADS = (
    "钢城路",
    "建设大街",
    "冶金路",
    "工业大道",
    "钢铁路",
    "滨河路",
    "人民路",
    "新华路",
    "胜利大街",
    "解放路",
    "和平路",
    "滨江大道",
)
SERVICE_AREAS = {
    "华北": "华北、东北地区，部分出口东南亚",
    "华东": "华东地区及长江流域，部分出口中东",
    "东北": "东北三省及内蒙古东部",
    "中南": "华中、华南地区",
    "西部": "西南、西北地区",
}
REGION_OF = {
    "河北": "华北",
    "天津": "华北",
    "山西": "华北",
    "山东": "华东",
    "江苏": "华东",
    "浙江": "华东",
    "上海": "华东",
    "安徽": "华东",
    "福建": "华东",
    "江西": "华东",
    "辽宁": "东北",
    "黑龙江": "东北",
    "内蒙古": "东北",
    "河南": "中南",
    "湖北": "中南",
    "湖南": "中南",
    "广东": "中南",
    "广西": "中南",
}
TRENDS = (
    "产量与上年基本持平",
    "受限产影响，产量同比下降约 8 %",
    "新线投产后产量同比增长约 6 %",
    "产品结构调整，优特钢比例上升",
)
ISSUES = (
    "钢材价格下行，利润承压，对采购降本要求高。",
    "正在推进超低排放改造。",
    "轧辊采购实行年度招标，价格竞争激烈。",
    "资金面偏紧，承兑汇票比例提高。",
    "经营稳健，按时付款。",
    "新任领导班子到位，供应商体系可能调整。",
)


def code_of(index: int) -> str:
    """The code of the ``index``-th customer (0-based): C001 …"""
    return f"C{index + 1:03d}"


def tier(code: str) -> str:
    """The size tier of a demo account: key, big, medium, small or prospect.

    Raises:
        KeyError: ``code`` is not a demo account code.
    """
    if len(code) != 4 or code[0] != "C" or not code[1:].isdigit():
        raise KeyError(code)
    number = int(code[1:])
    for name, last in TIER_BOUNDS:
        if 1 <= number <= last:
            return name
    raise KeyError(code)


def demo_codes() -> list[str]:
    return [code_of(i) for i in range(len(CUSTOMERS))]


def populate(session: Session, rng: random.Random, today: date) -> None:
    staff = {
        name: Staff(
            name=name,
            layer=layer.value,
            title=title,
            department=dept,
            phone=f"0315-{5210000 + n * 17}",
        )
        for n, (name, layer, title, dept) in enumerate(STAFF)
    }
    session.add_all(staff.values())
    bosses: list[tuple[Contact, Contact]] = []
    for index, customer in enumerate(CUSTOMERS):
        session.add(_account(rng, today, code_of(index), customer, staff, bosses))
    session.flush()
    people.link_bosses(bosses)
    session.flush()


def _account(
    rng: random.Random,
    today: date,
    code: str,
    customer: Customer,
    staff: dict[str, Staff],
    bosses: list[tuple[Contact, Contact]],
) -> Account:
    size = tier(code)
    stage = (
        Stage.DEVELOPMENT.value
        if size == "prospect"
        else rng.choices(("strategic", "stable", "initial"), STAGE_WEIGHTS[size])[0]
    )
    share = 0 if stage == "development" else rng.randint(*STAGE_SHARE[stage])
    since = _first_year(rng, stage, size, customer, today)
    manager, engineer = TERRITORY.get(customer.province, DEFAULT_TERRITORY)
    if customer.city.startswith(("唐山", "迁安", "遵化")):
        manager = TANGSHAN_MANAGER
    if size == "key":
        engineer = "赵立新"
    ours = people.OurSide(
        leader=staff["王建国" if size == "key" else ("刘振华" if size == "big" else "张德明")],
        technical=staff[engineer],
        business=staff[manager],
        finance=staff["何秀兰"],
    )
    account = Account(
        code=code,
        name=customer.name,
        short_name=customer.short_name,
        industry="钢铁冶炼及压延" if customer.output_kind == "粗钢" else "钢材轧制加工",
        region=customer.province,
        address=_address(rng, customer),
        ownership=customer.ownership,
        founded=customer.founded,
        assets=_assets(rng, customer),
        annual_output=f"{customer.output_kind} {customer.output_wt} 万吨/年",
        employees=_employees(rng, customer),
        service_area=SERVICE_AREAS[REGION_OF.get(customer.province, "西部")],
        business_status=(
            f"{today.year - 1}年{customer.output_kind}产量约 {customer.output_wt} 万吨，"
            f"{rng.choice(TRENDS)}。{rng.choice(ISSUES)}"
        ),
        stage=stage,
        relationship_type=_relationship(rng, stage),
        lifecycle=_lifecycle(rng, stage, since, today),
        owner=staff[manager],
        notes=f"{since}年开始合作。" if stage != "development" else "尚未合作，正在寻找切入点。",
    )
    _set_terms(rng, account, customer, size)
    account.pinyin, account.pinyin_initials = search_keys(customer.name, customer.short_name)
    account.grade, account.key_account = _grade(rng, size, stage)
    account.production_lines = mills.production_lines(rng, customer, stage)
    account.product_items = mills.product_items(rng, customer)
    account.development_plans = mills.development_plans(rng, customer, today.year)
    years = list(range(today.year - SHARE_YEARS + 1, today.year + 1))
    history = mills.share_history(rng, share, since, years)
    account.competitor_shares = mills.competitor_shares(rng, dict(zip(years, history, strict=True)))
    account.contacts = people.contacts(
        rng, customer, rng.randint(*CONTACTS_PER_TIER[size]), stage, ours, today, bosses
    )
    return account


def _first_year(rng: random.Random, stage: str, size: str, customer: Customer, today: date) -> int:
    """The year we began supplying: long ago for strategic accounts (seed: up to 24 years)."""
    back = {"strategic": (8, 24), "stable": (3, 15), "initial": (0, 6), "development": (0, 0)}[
        stage
    ]
    if stage == "initial" and size in ("key", "big"):
        back = (3, 10)  # a big mill where we stay second supplier, not a newcomer
    return max(customer.founded, today.year - rng.randint(*back))


def _relationship(rng: random.Random, stage: str) -> str:
    options = {
        "strategic": ((RelationshipType.ALLIANCE, 1), (RelationshipType.PARTNER, 1)),
        "stable": ((RelationshipType.PREFERRED, 7), (RelationshipType.PARTNER, 3)),
        "initial": ((RelationshipType.BUY_SELL, 8), (RelationshipType.PREFERRED, 2)),
        "development": ((RelationshipType.BUY_SELL, 1),),
    }[stage]
    return rng.choices([o for o, _w in options], [w for _o, w in options])[0].value


def _lifecycle(rng: random.Random, stage: str, since: int, today: date) -> str:
    if stage == "development":
        return rng.choice((Lifecycle.POTENTIAL, Lifecycle.TARGET)).value
    if since >= today.year - 1:
        return Lifecycle.FIRST_TIME.value
    if stage == "initial":
        return Lifecycle.REPEAT.value
    return (
        Lifecycle.LOYAL if stage == "strategic" or rng.random() < 0.5 else Lifecycle.REPEAT
    ).value


def _grade(rng: random.Random, size: str, stage: str) -> tuple[str, bool]:
    if size == "key":
        return "A", True
    if size == "big":
        return ("A" if stage == "strategic" or rng.random() < 0.2 else "B"), True
    return {"medium": "C", "small": "D", "prospect": ""}[size], False


TERMS_DAYS = {
    "货到验收合格后 90 天付款，6 个月银行承兑汇票": 90,
    "挂账 60 天，月底统一结算，承兑汇票为主": 60,
    "上线使用合格后付 90 %，质保金 10 % 一年后付清": 60,
    "预付 30 %，货到 60 天内付清（现汇、承兑各半）": 60,
    "货到 30 天付款，现汇": 30,
    "款到发货": 0,
    "货到 90 天，承兑汇票": 90,
}


def _set_terms(rng: random.Random, account: Account, customer: Customer, size: str) -> None:
    state = customer.ownership in ("国有", "集体")
    if state:
        account.payment_terms = rng.choice(
            (
                "货到验收合格后 90 天付款，6 个月银行承兑汇票",
                "挂账 60 天，月底统一结算，承兑汇票为主",
                "上线使用合格后付 90 %，质保金 10 % 一年后付清",
            )
        )
        account.credit_rating = rng.choice(("AAA", "AA"))
    else:
        account.payment_terms = rng.choice(
            (
                "预付 30 %，货到 60 天内付清（现汇、承兑各半）",
                "货到 30 天付款，现汇",
                "款到发货",
                "货到 90 天，承兑汇票",
            )
        )
        account.credit_rating = rng.choice(("AA", "A", "A", "BBB", "BB"))
    # The terms in days that the text above describes (no draw: the demo stays the same).
    account.payment_days = TERMS_DAYS.get(account.payment_terms)
    limits = {"key": (800, 1500), "big": (300, 800), "medium": (100, 300), "small": (30, 100)}
    if size in limits:
        account.credit_limit = float(rng.randint(*limits[size]) // 10 * 10)
    if not state and size in ("medium", "small") and rng.random() < 0.2:
        account.credit_notes = rng.choice(
            (
                f"曾有回款滞后约 {rng.randint(2, 5)} 个月，已约定分期付清",
                "资金链偏紧，发货前需确认上批货款到账",
                "老板个人担保，超额度发货须销售副总批准",
            )
        )


def _address(rng: random.Random, customer: Customer) -> str:
    province = PROVINCE_FULL.get(customer.province, f"{customer.province}省")
    return f"{province}{customer.city}{rng.choice(ROADS)}{rng.randint(1, 399)}号"


def _assets(rng: random.Random, customer: Customer) -> float:
    """Total assets in 万元: roughly 1–1.5 亿元 per 万吨 of steel for an integrated mill."""
    per_wt = rng.randint(8000, 15000) if customer.output_kind == "粗钢" else rng.randint(400, 900)
    return float(round(customer.output_wt * per_wt, -3))


def _employees(rng: random.Random, customer: Customer) -> int:
    per_wt = rng.randint(20, 40) if customer.output_kind == "粗钢" else rng.randint(8, 15)
    return int(round(customer.output_wt * per_wt, -2)) or 80

"""A steel mill's dossier facts for the demo: production lines with the rolls on them,
product structure, development plans with our opportunities, and roll suppliers'
shares over the years (ours among them, giving share of wallet)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from kam.demo.customers import OUR_SHORT_NAME, Customer
from kam.domain import CompetitorShare, DevelopmentPlan, ProductionLine, ProductItem
from kam.domain.enums import LineStatus


@dataclass(frozen=True)
class LineKind:
    names: tuple[str, ...]
    line_type: str
    capacity_wt: tuple[int, int]  # 万吨 a year
    our_rolls: tuple[str, ...]  # roll positions where our rolls sit
    products: tuple[str, ...]  # what the line makes (product structure)


LINE_KINDS: dict[str, LineKind] = {
    "F": LineKind(
        ("1580mm热连轧生产线", "1780mm热连轧生产线", "2250mm热连轧生产线", "2150mm热连轧生产线"),
        "热连轧",
        (300, 550),
        (
            "精轧F1–F4工作辊：高速钢轧辊",
            "精轧F5–F7工作辊：无限冷硬离心复合铸铁轧辊",
            "粗轧工作辊：高铬钢轧辊",
        ),
        ("热轧卷板", "酸洗板"),
    ),
    "N": LineKind(
        ("850mm中宽带生产线", "950mm中宽带生产线", "450mm窄带生产线", "355mm窄带生产线"),
        "中宽带",
        (80, 260),
        (
            "精轧工作辊：高铬铸铁离心复合轧辊",
            "粗轧工作辊：半钢轧辊",
            "精轧后段：高镍铬无限冷硬离心复合轧辊",
        ),
        ("热轧带钢", "焊管坯"),
    ),
    "P": LineKind(
        ("3500mm中厚板生产线", "4300mm宽厚板生产线", "2800mm中厚板生产线", "5000mm宽厚板生产线"),
        "中厚板",
        (120, 300),
        ("精轧机工作辊：离心复合高铬铸铁轧辊", "粗轧机工作辊：无限冷硬离心复合铸铁轧辊"),
        ("中厚板", "船板、桥梁板"),
    ),
    "L": LineKind(
        ("一棒生产线", "二棒生产线", "高速线材生产线", "双高线生产线"),
        "棒线材",
        (60, 150),
        (
            "粗中轧：合金球墨铸铁轧辊",
            "中轧：高镍铬无限冷硬轧辊",
            "预精轧：高速钢辊环",
            "精轧机组：碳化钨辊环",
        ),
        ("螺纹钢", "高速线材"),
    ),
    "H": LineKind(
        ("大型H型钢生产线", "中小型型钢生产线", "中型H型钢生产线"),
        "型钢",
        (60, 200),
        ("万能轧机水平辊：离心复合高铬铸铁辊环", "开坯机：半钢轧辊", "精轧机：球墨铸铁轧辊"),
        ("H型钢", "角钢、槽钢"),
    ),
    "S": LineKind(
        ("特钢大棒材生产线", "优特钢小棒生产线", "特钢线材生产线"),
        "特钢棒线材",
        (40, 120),
        ("粗轧：珠光体球墨铸铁轧辊", "中精轧：高速钢辊环", "减定径机组：碳化钨辊环"),
        ("轴承钢", "齿轮钢", "弹簧钢"),
    ),
}

COMPETITORS = (
    ("中钢邢机", "规模大、品种全，宽带钢轧辊业绩多", "交货期长，小批量订单响应慢"),
    ("江苏共昌轧辊", "离心复合轧辊性价比高，技术服务到位", "高速钢轧辊稳定性一般"),
    ("宜兴永昌轧辊", "价格低，账期灵活", "质量波动大，曾有断辊事故"),
    ("常州宝菱重工", "背靠大集团，锻钢支撑辊有优势", "铸铁辊品种少"),
    ("日立金属", "高速钢轧辊性能领先", "价格高出 30 % 以上，供货周期长"),
    ("唐山丰润轧辊厂", "距离近，服务快，老板关系深", "产品档次低，只能供中轧以下机架"),
    ("邢台鑫路轧辊", "球墨铸铁辊价格低", "技术力量薄弱，无驻厂服务"),
    ("阿克斯轧辊（中国）", "进口品牌，热连轧精轧工作辊口碑好", "价格高，国产替代压力大"),
)

PLAN_TEMPLATES: dict[str, tuple[tuple[str, str], ...]] = {
    "F": (
        (
            "热连轧精轧机组增设F7机架，{y}年完成改造",
            "新增机架首批配辊约 60 支，可推我方高速钢工作辊",
        ),
        ("热轧产品向高强汽车板、管线钢升级", "精轧工作辊耐磨性要求提高，推高速钢轧辊试用"),
    ),
    "N": (
        ("中宽带线提速改造，轧制节奏提高约 15 %", "辊耗增加，推长寿命高铬铸铁离心复合轧辊"),
        ("{y}年新建一条1250mm中宽带生产线", "新线首批配辊，需提前参与技术交流和孔型设计"),
    ),
    "P": (
        (
            "中厚板产线改造，提高高强船板、桥梁板比例",
            "对工作辊表面质量要求提高，推无限冷硬离心复合轧辊",
        ),
    ),
    "L": (
        ("棒材线实施切分轧制和控轧控冷改造", "切分孔型对辊环要求高，碳化钨辊环用量增加"),
        ("{y}年新建一条高速线材生产线", "新线配辊约 120 吨，争取首批供货"),
    ),
    "H": (("{y}年新建中型H型钢生产线", "新线首批配辊，需提前参与孔型设计交流"),),
    "S": (("特钢产品向汽车用钢、轴承钢升级", "对轧辊尺寸精度要求提高，推高速钢辊环"),),
}
GENERAL_PLANS = (
    ("超低排放改造，{y}年底前完成", "", "改造期间限产，轧辊需求预计下降约 20 %"),
    ("推行供应商集中招标，年度轧辊招标在每年 11 月", "准备招标资料，争取进入短名单", ""),
    ("成本压降：吨钢辊耗降低 10 %", "推吨钢辊耗承包（按轧制吨位结算）服务模式", ""),
    ("推进智能制造，建设轧辊全生命周期管理系统", "提供轧辊使用数据接口，增强黏性", ""),
)


def production_lines(rng: random.Random, customer: Customer, stage: str) -> list[ProductionLine]:
    lines = []
    for letter in customer.profile:
        kind = LINE_KINDS[letter]
        count = 2 if customer.output_wt >= 1500 and letter in "FL" else 1
        for name in rng.sample(kind.names, count):
            supplier = rng.choice(COMPETITORS)[0]
            ours = (
                ""
                if stage == "development"
                else "；".join(rng.sample(kind.our_rolls, rng.randint(1, 2)))
            )
            lo, hi = kind.capacity_wt
            capacity = min(rng.randint(lo, hi), max(customer.output_wt, 20))
            lines.append(
                ProductionLine(
                    name=name,
                    line_type=kind.line_type,
                    capacity=f"{capacity} 万吨/年",
                    status=LineStatus.RUNNING.value,
                    our_product=ours,
                    competitor=supplier,
                )
            )
    if lines and rng.random() < 0.08:
        lines[-1].status = LineStatus.STOPPED.value
        lines[-1].notes = "环保限产，阶段性停产"
    return lines


def product_items(rng: random.Random, customer: Customer) -> list[ProductItem]:
    products = [p for letter in customer.profile for p in LINE_KINDS[letter].products]
    weights = [rng.randint(2, 10) for _ in products]
    total = sum(weights)
    items = []
    left = 100
    for n, (product, weight) in enumerate(zip(products, weights, strict=True)):
        pct = left if n == len(products) - 1 else round(100 * weight / total)
        left -= pct
        volume = max(1, round(customer.output_wt * pct / 100))
        items.append(
            ProductItem(product=product, share_pct=float(pct), volume=f"约 {volume} 万吨/年")
        )
    return items


def development_plans(rng: random.Random, customer: Customer, year: int) -> list[DevelopmentPlan]:
    pool = [(item, opp, "") for letter in customer.profile for item, opp in PLAN_TEMPLATES[letter]]
    chosen = rng.sample(pool, min(len(pool), rng.randint(1, 2)))
    chosen += rng.sample(GENERAL_PLANS, rng.randint(0, 2))
    plans = []
    for item, opportunity, notes in chosen:
        y = year + rng.randint(0, 2)
        plans.append(
            DevelopmentPlan(
                item=item.format(y=y),
                horizon=f"{year}–{y + 1}",
                opportunity=opportunity,
                notes=notes,
            )
        )
    return plans


def share_history(rng: random.Random, current: int, first_year: int, years: list[int]) -> list[int]:
    """Our share per year, ending at ``current``; zero before we started supplying."""
    values = []
    share = current
    for year in reversed(years):
        values.append(share if year >= first_year else 0)
        share = max(5, min(95, share + rng.randint(-12, 6)))
    return list(reversed(values))


def competitor_shares(rng: random.Random, ours_by_year: dict[int, int]) -> list[CompetitorShare]:
    """Our share and two or three competitors' per year; the total never passes 100 %."""
    rivals = rng.sample(COMPETITORS, rng.randint(2, 3))
    rows = []
    for year, ours in ours_by_year.items():
        rows.append(
            CompetitorShare(year=year, supplier=OUR_SHORT_NAME, is_us=True, share_pct=float(ours))
        )
        left = max(0, 100 - ours - rng.randint(0, 10))  # the rest: small suppliers nobody tracks
        weights = [rng.randint(2, 8) for _ in rivals]
        for n, ((name, strengths, weaknesses), weight) in enumerate(
            zip(rivals, weights, strict=True)
        ):
            pct = left if n == len(rivals) - 1 else int(left * weight / sum(weights))
            left -= pct
            rows.append(
                CompetitorShare(
                    year=year,
                    supplier=name,
                    is_us=False,
                    share_pct=float(pct),
                    strengths=strengths,
                    weaknesses=weaknesses,
                )
            )
    return rows

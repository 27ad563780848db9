"""People for the demo: Chinese names and the personal notes a salesperson keeps
(docs/domain.md, Dossier: birthday, education, career, family, hobbies, habits, taboos).

Everything is drawn from the caller's ``random.Random`` so the demo is reproducible.
"""

from __future__ import annotations

import random
from datetime import date

# Common surnames, most frequent first; drawn with falling weights so 王/李/张 recur
# the way they do in a real customer list.
SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭"
    "吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦"
    "江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
_SURNAME_WEIGHTS = [1.0 / (i + 8) for i in range(len(SURNAMES))]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


MALE_GIVEN = _words(
    "建国 建华 建军 国强 国栋 志强 志刚 志勇 立新 立军 海涛 海波 文斌 文杰 晓东 晓峰 永刚 "
    "永明 德明 德胜 振华 振宇 卫东 卫国 红军 长青 宏伟 宏亮 俊杰 少华 明辉 金龙 庆丰 "
    "春生 铁军 学军 新民 保国 万里 利民 建伟 云飞 子豪 浩然 宇航 鹏飞 博文 瑞 强 刚 "
    "勇 军 磊 涛 斌 峰 超 鹏 凯 亮 杰 伟 鑫 浩"
)
FEMALE_GIVEN = _words(
    "丽娜 静 丽华 秀兰 桂英 玉梅 春燕 海燕 晓红 晓燕 雪梅 红梅 文静 慧敏 婷婷 丹 敏 "
    "芳 燕 霞 娟 颖 琳 璐 佳怡 思琪 欣然 雅琴 淑珍 美玲"
)

UNIVERSITIES = (
    ("东北大学", "材料成型及控制工程"),
    ("北京科技大学", "冶金工程"),
    ("北京科技大学", "材料科学与工程"),
    ("燕山大学", "机械设计制造及其自动化"),
    ("华北理工大学", "冶金工程"),
    ("河北理工学院", "金属压力加工"),
    ("武汉科技大学", "材料成型及控制工程"),
    ("辽宁科技大学", "冶金工程"),
    ("内蒙古科技大学", "金属材料工程"),
    ("太原科技大学", "机械工程"),
    ("安徽工业大学", "冶金工程"),
    ("重庆大学", "材料科学与工程"),
    ("中南大学", "冶金工程"),
    ("江苏大学", "机械工程"),
    ("山东大学", "材料成型及控制工程"),
    ("西安建筑科技大学", "冶金工程"),
)
BUSINESS_SCHOOLS = (
    ("中南财经政法大学", "会计学"),
    ("山东财经大学", "财务管理"),
    ("河北经贸大学", "工商管理"),
    ("南京财经大学", "物流管理"),
    ("东北财经大学", "会计学"),
)
EXECUTIVE_PROGRAMMES = (
    "清华大学 EMBA",
    "北京大学光华管理学院 EMBA",
    "中欧国际工商学院 EMBA",
    "南京大学 MBA",
    "天津大学 MBA",
)

HOBBIES = (
    "钓鱼",
    "羽毛球",
    "乒乓球",
    "书法",
    "象棋",
    "围棋",
    "徒步",
    "摄影",
    "喝茶（普洱）",
    "喝茶（铁观音）",
    "看足球",
    "京剧",
    "掼蛋",
    "打扑克（升级）",
    "太极拳",
    "跑步",
    "骑行",
    "篮球",
    "游泳",
    "养花",
    "收藏紫砂壶",
    "自驾游",
    "读历史书",
    "唱歌",
    "广场舞",
    "健身",
)
HABITS = (
    "每天七点前到厂，习惯在现场谈事",
    "说话直接，喜欢用数据说话，汇报材料要一页纸",
    "不喝酒，饭局上以茶代酒",
    "喜欢先发微信约时间，再打电话",
    "开会准时，最反感迟到",
    "周末基本在厂里，节假日也值班",
    "重视书面技术资料，会逐条看轧辊使用报告",
    "爱聊家常，先聊孩子再谈工作",
    "下午三点后比较好约",
    "习惯抽中华，但在办公室不抽",
    "做事谨慎，重要事项都要请示领导",
    "喜欢到供应商现场看生产，眼见为实",
)
TABOOS = (
    "不喝白酒（痛风）",
    "忌讳在饭桌上谈价格",
    "回族，饮食清真",
    "不收礼品，只接受技术资料",
    "不喜欢被直接打电话到办公室",
    "忌讳提前任供应商的事",
    "反感越级汇报，先找他再找领导",
    "不吃辣",
    "对吸烟反感",
    "忌讳数字 4，报价避开",
)
FAMILY = (
    "已婚，爱人在市第一人民医院当护士，女儿读高中",
    "已婚，爱人是中学老师，儿子在{city}读大学",
    "已婚，一儿一女，儿子刚参加工作",
    "已婚，爱人也在本厂工作（财务部），儿子读初中",
    "已婚，孩子在国外读研究生，老人同住",
    "已婚，爱人开一家小超市，女儿上小学",
    "已婚，双胞胎儿子读初二，每周末送孩子上补习班",
    "未婚，父母在老家农村",
    "已婚，刚有孩子，休息日多在家",
    "离异，女儿随其生活，在读大学",
    "已婚，爱人在银行工作，儿子在部队服役",
    "已婚，父亲身体不好，每月回老家照顾",
)


def person_name(rng: random.Random, taken: set[str], *, female: bool = False) -> str:
    """A name not yet in ``taken`` (which it extends)."""
    pool = FEMALE_GIVEN if female else MALE_GIVEN
    while True:
        name = rng.choices(SURNAMES, _SURNAME_WEIGHTS)[0] + rng.choice(pool)
        if name not in taken:
            taken.add(name)
            return name


def birthday(rng: random.Random, today: date, age_lo: int, age_hi: int) -> date:
    year = today.year - rng.randint(age_lo, age_hi)
    return date(year, rng.randint(1, 12), rng.randint(1, 28))


def education(rng: random.Random, *, leader: bool, business: bool) -> str:
    school, major = rng.choice(BUSINESS_SCHOOLS if business else UNIVERSITIES)
    degree = rng.choices(("本科", "硕士", "大专"), (6, 2, 2))[0]
    text = f"{school} {major} {degree}"
    if leader and rng.random() < 0.5:
        text += f"；{rng.choice(EXECUTIVE_PROGRAMMES)}"
    return text


CAREER_TRACKS = {
    "leader": (
        "技术员、车间主任、轧钢厂厂长",
        "轧钢工、作业长、生产部部长",
        "设备点检员、设备部部长、总经理助理",
    ),
    "technical": (
        "技术员、工段长、车间副主任",
        "轧钢工、作业长、车间主任",
        "设备点检员、备件工程师、设备科科长",
        "质检员、质量工程师",
    ),
    "business": ("采购员、采购主管", "统计员、计划员、采购主管", "销售内勤、采购主管"),
    "finance": ("出纳、会计、主管会计", "成本会计、结算主管"),
    "office": ("办公室文员", "行政后勤", "综合科科员"),
}


# For people not yet in a leading post: where they started.
JUNIOR_TRACKS = {
    "technical": ("技术员", "轧钢工、班长", "设备点检员", "质检员"),
    "business": ("采购员", "统计员、计划员"),
    "finance": ("出纳", "会计"),
    "office": ("办公室文员", "行政后勤"),
    "leader": ("技术员、车间主任",),
}


def career(
    rng: random.Random,
    company: str,
    title: str,
    track: str,
    born: date,
    today: date,
    *,
    junior: bool = False,
) -> str:
    """A plausible path to the current post: joined after school, rose through posts."""
    joined = min(born.year + rng.randint(20, 24), today.year - 1)
    current = min(today.year, max(joined + 1, today.year - rng.randint(1, 6)))
    steps = rng.choice((JUNIOR_TRACKS if junior else CAREER_TRACKS)[track])
    if rng.random() < 0.25 and current - joined > 8:
        moved = joined + rng.randint(3, current - joined - 3)
        return (
            f"{joined}年入职其他钢厂，历任{steps}；{moved}年调入{company}，{current}年起任{title}"
        )
    return f"{joined}年进入{company}，历任{steps}，{current}年起任{title}"


def family(rng: random.Random, city: str) -> str:
    return rng.choice(FAMILY).format(city=city)


def hobbies(rng: random.Random) -> str:
    return "、".join(rng.sample(HOBBIES, rng.randint(1, 3)))


def mobile(rng: random.Random) -> str:
    prefix = rng.choice(("133", "135", "136", "138", "139", "150", "152", "158", "186", "189"))
    return f"{prefix} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"

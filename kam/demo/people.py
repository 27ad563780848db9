"""The people at a demo customer: an org chart across departments (docs/domain.md, Coverage: every
department that touches us, down to the secretary and the leader's driver), with
decision roles, attitudes, personal notes, rising stars and our owner of each
relationship."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from kam.demo import names
from kam.demo.customers import Customer
from kam.domain import Contact, Staff
from kam.domain.enums import Attitude, ContactStatus, DecisionRole


@dataclass(frozen=True)
class Post:
    key: str
    department: str  # "{purchasing}" / "{tech}" are filled per company
    title: str
    role: str
    side: str  # who of ours owns the relationship: leader, technical, business, finance
    boss: str | None
    ages: tuple[int, int]
    female: float = 0.1


_DM, _INF, _USER, _GATE = (
    DecisionRole.DECISION_MAKER.value,
    DecisionRole.INFLUENCER.value,
    DecisionRole.USER.value,
    DecisionRole.GATEKEEPER.value,
)

# In the order posts are filled: a small mill gives us three or four of them, a
# group company a dozen.
POSTS: tuple[Post, ...] = (
    Post("gm", "公司领导", "总经理", _DM, "leader", "chair", (45, 58)),
    Post("pur_head", "{purchasing}", "部长", _INF, "business", "gm", (38, 55), 0.2),
    Post("mill_head", "轧钢厂", "厂长", _INF, "technical", "vp", (40, 55)),
    Post("roll_shop", "轧钢厂", "磨辊间主任", _USER, "technical", "mill_head", (35, 52)),
    Post("vp", "公司领导", "副总经理（分管生产设备）", _DM, "leader", "gm", (42, 56)),
    Post("pur_staff", "{purchasing}", "轧辊采购主管", _GATE, "business", "pur_head", (28, 45), 0.4),
    Post("tech_head", "{tech}", "主任", _INF, "technical", "chief_eng", (40, 55)),
    Post("fin_head", "财务部", "部长", _GATE, "finance", "gm", (40, 55), 0.6),
    Post("eq_head", "设备部", "部长", _INF, "technical", "vp", (40, 55)),
    Post("chair", "公司领导", "董事长", _DM, "leader", None, (50, 62)),
    Post("mill_eng", "轧钢厂", "轧辊管理工程师", _USER, "technical", "roll_shop", (27, 38)),
    Post("secretary", "总经理办公室", "总经理秘书", _GATE, "business", "gm", (25, 38), 0.7),
    Post("tech_eng", "{tech}", "轧钢工艺工程师", _USER, "technical", "tech_head", (27, 40), 0.2),
    Post("qa", "质量部", "质检工程师", _USER, "technical", "chief_eng", (28, 45), 0.3),
    Post("fin_clerk", "财务部", "结算会计", "", "finance", "fin_head", (26, 45), 0.8),
    Post("driver", "总经理办公室", "总经理司机", "", "business", "gm", (30, 50)),
    Post("eq_eng", "设备部", "备件工程师", _USER, "technical", "eq_head", (27, 42)),
    Post("chief_eng", "公司领导", "总工程师", _INF, "leader", "gm", (45, 58)),
    Post("reception", "总经理办公室", "前台接待", "", "business", "secretary", (22, 32), 0.9),
)
_BY_KEY = {p.key: p for p in POSTS}
_RISING = ("mill_eng", "tech_eng", "pur_staff", "eq_eng", "qa")

ATTITUDE_WEIGHTS = {
    "strategic": (60, 35, 5),
    "stable": (45, 45, 10),
    "initial": (25, 55, 20),
    "development": (10, 60, 30),
}


@dataclass(frozen=True)
class OurSide:
    """Who of ours owns each kind of relationship at one account."""

    leader: Staff
    technical: Staff
    business: Staff
    finance: Staff


def _boss_of(post: Post, present: dict[str, Contact]) -> Contact | None:
    key = post.boss
    while key is not None and key not in present:
        key = _BY_KEY[key].boss
    return present.get(key) if key else None


def contacts(
    rng: random.Random,
    customer: Customer,
    count: int,
    stage: str,
    ours: OurSide,
    today: date,
    links: list[tuple[Contact, Contact]],
) -> list[Contact]:
    """``count`` people (3–12) filling the most important posts first; (person, boss)
    pairs go into ``links`` for :func:`link_bosses` once the rows have ids."""
    purchasing = rng.choice(("采购部", "供应部", "物资采购中心"))
    tech = rng.choice(("技术中心", "技术部", "技术质量部"))
    posts = list(POSTS[:count])
    if customer.ownership == "民营" and count <= 5:
        # A small private mill's owner chairs it and runs it himself.
        posts[0] = Post("gm", "公司领导", "董事长兼总经理", _DM, "leader", None, (45, 60))
    taken: set[str] = set()
    present: dict[str, Contact] = {}
    people = []
    attitudes = ATTITUDE_WEIGHTS[stage]
    for post in posts:
        female = rng.random() < post.female
        born = names.birthday(rng, today, *post.ages)
        department = post.department.format(purchasing=purchasing, tech=tech)
        title = post.title
        if title in ("部长", "主任"):
            title = "主任" if department.endswith("中心") else "部长"
        # The title field holds the post alone (the department has its own column);
        # the career line names both, as people say it: 2020年起任采购部部长.
        post_name = title
        if not post.department.startswith("公司") and post.key not in (
            "secretary",
            "driver",
            "reception",
        ):
            post_name = f"{department}{title}"
        leader = post.side == "leader"
        person = Contact(
            name=names.person_name(rng, taken, female=female),
            department=department,
            title=title,
            decision_role=post.role,
            attitude=rng.choices(
                (Attitude.SUPPORTER.value, Attitude.NEUTRAL.value, Attitude.OPPONENT.value),
                attitudes,
            )[0],
            status=ContactStatus.ACTIVE.value,
            phone=names.mobile(rng),
            birthday=born,
            education=names.education(rng, leader=leader, business=post.side == "finance"),
            career=names.career(
                rng,
                customer.short_name,
                post_name,
                _track(post),
                born,
                today,
                junior=post.boss not in (None, "chair", "gm", "vp", "chief_eng")
                and not title.endswith(("部长", "主任", "厂长")),
            ),
            family=names.family(rng, customer.city),
            hobbies=names.hobbies(rng),
            habits=rng.choice(names.HABITS) if rng.random() < 0.6 else "",
            taboos=rng.choice(names.TABOOS) if rng.random() < 0.4 else "",
            owner=getattr(ours, post.side),
        )
        present[post.key] = person
        people.append(person)
    # Kept aside, not set as relationships: a self-referential link would make the
    # flush insert contacts one row at a time (see link_bosses).
    for post, person in zip(posts, people, strict=True):
        boss = _boss_of(post, present)
        if boss is not None:
            links.append((person, boss))
    _mark_coach(rng, people, stage)
    _mark_rising_star(rng, present, ours, today)
    _mark_changes(rng, people)
    return people


def link_bosses(links: list[tuple[Contact, Contact]]) -> None:
    """Sets ``reports_to_id`` after a flush gave every contact its id."""
    for person, boss in links:
        person.reports_to_id = boss.id


def _track(post: Post) -> str:
    if post.key in ("secretary", "driver", "reception"):
        return "office"
    return post.side


def _mark_coach(rng: random.Random, people: list[Contact], stage: str) -> None:
    """One insider (内线) who tells us what goes on: rarely yet at a prospect."""
    if stage == "development" and rng.random() < 0.6:
        return
    candidates = [p for p in people if p.decision_role in (_USER, "") and p is not people[0]]
    if candidates:
        coach = rng.choice(candidates)
        coach.decision_role = DecisionRole.COACH.value
        coach.attitude = Attitude.SUPPORTER.value
        coach.notes = "关系好，常提前透露招标和用辊情况"


def _mark_rising_star(
    rng: random.Random, present: dict[str, Contact], ours: OurSide, today: date
) -> None:
    named = [present[k] for k in _RISING if k in present]
    young = [c for c in named if c.birthday is not None and today.year - c.birthday.year <= 40]
    if young and rng.random() < 0.8:
        star = rng.choice(young)
        star.rising_star = True
        star.owner = ours.technical if "采购" not in star.department else ours.business
        star.notes = rng.choice(
            (
                "业务能力强，领导器重，有望接任部门负责人",
                "年轻有冲劲，参与新线建设项目，值得长期培养关系",
                "技术扎实，厂里重点培养的后备干部",
            )
        )


def _mark_changes(rng: random.Random, people: list[Contact]) -> None:
    """People move: a few changed posts or left, which the dossier must show."""
    for person in people[1:]:
        roll = rng.random()
        if roll < 0.03:
            person.status = ContactStatus.LEFT.value
            person.notes = "已离职，去向待了解"
        elif roll < 0.07:
            person.status = ContactStatus.CHANGED_POST.value
            person.notes = "近期调岗，需重新建立对接人"

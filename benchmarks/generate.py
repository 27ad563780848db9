"""Large synthetic databases for benchmarks: thousands of Chinese-named accounts and
their people, written with bulk inserts into a migrated file in a few seconds.

Other benchmarks import it::

    from benchmarks.generate import cached_database, make_database
    path = cached_database(accounts=10_000, contacts=50_000)   # built once, then reused

or run it: ``python -m benchmarks.generate /tmp/big.sqlite3 --accounts 10000``.

Names are composed from parts (place + brand + trade + legal form) whose pinyin is
computed once per part, so 10,000 search keys cost no per-row pypinyin call; the keys
equal what :func:`kam.text.pinyin.search_keys` stores for the same name.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam.domain import Account, Contact, Staff
from kam.domain.enums import Attitude, DecisionRole, Layer, Stage
from kam.store import Database, open_database
from kam.text.pinyin import full_pinyin, initials


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


PLACES = _words(
    "河北 唐山 邯郸 武安 迁安 邢台 石家庄 沧州 承德 山东 日照 临沂 淄博 潍坊 济南 莱芜 "
    "江苏 常州 无锡 江阴 张家港 南京 徐州 山西 长治 晋城 临汾 太原 河南 安阳 济源 "
    "辽宁 鞍山 本溪 抚顺 天津 浙江 宁波 杭州 安徽 马鞍山 芜湖 湖北 武汉 鄂州 湖南 "
    "湘潭 广东 韶关 广西 柳州 福建 三明 四川 成都 重庆 云南 昆明 陕西 西安 甘肃 "
    "内蒙古 包头 新疆 黑龙江 吉林 通化 江西 新余 萍乡"
)
BRANDS = _words(
    "鑫达 华润 永盛 金鼎 恒通 宏达 瑞丰 兴业 东华 新兴 长城 海天 龙腾 荣盛 泰和 正大 "
    "天宇 华泰 嘉诚 聚鑫 国泰 鸿运 晨阳 弘毅 顺发 丰源 亿达 盛世 金石 银河 远大 明珠 "
    "宝丰 富源 华信 恒昌 振兴 德润 冠达 凯盛 利达 广源 昌盛 佳和 永兴 中联 华宇 裕丰"
)
TRADES = _words("钢铁 特钢 轧钢 型钢 带钢 金属制品 冶金 重工 机械 管业 线材 板材")
FORMS = ("有限公司", "集团有限公司", "股份有限公司", "有限责任公司")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈"
GIVEN = _words(
    "建国 志强 立新 海涛 文斌 晓东 德明 振华 卫东 宏伟 俊杰 明辉 金龙 春生 新民 丽娜 静 "
    "秀兰 春燕 晓红 雪梅 文静 婷婷 敏 芳 强 刚 勇 军 磊 涛 斌 峰 超 鹏 凯 亮 杰 伟 鑫"
)
DEPARTMENTS = (
    "公司领导",
    "采购部",
    "技术中心",
    "轧钢厂",
    "设备部",
    "质量部",
    "财务部",
    "总经理办公室",
)
TITLES = ("总经理", "部长", "副部长", "主任", "工程师", "主管", "采购员", "秘书")


def _keys(parts: Iterable[str]) -> dict[str, tuple[str, str]]:
    return {p: (full_pinyin(p), initials(p)) for p in parts}


def account_rows(rng: random.Random, count: int, staff_ids: Sequence[int]) -> list[dict[str, Any]]:
    """``count`` accounts with distinct names, codes A00001 …, pinyin keys filled in."""
    keys = _keys([*PLACES, *BRANDS, *TRADES, *FORMS])
    combos = len(PLACES) * len(BRANDS) * len(TRADES) * len(FORMS)
    if count > combos:
        raise ValueError(f"at most {combos} distinct account names")
    picks = rng.sample(range(combos), count)
    stages = [s.value for s in Stage]
    rows = []
    for n, pick in enumerate(picks, start=1):
        pick, form = divmod(pick, len(FORMS))
        pick, trade = divmod(pick, len(TRADES))
        place, brand = divmod(pick, len(BRANDS))
        parts = (PLACES[place], BRANDS[brand], TRADES[trade], FORMS[form])
        short = (BRANDS[brand], TRADES[trade])
        full = "".join(keys[p][0] for p in parts) + " " + "".join(keys[p][0] for p in short)
        ini = "".join(keys[p][1] for p in parts) + " " + "".join(keys[p][1] for p in short)
        rows.append(
            {
                "code": f"A{n:05d}",
                "name": "".join(parts),
                "short_name": "".join(short),
                "pinyin": full,
                "pinyin_initials": ini,
                "industry": "钢铁",
                "region": PLACES[place],
                "stage": rng.choice(stages),
                "grade": rng.choice("ABCD"),
                "key_account": rng.random() < 0.2,
                "owner_id": rng.choice(staff_ids) if staff_ids else None,
                "annual_output": f"粗钢 {rng.randint(20, 3000)} 万吨/年",
            }
        )
    return rows


def contact_rows(
    rng: random.Random, account_ids: Sequence[int], count: int, staff_ids: Sequence[int]
) -> list[dict[str, Any]]:
    """``count`` people spread over the accounts, every account getting at least one."""
    owners = [rng.choice(account_ids) for _ in range(max(0, count - len(account_ids)))]
    targets = list(account_ids[:count]) + owners
    roles = [r.value for r in DecisionRole]
    attitudes = [a.value for a in Attitude]
    return [
        {
            "account_id": account_id,
            "name": rng.choice(SURNAMES) + rng.choice(GIVEN),
            "department": rng.choice(DEPARTMENTS),
            "title": rng.choice(TITLES),
            "decision_role": rng.choice(roles),
            "attitude": rng.choice(attitudes),
            "phone": f"13{rng.randint(100000000, 999999999)}",
            "birthday": date(rng.randint(1960, 1998), rng.randint(1, 12), rng.randint(1, 28)),
            "owner_id": rng.choice(staff_ids) if staff_ids else None,
        }
        for account_id in targets
    ]


def bulk_insert(session: Session, model: type, rows: Sequence[dict[str, Any]]) -> None:
    """Inserts plain dicts fast: column defaults (uuid, timestamps, "" …) are filled in
    here and the rows go to the driver's ``executemany`` in one statement.

    SQLAlchemy's own bulk paths run their per-row default machinery, which costs ~10×
    more than the insert itself at 50,000 rows.
    """
    if not rows:  # SQLAlchemy 2.1 refuses an executemany without parameter sets
        return
    table = model.__table__  # type: ignore[attr-defined]
    columns = [c for c in table.columns if not (c.primary_key and c.autoincrement)]
    fixed: dict[str, Any] = {}
    computed = []
    for column in columns:
        default = column.default
        if default is None or not getattr(default, "is_scalar", True):
            if default is not None and default.is_callable:
                computed.append((column.name, default.arg))
            continue
        fixed[column.name] = default.arg
    names = [c.name for c in columns]
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
    values = []
    for row in rows:
        full = dict(fixed)
        for name, make in computed:
            if name not in row:
                full[name] = make(None)
        full.update(row)
        values.append(tuple(full.get(name) for name in names))
    session.connection().exec_driver_sql(sql, values)


def fill(db: Database, *, accounts: int, contacts: int, staff: int = 20, seed: int = 2025) -> None:
    rng = random.Random(seed)
    with db.session() as session:
        layers = [Layer.BUSINESS.value] * 3 + [Layer.TECHNICAL.value, Layer.LEADER.value]
        bulk_insert(
            session,
            Staff,
            [
                {"name": f"员工{n:03d}", "layer": layers[n % len(layers)]}
                for n in range(1, staff + 1)
            ],
        )
        staff_ids = session.scalars(select(Staff.id)).all()
        bulk_insert(session, Account, account_rows(rng, accounts, staff_ids))
        account_ids = session.scalars(select(Account.id).order_by(Account.id)).all()
        bulk_insert(session, Contact, contact_rows(rng, account_ids, contacts, staff_ids))


def make_database(
    path: str | Path,
    accounts: int = 10_000,
    contacts: int = 50_000,
    *,
    staff: int = 20,
    seed: int = 2025,
) -> Path:
    """A fresh migrated database at ``path`` (replaced if present) with generated rows."""
    path = Path(path)
    _remove_database(path)
    db = open_database(path)
    try:
        fill(db, accounts=accounts, contacts=contacts, staff=staff, seed=seed)
    finally:
        db.close()
    return path


def cache_folder() -> Path:
    """Where generated databases are kept between runs: ``KAM_BENCH_CACHE`` or the temp folder."""
    return Path(os.environ.get("KAM_BENCH_CACHE") or tempfile.gettempdir())


def _remove_database(path: Path, *, backups: bool = False) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    if backups:
        shutil.rmtree(path.with_name(f"{path.stem}-backups"), ignore_errors=True)


def _settle(path: Path) -> None:
    """Folds the write-ahead log into the main file, so that renaming the main file
    alone moves every row."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def cached(name: str, build: Callable[[Path], object]) -> Path:
    """The database ``name`` in :func:`cache_folder`, made by ``build(path)`` on first use.

    It is built under a temporary name and renamed into place only when complete (the
    builder has closed it), so a crash or Ctrl+C halfway never leaves a half-built cache
    that every later run would trust. Delete the file after a schema change.
    """
    path = cache_folder() / name
    if not path.exists():
        part = path.with_name(f"{path.stem}-{os.getpid()}-part{path.suffix}")
        _remove_database(part, backups=True)
        try:
            build(part)
            _settle(part)
            os.replace(part, path)
        finally:
            _remove_database(part, backups=True)
    return path


def cached_database(accounts: int = 10_000, contacts: int = 50_000, seed: int = 2025) -> Path:
    """Like :func:`make_database` into the cache folder, built only on the first call."""
    return cached(
        f"kam-bench-{accounts}-{contacts}-{seed}.sqlite3",
        lambda path: make_database(path, accounts, contacts, seed=seed),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a large KAM database")
    parser.add_argument("path", type=Path)
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--contacts", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    make_database(args.path, args.accounts, args.contacts, seed=args.seed)
    print(
        f"{args.accounts} accounts, {args.contacts} contacts in "
        f"{time.perf_counter() - started:.2f} s: {args.path}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Renders every document of the demo company to PNG pages for a look (issue 14's proof).

    .venv/bin/python scripts/render_docs.py OUT_DIR [--db demo.sqlite3] [--lang zh_CN]

Builds the demo (unless --db names an existing file), prints through the ``kam`` command
line what a user prints — a key account's profile, a new account's profile, a batch of
three profiles with --duplex, next week's visit plan and briefs, the rating pack — then
turns each PDF into PNGs with poppler's ``pdftoppm`` (on PATH, or POPPLER_PATH on Windows).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from kam.domain import Account, Visit  # noqa: E402
from kam.store import open_database  # noqa: E402


def kam(db: Path, *args: str, lang: str) -> None:
    env = dict(os.environ, KAM_LANG=lang)
    subprocess.run(
        [sys.executable, "-m", "kam.cli", "--db", str(db), *args], check=True, env=env, cwd=ROOT
    )


def pdftoppm() -> str:
    found = shutil.which("pdftoppm", path=os.environ.get("POPPLER_PATH") or None)
    if found is None:
        raise SystemExit("pdftoppm not found: install poppler-utils (or set POPPLER_PATH)")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--dpi", default="60")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    db_path = args.db or out / "demo.sqlite3"
    if not db_path.exists():
        kam(db_path, "init", "--demo", lang=args.lang)
    db = open_database(db_path)
    today = date.today()
    with db.session() as s:
        key = [
            a.code
            for a in s.query(Account)
            .filter(Account.key_account.is_(True))
            .order_by(Account.code)
            .limit(3)
        ]
        small = (
            s.query(Account)
            .filter(Account.key_account.is_(False))
            .order_by(Account.code.desc())
            .first()
        )
        visit = (
            s.query(Visit)
            .filter(Visit.status == "planned", Visit.planned_on >= today)
            .order_by(Visit.planned_on)
            .first()
        )
    db.close()
    year = today.year if today.month >= 11 else today.year - 1
    pdfs = {
        "profile_key": ["profile", key[0], "--out"],
        "profile_small": ["profile", small.code if small else key[-1], "--out"],
        "profile_batch": ["profile", *key, "--duplex", "--out"],
        "visit_plan": [
            "visits",
            "plan",
            "--from",
            str(today),
            "--to",
            str(today + timedelta(days=13)),
            "--out",
        ],
        "visit_brief": ["visits", "brief", *([str(visit.id)] if visit else []), "--out"],
    }
    kam(db_path, "rating", "run", "--year", str(year), lang=args.lang)
    pdfs["rating_pack"] = ["rating", "report", "--year", str(year), "--out"]
    tool = pdftoppm()
    for name, command in pdfs.items():
        pdf = out / f"{name}.pdf"
        kam(db_path, *command, str(pdf), lang=args.lang)
        for old in out.glob(f"{name}-*.png"):
            old.unlink()
        subprocess.run([tool, "-r", args.dpi, "-png", str(pdf), str(out / name)], check=True)
        pages = sorted(out.glob(f"{name}-*.png"))
        print(f"{name}: {len(pages)} page(s) → {out / name}-*.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

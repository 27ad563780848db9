"""Small helpers shared by the persistence and reliability tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kam.domain import Account
from kam.store import Database


def add_accounts(db: Database, count: int, prefix: str = "A", notes: str = "") -> None:
    """Adds ``count`` accounts in one unit of work."""
    with db.session() as session:
        for i in range(count):
            session.add(Account(code=f"{prefix}{i:04d}", name=f"{prefix} 钢铁 {i}", notes=notes))


def account_codes(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {row[0] for row in con.execute("SELECT code FROM account")}
    finally:
        con.close()


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()

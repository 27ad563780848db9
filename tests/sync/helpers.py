"""Small steps the sync tests repeat: add and read records on a laptop."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, text

from kam.domain import Account, Contact
from kam.store import Database


def add_account(db: Database, code: str, name: str, **fields: Any) -> str:
    with db.session() as session:
        account = Account(code=code, name=name, **fields)
        session.add(account)
        session.flush()
        return account.uuid


def add_contact(db: Database, code: str, name: str, **fields: Any) -> str:
    with db.session() as session:
        account = session.scalars(select(Account).where(Account.code == code)).one()
        contact = Contact(account_id=account.id, name=name, **fields)
        session.add(contact)
        session.flush()
        return contact.uuid


def edit_account(db: Database, code: str, /, **fields: Any) -> None:
    with db.session() as session:
        account = session.scalars(select(Account).where(Account.code == code)).one()
        for name, value in fields.items():
            setattr(account, name, value)


def account(db: Database, code: str) -> Account | None:
    with db.session() as session:
        return session.scalars(select(Account).where(Account.code == code)).one_or_none()


def delete_account(db: Database, code: str) -> None:
    with db.session() as session:
        session.delete(session.scalars(select(Account).where(Account.code == code)).one())


def dump(
    db: Database, tables: tuple[str, ...] = ("account", "contact", "staff", "visit")
) -> dict[str, set[tuple[Any, ...]]]:
    """Each table's rows by uuid with every column but ids and audit stamps."""
    from kam.sync.rows import read_rows
    from kam.sync.tables import AUDIT, by_name

    out = {}
    with db.engine.connect() as conn:
        for name in tables:
            rows = read_rows(conn, by_name()[name])
            out[name] = {
                tuple(sorted((k, v) for k, v in r.items() if k not in AUDIT)) for r in rows.values()
            }
    return out


def outbox(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM sync_outbox")).scalar()

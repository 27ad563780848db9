"""Small account histories for the warning tests, written straight to the database."""

from __future__ import annotations

from datetime import date, datetime

from kam.domain import (
    Account,
    CompetitorShare,
    Complaint,
    Contact,
    Contract,
    Payment,
    QualityRecord,
    RatingResult,
    RatingRun,
    Staff,
    Visit,
)
from kam.rating.model import FINAL
from kam.store import Database


def account(
    db: Database, code: str = "A1", *, grade: str = "", key: bool = False, owner: str | None = None
) -> int:
    with db.session() as s:
        owner_id = None
        if owner:
            staff = Staff(name=owner, layer="business")
            s.add(staff)
            s.flush()
            owner_id = staff.id
        a = Account(
            code=code,
            name=f"{code} 钢铁",
            short_name=code,
            grade=grade,
            key_account=key,
            owner_id=owner_id,
        )
        s.add(a)
        s.flush()
        return a.id


_numbers = iter(range(1, 10**6))


def contract(
    db: Database, account_id: int, signed_on: date, quantity: float = 10.0, amount: float = 1000.0
) -> int:
    with db.session() as s:
        c = Contract(
            account_id=account_id,
            contract_no=f"HT-{next(_numbers)}",
            signed_on=signed_on,
            quantity=quantity,
            amount=amount,
        )
        s.add(c)
        s.flush()
        return c.id


def payment(
    db: Database, account_id: int, paid_on: date, amount: float, contract_id: int | None = None
) -> None:
    with db.session() as s:
        s.add(
            Payment(account_id=account_id, paid_on=paid_on, amount=amount, contract_id=contract_id)
        )


def quality(
    db: Database,
    account_id: int,
    reported_on: date,
    *,
    status: str = "open",
    resolved_on: date | None = None,
) -> int:
    with db.session() as s:
        q = QualityRecord(
            account_id=account_id,
            reported_on=reported_on,
            description="辊面剥落",
            status=status,
            resolved_on=resolved_on,
        )
        s.add(q)
        s.flush()
        return q.id


def complaint(
    db: Database,
    account_id: int,
    received_on: date,
    *,
    status: str = "open",
    resolved_on: date | None = None,
) -> int:
    with db.session() as s:
        c = Complaint(
            account_id=account_id,
            received_on=received_on,
            description="交货晚了",
            status=status,
            resolved_on=resolved_on,
        )
        s.add(c)
        s.flush()
        return c.id


def resolve(db: Database, model: type, row_id: int, on: date) -> None:
    with db.session() as s:
        row = s.get_one(model, row_id)
        row.status, row.resolved_on = "resolved", on


def visit(db: Database, account_id: int, layer: str, on: date, status: str = "done") -> int:
    with db.session() as s:
        v = Visit(account_id=account_id, layer=layer, planned_on=on, status=status)
        s.add(v)
        s.flush()
        return v.id


def contact(
    db: Database,
    account_id: int,
    name: str = "张总",
    *,
    role: str = "decision_maker",
    department: str = "采购部",
    status: str = "active",
    changed_on: date | None = None,
) -> int:
    with db.session() as s:
        c = Contact(
            account_id=account_id,
            name=name,
            department=department,
            decision_role=role,
            status=status,
            status_changed_on=changed_on,
        )
        s.add(c)
        s.flush()
        return c.id


def share(
    db: Database, account_id: int, year: int, ours: float, competitor: float | None = None
) -> None:
    with db.session() as s:
        s.add(
            CompetitorShare(
                account_id=account_id, year=year, supplier="我方", is_us=True, share_pct=ours
            )
        )
        if competitor is not None:
            s.add(
                CompetitorShare(
                    account_id=account_id, year=year, supplier="邢台轧辊", share_pct=competitor
                )
            )


def rating(
    db: Database, year: int, finalised: date, grades: dict[int, tuple[str, str | None]]
) -> None:
    with db.session() as s:
        run = RatingRun(
            year=year,
            status=FINAL,
            scheme_toml="",
            finalised_at=datetime.combine(finalised, datetime.min.time()),
        )
        s.add(run)
        s.flush()
        for account_id, (grade, before) in grades.items():
            s.add(
                RatingResult(
                    run_id=run.id,
                    account_id=account_id,
                    code=str(account_id),
                    name="x",
                    grade=grade,
                    previous_grade=before,
                )
            )

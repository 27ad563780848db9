"""Commercial records per account: contracts, payments, quality records (质量异议),
complaints (投诉) and the yearly manual scores used by the rating."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kam.domain.base import Base, Tracked


class Contract(Tracked, Base):
    __tablename__ = "contract"
    __table_args__ = (UniqueConstraint("account_id", "contract_no"),)

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    contract_no: Mapped[str] = mapped_column(String(60))
    signed_on: Mapped[date] = mapped_column(Date, index=True)
    product: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[float] = mapped_column(Float, default=0.0)
    unit: Mapped[str] = mapped_column(String(20), default="t")
    unit_price: Mapped[float | None] = mapped_column(Float)
    amount: Mapped[float] = mapped_column(Float, default=0.0)
    cost: Mapped[float | None] = mapped_column(Float)
    # docs/domain.md, Daily maintenance: know every arrear, when it will be paid and what was promised.
    expected_payment_on: Mapped[date | None] = mapped_column(Date)
    # Payment terms (账期): the contract's own days, or an agreed due date; without
    # either the account's and then the company's default days apply.
    payment_days: Mapped[int | None] = mapped_column(Integer)
    due_on: Mapped[date | None] = mapped_column(Date)
    # The day it falls due, kept by kam.business.terms (arrears and collection age from it).
    falls_due_on: Mapped[date | None] = mapped_column(Date)
    promise_notes: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Payment(Tracked, Base):
    __tablename__ = "payment"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    contract_id: Mapped[int | None] = mapped_column(
        ForeignKey("contract.id", ondelete="SET NULL"), index=True
    )
    paid_on: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[float] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")


class QualityRecord(Tracked, Base):
    __tablename__ = "quality_record"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    reported_on: Mapped[date] = mapped_column(Date, index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    loss_amount: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[str] = mapped_column(String(20), default="open")
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class Complaint(Tracked, Base):
    __tablename__ = "complaint"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    received_on: Mapped[date] = mapped_column(Date, index=True)
    cause: Mapped[str] = mapped_column(String(20), default="product")
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="open")
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class ManualScore(Tracked, Base):
    """The year's manual 1–5 scores: industry influence and business reputation."""

    __tablename__ = "manual_score"
    __table_args__ = (UniqueConstraint("account_id", "year"),)

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    industry_influence: Mapped[int | None] = mapped_column(Integer)
    reputation: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


# Arrears, their warnings and the collection figures read contracts by due date.
# (The warnings' grouped pass reads every column here: a covering index.)
Index(
    "ix_contract_due",
    Contract.account_id,
    Contract.signed_on,
    Contract.falls_due_on,
    Contract.id,
    Contract.quantity,
    Contract.amount,
)

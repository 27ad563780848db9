"""The annual rating's record: one run per year's rating, one result per account.

A run starts as a draft; finalising freezes it (its scheme text, results and decisions)
with the date and who did it. Re-running a finalised year makes a new draft beside it,
never a silent recomputation. Results copy the account's code and name so a frozen
year still reads right after an account is renamed or deleted.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kam.business.model import Contract, Payment
from kam.domain.base import Base, Tracked

DRAFT = "draft"
FINAL = "final"
SUPERSEDED = "superseded"  # a final run replaced by a later finalised re-run of its year

ACCEPTED = "accepted"
OVERRIDDEN = "overridden"


class RatingRun(Tracked, Base):
    __tablename__ = "rating_run"

    year: Mapped[int] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(12), default=DRAFT, index=True)
    scheme_name: Mapped[str] = mapped_column(String(200), default="")
    scheme_toml: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime)
    finalised_by: Mapped[str] = mapped_column(String(80), default="")
    # The final run this draft re-computes, whose differences the draft shows.
    based_on_id: Mapped[int | None] = mapped_column(
        ForeignKey("rating_run.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, default="")


class RatingResult(Tracked, Base):
    __tablename__ = "rating_result"

    run_id: Mapped[int] = mapped_column(ForeignKey("rating_run.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL"), index=True
    )
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    # JSON objects keyed by measure, in scheme order; missing is a JSON list of measures.
    values_json: Mapped[str] = mapped_column(Text, default="{}")
    points_json: Mapped[str] = mapped_column(Text, default="{}")
    missing_json: Mapped[str] = mapped_column(Text, default="[]")
    revenue: Mapped[float] = mapped_column(Float, default=0.0)
    volume: Mapped[float] = mapped_column(Float, default=0.0)
    total: Mapped[float] = mapped_column(Float, default=0.0)
    computed_grade: Mapped[str] = mapped_column(String(2), default="D")
    rank: Mapped[int] = mapped_column(Integer, default=0)
    # The effective grade (the override when there is one) and what follows from it.
    grade: Mapped[str] = mapped_column(String(2), default="D")
    key_account: Mapped[bool] = mapped_column(Boolean, default=False)
    previous_grade: Mapped[str | None] = mapped_column(String(2))
    previous_key: Mapped[bool] = mapped_column(Boolean, default=False)
    change: Mapped[str] = mapped_column(String(10), default="new")
    decision: Mapped[str] = mapped_column(String(12), default="")
    override_grade: Mapped[str] = mapped_column(String(2), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(80), default="")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)


# Rating a year sums a few columns of that year's contracts and payments per account
# (kam.rating.measures): covering indexes let SQLite answer from the index alone, which
# is what keeps 10,000 accounts over 300,000 contracts well under two seconds.
Index(
    "ix_contract_year_figures",
    Contract.signed_on,
    Contract.account_id,
    Contract.quantity,
    Contract.amount,
    Contract.cost,
)
Index("ix_payment_year_figures", Payment.paid_on, Payment.account_id, Payment.amount)

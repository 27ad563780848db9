"""The sales policy by grade (docs/domain.md, Sales policy): what each class of account gets.

Its visit targets per layer are the visit cadence targets (one concept, one place):
the visits area reads them, the rating area edits them.
"""

from __future__ import annotations

from sqlalchemy import Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kam.domain.base import Base, Tracked

GRADES = ("A", "B", "C", "D")
UNRATED = ""  # accounts never rated use the policy row with grade ""


class SalesPolicy(Tracked, Base):
    __tablename__ = "sales_policy"

    grade: Mapped[str] = mapped_column(String(2), unique=True)
    price_allowance_pct: Mapped[float] = mapped_column(Float, default=0.0)
    credit_days: Mapped[int] = mapped_column(Integer, default=30)
    leader_visits: Mapped[int] = mapped_column(Integer, default=0)  # per year
    technical_visits: Mapped[int] = mapped_column(Integer, default=0)
    business_visits: Mapped[int] = mapped_column(Integer, default=0)
    expense_budget: Mapped[float] = mapped_column(Float, default=0.0)  # per year, 元
    commission_rate_pct: Mapped[float] = mapped_column(Float, default=0.0)
    notes: Mapped[str] = mapped_column(Text, default="")

"""The dossier's detail lists: production lines, product structure, development plans
and competitors' shares at the customer (ours included, which gives share of wallet)."""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kam.domain.base import Base, Tracked


class ProductionLine(Tracked, Base):
    __tablename__ = "production_line"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))
    line_type: Mapped[str] = mapped_column(String(80), default="")
    capacity: Mapped[str] = mapped_column(String(80), default="")
    status: Mapped[str] = mapped_column(String(20), default="running")
    our_product: Mapped[str] = mapped_column(String(200), default="")
    competitor: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ProductItem(Tracked, Base):
    """One line of the customer's product structure (产品结构)."""

    __tablename__ = "product_item"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    product: Mapped[str] = mapped_column(String(120))
    share_pct: Mapped[float | None] = mapped_column(Float)
    volume: Mapped[str] = mapped_column(String(80), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class DevelopmentPlan(Tracked, Base):
    __tablename__ = "development_plan"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    item: Mapped[str] = mapped_column(String(200))
    horizon: Mapped[str] = mapped_column(String(40), default="")
    opportunity: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class CompetitorShare(Tracked, Base):
    """A supplier's share of the customer's purchases of our product line in a year."""

    __tablename__ = "competitor_share"
    __table_args__ = (UniqueConstraint("account_id", "year", "supplier"),)

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    supplier: Mapped[str] = mapped_column(String(120))
    is_us: Mapped[bool] = mapped_column(Boolean, default=False)
    share_pct: Mapped[float] = mapped_column(Float)
    strengths: Mapped[str] = mapped_column(Text, default="")
    weaknesses: Mapped[str] = mapped_column(Text, default="")

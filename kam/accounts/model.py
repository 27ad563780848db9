"""The account (客户) and the facts of its dossier (大客户业务档案)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam.domain.base import Base, Tracked

if TYPE_CHECKING:
    from kam.accounts.dossier_model import (
        CompetitorShare,
        DevelopmentPlan,
        ProductionLine,
        ProductItem,
    )
    from kam.accounts.people_model import Contact
    from kam.accounts.staff_model import Staff


class Account(Tracked, Base):
    __tablename__ = "account"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    short_name: Mapped[str] = mapped_column(String(80), default="")
    # Search keys kept beside the name so a keystroke is one indexed LIKE, not a
    # pinyin conversion of every row: full pinyin ("hebeigangtie") and initials ("hbgt").
    pinyin: Mapped[str] = mapped_column(String(400), default="", index=True)
    pinyin_initials: Mapped[str] = mapped_column(String(200), default="")
    industry: Mapped[str] = mapped_column(String(80), default="")
    region: Mapped[str] = mapped_column(String(80), default="", index=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    ownership: Mapped[str] = mapped_column(String(40), default="")
    founded: Mapped[int | None] = mapped_column(Integer)
    assets: Mapped[float | None] = mapped_column(Float)  # 万元
    annual_output: Mapped[str] = mapped_column(String(120), default="")
    employees: Mapped[int | None] = mapped_column(Integer)
    service_area: Mapped[str] = mapped_column(String(200), default="")
    business_status: Mapped[str] = mapped_column(Text, default="")
    payment_terms: Mapped[str] = mapped_column(String(200), default="")
    # Default payment terms in days for this account's contracts (None: the company's).
    payment_days: Mapped[int | None] = mapped_column(Integer)
    credit_limit: Mapped[float | None] = mapped_column(Float)  # 万元
    credit_rating: Mapped[str] = mapped_column(String(40), default="")
    credit_notes: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[str] = mapped_column(String(20), default="development", index=True)
    relationship_type: Mapped[str] = mapped_column(String(20), default="buy_sell")
    lifecycle: Mapped[str] = mapped_column(String(20), default="potential")
    # The grade and key-account status decided by the last finalised rating (or entered
    # by hand before the first one); the rating's own tables keep the full history.
    grade: Mapped[str] = mapped_column(String(2), default="", index=True)
    key_account: Mapped[bool] = mapped_column(Boolean, default=False)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # Every member of a team sees a shared account, not only its owner and those who
    # cover it (row-level security on the team server, migration 0008_team).
    shared: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Bumped by a trigger on every update (migration 0009_versions): a save compares it
    # with the version it loaded to notice a change made meanwhile.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    owner: Mapped[Staff | None] = relationship()
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="account",
        cascade="all, delete-orphan",
        passive_deletes=True,
        foreign_keys="Contact.account_id",
    )
    production_lines: Mapped[list[ProductionLine]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    product_items: Mapped[list[ProductItem]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    development_plans: Mapped[list[DevelopmentPlan]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    competitor_shares: Mapped[list[CompetitorShare]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )

"""The customer's people: departments, decision roles, attitude and personal notes."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam.domain.base import Base, Tracked

if TYPE_CHECKING:
    from kam.accounts.model import Account
    from kam.accounts.staff_model import Staff


class Contact(Tracked, Base):
    __tablename__ = "contact"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(80))
    department: Mapped[str] = mapped_column(String(80), default="")
    title: Mapped[str] = mapped_column(String(80), default="")
    decision_role: Mapped[str] = mapped_column(String(20), default="")
    attitude: Mapped[str] = mapped_column(String(20), default="neutral")
    status: Mapped[str] = mapped_column(String(20), default="active")
    # When status last changed (stamped by kam.health.model; early warnings read it).
    status_changed_on: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    wechat: Mapped[str] = mapped_column(String(60), default="")
    birthday: Mapped[date | None] = mapped_column(Date)
    education: Mapped[str] = mapped_column(String(200), default="")
    career: Mapped[str] = mapped_column(Text, default="")
    family: Mapped[str] = mapped_column(Text, default="")
    hobbies: Mapped[str] = mapped_column(Text, default="")
    habits: Mapped[str] = mapped_column(Text, default="")
    taboos: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    rising_star: Mapped[bool] = mapped_column(Boolean, default=False)
    reports_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )

    account: Mapped[Account] = relationship(back_populates="contacts", foreign_keys=[account_id])
    owner: Mapped[Staff | None] = relationship()
    reports_to: Mapped[Contact | None] = relationship(remote_side="Contact.id")

"""Visits on the three layers, who took part, and the follow-up actions they raise."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import (
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    Time,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam.domain.base import Base, Tracked
from kam.domain.contact import Contact
from kam.domain.staff import Staff

visit_staff = Table(
    "visit_staff",
    Base.metadata,
    Column("visit_id", ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True),
    Column("staff_id", ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True),
)

visit_contact = Table(
    "visit_contact",
    Base.metadata,
    Column("visit_id", ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
)


class Visit(Tracked, Base):
    __tablename__ = "visit"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    layer: Mapped[str] = mapped_column(String(20), index=True)
    planned_on: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    duration_min: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="planned", index=True)
    # A postponed visit keeps the date it was first planned for.
    original_date: Mapped[date | None] = mapped_column(Date)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    # Free-text participants as typed or imported, beside the linked Staff/Contacts.
    our_people: Mapped[str] = mapped_column(String(300), default="")
    counterparts: Mapped[str] = mapped_column(String(300), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    agenda: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    expenses: Mapped[float | None] = mapped_column(Float)

    staff: Mapped[list[Staff]] = relationship(secondary=visit_staff)
    contacts: Mapped[list[Contact]] = relationship(secondary=visit_contact)
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True
    )


class FollowUp(Tracked, Base):
    __tablename__ = "follow_up"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    visit_id: Mapped[int | None] = mapped_column(
        ForeignKey("visit.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    visit: Mapped[Visit | None] = relationship(back_populates="follow_ups")
    owner: Mapped[Staff | None] = relationship()

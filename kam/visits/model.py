"""Visits on the three layers, who took part, the problems and quality records they
touched, the follow-up actions they raise, and when our people are away."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import (
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    Time,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam.accounts.people_model import Contact
from kam.accounts.staff_model import Staff
from kam.business.model import Complaint, QualityRecord
from kam.domain.base import Base, Tracked

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


# Links a visit record to the quality records (质量异议) and complaints it dealt with.
visit_quality = Table(
    "visit_quality",
    Base.metadata,
    Column("visit_id", ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "quality_record_id",
        ForeignKey("quality_record.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

visit_complaint = Table(
    "visit_complaint",
    Base.metadata,
    Column("visit_id", ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "complaint_id",
        ForeignKey("complaint.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)


class Visit(Tracked, Base):
    __tablename__ = "visit"
    # Cadence asks "last done / next planned visit per account and layer" for every
    # account at once; this index answers it in index order without touching the table.
    __table_args__ = (Index("ix_visit_cadence", "status", "account_id", "layer", "planned_on"),)

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
    # Added by migration 0003: columns of an imported Visits sheet that have no field.
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Counts the changes of the visit (kam.visits.revisions): the calendar's SEQUENCE.
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    staff: Mapped[list[Staff]] = relationship(secondary=visit_staff)
    contacts: Mapped[list[Contact]] = relationship(secondary=visit_contact)
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True
    )
    quality_records: Mapped[list[QualityRecord]] = relationship(secondary=visit_quality)
    complaints: Mapped[list[Complaint]] = relationship(secondary=visit_complaint)


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


class StaffAbsence(Tracked, Base):
    """A period when one of our people cannot visit (leave, trade fair, training).

    The annual plan generator keeps visits out of these days.
    """

    __tablename__ = "staff_absence"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200), default="")

    staff: Mapped[Staff] = relationship()

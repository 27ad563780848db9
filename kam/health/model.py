"""Relationship health records: acknowledged early warnings, recorded opportunities
and the configurable warning thresholds.

The early warnings themselves are computed from the records every time (see
:mod:`kam.health.rules`); only what a person decided about them is stored here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Date, Float, ForeignKey, Index, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.orm.base import NO_VALUE

from kam.accounts.people_model import Contact
from kam.business.model import Contract, Payment
from kam.domain.base import Base, Tracked


class WarningAck(Tracked, Base):
    """Someone looked at a warning and noted what is being done.

    The warning stays hidden while it is no worse than it was when acknowledged:
    ``severity`` and ``level`` are its state at that time (see
    :func:`kam.health.acks.still_covered`).
    """

    __tablename__ = "warning_ack"
    __table_args__ = (UniqueConstraint("account_id", "kind", "subject"),)

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(40))
    # What the warning is about inside the account ("" for the account as a whole,
    # "layer:leader", "contact:12", "quality:7" …): with kind, the warning's fingerprint.
    subject: Mapped[str] = mapped_column(String(80), default="")
    severity: Mapped[str] = mapped_column(String(10))
    level: Mapped[float] = mapped_column(Float, default=0.0)
    note: Mapped[str] = mapped_column(Text, default="")
    acked_on: Mapped[date] = mapped_column(Date)
    acked_by: Mapped[str] = mapped_column(String(80), default="")


class Opportunity(Tracked, Base):
    """One of the eight chances (docs/domain.md) to move the relationship forward, noted for an
    account on a date."""

    __tablename__ = "opportunity"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(40))
    noted_on: Mapped[date] = mapped_column(Date, index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="open")
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    next_step: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date | None] = mapped_column(Date)  # by when the next step is due
    closed_on: Mapped[date | None] = mapped_column(Date)


class WarningThreshold(Tracked, Base):
    """A threshold of the early warnings changed from its default (name → value)."""

    __tablename__ = "warning_threshold"

    name: Mapped[str] = mapped_column(String(60), unique=True)
    value: Mapped[float] = mapped_column(Float)


def _stamp_status_change(target: Contact, value: Any, oldvalue: Any, _initiator: Any) -> None:
    # A contact who leaves or changes post is an early warning only while the change is
    # recent, so the day of the change is kept. New contacts (no old value) are not
    # stamped: when someone was entered as "left" is not when they left.
    if oldvalue is NO_VALUE or oldvalue is None or value == oldvalue:
        return
    target.status_changed_on = date.today()


event.listen(Contact.status, "set", _stamp_status_change, active_history=True)


# The early warnings read every account's contracts and payments in one grouped pass
# each; these covering indexes let that pass read narrow index entries in account order
# instead of the wide rows (3-4x faster on 300,000 contracts).
Index(
    "ix_contract_health",
    Contract.account_id,
    Contract.signed_on,
    Contract.id,
    Contract.quantity,
    Contract.amount,
)
Index("ix_payment_health", Payment.account_id, Payment.paid_on, Payment.contract_id, Payment.amount)

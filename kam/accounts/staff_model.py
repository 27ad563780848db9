"""Our own people (Staff): account managers, engineers, leaders, and their layer."""

from __future__ import annotations

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kam.domain.base import Base, Tracked


class Staff(Tracked, Base):
    __tablename__ = "staff"

    name: Mapped[str] = mapped_column(String(80), unique=True)
    layer: Mapped[str] = mapped_column(String(20), default="business")
    title: Mapped[str] = mapped_column(String(80), default="")
    department: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")

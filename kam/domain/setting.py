"""Settings that belong to one database rather than to the computer: who "I" am here.

They stay with the file (a replaced laptop keeps them) and are never exchanged with
other databases: a colleague's workbook does not make me someone else.
"""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kam.domain.base import Base, Tracked


class LocalSetting(Tracked, Base):
    """One named setting of this database (name → text)."""

    __tablename__ = "local_setting"

    name: Mapped[str] = mapped_column(String(60), unique=True)
    value: Mapped[str] = mapped_column(Text, default="")

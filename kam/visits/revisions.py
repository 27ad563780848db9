"""A visit's revision counter: +1 with every flush that changes the visit (its fields or
its linked people), so the calendar export's SEQUENCE grows with each change and a phone
accepts the update (RFC 5545 §3.8.7.4), however quickly the changes follow each other.
Bulk writers that bypass the ORM (the workbook import) bump it themselves."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from kam.visits.model import Visit


def _bump_revisions(session: Session, _context: Any, _instances: Any) -> None:
    for obj in session.dirty:
        if isinstance(obj, Visit) and session.is_modified(obj):
            obj.revision = (obj.revision or 0) + 1


event.listen(Session, "before_flush", _bump_revisions)

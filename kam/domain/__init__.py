"""Typed ORM models of KAM Desk: the shared base here, each feature's models in its
own package (``kam.accounts.model``, ``kam.visits.model`` …).

``from kam.domain import Account`` reaches any model; the first such lookup, or
:func:`load_models`, imports every model module, which registers every table on
``Base.metadata`` (Alembic, the team server and sync need them all) and lets the
mappers resolve relationships written by class name. Importing this package alone
loads no model, so a feature's model module may be imported first: it needs only
:mod:`kam.domain.base`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kam.accounts.dossier_model import (
        CompetitorShare,
        DevelopmentPlan,
        ProductionLine,
        ProductItem,
    )
    from kam.accounts.model import Account
    from kam.accounts.people_model import Contact
    from kam.accounts.staff_model import Staff
    from kam.business.model import Complaint, Contract, ManualScore, Payment, QualityRecord
    from kam.business.terms import COMPANY_DEFAULT_DAYS, due_date, refresh_due_dates
    from kam.domain.base import Base, Tracked
    from kam.domain.setting import LocalSetting
    from kam.health.model import Opportunity, WarningAck, WarningThreshold
    from kam.rating.model import RatingResult, RatingRun
    from kam.rating.policy_model import SalesPolicy
    from kam.visits.model import (
        FollowUp,
        StaffAbsence,
        Visit,
        visit_complaint,
        visit_contact,
        visit_quality,
        visit_staff,
    )

# Where each name lives, in an order that imports each module after what it builds on.
_HOMES: dict[str, tuple[str, ...]] = {
    "kam.domain.base": ("Base", "Tracked"),
    "kam.domain.setting": ("LocalSetting",),
    "kam.accounts.staff_model": ("Staff",),
    "kam.accounts.model": ("Account",),
    "kam.accounts.people_model": ("Contact",),
    "kam.accounts.dossier_model": (
        "CompetitorShare",
        "DevelopmentPlan",
        "ProductionLine",
        "ProductItem",
    ),
    "kam.business.model": ("Complaint", "Contract", "ManualScore", "Payment", "QualityRecord"),
    "kam.health.model": ("Opportunity", "WarningAck", "WarningThreshold"),
    "kam.business.terms": ("COMPANY_DEFAULT_DAYS", "due_date", "refresh_due_dates"),
    "kam.rating.model": ("RatingResult", "RatingRun"),
    "kam.rating.policy_model": ("SalesPolicy",),
    "kam.visits.model": (
        "FollowUp",
        "StaffAbsence",
        "Visit",
        "visit_complaint",
        "visit_contact",
        "visit_quality",
        "visit_staff",
    ),
    "kam.visits.revisions": (),  # registers the revision hook on visits
}
_WHERE = {name: module for module, names in _HOMES.items() for name in names}


def load_models() -> None:
    """Imports every model module (cheap after the first call)."""
    for module in _HOMES:
        importlib.import_module(module)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    load_models()
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "COMPANY_DEFAULT_DAYS",
    "Account",
    "Base",
    "CompetitorShare",
    "Complaint",
    "Contact",
    "Contract",
    "DevelopmentPlan",
    "FollowUp",
    "LocalSetting",
    "ManualScore",
    "Opportunity",
    "Payment",
    "ProductItem",
    "ProductionLine",
    "QualityRecord",
    "RatingResult",
    "RatingRun",
    "SalesPolicy",
    "Staff",
    "StaffAbsence",
    "Tracked",
    "Visit",
    "WarningAck",
    "WarningThreshold",
    "due_date",
    "load_models",
    "refresh_due_dates",
    "visit_complaint",
    "visit_contact",
    "visit_quality",
    "visit_staff",
]

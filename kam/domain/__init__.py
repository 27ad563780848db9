"""Typed ORM models of KAM Desk, one module per concept.

Importing this package registers every table on ``Base.metadata`` (Alembic's
autogenerate and the tests rely on that).
"""

from kam.domain.account import Account
from kam.domain.base import Base, Tracked
from kam.domain.contact import Contact
from kam.domain.dossier import CompetitorShare, DevelopmentPlan, ProductionLine, ProductItem
from kam.domain.health import Opportunity, WarningAck, WarningThreshold
from kam.domain.policy import SalesPolicy
from kam.domain.rating import RatingResult, RatingRun
from kam.domain.records import Complaint, Contract, ManualScore, Payment, QualityRecord
from kam.domain.revisions import _bump_revisions  # noqa: F401 (registers the hook)
from kam.domain.setting import LocalSetting
from kam.domain.staff import Staff
from kam.domain.terms import COMPANY_DEFAULT_DAYS, due_date, refresh_due_dates
from kam.domain.visit import (
    FollowUp,
    StaffAbsence,
    Visit,
    visit_complaint,
    visit_contact,
    visit_quality,
    visit_staff,
)

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
    "refresh_due_dates",
    "visit_complaint",
    "visit_contact",
    "visit_quality",
    "visit_staff",
]

"""Typed ORM models of KAM Desk, one module per concept.

Importing this package registers every table on ``Base.metadata`` (Alembic's
autogenerate and the tests rely on that).
"""

from kam.accounts.dossier_model import CompetitorShare, DevelopmentPlan, ProductionLine, ProductItem
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
from kam.visits.revisions import _bump_revisions  # noqa: F401 (registers the hook)

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

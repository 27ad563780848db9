"""What a user calls the records of each table, in one place: the sync's conflict list
and the "no longer exists" error both name records with these words."""

from __future__ import annotations

from kam.i18n import _

# table name → the English word for one of its records (translated through the catalogue)
RECORD_KINDS = {
    "account": "customer",
    "contact": "contact",
    "staff": "staff member",
    "production_line": "production line",
    "product_item": "product item",
    "development_plan": "development plan",
    "competitor_share": "competitor share",
    "contract": "contract",
    "payment": "payment",
    "quality_record": "quality record",
    "complaint": "complaint",
    "manual_score": "manual score",
    "visit": "visit",
    "follow_up": "follow-up",
    "staff_absence": "absence",
    "sales_policy": "sales policy",
    "rating_run": "rating run",
    "rating_result": "rating result",
    "warning_ack": "acknowledged warning",
    "opportunity": "opportunity",
    "warning_threshold": "warning threshold",
    "visit_staff": "visit–staff link",
    "visit_contact": "visit–contact link",
    "visit_quality": "visit–quality link",
    "visit_complaint": "visit–complaint link",
}


def record_kind(table: str) -> str:
    """The user's word for a record of ``table`` (the table's name when it has none)."""
    return _(RECORD_KINDS.get(table, table))

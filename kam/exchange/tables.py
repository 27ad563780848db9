"""Where each sheet lives in the database: its model, the columns it maps one to one,
the columns that name another record (an account by code, a staff member by name, a
visit by uuid …), the visit's link tables, and reading the rows that are already there
in the sheet's own terms so the importer can compare like with like."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session, aliased

from kam.domain import (
    Account,
    CompetitorShare,
    Complaint,
    Contact,
    Contract,
    DevelopmentPlan,
    FollowUp,
    ManualScore,
    Opportunity,
    Payment,
    ProductionLine,
    ProductItem,
    QualityRecord,
    RatingResult,
    RatingRun,
    SalesPolicy,
    Staff,
    StaffAbsence,
    Visit,
    WarningAck,
    WarningThreshold,
    visit_complaint,
    visit_contact,
    visit_quality,
    visit_staff,
)

from .specs import LIST_SEPARATOR, Sheet

MODELS: dict[str, Any] = {
    "Staff": Staff,
    "Accounts": Account,
    "Contacts": Contact,
    "Contracts": Contract,
    "Payments": Payment,
    "Quality": QualityRecord,
    "Complaints": Complaint,
    "Visits": Visit,
    "Ratings": ManualScore,
    "ProductionLines": ProductionLine,
    "ProductItems": ProductItem,
    "DevelopmentPlans": DevelopmentPlan,
    "CompetitorShares": CompetitorShare,
    "FollowUps": FollowUp,
    "Opportunities": Opportunity,
    "Absences": StaffAbsence,
    "SalesPolicies": SalesPolicy,
    "RatingRuns": RatingRun,
    "RatingResults": RatingResult,
    "WarningAcks": WarningAck,
    "WarningThresholds": WarningThreshold,
}

# Tables deliberately not in the workbook, with the reason (the coverage test reads it).
EXCLUDED: dict[str, str] = {
    "local_setting": "who I am in this database (kam.domain.setting): never exchanged",
}


@dataclass(frozen=True)
class Ref:
    """A sheet column naming another record: stored as ``fk``, shown as ``target.by``."""

    fk: str
    target: Any
    by: str
    # Set after every sheet is written: the column refers to its own table.
    deferred: bool = False


_ACCOUNT = Ref("account_id", Account, "code")
_OWNER = Ref("owner_id", Staff, "name")

REFS: dict[str, dict[str, Ref]] = {
    "Accounts": {"owner": _OWNER},
    "Contacts": {
        "account": _ACCOUNT,
        "owner": _OWNER,
        "reports_to": Ref("reports_to_id", Contact, "name", deferred=True),
    },
    "Payments": {"account": _ACCOUNT, "contract_no": Ref("contract_id", Contract, "contract_no")},
    "FollowUps": {"account": _ACCOUNT, "owner": _OWNER, "visit": Ref("visit_id", Visit, "uuid")},
    "Opportunities": {"account": _ACCOUNT, "owner": _OWNER},
    "Absences": {"staff": Ref("staff_id", Staff, "name")},
    "RatingRuns": {"based_on": Ref("based_on_id", RatingRun, "uuid", deferred=True)},
    "RatingResults": {"run": Ref("run_id", RatingRun, "uuid"), "account": _ACCOUNT},
}
for _name in (
    "Contracts",
    "Quality",
    "Complaints",
    "Visits",
    "Ratings",
    "ProductionLines",
    "ProductItems",
    "DevelopmentPlans",
    "CompetitorShares",
    "WarningAcks",
):
    REFS[_name] = {"account": _ACCOUNT}


@dataclass(frozen=True)
class Link:
    """A Visits column listing linked records: a row of ``table`` per link."""

    table: Table
    column: str  # the link table's column naming the other record
    target: Any
    by: str  # what the cell shows: a name, or the uuid


LINKS: dict[str, Link] = {
    "staff_links": Link(visit_staff, "staff_id", Staff, "name"),
    "contact_links": Link(visit_contact, "contact_id", Contact, "name"),
    "quality_links": Link(visit_quality, "quality_record_id", QualityRecord, "uuid"),
    "complaint_links": Link(visit_complaint, "complaint_id", Complaint, "uuid"),
}

# A warning acknowledged about one contact names it by id ("contact:12"), which means
# nothing in another database; the workbook names the contact by uuid instead.
CONTACT_SUBJECT = re.compile(r"^contact:(.+)$")

# What a blank cell (or a missing column) means for a new row, where it is not "" / None.
DEFAULTS: dict[tuple[str, str], object] = {
    ("Accounts", "stage"): "development",
    ("Accounts", "relationship_type"): "buy_sell",
    ("Accounts", "lifecycle"): "potential",
    ("Accounts", "key_account"): False,
    ("Accounts", "shared"): False,
    ("Contacts", "attitude"): "neutral",
    ("Contacts", "status"): "active",
    ("Contacts", "rising_star"): False,
    ("Contracts", "quantity"): 0.0,
    ("Contracts", "unit"): "t",
    ("Quality", "loss_amount"): 0.0,
    ("Quality", "status"): "open",
    ("Complaints", "cause"): "product",
    ("Complaints", "status"): "open",
    ("Visits", "status"): "planned",
    ("Staff", "layer"): "business",
    ("Staff", "active"): True,
    ("ProductionLines", "status"): "running",
    ("CompetitorShares", "is_us"): False,
    ("Opportunities", "status"): "open",
    ("SalesPolicies", "price_allowance_pct"): 0.0,
    ("SalesPolicies", "credit_days"): 30,
    ("SalesPolicies", "leader_visits"): 0,
    ("SalesPolicies", "technical_visits"): 0,
    ("SalesPolicies", "business_visits"): 0,
    ("SalesPolicies", "expense_budget"): 0.0,
    ("SalesPolicies", "commission_rate_pct"): 0.0,
    ("RatingRuns", "status"): "draft",
    ("RatingResults", "account"): None,
    ("RatingResults", "values_json"): "{}",
    ("RatingResults", "points_json"): "{}",
    ("RatingResults", "missing_json"): "[]",
    ("RatingResults", "revenue"): 0.0,
    ("RatingResults", "volume"): 0.0,
    ("RatingResults", "total"): 0.0,
    ("RatingResults", "computed_grade"): "D",
    ("RatingResults", "rank"): 0,
    ("RatingResults", "grade"): "D",
    ("RatingResults", "key_account"): False,
    ("RatingResults", "previous_grade"): None,
    ("RatingResults", "previous_key"): False,
    ("RatingResults", "change"): "new",
    ("WarningAcks", "level"): 0.0,
}

TEXT_KINDS = {"text", "enum", "list"}
# Columns compared and written by the importer's own rules, not as data.
AUDIT = frozenset({"uuid", "changed_by"})


def default(sheet: Sheet, key: str) -> object:
    if (sheet.name, key) in DEFAULTS:
        return DEFAULTS[(sheet.name, key)]
    return "" if sheet.column(key).kind in TEXT_KINDS else None


@cache
def plain_columns(sheet: Sheet) -> list[str]:
    """Sheet columns stored under the same name on the model."""
    model = MODELS[sheet.name]
    special = set(REFS.get(sheet.name, {})) | set(LINKS)
    return [k for k in sheet.keys if k not in special and hasattr(model, k)]


def existing_rows(session: Session, sheet: Sheet) -> Iterator[tuple[int, dict[str, object]]]:
    """(id, {column key: value}) of every stored row of ``sheet``, oldest id first."""
    model = MODELS[sheet.name]
    plain = plain_columns(sheet)
    cols: list[Any] = [model.id, *(getattr(model, k) for k in plain)]
    names = ["id", *plain]
    stmt = select(*cols)
    for key, ref in REFS.get(sheet.name, {}).items():
        target = aliased(ref.target)
        stmt = stmt.add_columns(getattr(target, ref.by)).outerjoin(
            target, target.id == getattr(model, ref.fk)
        )
        names.append(key)
    stmt = stmt.order_by(model.id)
    links = visit_links(session) if sheet.name == "Visits" else {}
    bosses = shared_name_bosses(session) if sheet.name == "Contacts" else {}
    subjects = contact_uuids(session) if sheet.name == "WarningAcks" else {}
    for row in session.execute(stmt):
        values = dict(zip(names, row, strict=True))
        row_id = int(values.pop("id"))
        if bosses and row_id in bosses:
            values["reports_to"] = bosses[row_id]
        if links:
            for key in LINKS:
                values[key] = links[key].get(row_id, "")
        if subjects and (m := CONTACT_SUBJECT.match(str(values["subject"]))):
            found = subjects.get(int(m.group(1))) if m.group(1).isdigit() else None
            if found:
                values["subject"] = f"contact:{found}"
        yield row_id, values


def contact_uuids(session: Session) -> dict[int, str]:
    return {i: u for i, u in session.execute(select(Contact.id, Contact.uuid))}


def shared_name_bosses(session: Session) -> dict[int, str]:
    """Contact id → its boss's uuid, where another contact of the account has the
    boss's name (elsewhere the boss is named by name)."""
    names = Counter((a, n) for a, n in session.execute(select(Contact.account_id, Contact.name)))
    boss = aliased(Contact)
    return {
        i: u
        for i, u, a, n in session.execute(
            select(Contact.id, boss.uuid, boss.account_id, boss.name).join(
                boss, boss.id == Contact.reports_to_id
            )
        )
        if names[(a, n)] > 1
    }


def visit_links(session: Session) -> dict[str, dict[int, str]]:
    """For each link column, visit id → the cell: sorted names or uuids."""
    out: dict[str, dict[int, str]] = {}
    # Contacts are named unless two of one account share the name; then by uuid.
    names = Counter((a, n) for a, n in session.execute(select(Contact.account_id, Contact.name)))
    for key, link in LINKS.items():
        target = link.target
        cols: list[Any] = [link.table.c.visit_id, getattr(target, link.by)]
        if target is Contact:
            cols += [Contact.uuid, Contact.account_id]
        stmt = select(*cols).join(target, target.id == link.table.c[link.column])
        cells: dict[int, list[str]] = defaultdict(list)
        for row in session.execute(stmt):
            text = row[1]
            if target is Contact and names[(row[3], row[1])] > 1:
                text = row[2]
            cells[row[0]].append(str(text))
        out[key] = {v: LIST_SEPARATOR.join(sorted(items)) for v, items in cells.items()}
    return out

"""The eight opportunities (docs/domain.md) to move a relationship forward, and what becomes of
one once noted."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kam.i18n import _


class OpportunityKind(StrEnum):
    NEW_PRODUCT = "new_product"
    SUPPLIER_EVALUATION = "supplier_evaluation"
    PERSONNEL_CHANGE = "personnel_change"
    COMPETITOR_QUALITY = "competitor_quality"
    SERVICE_COMPLAINT = "service_complaint"
    SINGLE_CONTACT = "single_contact"
    RELATIONSHIP_DETERIORATION = "relationship_deterioration"
    COST_DOWN = "cost_down"


class OpportunityStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    MISSED = "missed"


@dataclass(frozen=True)
class KindInfo:
    kind: str
    label: str
    hint: str


_KINDS: dict[str, tuple[str, str]] = {
    OpportunityKind.NEW_PRODUCT: (
        "New product launch",
        "A new product puts every supplier back at zero technically: demonstrate, "
        "exchange know-how and build the lead.",
    ),
    OpportunityKind.SUPPLIER_EVALUATION: (
        "Annual supplier evaluation",
        "The customer's yearly evaluation of its suppliers is the time to enlarge the business.",
    ),
    OpportunityKind.PERSONNEL_CHANGE: (
        "Personnel change",
        "A change of people at a competitor or among the customer's key influencers is a "
        "chance to deepen the relationship.",
    ),
    OpportunityKind.COMPETITOR_QUALITY: (
        "Competitor quality problem",
        "A competitor's product has a quality problem.",
    ),
    OpportunityKind.SERVICE_COMPLAINT: (
        "Service complaints",
        "The customer has begun to complain about its main supplier's service.",
    ),
    OpportunityKind.SINGLE_CONTACT: (
        "Competitor on a single contact",
        "The main supplier's relationship is shallow and rests on one person.",
    ),
    OpportunityKind.RELATIONSHIP_DETERIORATION: (
        "Relationship deterioration",
        "Unresolved quality or service complaints, or unmet personal requests, have soured "
        "the customer's relationship with its supplier.",
    ),
    OpportunityKind.COST_DOWN: (
        "Cost-down pressure",
        "Under competitive pressure the customer looks for suppliers with a cost advantage.",
    ),
}

_STATUSES: dict[str, str] = {
    OpportunityStatus.OPEN: "Being pursued",
    OpportunityStatus.WON: "Seized",
    OpportunityStatus.MISSED: "Missed",
}


def kinds() -> list[KindInfo]:
    """The eight kinds in seed order, labelled in the current language."""
    infos = []
    for kind in OpportunityKind:
        label, hint = _KINDS[kind]  # the names tests/core/test_translations.py knows
        infos.append(KindInfo(kind.value, _(label), _(hint)))
    return infos


def kind_label(kind: str, lang: str | None = None) -> str:
    entry = _KINDS.get(kind)
    return _(entry[0], lang) if entry else kind


def status_label(status: str, lang: str | None = None) -> str:
    text = _STATUSES.get(status)
    return _(text, lang) if text else status


def english_sources() -> list[str]:
    return [s for pair in _KINDS.values() for s in pair] + list(_STATUSES.values())

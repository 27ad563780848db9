"""Enumerations of the domain, stored as their English key.

The labels users see (Chinese or English) come from :mod:`kam.i18n`; import accepts
either the key or the Chinese label (see :func:`kam.exchange.values.parse_enum`).
"""

from __future__ import annotations

from enum import StrEnum


class Layer(StrEnum):
    """The three visit layers (docs/domain.md, Visits: 领导层 / 技术层 / 业务层)."""

    LEADER = "leader"
    TECHNICAL = "technical"
    BUSINESS = "business"


class Stage(StrEnum):
    """Relationship stage by share of wallet (docs/domain.md)."""

    DEVELOPMENT = "development"
    INITIAL = "initial"
    STABLE = "stable"
    STRATEGIC = "strategic"


class RelationshipType(StrEnum):
    """The four relationship types (docs/domain.md)."""

    BUY_SELL = "buy_sell"
    PREFERRED = "preferred"
    PARTNER = "partner"
    ALLIANCE = "alliance"


class Lifecycle(StrEnum):
    """Customer lifecycle class (docs/domain.md, Customer classes)."""

    NON_CUSTOMER = "non_customer"
    POTENTIAL = "potential"
    TARGET = "target"
    FIRST_TIME = "first_time"
    REPEAT = "repeat"
    LOYAL = "loyal"
    LOST = "lost"


class DecisionRole(StrEnum):
    DECISION_MAKER = "decision_maker"
    INFLUENCER = "influencer"
    USER = "user"
    GATEKEEPER = "gatekeeper"
    COACH = "coach"


class Attitude(StrEnum):
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    OPPONENT = "opponent"


class ContactStatus(StrEnum):
    ACTIVE = "active"
    CHANGED_POST = "changed_post"
    LEFT = "left"


class LineStatus(StrEnum):
    RUNNING = "running"
    BUILDING = "building"
    PLANNED = "planned"
    STOPPED = "stopped"


class VisitStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class IssueStatus(StrEnum):
    """Status of a quality record (质量异议) or a complaint (投诉)."""

    OPEN = "open"
    RESOLVED = "resolved"


class ComplaintCause(StrEnum):
    PRODUCT = "product"
    SERVICE = "service"
    PROMISE = "promise"

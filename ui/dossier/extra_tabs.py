"""Tabs that other areas add to the dossier (business, visits, rating/policy, health).

Each entry is a :class:`DossierTab`. The factory gets the
:class:`~ui.context.AppContext` and returns a widget that is a
:class:`ui.pages.AccountTab`: its ``set_account(account_id: int | None)`` loads (or
clears) its content; the dossier calls it whenever the shown account changes. Tabs read through services
in a session per call and hold no session themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.context import AppContext


@dataclass(frozen=True)
class DossierTab:
    key: str
    title: Callable[[], str]
    factory: Callable[[AppContext], QWidget]


def _visits_tab(ctx: AppContext) -> QWidget:
    from ui.visits.dossier_tab import VisitsTab

    return VisitsTab(ctx)


def _visits_title() -> str:
    from ui.visits.titles import tab_title

    return tab_title()


def _business_tab(ctx: AppContext) -> QWidget:
    from ui.business.business_tab import BusinessTab

    return BusinessTab(ctx)


def _business_title() -> str:
    from ui.business.business_tab import tab_title

    return tab_title()


def _relationship_tab(ctx: AppContext) -> QWidget:
    from ui.health.relationship_tab import RelationshipTab

    return RelationshipTab(ctx)


def _relationship_title() -> str:
    from ui.health.titles import relationship_tab_title

    return relationship_tab_title()


def _rating_tab(ctx: AppContext) -> QWidget:
    from ui.rating.dossier_tab import RatingTab

    return RatingTab(ctx)


def _rating_title() -> str:
    from ui.rating.dossier_tab import tab_title

    return tab_title()


# Areas append their tabs here, in the order they appear after the dossier's own tabs.
EXTRA_TABS: list[DossierTab] = [
    DossierTab("visits", _visits_title, _visits_tab),
    DossierTab("business", _business_title, _business_tab),
    DossierTab("relationship", _relationship_title, _relationship_tab),
    DossierTab("rating", _rating_title, _rating_tab),
]

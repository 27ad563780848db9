"""The main window's navigation: which screens exist and in what order.

Each area registers its screen here as a :class:`PageSpec`. A page factory takes the
:class:`~ui.context.AppContext` and returns the widget; the main window builds pages
lazily the first time they are shown. A page widget may define ``refresh()`` (called
when it is shown again or data changed elsewhere) and ``open_account(account_id)``
(for click-through from other screens).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]  # called at display time, so the language can change
    factory: Callable[[AppContext], QWidget]
    icon: str = ""  # a name under resources/icons, without extension


def _accounts(ctx: AppContext) -> QWidget:
    from ui.accounts.page import AccountsPage

    return AccountsPage(ctx)


def _visits(ctx: AppContext) -> QWidget:
    from ui.visits.page import VisitsPage

    return VisitsPage(ctx)


def _visits_title() -> str:
    from ui.visits.titles import page_title

    return page_title()


def _dashboard(ctx: AppContext) -> QWidget:
    from ui.dashboard.page import DashboardPage

    return DashboardPage(ctx)


def _dashboard_title() -> str:
    from ui.dashboard.titles import page_title

    return page_title()


def _warnings(ctx: AppContext) -> QWidget:
    from ui.health.warnings_page import WarningsPage

    return WarningsPage(ctx)


def _warnings_title() -> str:
    from ui.health.titles import warnings_page_title

    return warnings_page_title()


def _rating(ctx: AppContext) -> QWidget:
    from ui.rating.page import RatingPage

    return RatingPage(ctx)


def _rating_title() -> str:
    from ui.rating.page import page_title

    return page_title()


# Areas append their PageSpec here, in navigation order.
PAGES: list[PageSpec] = [
    # The home screen comes first: what needs the salesperson today.
    PageSpec("dashboard", _dashboard_title, _dashboard, "dashboard"),
    # Literal translate() calls so that lupdate finds the titles.
    PageSpec("accounts", lambda: QCoreApplication.translate("Pages", "Accounts"), _accounts, "accounts"),
    PageSpec("visits", _visits_title, _visits, "visits"),
    PageSpec("warnings", _warnings_title, _warnings, "warnings"),
    PageSpec("rating", _rating_title, _rating, "rating"),
]

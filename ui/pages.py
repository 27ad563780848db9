"""The main window's navigation: which screens exist and in what order.

Each area registers its screen here as a :class:`PageSpec`. A page factory takes the
:class:`~ui.context.AppContext` and returns the widget; the main window builds pages
lazily the first time they are shown. Every page widget is a :class:`Page` (the
accounts page an :class:`AccountsScreen`); a tab of the dossier is an
:class:`AccountTab`. They are Protocols, not base classes: a Qt widget cannot also
derive from ``Protocol`` (their metaclasses clash), and the tests check each page and
tab against them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.context import AppContext


@runtime_checkable
class Page(Protocol):
    """What the main window asks of every screen it shows (each is also a QWidget)."""

    def refresh(self) -> None:
        """Shown again, or the user pressed F5: show what changed elsewhere."""

    def confirm_leave(self) -> bool:
        """Before the screen is left or the window closes; False keeps the user there
        (unsaved work they chose to stay with)."""

    def open_account_id(self) -> int | None:
        """The account whose dossier the screen shows, if any (shown again after a
        language change rebuilds the window)."""


@runtime_checkable
class AccountsScreen(Page, Protocol):
    """The accounts page: what the window's New account, Find, Back and click-through
    from other screens ask of it."""

    def in_dossier(self) -> bool: ...

    def show_list(self, guard: bool = True) -> None: ...

    def open_account(self, account_id: int) -> None: ...

    def new_account(self) -> None: ...


@runtime_checkable
class AccountTab(Protocol):
    """A tab of the dossier (its own and those of ``ui.dossier.extra_tabs``)."""

    def set_account(self, account_id: int | None) -> None:
        """Loads (or with None clears) the tab for the account the dossier shows."""


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
    PageSpec(
        "accounts", lambda: QCoreApplication.translate("Pages", "Accounts"), _accounts, "accounts"
    ),
    PageSpec("visits", _visits_title, _visits, "visits"),
    PageSpec("warnings", _warnings_title, _warnings, "warnings"),
    PageSpec("rating", _rating_title, _rating, "rating"),
]

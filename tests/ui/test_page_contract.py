"""The typed UI contract: every screen of the navigation is a ``ui.pages.Page`` (the
accounts screen an ``AccountsScreen``) and every dossier tab an ``AccountTab``; a
registered widget that is not one stops with a clear error instead of being probed."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QLabel, QWidget

from ui.accounts.page import AccountsPage
from ui.context import AppContext
from ui.dossier import extra_tabs
from ui.dossier.extra_tabs import EXTRA_TABS, DossierTab
from ui.main_window import MainWindow
from ui.pages import PAGES, AccountsScreen, AccountTab, Page, PageSpec


def test_every_registered_page_is_a_page(qtbot: QtBot, ctx: AppContext) -> None:
    for spec in PAGES:
        widget = spec.factory(ctx)
        qtbot.addWidget(widget)
        assert isinstance(widget, Page), spec.key
        assert isinstance(widget, AccountsScreen) == (spec.key == "accounts"), spec.key
        if spec.key != "accounts":  # nothing to keep the user on, no dossier
            assert widget.confirm_leave() and widget.open_account_id() is None


def test_every_dossier_tab_is_an_account_tab(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    for spec in EXTRA_TABS:
        widget = spec.factory(ctx)
        qtbot.addWidget(widget)
        assert isinstance(widget, AccountTab), spec.key
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.open_account(steel["hbgt"])
    dossier = page.dossier
    own = (dossier.products, dossier.lines, dossier.plans, dossier.shares, dossier.people)
    assert all(isinstance(tab, AccountTab) for tab in own)


def test_a_page_that_is_not_a_page_is_refused(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    accounts = next(spec for spec in PAGES if spec.key == "accounts")
    plain = PageSpec("plain", lambda: "Plain", lambda _c: QLabel())
    monkeypatch.setattr("ui.main_window.PAGES", [accounts, plain])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with pytest.raises(TypeError, match=r"'plain' is not a ui\.pages\.Page"):
        window.page("plain")
    assert list(window.pages) == ["accounts"]


def test_a_dossier_tab_without_set_account_is_refused(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    def plain(_ctx: AppContext) -> QWidget:
        return QLabel()

    monkeypatch.setattr(extra_tabs, "EXTRA_TABS", [DossierTab("plain", lambda: "Plain", plain)])
    monkeypatch.setattr("ui.dossier.view.EXTRA_TABS", extra_tabs.EXTRA_TABS)
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    with pytest.raises(TypeError, match=r"'plain' is not a ui\.pages\.AccountTab"):
        page.open_account(steel["hbgt"])

"""The shell around the screens: language choice, tabs other areas add to the dossier,
and the account list's columns kept across runs."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kam.i18n import _, language
from ui.accounts.page import AccountsPage
from ui.context import AppContext
from ui.dossier import extra_tabs
from ui.dossier.extra_tabs import DossierTab
from ui.shell.language import choose_language, install_language
from ui.shell.settings import store_language


def test_language_follows_the_system_until_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("KAM_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert choose_language() == "zh_CN"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert choose_language() == "en"
    store_language("zh_CN")
    assert choose_language() == "zh_CN"
    assert choose_language("en") == "en"  # --lang wins


def test_core_messages_switch_with_the_ui() -> None:
    install_language("zh_CN")
    assert language() == "zh_CN"
    assert _("is required") == "必填"
    install_language("en")
    assert _("is required") == "is required"


class Probe(QLabel):
    """A stand-in for another area's dossier tab."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[int | None] = []

    def set_account(self, account_id: int | None) -> None:
        self.shown.append(account_id)
        self.setText(str(account_id))


def test_extra_tabs_follow_the_own_tabs_and_load_when_shown(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    probes: list[Probe] = []

    def factory(_ctx: AppContext) -> QWidget:
        probes.append(Probe())
        return probes[-1]

    monkeypatch.setattr(extra_tabs, "EXTRA_TABS", [DossierTab("probe", lambda: "Probe", factory)])
    monkeypatch.setattr("ui.dossier.view.EXTRA_TABS", extra_tabs.EXTRA_TABS)
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.open_account(steel["hbgt"])
    tabs = page.dossier.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())][-2:] == ["People", "Probe"]
    assert probes[0].shown == []  # not loaded until its tab is shown
    qtbot.mouseClick(
        tabs.tabBar(),
        Qt.MouseButton.LeftButton,
        pos=tabs.tabBar().tabRect(tabs.count() - 1).center(),
    )
    assert probes[0].shown == [steel["hbgt"]]
    page.show_list()
    page.open_account(steel["sdgt"])  # the open tab reloads for the next account
    assert probes[0].shown == [steel["hbgt"], steel["sdgt"]]


def test_account_columns_are_kept(qtbot: QtBot, ctx: AppContext, steel: dict[str, int]) -> None:
    first = AccountsPage(ctx)
    qtbot.addWidget(first)
    header = first.list_panel.table.horizontalHeader()
    header.resizeSection(0, 150)
    header.setSortIndicator(3, Qt.SortOrder.DescendingOrder)
    again = AccountsPage(ctx)
    qtbot.addWidget(again)
    header = again.list_panel.table.horizontalHeader()
    assert header.sectionSize(0) == 150
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        3,
        Qt.SortOrder.DescendingOrder,
    )
    regions = [again.list_panel.model.row_at(i).region for i in range(3)]
    assert regions == ["山东", "辽宁", "河北"]  # shan > liao > he, descending

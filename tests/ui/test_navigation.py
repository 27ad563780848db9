"""Shortcuts and navigation (Ctrl+N, Alt+Left, the language switch keeping the page, a
second launch raising the window), the Help menu, and the language hint."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTextBrowser

from kam.logs import log_folder
from tests.ui.helpers import in_next_dialog
from ui.accounts.page import AccountsPage
from ui.context import AppContext
from ui.main_window import CHINESE_LANGUAGE_HINT, MainWindow
from ui.pages import PAGES
from ui.shell.single_instance import InstanceServer, raise_running

ROW = {spec.key: n for n, spec in enumerate(PAGES)}


def _window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _action(window: MainWindow, text: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.text().replace("&", "") == text)


def test_ctrl_n_is_a_new_account(qtbot: QtBot, ctx: AppContext, steel: dict[str, int]) -> None:
    window = _window(qtbot, ctx)
    assert _action(window, "New account").shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert _action(window, "New database…").shortcut() == QKeySequence("Ctrl+Shift+N")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, AccountsPage) and page.in_dossier()
    assert page.dossier.account_id is None


def test_back_returns_where_i_came_from(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    window = _window(qtbot, ctx)
    window.nav.setCurrentRow(ROW["warnings"])
    ctx.open_account_requested.emit(steel["sdgt"])  # a warning double-clicked
    assert isinstance(window.current_page(), AccountsPage)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() is window.pages["warnings"]
    # From the account list into a dossier, Back is the list.
    window.nav.setCurrentRow(ROW["accounts"])
    page = window.current_page()
    assert isinstance(page, AccountsPage)
    page.open_account(steel["hbgt"])
    _action(window, "Back").trigger()
    assert window.current_page() is page and not page.in_dossier()


def test_switching_language_keeps_the_page_and_the_account(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    window = _window(qtbot, ctx)
    ctx.open_account_requested.emit(steel["hbgt"])
    assert window.apply_language("zh_CN")
    page = window.current_page()
    assert isinstance(page, AccountsPage) and page.open_account_id() == steel["hbgt"]
    window.nav.setCurrentRow(ROW["visits"])
    assert window.apply_language("en")
    assert window.current_page() is window.pages["visits"]


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")  # offscreen
def test_a_second_launch_raises_the_window(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    window = _window(qtbot, ctx)
    server = InstanceServer(str(ctx.db.path), window)
    window.showMinimized()
    assert raise_running(str(ctx.db.path))
    qtbot.waitUntil(lambda: server.knocks == 1)
    assert not window.isMinimized()
    assert not raise_running(str(tmp_path / "another.sqlite3"))


def test_help_menu_guide_and_about(qtbot: QtBot, ctx: AppContext) -> None:
    window = _window(qtbot, ctx)
    assert window.apply_language("zh_CN")
    _action(window, "使用指南(U)").trigger()
    guide = window.findChild(QDialog, "userGuide")
    assert guide is not None and guide.isVisible()
    text = guide.findChild(QTextBrowser).toPlainText()
    assert "拜访" in text and "年度评级" in text and "偏好设置" in text
    guide.close()
    seen: list[str] = []

    def read(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    in_next_dialog(qtbot, read)
    _action(window, "关于 KAM Desk(A)").trigger()
    assert "日志文件夹：" + str(log_folder()) in seen[0] and "版本" in seen[0]


def test_the_language_hint_is_shown_once(qtbot: QtBot, ctx: AppContext) -> None:
    window = _window(qtbot, ctx)
    window.show_language_hint()
    message = window.statusBar().currentMessage()
    assert CHINESE_LANGUAGE_HINT in message and "--lang zh_CN" in message
    window.statusBar().clearMessage()
    window.show_language_hint()
    assert window.statusBar().currentMessage() == ""
    assert QCoreApplication.instance() is QApplication.instance()

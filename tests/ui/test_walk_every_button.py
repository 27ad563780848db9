"""Issue 13's proof: walk every page and every dossier tab of the demo company, click
every visible enabled button (and the actions of a button's menu), close whatever
dialog that opens, and fail on any Python exception or error box.

Modal dialogs would block the walk, so their ``exec()`` is replaced for the test: a
dialog is recorded and rejected, a question is answered with its safe button (Cancel,
"Keep editing"), except "leave unsaved changes?" which discards, so the walk can move
on. File and input dialogs return "cancelled"; nothing is opened outside the app.

No page button quits the app or waits on the network, so none is skipped. The menus
are walked too, except File → Quit (it would end the walk), File → Open recent (it
switches to another file), File → Sync now (it waits on the team server; disabled
anyway on a file that never joined one) and About Qt (Qt's own box).
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from pytestqt.qtbot import QtBot

import shiboken6
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QWidget,
)

from kam.accounts.service import list_accounts
from kam.store import Database
from ui.accounts.page import AccountsPage
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages import PAGES
from ui.widgets.worker import BackgroundJob

# Message boxes that mean a fault, not an answer to the user's input.
ERROR_BOXES = {"unexpectedError", "storeError"}
ERROR_WORDS = ("Something went wrong", "reported a problem", "Traceback")


@dataclass
class Walk:
    """What the walk saw: the button being clicked, dialogs, errors, running jobs."""

    where: str = ""
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    jobs: list[BackgroundJob] = field(default_factory=list)
    clicked: int = 0

    def error(self, text: str) -> None:
        self.errors.append(f"{self.where}: {text}")


def _box_exec(walk: Walk) -> Callable[[QMessageBox], int]:
    def exec_(box: QMessageBox) -> int:
        text = f"{box.objectName() or 'message'}: {box.text()} {box.informativeText()}"
        walk.dialogs.append(f"{walk.where} → {text}")
        if box.objectName() in ERROR_BOXES or any(w in text for w in ERROR_WORDS):
            walk.error(text)
        leave = box.objectName() in ("confirmUnsaved",)
        for button in box.buttons():
            role = box.buttonRole(button)
            if leave and role == QMessageBox.ButtonRole.DestructiveRole:
                button.click()
                return 0
        safe = box.escapeButton() or next(
            (
                b
                for b in box.buttons()
                if box.buttonRole(b)
                in (QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole)
            ),
            None,
        )
        if safe is None and box.buttons():
            safe = box.buttons()[-1]
        if safe is not None:
            safe.click()
        return int(QMessageBox.StandardButton.Cancel.value)

    return exec_


def _dialog_exec(walk: Walk) -> Callable[[QDialog], int]:
    def exec_(dialog: QDialog) -> int:
        walk.dialogs.append(f"{walk.where} → {type(dialog).__name__} {dialog.windowTitle()}")
        dialog.show()  # built and shown, so its own painting and loading run
        QApplication.processEvents()
        dialog.reject()
        if dialog.isVisible():  # an editor that asked and was told to keep editing
            dialog.done(QDialog.DialogCode.Rejected)
        return int(QDialog.DialogCode.Rejected.value)

    return exec_


def _static(walk: Walk, what: str, answer: object) -> Callable[..., object]:
    def call(*args: object, **kwargs: object) -> object:
        texts = [a for a in args if isinstance(a, str)]
        walk.dialogs.append(f"{walk.where} → {what} {' | '.join(texts[:2])}")
        if what == "QMessageBox.critical" or any(w in t for t in texts for w in ERROR_WORDS):
            walk.error(" ".join(texts))
        return answer

    return staticmethod(call)  # type: ignore[return-value]


@pytest.fixture
def walk(monkeypatch: pytest.MonkeyPatch) -> Iterator[Walk]:
    walk = Walk()
    monkeypatch.setattr(QMessageBox, "exec", _box_exec(walk))
    monkeypatch.setattr(QDialog, "exec", _dialog_exec(walk))
    monkeypatch.setattr(QMenu, "exec", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "about", _static(walk, "QMessageBox.about", None))
    monkeypatch.setattr(QMessageBox, "aboutQt", _static(walk, "QMessageBox.aboutQt", None))
    cancel = QMessageBox.StandardButton.Cancel
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, _static(walk, f"QMessageBox.{name}", cancel))
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, _static(walk, f"QFileDialog.{name}", ("", "")))
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", _static(walk, "QFileDialog.getExistingDirectory", "")
    )
    monkeypatch.setattr(QInputDialog, "getText", _static(walk, "QInputDialog.getText", ("", False)))
    monkeypatch.setattr(QInputDialog, "getItem", _static(walk, "QInputDialog.getItem", ("", False)))
    monkeypatch.setattr(QInputDialog, "getInt", _static(walk, "QInputDialog.getInt", (0, False)))
    monkeypatch.setattr(QDesktopServices, "openUrl", _static(walk, "openUrl", True))
    start = BackgroundJob.start

    def start_and_track(job: BackgroundJob) -> None:
        walk.jobs.append(job)
        start(job)

    monkeypatch.setattr(BackgroundJob, "start", start_and_track)
    # Exceptions in slots reach sys.excepthook; note them against the button clicked.
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: types.TracebackType | None) -> None:
        walk.error(f"{kind.__name__}: {exc}")
        previous(kind, exc, tb)

    monkeypatch.setattr(sys, "excepthook", hook)
    yield walk
    for job in walk.jobs:
        if shiboken6.isValid(job):
            job.wait()


def _settle(qtbot: QtBot, walk: Walk) -> None:
    QApplication.processEvents()
    for job in walk.jobs:
        if shiboken6.isValid(job) and job.is_running():
            qtbot.waitUntil(lambda j=job: not j.is_running(), timeout=20000)  # type: ignore[misc]
    QApplication.processEvents()


def _close_new_windows(before: set[int], window: MainWindow) -> None:
    """Closes the windows and dialogs a click opened without blocking (show/open)."""
    for _round in range(3):
        opened = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible()
            and id(w) not in before
            and w is not window
            and not isinstance(w, QMenu)
        ]
        if not opened:
            return
        for widget in opened:
            if isinstance(widget, QMessageBox):
                (widget.escapeButton() or widget.buttons()[-1]).click()
            elif isinstance(widget, QDialog):
                widget.reject()
                if widget.isVisible():
                    widget.done(QDialog.DialogCode.Rejected)
            else:
                widget.close()
        QApplication.processEvents()


def _label(button: QAbstractButton | QAction) -> str:
    text = button.text().replace("&", "") or button.toolTip()
    name = button.objectName()
    return f"{text!r}" + (f" ({name})" if name else "")


def _select_first_rows(area: QWidget) -> None:
    """Selects the first row of each list, so buttons that need a selection are enabled."""
    for view in area.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None or model.rowCount() == 0:
            continue
        if view.selectionModel() is not None and not view.selectionModel().hasSelection():
            view.selectionModel().select(
                model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            view.setCurrentIndex(model.index(0, 0))
    QApplication.processEvents()


def _click_all(
    qtbot: QtBot,
    walk: Walk,
    window: MainWindow,
    area: QWidget,
    where: str,
    back: Callable[[], None],
    skip: list[QTabWidget],
) -> None:
    """Clicks every visible enabled button inside ``area``; ``back`` returns to it
    when a click navigated elsewhere."""
    _select_first_rows(area)
    buttons = [
        b
        for b in area.findChildren(QAbstractButton)
        if isinstance(b, (QPushButton, QToolButton))
        and b.isVisible()
        and b.isEnabled()
        and not b.inherits("QTabBar")
        and b.parent() is not None
        and not type(b.parent()).__name__.startswith("QTabBar")
        and not any(t.isAncestorOf(b) for t in skip)
    ]
    for button in buttons:
        if not shiboken6.isValid(button) or not button.isVisible() or not button.isEnabled():
            continue
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        menu = button.menu()
        if menu is not None:
            # Clicking would pop the menu up in a loop of its own: trigger its actions.
            for action in menu.actions():
                if action.isEnabled() and not action.isSeparator() and action.menu() is None:
                    walk.where = f"{where} / {_label(button)} → {_label(action)}"
                    action.trigger()
                    walk.clicked += 1
                    _settle(qtbot, walk)
                    _close_new_windows(before, window)
            continue
        walk.where = f"{where} / {_label(button)}"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        walk.clicked += 1
        _settle(qtbot, walk)
        _close_new_windows(before, window)
        if not area.isVisible():
            back()
            _settle(qtbot, walk)


def _top_tabs(area: QWidget) -> list[QTabWidget]:
    """The visible tab widgets inside ``area`` that are not inside another one."""
    tabs = [t for t in area.findChildren(QTabWidget) if t.isVisible()]
    return [t for t in tabs if not any(o is not t and o.isAncestorOf(t) for o in tabs)]


def _walk_area(
    qtbot: QtBot,
    walk: Walk,
    window: MainWindow,
    area: QWidget,
    where: str,
    back: Callable[[], None],
) -> None:
    """The buttons of ``area`` outside its tab widgets, then every tab of each."""
    nested = _top_tabs(area)
    _click_all(qtbot, walk, window, area, where, back, skip=nested)
    for tabs in nested:
        if not shiboken6.isValid(tabs):
            continue
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index):
                continue
            title = tabs.tabText(index).replace("&", "")

            def back_here(i: int = index, t: QTabWidget = tabs) -> None:
                back()
                if shiboken6.isValid(t):
                    t.setCurrentIndex(i)

            back_here()
            _settle(qtbot, walk)
            _walk_area(qtbot, walk, window, tabs.widget(index), f"{where} › {title}", back_here)


def _rich_account(db: Database) -> int:
    rows = list_accounts(db)
    return max(rows, key=lambda r: r.contacts).id


def test_every_button_of_every_page_and_dossier_tab(
    qtbot: QtBot, demo_db: Database, walk: Walk
) -> None:
    ctx = AppContext(demo_db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    account_id = _rich_account(demo_db)

    for spec in PAGES:

        def back(key: str = spec.key) -> None:
            window.show_page(key)

        page = window.show_page(spec.key)
        wait = getattr(page, "wait_until_loaded", None)
        if callable(wait):
            wait()
        _settle(qtbot, walk)
        if isinstance(page, AccountsPage):
            # The dossier of the richest account, every tab, then the account list.
            def back_to_dossier() -> None:
                window.open_account(account_id)

            back_to_dossier()
            _settle(qtbot, walk)
            _walk_area(qtbot, walk, window, page.dossier, "Dossier", back_to_dossier)
            page.dossier.tabs.setCurrentIndex(0)

            def back_to_list(accounts: AccountsPage = page) -> None:
                window.show_page("accounts")
                accounts.show_list()

            back_to_list()
            _click_all(qtbot, walk, window, page.list_panel, "Accounts", back_to_list, [])
        else:
            _walk_area(qtbot, walk, window, page, spec.key, back)

    QCoreApplication.processEvents()
    print(f"{walk.clicked} buttons clicked, {len(walk.dialogs)} dialogs closed")
    for line in walk.dialogs:
        print("  ", line)
    assert walk.clicked > 60  # the walk reached the pages (not a walk of nothing)
    assert not walk.errors, "\n".join(walk.errors)


SKIPPED_ACTIONS = {"syncNow", "recentMenu"}


def _menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.isSeparator() or action.objectName() in SKIPPED_ACTIONS:
            continue
        sub = action.menu()
        if sub is not None:
            if sub.objectName() not in SKIPPED_ACTIONS:
                yield from _menu_actions(sub)
            continue
        yield action


def test_every_menu_action(qtbot: QtBot, demo_db: Database, walk: Walk) -> None:
    ctx = AppContext(demo_db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_account(_rich_account(demo_db))  # the account-bound actions have one
    _settle(qtbot, walk)
    quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    names = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        for action in list(_menu_actions(menu)):
            if not shiboken6.isValid(action) or not action.isEnabled():
                continue
            if action.shortcut() in quit_keys or action.text().replace("&", "") == "About Qt":
                continue
            before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
            walk.where = f"{top.text().replace('&', '')} → {_label(action)}"
            names.append(walk.where)
            action.trigger()
            walk.clicked += 1
            _settle(qtbot, walk)
            _close_new_windows(before, window)
    print(f"{walk.clicked} menu actions triggered, {len(walk.dialogs)} dialogs closed")
    for line in walk.dialogs:
        print("  ", line)
    assert any("Preferences" in n for n in names) and any("User guide" in n for n in names)
    assert not walk.errors, "\n".join(walk.errors)

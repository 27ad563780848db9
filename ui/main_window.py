"""The main window: navigation on the left, the screens of ``ui.pages.PAGES`` on the
right (built when first shown), menus and a status bar; its geometry is kept."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

import resources
from ui.context import AppContext
from ui.exchange.menu import add_workbook_actions
from ui.pages import PAGES, AccountsScreen, Page, PageSpec
from ui.profile.menu import add_profile_action
from ui.safety.actions import add_safety_actions
from ui.settings.identity import ask_identity_if_needed
from ui.shell.about import show_about
from ui.shell.database import open_with_recovery, pick_existing, pick_new
from ui.shell.guide import show_guide
from ui.shell.language import choose_language, install_language
from ui.shell.settings import app_settings, recent_databases, store_language
from ui.sync.actions import add_sync_actions

LANGUAGE_HINT_SHOWN = "hints/languageShown"
# Always in Chinese: it is for the Chinese reader of an app that opened in English.
CHINESE_LANGUAGE_HINT = "切换为中文：设置 → 偏好设置 → 界面语言"


def page_icon(name: str) -> QIcon:
    path = resources.path("icons", f"{name}.svg")
    return QIcon(str(path)) if name and path.exists() else QIcon()


class MainWindow(QMainWindow):
    """The app's one window over an :class:`AppContext`.

    Signals:
        language_changed(str): the user chose another language in the settings.
    """

    language_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.pages: dict[str, QWidget] = {}
        self._screens: dict[str, Page] = {}  # the same pages, as the Page contract
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(184)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel()
        self.db_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.db_label)
        self._current_row = -1
        # Pages visited before the current one (nav rows), for Back (Alt+Left).
        self._history: list[int] = []
        self._going_back = False
        # True while the shown dossier was opened from another page (Back returns there).
        self._dossier_from_elsewhere = False
        self._build()
        self._restore_state()

    # building ----------------------------------------------------------------------
    def _build(self) -> None:
        """(Re)creates menus, navigation and the first page: at start, after a language
        change and when another database is opened."""
        self.setWindowTitle(self.tr("KAM Desk — key-account manager"))
        self.ctx.open_account_requested.connect(self.open_account)
        self.ctx.page_requested.connect(self.show_page)
        self._build_menus()
        blocked = self.nav.blockSignals(True)
        self.nav.clear()
        for spec in PAGES:
            item = QListWidgetItem(page_icon(spec.icon), spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(160, 40))
            self.nav.addItem(item)
        self.nav.blockSignals(blocked)
        path = self.ctx.db.path
        self.db_label.setText(str(path) if path else self.ctx.db.label)
        self.db_label.setToolTip(self.tr("The open database"))
        self._current_row = -1
        self.nav.setCurrentRow(0)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        # clear() only detaches the menus; delete them (and the actions they own) so a
        # window rebuilt for another language or database keeps no stale actions.
        for menu in bar.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
            menu.deleteLater()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        # Ctrl+N makes what a salesperson makes daily (an account); a database is rare.
        self._action(file_menu, self.tr("&New database…"), self.new_database, "Ctrl+Shift+N")
        self._action(
            file_menu, self.tr("&Open database…"), self.open_database, QKeySequence.StandardKey.Open
        )
        recent = file_menu.addMenu(self.tr("Open &recent"))
        recent.setObjectName("recentMenu")
        current = str(self.ctx.db.path or "")
        for path in recent_databases():
            if path != current:
                self._action(recent, path, partial(self.switch_database, path))
        recent.setEnabled(not recent.isEmpty())
        file_menu.addSeparator()
        add_workbook_actions(file_menu, self, self.ctx)
        add_profile_action(file_menu, self, self.ctx)
        file_menu.addSeparator()
        add_safety_actions(file_menu, self, self.ctx)
        add_sync_actions(file_menu, self, self.ctx)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self._action(
            edit_menu, self.tr("New &account"), self.new_account, QKeySequence.StandardKey.New
        )
        self._action(
            edit_menu, self.tr("&Find account"), self.focus_search, QKeySequence.StandardKey.Find
        )

        view_menu = bar.addMenu(self.tr("&View"))
        back = self._action(
            view_menu, self.tr("&Back"), self.go_back, QKeySequence.StandardKey.Back
        )
        back.setObjectName("backAction")
        view_menu.addSeparator()
        for row, spec in enumerate(PAGES):
            self._action(
                view_menu,
                spec.title(),
                partial(self.nav.setCurrentRow, row),
                f"Ctrl+{row + 1}" if row < 9 else None,
            )
        view_menu.addSeparator()
        self._action(
            view_menu, self.tr("&Refresh"), self.refresh_current, QKeySequence.StandardKey.Refresh
        )

        settings_menu = bar.addMenu(self.tr("&Settings"))
        self._action(
            settings_menu,
            self.tr("&Preferences…"),
            self.open_settings,
            QKeySequence.StandardKey.Preferences,
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(
            help_menu,
            self.tr("&User guide"),
            lambda: show_guide(self),
            QKeySequence.StandardKey.HelpContents,
        )
        help_menu.addSeparator()
        self._action(
            help_menu, self.tr("&About KAM Desk"), lambda: show_about(self, self.db_label.text())
        )
        self._action(help_menu, self.tr("About &Qt"), QApplication.aboutQt)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    # pages -------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page registered as ``key``, built on first use."""
        if key not in self.pages:
            spec = next(s for s in PAGES if s.key == key)
            widget = spec.factory(self.ctx)
            if not isinstance(widget, Page):
                raise TypeError(f"page {key!r} is not a ui.pages.Page")
            widget.setObjectName(f"page_{key}")
            self.pages[key] = widget
            self._screens[key] = widget
            self.stack.addWidget(widget)
        return self.pages[key]

    def _current_key(self) -> str:
        return PAGES[self._current_row].key if self._current_row >= 0 else ""

    def _accounts(self) -> AccountsScreen | None:
        """The accounts page, shown; None when the user stayed with unsaved work."""
        page = self.show_page("accounts")
        if self.current_page() is not page:
            return None
        screen = self._screens["accounts"]
        if not isinstance(screen, AccountsScreen):
            raise TypeError("the accounts page is not a ui.pages.AccountsScreen")
        return screen

    def show_page(self, key: str) -> QWidget:
        row = next(i for i, s in enumerate(PAGES) if s.key == key)
        self.nav.setCurrentRow(row)
        return self.page(key)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _nav_changed(self, row: int) -> None:
        if row < 0 or row == self._current_row:
            return
        leaving = self._screens.get(self._current_key())
        if leaving is not None and not leaving.confirm_leave():
            blocked = self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._current_row)
            self.nav.blockSignals(blocked)
            return
        if self._current_row >= 0 and not self._going_back:
            self._history.append(self._current_row)
        self._current_row = row
        spec: PageSpec = PAGES[row]
        fresh = spec.key not in self.pages
        widget = self.page(spec.key)
        self.stack.setCurrentWidget(widget)
        if not fresh:
            self._screens[spec.key].refresh()

    def go_back(self) -> None:
        """Returns to the page shown before (warnings → dossier → back to warnings);
        on the account screen, from a dossier opened from its own list to the list."""
        if (
            self._current_key() == "accounts"
            and not self._dossier_from_elsewhere
            and (accounts := self._accounts()) is not None
            and accounts.in_dossier()
        ):
            accounts.show_list()
            return
        self._dossier_from_elsewhere = False
        while self._history:
            row = self._history.pop()
            if row == self._current_row:
                continue
            self._going_back = True
            try:
                self.nav.setCurrentRow(row)
            finally:
                self._going_back = False
            return

    def open_account(self, account_id: int) -> None:
        came_from = self._current_row
        accounts = self._accounts()
        self._dossier_from_elsewhere = came_from != self._current_row
        if accounts is not None:
            accounts.open_account(account_id)

    def new_account(self) -> None:
        if (accounts := self._accounts()) is not None:
            accounts.new_account()

    def focus_search(self) -> None:
        if (accounts := self._accounts()) is not None:
            accounts.show_list()

    def refresh_current(self) -> None:
        screen = self._screens.get(self._current_key())
        if screen is not None:
            screen.refresh()

    def confirm_leave_all(self) -> bool:
        """Asks every built page about unsaved work; False when the user stays."""
        current = self._current_key()
        ordered = ([current] if current in self.pages else []) + [
            key for key in self.pages if key != current
        ]
        for key in ordered:
            if not self._screens[key].confirm_leave():
                self.stack.setCurrentWidget(self.pages[key])
                return False
        return True

    # database and language ---------------------------------------------------------
    def open_database(self) -> None:
        path = pick_existing(self)
        if path:
            self.switch_database(path)

    def new_database(self) -> None:
        path = pick_new(self)
        if path:
            self.switch_database(path)

    def switch_database(self, target: str) -> bool:
        if not self.confirm_leave_all():
            return False
        db = open_with_recovery(target, self)
        if db is None:
            return False
        old = self.ctx.db
        self.ctx.db = db
        old.close()
        self.rebuild()
        ask_identity_if_needed(self.ctx, self)
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", db.label), 5000)
        return True

    def rebuild(self, keep_page: bool = False) -> None:
        """Drops every page and builds the window again (new database or language);
        with ``keep_page`` the same page (and account) shows afterwards."""
        key = self._current_key() if keep_page else ""
        screen = self._screens.get(key)
        account = screen.open_account_id() if screen is not None else None
        self.ctx.open_account_requested.disconnect(self.open_account)
        self.ctx.page_requested.disconnect(self.show_page)
        for widget in self.pages.values():
            # close() first: pages stop their background loaders in closeEvent, and a
            # QThread destroyed while running would take the process down.
            widget.close()
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.pages.clear()
        self._screens.clear()
        self._history.clear()
        self._build()
        if key:
            self.show_page(key)
            if account is not None:
                self.open_account(account)

    def open_settings(self) -> None:
        from ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        if dialog.exec() and dialog.language_changed():
            self.apply_language(dialog.chosen_language())

    def apply_language(self, choice: str) -> bool:
        """Switches the UI to ``choice`` ('zh_CN', 'en' or '' for the system's) at once."""
        if not self.confirm_leave_all():
            return False
        store_language(choice)
        lang = install_language(choose_language(choice))
        self.rebuild(keep_page=True)
        self.language_changed.emit(lang)
        return True

    def show_language_hint(self) -> None:
        """Once, on a system that is not Chinese: how to switch to Chinese, in Chinese
        (the reader may not read the English it opened in) and in the UI language."""
        settings = app_settings()
        if settings.value(LANGUAGE_HINT_SHOWN, False, type=bool):
            return
        settings.setValue(LANGUAGE_HINT_SHOWN, True)
        hint = self.tr(
            "Language: Settings → Preferences → Language, or start with "
            "--lang zh_CN, or set KAM_LANG=zh_CN."
        )
        self.statusBar().showMessage(f"{CHINESE_LANGUAGE_HINT}    {hint}", 60_000)

    # window state ------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = app_settings()
        geometry = settings.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value("mainWindow/state")
        if state is not None:
            self.restoreState(state)

    def save_state(self) -> None:
        settings = app_settings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/state", self.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_leave_all():
            event.ignore()
            return
        self.save_state()
        event.accept()

"""The dossier of one account: a header and tabs (company, scale & products, lines,
plans, competitors, people, then the tabs other areas register in EXTRA_TABS)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam.accounts.dossier import share_of_wallet
from kam.accounts.identity import my_name
from kam.accounts.service import AccountData, delete_account, get_account, save_account
from kam.i18n import label
from kam.validation import ValidationError
from ui.context import AppContext, Topic
from ui.dossier.account_form import SCALE_FIELDS, account_form
from ui.dossier.extra_tabs import EXTRA_TABS
from ui.dossier.form_pages import company_page, scale_page
from ui.dossier.item_specs import LINES, PLANS, PRODUCTS, SHARES
from ui.dossier.people_tab import PeopleTab
from ui.pages import AccountTab
from ui.profile.menu import open_profile_dialog, print_profile_label
from ui.widgets.confirm import Unsaved, ask_unsaved, confirm_delete
from ui.widgets.editable_list import EditableList
from ui.widgets.errors import RECOVERABLE
from ui.widgets.ops import run_op


class DossierView(QWidget):
    """Shows and edits one account; ``set_account(None)`` starts a new one.

    Signals:
        back_requested(): the user wants the account list again.
        account_saved(int): the account's own facts were saved.
        account_deleted(int): the account was deleted.
    """

    back_requested = Signal()
    account_saved = Signal(int)
    account_deleted = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossier")
        self.ctx = ctx
        self.account_id: int | None = None
        self._data = AccountData()
        self._dirty = False
        self.form = account_form(ctx.db)
        self.form.changed.connect(lambda: self._set_dirty(True))

        self.products = EditableList(ctx, PRODUCTS)
        self.lines = EditableList(ctx, LINES)
        self.plans = EditableList(ctx, PLANS)
        self.share_summary = QLabel()
        self.share_summary.setObjectName("tabSummary")
        self.share_summary.setWordWrap(True)
        self.shares = EditableList(ctx, SHARES, header=self.share_summary)
        for tab in (self.products, self.lines, self.plans, self.shares):
            tab.layout_.setContentsMargins(12, 12, 12, 12)
        self.shares.changed.connect(self._update_share_summary)
        self.people = PeopleTab(ctx)
        for part in (self.products, self.lines, self.plans, self.shares, self.people):
            part.changed.connect(self._refresh_header)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("dossierTabs")
        self.tabs.setDocumentMode(True)
        self.company_page = company_page(self.form)
        self.tabs.addTab(self.company_page, self.tr("Company"))
        # "&" would mark a mnemonic in a tab title: doubled to show itself.
        self.tabs.addTab(
            scale_page(self.form, self.products), self.tr("Scale & products").replace("&", "&&")
        )
        self.tabs.addTab(self.lines, self.tr("Production lines"))
        self.tabs.addTab(self.plans, self.tr("Development plans"))
        self.tabs.addTab(self.shares, self.tr("Competitors"))
        self.tabs.addTab(self.people, self.tr("People"))
        # Tabs that load per account, by tab index; each loads when first shown.
        self._loaders: dict[int, AccountTab] = {
            1: self.products,
            2: self.lines,
            3: self.plans,
            4: self.shares,
            5: self.people,
        }
        for spec in EXTRA_TABS:
            widget = spec.factory(ctx)
            if not isinstance(widget, AccountTab):
                raise TypeError(f"dossier tab {spec.key!r} is not a ui.pages.AccountTab")
            # In a scroll area, so that no tab's minimum size can force the window to
            # grow past a laptop screen.
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(widget)
            self._loaders[self.tabs.addTab(scroll, spec.title().replace("&", "&&"))] = widget
        self._loaded: dict[int, int | None] = {}
        self.tabs.currentChanged.connect(self._load_tab)

        self.banner = QLabel()
        self.banner.setObjectName("errorBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addLayout(self._header())
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self._set_dirty(False)

    def _header(self) -> QGridLayout:
        self.back_button = QPushButton(self.tr("‹ All accounts"))
        self.back_button.setObjectName("backButton")
        self.back_button.setProperty("flat", True)
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setObjectName("dossierTitle")
        self.chips = QHBoxLayout()
        self.chips.setSpacing(6)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveAccount")
        self.save_button.setProperty("primary", True)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("revertAccount")
        self.revert_button.clicked.connect(self.revert)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("savedNote")
        self.delete_button = QPushButton(self.tr("Delete account"))
        self.delete_button.setObjectName("deleteAccount")
        self.delete_button.setProperty("danger", True)
        self.delete_button.clicked.connect(self.delete)
        self.print_button = QPushButton(print_profile_label())
        self.print_button.setObjectName("printProfile")
        self.print_button.clicked.connect(self.print_profile)
        grid = QGridLayout()
        grid.addWidget(self.back_button, 0, 0, 1, 2)
        grid.addWidget(self.title, 1, 0)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.saved_note)
        for button in (self.print_button, self.delete_button, self.revert_button, self.save_button):
            buttons.addWidget(button)
        grid.addLayout(buttons, 1, 1)
        grid.addLayout(self.chips, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        return grid

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape that no editor used (line edits pass it on) goes back to the list.
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)

    # showing -----------------------------------------------------------------------
    def set_account(self, account_id: int | None) -> None:
        """Loads ``account_id`` (None: an empty new account); discards unsaved edits."""
        data = run_op(
            self,
            lambda: (
                get_account(self.ctx.db, account_id)
                if account_id is not None
                else AccountData(owner=my_name(self.ctx.db))
            ),
        )
        if data is None:
            return
        self.account_id = account_id
        self._data = data
        self.form.refresh_choices()
        self.form.load(data)
        self.banner.hide()
        self._loaded.clear()
        for index in self._loaders:
            self.tabs.setTabEnabled(index, account_id is not None)
        if account_id is None:
            self.tabs.setCurrentIndex(0)
            self.form.editors["code"].setFocus()
        self.products.set_account(account_id)  # the scale tab shows the form and products
        self._loaded[1] = account_id
        self._load_tab(self.tabs.currentIndex())
        self._set_dirty(False)
        self._refresh_header()

    def refresh(self) -> None:
        """Reloads the account (another screen may have changed it, e.g. its grade);
        unsaved edits are left alone."""
        if not self._dirty and self.account_id is not None:
            self.set_account(self.account_id)

    def _load_tab(self, index: int) -> None:
        widget = self._loaders.get(index)
        if widget is None or self._loaded.get(index, -1) == self.account_id:
            return
        self._loaded[index] = self.account_id
        widget.set_account(self.account_id)
        if widget is self.shares:
            self._update_share_summary()

    def _refresh_header(self) -> None:
        data = self._data
        self.title.setText(data.name if self.account_id is not None else self.tr("New account"))
        while self.chips.count():
            item = self.chips.takeAt(0)
            chip = item.widget() if item is not None else None
            if chip:
                chip.deleteLater()
        if self.account_id is not None:
            chips = [data.code, label(data.stage)]
            if data.grade:
                chips.append(self.tr("Grade %1").replace("%1", data.grade))
            if data.key_account:
                chips.append(self.tr("Key account"))
            if data.owner:
                chips.append(self.tr("Manager: %1").replace("%1", data.owner))
            if data.region:
                chips.append(data.region)
            for text in chips:
                chip = QLabel(text)
                chip.setObjectName("keyChip" if text == self.tr("Key account") else "chip")
                self.chips.addWidget(chip)
        self.chips.addStretch(1)
        self.delete_button.setEnabled(self.account_id is not None)
        self.print_button.setEnabled(self.account_id is not None)

    def print_profile(self) -> None:
        """Opens the profile print dialog for this account (saved state is printed)."""
        if self.account_id is not None:
            open_profile_dialog(self.ctx, [self.account_id], self)

    def _update_share_summary(self) -> None:
        if self.account_id is None:
            return
        try:
            shares = share_of_wallet(self.ctx.db, self.account_id)
        except RECOVERABLE:
            shares = {}
        if shares:
            text = "  ".join(f"{y}: {v:.0f} %" for y, v in sorted(shares.items(), reverse=True)[:4])
            self.share_summary.setText(self.tr("Our share of wallet — %1").replace("%1", text))
        else:
            self.share_summary.setText(
                self.tr("Mark our own line with “This is us” to see our share of wallet.")
            )

    # editing -----------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty or self.account_id is None)
        self.revert_button.setEnabled(dirty)
        self.tabs.setTabText(0, self.tr("Company") + (" •" if dirty else ""))

    def save(self) -> bool:
        """Saves the account's facts; on any problem shows it at the field, writes nothing."""
        data, parse_errors = self.form.collect(self._data)

        def write() -> int:
            if parse_errors:
                raise ValidationError(parse_errors)
            # Only the fields edited here: an import or another window may have changed
            # others since this account was loaded.
            original = self._data if self.account_id is not None else None
            return save_account(self.ctx.db, data, original)

        new_id = run_op(
            self, write, invalid=lambda exc: self._show_errors({**exc.errors, **parse_errors})
        )
        if new_id is None:
            return False
        created = self.account_id is None
        self.set_account(new_id)
        self.saved_note.setText(self.tr("Saved"))
        QTimer.singleShot(4000, self.saved_note.clear)
        self.ctx.data_changed.emit(Topic.ACCOUNTS)
        self.account_saved.emit(new_id)
        if created:
            self.tabs.setCurrentIndex(5)  # a new account's next step: its people
        return True

    def _show_errors(self, errors: dict[str, str]) -> None:
        unplaced = self.form.errors.show(errors)
        if unplaced:
            self.banner.setText("\n".join(f"{k}: {v}" if k else v for k, v in unplaced.items()))
            self.banner.show()
        else:
            self.banner.setText(self.tr("Please correct the fields marked in red."))
            self.banner.show()
        on_scale = [name for name in errors if name in SCALE_FIELDS]
        self.tabs.setCurrentIndex(1 if on_scale and len(on_scale) == len(errors) else 0)
        first = next(iter(errors))
        if first in self.form.editors:
            self.form.editors[first].setFocus()

    def revert(self) -> None:
        self.form.load(self._data)
        self.banner.hide()
        self._set_dirty(False)

    def confirm_leave(self) -> bool:
        """Asks about unsaved edits; False means stay here."""
        if not self._dirty:
            return True
        what = self._data.name or self.tr("The new account")
        answer = ask_unsaved(self, what)
        if answer is Unsaved.SAVE:
            return self.save()
        if answer is Unsaved.DISCARD:
            self.revert()
            return True
        return False

    def delete(self) -> None:
        if self.account_id is None:
            return
        account_id = self.account_id
        if not confirm_delete(
            self,
            f"{self._data.name} ({self._data.code})",
            self.tr(
                "The account and everything recorded under it will be deleted. "
                "This cannot be undone."
            ),
        ):
            return

        def deleted(_: None) -> None:
            self._dirty = False
            self.account_id = None
            self.ctx.data_changed.emit(Topic.ACCOUNTS)
            self.account_deleted.emit(account_id)

        run_op(self, lambda: delete_account(self.ctx.db, account_id), success=deleted)

"""The Accounts screen: the list, and the dossier of the account opened from it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kam.accounts.service import delete_account, get_account, list_accounts, save_account
from ui.accounts.list_panel import AccountListPanel
from ui.context import AppContext, Topic
from ui.profile.menu import open_profile_dialog
from ui.widgets.ask import warn
from ui.widgets.confirm import confirm_delete
from ui.widgets.ops import run_op

if TYPE_CHECKING:
    from ui.dossier.view import DossierView


class AccountsPage(QWidget):
    """List ↔ dossier, with the unsaved-changes guard on every way out of the dossier."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list_panel = AccountListPanel()
        self._dossier: DossierView | None = None  # built when first opened
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.list_panel.open_requested.connect(self.open_account)
        self.list_panel.new_requested.connect(self.new_account)
        self.list_panel.delete_requested.connect(self.delete_account)
        self.list_panel.print_requested.connect(
            lambda ids: open_profile_dialog(self.ctx, ids, self)
        )
        self.list_panel.shared_requested.connect(self.set_shared)
        ctx.data_changed.connect(self._data_changed)
        self._stale = False
        self.reload()

    @property
    def dossier(self) -> DossierView:
        if self._dossier is None:
            # Imported on first use: the dossier's modules are not needed to start up.
            from ui.dossier.view import DossierView

            self._dossier = DossierView(self.ctx)
            self._dossier.back_requested.connect(self.show_list)
            self._dossier.account_deleted.connect(lambda _id: self.show_list(guard=False))
            self.stack.addWidget(self._dossier)
        return self._dossier

    # page protocol (ui.pages) ------------------------------------------------------
    def refresh(self) -> None:
        if self._stale:
            self.reload()
        if self._dossier is not None and self.stack.currentWidget() is self._dossier:
            self._dossier.refresh()

    def in_dossier(self) -> bool:
        return self._dossier is not None and self.stack.currentWidget() is self._dossier

    def open_account_id(self) -> int | None:
        """The account whose dossier is shown, if one is."""
        return self._dossier.account_id if self.in_dossier() else None  # type: ignore[union-attr]

    def open_account(self, account_id: int) -> None:
        if self._dossier is not None and self.stack.currentWidget() is self._dossier:
            if self._dossier.account_id == account_id:
                return
            if not self._dossier.confirm_leave():
                return
        self.dossier.set_account(account_id)
        self.stack.setCurrentWidget(self.dossier)

    def confirm_leave(self) -> bool:
        """False when the user chose to stay with unsaved changes."""
        if self._dossier is None or self.stack.currentWidget() is not self._dossier:
            return True
        return self._dossier.confirm_leave()

    def has_unsaved_changes(self) -> bool:
        return self._dossier is not None and self._dossier.is_dirty()

    # actions ---------------------------------------------------------------------
    def reload(self) -> None:
        rows = run_op(self, lambda: list_accounts(self.ctx.db))
        if rows is None:  # told; the old list stays
            return
        self._stale = False
        self.list_panel.set_rows(rows)

    def new_account(self) -> None:
        if not self.confirm_leave():
            return
        self.dossier.set_account(None)
        self.stack.setCurrentWidget(self.dossier)

    def show_list(self, guard: bool = True) -> None:
        if guard and not self.confirm_leave():
            return
        current = self._dossier.account_id if self._dossier is not None else None
        self.stack.setCurrentWidget(self.list_panel)
        if self._stale:
            self.reload()
        if current is not None:
            self.list_panel.select_account(current)
        self.list_panel.search.setFocus()

    def delete_account(self, account_id: int) -> None:
        data = run_op(self, lambda: get_account(self.ctx.db, account_id))
        if data is None or not confirm_delete(
            self,
            f"{data.name} ({data.code})",
            self.tr(
                "The account and everything recorded under it (people, lines, plans, "
                "shares, records and visits) will be deleted. This cannot be undone."
            ),
        ):
            return
        run_op(
            self,
            lambda: delete_account(self.ctx.db, account_id),
            ctx=self.ctx,
            topics=Topic.ACCOUNTS,
        )

    def set_shared(self, account_id: int, shared: bool) -> None:
        """Shares the account with the team (or stops), as the dossier's tick box does:
        a save of that one field over the record as it is now."""

        def write() -> int:
            original = get_account(self.ctx.db, account_id)
            return save_account(self.ctx.db, replace(original, shared=shared), original)

        run_op(
            self,
            write,
            ctx=self.ctx,
            topics=Topic.ACCOUNTS,
            invalid=lambda exc: warn(
                self, self.tr("Shared with the team"), "\n".join(exc.errors.values())
            ),
        )

    def _data_changed(self, what: Topic) -> None:
        if what not in (Topic.ACCOUNTS, Topic.CONTACTS, Topic.STAFF):
            return
        self._stale = True
        if self.stack.currentWidget() is self.list_panel and self.isVisible():
            self.reload()

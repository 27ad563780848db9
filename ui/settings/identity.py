"""Who "I" am: the staff member using this database, picked from our people or added.

Asked once when the app first opens a database (see kam.accounts.identity), and
changeable in Settings → General.
"""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kam.accounts import identity
from kam.accounts.staff import StaffData, list_staff, save_staff
from kam.domain.enums import Layer
from kam.i18n import label
from ui.context import AppContext, Topic
from ui.widgets.enum_combo import EnumCombo
from ui.widgets.errors import RECOVERABLE
from ui.widgets.field_errors import FieldErrors
from ui.widgets.ops import run_op

NEW = -1


class IdentityPicker(QWidget):
    """A list of our people plus "I am not in the list: add me", with the new person's
    name and visit layer."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.person = QComboBox()
        self.person.setObjectName("identityPerson")
        self.person.addItem(self.tr("(not set)"), None)
        mine = identity.me(ctx.db)
        for s in list_staff(ctx.db, active_only=True):
            self.person.addItem(f"{s.name}({label(s.layer)})", s.id)
        self.person.addItem(self.tr("I am not in the list: add me…"), NEW)
        if mine is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(mine.id)))
        self.name = QLineEdit()
        self.name.setObjectName("identityName")
        self.name.setPlaceholderText(self.tr("your name as colleagues write it"))
        self.layer = EnumCombo(Layer)
        self.layer.setObjectName("identityLayer")
        self.layer.set_value(Layer.BUSINESS.value)  # most users are account managers
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("I am"), self.person)
        name_box = self.errors.wrap("name", self.name)
        form.addRow(self.tr("Name"), name_box)
        form.addRow(self.tr("Visit layer"), self.layer)
        self._rows = (name_box, self.layer)
        self.person.currentIndexChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        adding = self.person.currentData() == NEW
        form = self.layout()
        assert isinstance(form, QFormLayout)
        for widget in self._rows:
            form.setRowVisible(widget, adding)
        if adding:
            self.name.setFocus()

    def changed(self) -> bool:
        mine = identity.me(self.ctx.db)
        chosen: object = self.person.currentData()  # a staff id, NEW or None
        return chosen != (mine.id if mine else None)

    def apply(self) -> bool:
        """Stores the choice (adding the person first if asked); False when the new
        person's name is refused (shown at the field)."""
        chosen = self.person.currentData()

        def write() -> bool:
            staff_id = chosen
            if staff_id == NEW:
                staff_id = save_staff(
                    self.ctx.db, StaffData(name=self.name.text(), layer=self.layer.value())
                )
                self.ctx.data_changed.emit(Topic.STAFF)
            identity.set_me(self.ctx.db, staff_id)
            return True

        return bool(
            run_op(
                self,
                write,
                ctx=self.ctx,
                topics=Topic.IDENTITY,
                invalid=lambda exc: self.errors.show(exc.errors),
            )
        )


class IdentityDialog(QDialog):
    """The first-start question; "Later" stops it from being asked again."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identityDialog")
        self.setWindowTitle(self.tr("Who are you?"))
        self.ctx = ctx
        intro = QLabel(
            self.tr(
                "Who works with this database? Your name is recorded with every change, is "
                "proposed as the owner of what you add, and picks your own lists on the home "
                "screen. You can change it later in Settings."
            )
        )
        intro.setWordWrap(True)
        self.picker = IdentityPicker(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.later = buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later.setObjectName("identityLater")
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("identityOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.picker)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.resize(520, 230)  # room for the wrapped introduction

    def accept(self) -> None:
        if self.picker.person.currentData() is None:
            self.reject()
            return
        if self.picker.apply():
            super().accept()

    def reject(self) -> None:
        with contextlib.suppress(*RECOVERABLE):  # asked again next time: no harm
            identity.mark_asked(self.ctx.db)
        super().reject()


def ask_identity_if_needed(ctx: AppContext, parent: QWidget | None) -> None:
    try:
        needed = identity.needs_asking(ctx.db)
    except RECOVERABLE:
        return
    if needed:
        IdentityDialog(ctx, parent).exec()

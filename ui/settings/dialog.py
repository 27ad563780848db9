"""The settings dialog: language (follows the system unless chosen) and our people."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.settings.identity import IdentityPicker
from ui.settings.staff_panel import StaffPanel
from ui.shell.settings import stored_language


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._initial = stored_language()

        general = QWidget()
        form = QFormLayout(general)
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("中文(简体)", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(self._initial), 0))
        self.language.setMaximumWidth(280)
        form.addRow(self.tr("Language"), self.language)
        hint = QLabel(self.tr("The window switches language as soon as you press OK."))
        hint.setObjectName("hint")
        form.addRow("", hint)
        database = QLabel(ctx.db.label)
        database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        database.setWordWrap(True)
        form.addRow(self.tr("Database file"), database)
        self.identity = IdentityPicker(ctx)
        self.identity.setToolTip(
            self.tr(
                "Recorded with every change, proposed as owner, and the home screen's own "
                "lists. KAM_USER or kam --as NAME override it for one run."
            )
        )
        form.addRow(self.tr("Who I am"), self.identity)
        user = QLabel(ctx.db.user)
        user.setObjectName("changesRecordedAs")
        form.addRow(self.tr("Changes recorded as"), user)

        self.staff = StaffPanel(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.staff, self.tr("Our people"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def accept(self) -> None:
        if self.identity.changed() and not self.identity.apply():
            self.tabs.setCurrentIndex(0)
            return
        super().accept()

    def chosen_language(self) -> str:
        """'zh_CN', 'en' or '' (follow the system)."""
        return str(self.language.currentData() or "")

    def language_changed(self) -> bool:
        return self.chosen_language() != self._initial

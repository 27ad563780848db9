"""Asking for a database passphrase: to open a file, or a new one (typed twice)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kam.store.crypto import MIN_LENGTH


class PassphraseDialog(QDialog):
    """Asks for the passphrase of ``path``; with ``new`` asks for a new one twice.

    The passphrase lives only in the line edits and the returned string: it is never
    stored in settings or written to a log.
    """

    def __init__(
        self, parent: QWidget | None, path: str, *, new: bool = False, wrong: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self._new = new
        self.setWindowTitle(self.tr("New passphrase") if new else self.tr("Encrypted database"))
        layout = QVBoxLayout(self)
        if new:
            intro = self.tr(
                "Choose a passphrase of at least %1 characters. Without it nobody — not even "
                "KAM Desk's makers — can open this database or its backups again. Write it "
                "down and keep it somewhere safe."
            ).replace("%1", str(MIN_LENGTH))
        else:
            intro = self.tr("%1 is encrypted. Enter its passphrase.").replace("%1", path)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.wrong_label = QLabel(self.tr("That passphrase does not open the database."))
        self.wrong_label.setObjectName("wrongPassphrase")
        self.wrong_label.setStyleSheet("color: #b3261e")
        self.wrong_label.setVisible(wrong)
        layout.addWidget(self.wrong_label)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase:"), self.first)
        self.second = QLineEdit()
        self.second.setObjectName("passphraseRepeat")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        if new:
            form.addRow(self.tr("Repeat:"), self.second)
        else:
            self.second.hide()
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("passphraseProblem")
        self.problem.setStyleSheet("color: #b3261e")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.first.setFocus()

    def passphrase(self) -> str:
        return self.first.text()

    def accept(self) -> None:
        problem = ""
        if not self.first.text():
            problem = self.tr("Enter the passphrase.")
        elif self._new and len(self.first.text()) < MIN_LENGTH:
            problem = self.tr("The passphrase must have at least %1 characters.").replace(
                "%1", str(MIN_LENGTH)
            )
        elif self._new and self.first.text() != self.second.text():
            problem = self.tr("The two passphrases differ.")
        if problem:
            self.problem.setText(problem)
            return
        super().accept()


def ask_passphrase(parent: QWidget | None, path: str, *, wrong: bool = False) -> str | None:
    """The passphrase to open ``path``, or None when the user cancels."""
    dialog = PassphraseDialog(parent, path, wrong=wrong)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_passphrase(parent: QWidget | None) -> str | None:
    dialog = PassphraseDialog(parent, "", new=True)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

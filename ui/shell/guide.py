"""Help → User guide: how the daily work goes (a visit, the rating, a profile), short
enough to read once. Each paragraph is its own translated string."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def guide_html() -> str:
    # Literal translate() calls below: the translation tool reads only those.
    sections = [
        (
            QCoreApplication.translate("UserGuide", "The account dossier"),
            QCoreApplication.translate(
                "UserGuide",
                "Accounts (Ctrl+2) lists every customer; type a name, a code or "
                "the pinyin initials (hbgt finds 河北钢铁). A double-click opens the dossier: "
                "company facts, people and the decision map, products, lines, plans, "
                "competitors' shares, business records, visits and the rating. Ctrl+N "
                "starts a new account.",
            ),
        ),
        (
            QCoreApplication.translate("UserGuide", "A visit"),
            QCoreApplication.translate(
                "UserGuide",
                "Plan a visit from the Visits screen or the dossier's Visits tab: "
                "account, layer (leader, technical, business), date, our people and the "
                "customer's. Print the one-page brief before you go. Afterwards open the "
                "visit, set it to done and write the outcome, problems and follow-ups; "
                "follow-ups then appear on the home screen until they are done. Postpone… "
                "moves a visit and keeps the date it was planned for.",
            ),
        ),
        (
            QCoreApplication.translate("UserGuide", "The annual rating"),
            QCoreApplication.translate(
                "UserGuide",
                "Rating runs the year's scheme over every account (Ctrl+R): "
                "each criterion's value, its points and the total give the grade A–D and the "
                "key-account list. In the review meeting (F11) the director may override a "
                "grade with a reason; Finalise freezes the year and sets every account's "
                "grade. Ctrl+P prints the meeting pack.",
            ),
        ),
        (
            QCoreApplication.translate("UserGuide", "An account profile"),
            QCoreApplication.translate(
                "UserGuide",
                "File → Print account profiles writes a PDF per account (or one "
                "for many): facts, people, business figures, visits and the rating, for a "
                "meeting with the customer or a colleague taking the account over.",
            ),
        ),
        (
            QCoreApplication.translate("UserGuide", "Warnings"),
            QCoreApplication.translate(
                "UserGuide",
                "The home screen shows what needs you this week: warnings on "
                "your accounts, visits and follow-ups of the next 14 days. Acknowledge a "
                "warning with a note on what is being done; it returns if it gets worse.",
            ),
        ),
        (
            QCoreApplication.translate("UserGuide", "Your data"),
            QCoreApplication.translate(
                "UserGuide",
                "Everything is in one file on this computer and works offline. "
                "Every save is whole or not at all, backups are taken automatically and File → "
                "Restore a backup brings one back. Help → About shows where the file and the "
                "log are.",
            ),
        ),
        (
            QCoreApplication.translate("UserGuide", "Language and keys"),
            QCoreApplication.translate(
                "UserGuide",
                "Settings → Preferences → Language switches between 中文 and "
                "English (or start with --lang zh_CN, or set KAM_LANG). Alt+Left goes back "
                "to the previous screen, Ctrl+F finds an account, F5 refreshes, Esc leaves "
                "an editor (it asks before discarding what you typed).",
            ),
        ),
    ]
    body = "".join(f"<h3>{title}</h3><p>{text}</p>" for title, text in sections)
    title = QCoreApplication.translate("UserGuide", "KAM Desk — user guide")
    return f"<h2>{title}</h2>{body}"


def show_guide(parent: QWidget | None) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName("userGuide")
    dialog.setWindowTitle(QCoreApplication.translate("UserGuide", "User guide"))
    text = QTextBrowser()
    text.setObjectName("guideText")
    text.setHtml(guide_html())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text, 1)
    layout.addWidget(buttons)
    dialog.resize(640, 600)
    dialog.show()
    return dialog

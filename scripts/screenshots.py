"""Screenshots of every screen of the desktop app, in Chinese and English.

    xvfb-run -a python scripts/screenshots.py --db demo.sqlite3 --out shots/
    python scripts/screenshots.py --out shots/ --lang zh_CN      # builds the demo first

Writes ``<out>/<lang>/<name>.png`` for: the account list (plain and searching), every
page registered in ``ui.pages.PAGES``, every tab of one account's dossier (its own and
the ``EXTRA_TABS``), a dossier with validation messages, the contact editor and the
settings dialog. Runs on Xvfb (``xvfb-run -a``) or offscreen (the default when no
display is set). Preferences go to a temporary folder, never to the user's.

Other areas can reuse :func:`grab` and :func:`settle` for their own dialogs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def settle(rounds: int = 6) -> None:
    """Lets layouts, lazy loads and repaints finish."""
    app = QApplication.instance()
    for _ in range(rounds):
        app.processEvents()


def grab(widget: QWidget, path: Path) -> Path:
    settle()
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    print(path)
    return path


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")


def shoot_language(db_target: str, lang: str, out: Path, account_code: str, size: tuple[int, int]) -> None:
    from kam.accounts.people import list_contacts, save_contact
    from kam.accounts.service import list_accounts
    from kam.store import open_database
    from ui.accounts.page import AccountsPage
    from ui.context import AppContext
    from ui.dossier.contact_specs import contact_specs
    from ui.main_window import MainWindow
    from ui.pages import PAGES
    from ui.settings.dialog import SettingsDialog
    from ui.shell.language import install_language
    from ui.widgets.record_dialog import RecordDialog

    install_language(lang)
    db = open_database(db_target)
    ctx = AppContext(db)
    window = MainWindow(ctx)
    window.resize(*size)
    window.show()
    for spec in PAGES:
        shown = window.show_page(spec.key)
        # Pages that load in the background (the home screen) are shot once loaded.
        wait = getattr(shown, "wait_until_loaded", None)
        if callable(wait):
            wait()
        grab(window, out / f"page-{spec.key}.png")

    page = window.show_page("accounts")
    assert isinstance(page, AccountsPage)
    page.list_panel.search.setText("hbgt" if lang == "en" else "gang")
    grab(window, out / "accounts-search.png")
    page.list_panel.search.clear()

    rows = list_accounts(db)
    if not rows:
        print("the database has no accounts: no dossier screenshots", file=sys.stderr)
    else:
        chosen = next((r for r in rows if r.code == account_code), None) or max(
            rows, key=lambda r: r.contacts)
        window.open_account(chosen.id)
        dossier = page.dossier
        for index in range(dossier.tabs.count()):
            dossier.tabs.setCurrentIndex(index)
            settle()
            if dossier.tabs.widget(index) is dossier.people:
                dossier.people.map.centerOn(dossier.people.map.sceneRect().center().x(), 0)
            grab(window, out / f"dossier-{index + 1:02d}-{_slug(dossier.tabs.tabText(index))}.png")
        dossier.tabs.setCurrentIndex(0)
        name = dossier.form.editors["name"]
        name.clear()  # type: ignore[attr-defined]
        dossier.form.editors["founded"].setText("19x8")  # type: ignore[attr-defined]
        dossier.form.changed.emit()
        dossier.save()
        dossier.form.editors["founded"].setText("1958")  # type: ignore[attr-defined]
        dossier.save()
        grab(window, out / "dossier-errors.png")
        dossier.revert()

        people = list_contacts(db, chosen.id)
        if people:
            dialog = RecordDialog(window, "Edit", contact_specs(
                lambda: [("", None)] + [(p.name, p.id) for p in people],
                lambda: [("", "")]), people[0], lambda d: save_contact(db, d), two_columns=True)
            dialog.show()
            grab(dialog, out / "contact-editor.png")
            dialog.close()

    settings = SettingsDialog(ctx, window)
    settings.show()
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        grab(settings, out / f"settings-{index + 1}.png")
    settings.close()
    window.close()
    db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of every screen of KAM Desk.")
    parser.add_argument("--db", help="database to show (default: a fresh demo database)")
    parser.add_argument("--out", default="shots", help="output folder")
    parser.add_argument("--lang", nargs="+", default=["zh_CN", "en"], choices=["zh_CN", "en"])
    parser.add_argument("--account", default="", help="code of the account whose dossier to show")
    parser.add_argument("--size", default="1366x820", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    scratch = Path(tempfile.mkdtemp(prefix="kam-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    app = QApplication.instance() or QApplication(["kam-desk"])
    from ui.app import setup_application

    setup_application(app)
    db_target = args.db
    if not db_target:
        from kam.demo import build_demo
        from kam.store import open_database

        db_target = str(scratch / "demo.sqlite3")
        demo = open_database(db_target)
        build_demo(demo)
        demo.close()
    for lang in args.lang:
        shoot_language(db_target, lang, Path(args.out) / lang, args.account, (width, height))
    return 0


if __name__ == "__main__":
    sys.exit(main())

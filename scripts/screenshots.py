"""Screenshots of every screen of the desktop app, in Chinese and English.

    xvfb-run -a python scripts/screenshots.py                 # demo → docs/screenshots
    python scripts/screenshots.py --db demo.sqlite3 --out shots/ --lang zh_CN

Writes ``<out>/<lang>/<name>.png`` at 1280×800 (the laptop the issues were found on) for:
every page registered in ``ui.pages.PAGES`` and each tab of it, the account search,
every tab of one account's dossier (its own and the ``EXTRA_TABS``, and the tabs inside
them), a dossier with validation messages, the contact editor, the visit dialog, the
rating meeting and the settings dialog; then ``<out>/README.md`` lists them with their
titles in both languages. Without ``--db`` it builds the demo company in a temporary
folder. Runs on Xvfb (``xvfb-run -a``) or offscreen (the default when no
display is set). Preferences go to a temporary folder, never to the user's.

Other areas can reuse :func:`grab` and :func:`settle` for their own dialogs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget  # noqa: E402


def settle(rounds: int = 6) -> None:
    """Lets layouts, lazy loads and repaints finish."""
    app = QApplication.instance()
    for _ in range(rounds):
        app.processEvents()


def grab(widget: QWidget, path: Path, *, compact: bool = True) -> Path:
    """Saves ``widget`` as a PNG; ``compact`` keeps 256 colours (a third of the bytes,
    no visible change on a UI, so the docs stay small in the repository)."""
    settle()
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    if compact:
        from PIL import Image  # Pillow comes with ReportLab

        with Image.open(path) as image:
            small = image.convert("RGB").quantize(
                colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
            )
        small.save(path, optimize=True)
    print(path)
    return path


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")


# The dossier's own tabs, in order, before the EXTRA_TABS (named by their keys).
DOSSIER_TABS = ("company", "scale", "lines", "plans", "competitors", "people")

# name → {language: what the screen is called}, for docs/screenshots/README.md.
Titles = dict[str, dict[str, str]]


def _top_tabs(area: QWidget) -> list[QTabWidget]:
    """The visible tab widgets in ``area`` that are not inside another one."""
    tabs = [t for t in area.findChildren(QTabWidget) if t.isVisible()]
    return [t for t in tabs if not any(o is not t and o.isAncestorOf(t) for o in tabs)]


def _choose_account(rows: list[Any], code: str) -> Any:
    """The account asked for, else the demo's first key account (河北钢铁, the richest
    dossier), else the one with the most people."""
    return (
        next((r for r in rows if r.code == code), None)
        or next((r for r in rows if r.name.startswith("河北钢铁")), None)
        or max(rows, key=lambda r: r.contacts)
    )


def shoot_language(
    db_target: str, lang: str, out: Path, account_code: str, size: tuple[int, int], titles: Titles
) -> None:
    from kam.accounts.people import list_contacts, save_contact
    from kam.accounts.service import list_accounts
    from kam.store import open_database
    from ui.accounts.page import AccountsPage
    from ui.context import AppContext
    from ui.dossier.contact_specs import contact_specs
    from ui.dossier.extra_tabs import EXTRA_TABS
    from ui.main_window import MainWindow
    from ui.pages import PAGES
    from ui.settings.dialog import SettingsDialog
    from ui.shell.language import install_language
    from ui.widgets.record_dialog import RecordDialog

    def shot(widget: QWidget, name: str, title: str) -> None:
        grab(widget, out / f"{name}.png")
        titles.setdefault(name, {})[lang] = title

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
        settle()
        shot(window, f"page-{spec.key}", spec.title())
        results = getattr(shown, "results", None)
        if results is not None and hasattr(results, "frozen"):
            # The rating with an account chosen: its criteria (value → points) and
            # how its total came about.
            results.frozen.selectRow(0)
            bar = results.table.horizontalScrollBar()
            bar.setValue(bar.maximum())
            shot(
                window,
                f"page-{spec.key}-explain",
                f"{spec.title()} › "
                + ("an account's criteria and total" if lang == "en" else "客户各项指标与总分"),
            )
            bar.setValue(0)
        # The page's own tabs (the rating's results, scores, analysis, scheme, policy).
        for tabs in _top_tabs(shown):
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                shot(
                    window,
                    f"page-{spec.key}-{index + 1}",
                    f"{spec.title()} › {tabs.tabText(index).replace('&', '')}",
                )
            tabs.setCurrentIndex(0)

    page = window.show_page("accounts")
    assert isinstance(page, AccountsPage)
    page.list_panel.search.setText("hbgt" if lang == "en" else "gang")
    shot(
        window,
        "accounts-search",
        "Accounts › search “hbgt”" if lang == "en" else "客户 › 搜索“gang”",
    )
    page.list_panel.search.clear()

    rows = list_accounts(db)
    if not rows:
        print("the database has no accounts: no dossier screenshots", file=sys.stderr)
    else:
        chosen = _choose_account(rows, account_code)
        window.open_account(chosen.id)
        dossier = page.dossier
        keys = [*DOSSIER_TABS, *(t.key for t in EXTRA_TABS)]
        for index in range(dossier.tabs.count()):
            dossier.tabs.setCurrentIndex(index)
            settle()
            if dossier.tabs.widget(index) is dossier.people:
                dossier.people.map.centerOn(dossier.people.map.sceneRect().center().x(), 0)
            key = keys[index] if index < len(keys) else _slug(dossier.tabs.tabText(index))
            name = f"dossier-{index + 1:02d}-{key}"
            title = dossier.tabs.tabText(index).replace("&&", "&")
            shot(window, name, title)
            # Tabs inside the tab (the business tab's contracts, payments, quality…).
            for inner in _top_tabs(dossier.tabs.widget(index)):
                for sub in range(1, inner.count()):
                    inner.setCurrentIndex(sub)
                    shot(window, f"{name}-{sub + 1}", f"{title} › {inner.tabText(sub)}")
                inner.setCurrentIndex(0)
        dossier.tabs.setCurrentIndex(0)
        name = dossier.form.editors["name"]
        name.clear()  # type: ignore[attr-defined]
        dossier.form.editors["founded"].setText("19x8")  # type: ignore[attr-defined]
        dossier.form.changed.emit()
        dossier.save()
        dossier.form.editors["founded"].setText("1958")  # type: ignore[attr-defined]
        dossier.save()
        shot(
            window,
            "dossier-errors",
            "Company, with validation messages" if lang == "en" else "企业概况，带字段错误提示",
        )
        dossier.revert()

        people = list_contacts(db, chosen.id)
        if people:
            dialog = RecordDialog(
                window,
                "Edit",
                contact_specs(
                    lambda: [("", None)] + [(p.name, p.id) for p in people], lambda: [("", "")]
                ),
                people[0],
                lambda d: save_contact(db, d),
                two_columns=True,
            )
            dialog.show()
            shot(dialog, "contact-editor", "Edit a person" if lang == "en" else "编辑人员")
            dialog.close()

        from ui.visits.editor import VisitDialog

        visit = VisitDialog(ctx, account_id=chosen.id, quick=True)
        visit.show()
        shot(visit, "visit-dialog", visit.windowTitle())
        visit.done(0)

    rating_page = window.show_page("rating")
    open_meeting = getattr(rating_page, "open_meeting", None)
    if callable(open_meeting) and getattr(rating_page, "run", None) is not None:
        open_meeting()
        meeting = rating_page.meeting  # type: ignore[attr-defined]
        meeting.showNormal()
        meeting.resize(*size)
        shot(meeting, "rating-meeting", meeting.windowTitle())
        meeting.close()

    settings = SettingsDialog(ctx, window)
    settings.show()
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        shot(settings, f"settings-{index + 1}", settings.tabs.tabText(index).replace("&", ""))
    settings.close()
    window.close()
    db.close()


def write_index(out: Path, titles: Titles) -> Path:
    """docs/screenshots/README.md: every picture, what it shows, in both languages."""
    lines = [
        "# Screenshots",
        "",
        "Every page and every dossier tab of the demo company at 1280×800, in Chinese",
        "(`zh_CN/`) and English (`en/`). Made by `scripts/screenshots.py` (see its",
        "docstring); run it again after a change to a screen:",
        "",
        "    xvfb-run -a .venv/bin/python scripts/screenshots.py",
        "",
        "| picture | 中文 | English |",
        "| --- | --- | --- |",
    ]
    for name, by_lang in titles.items():
        links = " · ".join(f"[{lang}]({lang}/{name}.png)" for lang in by_lang)
        lines.append(f"| `{name}` {links} | {by_lang.get('zh_CN', '')} | {by_lang.get('en', '')} |")
    path = out / "README.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of every screen of KAM Desk.")
    parser.add_argument("--db", help="database to show (default: a fresh demo database)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="output folder")
    parser.add_argument("--lang", nargs="+", default=["zh_CN", "en"], choices=["zh_CN", "en"])
    parser.add_argument(
        "--account",
        default="",
        help="code of the account whose dossier to show "
        "(default: 河北钢铁, the demo's first key account)",
    )
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    scratch = Path(tempfile.mkdtemp(prefix="kam-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    app = QApplication.instance() or QApplication(["kam-desk"])
    from ui.app import setup_application

    setup_application(app)
    db_target = args.db
    if not db_target:
        from sqlalchemy import select

        from kam.accounts.identity import set_me
        from kam.demo import build_demo
        from kam.domain import Staff
        from kam.store import open_database

        db_target = str(scratch / "demo.sqlite3")
        demo = open_database(db_target)
        build_demo(demo)
        # Shown as its user sees it after the first start: as 马丽娜, the account
        # manager with the most accounts (the home screen's 我的 lists are hers;
        # "decided by" is her name, not the login of whoever ran this script).
        with demo.session() as session:
            person = session.scalar(select(Staff.id).where(Staff.name == "马丽娜"))
        set_me(demo, person)
        demo.close()
    titles: Titles = {}
    for lang in args.lang:
        shoot_language(
            db_target, lang, Path(args.out) / lang, args.account, (width, height), titles
        )
    write_index(Path(args.out), titles)
    return 0


if __name__ == "__main__":
    sys.exit(main())

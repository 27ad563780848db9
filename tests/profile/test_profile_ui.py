"""The print dialog: choosing accounts and sections, preview, save, print, stop."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt
from PySide6.QtPrintSupport import QPrinter

from kam.store import Database
from tests.profile.conftest import TODAY, add_long_text, add_rich, add_sparse
from tests.profile.pdftext import read_pdf
from tests.ui.answers import ScriptedAnswers
from ui.context import AppContext
from ui.profile import dialog as dialog_module
from ui.profile.dialog import ProfileDialog
from ui.profile.worker import ProfileWorker

# The offscreen platform cannot size native windows and says so on every show().
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path) -> None:
    # The dialog remembers choices (two-sided printing): never in the user's own settings.
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db)


def open_dialog(qtbot, ctx: AppContext, ids: list[int]) -> ProfileDialog:
    dialog = ProfileDialog(ctx, ids, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot, dialog: ProfileDialog, name: str) -> None:
    from PySide6.QtWidgets import QAbstractButton

    button = dialog.findChild(QAbstractButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_idle(qtbot, dialog: ProfileDialog) -> None:
    qtbot.waitUntil(
        lambda: not dialog.is_busy() and dialog.preview_button.isEnabled(), timeout=30000
    )


def test_preview_shows_the_rendered_pages(qtbot, qtmodeltester, ctx, db) -> None:
    rich = add_rich(db)
    dialog = open_dialog(qtbot, ctx, [rich])
    qtmodeltester.check(dialog.accounts)
    assert dialog.accounts.data(dialog.accounts.index(0)) == "HBGT  河北钢铁集团有限公司"
    click(qtbot, dialog, "previewButton")
    qtbot.waitUntil(lambda: len(dialog.preview_pane.page_labels) > 0, timeout=30000)
    wait_idle(qtbot, dialog)
    pages = len(dialog.preview_pane.page_labels)
    assert pages >= 3
    assert dialog.status.text() == f"Pages: {pages}."
    assert dialog.preview_pane.page_labels[0].pixmap().width() > 500


def test_save_one_file_without_personal_notes(
    qtbot, ctx, db, tmp_path: Path, answers: ScriptedAnswers
) -> None:
    rich, sparse = add_rich(db), add_sparse(db)
    target = tmp_path / "out.pdf"
    answers.file_save(tmp_path / "out")  # the dialog adds .pdf
    dialog = open_dialog(qtbot, ctx, [rich, sparse])
    box = dialog.section_boxes["personal"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not dialog.section_boxes["personal"].isChecked()
    dialog.language_combo.setCurrentIndex(1)  # English
    click(qtbot, dialog, "saveButton")
    qtbot.waitUntil(target.exists, timeout=30000)
    wait_idle(qtbot, dialog)
    text = read_pdf(target).text
    assert "Account profile" in text and "某新客户" in text
    assert "忌讳迟到" not in text and "Personal notes" not in text
    assert dialog.status.text() == f"Saved {target}."


def test_save_one_file_per_account(
    qtbot, ctx, db, tmp_path: Path, answers: ScriptedAnswers
) -> None:
    rich, sparse = add_rich(db), add_sparse(db)
    answers.folder(tmp_path)
    dialog = open_dialog(qtbot, ctx, [rich, sparse])
    qtbot.mouseClick(
        dialog.per_account,
        Qt.MouseButton.LeftButton,
        pos=QPoint(8, dialog.per_account.height() // 2),
    )
    click(qtbot, dialog, "saveButton")
    qtbot.waitUntil(
        lambda: dialog.status.text() == f"Profiles saved in {tmp_path}: 2.", timeout=30000
    )
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["HBGT_河钢.pdf", "NEW1_某新客户.pdf"]


def test_add_key_accounts_and_next_weeks_visits(qtbot, ctx, db) -> None:
    rich, sparse = add_rich(db), add_sparse(db)
    dialog = open_dialog(qtbot, ctx, [sparse])
    click(qtbot, dialog, "addKeyAccounts")
    assert dialog.accounts.ids() == [sparse, rich]
    assert dialog.status.text() == "Accounts added: 1."
    click(qtbot, dialog, "addNextWeek")  # the rich account's visit on 2025-11-27
    assert dialog.accounts.ids() == [sparse, rich]
    assert dialog.status.text() == "Accounts added: 0."
    dialog.account_list.setCurrentIndex(dialog.accounts.index(0))
    click(qtbot, dialog, "removeAccounts")
    assert dialog.accounts.ids() == [rich]


def test_nothing_to_print_says_what_is_missing(qtbot, ctx, db) -> None:
    dialog = open_dialog(qtbot, ctx, [])
    click(qtbot, dialog, "previewButton")
    assert dialog.status.text() == "Add at least one account to print."
    dialog.add_accounts([add_sparse(db)])
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    click(qtbot, dialog, "previewButton")
    assert dialog.status.text() == "Tick at least one section to print."
    assert not dialog.is_busy()


def test_print_sends_every_page_to_the_printer(qtbot, ctx, db, tmp_path: Path, monkeypatch) -> None:
    rich = add_rich(db)
    out = tmp_path / "printed.pdf"

    def printer(_parent: object, duplex: bool = False) -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p

    monkeypatch.setattr(dialog_module, "ask_printer", printer)
    dialog = open_dialog(qtbot, ctx, [rich])
    click(qtbot, dialog, "printButton")
    qtbot.waitUntil(lambda: "to the printer" in dialog.status.text(), timeout=30000)
    printed = int(dialog.status.text().rstrip(".").split()[-1])
    assert printed >= 3 and len(read_pdf(out).pages) == printed


def test_stopping_a_batch(qtbot) -> None:
    seen: list[int] = []

    def job(progress):  # type: ignore[no-untyped-def]
        from kam.profile.pdf import ProfileCancelled

        for n in range(1000):
            seen.append(n)
            if progress(n, 1000, f"客户{n}") is False:
                raise ProfileCancelled()
        return "done"

    worker = ProfileWorker(job)
    worker.cancel()
    with qtbot.waitSignal(worker.cancelled, timeout=5000):
        worker.start()
    worker.wait()
    assert seen == [0]


def test_model_rows_are_unique(qtmodeltester) -> None:
    from ui.profile.accounts_model import ID_ROLE, ChosenAccountsModel

    model = ChosenAccountsModel()
    assert model.add([(1, "A"), (2, "B"), (1, "A")]) == 2
    assert model.add([(2, "B"), (3, "C")]) == 1
    qtmodeltester.check(model)
    assert [model.data(model.index(r), ID_ROLE) for r in range(3)] == [1, 2, 3]
    assert model.rowCount(model.index(0)) == 0 and model.data(QModelIndex()) is None


def test_the_dossier_opens_the_dialog_for_its_account(qtbot, ctx, db, monkeypatch) -> None:
    from ui.dossier import view as dossier_view

    rich = add_rich(db)
    opened: list[list[int]] = []
    monkeypatch.setattr(
        dossier_view, "open_profile_dialog", lambda c, ids, parent: opened.append(list(ids))
    )
    dossier = dossier_view.DossierView(ctx)
    qtbot.addWidget(dossier)
    dossier.show()
    dossier.set_account(None)
    assert not dossier.print_button.isEnabled()
    dossier.set_account(rich)
    qtbot.mouseClick(dossier.print_button, Qt.MouseButton.LeftButton)
    assert opened == [[rich]]


def test_the_file_menu_action_opens_an_empty_dialog(qtbot, ctx, monkeypatch) -> None:
    from PySide6.QtWidgets import QMenu

    from ui.profile import menu as profile_menu

    opened: list[tuple[int, ...]] = []
    monkeypatch.setattr(
        profile_menu, "open_profile_dialog", lambda c, ids, parent: opened.append(tuple(ids))
    )
    menu = QMenu()
    action = profile_menu.add_profile_action(menu, menu, ctx)
    assert action.text() == "Print account &profiles…"
    action.trigger()
    assert opened == [()]


def test_the_account_list_prints_the_selected_or_the_shown_accounts(
    qtbot, ctx, db, monkeypatch
) -> None:
    from ui.accounts import page as accounts_page

    rich, sparse = add_rich(db), add_sparse(db)
    opened: list[list[int]] = []
    monkeypatch.setattr(
        accounts_page, "open_profile_dialog", lambda c, ids, parent: opened.append(list(ids))
    )
    page = accounts_page.AccountsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    panel = page.list_panel
    qtbot.keyClicks(panel.search, "NEW1")
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == [sparse]
    panel.search.clear()
    panel.select_account(rich)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == [rich]


def test_the_preview_refits_its_pages_when_resized(qtbot, ctx, db) -> None:
    dialog = open_dialog(qtbot, ctx, [add_sparse(db)])
    dialog.resize(1100, 780)
    click(qtbot, dialog, "previewButton")
    qtbot.waitUntil(lambda: len(dialog.preview_pane.page_labels) > 0, timeout=30000)
    wait_idle(qtbot, dialog)
    before = dialog.preview_pane.page_labels[0].pixmap().width()
    dialog.resize(800, 780)
    qtbot.waitUntil(
        lambda: (
            bool(dialog.preview_pane.page_labels)
            and dialog.preview_pane.page_labels[0].pixmap().width() < before - 30
        ),
        timeout=5000,
    )


def test_a_job_started_while_another_runs_keeps_the_first_alive(
    qtbot, ctx, db, tmp_path: Path, answers: ScriptedAnswers
) -> None:
    rich = add_rich(db)
    target = tmp_path / "again.pdf"
    answers.file_save(target)
    dialog = open_dialog(qtbot, ctx, [rich])
    dialog.preview()
    dialog.language_combo.setCurrentIndex(1)  # the options change: a new render is needed
    dialog.save()  # replaces the running preview job
    qtbot.waitUntil(target.exists, timeout=30000)
    wait_idle(qtbot, dialog)
    assert "Account profile" in read_pdf(target).text
    dialog.done(0)
    assert not dialog.is_busy()


def test_two_sided_starts_every_account_on_an_odd_page_and_is_remembered(
    qtbot, ctx, db, tmp_path: Path, monkeypatch
) -> None:
    from pypdf import PdfReader

    ids = [add_rich(db), add_sparse(db), add_long_text(db)]
    target = tmp_path / "duplex.pdf"
    monkeypatch.setattr(dialog_module, "ask_save_path", lambda parent, suggested: target)
    dialog = open_dialog(qtbot, ctx, ids)
    assert not dialog.duplex.isChecked()
    qtbot.mouseClick(
        dialog.duplex, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.duplex.height() // 2)
    )
    assert dialog.duplex.isChecked()
    click(qtbot, dialog, "saveButton")
    qtbot.waitUntil(target.exists, timeout=60000)
    wait_idle(qtbot, dialog)
    reader = PdfReader(target)
    starts = [
        reader.get_destination_page_number(item)
        for item in reader.outline
        if not isinstance(item, list)
    ]
    assert len(starts) == 3 and all(page % 2 == 0 for page in starts)  # 0-based
    dialog.close()
    again = open_dialog(qtbot, ctx, ids[:1])
    assert again.duplex.isChecked()  # remembered
    qtbot.mouseClick(
        again.duplex, Qt.MouseButton.LeftButton, pos=QPoint(8, again.duplex.height() // 2)
    )
    assert not again.options().duplex
    third = open_dialog(qtbot, ctx, ids[:1])
    assert not third.duplex.isChecked()


def test_two_sided_asks_the_printer_for_both_sides(qtbot, ctx, db, monkeypatch) -> None:
    asked: list[bool] = []

    def printer(_parent: object, duplex: bool = False) -> None:
        asked.append(duplex)
        return None  # the user cancelled the printer's dialog

    monkeypatch.setattr(dialog_module, "ask_printer", printer)
    dialog = open_dialog(qtbot, ctx, [add_sparse(db)])
    qtbot.mouseClick(
        dialog.duplex, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.duplex.height() // 2)
    )
    click(qtbot, dialog, "printButton")
    qtbot.waitUntil(lambda: asked == [True], timeout=30000)
    wait_idle(qtbot, dialog)

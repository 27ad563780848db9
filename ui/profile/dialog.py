"""The "Print account profiles" dialog: which accounts (one, the key-account list, next
week's visits), which sections, which language; preview, save as PDF, print."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kam.i18n import language
from kam.profile.pdf import (
    SECTION_KEYS,
    ProfileOptions,
    Progress,
    account_labels,
    accounts_visited,
    key_accounts,
    next_week,
    print_profiles,
    section_title,
)
from ui.context import AppContext
from ui.profile.accounts_model import ChosenAccountsModel
from ui.profile.pages import print_pdf
from ui.profile.preview import PreviewPane
from ui.profile.worker import ProfileWorker
from ui.shell.settings import app_settings
from ui.widgets.ask import choose_file_save, choose_folder, warn
from ui.widgets.errors import show_store_error
from ui.widgets.ops import run_op


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    # Literal translate() calls: the translation tool does not see through a helper.
    path = choose_file_save(
        parent,
        QCoreApplication.translate("ProfileDialog", "Save profiles as"),
        suggested,
        QCoreApplication.translate("ProfileDialog", "PDF files (*.pdf)"),
    )
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


def ask_folder(parent: QWidget) -> Path | None:
    path = choose_folder(
        parent, QCoreApplication.translate("ProfileDialog", "Folder for the profiles")
    )
    return Path(path) if path else None


def ask_printer(parent: QWidget, duplex: bool = False) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if duplex:  # offered in the printer's dialog; the user may still change it there
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


DUPLEX_SETTING = "profiles/duplex"


def _setting_on(value: object) -> bool:
    # An ini file gives back "true"/"false" as text.
    return value is True or str(value).lower() == "true"


class ProfileDialog(QDialog):
    """Prints the profiles of ``account_ids`` (more can be added in the dialog)."""

    def __init__(
        self,
        ctx: AppContext,
        account_ids: Sequence[int] = (),
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or date.today()
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Print account profiles"))
        self.resize(1100, 780)
        self._worker: ProfileWorker | None = None
        # Jobs replaced while still running: kept alive until their thread ends, because a
        # QThread destroyed while running takes the whole process down.
        self._retired: set[ProfileWorker] = set()
        self._on_done: Callable[[Any], None] = lambda _result: None
        self._pdf: tuple[tuple[Any, ...], bytes] | None = None  # (what it shows, bytes)
        self.accounts = ChosenAccountsModel(self)
        self._build()
        self.add_accounts(account_ids)

    # layout ------------------------------------------------------------------------
    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(self._accounts_box())
        column.addWidget(self._sections_box())
        form = QFormLayout()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("profileLanguage")
        self.language_combo.addItem("中文", "zh_CN")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(0 if language() == "zh_CN" else 1)
        form.addRow(self.tr("Language:"), self.language_combo)
        self.one_file = QRadioButton(self.tr("All in one PDF"))
        self.one_file.setObjectName("oneFile")
        self.one_file.setChecked(True)
        self.per_account = QRadioButton(self.tr("One PDF per account"))
        self.per_account.setObjectName("perAccount")
        files = QVBoxLayout()
        files.addWidget(self.one_file)
        files.addWidget(self.per_account)
        form.addRow(self.tr("Save as:"), files)
        # kam profile --duplex: a batch printed on both sides keeps each account's pages
        # to itself (every account starts on a right-hand page).
        self.duplex = QCheckBox(self.tr("Two-sided: each account starts on an odd page"))
        self.duplex.setObjectName("profileDuplex")
        self.duplex.setChecked(_setting_on(app_settings().value(DUPLEX_SETTING, False)))
        self.duplex.toggled.connect(self._remember_duplex)
        form.addRow(self.tr("Printing:"), self.duplex)
        column.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setObjectName("profileProgress")
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("profileStatus")
        self.status.setWordWrap(True)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addStretch(1)
        buttons = QHBoxLayout()
        self.preview_button = self._button(self.tr("Preview"), "previewButton", self.preview)
        self.save_button = self._button(self.tr("Save PDF…"), "saveButton", self.save)
        self.print_button = self._button(self.tr("Print…"), "printButton", self.print_)
        self.stop_button = self._button(self.tr("Stop"), "stopButton", self.stop)
        self.stop_button.setEnabled(False)
        close = self._button(self.tr("Close"), "closeButton", self.reject)
        for b in (
            self.preview_button,
            self.save_button,
            self.print_button,
            self.stop_button,
            close,
        ):
            buttons.addWidget(b)
        column.addLayout(buttons)

        self.preview_pane = PreviewPane()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview_pane)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _accounts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Accounts"))
        self.account_list = QListView()
        self.account_list.setObjectName("profileAccounts")
        self.account_list.setModel(self.accounts)
        self.account_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        row = QHBoxLayout()
        row.addWidget(
            self._button(self.tr("Add key accounts"), "addKeyAccounts", self.add_key_accounts)
        )
        row.addWidget(
            self._button(self.tr("Add next week's visits"), "addNextWeek", self.add_next_week)
        )
        row2 = QHBoxLayout()
        row2.addWidget(self._button(self.tr("Remove"), "removeAccounts", self.remove_selected))
        row2.addWidget(self._button(self.tr("Clear"), "clearAccounts", self.accounts.clear))
        row2.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.account_list)
        layout.addLayout(row)
        layout.addLayout(row2)
        return box

    def _sections_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sections"))
        layout = QVBoxLayout(box)
        self.section_boxes: dict[str, QCheckBox] = {}
        for key in SECTION_KEYS:
            check = QCheckBox(section_title(key, language()))
            check.setObjectName(f"section_{key}")
            check.setChecked(True)
            layout.addWidget(check)
            self.section_boxes[key] = check
        hint = QLabel(
            self.tr(
                "Leave out the personal notes when the profile goes to a colleague outside sales."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("sectionsHint")
        layout.addWidget(hint)
        return box

    # choosing accounts ----------------------------------------------------------------
    def add_accounts(self, account_ids: Sequence[int]) -> int:
        labels = run_op(self, lambda: account_labels(self.ctx.db, account_ids))
        if labels is None:
            return 0
        added = self.accounts.add((i, labels[i]) for i in account_ids if i in labels)
        self._pdf = None
        return added

    def add_key_accounts(self) -> None:
        ids = run_op(self, lambda: key_accounts(self.ctx.db))
        if ids is None:
            return
        self._say_added(ids, self.tr("There are no key accounts yet."))

    def add_next_week(self) -> None:
        start, end = next_week(self.today)
        ids = run_op(self, lambda: accounts_visited(self.ctx.db, start, end))
        if ids is None:
            return
        self._say_added(
            ids,
            self.tr("No visits are planned from %1 to %2.")
            .replace("%1", start.isoformat())
            .replace("%2", end.isoformat()),
        )

    def _say_added(self, ids: list[int], none_message: str) -> None:
        if not ids:
            self.status.setText(none_message)
            return
        added = self.add_accounts(ids)
        self.status.setText(self.tr("Accounts added: %1.").replace("%1", str(added)))

    def remove_selected(self) -> None:
        rows = [i.row() for i in self.account_list.selectionModel().selectedRows()]
        self.accounts.remove_rows(rows)
        self._pdf = None

    # options --------------------------------------------------------------------------
    def _remember_duplex(self, on: bool) -> None:
        app_settings().setValue(DUPLEX_SETTING, on)

    def options(self) -> ProfileOptions | None:
        sections = tuple(k for k, box in self.section_boxes.items() if box.isChecked())
        if not sections:
            return None
        return ProfileOptions(
            sections=sections,
            lang=self.language_combo.currentData(),
            printed_on=self.today,
            duplex=self.duplex.isChecked(),
        )

    def _ready(self) -> ProfileOptions | None:
        """The options, or None after telling the user what is missing."""
        if not self.accounts.ids():
            self.status.setText(self.tr("Add at least one account to print."))
            return None
        options = self.options()
        if options is None:
            self.status.setText(self.tr("Tick at least one section to print."))
        return options

    # running jobs -----------------------------------------------------------------------
    def _run(self, job: Callable[[Progress], Any], done: Callable[[Any], None]) -> None:
        self._retire_worker()
        self._set_busy(True)
        self._on_done = done
        worker = ProfileWorker(job)
        worker.progressed.connect(self._progressed)
        worker.finished.connect(self._finished)
        worker.cancelled.connect(self._cancelled)
        worker.failed.connect(self._failed)
        self._worker = worker
        worker.start()

    def _retire_worker(self) -> None:
        old = self._worker
        if old is not None and old.thread_.isRunning():
            old.cancel()
            self._retired.add(old)
            old.thread_.finished.connect(self._forget_retired)

    def _forget_retired(self) -> None:
        self._retired = {w for w in self._retired if w.thread_.isRunning()}

    def _is_current(self) -> bool:
        """Did the signal come from the job started last (not one it replaced)?"""
        return self.sender() is self._worker

    def _finished(self, result: object) -> None:
        if self._is_current():
            self._set_busy(False)
            self._on_done(result)

    def _cancelled(self) -> None:
        if self._is_current():
            self._set_busy(False)
            self.status.setText(self.tr("Stopped; nothing was saved."))

    def _failed(self, message: str) -> None:
        if self._is_current():
            self._set_busy(False)
            self.status.setText(message)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, max(1, len(self.accounts.ids())))
            self.progress.setValue(0)

    def _progressed(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if name:
            self.status.setText(
                self.tr("Printing %1 (%2 of %3)…")
                .replace("%1", name)
                .replace("%2", str(done + 1))
                .replace("%3", str(total))
            )

    def stop(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def is_busy(self) -> bool:
        return self._worker is not None and self._worker.thread_.isRunning()

    def _render(self, options: ProfileOptions, then: Callable[[bytes], None]) -> None:
        """The PDF of the chosen accounts (made again only when something changed)."""
        key = (tuple(self.accounts.ids()), options)
        if self._pdf is not None and self._pdf[0] == key:
            then(self._pdf[1])
            return
        ids, db = list(key[0]), self.ctx.db

        def job(progress: Progress) -> bytes:
            buffer = BytesIO()
            print_profiles(db, ids, out_file=buffer, options=options, progress=progress)
            return buffer.getvalue()

        def done(data: bytes) -> None:
            self._pdf = (key, data)
            then(data)

        self._run(job, done)

    # actions ------------------------------------------------------------------------------
    def preview(self) -> None:
        options = self._ready()
        if options is not None:
            self._render(options, self._show)

    def _show(self, data: bytes) -> None:
        pages = self.preview_pane.show_pdf(data)
        self.status.setText(self.tr("Pages: %1.").replace("%1", str(pages)))

    def save(self) -> None:
        options = self._ready()
        if options is None:
            return
        ids, db = self.accounts.ids(), self.ctx.db
        if self.per_account.isChecked():
            folder = ask_folder(self)
            if folder is None:
                return
            self._run(
                lambda progress: print_profiles(
                    db, ids, out_dir=folder, options=options, progress=progress
                ),
                lambda written: self.status.setText(
                    self.tr("Profiles saved in %1: %2.")
                    .replace("%1", str(folder))
                    .replace("%2", str(len(written)))
                ),
            )
            return
        suggested = str(Path.home() / self.tr("account-profiles.pdf"))
        path = ask_save_path(self, suggested)
        if path is None:
            return

        def write(data: bytes) -> None:
            try:
                path.write_bytes(data)
            except OSError as exc:
                show_store_error(self, exc)
                return
            self.status.setText(self.tr("Saved %1.").replace("%1", str(path)))

        self._render(options, write)

    def print_(self) -> None:
        options = self._ready()
        if options is not None:
            self._render(options, self._print)

    def _print(self, data: bytes) -> None:
        printer = ask_printer(self, self.duplex.isChecked())
        if printer is None:
            return
        try:
            pages = print_pdf(data, printer, printer.fromPage(), printer.toPage())
        except OSError as exc:
            warn(self, self.windowTitle(), str(exc))
            return
        self.status.setText(self.tr("Pages sent to the printer: %1.").replace("%1", str(pages)))

    def done(self, result: int) -> None:
        for worker in [*self._retired, *([self._worker] if self._worker else [])]:
            worker.wait()
        self._retired.clear()
        super().done(result)

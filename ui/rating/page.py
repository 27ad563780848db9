"""The Rating screen: pick a year, run it, review and decide, finalise; the manual
scores sheet, the analysis, the scheme and the sales policy in their own tabs.

Keys: Ctrl+R run the year, F11 meeting mode (projector), Ctrl+P meeting pack PDF.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam.rating import service as rating
from kam.rating.scheme import Scheme
from ui.context import AppContext, Topic
from ui.rating.results_panel import ResultsPanel
from ui.rating.run_job import RatingJob
from ui.rating.titles import status_title
from ui.widgets.ask import ask_text, ask_yes_no, choose_file_save, inform, warn
from ui.widgets.errors import RECOVERABLE
from ui.widgets.ops import run_op


def page_title() -> str:
    return QCoreApplication.translate("Pages", "Rating")


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a run or the PDF takes its second or two."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class RatingPage(QWidget):
    """The year's rating and everything around it.

    Signals:
        run_finished(): a run of the year ended (stored, or refused with a message).
    """

    run_finished = Signal()

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, year: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ratingPage")
        self.ctx = ctx
        self.run: rating.RunInfo | None = None
        self.job: RatingJob | None = None
        self._build(year or self._default_year())
        ctx.data_changed.connect(self._data_changed)
        self.refresh()

    def _default_year(self) -> int:
        try:
            years = rating.rated_years(self.ctx.db)
        except RECOVERABLE:
            years = []
        return years[0] if years else date.today().year - 1

    # --- layout ----------------------------------------------------------------------
    def _build(self, year: int) -> None:
        from ui.rating.analysis_view import AnalysisView
        from ui.rating.policy_editor import PolicyEditor
        from ui.rating.scheme_editor import SchemeEditor
        from ui.rating.scores_sheet import ScoresSheet

        self.year = QSpinBox()
        self.year.setObjectName("ratingYear")
        self.year.setRange(1990, 2100)
        self.year.setValue(year)
        self.year.setPrefix(QCoreApplication.translate("RatingPage", "Year "))
        self.status = QLabel()
        self.status.setObjectName("ratingStatus")
        self.run_button = QPushButton(QCoreApplication.translate("RatingPage", "Run the year"))
        self.run_button.setObjectName("ratingRun")
        self.run_button.setToolTip(
            QCoreApplication.translate(
                "RatingPage", "Rate every account with the scheme below (Ctrl+R)"
            )
        )
        self.finalise_button = QPushButton(QCoreApplication.translate("RatingPage", "Finalise…"))
        self.finalise_button.setObjectName("ratingFinalise")
        self.meeting_button = QPushButton(QCoreApplication.translate("RatingPage", "Meeting mode"))
        self.meeting_button.setObjectName("ratingMeeting")
        self.meeting_button.setToolTip(
            QCoreApplication.translate("RatingPage", "Large type for the projector (F11)")
        )
        self.report_button = QPushButton(
            QCoreApplication.translate("RatingPage", "Meeting pack PDF…")
        )
        self.report_button.setObjectName("ratingReport")
        self.progress = QProgressBar()
        self.progress.setObjectName("ratingProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress.hide()
        header = QHBoxLayout()
        header.addWidget(self.year)
        header.addWidget(self.status, 1)
        header.addWidget(self.progress)
        for button in (
            self.run_button,
            self.finalise_button,
            self.meeting_button,
            self.report_button,
        ):
            header.addWidget(button)

        self.results = ResultsPanel(self.ctx)
        self.scores = ScoresSheet(self.ctx)
        self.analysis = AnalysisView(self.ctx)
        self.scheme_editor = SchemeEditor(self.ctx)
        self.policy = PolicyEditor(self.ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("ratingTabs")
        self.tabs.addTab(self.results, QCoreApplication.translate("RatingPage", "Results"))
        self.tabs.addTab(self.scores, QCoreApplication.translate("RatingPage", "Manual scores"))
        self.tabs.addTab(self.analysis, QCoreApplication.translate("RatingPage", "Analysis"))
        self.tabs.addTab(self.scheme_editor, QCoreApplication.translate("RatingPage", "Scheme"))
        self.tabs.addTab(self.policy, QCoreApplication.translate("RatingPage", "Sales policy"))
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.run_button.clicked.connect(self.run_year)
        self.finalise_button.clicked.connect(lambda: self.finalise())
        self.meeting_button.clicked.connect(self.open_meeting)
        self.report_button.clicked.connect(lambda: self.write_report())
        self.results.result_changed.connect(self._decided)
        QShortcut(QKeySequence("Ctrl+R"), self, self.run_year)
        QShortcut(QKeySequence("F11"), self, self.open_meeting)
        QShortcut(QKeySequence("Ctrl+P"), self, self.write_report)

    # --- loading ---------------------------------------------------------------------
    def confirm_leave(self) -> bool:  # ui.pages.Page
        return True  # the scheme and policy editors keep their edits while hidden

    def open_account_id(self) -> int | None:  # ui.pages.Page
        return None  # no dossier here

    def refresh(self) -> None:
        year = self.year.value()

        def load() -> tuple[
            rating.RunInfo | None, Scheme | None, str | None, list[rating.ResultRow]
        ]:
            run = rating.current_run(self.ctx.db, year)
            if run is None:
                return None, None, None, []
            scheme, text = rating.run_scheme(self.ctx.db, run.id)
            return run, scheme, text, rating.results(self.ctx.db, run.id)

        loaded = run_op(self, load)
        if loaded is None:
            return
        self.run, scheme, text, rows = loaded
        self.results.set_run(self.run, scheme, rows)
        self.scores.set_year(year)
        self.analysis.set_run(self.run)
        self.scheme_editor.set_context(year, text, rows)
        self._update_status()

    def _update_status(self) -> None:
        run = self.run
        if run is None:
            self.status.setText(
                QCoreApplication.translate(
                    "RatingPage",
                    "Not rated yet: enter the manual scores, check the scheme, then run the year.",
                )
            )
        elif run.status == "final":
            self.status.setText(
                QCoreApplication.translate(
                    "RatingPage",
                    "{status} · finalised {date} by {who} · {n} accounts, {k} key accounts",
                ).format(
                    status=status_title(run.status),
                    date=run.finalised_at.date().isoformat() if run.finalised_at else "",
                    who=run.finalised_by,
                    n=run.accounts,
                    k=run.key_accounts,
                )
            )
        else:
            based = (
                QCoreApplication.translate("RatingPage", " · re-run of the finalised rating")
                if run.based_on_id
                else ""
            )
            self.status.setText(
                QCoreApplication.translate(
                    "RatingPage", "{status} · run {date} by {who} · {n} accounts, {k} key accounts"
                ).format(
                    status=status_title(run.status),
                    date=run.created_at.date().isoformat(),
                    who=run.created_by,
                    n=run.accounts,
                    k=run.key_accounts,
                )
                + based
            )
        self.finalise_button.setEnabled(run is not None and run.status == "draft")
        self.meeting_button.setEnabled(run is not None)
        self.report_button.setEnabled(run is not None)

    def _data_changed(self, what: Topic) -> None:
        if what in (Topic.ACCOUNTS, Topic.RECORDS, Topic.RATING) and self.isVisible():
            self.refresh()

    def _decided(self) -> None:
        self.run = rating.current_run(self.ctx.db, self.year.value())
        self._update_status()
        self.ctx.data_changed.emit(Topic.RATING)

    # --- actions ---------------------------------------------------------------------
    def run_year(self) -> None:
        year = self.year.value()
        text = self.scheme_editor.scheme_text()
        if text is None:
            self.tabs.setCurrentWidget(self.scheme_editor)
            warn(
                self,
                QCoreApplication.translate("RatingPage", "Run the year"),
                QCoreApplication.translate(
                    "RatingPage", "The scheme has problems; fix them first."
                ),
            )
            return
        if (
            self.run is not None
            and self.run.status == "final"
            and not ask_yes_no(
                self,
                QCoreApplication.translate("RatingPage", "Run the year"),
                QCoreApplication.translate(
                    "RatingPage",
                    "{year} is finalised. Running it again makes a new draft beside the "
                    "final rating, which stays as it is. Continue?",
                ).format(year=year),
            )
        ):
            return
        if self.job is not None:
            return  # one run at a time
        # Off the GUI thread, like the import: the window stays alive and shows progress.
        self.job = RatingJob(self.ctx.db, year, text)
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._run_done)
        self.job.failed.connect(self._run_failed)
        self.run_button.setEnabled(False)
        self.year.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(
            QCoreApplication.translate("RatingPage", "Rating {year}…").format(year=year)
        )
        self.job.start()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # A QThread destroyed while running takes the process down: let the run finish.
        if self.job is not None:
            self.job.wait()
        super().closeEvent(event)

    def _progressed(self, stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(stage)

    def _end_job(self) -> None:
        if self.job is not None:
            self.job.wait()
            self.job = None
        self.progress.hide()
        self.run_button.setEnabled(True)
        self.year.setEnabled(True)

    def _run_failed(self, message: str) -> None:
        self._end_job()
        self._update_status()
        warn(self, QCoreApplication.translate("RatingPage", "Run the year"), message)
        self.run_finished.emit()

    def _run_done(self, run: rating.RunInfo) -> None:
        self._end_job()
        self.refresh()
        self.tabs.setCurrentWidget(self.results)
        self.ctx.data_changed.emit(Topic.RATING)
        if run.based_on_id is not None:
            self._show_differences(run)
        self.run_finished.emit()

    def _show_differences(self, run: rating.RunInfo) -> None:
        """What the re-run changed against the finalised rating; a grade that moved with
        the same total says why (the meeting's decision, or the scheme's bounds)."""
        diffs = rating.differences(self.ctx.db, run.id)
        lines = [
            f"{d.code} {d.name}: {d.old_total} {d.old_grade or ''} → "
            f"{d.new_total} {d.new_grade or ''}"
            + (
                QCoreApplication.translate("RatingPage", " (same total: {why})").format(why=d.why)
                if d.why
                else ""
            )
            for d in diffs[:20]
        ]
        self.last_differences = "\n".join(lines)
        inform(
            self,
            QCoreApplication.translate("RatingPage", "Run the year"),
            QCoreApplication.translate(
                "RatingPage", "New draft: {n} accounts differ from the finalised rating."
            ).format(n=len(diffs))
            + ("\n\n" + self.last_differences if lines else ""),
        )

    def finalise(self, by: str | None = None) -> None:
        if self.run is None or self.run.status != "draft":
            return
        if not by:
            by = ask_text(
                self,
                QCoreApplication.translate("RatingPage", "Finalise"),
                QCoreApplication.translate(
                    "RatingPage",
                    "Finalising freezes the {year} results, scheme and decisions, and sets "
                    "every account's grade. Who finalises?",
                ).format(year=self.run.year),
                text=self.ctx.db.user,
            )
            if by is None:
                return
        run_id = self.run.id
        run_op(
            self,
            lambda: rating.finalise(self.ctx.db, run_id, by=by),
            invalid=lambda exc: warn(
                self,
                QCoreApplication.translate("RatingPage", "Finalise"),
                "\n".join(exc.errors.values()),
            ),
            success=lambda _: self.refresh(),
            ctx=self.ctx,
            topics=(Topic.RATING, Topic.ACCOUNTS),
        )

    def open_meeting(self) -> None:
        if self.run is None:
            return
        from ui.rating.meeting import MeetingWindow

        self.meeting = MeetingWindow(self.ctx, self.run)
        self.meeting.closed.connect(self.refresh)
        self.meeting.showMaximized()

    def write_report(self, path: str | None = None) -> None:
        if self.run is None:
            return
        if not path:
            path = choose_file_save(
                self,
                QCoreApplication.translate("RatingPage", "Meeting pack"),
                f"rating-{self.run.year}.pdf",
                "PDF (*.pdf)",
            )
            if not path:
                return
        from kam.rating.pdf_pack import write_rating_pack

        run_id, target = self.run.id, path

        def write() -> None:
            with busy():
                write_rating_pack(self.ctx.db, run_id, target)

        run_op(
            self,
            write,
            success=lambda _: self.status.setText(
                QCoreApplication.translate("RatingPage", "Wrote {path}").format(path=target)
            ),
        )

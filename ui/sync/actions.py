"""File → Sync now, the sync status in the status bar, and a quiet sync at start-up.

The sync runs off the GUI thread (:class:`SyncJob`); the window stays usable and the
status line says what is going on. When it ends a summary dialog lists what was sent,
received and decided, with the conflicts; screens are told that data changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam.store import Database
from kam.sync.client import SyncReport, sync
from kam.sync.link import SyncError, status
from kam.sync.merge import Merged, merge_duplicate
from kam.sync.rows import Refusal
from kam.sync.tables import table_label
from ui.context import AppContext, Topic
from ui.widgets.ask import ask_yes_no, warn
from ui.widgets.worker import BackgroundJob


class SyncJob(BackgroundJob):
    """One sync in a thread of its own; ends with ``done`` or ``failed``."""

    done = Signal(object)  # SyncReport
    failed = Signal(str, int)  # message, exit code (3: server not reachable)

    def __init__(self, db: Database) -> None:
        super().__init__("kam-sync")
        self.db = db
        self.end_on(self.done, self.failed)

    def run(self) -> None:
        try:
            report = sync(self.db)
        except SyncError as exc:
            self.return_home()
            self.failed.emit(str(exc), exc.code)
            return
        except Exception as exc:  # one line for the user, never a traceback
            self.return_home()
            self.failed.emit(str(exc).splitlines()[0] if str(exc) else type(exc).__name__, 1)
            return
        self.return_home()
        self.done.emit(report)


def _counts(counts: dict[str, int]) -> str:
    return (
        QCoreApplication.translate("Sync", ", ").join(
            f"{table_label(t)} {n}" for t, n in sorted(counts.items())
        )
        or "0"
    )


def summary_text(report: SyncReport) -> str:
    if report.changed_nothing and not report.refused and not report.held:
        return QCoreApplication.translate("Sync", "Up to date: nothing to send or receive.")
    lines = [
        QCoreApplication.translate("Sync", "Sent: %1").replace("%1", _counts(report.pushed)),
        QCoreApplication.translate("Sync", "Received: %1").replace("%1", _counts(report.pulled)),
    ]
    if report.deleted:
        lines.append(
            QCoreApplication.translate("Sync", "Deleted here (deleted elsewhere): %1").replace(
                "%1", _counts(report.deleted)
            )
        )
    from kam.sync.cli import refusal_line

    lines += [refusal_line(r) for r in report.refused]
    if report.conflicts:
        lines.append(
            QCoreApplication.translate(
                "Sync",
                "%1 conflicts decided (the later sync wins; the other value is kept "
                "and can be restored with kam sync restore).",
            ).replace("%1", str(len(report.conflicts)))
        )
    if report.adopted_person:
        lines.append(
            QCoreApplication.translate(
                "Sync",
                "Changes on this laptop are now recorded as %1, the team member this login "
                "belongs to (Settings → Preferences changes it).",
            ).replace("%1", report.adopted_person)
        )
    return "\n".join(lines)


class SyncSummary(QDialog):
    """What a sync did, with its conflicts; a customer refused as a duplicate can be
    merged into the server's from here (``merged`` then holds what was merged)."""

    def __init__(
        self, report: SyncReport, parent: QWidget | None = None, db: Database | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.merged: list[Merged] = []
        self.setObjectName("syncSummary")
        self.setWindowTitle(QCoreApplication.translate("Sync", "Sync"))
        layout = QVBoxLayout(self)
        self.text = QLabel(summary_text(report))
        self.text.setObjectName("syncSummaryText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        self.conflicts = QTableWidget(len(report.conflicts), 6)
        self.conflicts.setObjectName("syncConflicts")
        self.conflicts.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Sync", "Record"),
                QCoreApplication.translate("Sync", "Field"),
                QCoreApplication.translate("Sync", "Kept"),
                QCoreApplication.translate("Sync", "Set aside"),
                QCoreApplication.translate("Sync", "Kept from"),
                QCoreApplication.translate("Sync", "Set aside from"),
            ]
        )
        for row, c in enumerate(report.conflicts):
            values = [
                f"{table_label(c['table_name'])} {c['label']}",
                c["field"] or QCoreApplication.translate("Sync", "(record)"),
                c["kept"],
                c["set_aside"],
                c["kept_by"],
                c["set_aside_by"],
            ]
            for column, value in enumerate(values):
                self.conflicts.setItem(row, column, QTableWidgetItem(str(value)))
        self.conflicts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.conflicts.setVisible(bool(report.conflicts))
        layout.addWidget(self.conflicts)
        self.merge_buttons: list[QPushButton] = []
        for refusal in report.refused:
            if (
                db is None
                or refusal.reason != "duplicate"
                or refusal.table != "account"
                or not refusal.other
            ):
                continue
            button = QPushButton(
                QCoreApplication.translate("Sync", "Merge %1 into the server's customer %2")
                .replace("%1", refusal.label or refusal.key)
                .replace("%2", refusal.detail)
            )
            button.setObjectName("syncMerge")
            button.setToolTip(
                QCoreApplication.translate(
                    "Sync",
                    "This laptop's customer takes the server's code, name and "
                    "values; its contacts, visits and contracts follow it; where "
                    "its values differ they are kept as conflicts you can restore.",
                )
            )
            button.clicked.connect(lambda _checked=False, r=refusal, b=button: self._merge(r, b))
            layout.addWidget(button)
            self.merge_buttons.append(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("syncClose")
        layout.addWidget(buttons)
        self.resize(640, 320 if report.conflicts else 160)

    def _merge(self, refusal: Refusal, button: QPushButton) -> None:
        assert self.db is not None
        local, server = refusal.label or refusal.key, refusal.detail
        if not ask_yes_no(
            self,
            QCoreApplication.translate("Sync", "Merge into the server's customer"),
            (
                QCoreApplication.translate(
                    "Sync", "Merge this laptop's customer %1 into the server's customer %2?"
                )
                + "\n\n"
                + QCoreApplication.translate(
                    "Sync",
                    "%1 takes the server's code, name and values; its contacts, visits and "
                    "contracts move to %2. Where this laptop's values differ they are kept as "
                    "conflicts you can restore. The merge cannot be undone.",
                )
            )
            .replace("%1", local)
            .replace("%2", server),
        ):
            return
        try:
            merged = merge_duplicate(self.db, refusal.key, refusal.other)
        except (LookupError, SyncError) as exc:
            warn(
                self,
                QCoreApplication.translate("Sync", "Merge into the server's customer"),
                str(exc.args[0] if exc.args else exc),
            )
            return
        self.merged.append(merged)
        button.setEnabled(False)
        button.setText(
            QCoreApplication.translate("Sync", "%1 merged into %2; it is sent with the next sync")
            .replace("%1", local)
            .replace("%2", server)
        )


class SyncActions(QObject):
    """Owns the menu entry, the status label and the running job of one window."""

    finished = Signal(object)  # SyncReport or None after a failure

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.setObjectName("syncActions")
        self.window = window
        self.ctx = ctx
        self.job: SyncJob | None = None
        self.label = QLabel()
        self.label.setObjectName("syncStatus")
        window.statusBar().addPermanentWidget(self.label)
        self.action: QAction | None = None
        self.show_status()
        # A thread must not outlive the window: closing waits for a running sync.
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.wait()
        return False

    def joined(self) -> bool:
        try:
            return bool(self.ctx.db.path and status(self.ctx.db).get("server_url"))
        except Exception:  # a file before 0007, or a server URL: no sync
            return False

    def show_status(self, note: str = "") -> None:
        if not self.joined():
            self.label.setText("")
            self.label.setVisible(False)
            return
        last = status(self.ctx.db).get("last_sync_at")
        text = (
            QCoreApplication.translate("Sync", "Last sync: %1 UTC").replace("%1", last)
            if last
            else QCoreApplication.translate("Sync", "Not synced yet")
        )
        self.label.setText(f"{text} {note}".strip())
        self.label.setVisible(True)

    def start(self, *, quiet: bool = False) -> bool:
        """Starts a sync; ``quiet`` (at start-up) shows no dialog, only the status line."""
        if self.job is not None or not self.joined():
            return False
        self.label.setText(QCoreApplication.translate("Sync", "Syncing…"))
        if self.action is not None:
            self.action.setEnabled(False)
        self.job = SyncJob(self.ctx.db)
        self.job.done.connect(lambda report: self._done(report, quiet))
        self.job.failed.connect(lambda message, code: self._failed(message, code, quiet))
        self.job.start()
        return True

    def _finish(self) -> None:
        if self.job is not None:
            self.job.wait()
            self.job = None
        if self.action is not None:
            self.action.setEnabled(True)

    def _done(self, report: SyncReport, quiet: bool) -> None:
        self._finish()
        self.show_status()
        if not report.changed_nothing:
            for area in (Topic.ACCOUNTS, Topic.CONTACTS, Topic.RECORDS, Topic.VISITS, Topic.RATING):
                self.ctx.data_changed.emit(area)
        merged = False
        if not quiet or report.conflicts or report.refused:
            summary = SyncSummary(report, self.window, self.ctx.db)
            summary.exec()
            merged = bool(summary.merged)
        self.finished.emit(report)
        if merged:  # what followed the merged customer goes now
            self.start()

    def _failed(self, message: str, code: int, quiet: bool) -> None:
        self._finish()
        self.show_status(
            QCoreApplication.translate("Sync", "(server not reachable)")
            if code == 3
            else QCoreApplication.translate("Sync", "(sync failed)")
        )
        if not quiet:
            warn(self.window, QCoreApplication.translate("Sync", "Sync"), message)
        self.finished.emit(None)

    def wait(self) -> None:
        if self.job is not None:
            self.job.wait()


def add_sync_actions(menu: QMenu, window: QMainWindow, ctx: AppContext) -> QAction:
    """Adds File → Sync now and the status label; syncs quietly once at start-up."""
    existing = window.findChild(SyncActions, "syncActions")
    actions = existing if existing is not None and existing.ctx is ctx else SyncActions(window, ctx)
    action = menu.addAction(QCoreApplication.translate("Sync", "S&ync now"))
    action.setObjectName("syncNow")
    action.setShortcut("Ctrl+Shift+S")
    action.setEnabled(actions.joined())
    action.setToolTip(
        QCoreApplication.translate(
            "Sync", "Send this laptop's changes to the team server and receive everyone else's"
        )
        if actions.joined()
        else QCoreApplication.translate(
            "Sync", "This database has not joined a team server (kam team join URL)"
        )
    )
    action.triggered.connect(lambda _checked=False: actions.start())
    actions.action = action
    actions.show_status()
    if existing is None:
        actions.start(quiet=True)
    return action

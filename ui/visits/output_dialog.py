"""Print the visit plan, print visit briefs, or export visits to a calendar file, for a
period, a person and a layer. The dialog stays open and says what it wrote."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam.accounts.staff import list_staff
from kam.domain.enums import Layer, VisitStatus
from kam.i18n import _, label
from kam.visits.ics_sent import export_ics
from kam.visits.pdf_brief import write_visit_briefs
from kam.visits.pdf_plan import write_visit_plan
from kam.visits.queries import list_visits
from ui.context import AppContext
from ui.visits.widgets import date_edit, from_qdate, to_qdate
from ui.widgets.ask import choose_file_save
from ui.widgets.ops import run_op

KINDS = ("plan", "briefs", "ics")


def _end_of_next_month(day: date) -> date:
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, calendar.monthrange(year, month)[1])


class OutputDialog(QDialog):
    """One of: ``plan`` (PDF), ``briefs`` (PDF, one page per planned visit), ``ics``."""

    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        *,
        today: date | None = None,
        person: str = "",
        layers: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert kind in KINDS
        self.setObjectName("visitOutputDialog")
        self.ctx = ctx
        self.kind = kind
        self.today = today or date.today()
        self.written: Path | None = None
        titles = {
            "plan": self.tr("Print the visit plan"),
            "briefs": self.tr("Print visit briefs"),
            "ics": self.tr("Export visits to a calendar"),
        }
        self.setWindowTitle(titles[kind])
        self.start = date_edit()
        self.start.setObjectName("outputFrom")
        self.end = date_edit()
        self.end.setObjectName("outputTo")
        self.start.setDate(to_qdate(self.today))
        default_end = (
            self.today + timedelta(days=7) if kind == "briefs" else _end_of_next_month(self.today)
        )
        self.end.setDate(to_qdate(default_end))
        self.person = QComboBox()
        self.person.setObjectName("outputPerson")
        self.person.addItem(self.tr("Everyone"), "")
        for staff in list_staff(ctx.db):
            self.person.addItem(staff.name, staff.name)
        self.person.setCurrentIndex(max(0, self.person.findData(person)))
        self.layer = QComboBox()
        self.layer.setObjectName("outputLayer")
        self.layer.addItem(self.tr("All layers"), "")
        for item in Layer:
            self.layer.addItem(label(item), item.value)
        if layers and len(layers) == 1:
            self.layer.setCurrentIndex(self.layer.findData(layers[0]))
        self.cancelled = QCheckBox(self.tr("Include cancelled visits"))
        self.path = QLineEdit()
        self.path.setObjectName("outputPath")
        suffix = ".ics" if kind == "ics" else ".pdf"
        stem = {"plan": "visit-plan", "briefs": "visit-briefs", "ics": "visits"}[kind]
        self.path.setText(str(Path.home() / f"{stem}-{self.today.isoformat()}{suffix}"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        path_box = QWidget()
        path_box.setLayout(path_row)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("Person"), self.person)
        if kind != "briefs":
            form.addRow(self.tr("Layer"), self.layer)
        if kind == "plan":
            form.addRow("", self.cancelled)
        form.addRow(self.tr("File"), path_box)
        self.message = QLabel()
        self.message.setObjectName("outputMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run_button = buttons.addButton(
            self.tr("Export") if kind == "ics" else self.tr("Print"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.run_button.setObjectName("outputRun")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 0)

    def _browse(self) -> None:
        pattern = self.tr("Calendar (*.ics)") if self.kind == "ics" else self.tr("PDF (*.pdf)")
        chosen = choose_file_save(self, self.windowTitle(), self.path.text(), pattern)
        if chosen:
            self.path.setText(chosen)

    def run(self) -> None:
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        target = Path(self.path.text().strip()).expanduser()
        if start is None or end is None or end < start:
            self.message.setText(self.tr("The period is empty: “To” is before “From”."))
            return
        if not self.path.text().strip() or target.is_dir():
            self.message.setText(self.tr("Choose a file to write."))
            return
        person = str(self.person.currentData() or "") or None
        layer = str(self.layer.currentData() or "") or None

        def write() -> str:
            """The line saying what was written (or why nothing was)."""
            if self.kind == "plan":
                n = write_visit_plan(
                    self.ctx.db,
                    target,
                    start=start,
                    end=end,
                    layer=layer,
                    owner=person,
                    include_cancelled=self.cancelled.isChecked(),
                )
                text = self.tr("Wrote the plan (%1 visits) to %2")
            elif self.kind == "ics":
                done = export_ics(
                    self.ctx.db,
                    target,
                    start=start,
                    end=end,
                    layer=layer,
                    staff=person,
                    name=_("KAM visits"),
                )
                n = done.events
                text = (
                    self.tr("Exported %1 visits and %3 cancellations to %2").replace(
                        "%3", str(done.cancelled)
                    )
                    if done.cancelled
                    else self.tr("Exported %1 visits to %2")
                )
            else:
                ids = [
                    r.id
                    for r in list_visits(
                        self.ctx.db,
                        start=start,
                        end=end,
                        staff=person,
                        with_people=False,
                        statuses=(VisitStatus.PLANNED.value, VisitStatus.POSTPONED.value),
                    )
                ]
                if not ids:
                    return self.tr("No planned visits in this period.")
                n = write_visit_briefs(self.ctx.db, target, ids, today=self.today)
                text = self.tr("Wrote %1 briefs to %2")
            self.written = target
            return text.replace("%1", str(n)).replace("%2", str(target))

        said = run_op(self, write)
        if said is not None:
            self.message.setText(said)

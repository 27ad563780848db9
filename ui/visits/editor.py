"""The visit editor, also the quick entry after a meeting.

Quick entry opens on today's date with the status "done", the cursor in the account
field, and only what a record needs: account, layer, date, people, outcome, problems,
follow-ups. Everything is reachable with Tab; Space ticks people; Ctrl+Enter saves and
Esc cancels. Doubtful input (a date before the account existed, far ahead, done without
outcome) is shown before saving and the user decides; errors appear at their fields and
nothing is saved.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kam.accounts.identity import my_name
from kam.accounts.people import list_contacts
from kam.accounts.service import list_accounts
from kam.accounts.staff import list_staff
from kam.domain.enums import ContactStatus, Layer, VisitStatus
from kam.i18n import label
from kam.validation import ValidationError
from kam.visits.queries import issue_choices
from kam.visits.service import SavedVisit, VisitData, get_visit, save_visit, visit_warnings
from ui.context import AppContext, Topic
from ui.visits.widgets import CheckList, FollowUpList, date_edit, from_qdate, to_qdate
from ui.widgets.ask import ask_box
from ui.widgets.discard_guard import DiscardGuard
from ui.widgets.enum_combo import EnumCombo
from ui.widgets.field_errors import FieldErrors
from ui.widgets.ops import run_op
from ui.widgets.search_completer import SearchCompleter

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
OPEN_STATUSES = (VisitStatus.PLANNED.value, VisitStatus.POSTPONED.value)
FOLLOW_UP_DAYS = 7


class VisitDialog(DiscardGuard, QDialog):
    """Creates or edits one visit; ``saved_id`` holds the id after a successful save."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        visit_id: int | None = None,
        account_id: int | None = None,
        on: date | None = None,
        quick: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitDialog")
        self.ctx = ctx
        self.quick = quick
        self.saved_id: int | None = None
        self.errors = FieldErrors()
        self.data = (
            get_visit(ctx.db, visit_id)
            if visit_id is not None
            else VisitData(
                account_id=account_id,
                planned_on=on or date.today(),
                status=VisitStatus.DONE.value if quick else VisitStatus.PLANNED.value,
            )
        )
        self.loaded_date = self.data.planned_on if visit_id is not None else None
        if visit_id is None:
            title = self.tr("Record a visit") if quick else self.tr("New visit")
        else:
            title = self.tr("Visit")
        self.setWindowTitle(title)
        self._accounts = list_accounts(ctx.db)
        self._owners = {a.id: a.owner for a in self._accounts}
        self._me = my_name(ctx.db)
        self._staff = [
            (s.id, s.name, s.layer)
            for s in list_staff(ctx.db)
            if s.id is not None and (s.active or s.id in self.data.staff_ids)
        ]
        self._build()
        self._load()
        self.mark_clean()

    # --- building ------------------------------------------------------------------
    def _build(self) -> None:
        self.account = QComboBox()
        self.account.setObjectName("visitAccount")
        self.account.setEditable(True)
        self.account.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.account.addItem("", None)
        for a in self._accounts:
            text = f"{a.short_name or a.name}({a.code})"
            self.account.addItem(text, a.id)
            self.account.setItemData(
                self.account.count() - 1,
                f"{text} {a.name} {a.pinyin} {a.pinyin_initials}",
                SEARCH_ROLE,
            )
        self.account.setCompleter(SearchCompleter(self.account.model(), SEARCH_ROLE, self.account))
        self.account.currentIndexChanged.connect(self._account_changed)
        self.layer = EnumCombo(Layer)
        self.layer.setObjectName("visitLayer")
        self.layer.currentIndexChanged.connect(self._layer_changed)
        self.status = EnumCombo(VisitStatus)
        self.status.setObjectName("visitStatus")
        self.status.currentIndexChanged.connect(self._status_changed)
        self.planned_on = date_edit()
        self.planned_on.setObjectName("visitDate")
        self.planned_on.dateChanged.connect(self._date_changed)
        self.timed = QCheckBox(self.tr("at"))
        self.timed.setObjectName("visitTimed")
        self.start_time = QTimeEdit()
        self.start_time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(30)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("duration"))
        self.timed.toggled.connect(self.start_time.setEnabled)
        self.timed.toggled.connect(self.duration.setEnabled)
        self.cancel_reason = QLineEdit()
        self.cancel_reason.setObjectName("visitCancelReason")
        self.staff = CheckList()
        self.staff.setObjectName("visitStaff")
        self.contacts = CheckList()
        self.contacts.setObjectName("visitContacts")
        self.purpose = QLineEdit()
        self.purpose.setObjectName("visitPurpose")
        self.agenda = QPlainTextEdit()
        self.agenda.setTabChangesFocus(True)
        self.agenda.setMaximumHeight(70)
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("visitOutcome")
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumHeight(90)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("visitProblems")
        self.problems.setTabChangesFocus(True)
        self.problems.setMaximumHeight(60)
        self.expenses = QDoubleSpinBox()
        self.expenses.setObjectName("visitExpenses")
        self.expenses.setRange(0, 10_000_000)
        self.expenses.setDecimals(0)
        # A trip's receipts (800 元) stay in 元: in 万元 they would read 0.08 and a
        # round to two decimals would lose the hundreds. Separators as for all money.
        self.expenses.setGroupSeparatorShown(True)
        self.expenses.setSuffix(self.tr(" yuan"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("visitNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(50)
        self.issues = CheckList()
        self.issues.setObjectName("visitIssues")
        self.follow_ups = FollowUpList()
        self.follow_ups.setObjectName("visitFollowUps")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add = self.errors.add_row
        add(form, self.tr("&Account"), "account_id", self.account)
        line = QHBoxLayout()
        line.addWidget(self.errors.wrap("layer", self.layer), 1)
        line.addWidget(QLabel(self.tr("Status")))
        line.addWidget(self.errors.wrap("status", self.status), 1)
        form.addRow(self.tr("&Layer"), _boxed(line))
        self._label_for(form, "&Layer", self.layer)
        when = QHBoxLayout()
        when.addWidget(self.errors.wrap("planned_on", self.planned_on))
        when.addWidget(self.timed)
        when.addWidget(self.start_time)
        when.addWidget(self.errors.wrap("duration_min", self.duration))
        when.addStretch(1)
        form.addRow(self.tr("&Date"), _boxed(when))
        self._label_for(form, "&Date", self.planned_on)
        add(form, self.tr("Cancel reason"), "cancel_reason", self.cancel_reason)
        self._cancel_row = form.rowCount() - 1
        add(form, self.tr("Our &people"), "staff_ids", self.staff)
        add(form, self.tr("&Customer's people"), "contact_ids", self.contacts)
        add(form, self.tr("P&urpose"), "purpose", self.purpose)
        if not self.quick:
            add(form, self.tr("Agenda"), "agenda", self.agenda)
        # What came of the visit: hidden while it is only planned.
        self._result_rows: list[int] = []
        add(form, self.tr("&Outcome"), "outcome", self.outcome)
        self._result_rows.append(form.rowCount() - 1)
        add(form, self.tr("Problems raised"), "problems", self.problems)
        self._result_rows.append(form.rowCount() - 1)
        add(form, self.tr("Expenses"), "expenses", self.expenses)
        self._result_rows.append(form.rowCount() - 1)
        add(form, self.tr("Quality issues touched"), "quality_ids", self.issues)
        self._result_rows.append(form.rowCount() - 1)
        if not self.quick:
            add(form, self.tr("Notes"), "notes", self.notes)
        form.addRow(self.tr("&Follow-ups"), self.follow_ups)
        self._label_for(form, "&Follow-ups", self.follow_ups.add_button)
        self._result_rows.append(form.rowCount() - 1)
        self.original_note = QLabel()
        self.original_note.setObjectName("visitOriginalDate")
        form.insertRow(self._cancel_row, "", self.original_note)
        self._cancel_row += 1
        self._result_rows = [r + 1 for r in self._result_rows]

        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.message = QLabel()
        self.message.setObjectName("visitMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("visitButtons")
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.postpone_button = buttons.addButton(
            self.tr("Postpone…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.postpone_button.setObjectName("visitPostpone")
        self.postpone_button.setToolTip(
            self.tr("Move the visit to another day; the original date is kept")
        )
        self.postpone_button.clicked.connect(lambda: self.postpone())
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 720 if not self.quick else 640)

    def _label_for(self, form: QFormLayout, _text: str, buddy: QWidget) -> None:
        item = form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole)
        caption = item.widget() if item is not None else None
        if isinstance(caption, QLabel):
            caption.setBuddy(buddy)

    # --- loading -------------------------------------------------------------------
    def _load(self) -> None:
        d = self.data
        self.account.setCurrentIndex(max(0, self.account.findData(d.account_id)))
        self.layer.set_value(d.layer)
        self.status.set_value(d.status)
        self.planned_on.setDate(to_qdate(d.planned_on))
        self.timed.setChecked(d.start_time is not None)
        self.start_time.setTime(
            QTime(d.start_time.hour, d.start_time.minute) if d.start_time else QTime(9, 0)
        )
        self.start_time.setEnabled(d.start_time is not None)
        self.duration.setValue(d.duration_min or 0)
        self.duration.setEnabled(d.start_time is not None)
        self.cancel_reason.setText(d.cancel_reason)
        # Those on the visit first, then the visit's layer, so the ticks are in view.
        ordered = sorted(self._staff, key=lambda s: (s[0] not in d.staff_ids, s[2] != d.layer))
        self.staff.set_items(
            [(sid, f"{name}({label(layer)})") for sid, name, layer in ordered], d.staff_ids
        )
        self.purpose.setText(d.purpose)
        self.agenda.setPlainText(d.agenda)
        self.outcome.setPlainText(d.outcome)
        self.problems.setPlainText(d.problems)
        self.expenses.setValue(d.expenses or 0)
        self.notes.setPlainText(d.notes)
        self.follow_ups.staff = [(sid, name) for sid, name, _layer in self._staff]
        self.follow_ups.set_follow_ups(d.follow_ups)
        self._account_changed()
        self._status_changed()
        self._date_changed()
        self.account.setFocus()
        if self.quick and d.account_id is not None:
            self.outcome.setFocus()

    def _account_changed(self) -> None:
        account_id = self.account.currentData()
        # Someone who changed post or left is no longer met; a visit that already
        # names them keeps them.
        contacts = [
            c
            for c in (list_contacts(self.ctx.db, account_id) if account_id else [])
            if c.status == ContactStatus.ACTIVE.value or c.id in self.data.contact_ids
        ]
        self.contacts.set_items(
            [
                (
                    c.id,
                    f"{c.name}({c.title or c.department})" if (c.title or c.department) else c.name,
                )
                for c in contacts
                if c.id is not None
            ],
            self.data.contact_ids if account_id == self.data.account_id else [],
        )
        issues = issue_choices(self.ctx.db, account_id) if account_id else []
        kinds = {"quality": self.tr("Quality"), "complaint": self.tr("Complaint")}
        checked = [
            _issue_key(i.kind, i.id)
            for i in issues
            if (i.kind == "quality" and i.id in self.data.quality_ids)
            or (i.kind == "complaint" and i.id in self.data.complaint_ids)
        ]
        self.issues.set_items(
            [
                (
                    _issue_key(i.kind, i.id),
                    f"{kinds[i.kind]} {i.reported_on.isoformat()} {i.description[:40]}"
                    f"{'' if i.status == 'open' else ' ✓'}",
                )
                for i in issues
            ],
            checked,
        )
        # What I record is mine by default; the account manager's when I am not staff.
        owner = self._me or self._owners.get(account_id or -1, "")
        owner_id = next((sid for sid, name, _l in self._staff if name == owner), None)
        self.follow_ups.default_owner = owner_id
        if self.data.id is None and not self.staff.checked_ids() and owner_id is not None:
            self.staff.set_checked([owner_id])

    def _date_changed(self) -> None:
        # A new follow-up is due a week after the visit unless the user says otherwise.
        day = from_qdate(self.planned_on.date()) or date.today()
        self.follow_ups.default_due = day + timedelta(days=FOLLOW_UP_DAYS)

    def _status_changed(self) -> None:
        status = self.status.value()
        form = self._form()
        form.setRowVisible(self._cancel_row, status == VisitStatus.CANCELLED.value)
        done = status == VisitStatus.DONE.value
        for row in self._result_rows:
            form.setRowVisible(row, done)
        original = self.data.original_date or (
            self.loaded_date if status == VisitStatus.POSTPONED.value else None
        )
        self.original_note.setText(
            self.tr("Originally planned for %1").replace("%1", original.isoformat())
            if original
            else ""
        )
        form.setRowVisible(self.original_note, bool(original))
        self.postpone_button.setVisible(self.loaded_date is not None and status in OPEN_STATUSES)

    def _layer_changed(self) -> None:
        """Our people of the chosen layer come first (ticks kept)."""
        layer = self.layer.value()
        checked = self.staff.checked_ids()
        ordered = sorted(self._staff, key=lambda s: (s[0] not in checked, s[2] != layer))
        self.staff.set_items(
            [(sid, f"{name}({label(lay)})") for sid, name, lay in ordered], checked
        )

    def postpone(self) -> None:
        """Marks a planned visit postponed and moves it a week on; the user adjusts the
        new day, and the day it was planned for is kept as its original date."""
        if self.loaded_date is None:
            return
        self.status.set_value(VisitStatus.POSTPONED.value)
        day = max(from_qdate(self.planned_on.date()) or date.today(), date.today())
        self.planned_on.setDate(to_qdate(day + timedelta(days=7)))
        self.planned_on.setFocus()

    def _form(self) -> QFormLayout:
        scroll = self.findChild(QScrollArea)
        assert scroll is not None
        inner = scroll.widget()
        assert inner is not None
        layout = inner.layout()
        assert isinstance(layout, QFormLayout)
        return layout

    def edit_state(self) -> VisitData:
        return self.value()

    # --- saving --------------------------------------------------------------------
    def value(self) -> VisitData:
        d = self.data
        planned = from_qdate(self.planned_on.date())
        status = self.status.value()
        original = d.original_date
        if (
            status == VisitStatus.POSTPONED.value
            and self.loaded_date is not None
            and planned != self.loaded_date
            and original is None
        ):
            original = self.loaded_date
        issue_ids = self.issues.checked_ids()
        t = self.start_time.time()
        return VisitData(
            account_id=self.account.currentData(),
            layer=self.layer.value(),
            planned_on=planned,
            start_time=time(t.hour(), t.minute()) if self.timed.isChecked() else None,
            duration_min=(self.duration.value() or None) if self.timed.isChecked() else None,
            status=status,
            original_date=original,
            cancel_reason=self.cancel_reason.text() if status == "cancelled" else "",
            our_people="" if self.staff.checked_ids() else d.our_people,
            counterparts="" if self.contacts.checked_ids() else d.counterparts,
            purpose=self.purpose.text(),
            agenda=self.agenda.toPlainText(),
            outcome=self.outcome.toPlainText(),
            problems=self.problems.toPlainText(),
            expenses=self.expenses.value() or None,
            notes=self.notes.toPlainText(),
            staff_ids=self.staff.checked_ids(),
            contact_ids=self.contacts.checked_ids(),
            quality_ids=[i // 10 for i in issue_ids if i % 10 == 1],
            complaint_ids=[i // 10 for i in issue_ids if i % 10 == 2],
            follow_ups=self.follow_ups.values(),
            id=d.id,
            uuid=d.uuid,
        )

    def save(self) -> None:
        data = self.value()

        def write() -> SavedVisit | None:
            warnings = visit_warnings(self.ctx.db, data)
            if warnings and not self._confirm(warnings):
                return None
            return save_visit(self.ctx.db, data)

        saved = run_op(self, write, invalid=self._show_invalid)
        if saved is None:
            return
        self.saved_id = saved.id
        self.ctx.data_changed.emit(Topic.VISITS)
        self.accept()

    def _show_invalid(self, exc: ValidationError) -> None:
        unplaced = self.errors.show(exc.errors)
        self.follow_ups.show_errors(unplaced)
        self.message.setText(
            "\n".join(unplaced.values()) or self.tr("Please correct the marked fields.")
        )
        self.message.show()

    def _confirm(self, warnings: list[str]) -> bool:
        box = QMessageBox(self)
        box.setObjectName("visitWarnings")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Please check"))
        box.setText("\n".join(warnings))
        box.setInformativeText(self.tr("Save the visit anyway?"))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return ask_box(box) is box.button(QMessageBox.StandardButton.Save)


def _issue_key(kind: str, issue_id: int) -> int:
    # One list holds both kinds; the last digit tells them apart (1 quality, 2 complaint).
    return issue_id * 10 + (1 if kind == "quality" else 2)


def _boxed(layout: QHBoxLayout) -> QWidget:
    layout.setContentsMargins(0, 0, 0, 0)
    box = QWidget()
    box.setLayout(layout)
    return box

"""A form described by field specs, reading and writing a plain dataclass.

The dossier's item dialogs, the contact editor and the staff editor are all "a few
labelled editors over a dataclass, saved through a service"; a spec per field keeps
each of them a short table instead of a hand-built widget tree.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from kam.domain.fields import BOOL, DATE, FLOAT, INT, LONG_TEXT, TEXT, YEAR, Field
from kam.i18n import _
from kam.text.money import TEN_THOUSAND, yuan
from ui.widgets.enum_combo import EnumCombo
from ui.widgets.field_errors import FieldErrors
from ui.widgets.parsing import (
    format_date,
    format_number,
    parse_date,
    parse_float,
    parse_int,
)


@dataclass(frozen=True)
class FieldSpec:
    """One editor: ``kind`` is text, multiline, int, float, wan (money stored in 元,
    shown and typed in 万元), date, birthday (a date whose year may be left out), bool,
    enum or choice.

    ``choices`` (for ``choice``) gives ``(label, value)`` pairs, called when the form is
    built so they can come from the database; ``editable`` lets a choice also take free
    text (a staff name typed by hand).
    """

    name: str
    label: str
    kind: str = "text"
    enum: type[StrEnum] | None = None
    blank: str | None = None
    choices: Callable[[], Sequence[tuple[str, Any]]] | None = None
    editable: bool = False
    placeholder: str = ""
    required: bool = False  # only needed for numbers: services check required text
    # Suggestions for a text field (the departments already written at this account).
    completions: Callable[[], Sequence[str]] | None = None


def field_spec(field: Field, label: str, name: str = "", **ui: Any) -> FieldSpec:
    """The editor of a record's declared field (kam.domain.fields, the record's field
    list): its kind, enum, empty choice and whether it is required come from the
    declaration; the label, hints and choices are the form's own, and ``ui`` may still
    set another kind (a birthday whose year may be left out, a staff member picked from
    a list). ``name`` is the data's attribute where it is not the field's key (a
    reference kept as an id)."""
    if field.enum is not None:
        ui.setdefault("kind", "enum")
        ui.setdefault("enum", field.enum)
        if field.allow_blank:
            ui.setdefault("blank", "")
    elif field.kind in (INT, YEAR):
        ui.setdefault("kind", "int")
    elif field.kind == BOOL:
        ui.setdefault("kind", "bool")
    elif field.kind == FLOAT:
        ui.setdefault("kind", "float")
    elif field.kind == DATE:
        ui.setdefault("kind", "date")
    elif field.kind == TEXT and field.max_len >= LONG_TEXT:
        ui.setdefault("kind", "multiline")
    ui.setdefault("required", field.required)
    return FieldSpec(name or field.key, label, **ui)


class RecordForm(QObject):
    """Editors for ``specs`` laid out in a :class:`QFormLayout`.

    Signals:
        changed(): the user edited any field.
    """

    changed = Signal()

    def __init__(self, specs: Sequence[FieldSpec], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.specs = list(specs)
        self.errors = FieldErrors()
        self.editors: dict[str, QWidget] = {}
        for spec in self.specs:
            self.editors[spec.name] = self._make(spec)

    def refresh_choices(self) -> None:
        """Re-reads every ``choice`` list (staff or contacts may have changed)."""
        for spec in self.specs:
            editor = self.editors[spec.name]
            if spec.kind != "choice" or spec.choices is None or not isinstance(editor, QComboBox):
                continue
            blocked = editor.blockSignals(True)
            current = editor.currentData() if not spec.editable else editor.currentText()
            editor.clear()
            for text, value in spec.choices():
                editor.addItem(text, value)
            if spec.editable:
                editor.setEditText(str(current or ""))
            else:
                editor.setCurrentIndex(max(editor.findData(current), 0))
            editor.blockSignals(blocked)

    def add_to(self, form: QFormLayout, names: Sequence[str] | None = None) -> None:
        for spec in self.specs:
            if names is None or spec.name in names:
                self.errors.add_row(form, spec.label, spec.name, self.editors[spec.name])

    def _make(self, spec: FieldSpec) -> QWidget:
        editor: QWidget
        if spec.kind == "multiline":
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(64)
            editor.setMaximumHeight(120)  # long notes scroll; the form stays readable
            editor.textChanged.connect(self.changed)
        elif spec.kind == "bool":
            editor = QCheckBox()
            editor.toggled.connect(self.changed)
        elif spec.kind == "enum":
            assert spec.enum is not None
            editor = EnumCombo(spec.enum, blank=spec.blank)
            editor.currentIndexChanged.connect(self.changed)
        elif spec.kind == "choice":
            editor = QComboBox()
            editor.setEditable(spec.editable)
            for text, value in spec.choices() if spec.choices else ():
                editor.addItem(text, value)
            editor.currentIndexChanged.connect(self.changed)
            if spec.editable:
                editor.editTextChanged.connect(self.changed)
        else:
            editor = QLineEdit()
            if spec.completions is not None:
                completer = QCompleter(list(spec.completions()), editor)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                editor.setCompleter(completer)
            if spec.placeholder:
                editor.setPlaceholderText(spec.placeholder)
            elif spec.kind == "date":
                editor.setPlaceholderText(self.tr("2025-03-05 or 2025/3/5"))
            elif spec.kind == "birthday":
                editor.setPlaceholderText(self.tr("1975/3/8, or 3月8日 without the year"))
            editor.textEdited.connect(self.changed)
        editor.setObjectName(spec.name)
        return editor

    def load(self, data: Any) -> None:
        """Shows ``data``'s values (signals blocked: loading is not an edit)."""
        self.errors.clear()
        for spec in self.specs:
            editor = self.editors[spec.name]
            value = getattr(data, spec.name)
            blocked = editor.blockSignals(True)
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value or "")
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, EnumCombo):
                editor.set_value(value)
            elif isinstance(editor, QComboBox):
                index = editor.findData(value)
                if index < 0 and spec.editable:
                    editor.setEditText(str(value or ""))
                else:
                    editor.setCurrentIndex(max(index, 0))
            elif isinstance(editor, QLineEdit):
                if spec.kind == "wan":
                    editor.setText(
                        ""
                        if value is None
                        else format_number(round(value / TEN_THOUSAND, 6), grouped=True)
                    )
                elif spec.kind in ("int", "float"):
                    # Floats are amounts and sizes (万元, 元, t): with separators, as
                    # money is read; ints are years and counts, left bare (2008).
                    editor.setText(format_number(value, grouped=spec.kind == "float"))
                elif spec.kind in ("date", "birthday"):
                    editor.setText(format_date(value))
                else:
                    editor.setText(value or "")
                editor.setCursorPosition(0)
            editor.blockSignals(blocked)

    def collect(self, data: Any) -> tuple[Any, dict[str, str]]:
        """A copy of ``data`` with the edited values, and the fields that did not parse."""
        errors: dict[str, str] = {}
        values: dict[str, Any] = {}
        for spec in self.specs:
            editor = self.editors[spec.name]
            if isinstance(editor, QPlainTextEdit):
                values[spec.name] = editor.toPlainText()
            elif isinstance(editor, QCheckBox):
                values[spec.name] = editor.isChecked()
            elif isinstance(editor, EnumCombo):
                values[spec.name] = editor.value()
            elif isinstance(editor, QComboBox):
                if spec.editable:
                    text = editor.currentText().strip()
                    index = editor.findText(text)
                    values[spec.name] = editor.itemData(index) if index >= 0 else text
                else:
                    values[spec.name] = editor.currentData()
            elif isinstance(editor, QLineEdit):
                text = editor.text()
                if spec.kind == "int":
                    values[spec.name] = parse_int(text, spec.name, errors)
                elif spec.kind == "float":
                    values[spec.name] = parse_float(text, spec.name, errors)
                elif spec.kind == "wan":
                    amount = parse_float(text, spec.name, errors)
                    values[spec.name] = None if amount is None else yuan(amount)
                elif spec.kind in ("date", "birthday"):
                    values[spec.name] = parse_date(
                        text, spec.name, errors, yearless=spec.kind == "birthday"
                    )
                else:
                    values[spec.name] = text
                if spec.required and values.get(spec.name) is None and spec.name not in errors:
                    errors[spec.name] = _("is required")
        if errors:
            # Keep unparsable fields at their old value so the service still checks the rest.
            for name in errors:
                values.pop(name, None)
        return dataclasses.replace(data, **values), errors

"""The scheme editor: criteria (measure, label, weight, rule), grade bounds and the
key-account line, checked as you type, with a live preview of how this year's totals
and grades would change; import and export of the TOML file the director hands out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam.rating.format import bound_scale, unit_of
from kam.rating.measures import MEASURES
from kam.rating.rule_text import format_rule, parse_rule
from kam.rating.scheme import (
    GRADES,
    Scheme,
    SchemeError,
    default_scheme_text,
    dump_scheme,
    measure_label,
    parse_scheme,
    scheme_from_dict,
)
from kam.rating.scoring import AccountInput, score_all
from kam.rating.service import ResultRow
from ui.context import AppContext
from ui.widgets.ask import choose_file_open, choose_file_save
from ui.widgets.table_model import Column, RowTableModel

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CriterionLine:
    measure: str
    label: str
    weight: str
    rule: str


def _text_column(name: str, title: Callable[[], str]) -> Column[CriterionLine]:
    return Column(
        title,
        lambda line: getattr(line, name),
        key=name,
        set_value=lambda line, value: replace(line, **{name: str(value)}),
    )


def _measure_text(line: CriterionLine) -> str:
    """``销售收入 (revenue, 万元)``: the unit says what the rule's numbers are in."""
    unit = unit_of(line.measure)
    return f"{measure_label(line.measure)} ({line.measure}{', ' + unit if unit else ''})"


class CriteriaModel(RowTableModel[CriterionLine]):
    """The criteria as editable text cells; checked as a whole by the scheme parser.
    (Its own class: criteria are added and removed in place, and numbered.)

    Signals:
        edited(): any cell changed, or a criterion was added or removed.
    """

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        measure = _text_column(
            "measure", lambda: QCoreApplication.translate("SchemeEditor", "Measure")
        )
        super().__init__(
            [
                replace(measure, value=_measure_text, edit_value=lambda line: line.measure),
                _text_column("label", lambda: QCoreApplication.translate("SchemeEditor", "Label")),
                _text_column(
                    "weight", lambda: QCoreApplication.translate("SchemeEditor", "Weight")
                ),
                _text_column(
                    "rule",
                    lambda: QCoreApplication.translate(
                        "SchemeEditor", "Rule (≥300: 100; else: 0 · linear 60 → 100)"
                    ),
                ),
            ],
            parent,
        )
        self.row_edited.connect(lambda _row: self.edited.emit())

    def set_scheme(self, scheme: Scheme) -> None:
        self.set_rows(
            [
                CriterionLine(
                    c.measure, c.label, f"{c.weight:g}", format_rule(c, bound_scale(c.measure))
                )
                for c in scheme.criteria
            ]
        )

    def lines(self) -> list[CriterionLine]:
        return self.rows()

    def add(self, measure: str) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(CriterionLine(measure, "", "10", "linear 0 → 100"))
        self.endInsertRows()
        self.edited.emit()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)  # the number the problems name ("criterion 2: …")
        return super().headerData(section, orientation, role)


class MeasureDelegate(QStyledItemDelegate):
    """A drop-down of the known measures for the measure column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for measure in MEASURES:
            combo.addItem(f"{measure_label(measure)} ({measure})", measure)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class SchemeEditor(QWidget):
    """Signals:
    scheme_changed(): the edited scheme changed (valid or not).
    """

    scheme_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        self._source_text = ""  # the text loaded, kept verbatim (comments) while unedited
        self._edited = False
        self._year: int | None = None
        self._rows: list[ResultRow] = []
        self._scheme: Scheme | None = None
        self._build()

    def _build(self) -> None:
        self.name = QLineEdit()
        self.name.setObjectName("schemeName")
        self.min_grade = QComboBox()
        self.min_grade.setObjectName("schemeKeyGrade")
        self.min_grade.addItems(list(GRADES))
        self.bounds: dict[str, QDoubleSpinBox] = {}
        bounds = QHBoxLayout()
        for grade in ("A", "B", "C"):
            spin = QDoubleSpinBox()
            spin.setObjectName(f"schemeBound{grade}")
            spin.setRange(0, 100)
            spin.setDecimals(1)
            spin.setPrefix(f"{grade} ≥ ")
            spin.valueChanged.connect(self._changed)
            self.bounds[grade] = spin
            bounds.addWidget(spin)
        bounds.addWidget(QLabel(QCoreApplication.translate("SchemeEditor", "below C: D")))
        bounds.addStretch(1)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SchemeEditor", "Name"), self.name)
        form.addRow(QCoreApplication.translate("SchemeEditor", "Grade bounds (total)"), bounds)
        form.addRow(
            QCoreApplication.translate("SchemeEditor", "Key accounts from grade"), self.min_grade
        )

        self.model = CriteriaModel(self)
        self.table = QTableView()
        self.table.setObjectName("criteriaTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(0, MeasureDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(QCoreApplication.translate("SchemeEditor", "Add criterion"))
        self.add_button.setObjectName("criterionAdd")
        self.remove_button = QPushButton(
            QCoreApplication.translate("SchemeEditor", "Remove criterion")
        )
        self.remove_button.setObjectName("criterionRemove")
        self.import_button = QPushButton(QCoreApplication.translate("SchemeEditor", "Import…"))
        self.import_button.setObjectName("schemeImport")
        self.export_button = QPushButton(QCoreApplication.translate("SchemeEditor", "Export…"))
        self.export_button.setObjectName("schemeExport")
        self.default_button = QPushButton(
            QCoreApplication.translate("SchemeEditor", "Default scheme")
        )
        self.default_button.setObjectName("schemeDefault")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.default_button, self.import_button, self.export_button):
            buttons.addWidget(button)
        self.problems = QLabel()
        self.problems.setObjectName("schemeProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #B00020;")
        self.preview = QLabel()
        self.preview.setObjectName("schemePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problems)
        layout.addWidget(self.preview)

        self.name.textEdited.connect(lambda _t: self._changed())
        self.min_grade.currentIndexChanged.connect(lambda _i: self._changed())
        self.model.edited.connect(self._changed)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(
            lambda: self.model.remove(self.table.currentIndex().row())
        )
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_file())
        self.default_button.clicked.connect(lambda: self.load_text(default_scheme_text()))

    # --- what the page asks ----------------------------------------------------------
    def set_context(self, year: int, text: str | None, rows: list[ResultRow]) -> None:
        """The year shown, its run's scheme text (None: not run yet) and results for
        the preview. An edited scheme is kept; otherwise the run's (or default) loads."""
        self._rows = rows
        if not self._edited or year != self._year:
            self._year = year
            self.load_text(text if text is not None else default_scheme_text(), edited=False)
        else:
            self._validate()

    def scheme_text(self) -> str | None:
        """The TOML to run with: the loaded text verbatim while unedited, else the edited
        scheme written out; None while it has problems."""
        if self._scheme is None:
            return None
        return self._source_text if not self._edited else dump_scheme(self._scheme)

    def load_text(self, text: str, *, edited: bool = True) -> bool:
        try:
            scheme = parse_scheme(text)
        except SchemeError as exc:
            self.problems.setText("\n".join(exc.problems))
            return False
        self._loading = True
        self.name.setText(scheme.name)
        self.min_grade.setCurrentText(scheme.key_account_min_grade)
        for grade, spin in self.bounds.items():
            spin.setValue(scheme.grades[grade])
        self.model.set_scheme(scheme)
        self._loading = False
        self._source_text = text
        self._year_in_file = scheme.year
        self._edited = edited
        self._validate()
        return True

    def import_file(self, path: str | None = None) -> bool:
        if path is None:
            path = choose_file_open(
                self,
                QCoreApplication.translate("SchemeEditor", "Import a scheme"),
                "",
                QCoreApplication.translate("SchemeEditor", "Rating scheme (*.toml)"),
            )
            if not path:
                return False
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            self.problems.setText(
                QCoreApplication.translate("SchemeEditor", "Cannot read {path}: {error}").format(
                    path=path, error=exc
                )
            )
            return False
        return self.load_text(text)

    def export_file(self, path: str | None = None) -> bool:
        text = self.scheme_text()
        if text is None:
            return False
        if path is None:
            path = choose_file_save(
                self,
                QCoreApplication.translate("SchemeEditor", "Export the scheme"),
                f"rating-scheme-{self._year}.toml",
                QCoreApplication.translate("SchemeEditor", "Rating scheme (*.toml)"),
            )
            if not path:
                return False
        try:
            Path(path).write_text(text, encoding="utf-8")
        except OSError as exc:
            self.problems.setText(
                QCoreApplication.translate("SchemeEditor", "Cannot write {path}: {error}").format(
                    path=path, error=exc
                )
            )
            return False
        return True

    # --- editing ---------------------------------------------------------------------
    def _add(self) -> None:
        used = {line.measure for line in self.model.lines()}
        self.model.add(next((m for m in MEASURES if m not in used), MEASURES[0]))

    def _changed(self) -> None:
        if self._loading:
            return
        self._edited = True
        self._validate()

    def _raw(self, problems: list[str]) -> dict[str, Any]:
        criteria = []
        for number, line in enumerate(self.model.lines(), start=1):
            item: dict[str, Any] = {"measure": line.measure}
            if line.label.strip():
                item["label"] = line.label.strip()
            try:
                item["weight"] = float(line.weight.replace(",", ""))
            except ValueError:
                problems.append(
                    QCoreApplication.translate(
                        "SchemeEditor", "criterion {n}: weight “{w}” is not a number"
                    ).format(n=number, w=line.weight)
                )
                continue
            try:
                item.update(parse_rule(line.rule, bound_scale(line.measure)))
            except ValueError as exc:
                problems.append(
                    QCoreApplication.translate("SchemeEditor", "criterion {n}: {error}").format(
                        n=number, error=exc
                    )
                )
                continue
            criteria.append(item)
        raw: dict[str, Any] = {
            "name": self.name.text().strip(),
            "key_account_min_grade": self.min_grade.currentText(),
            "grades": {g: spin.value() for g, spin in self.bounds.items()},
            "criteria": criteria,
        }
        if getattr(self, "_year_in_file", None) is not None:
            raw["year"] = self._year_in_file
        return raw

    def _validate(self) -> None:
        problems: list[str] = []
        raw = self._raw(problems)
        scheme = None
        if not problems:
            try:
                scheme = scheme_from_dict(raw)
            except SchemeError as exc:
                problems = exc.problems
        self._scheme = scheme
        self.problems.setText("\n".join(problems))
        self.preview.setText(self._preview(scheme) if scheme else "")
        self.scheme_changed.emit()

    def _preview(self, scheme: Scheme) -> str:
        """How the shown year's grades would come out with this scheme, from the
        measures stored with the run."""
        if not self._rows:
            return QCoreApplication.translate(
                "SchemeEditor", "Run the year to see a preview of the grades."
            )
        scored = score_all(
            scheme,
            [
                AccountInput(r.account_id or 0, r.code, r.name, r.values, r.revenue, r.volume)
                for r in self._rows
            ],
        )
        now = Counter(r.computed_grade for r in self._rows)
        new = Counter(s.grade for s in scored)
        old_key = sum(
            1
            for r in self._rows
            if r.computed_grade in GRADES[: GRADES.index(scheme.key_account_min_grade) + 1]
        )
        new_key = sum(1 for s in scored if s.key_account)
        before = {r.code: r for r in self._rows}
        moved = [s for s in scored if before[s.code].computed_grade != s.grade]
        text = QCoreApplication.translate(
            "SchemeEditor", "Preview with these settings (measures of the last run): "
        )
        text += " · ".join(f"{g} {now[g]} → {new[g]}" for g in GRADES)
        text += "\n" + QCoreApplication.translate(
            "SchemeEditor", "Key accounts {old} → {new}; {n} accounts change grade"
        ).format(old=old_key, new=new_key, n=len(moved))
        if moved:
            examples = ", ".join(
                f"{s.code} {before[s.code].computed_grade}→{s.grade}" for s in moved[:8]
            )
            text += f": {examples}" + ("…" if len(moved) > 8 else "")
        missing = sorted(set(scheme.measures) - set(self._rows[0].values))
        if missing:
            text += "\n" + QCoreApplication.translate(
                "SchemeEditor", "Not in the last run, shown as no data: {m}"
            ).format(m=", ".join(measure_label(m) for m in missing))
        return text

"""A dialog editing one record through a :class:`RecordForm` and a save function.

OK validates (parsing first, then the service), shows every message at its field and
closes only when the record is saved: nothing is half-saved, nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kam.store import StoreError
from kam.validation import ValidationError
from ui.widgets.discard_guard import DiscardGuard
from ui.widgets.record_form import FieldSpec, RecordForm


class RecordDialog(DiscardGuard, QDialog):
    """Edits ``data`` with ``specs``; ``save(data) -> id`` writes it.

    After ``exec()`` returns Accepted, ``saved_id`` and ``result_data`` hold the outcome.
    """

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        specs: Sequence[FieldSpec],
        data: Any,
        save: Callable[[Any], int],
        *,
        two_columns: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self._data = data
        self._save = save
        self.saved_id: int | None = None
        self.result_data: Any = None
        self.form = RecordForm(specs, self)

        layout = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setObjectName("errorBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)
        body = QWidget()
        if two_columns:
            # Short facts on the left, the long notes beside them: a contact's 19 fields
            # fit on a laptop screen without scrolling.
            short = [s.name for s in specs if s.kind != "multiline"]
            long = [s.name for s in specs if s.kind == "multiline"]
            columns = QHBoxLayout(body)
            columns.setSpacing(18)
            for names in (short, long):
                column = QFormLayout()
                column.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
                self.form.add_to(column, names)
                stack = QVBoxLayout()
                stack.addLayout(column)
                stack.addStretch(1)  # rows stay together at the top
                columns.addLayout(stack, 1)
        else:
            form_layout = QFormLayout(body)
            form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self.form.add_to(form_layout)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.form.load(data)
        self.mark_clean()
        if two_columns:
            self.resize(940, 640)
        else:
            self.resize(520, min(140 + 46 * len(specs), 680))

    def edit_state(self) -> Any:
        return self.form.collect(self._data)

    def editor(self, name: str) -> QWidget:
        return self.form.editors[name]

    def accept(self) -> None:
        data, parse_errors = self.form.collect(self._data)
        try:
            if parse_errors:
                raise ValidationError(parse_errors)
            self.saved_id = self._save(data)
        except ValidationError as exc:
            self._show_errors({**exc.errors, **parse_errors})
            return
        except StoreError as exc:
            self._show_errors({"": str(exc)})
            return
        self.result_data = data
        super().accept()

    def _show_errors(self, errors: dict[str, str]) -> None:
        unplaced = self.form.errors.show(errors)
        if unplaced:
            self.banner.setText("\n".join(unplaced.values()))
            self.banner.show()
        else:
            self.banner.hide()

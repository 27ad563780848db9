"""Validation messages shown at the field they belong to.

Services raise :class:`kam.validation.ValidationError` with ``{field: message}``; a
form registers each editor under its field name and :meth:`FieldErrors.show` puts the
message right below the editor and marks it red (the ``error`` property the style
sheet picks up).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


class FieldErrors:
    """Maps field names to editors and their error labels."""

    def __init__(self) -> None:
        self._editors: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}

    def wrap(self, name: str, editor: QWidget) -> QWidget:
        """Returns a container holding ``editor`` with its (hidden) error label below."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.hide()
        layout.addWidget(label)
        self._editors[name] = editor
        self._labels[name] = label
        return box

    def add_row(self, form: QFormLayout, text: str, name: str, editor: QWidget) -> None:
        """Adds ``text: editor`` to ``form`` with room for the field's message."""
        form.addRow(text, self.wrap(name, editor))

    def editor(self, name: str) -> QWidget:
        return self._editors[name]

    def message(self, name: str) -> str:
        """The message shown at ``name`` ('' when none)."""
        label = self._labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def show(self, errors: dict[str, str]) -> dict[str, str]:
        """Shows each message at its field; returns the ones with no field here.

        The first field with a problem gets the focus so the user can fix it at once.
        """
        self.clear()
        unplaced: dict[str, str] = {}
        first: QWidget | None = None
        for name, message in errors.items():
            label = self._labels.get(name)
            if label is None:
                unplaced[name] = message
                continue
            label.setText(message)
            label.show()
            editor = self._editors[name]
            _mark(editor, True)
            if first is None:
                first = editor
        if first is not None:
            first.setFocus()
        return unplaced

    def clear(self) -> None:
        for name, label in self._labels.items():
            label.clear()
            label.hide()
            _mark(self._editors[name], False)


def _mark(editor: QWidget, bad: bool) -> None:
    if bool(editor.property("error")) == bad:
        return
    editor.setProperty("error", bad)
    # Dynamic properties only restyle after an explicit re-polish.
    editor.style().unpolish(editor)
    editor.style().polish(editor)

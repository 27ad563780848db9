"""A combo box over a domain enumeration, showing kam.i18n labels, holding the keys."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QComboBox, QWidget

from kam.i18n import label


class EnumCombo(QComboBox):
    """Choice of one value of ``enum`` (optionally none, shown as ``blank``).

    The item data is the stored English key, so ``value()`` can go straight into a
    service dataclass.
    """

    def __init__(
        self, enum: type[StrEnum], *, blank: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if blank is not None:
            self.addItem(blank, "")
        for member in enum:
            self.addItem(label(member), member.value)

    def value(self) -> str:
        return str(self.currentData() or "")

    def set_value(self, value: str | None) -> None:
        index = self.findData(value or "")
        self.setCurrentIndex(max(index, 0))

"""The one channel through which the app asks the user something or tells them
something in a modal box: yes or no, a line of text, a file or folder, a message box
with its own buttons, a notice or a warning.

Screens call the module functions (:func:`ask_yes_no`, :func:`choose_file_save`, …);
they go to the installed :class:`Asker`, by default Qt's own dialogs. Tests install a
scripted answerer instead (``tests/ui/conftest.py``: the ``answers`` fixture), so a
question is answered from a queue rather than by a timer polling for the dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QFileDialog, QInputDialog, QMessageBox, QWidget


class Asker:
    """The real answers: Qt's standard dialogs, modal over ``parent``."""

    def yes_no(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        """The line typed, or None when the user cancelled."""
        typed, ok = QInputDialog.getText(parent, title, label, text=text)
        return typed if ok else None

    def file_open(
        self, parent: QWidget | None, title: str, folder: str = "", filter: str = ""
    ) -> str:
        """The chosen file, "" when cancelled."""
        path, _filter = QFileDialog.getOpenFileName(parent, title, folder, filter)
        return path

    def file_save(
        self,
        parent: QWidget | None,
        title: str,
        suggested: str = "",
        filter: str = "",
        *,
        confirm_overwrite: bool = True,
    ) -> str:
        """The file to write, "" when cancelled."""
        options = (
            QFileDialog.Option(0) if confirm_overwrite else QFileDialog.Option.DontConfirmOverwrite
        )
        path, _filter = QFileDialog.getSaveFileName(
            parent, title, suggested, filter, options=options
        )
        return path

    def folder(self, parent: QWidget | None, title: str, folder: str = "") -> str:
        """The chosen folder, "" when cancelled."""
        return QFileDialog.getExistingDirectory(parent, title, folder)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def box(self, box: QMessageBox) -> QAbstractButton | None:
        """Shows a prepared message box with its own buttons; the button clicked (None
        when the box was closed otherwise)."""
        box.exec()
        return box.clickedButton()


_current: list[Asker] = [Asker()]


def install(asker: Asker) -> Asker:
    """Makes ``asker`` answer every question from now on; returns the one it replaces."""
    previous = _current[0]
    _current[0] = asker
    return previous


def asker() -> Asker:
    return _current[0]


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    return _current[0].yes_no(parent, title, text)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    return _current[0].text(parent, title, label, text)


def choose_file_open(parent: QWidget | None, title: str, folder: str = "", filter: str = "") -> str:
    return _current[0].file_open(parent, title, folder, filter)


def choose_file_save(
    parent: QWidget | None,
    title: str,
    suggested: str = "",
    filter: str = "",
    *,
    confirm_overwrite: bool = True,
) -> str:
    return _current[0].file_save(
        parent, title, suggested, filter, confirm_overwrite=confirm_overwrite
    )


def choose_folder(parent: QWidget | None, title: str, folder: str = "") -> str:
    return _current[0].folder(parent, title, folder)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    _current[0].inform(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    _current[0].warn(parent, title, text)


def error(parent: QWidget | None, title: str, text: str) -> None:
    _current[0].error(parent, title, text)


def ask_box(box: QMessageBox) -> QAbstractButton | None:
    """Shows a prepared message box (its own buttons, object name, texts) and returns
    the button clicked."""
    return _current[0].box(box)

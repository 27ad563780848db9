"""The ``answers`` fixture: the user's replies to the app's questions, given in advance.

A test queues what the user answers, in order, then clicks the real button that makes
the app ask::

    answers.yes()                      # "Run again?" → Yes
    answers.file_save(tmp_path / "pack.pdf")
    answers.click("Delete")            # a message box with its own buttons
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert "finalised" in answers.texts[0]

A question the test did not expect, or of another kind than the next reply, fails the
test (and gets the safe answer: no, cancel); a reply left over at the end fails it too.
Registered for every test folder by ``tests/conftest.py``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from ui.widgets import ask


@dataclass(frozen=True)
class Asked:
    kind: str  # yes_no, text, file_open, file_save, folder, inform, warn, error, box
    title: str
    text: str  # the question or message (a file dialog: the folder or suggested name)
    detail: str = ""  # a message box's informative text


class ScriptedAnswers:
    """Answers from a queue of (kind, reply); records every question in ``asked``."""

    def __init__(self) -> None:
        self.replies: deque[tuple[str, object]] = deque()
        self.asked: list[Asked] = []
        self.problems: list[str] = []

    # queueing ------------------------------------------------------------------------
    def yes(self) -> ScriptedAnswers:
        return self._queue("yes_no", True)

    def no(self) -> ScriptedAnswers:
        return self._queue("yes_no", False)

    def text(self, reply: str | None) -> ScriptedAnswers:
        """The line the user types (None: they cancel)."""
        return self._queue("text", reply)

    def file_open(self, path: Path | str | None) -> ScriptedAnswers:
        return self._queue("file_open", "" if path is None else str(path))

    def file_save(self, path: Path | str | None) -> ScriptedAnswers:
        return self._queue("file_save", "" if path is None else str(path))

    def folder(self, path: Path | str | None) -> ScriptedAnswers:
        return self._queue("folder", "" if path is None else str(path))

    def ok(self, kind: str = "inform") -> ScriptedAnswers:
        """The user reads a notice (``inform``, ``warn`` or ``error``) and closes it."""
        return self._queue(kind, None)

    def click(self, button_text: str) -> ScriptedAnswers:
        """The user clicks the button labelled ``button_text`` in a message box."""
        return self._queue("box", button_text)

    def close(self) -> ScriptedAnswers:
        """The user closes a message box (a notice such as a store error) unanswered."""
        return self._queue("box", None)

    def _queue(self, kind: str, reply: object) -> ScriptedAnswers:
        self.replies.append((kind, reply))
        return self

    # answering -----------------------------------------------------------------------
    @property
    def texts(self) -> list[str]:
        """What the user was asked or told, in order."""
        return [a.text for a in self.asked]

    def _next(self, kind: str, title: str, text: str, detail: str = "") -> tuple[bool, object]:
        self.asked.append(Asked(kind, title, text, detail))
        if not self.replies:
            return self._fail(f"unexpected {kind} question: {title!r} {text!r}")
        expected, reply = self.replies[0]
        if expected != kind:
            return self._fail(
                f"expected a {expected} question, the app asked {kind}: {title!r} {text!r}"
            )
        self.replies.popleft()
        return True, reply

    def _fail(self, problem: str) -> tuple[bool, object]:
        self.problems.append(problem)
        return False, None

    def answer(self, kind: str, title: str, text: str, safe: object) -> object:
        ok, reply = self._next(kind, title, text)
        return reply if ok else safe

    def answer_box(self, box: QMessageBox) -> QAbstractButton | None:
        ok, reply = self._next("box", box.windowTitle(), box.text(), box.informativeText())
        if not ok or reply is None:
            return None
        for button in box.buttons():
            if button.text().replace("&", "") == reply:
                return button
        self.problems.append(f"no button {reply!r} in the box {box.objectName()!r}: {box.text()!r}")
        return None

    def check(self) -> None:
        left = [f"{kind}: {reply!r}" for kind, reply in self.replies]
        assert not self.problems, "; ".join(self.problems)
        assert not left, f"the app never asked for these answers: {left}"


class _Channel(ask.Asker):
    """The channel's questions, answered from the script."""

    def __init__(self, script: ScriptedAnswers) -> None:
        self.script = script

    def yes_no(self, parent: QWidget | None, title: str, text: str) -> bool:
        return bool(self.script.answer("yes_no", title, text, False))

    def text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        reply = self.script.answer("text", title, label, None)
        return None if reply is None else str(reply)

    def file_open(
        self, parent: QWidget | None, title: str, folder: str = "", filter: str = ""
    ) -> str:
        return str(self.script.answer("file_open", title, folder, ""))

    def file_save(
        self,
        parent: QWidget | None,
        title: str,
        suggested: str = "",
        filter: str = "",
        *,
        confirm_overwrite: bool = True,
    ) -> str:
        return str(self.script.answer("file_save", title, suggested, ""))

    def folder(self, parent: QWidget | None, title: str, folder: str = "") -> str:
        return str(self.script.answer("folder", title, folder, ""))

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.script.answer("inform", title, text, None)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.script.answer("warn", title, text, None)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.script.answer("error", title, text, None)

    def box(self, box: QMessageBox) -> QAbstractButton | None:
        return self.script.answer_box(box)


@pytest.fixture
def answers() -> Iterator[ScriptedAnswers]:
    """The user's answers, queued by the test; fails on an unexpected or unused one."""
    script = ScriptedAnswers()
    previous = ask.install(_Channel(script))
    try:
        yield script
    finally:
        ask.install(previous)
    script.check()

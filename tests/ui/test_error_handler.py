"""The safety net: an exception in a slot is logged with its traceback and shown in one
calm dialog naming the log; a background job reports the real error; Qt's warnings
go to the log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, qWarning
from PySide6.QtWidgets import QPushButton

from kam.logs import setup_logging
from ui.exchange.worker import Worker
from ui.shell.error_handler import ErrorReporter, install_error_handler, reporter
from ui.shell.language import install_language


@pytest.fixture
def handler(qapp: object) -> Iterator[ErrorReporter]:
    setup_logging()
    uninstall = install_error_handler()
    current = reporter()
    assert current is not None
    yield current
    if current.box is not None:
        current.box.close()
    uninstall()


def _log(folder: Path) -> str:
    return (folder / "kam.log").read_text(encoding="utf-8")


def _broken_slot() -> None:
    raise KeyError("no such visit")


def test_an_exception_in_a_slot_is_logged_and_shown_once(
    qtbot: QtBot, handler: ErrorReporter, _log_folder: Path
) -> None:
    install_language("zh_CN")
    button = QPushButton("go")
    qtbot.addWidget(button)
    button.clicked.connect(_broken_slot)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handler.box is not None and handler.box.isVisible())
    assert handler.box is not None
    assert handler.box.text() == "出了点问题：KeyError: 'no such visit'"
    assert str(_log_folder / "kam.log") in handler.box.informativeText()
    assert "已保存的数据没有丢失" in handler.box.informativeText()
    assert "Traceback" in _log(_log_folder) and "_broken_slot" in _log(_log_folder)
    # A second failure while the first is on screen does not stack a second dialog.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handler.missed == 1)


def test_qt_warnings_go_to_the_log(handler: ErrorReporter, _log_folder: Path) -> None:
    qWarning("a Qt complaint")
    assert "Qt: a Qt complaint" in _log(_log_folder)


def test_a_background_job_reports_its_real_error(qtbot: QtBot, _log_folder: Path) -> None:
    def job(_progress: object) -> None:
        raise ValueError("column 7 has no header")

    worker = Worker(job)
    with qtbot.waitSignal(worker.failed) as failed:
        worker.start()
    worker.wait()
    message = failed.args[0]
    assert "ValueError: column 7 has no header" in message
    assert "database" not in message and str(_log_folder / "kam.log") in message
    assert "Traceback" in _log(_log_folder)

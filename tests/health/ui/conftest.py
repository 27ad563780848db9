"""UI fixtures for the health screens: an isolated settings store and the app's look."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from kam.store import Database
from ui.app import setup_application
from ui.context import AppContext
from ui.shell.language import install_language


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    setup_application(qapp)
    install_language("en")
    yield
    install_language("en")


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform cannot size native windows and says so on every show().
    for item in items:
        if "tests/health/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))

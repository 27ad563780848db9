"""The desktop app opened on a team server: every page builds and the window names the
server without its password."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kam.store import open_database
from tests.team.test_cli_on_server import demo_server  # noqa: F401  (module fixture)
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages import PAGES

pytestmark = [pytest.mark.postgres, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_every_page_opens_on_the_demo_company_on_a_server(
    qtbot: QtBot,
    demo_server: str,  # noqa: F811  (the imported module fixture)
    tmp_path: Path,
) -> None:
    url = demo_server.replace("postgres@", "postgres:hidden@")
    db = open_database(url)
    try:
        window = MainWindow(AppContext(db))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        for row in range(len(PAGES)):
            window.nav.setCurrentRow(row)
            qtbot.wait(50)
        assert len(window.pages) == len(PAGES)
        assert "hidden" not in window.db_label.text()
        assert window.db_label.text().startswith("postgresql://postgres:***@")
        window.nav.setCurrentRow(0)
        qtbot.wait(300)
        window.grab().save(str(tmp_path / "home.png"))
    finally:
        db.close()

"""The meeting window fits a 1280-wide projector in English too (the longer labels once
made it 1,368 px at least: seen on the 1280×800 screenshots of issue 13)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kam.store import Database
from ui.context import AppContext
from ui.rating.page import RatingPage
from ui.shell.language import install_language


def test_meeting_fits_1280_wide(qtbot: QtBot, demo_db: Database) -> None:
    for lang in ("en", "zh_CN"):
        install_language(lang)
        page = RatingPage(AppContext(demo_db))
        qtbot.addWidget(page)
        page.show()
        page.open_meeting()
        meeting = page.meeting
        assert meeting is not None
        qtbot.addWidget(meeting)
        assert meeting.minimumSizeHint().width() <= 1280, lang
        meeting.close()

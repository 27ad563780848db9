"""The UI's change notifications are typed: every ``data_changed`` names a Topic."""

from __future__ import annotations

import re
from pathlib import Path

from ui.context import Topic

ROOT = Path(__file__).resolve().parents[2]


def test_no_screen_announces_a_change_with_a_bare_string() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"data_changed\.emit\(\s*['\"]", line)
    ]
    assert found == []


def test_a_topic_is_still_its_old_word() -> None:
    # Receivers written against the words keep working while they move to the enum.
    assert Topic.VISITS == "visits" and Topic("records") is Topic.RECORDS

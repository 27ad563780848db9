"""Where the desktop app keeps its own preferences (window state, language, recent files).

Named explicitly (not from QCoreApplication's names) so that tests, the CLI-launched
app and the bundle read the same store; tests redirect it with ``QSettings.setPath``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "KAM Desk"
APPLICATION = "KAM Desk"
MAX_RECENT = 8


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def string_list(settings: QSettings, key: str) -> list[str]:
    """A stored list of strings without empty entries (QSettings gives a single entry
    back as a plain string, and nothing stored as the default)."""
    value = settings.value(key, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value if v] if isinstance(value, Iterable) else []


def recent_databases() -> list[str]:
    return string_list(app_settings(), "recentDatabases")


def add_recent_database(path: str | Path) -> None:
    entry = str(Path(path).resolve())
    entries = [entry] + [p for p in recent_databases() if p != entry]
    app_settings().setValue("recentDatabases", entries[:MAX_RECENT])


def stored_language() -> str:
    """'zh_CN', 'en', or '' to follow the system."""
    return str(app_settings().value("language", "") or "")


def store_language(lang: str) -> None:
    app_settings().setValue("language", lang)

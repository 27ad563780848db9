"""The core's message catalogue: user-visible words of the CLI, PDFs and import errors.

Qt's ``tr()`` covers ``ui/``; the core must translate without Qt, so it keeps its own
small catalogue. Messages are written in English in the code and looked up in the
``zh_CN`` tables below; an untranslated message falls back to English.

Each feature keeps its own table (``kam/<feature>/zh.py`` holding a ``MESSAGES`` dict);
the kernel's shared words are in ``kam/i18n/zh_*.py``. Areas never edit one shared file.
"""

from __future__ import annotations

import importlib
import locale
import os
import pkgutil
from enum import Enum
from functools import cache

SUPPORTED = ("zh_CN", "en")
_current = {"lang": ""}


def system_language() -> str:
    """zh_CN when the system locale is Chinese, else en."""
    for var in ("KAM_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    loc = (locale.getlocale()[0] or "").lower()
    return "zh_CN" if loc.startswith("zh") else "en"


def set_language(lang: str | None) -> str:
    """Sets the core's language (``zh_CN`` or ``en``; None follows the system)."""
    chosen = lang or system_language()
    if chosen.lower().startswith("zh"):
        chosen = "zh_CN"
    elif chosen not in SUPPORTED:
        chosen = "en"
    _current["lang"] = chosen
    return chosen


def language() -> str:
    if not _current["lang"]:
        set_language(None)
    return _current["lang"]


@cache
def _table() -> dict[str, str]:
    merged: dict[str, str] = {}
    for name in catalogue_modules():
        merged.update(importlib.import_module(name).MESSAGES)
    return merged


def catalogue_modules() -> list[str]:
    """The modules holding Chinese tables: the kernel's ``kam.i18n.zh_*`` and each
    feature's ``kam.<feature>.zh`` (and ``zh_*``)."""
    names = [f"{__name__}.{info.name}" for info in pkgutil.iter_modules(__path__)
             if info.name.startswith("zh_")]
    # Found without importing the feature packages (some import a lot, e.g. the demo).
    core = importlib.import_module("kam")
    for info in pkgutil.iter_modules(core.__path__):
        if not info.ispkg or info.name == "i18n":
            continue
        folders = [os.path.join(path, info.name) for path in core.__path__]
        names += [f"kam.{info.name}.{sub.name}" for sub in pkgutil.iter_modules(folders)
                  if sub.name == "zh" or sub.name.startswith("zh_")]
    return names


def _(message: str, lang: str | None = None) -> str:
    """Translates ``message`` into ``lang`` (default: the current language)."""
    if (lang or language()) == "zh_CN":
        return _table().get(message, message)
    return message


def label(value: Enum | str | None, lang: str | None = None) -> str:
    """The user-facing label of an enumeration value (e.g. ``Layer.LEADER`` → 领导层)."""
    if value is None or value == "":
        return ""
    key = value.value if isinstance(value, Enum) else str(value)
    if (lang or language()) == "zh_CN":
        return _table().get(f"enum:{key}", key)
    return ENGLISH_LABELS.get(key, key.replace("_", " "))


def chinese_label(value: Enum | str) -> str:
    return label(value, "zh_CN")


ENGLISH_LABELS: dict[str, str] = {
    "leader": "Leader layer",
    "technical": "Technical layer",
    "business": "Business layer",
    "development": "Development",
    "initial": "Initial cooperation",
    "stable": "Stable cooperation",
    "strategic": "Strategic cooperation",
    "buy_sell": "Buy-sell",
    "preferred": "Preferred supplier",
    "partner": "Partner",
    "alliance": "Strategic alliance",
    "non_customer": "Non-customer",
    "potential": "Potential",
    "target": "Target",
    "first_time": "First-time",
    "repeat": "Repeat",
    "loyal": "Loyal",
    "lost": "Lost",
    "decision_maker": "Decision maker",
    "influencer": "Influencer",
    "user": "User",
    "gatekeeper": "Gatekeeper",
    "coach": "Coach",
    "supporter": "Supporter",
    "neutral": "Neutral",
    "opponent": "Opponent",
    "active": "Active",
    "changed_post": "Changed post",
    "left": "Left",
    "running": "Running",
    "building": "Under construction",
    "planned": "Planned",
    "stopped": "Stopped",
    "done": "Done",
    "postponed": "Postponed",
    "cancelled": "Cancelled",
    "open": "Open",
    "resolved": "Resolved",
    "product": "Product",
    "service": "Service",
    "promise": "Promise",
}

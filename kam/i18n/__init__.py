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
    names = [
        f"{__name__}.{info.name}"
        for info in pkgutil.iter_modules(__path__)
        if info.name.startswith("zh_")
    ]
    # Found without importing the feature packages (some import a lot, e.g. the demo).
    core = importlib.import_module("kam")
    for info in pkgutil.iter_modules(core.__path__):
        if not info.ispkg or info.name == "i18n":
            continue
        folders = [os.path.join(path, info.name) for path in core.__path__]
        names += [
            f"kam.{info.name}.{sub.name}"
            for sub in pkgutil.iter_modules(folders)
            if sub.name == "zh" or sub.name.startswith("zh_")
        ]
    return names


def _(message: str, lang: str | None = None) -> str:
    """Translates ``message`` into ``lang`` (default: the current language)."""
    if (lang or language()) == "zh_CN":
        return _table().get(message, message)
    return message


def label(
    value: Enum | str | None, lang: str | None = None, *, kind: type[Enum] | None = None
) -> str:
    """The user-facing label of an enumeration value (e.g. ``Layer.LEADER`` → 领导层).

    Labels are keyed by the enumeration and the value (``LineStatus.planned``), so two
    enumerations sharing a value may label it differently: pass the member, or a stored
    value with its ``kind``. A bare value is looked up among all enumerations; one that
    several of them hold with different labels is a programming error (ValueError).
    """
    if value is None or value == "":
        return ""
    if isinstance(value, Enum):
        key = f"{type(value).__name__}.{value.value}"
    elif kind is not None:
        key = f"{kind.__name__}.{value}"
    else:
        key = _key_of_value(str(value), lang)
    bare = key.split(".", 1)[-1]
    if (lang or language()) == "zh_CN":
        return _table().get(f"enum:{key}", bare)
    return ENGLISH_LABELS.get(key, bare.replace("_", " "))


def _key_of_value(value: str, lang: str | None) -> str:
    keys = _keys_by_value().get(value)
    if not keys:
        return value
    if len(keys) > 1:
        zh = (lang or language()) == "zh_CN"
        labels = {_table().get(f"enum:{k}") if zh else ENGLISH_LABELS.get(k) for k in keys}
        if len(labels) > 1:
            raise ValueError(
                f"label({value!r}) is ambiguous ({', '.join(keys)}): pass the enum member or kind="
            )
    return keys[0]


@cache
def _keys_by_value() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key in ENGLISH_LABELS:
        out.setdefault(key.split(".", 1)[1], []).append(key)
    return out


def chinese_label(value: Enum | str) -> str:
    return label(value, "zh_CN")


ENGLISH_LABELS: dict[str, str] = {
    "Layer.leader": "Leader layer",
    "Layer.technical": "Technical layer",
    "Layer.business": "Business layer",
    "Stage.development": "Development",
    "Stage.initial": "Initial cooperation",
    "Stage.stable": "Stable cooperation",
    "Stage.strategic": "Strategic cooperation",
    "RelationshipType.buy_sell": "Buy-sell",
    "RelationshipType.preferred": "Preferred supplier",
    "RelationshipType.partner": "Partner",
    "RelationshipType.alliance": "Strategic alliance",
    "Lifecycle.non_customer": "Non-customer",
    "Lifecycle.potential": "Potential",
    "Lifecycle.target": "Target",
    "Lifecycle.first_time": "First-time",
    "Lifecycle.repeat": "Repeat",
    "Lifecycle.loyal": "Loyal",
    "Lifecycle.lost": "Lost",
    "DecisionRole.decision_maker": "Decision maker",
    "DecisionRole.influencer": "Influencer",
    "DecisionRole.user": "User",
    "DecisionRole.gatekeeper": "Gatekeeper",
    "DecisionRole.coach": "Coach",
    "Attitude.supporter": "Supporter",
    "Attitude.neutral": "Neutral",
    "Attitude.opponent": "Opponent",
    "ContactStatus.active": "Active",
    "ContactStatus.changed_post": "Changed post",
    "ContactStatus.left": "Left",
    "LineStatus.running": "Running",
    "LineStatus.building": "Under construction",
    "LineStatus.planned": "Planned",
    "LineStatus.stopped": "Stopped",
    "VisitStatus.planned": "Planned",
    "VisitStatus.done": "Done",
    "VisitStatus.postponed": "Postponed",
    "VisitStatus.cancelled": "Cancelled",
    "IssueStatus.open": "Open",
    "IssueStatus.resolved": "Resolved",
    "ComplaintCause.product": "Product",
    "ComplaintCause.service": "Service",
    "ComplaintCause.promise": "Promise",
}

"""Gate: no English left in the Chinese product, core and Qt alike.

Core (``kam/``): every literal passed to ``_()`` or a report writer's ``.t()`` has its
zh_CN entry in ``kam/i18n/zh_*.py``; every call with a computed message (which no scan
can read) is declared below with the strings it can receive, so a new one is either
declared and translated or fails here ("unmarked"); every enumeration value has its
label.

Qt (``ui/``): every ``.ts`` file is up to date with the sources (``lupdate`` finds no
new string) and has no unfinished or empty translation.
"""

from __future__ import annotations

import ast
import importlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path

import pytest

from kam.i18n import _table

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def _values(module: str, name: str) -> Callable[[], Iterable[str]]:
    def read() -> Iterable[str]:
        found = getattr(importlib.import_module(module), name)
        return found.values() if isinstance(found, dict) else found

    return read


def _english_sources(module: str) -> Callable[[], Iterable[str]]:
    return lambda: importlib.import_module(module).english_sources()


def _counted_labels() -> Iterable[str]:
    from kam.safety.restore import COUNTED

    return [text for _table_name, text in COUNTED]


def _cadence_states() -> Iterable[str]:
    from kam.visits.rules import CadenceState

    return [f"state:{s.value}" for s in CadenceState]


def _profile_titles() -> Iterable[str]:
    from kam.profile.sections import CHANGES, SECTIONS

    return [title for title, _f in SECTIONS.values()] + [c for c in CHANGES.values() if c]


# (file, the computed argument as written) → the strings it can be.
COMPUTED: dict[tuple[str, str], Callable[[], Iterable[str]]] = {
    ("kam/sync/team_cli.py", "member.kind"): lambda: ["salesperson", "director"],
    # argparse's plural messages that reach a user (the others are programming errors).
    ("kam/cli/parser.py", "singular if n == 1 else plural"): lambda: [
        "expected %s argument",
        "expected %s arguments",
    ],
    ("kam/exchange/values.py", "labels[value]"): lambda: [
        *importlib.import_module("kam.health.rules")._KIND_LABELS.values(),
        *importlib.import_module("kam.health.rules")._SEVERITY_LABELS.values(),
    ],
    ("kam/store/database.py", "_SERVER_MEANING[operation]"): _values(
        "kam.store.database", "_SERVER_MEANING"
    ),
    ("kam/store/kinds.py", "RECORD_KINDS.get(table, table)"): _values(
        "kam.store.kinds", "RECORD_KINDS"
    ),
    ("kam/cli/messages.py", "reason"): _values("kam.cli.messages", "_REASONS"),
    ("kam/safety/cli.py", "text"): lambda: [
        "encrypt the database with a passphrase (SQLCipher)",
        "remove the encryption",
        "change the passphrase",
    ],
    ("kam/safety/cli.py", "label"): _counted_labels,
    ("kam/visits/cli.py", "'state:' + lc.state"): _cadence_states,
    ("kam/health/coverage.py", "_LABELS.get(key, key)"): _english_sources("kam.health.coverage"),
    ("kam/health/guide.py", "share"): _english_sources("kam.health.guide"),
    ("kam/health/guide.py", "aim"): _english_sources("kam.health.guide"),
    ("kam/health/guide.py", "t"): _english_sources("kam.health.guide"),
    ("kam/health/opportunity_catalogue.py", "label"): _english_sources(
        "kam.health.opportunity_catalogue"
    ),
    ("kam/health/opportunity_catalogue.py", "hint"): _english_sources(
        "kam.health.opportunity_catalogue"
    ),
    ("kam/health/opportunity_catalogue.py", "entry[0]"): _english_sources(
        "kam.health.opportunity_catalogue"
    ),
    ("kam/health/opportunity_catalogue.py", "text"): _english_sources(
        "kam.health.opportunity_catalogue"
    ),
    ("kam/health/rules.py", "text"): _english_sources("kam.health.rules"),
    ("kam/health/rules.py", "self.message"): _english_sources("kam.health.rules"),
    ("kam/health/thresholds.py", "LIMITS[name][0]"): _english_sources("kam.health.thresholds"),
    ("kam/store/backup.py", "REASON_LABELS.get(reason, reason)"): _values(
        "kam.store.backup", "REASON_LABELS"
    ),
    ("kam/rating/format.py", "CHANGE_LABELS.get(change, change)"): _values(
        "kam.rating.format", "CHANGE_LABELS"
    ),
    ("kam/rating/scheme.py", "MEASURE_LABELS.get(measure, measure)"): _values(
        "kam.rating.scheme", "MEASURE_LABELS"
    ),
    ("kam/rating/pdf_charts.py", "LAYER_LABELS.get(layer, layer)"): _values(
        "kam.rating.pdf_charts", "LAYER_LABELS"
    ),
    ("kam/rating/manual_scores.py", "SCORE_LABELS[name]"): _values(
        "kam.rating.manual_scores", "SCORE_LABELS"
    ),
    # The profile writer's t(): its literal calls are scanned, these are the others.
    ("kam/profile/format.py", "message"): lambda: [],
    ("kam/profile/pdf.py", "SECTIONS[key][0]"): _profile_titles,
    ("kam/profile/pdf.py", "title"): _profile_titles,
    ("kam/profile/sections.py", "title"): _profile_titles,
    ("kam/profile/sections.py", "CHANGES.get(r.change, '')"): _profile_titles,
}


def _calls() -> tuple[list[tuple[str, int, str]], list[tuple[str, int, str]]]:
    """(literal messages, computed messages) of every ``_()`` and ``.t()`` call in kam/."""
    literal, computed = [], []
    for path in sorted((ROOT / "kam").rglob("*.py")):
        if "i18n" in path.parts:
            continue
        name = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            if not (
                (isinstance(func, ast.Name) and func.id == "_")
                or (isinstance(func, ast.Attribute) and func.attr == "t")
            ):
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                literal.append((name, node.lineno, arg.value))
            else:
                computed.append((name, node.lineno, ast.unparse(arg)))
    return literal, computed


# Words that stay as they are in Chinese text.
KEPT = {"UUID", "PDF"}
_PLACEHOLDER = re.compile(r"\{[^}]*\}|%\d+|%[sd]|&(?=\w)")
_CHINESE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _is_chinese_for(source: str, translation: str) -> bool:
    """Whether ``translation`` is a real zh_CN text for ``source``: present, and in
    Chinese unless the source has no words (numbers, placeholders, punctuation)."""
    if not translation.strip():
        return False
    words = _PLACEHOLDER.sub("", source)
    return (
        bool(_CHINESE.search(translation))
        or translation in KEPT
        or not re.search(r"[A-Za-z]{2,}", words)
    )


def _untranslated(texts: Iterable[str]) -> list[str]:
    table = _table()
    return [t for t in texts if t and not _is_chinese_for(t, table.get(t, ""))]


def test_every_core_message_has_its_chinese() -> None:
    literal, _computed = _calls()
    missing = [f"{path}:{line}: {text!r}" for path, line, text in literal if _untranslated([text])]
    assert missing == []


def test_every_computed_core_message_is_declared_and_translated() -> None:
    _literal, computed = _calls()
    unmarked = sorted(
        {
            f"{path}:{line}: _({expr})"
            for path, line, expr in computed
            if (path, expr) not in COMPUTED
        }
    )
    assert unmarked == [], "declare these in COMPUTED with the strings they receive"
    missing = sorted(
        {
            f"{path} {expr}: {text!r}"
            for (path, expr), source in COMPUTED.items()
            for text in _untranslated(source())
        }
    )
    assert missing == []


def test_every_enumeration_value_has_a_chinese_label() -> None:
    from kam.domain import enums

    table = _table()
    missing = [
        f"{enum.__name__}.{member.name}"
        for enum in vars(enums).values()
        if isinstance(enum, type) and issubclass(enum, StrEnum) and enum is not StrEnum
        for member in enum
        if not _is_chinese_for(member.value, table.get(f"enum:{enum.__name__}.{member.value}", ""))
    ]
    assert missing == []


def test_enumerations_sharing_a_value_are_labelled_by_their_type(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """LineStatus.PLANNED and VisitStatus.PLANNED share "planned" but not their label table
    entry: a production line may be labelled differently from a visit."""
    from kam.domain.enums import LineStatus, VisitStatus
    from kam.i18n import ENGLISH_LABELS, label

    assert (
        label(VisitStatus.PLANNED, "zh_CN") == label("planned", "zh_CN", kind=VisitStatus) == "计划"
    )
    monkeypatch.setitem(_table(), "enum:LineStatus.planned", "规划中")
    monkeypatch.setitem(ENGLISH_LABELS, "LineStatus.planned", "Being planned")
    assert label(LineStatus.PLANNED, "zh_CN") == "规划中"
    assert label(VisitStatus.PLANNED, "zh_CN") == "计划"
    assert label("planned", "en", kind=LineStatus) == "Being planned"
    assert label("planned", "en", kind=VisitStatus) == "Planned"
    with pytest.raises(ValueError, match="ambiguous"):  # a bare value cannot say which
        label("planned", "en")
    assert label("leader", "zh_CN") == "领导层"  # a value only one enumeration holds


def _messages(ts: Path) -> list[tuple[str, str, ET.Element | None]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found.append((name, message.findtext("source", ""), message.find("translation")))
    return found


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*_zh_CN.ts")), ids=lambda p: p.stem)
def test_qt_translations_are_finished(ts: Path) -> None:
    unfinished = [
        f"{context}: {source!r}"
        for context, source, translation in _messages(ts)
        if translation is None
        or not _is_chinese_for(source, translation.text or "")
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


def _lupdate() -> str | None:
    local = Path(sys.executable).parent / "pyside6-lupdate"
    return str(local) if local.exists() else shutil.which("pyside6-lupdate")


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*_zh_CN.ts")), ids=lambda p: p.stem)
def test_qt_translations_hold_every_string_of_the_sources(ts: Path, tmp_path: Path) -> None:
    tool = _lupdate()
    assert tool, "pyside6-lupdate is missing"
    area = ts.name.removesuffix("_zh_CN.ts")
    sources = sorted(str(p) for p in (ROOT / "ui" / area).rglob("*.py"))
    if (ROOT / "ui" / f"{area}.py").exists():
        sources.append(str(ROOT / "ui" / f"{area}.py"))
    fresh = tmp_path / ts.name
    subprocess.run(
        [tool, *sources, "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True
    )
    have = {(c, s) for c, s, _t in _messages(ts)}
    new = sorted(f"{c}: {s!r}" for c, s, _t in _messages(fresh) if (c, s) not in have)
    assert new == [], f"run: python scripts/translations.py fill {area}"


# Computed messages in ui/ that lupdate cannot read, with where their strings are marked.
QT_COMPUTED = {}


def test_every_qt_message_is_visible_to_lupdate() -> None:
    """A ``tr()``/``translate()`` of a variable (a ``_tr(text)`` helper) hides its
    strings from lupdate, so they stay English in the Chinese UI."""
    hidden = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            position = {"tr": 0, "translate": 1}.get(called)
            if position is None or len(node.args) <= position:
                continue
            arg = node.args[position]
            expr = ast.unparse(arg)
            if (
                not (isinstance(arg, ast.Constant) and isinstance(arg.value, str))
                and (name, expr) not in QT_COMPUTED
            ):
                hidden.append(f"{name}:{node.lineno}: {called}({expr})")
    assert hidden == []

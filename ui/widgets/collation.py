"""Chinese-aware sorting for the UI through Qt's collator (ICU: pinyin order).

kam.text.pinyin.sort_key gives the same order but loads pypinyin's phrase tables
(~0.4 s); the UI sorts filter values and small lists at start-up, so it uses the
collator that Qt already has loaded.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale


@cache
def _collator() -> QCollator:
    collator = QCollator(QLocale("zh_CN"))
    collator.setNumericMode(True)
    return collator


class _Key:
    """Wraps a QCollatorSortKey so Python's sort can compare it."""

    __slots__ = ("key",)

    def __init__(self, key: QCollatorSortKey) -> None:
        self.key = key

    def __lt__(self, other: _Key) -> bool:
        return self.key.compare(other.key) < 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Key) and self.key.compare(other.key) == 0

    __hash__ = None  # type: ignore[assignment]


@cache
def collation_key(text: str) -> _Key:
    return _Key(_collator().sortKey(text))


def sorted_chinese(values: set[str] | list[str]) -> list[str]:
    return sorted(values, key=collation_key)

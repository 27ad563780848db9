"""Pinyin keys for searching and sorting Chinese names.

Users type ``hbgt`` or ``hebei`` for 河北钢铁; lists sort 鞍钢 before 包钢 before 沙钢,
the order a Chinese reader expects, not Unicode code-point order.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def syllables(text: str) -> tuple[str, ...]:
    """Tone-less pinyin per character; non-Chinese runs pass through lower-cased."""
    # Imported on first use: loading pypinyin's phrase tables takes ~0.4 s, which the
    # desktop app's start-up must not pay (search uses the stored keys instead).
    from pypinyin import Style, lazy_pinyin

    return tuple(s.lower() for s in lazy_pinyin(text, style=Style.NORMAL, errors="default"))


def full_pinyin(text: str) -> str:
    """``河北钢铁`` → ``hebeigangtie`` (spaces and punctuation dropped)."""
    return "".join(ch for s in syllables(text) for ch in s if ch.isalnum())


def initials(text: str) -> str:
    """``河北钢铁`` → ``hbgt``; Latin words give their first letter (``A钢`` → ``ag``)."""
    out = []
    for s in syllables(text):
        word = "".join(ch for ch in s if ch.isalnum())
        if not word:
            continue
        # lazy_pinyin keeps a run of Latin/digits as one item: take every char of digits,
        # the first letter of words.
        out.append(word if word.isdigit() else word[0])
    return "".join(out)


def sort_key(text: str) -> str:
    """A key that orders Chinese names by pinyin (ties by the text itself)."""
    return " ".join(syllables(text)) + "\x00" + text


def stored_sort_key(pinyin: str, text: str) -> tuple[str, str]:
    """A pinyin sort key from the stored full-pinyin column (no pypinyin call per row).

    ``pinyin`` is the value :func:`search_keys` stored, whose first word is the full
    pinyin of the name; it orders like :func:`sort_key` except at rare syllable
    boundaries (``xian`` vs ``xi an``).
    """
    return pinyin.split(" ", 1)[0], text


def search_keys(*texts: str) -> tuple[str, str]:
    """The (full pinyin, initials) pair stored beside a record for indexed search."""
    full = " ".join(full_pinyin(t) for t in texts if t)
    ini = " ".join(initials(t) for t in texts if t)
    return full, ini

"""What an account search matches: the one definition behind the SQL filter of
:func:`kam.accounts.service.list_accounts` and the in-memory filter of the account
list (``ui/accounts/model.py``), so the two can never find different accounts.

A query matches an account when it (lower-cased), or the same without spaces
("sha gang" → "shagang"), is part of the code, name, short name, full pinyin or pinyin
initials. Exact hits rank first (:func:`match_rank`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, or_

from kam.store.portable import like_any_case

# The account fields a query looks in (names on the Account model and on AccountRow).
SEARCH_FIELDS = ("code", "name", "short_name", "pinyin", "pinyin_initials")


def search_terms(query: str) -> tuple[str, ...]:
    """What to look for: the lower-cased query and its spaceless form; () for a blank one."""
    q = query.strip().lower()
    if not q:
        return ()
    compact = q.replace(" ", "")
    return (q,) if compact == q else (q, compact)


def haystack(row: Any) -> str:
    """Everything a query may match, lower-cased; \\x01 keeps fields from running together."""
    return "\x01".join(str(getattr(row, name)).lower() for name in SEARCH_FIELDS)


def matches(hay: str, terms: tuple[str, ...]) -> bool:
    """Whether a row's :func:`haystack` holds one of the :func:`search_terms` (all for none)."""
    return bool(matching([hay], terms, [0]))


def matching(hays: Sequence[str], terms: tuple[str, ...], order: Sequence[int]) -> list[int]:
    """The indices in ``order`` whose haystack :func:`matches` the terms. A keystroke in
    the account list filters 10,000 rows: substring tests in a comprehension keep it
    within a frame."""
    if not terms:
        return list(order)
    if len(terms) == 1:
        term = terms[0]
        return [i for i in order if term in hays[i]]
    first, second = terms  # the query and its spaceless form
    return [i for i in order if first in hays[i] or second in hays[i]]


def search_clause(model: Any, terms: tuple[str, ...]) -> ColumnElement[bool]:
    """The SQL form of :func:`matches` over ``model``'s :data:`SEARCH_FIELDS` (a LIKE
    per field and term, any case)."""
    return or_(
        *(
            like_any_case(getattr(model, name), f"%{term}%")
            for name in SEARCH_FIELDS
            for term in terms
        )
    )


def rank_keys(row: Any) -> tuple[str, str]:
    """What :func:`rank` looks at, built once per row: the code, name, short name and
    initials, each between \x01s; then the same followed by the spaceless pinyin."""
    words = "\x01" + "\x01".join(
        [row.code.lower(), row.name, row.short_name, *row.pinyin_initials.split()]
    )
    return words + "\x01", f"{words}\x01{row.pinyin.replace(' ', '')}"


def rank(keys: tuple[str, str], q: str) -> int:
    """:func:`match_rank` over :func:`rank_keys`: two substring tests, as a keystroke in
    a list of 10,000 accounts ranks most of them (a field begins after \x01, and a query
    holds none, so a hit cannot span two fields)."""
    words, starts = keys
    if f"\x01{q}\x01" in words:
        return 0
    return 1 if f"\x01{q}" in starts else 2


def match_rank(row: Any, q: str) -> int:
    """0 when ``q`` (lower-case) is exactly a code, name, short name or initials of the
    account; 1 when one of them, or the spaceless pinyin, starts with it; 2 otherwise."""
    return rank(rank_keys(row), q)

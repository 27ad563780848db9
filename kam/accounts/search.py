"""What an account search matches: the one definition behind the SQL filter of
:func:`kam.accounts.service.list_accounts` and the in-memory filter of the account
list (``ui/accounts/model.py``), so the two can never find different accounts.

A query matches an account when it (lower-cased), or the same without spaces
("sha gang" → "shagang"), is part of the code, name, short name, full pinyin or pinyin
initials. Exact hits rank first (:func:`match_rank`).
"""

from __future__ import annotations

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
    return not terms or any(term in hay for term in terms)


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


def match_rank(row: Any, q: str) -> int:
    """0 when ``q`` (lower-case) is exactly a code, name, short name or initials of the
    account; 1 when one of them starts with it; 2 otherwise."""
    words = [row.code.lower(), row.name, row.short_name, *row.pinyin_initials.split()]
    if q in words:
        return 0
    if any(w.startswith(q) for w in words) or row.pinyin.replace(" ", "").startswith(q):
        return 1
    return 2

"""Finding the account a row belongs to: its code, or a unique name or short name, among
the accounts already stored and those the same file brings along."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam.domain import Account
from kam.i18n import _


class AccountRefs:
    """Resolves the ``account`` cell of a row to an account code."""

    def __init__(self, session: Session, file_accounts: dict[str, tuple[str, str]]) -> None:
        # code → (name, short name); the file's version wins over the stored one.
        known: dict[str, tuple[str, str]] = {}
        # code → id of the accounts already stored
        self.stored: dict[str, int] = {}
        # code → (id, name) of the stored accounts, for validate_account
        self.holders: dict[str, tuple[int, str]] = {}
        for account_id, code, name, short in session.execute(
            select(Account.id, Account.code, Account.name, Account.short_name)
        ):
            known[code] = (name, short or "")
            self.stored[code] = account_id
            self.holders[code] = (account_id, name)
        known.update(file_accounts)
        self.codes = set(known)
        self._by_name: dict[str, set[str]] = defaultdict(set)
        for code, (name, short) in known.items():
            for word in (name, short):
                if word:
                    self._by_name[word.strip()].add(code)

    def resolve(self, ref: object) -> str:
        """The account code ``ref`` stands for; raises LookupError with the reason."""
        text = str(ref).strip()
        if text in self.codes:
            return text
        found = self._by_name.get(text, set())
        if len(found) == 1:
            return next(iter(found))
        if not found:
            raise LookupError(_("unknown account: {name}").format(name=text))
        raise LookupError(
            _("account name {name} is ambiguous: {codes}").format(
                name=text, codes=", ".join(sorted(found))
            )
        )

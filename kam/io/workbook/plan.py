"""Deciding, row by row, what an import would add and update, and everything wrong
with the file, before anything is written."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam.domain import Account, Contact, Contract, Staff
from kam.i18n import _
from kam.services.accounts import AccountData, validate_account
from kam.text.pinyin import search_keys
from kam.validation import Checker

from .refs import AccountRefs
from .report import ImportReport
from .rows import ParsedRow, ParsedSheet
from .specs import Sheet
from .tables import default, existing_rows

CENT = 0.01


@dataclass
class SheetPlan:
    sheet: Sheet
    title: str
    inserts: list[dict[str, object]] = field(default_factory=list)
    updates: list[tuple[int, dict[str, object]]] = field(default_factory=list)
    unchanged: int = 0


@dataclass
class Plan:
    sheets: list[SheetPlan] = field(default_factory=list)
    new_staff: list[str] = field(default_factory=list)


def _key_part(value: object) -> object:
    if isinstance(value, float):
        return round(value, 2)
    if value is None:
        return ""
    return value.strip() if isinstance(value, str) else value


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, int | float):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a))
    if a is None or b is None:
        return (a in (None, "")) and (b in (None, ""))
    return a == b


def merge_notes(base: str, extras: list[tuple[str, str]]) -> str:
    """``base`` plus a ``header: value`` line per unknown column not already there."""
    lines = base.splitlines() if base else []
    seen = set(lines)  # a set: a row of a million unknown cells must not take minutes
    for header, value in extras:
        line = f"{header}: {value}"
        if line not in seen:
            seen.add(line)
            lines.append(line)
    return "\n".join(lines)


@cache
def _defaults(sheet: Sheet) -> dict[str, object]:
    """Every column of ``sheet`` with what a blank cell means for a new row."""
    return {k: default(sheet, k) for k in sheet.keys}


class Planner:
    def __init__(self, session: Session, report: ImportReport) -> None:
        self.session = session
        self.report = report
        self.plan = Plan()
        self.staff = set(session.scalars(select(Staff.name)))
        self.refs: AccountRefs | None = None
        self.contracts: set[tuple[str, str]] = set()
        self.contacts: set[tuple[str, str]] = set()

    # -- references -------------------------------------------------------------------

    def prepare(self, parsed: list[ParsedSheet]) -> None:
        file_accounts: dict[str, tuple[str, str]] = {}
        for ps in parsed:
            if ps.spec.name == "Accounts":
                for r in ps.rows:
                    code = r.values.get("code")
                    if isinstance(code, str) and code.strip() and not r.bad:
                        file_accounts[code.strip()] = (
                            str(r.values.get("name") or ""), str(r.values.get("short_name") or ""))
        self.refs = AccountRefs(self.session, file_accounts)
        names = {ps.spec.name for ps in parsed}
        if "Payments" in names:
            self.contracts = {
                (code, no) for code, no in self.session.execute(
                    select(Account.code, Contract.contract_no).join(
                        Account, Account.id == Contract.account_id))
            }
            # A contract row with a bad cell still exists for its payments: one problem
            # is reported, not one more for every payment against it.
            self.contracts |= self._file_pairs(parsed, "Contracts", "contract_no")
        if "Contacts" in names:
            self.contacts = {
                (code, name) for code, name in self.session.execute(
                    select(Account.code, Contact.name).join(
                        Account, Account.id == Contact.account_id))
            }
            self.contacts |= self._file_pairs(parsed, "Contacts", "name")

    def _file_pairs(self, parsed: list[ParsedSheet], sheet: str,
                    key: str) -> set[tuple[str, str]]:
        assert self.refs is not None
        pairs = set()
        for ps in parsed:
            if ps.spec.name != sheet:
                continue
            for r in ps.rows:
                ref, value = r.values.get("account"), r.values.get(key)
                if ref and value:
                    try:
                        pairs.add((self.refs.resolve(ref), str(value)))
                    except LookupError:
                        continue
        return pairs

    def _staff(self, ps: ParsedSheet, r: ParsedRow, key: str) -> None:
        name = r.values.get(key)
        if isinstance(name, str) and name and name not in self.staff:
            self.staff.add(name)
            self.plan.new_staff.append(name)

    # -- rows ---------------------------------------------------------------------------

    def sheet(self, ps: ParsedSheet) -> None:
        sheet = ps.spec
        sp = SheetPlan(sheet, ps.title)
        self.plan.sheets.append(sp)
        stored: dict[tuple[object, ...], list[tuple[int, dict[str, object]]]] = defaultdict(list)
        for row_id, values in existing_rows(self.session, sheet):
            stored[self._key(sheet, values)].append((row_id, values))
        seen: dict[tuple[object, ...], int] = {}
        taken: dict[tuple[object, ...], int] = defaultdict(int)
        check = getattr(self, f"_check_{sheet.name.lower()}", None)
        # Rows of a sheet without a unique key match stored rows only by their key and
        # count; with none stored of that kind every row is new and needs no key.
        all_new = sheet.ordinal and not stored
        for r in ps.rows:
            if r.bad or not self._check(ps, r, check):
                continue
            if all_new:
                sp.inserts.append(self._new(ps, r))
                continue
            key = self._key(sheet, r.values)
            if not sheet.ordinal:
                if key in seen:
                    first = sheet.key[0] if sheet.name == "Accounts" else sheet.key[-1]
                    self.report.problem(ps.title, r.row, ps.at(first), _(
                        "duplicates row {row} of this sheet").format(row=seen[key]))
                    continue
                seen[key] = r.row
            matches = stored.get(key, [])
            n = taken[key]
            taken[key] += 1
            if n < len(matches):
                self._update(ps, sp, r, *matches[n])
            else:
                sp.inserts.append(self._new(ps, r))
        self.report.count(self.report.added, ps.title, len(sp.inserts))
        self.report.count(self.report.updated, ps.title, len(sp.updates))
        self.report.count(self.report.unchanged, ps.title, sp.unchanged)

    @staticmethod
    def _key(sheet: Sheet, values: dict[str, object]) -> tuple[object, ...]:
        parts = tuple(_key_part(values.get(k)) for k in sheet.key)
        return parts if sheet.name == "Accounts" else (_key_part(values.get("account")), *parts)

    def _value(self, sheet: Sheet, r: ParsedRow, key: str) -> object:
        value = r.values.get(key)
        return default(sheet, key) if value is None else value

    def _new(self, ps: ParsedSheet, r: ParsedRow) -> dict[str, object]:
        sheet = ps.spec
        given = r.values
        out = {k: d if (v := given.get(k)) is None else v for k, d in _defaults(sheet).items()}
        notes = out.get("notes")
        out["notes"] = merge_notes(str(notes or ""), r.extras) if notes or r.extras else ""
        self._notes_fit(ps, r, str(out["notes"]))
        if sheet.name == "Accounts":
            out["pinyin"], out["pinyin_initials"] = search_keys(
                str(out["name"]), str(out["short_name"]))
        return out

    def _notes_fit(self, ps: ParsedSheet, r: ParsedRow, notes: str) -> None:
        """Unknown columns kept in the notes must not make them longer than a note may
        be: the next export could not be imported again."""
        limit = ps.spec.by_key["notes"].max_len if "notes" in ps.spec.by_key else 20000
        if r.extras and len(notes) > limit:
            self.report.problem(ps.title, r.row, ps.at("notes"), _(
                "the columns KAM Desk does not know would make the notes longer than {n} "
                "characters; remove those columns or shorten them").format(n=limit))

    def _update(self, ps: ParsedSheet, sp: SheetPlan, r: ParsedRow, row_id: int,
                old: dict[str, object]) -> None:
        sheet = ps.spec
        changes: dict[str, object] = {}
        for key in ps.present:
            new = self._value(sheet, r, key)
            if key != "notes" and not _same(new, old.get(key)):
                changes[key] = new
        base = r.values.get("notes") if "notes" in ps.present else old.get("notes")
        notes = merge_notes(str(base or ""), r.extras)
        self._notes_fit(ps, r, notes)
        if notes != (old.get("notes") or ""):
            changes["notes"] = notes
        if sheet.name == "Accounts" and ("name" in changes or "short_name" in changes):
            merged = {**old, **changes}
            changes["pinyin"], changes["pinyin_initials"] = search_keys(
                str(merged["name"]), str(merged.get("short_name") or ""))
        if changes:
            sp.updates.append((row_id, changes))
        else:
            sp.unchanged += 1

    # -- checks -------------------------------------------------------------------------

    def _check(self, ps: ParsedSheet, r: ParsedRow,
               check: Callable[[ParsedSheet, ParsedRow], None] | None) -> bool:
        """Row rules beyond one cell; False (with problems reported) when the row is wrong."""
        before = self.report.problem_count
        sheet, v = ps.spec, r.values
        if sheet.name != "Accounts":
            assert self.refs is not None
            try:
                v["account"] = self.refs.resolve(v["account"])
            except LookupError as exc:
                self.report.problem(ps.title, r.row, ps.at("account"), str(exc))
                return False
        if check is not None:
            check(ps, r)
        return self.report.problem_count == before

    def _check_accounts(self, ps: ParsedSheet, r: ParsedRow) -> None:
        data = AccountData(**{
            k: (self._value(ps.spec, r, k) if k in ps.present else getattr(AccountData, k))
            for k in ps.spec.keys if k in AccountData.__dataclass_fields__
            and k not in ("owner", "grade", "key_account")
        })
        assert self.refs is not None
        # The stored account with this code is the one the row updates, not a clash.
        data.id = self.refs.stored.get(data.code.strip())
        checker: Checker = validate_account(self.session, data)
        for name, message in checker.errors.items():
            self.report.problem(ps.title, r.row, ps.at(name), message)
        self._staff(ps, r, "owner")

    def _check_contacts(self, ps: ParsedSheet, r: ParsedRow) -> None:
        v = r.values
        birthday = v.get("birthday")
        if isinstance(birthday, date) and birthday > date.today():
            self.report.problem(ps.title, r.row, ps.at("birthday"), _("is in the future"))
        boss = v.get("reports_to")
        if boss and (v["account"], boss) not in self.contacts:
            self.report.problem(ps.title, r.row, ps.at("reports_to"), _(
                "{name} is not a contact of this account").format(name=boss))
        if boss and boss == v.get("name"):
            self.report.problem(ps.title, r.row, ps.at("reports_to"),
                                _("a contact cannot report to themself"))
        self._staff(ps, r, "owner")

    def _check_contracts(self, ps: ParsedSheet, r: ParsedRow) -> None:
        v = r.values
        q, p, amount = v.get("quantity"), v.get("unit_price"), v.get("amount")
        computed = round(q * p, 2) if isinstance(q, float) and isinstance(p, float) else None
        if amount is None:
            if computed is None:
                self.report.problem(ps.title, r.row, ps.at("amount") if "amount" in ps.present
                                    else "amount", _(
                    "is empty and cannot be computed without quantity and unit_price"))
            v["amount"] = computed
        elif computed is not None and abs(float(amount) - computed) > CENT:  # type: ignore[arg-type]
            self.report.warn(ps.title, r.row, ps.at("amount"), _(
                "{amount:,.2f} differs from quantity × unit_price = {computed:,.2f}; "
                "the given amount is kept").format(amount=amount, computed=computed))
        v.setdefault("amount", computed)

    def _check_payments(self, ps: ParsedSheet, r: ParsedRow) -> None:
        no = r.values.get("contract_no")
        if no and (r.values["account"], no) not in self.contracts:
            self.report.problem(ps.title, r.row, ps.at("contract_no"), _(
                "no contract {no} for account {code}").format(no=no, code=r.values["account"]))

    def _check_quality(self, ps: ParsedSheet, r: ParsedRow) -> None:
        self._check_resolved(ps, r, "reported_on")

    def _check_complaints(self, ps: ParsedSheet, r: ParsedRow) -> None:
        self._check_resolved(ps, r, "received_on")

    def _check_resolved(self, ps: ParsedSheet, r: ParsedRow, opened: str) -> None:
        start, end = r.values.get(opened), r.values.get("resolved_on")
        if isinstance(start, date) and isinstance(end, date) and end < start:
            self.report.problem(ps.title, r.row, ps.at("resolved_on"),
                                _("is before the date the issue was raised"))

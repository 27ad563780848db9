"""Deciding, row by row, what an import would add and update, and everything wrong
with the file, before anything is written."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam.accounts.service import AccountData, validate_account
from kam.domain import Account, Contact, Contract, Staff
from kam.domain.base import new_uuid
from kam.i18n import _
from kam.text.pinyin import search_keys
from kam.validation import Checker

from .refs import AccountRefs
from .report import ImportReport
from .rows import ParsedRow, ParsedSheet
from .specs import SHEETS, Sheet
from .tables import AUDIT, CONTACT_SUBJECT, MODELS, default, existing_rows
from .values import is_uuid, split_list

# Table name → the sheet that holds its records (for "belongs to another kind" messages).
SHEET_OF_TABLE = {MODELS[s.name].__tablename__: s.name for s in SHEETS}
# Sheets whose records a uuid column of another sheet may name.
UUID_TARGETS = {
    "visit": "Visits",
    "run": "RatingRuns",
    "based_on": "RatingRuns",
    "quality_links": "Quality",
    "complaint_links": "Complaints",
}

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
    # The file's uuid → the uuid of the stored record its row was matched to by key
    # (another database's copy of the same record); references follow it there.
    aliases: dict[str, str] = field(default_factory=dict)


def _key_part(value: object) -> object:
    if value.__class__ is str:
        return value.strip()
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
        # uuid → table of every stored record, and uuid → (sheet, title, row) of the file's.
        self.db_uuids: dict[str, str] = {}
        self.file_uuids: dict[str, tuple[str, str, int]] = {}
        self._staff_keys: list[str] = []
        self._uuid_keys: list[str] = []
        self._future_keys: list[str] = []

    # -- references -------------------------------------------------------------------

    def prepare(self, parsed: list[ParsedSheet]) -> None:
        file_accounts: dict[str, tuple[str, str]] = {}
        for ps in parsed:
            if ps.spec.name == "Accounts":
                for r in ps.rows:
                    code = r.values.get("code")
                    # A row with a bad cell still names its account: its records are not
                    # reported once more as belonging to an unknown account.
                    if isinstance(code, str) and code.strip():
                        file_accounts[code.strip()] = (
                            str(r.values.get("name") or ""),
                            str(r.values.get("short_name") or ""),
                        )
            if ps.spec.name == "Staff":
                self.staff |= {str(r.values["name"]) for r in ps.rows if r.values.get("name")}
            if "uuid" in ps.present:
                for r in ps.rows:
                    u = r.values.get("uuid")
                    if isinstance(u, str):
                        self.file_uuids.setdefault(u, (ps.spec.name, ps.title, r.row))
        self.refs = AccountRefs(self.session, file_accounts)
        if self.file_uuids:
            for model in MODELS.values():
                table = model.__tablename__
                self.db_uuids.update((u, table) for u in self.session.scalars(select(model.uuid)))
        names = {ps.spec.name for ps in parsed}
        if "Payments" in names:
            self.contracts = {
                (code, no)
                for code, no in self.session.execute(
                    select(Account.code, Contract.contract_no).join(
                        Account, Account.id == Contract.account_id
                    )
                )
            }
            # A contract row with a bad cell still exists for its payments: one problem
            # is reported, not one more for every payment against it.
            self.contracts |= self._file_pairs(parsed, "Contracts", "contract_no")
        if names & {"Contacts", "Visits"}:
            self.contacts = {
                (code, name)
                for code, name in self.session.execute(
                    select(Account.code, Contact.name).join(
                        Account, Account.id == Contact.account_id
                    )
                )
            }
            self.contacts |= self._file_pairs(parsed, "Contacts", "name")

    def _file_pairs(self, parsed: list[ParsedSheet], sheet: str, key: str) -> set[tuple[str, str]]:
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
        by_uuid: dict[str, tuple[int, dict[str, object]]] = {}
        for row_id, values in existing_rows(self.session, sheet):
            stored[self._key(sheet, values)].append((row_id, values))
            by_uuid[str(values["uuid"])] = (row_id, values)
        claimed = self._claim(ps, by_uuid)
        # The columns that name staff or other records by uuid, looked at in every row.
        self._staff_keys = [k for k in ("owner", "staff") if k in ps.present]
        self._uuid_keys = [k for k in UUID_TARGETS if k in ps.present]
        # The dates the sheet's field list says cannot be later than today (a birthday).
        self._future_keys = [c.key for c in sheet.columns if c.not_future and c.key in ps.present]
        # stored id → the file row that names it by uuid
        claimed_ids = {m[0]: n for n, m in claimed.items()}
        seen: dict[tuple[object, ...], int] = {}
        taken: dict[tuple[object, ...], int] = defaultdict(int)
        check = getattr(self, f"_check_{sheet.name.lower()}", None)
        # Rows of a sheet without a unique key match stored rows only by their key and
        # count; with none stored of that kind every row is new and needs no key.
        all_new = sheet.ordinal and not stored
        for r in ps.rows:
            # A row with a bad cell is still checked for what else is wrong with it (its
            # account above all), so that one pass reports every problem of the file.
            ok = self._check(ps, r, None if r.bad else check)
            if r.bad or not ok:
                continue
            if all_new:
                sp.inserts.append(self._new(ps, r))
                continue
            key = self._key(sheet, r.values)
            own = claimed.get(r.row)
            # Where the database does not hold the key unique (two contacts of one account
            # may share a name), rows that carry their uuid need no unique key.
            if not sheet.ordinal and (sheet.strict or r.values.get("uuid") is None):
                if key in seen:
                    self.report.problem(
                        ps.title,
                        r.row,
                        ps.at(self._key_column(sheet)),
                        _("duplicates row {row} of this sheet").format(row=seen[key]),
                    )
                    continue
                seen[key] = r.row
            if own is not None:
                if not sheet.ordinal and sheet.strict:
                    other = next((m for m in stored.get(key, []) if m[0] != own[0]), None)
                    if other is not None:
                        self.report.problem(
                            ps.title,
                            r.row,
                            ps.at("uuid"),
                            _("belongs to another record than the one {columns} name").format(
                                columns=", ".join(ps.at(k) for k in sheet.key)
                            ),
                        )
                        continue
                self._update(ps, sp, r, *own)
                continue
            if sheet.ordinal:
                matches = [m for m in stored.get(key, []) if m[0] not in claimed_ids]
                n = taken[key]
                taken[key] += 1
                match = matches[n] if n < len(matches) else None
            else:
                match = next(iter(stored.get(key, [])), None)
                if match is not None and match[0] in claimed_ids:
                    self.report.problem(
                        ps.title,
                        r.row,
                        ps.at(self._key_column(sheet)),
                        _("names the record that row {row} gives by its uuid").format(
                            row=claimed_ids[match[0]]
                        ),
                    )
                    continue
            if match is not None:
                u = r.values.get("uuid")
                if u is not None and u != match[1]["uuid"]:
                    self.plan.aliases[str(u)] = str(match[1]["uuid"])
                self._update(ps, sp, r, *match)
            else:
                sp.inserts.append(self._new(ps, r))
        self.report.count(self.report.added, ps.title, len(sp.inserts))
        self.report.count(self.report.updated, ps.title, len(sp.updates))
        self.report.count(self.report.unchanged, ps.title, sp.unchanged)

    @staticmethod
    def _key_column(sheet: Sheet) -> str:
        return sheet.key[0] if sheet.name == "Accounts" else sheet.key[-1]

    def _claim(
        self, ps: ParsedSheet, by_uuid: dict[str, tuple[int, dict[str, object]]]
    ) -> dict[int, tuple[int, dict[str, object]]]:
        """File row → the stored record its uuid names; problems for uuids that name a
        record of another kind or appear twice. A uuid nobody knows is a new record's."""
        claimed: dict[int, tuple[int, dict[str, object]]] = {}
        if "uuid" not in ps.present:
            return claimed
        table = MODELS[ps.spec.name].__tablename__
        for r in ps.rows:
            u = r.values.get("uuid")
            if not isinstance(u, str):
                continue
            first = self.file_uuids.get(u)
            if first is not None and first[2] != r.row and first[0] == ps.spec.name:
                self.report.problem(
                    ps.title,
                    r.row,
                    ps.at("uuid"),
                    _("the uuid {uuid} appears twice in this sheet (row {row})").format(
                        uuid=u, row=first[2]
                    ),
                )
                r.bad = True
                continue
            if first is not None and first[0] != ps.spec.name:
                self.report.problem(
                    ps.title,
                    r.row,
                    ps.at("uuid"),
                    _("the uuid {uuid} is that of row {row} of sheet {sheet}").format(
                        uuid=u, row=first[2], sheet=first[1]
                    ),
                )
                r.bad = True
                continue
            kind = self.db_uuids.get(u, table)
            if kind != table:
                self.report.problem(
                    ps.title,
                    r.row,
                    ps.at("uuid"),
                    _("the uuid {uuid} belongs to a record of another kind ({sheet})").format(
                        uuid=u, sheet=SHEET_OF_TABLE.get(kind, kind)
                    ),
                )
                r.bad = True
                continue
            if u in by_uuid:
                claimed[r.row] = by_uuid[u]
        return claimed

    @staticmethod
    def _key(sheet: Sheet, values: dict[str, object]) -> tuple[object, ...]:
        parts = tuple([_key_part(values.get(k)) for k in sheet.key])
        return (_key_part(values.get("account")), *parts) if sheet.scoped else parts

    def _value(self, sheet: Sheet, r: ParsedRow, key: str) -> object:
        value = r.values.get(key)
        return default(sheet, key) if value is None else value

    def _new(self, ps: ParsedSheet, r: ParsedRow) -> dict[str, object]:
        sheet = ps.spec
        given = r.values
        out = {k: d if (v := given.get(k)) is None else v for k, d in _defaults(sheet).items()}
        if nc := sheet.notes_column:
            notes = out.get(nc)
            out[nc] = merge_notes(str(notes or ""), r.extras) if notes or r.extras else ""
            if r.extras:
                self._notes_fit(ps, r, str(out[nc]))
        if "changed_by" not in ps.present:
            out["changed_by"] = None  # a hand-made sheet: the importer is the author
        if not out.get("uuid"):
            out["uuid"] = new_uuid()
        if sheet.name == "Accounts":
            out["pinyin"], out["pinyin_initials"] = search_keys(
                str(out["name"]), str(out["short_name"])
            )
        return out

    def _notes_fit(self, ps: ParsedSheet, r: ParsedRow, notes: str) -> None:
        """Unknown columns kept in the notes must not make them longer than a note may
        be: the next export could not be imported again."""
        nc = ps.spec.notes_column or "notes"
        limit = ps.spec.by_key[nc].max_len if nc in ps.spec.by_key else 20000
        if r.extras and len(notes) > limit:
            self.report.problem(
                ps.title,
                r.row,
                ps.at(nc),
                _(
                    "the columns KAM Desk does not know would make the notes longer than {n} "
                    "characters; remove those columns or shorten them"
                ).format(n=limit),
            )

    def _update(
        self, ps: ParsedSheet, sp: SheetPlan, r: ParsedRow, row_id: int, old: dict[str, object]
    ) -> None:
        sheet = ps.spec
        changes: dict[str, object] = {}
        nc = sheet.notes_column
        for key in ps.present:
            new = self._value(sheet, r, key)
            if key != nc and key not in AUDIT and not _same(new, old.get(key)):
                changes[key] = new
        if nc:
            base = r.values.get(nc) if nc in ps.present else old.get(nc)
            notes = merge_notes(str(base or ""), r.extras)
            self._notes_fit(ps, r, notes)
            if notes != (old.get(nc) or ""):
                changes[nc] = notes
        if sheet.name == "Accounts" and ("name" in changes or "short_name" in changes):
            merged = {**old, **changes}
            changes["pinyin"], changes["pinyin_initials"] = search_keys(
                str(merged["name"]), str(merged.get("short_name") or "")
            )
        if "contract_no" in changes and sheet.name == "Payments":
            changes["account"] = r.values["account"]  # the contract is the account's
        if changes:
            sp.updates.append((row_id, changes))
        else:
            sp.unchanged += 1

    # -- checks -------------------------------------------------------------------------

    def _check(
        self, ps: ParsedSheet, r: ParsedRow, check: Callable[[ParsedSheet, ParsedRow], None] | None
    ) -> bool:
        """Row rules beyond one cell; False (with problems reported) when the row is wrong."""
        before = self.report.problem_count
        sheet, v = ps.spec, r.values
        if "account" in sheet.by_key and v.get("account") not in (None, ""):
            assert self.refs is not None
            try:
                v["account"] = self.refs.resolve(v["account"])
            except LookupError as exc:
                self.report.problem(ps.title, r.row, ps.at("account"), str(exc))
                return False
        for key in self._staff_keys:
            self._staff(ps, r, key)
        for key in self._uuid_keys:
            self._check_uuid_ref(ps, r, key)
        for key in self._future_keys:
            when = v.get(key)
            if isinstance(when, date) and when > date.today():
                self.report.problem(ps.title, r.row, ps.at(key), _("is in the future"))
        if check is not None:
            check(ps, r)
        return self.report.problem_count == before

    def _check_accounts(self, ps: ParsedSheet, r: ParsedRow) -> None:
        # Each cell was parsed to its column's kind, so the values fit the fields they name.
        given: dict[str, Any] = {
            k: (self._value(ps.spec, r, k) if k in ps.present else getattr(AccountData, k))
            for k in ps.spec.keys
            if k in AccountData.__dataclass_fields__ and k not in ("owner", "grade", "key_account")
        }
        data = AccountData(**given)
        assert self.refs is not None
        # The stored account with this code is the one the row updates, not a clash.
        data.id = self.refs.stored.get(data.code.strip())
        checker: Checker = validate_account(self.session, data, self.refs.holders)
        for name, message in checker.errors.items():
            self.report.problem(ps.title, r.row, ps.at(name), message)

    def _check_contacts(self, ps: ParsedSheet, r: ParsedRow) -> None:
        v = r.values
        boss = v.get("reports_to")
        if isinstance(boss, str) and is_uuid(boss):
            if self._uuid_sheet(boss) != "Contacts":
                self.report.problem(
                    ps.title,
                    r.row,
                    ps.at("reports_to"),
                    _("no contact has the uuid {uuid}").format(uuid=boss),
                )
        elif boss and (v["account"], boss) not in self.contacts:
            self.report.problem(
                ps.title,
                r.row,
                ps.at("reports_to"),
                _("{name} is not a contact of this account").format(name=boss),
            )
        if boss and boss in (v.get("name"), v.get("uuid")):
            self.report.problem(
                ps.title, r.row, ps.at("reports_to"), _("a contact cannot report to themself")
            )

    def _check_contracts(self, ps: ParsedSheet, r: ParsedRow) -> None:
        v = r.values
        q, p, amount = v.get("quantity"), v.get("unit_price"), v.get("amount")
        computed = round(q * p, 2) if isinstance(q, float) and isinstance(p, float) else None
        if amount is None:
            if computed is None:
                self.report.problem(
                    ps.title,
                    r.row,
                    ps.at("amount") if "amount" in ps.present else "amount",
                    _("is empty and cannot be computed without quantity and unit_price"),
                )
            v["amount"] = computed
        elif computed is not None and abs(float(amount) - computed) > CENT:  # type: ignore[arg-type]
            self.report.warn(
                ps.title,
                r.row,
                ps.at("amount"),
                _(
                    "{amount:,.2f} differs from quantity × unit_price = {computed:,.2f}; "
                    "the given amount is kept"
                ).format(amount=amount, computed=computed),
            )
        v.setdefault("amount", computed)

    def _check_payments(self, ps: ParsedSheet, r: ParsedRow) -> None:
        no = r.values.get("contract_no")
        if no and (r.values["account"], no) not in self.contracts:
            self.report.problem(
                ps.title,
                r.row,
                ps.at("contract_no"),
                _("no contract {no} for account {code}").format(no=no, code=r.values["account"]),
            )

    def _check_quality(self, ps: ParsedSheet, r: ParsedRow) -> None:
        self._check_resolved(ps, r, "reported_on")

    def _check_complaints(self, ps: ParsedSheet, r: ParsedRow) -> None:
        self._check_resolved(ps, r, "received_on")

    def _check_resolved(self, ps: ParsedSheet, r: ParsedRow, opened: str) -> None:
        start, end = r.values.get(opened), r.values.get("resolved_on")
        if isinstance(start, date) and isinstance(end, date) and end < start:
            self.report.problem(
                ps.title, r.row, ps.at("resolved_on"), _("is before the date the issue was raised")
            )

    def _check_visits(self, ps: ParsedSheet, r: ParsedRow) -> None:
        v = r.values
        for name in split_list(str(v.get("staff_links") or "")):
            if name not in self.staff:
                self.staff.add(name)
                self.plan.new_staff.append(name)
        for token in split_list(str(v.get("contact_links") or "")):
            if is_uuid(token):
                if self._uuid_sheet(token) != "Contacts":
                    self.report.problem(
                        ps.title,
                        r.row,
                        ps.at("contact_links"),
                        _("no contact has the uuid {uuid}").format(uuid=token),
                    )
            elif (v["account"], token) not in self.contacts:
                self.report.problem(
                    ps.title,
                    r.row,
                    ps.at("contact_links"),
                    _("{name} is not a contact of this account").format(name=token),
                )

    def _check_warningacks(self, ps: ParsedSheet, r: ParsedRow) -> None:
        m = CONTACT_SUBJECT.match(str(r.values.get("subject") or ""))
        if m and is_uuid(m.group(1)) and self._uuid_sheet(m.group(1)) != "Contacts":
            self.report.problem(
                ps.title,
                r.row,
                ps.at("subject"),
                _("no contact has the uuid {uuid}").format(uuid=m.group(1)),
            )

    def _check_absences(self, ps: ParsedSheet, r: ParsedRow) -> None:
        start, end = r.values.get("starts_on"), r.values.get("ends_on")
        if isinstance(start, date) and isinstance(end, date) and end < start:
            self.report.problem(ps.title, r.row, ps.at("ends_on"), _("is before the start"))

    def _uuid_sheet(self, u: str) -> str | None:
        """The sheet whose kind of record ``u`` names, in the file or the database."""
        if u in self.file_uuids:
            return self.file_uuids[u][0]
        table = self.db_uuids.get(u)
        if table is None and u not in self.db_uuids:
            # Only filled when the file carries uuids; look this one up directly.
            for model in MODELS.values():
                if self.session.scalar(select(model.id).where(model.uuid == u)) is not None:
                    self.db_uuids[u] = table = model.__tablename__
                    break
        return SHEET_OF_TABLE.get(table) if table else None

    def _check_uuid_ref(self, ps: ParsedSheet, r: ParsedRow, key: str) -> None:
        """A column naming records of another sheet by uuid names records of that sheet."""
        wanted = UUID_TARGETS[key]
        value = r.values.get(key)
        for u in split_list(str(value)) if isinstance(value, str) else []:
            if not is_uuid(u) or self._uuid_sheet(u) != wanted:
                self.report.problem(
                    ps.title,
                    r.row,
                    ps.at(key),
                    _("no record of sheet {sheet} has the uuid {uuid}").format(
                        sheet=wanted, uuid=u
                    ),
                )

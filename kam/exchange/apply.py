"""Writing a checked import plan in one transaction with bulk statements.

Rows are inserted and updated with executemany (no ORM object per row), which is what
keeps 200,000 rows to a few seconds. Values arrive in the sheet's terms (account code,
owner name, contract number) and are turned into ids here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from functools import cache
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Date, Table, delete, insert, select, update
from sqlalchemy.orm import Session

from kam.business.terms import company_days, due_date
from kam.domain import Account, Contact, Contract, Staff, Visit, refresh_due_dates
from kam.domain.base import utcnow
from kam.store.bulk import bind_processors, insert_rows

from .plan import Plan, SheetPlan
from .progress import Progress
from .specs import Sheet
from .tables import CONTACT_SUBJECT, LINKS, MODELS, REFS, plain_columns
from .values import is_uuid, split_list

CHUNK = 5000
# An empty table getting at least this many rows has its indexes built after the rows.
REBUILD_ROWS = 5000
# The page cache of the import's connection, in KiB (SQLite's default is 2 MB).
IMPORT_CACHE_KIB = 64 << 10


@cache
def _plain_set(sheet: Sheet) -> frozenset[str]:
    return frozenset(plain_columns(sheet)) | {"pinyin", "pinyin_initials"}


class Writer:
    def __init__(self, session: Session, progress: Progress) -> None:
        self.session = session
        self.progress = progress
        self.user = str(session.info.get("user", ""))
        self.now = utcnow()
        self.accounts: dict[str, int] = {}
        self.staff: dict[str, int] = {}
        self.contracts: dict[tuple[int, str], int] = {}
        # (contact id, or None for a new one, its uuid, its boss's name or uuid)
        self.bosses: list[tuple[int | None, str, str]] = []
        # model → {uuid: id}, read when first needed after the model's sheet is written
        self.ids: dict[Any, dict[str, int]] = {}
        # (model, column, row uuid, uuid it refers to) for references within one table
        self.deferred: list[tuple[Any, str, str, str]] = []
        self.aliases: dict[str, str] = {}

    def run(self, plan: Plan) -> None:
        connection = self.session.connection()
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # A page cache that holds the indexes of a 100,000-row table (SQLite's default
            # of 2 MB re-reads their pages for every row); this connection's, until done.
            cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
            connection.exec_driver_sql(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
        try:
            self._run(plan)
        finally:
            if sqlite:
                connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache or -2000)}")

    def _run(self, plan: Plan) -> None:
        self.aliases = plan.aliases
        if plan.new_staff:
            self.session.execute(
                insert(Staff), [{"name": n, "changed_by": self.user} for n in plan.new_staff]
            )
        self.staff = {n: i for n, i in self.session.execute(select(Staff.name, Staff.id))}
        self._load_accounts()
        for sp in plan.sheets:
            self._sheet(sp)
            self.ids.pop(MODELS[sp.sheet.name], None)
            if sp.sheet.name == "Accounts":
                self._load_accounts()
            if sp.sheet.name == "Staff":
                self.staff = {n: i for n, i in self.session.execute(select(Staff.name, Staff.id))}
            if sp.sheet.name == "Contracts" or (sp.sheet.name == "Payments" and not self.contracts):
                self.contracts = {
                    (a, no): i
                    for i, a, no in self.session.execute(
                        select(Contract.id, Contract.account_id, Contract.contract_no)
                    )
                }
            if sp.sheet.name == "Visits":
                self._links(sp)
        self._link_bosses()
        # Bulk statements skip the ORM's flush hooks: due dates are set here.
        refresh_due_dates(self.session)
        self._link_deferred()

    def _id(self, model: Any, u: str) -> int:
        if model not in self.ids:
            self.ids[model] = {x: i for x, i in self.session.execute(select(model.uuid, model.id))}
        return self.ids[model][self.aliases.get(u, u)]

    def _load_accounts(self) -> None:
        self.accounts = {c: i for c, i in self.session.execute(select(Account.code, Account.id))}

    def _row(
        self, sp: SheetPlan, values: dict[str, object], row_uuid: str | None = None
    ) -> dict[str, Any]:
        """Sheet terms → model columns; ``row_uuid`` is the uuid of an updated row."""
        model = MODELS[sp.sheet.name]
        plain = _plain_set(sp.sheet)
        out: dict[str, Any] = {k: v for k, v in values.items() if k in plain}
        for key, ref in REFS.get(sp.sheet.name, {}).items():
            if key not in values or key == "reports_to":  # bosses are linked at the end
                continue
            v = values[key]
            if v is None or v == "":
                out[ref.fk] = None
            elif ref.target is Account:
                out[ref.fk] = self.accounts[str(v)]
            elif ref.target is Staff:
                out[ref.fk] = self.staff[str(v)]
            elif ref.target is Contract:
                out[ref.fk] = self.contracts[(out["account_id"], str(v))]
            elif ref.deferred:
                out[ref.fk] = None
                self.deferred.append((model, ref.fk, str(values.get("uuid") or row_uuid), str(v)))
            else:
                out[ref.fk] = self._id(ref.target, str(v))
        m = CONTACT_SUBJECT.match(str(out["subject"])) if "subject" in out else None
        if m and is_uuid(m.group(1)):
            out["subject"] = f"contact:{self._id(Contact, m.group(1))}"
        # A new record keeps who changed it last in the file (blank too: an export of
        # records nobody stamped); a changed one, or one from a hand-made sheet, is ours.
        by = values.get("changed_by")
        out["changed_by"] = self.user if by is None else by
        return out

    def _sheet(self, sp: SheetPlan) -> None:
        model = MODELS[sp.sheet.name]
        total = len(sp.inserts) + len(sp.updates)
        done = 0
        rebuild = self._drop_indexes(model.__table__) if len(sp.inserts) >= REBUILD_ROWS else []
        due = self._due_dates() if model is Contract else None
        for start in range(0, len(sp.inserts), CHUNK):
            chunk = sp.inserts[start : start + CHUNK]
            rows = [self._row(sp, v) for v in chunk]
            if due is not None:
                for row in rows:
                    if row.get("signed_on") is not None and "falls_due_on" not in row:
                        row["falls_due_on"] = due(row)
            self._insert(model, rows)
            if sp.sheet.name == "Contacts":
                self.bosses += [
                    (None, str(v["uuid"]), str(v["reports_to"]))
                    for v in chunk
                    if v.get("reports_to")
                ]
            done += len(chunk)
            self.progress(sp.title, done, total)
        connection = self.session.connection()
        for sql in rebuild:
            connection.exec_driver_sql(sql)
        groups: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
        deferred = {k for k, ref in REFS.get(sp.sheet.name, {}).items() if ref.deferred}
        uuids = (
            self._uuids(model, sp)
            if any(deferred & changes.keys() for _i, changes in sp.updates)
            else {}
        )
        for row_id, changes in sp.updates:
            row = self._row(sp, changes, uuids.get(row_id))
            if sp.sheet.name == "Contacts" and "reports_to" in changes:
                if changes["reports_to"]:
                    self.bosses.append((row_id, "", str(changes["reports_to"])))
                else:
                    row["reports_to_id"] = None
            row.update(id=row_id, updated_at=self.now)
            groups[frozenset(row)].append(row)
        for rows in groups.values():
            for start in range(0, len(rows), CHUNK):
                part = rows[start : start + CHUNK]
                self.session.execute(update(model), part)
                done += len(part)
                self.progress(sp.title, done, total)
        if model is Visit and sp.updates:
            # The calendar's SEQUENCE (kam.visits.revisions): bulk updates count too.
            table = cast(Table, Visit.__table__)
            ids = [row_id for row_id, _changes in sp.updates]
            for start in range(0, len(ids), CHUNK):
                self.session.connection().execute(
                    update(table)
                    .where(table.c.id.in_(ids[start : start + CHUNK]))
                    .values(revision=table.c.revision + 1)
                )

    def _drop_indexes(self, table: Table) -> list[str]:
        """Drops the (non-unique, named) indexes of an empty SQLite table about to get
        many rows; returns the statements that make them again once the rows are in.

        Building an index from all its rows at once is several times faster than
        growing it row by row. It is one transaction: a failed import rolls the drop
        back with the rows, and other connections see the old indexes until commit.
        """
        connection = self.session.connection()
        if connection.dialect.name != "sqlite":
            return []
        quote = connection.dialect.identifier_preparer.quote
        if connection.exec_driver_sql(f"SELECT 1 FROM {quote(table.name)} LIMIT 1").first():
            return []
        indexes = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL",
            (table.name,),
        ).all()
        for name, _sql in indexes:
            connection.exec_driver_sql(f"DROP INDEX {quote(name)}")
        return [sql for _name, sql in indexes]

    def _due_dates(self) -> Callable[[dict[str, Any]], date]:
        """The due date of a new contract row (``falls_due_on``), as
        :func:`kam.business.terms.refresh_due_dates` computes it: set on insert, the
        refresh at the end finds nothing to change instead of updating every row."""
        company = company_days(self.session)
        account_days = dict(self.session.execute(select(Account.id, Account.payment_days)).all())

        def due(row: dict[str, Any]) -> date:
            days = row.get("payment_days")
            if days is None:
                days = account_days.get(row["account_id"])
            return due_date(row["signed_on"], row.get("due_on"), company if days is None else days)

        return due

    def _uuids(self, model: Any, sp: SheetPlan) -> dict[int, str]:
        ids = [i for i, _c in sp.updates]
        return {
            i: u
            for i, u in self.session.execute(select(model.id, model.uuid).where(model.id.in_(ids)))
        }

    def _links(self, sp: SheetPlan) -> None:
        """Replaces the linked staff, contacts, quality records and complaints of every
        visit whose link cells the file gives (new visits, and changed cells)."""
        work: list[tuple[int, int, str, str]] = []  # visit id, account id, column, cell
        visits = {
            u: (i, a)
            for u, i, a in self.session.execute(
                select(MODELS["Visits"].uuid, MODELS["Visits"].id, MODELS["Visits"].account_id)
            )
        }
        for values in sp.inserts:
            visit_id, account_id = visits[str(values["uuid"])]
            work += [(visit_id, account_id, k, str(values[k])) for k in LINKS if values.get(k)]
        if any(k in LINKS for _i, changes in sp.updates for k in changes):
            account_of = {i: a for i, a in visits.values()}
            for row_id, changes in sp.updates:
                work += [
                    (row_id, account_of[row_id], k, str(changes[k] or ""))
                    for k in LINKS
                    if k in changes
                ]
        if not work:
            return
        contacts = {
            (a, n): i
            for i, a, n in self.session.execute(
                select(Contact.id, Contact.account_id, Contact.name)
            )
        }
        for key, link in LINKS.items():
            mine = [w for w in work if w[2] == key]
            if not mine:
                continue
            self.session.execute(
                delete(link.table).where(link.table.c.visit_id.in_([w[0] for w in mine]))
            )
            rows = []
            for visit_id, account_id, _k, cell in mine:
                for token in dict.fromkeys(split_list(cell)):
                    if link.target is Staff:
                        other = self.staff[token]
                    elif link.target is Contact and not is_uuid(token):
                        other = contacts[(account_id, token)]
                    else:
                        other = self._id(link.target, token)
                    rows.append({"visit_id": visit_id, link.column: other})
            if rows:
                self.session.execute(insert(link.table), rows)

    def _link_deferred(self) -> None:
        """Sets references within one table (a re-run's run) once all its rows exist."""
        groups: dict[tuple[Any, str], list[dict[str, Any]]] = defaultdict(list)
        for model in {d[0] for d in self.deferred}:
            self.ids.pop(model, None)
        for model, fk, row_uuid, target in self.deferred:
            groups[(model, fk)].append(
                {"id": self._id(model, row_uuid), fk: self._id(model, target)}
            )
        for (model, _fk), rows in groups.items():
            self.session.execute(update(model), rows)

    def _insert(self, model: Any, rows: list[dict[str, Any]]) -> None:
        """A plain executemany with every column given: the ORM's per-row default
        handling costs several times the insert itself at 100,000 rows."""
        table = model.__table__
        fixed: dict[str, Any] = {}
        made: list[tuple[str, Any]] = []
        for column in table.columns:
            if column.primary_key or column.default is None:
                continue
            if column.name in ("created_at", "updated_at"):
                fixed[column.name] = self.now  # one import, one moment
            elif column.default.is_callable:
                made.append((column.name, column.default.arg))
            elif column.default.is_scalar:
                fixed[column.name] = column.default.arg
        # Columns with neither a value nor a Python default are left to the database
        # (its server default, or NULL); every row of one sheet has the same keys.
        given = set(rows[0]) | set(fixed) | {name for name, _make in made}
        keys = [c.name for c in table.columns if not c.primary_key and c.name in given]
        process = [
            (i, k, _fast_date(p) if _is_sqlite_date(self.session, table, k) else p)
            for (i, p), k in zip(
                enumerate(bind_processors(self.session, table, keys)), keys, strict=True
            )
            if p is not None
        ]
        # The fixed values (the import's moment above all) are converted once, not per row.
        by_key = {k: p for _i, k, p in process}
        fixed = {k: by_key[k](v) if k in by_key else v for k, v in fixed.items()}
        get = itemgetter(*keys)
        full = []
        for row in rows:
            values = {**fixed, **row}
            for name, make in made:
                if name not in row:
                    values[name] = make(None)
            try:
                out = list(get(values)) if len(keys) > 1 else [get(values)]
            except KeyError:  # a row without a column the first row has
                out = [values.get(k) for k in keys]
            for i, k, p in process:
                if k not in fixed or k in row:
                    out[i] = p(out[i])
            full.append(tuple(out))
        insert_rows(self.session, table, keys, full)

    def _link_bosses(self) -> None:
        """Sets who reports to whom once every contact of the file exists."""
        if not self.bosses:
            return
        ids: dict[tuple[int, str], int] = {}
        account_of: dict[int, int] = {}
        for i, a, n in self.session.execute(select(Contact.id, Contact.account_id, Contact.name)):
            ids[(a, n)] = i
            account_of[i] = a
        self.ids.pop(Contact, None)
        rows = []
        for contact_id, contact_uuid, boss in self.bosses:
            cid = contact_id if contact_id is not None else self._id(Contact, contact_uuid)
            # A boss whose name another contact of the account shares is named by uuid.
            boss_id = self._id(Contact, boss) if is_uuid(boss) else ids[(account_of[cid], boss)]
            rows.append({"id": cid, "reports_to_id": boss_id, "updated_at": self.now})
        self.session.execute(update(Contact), rows)


def _is_sqlite_date(session: Session, table: Table, key: str) -> bool:
    column_type = table.c[key].type
    return session.get_bind().dialect.name == "sqlite" and column_type.__class__ is Date


def _fast_date(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """SQLite's DATE text ("2025-03-01") from a date in the years 1000-9999 as
    ``date.isoformat`` writes it, a third of the time of SQLAlchemy's formatting; any
    other value (None, a datetime) goes through SQLAlchemy's own processor."""

    def fast(value: Any) -> Any:
        return (
            value.isoformat()
            if value.__class__ is date and value.year >= 1000
            else (process(value))
        )

    return fast

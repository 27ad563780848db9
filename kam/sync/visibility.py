"""Writing a laptop's records on the team server where its role may not (row-level
security): those records are refused one by one, the rest of the sync goes through.

A salesperson's role sees only the accounts they own or cover and the shared ones
(migration 0008_team). Their laptop may still push a record the server will not take
from them: a new customer they gave to a colleague, an edit to a customer that was
shared with them and no longer is. PostgreSQL refuses such a write with an error that
would abort the whole transaction, so a salesperson's batch of a table under row-level
security is written under a savepoint;
if it fails for that reason it is written again record by record, each under its own
savepoint, and the records the server refuses are reported, not the sync.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from kam.i18n import _
from kam.sync.rows import Refusal, Writer
from kam.sync.tables import SyncTable

# insufficient_privilege (a row-level security policy refused the new row) and
# unique_violation (the record is on the server where this role cannot see it).
NOT_ALLOWED = {"42501": "policy", "23505": "unseen"}


def _why(exc: DBAPIError) -> str | None:
    return NOT_ALLOWED.get(getattr(exc.orig, "sqlstate", None) or "")


def _guarded(conn: Connection, table: str) -> bool:
    """True when row-level security may refuse this role's writes to ``table``.

    Only then is a savepoint taken: a row written inside one carries the savepoint's
    transaction id, and the frozen-rating triggers of 0007_sync recognise the rows of
    this same sync by the top transaction's id (a rating run is not guarded).
    """
    cache = conn.info.setdefault("kam_guarded", {})
    if table not in cache:
        cache[table] = bool(
            conn.execute(
                text(
                    "SELECT c.relrowsecurity AND EXISTS (SELECT 1 FROM team_member m WHERE "
                    "m.role_name = session_user AND m.kind = 'salesperson') "
                    "FROM pg_class c WHERE c.oid = to_regclass(:t)"
                ),
                {"t": table},
            ).scalar()
        )
    return bool(cache[table])


def refusal_for(spec: SyncTable, key: str, why: str) -> Refusal:
    if why == "policy":
        detail = _(
            "this login may not write it so on the team server (it would belong to "
            "an account you neither own nor cover, and that is not shared); a director "
            "can share the account or make you its owner"
        )
    else:
        detail = _(
            "the team server holds it where this login may not see it (the account is "
            "no longer shared with you or yours to cover); a director can share it "
            "again"
        )
    return Refusal(spec.name, key, "hidden", detail)


def upsert_where_allowed(
    conn: Connection,
    writer: Writer,
    spec: SyncTable,
    rows: dict[str, dict[str, Any]],
    check_natural: list[str],
) -> list[Refusal]:
    """``writer.upsert`` of one table; records the server does not allow this role to
    write come back as "hidden" refusals instead of failing the transaction."""
    if conn.dialect.name != "postgresql" or not rows or not _guarded(conn, spec.name):
        return writer.upsert(spec, rows, check_natural=check_natural)
    savepoint = conn.begin_nested()
    try:
        refused = writer.upsert(spec, rows, check_natural=check_natural)
    except DBAPIError as exc:
        savepoint.rollback()
        if _why(exc) is None:
            raise
        writer.forget_table(spec.name)  # ids cached by the rolled-back batch
    else:
        savepoint.commit()
        return refused
    refused = []
    for key, data in rows.items():
        one = conn.begin_nested()
        try:
            refused += writer.upsert(
                spec, {key: data}, check_natural=[key] if key in check_natural else []
            )
        except DBAPIError as exc:
            one.rollback()
            why = _why(exc)
            if why is None:
                raise
            writer.forget_table(spec.name)
            refused.append(refusal_for(spec, key, why))
        else:
            one.commit()
    return refused

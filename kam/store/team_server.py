"""Preparing a PostgreSQL database as a team server, and its members' roles.

``init_team_server`` brings an empty database to the schema's head with the same
Alembic chain as a laptop and makes it a team server (the sync package's
``prepare_server`` gives it a team id), all in one transaction: a failure leaves the
database empty. It refuses a database holding anything else.

``add_member`` creates a PostgreSQL login role for a person, grants what a member
needs and records the person's kind; row-level security (migration ``0008_team``)
then decides which accounts the role sees. A password, when one is set, is sent as a
SCRAM-SHA-256 verifier computed here, so the plain password never reaches the server,
its logs or anything of ours; members give theirs to libpq (the URL, ``PGPASSWORD``
or the pgpass file).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import unicodedata
from dataclasses import dataclass

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError

from kam.i18n import _
from kam.store.engine import make_engine
from kam.store.errors import StoreError
from kam.store.location import display_url, is_server, resolve_url

KINDS = ("salesperson", "director")
# Lower-case ASCII: PostgreSQL folds unquoted names to lower case, and the name is typed
# into connection URLs and pgpass files.
ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
# Serialises two administrators running `kam team init` on the same database at once.
INIT_LOCK = 7_240_008
SCRAM_ITERATIONS = 4096  # PostgreSQL's default (scram_iterations)


class TeamServerError(StoreError):
    """A team-server operation refused, with the reason for the user."""


@dataclass(frozen=True)
class TeamServer:
    team_id: str
    label: str  # the server's URL without password
    created: bool  # False when the database already was a team server


@dataclass(frozen=True)
class Member:
    role: str
    kind: str
    staff_name: str
    created: bool  # False when the role existed and was updated
    staff_known: bool  # a person of that name is in the staff list


def _server_url(url: str) -> str:
    resolved = resolve_url(url)
    if not is_server(resolved):
        raise TeamServerError(
            _("A team server is a PostgreSQL database: give its URL, postgresql://user@host/dbname")
        )
    return resolved


def _translate(exc: DBAPIError, url: str) -> StoreError:
    from kam.store.database import translate_error

    message = str(exc.orig).lower()
    if "permission denied" in message or "must be superuser" in message or "createrole" in message:
        return TeamServerError(
            _("Only an administrator of the server may do this: {error}").format(
                error=" ".join(str(exc.orig).split())
            )
        )
    return translate_error(exc, url)


def _team_id(connection: Connection) -> str | None:
    if "sync_team" not in inspect(connection).get_table_names():
        return None
    from kam.sync.server import team_of

    return team_of(connection)


# Collations that order text by code point, as SQLite's BINARY does on every laptop (a
# language collation would list 王强 and 李工 in another order on the server).
CODE_POINT_COLLATIONS = {"C", "POSIX", "C.UTF-8", "C.utf8", "ucs_basic"}
CREATEDB = "createdb -T template0 -E UTF8 --locale=C NAME"


def _check_text_rules(connection: Connection, label: str) -> None:
    """Refuses a database whose encoding or text order differs from the laptops'."""
    encoding, collation, provider = connection.execute(
        text(
            "SELECT pg_encoding_to_char(encoding), datcollate, datlocprovider "
            "FROM pg_database WHERE datname = current_database()"
        )
    ).one()
    if encoding != "UTF8":
        raise TeamServerError(
            _(
                "{url} stores text as {encoding}, not UTF8: Chinese names would be lost. Create "
                "the database with: {command}"
            ).format(url=label, encoding=encoding, command=CREATEDB)
        )
    if provider == "i" or collation not in CODE_POINT_COLLATIONS:
        raise TeamServerError(
            _(
                "{url} sorts text by the rules of {collation}, not as the laptops do (by code "
                "point). Create the database with: {command}"
            ).format(url=label, collation=collation if provider != "i" else "ICU", command=CREATEDB)
        )


def init_team_server(url: str) -> TeamServer:
    """Makes the empty PostgreSQL database at ``url`` a team server (see the module doc)."""
    url = _server_url(url)
    label = display_url(url)
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": INIT_LOCK})
            found = inspect(connection)
            held = set(found.get_table_names()) | set(found.get_view_names())
            if held:
                existing = _team_id(connection) if "alembic_version" in held else None
                if existing:
                    return TeamServer(existing, label, created=False)
                raise TeamServerError(
                    _(
                        "{url} is not empty (it holds {tables}); a team server needs an empty "
                        "database"
                    ).format(url=label, tables=", ".join(sorted(held)[:5]))
                )
            _check_text_rules(connection, label)
            from alembic import command

            from kam.store.migrate import alembic_config

            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            from kam.sync.server import prepare_server

            team_id = prepare_server(connection)
    except DBAPIError as exc:
        raise _translate(exc, url) from exc
    finally:
        engine.dispose()
    return TeamServer(team_id, label, created=True)


def scram_verifier(
    password: str, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS
) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 5802/7677).

    NFKC stands in for SASLprep, which for the passwords people type gives the same text.
    """
    salt = salt or secrets.token_bytes(16)
    prepared = unicodedata.normalize("NFKC", password).encode("utf-8")
    salted = hashlib.pbkdf2_hmac("sha256", prepared, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def _grants(connection: Connection, role: str) -> None:
    from kam.domain import Base  # through the package: every table registered

    tables = set(inspect(connection).get_table_names())
    database = connection.execute(text("SELECT current_database()")).scalar()
    statements = [
        f'GRANT CONNECT ON DATABASE "{database}" TO "{role}"',
        f'GRANT USAGE ON SCHEMA public TO "{role}"',
        f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}"',
    ]
    records = [table.name for table in Base.metadata.sorted_tables if table.name in tables]
    statements.append(f'GRANT SELECT, INSERT, UPDATE, DELETE ON {", ".join(records)} TO "{role}"')
    # The sync log is appended to by members' changes (the sync package's triggers);
    # the team's identity, the schema version and the member list are read-only to them.
    log = sorted(name for name in tables if name.startswith("sync_") and name != "sync_team")
    if log:
        statements.append(f'GRANT SELECT, INSERT ON {", ".join(log)} TO "{role}"')
    if "sync_laptop" in tables:  # each sync notes when its laptop last synced
        statements.append(f'GRANT UPDATE ON sync_laptop TO "{role}"')
    read_only = [name for name in ("sync_team", "alembic_version", "team_member") if name in tables]
    statements.append(f'GRANT SELECT ON {", ".join(read_only)} TO "{role}"')
    for statement in statements:
        connection.exec_driver_sql(statement)


def add_member(
    url: str, name: str, kind: str, staff_name: str | None = None, password: str | None = None
) -> Member:
    """Creates (or updates) the login role ``name`` as a ``kind`` of the team at ``url``.

    ``staff_name`` is the person in the staff list whose accounts the role sees (default:
    ``name``); ``password`` None leaves the role's password as it is (or unset).
    """
    url = _server_url(url)
    problems = []
    if not ROLE_NAME.match(name):
        problems.append(
            _(
                "The member name {name} must be lower-case letters, digits or _ "
                "(at most 63, not starting with a digit)"
            ).format(name=name)
        )
    if kind not in KINDS:
        problems.append(_("The role must be salesperson or director, not {kind}").format(kind=kind))
    if problems:
        raise TeamServerError("; ".join(problems))
    person = (staff_name or name).strip()
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            if (
                not _team_id(connection)
                or "team_member" not in inspect(connection).get_table_names()
            ):
                raise TeamServerError(
                    _("{url} is not a team server yet: run kam team init first").format(
                        url=display_url(url)
                    )
                )
            exists = (
                connection.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}
                ).scalar()
                is not None
            )
            verb = "ALTER" if exists else "CREATE"
            secret = ""
            if password is not None:
                # A literal, not a bind parameter: DDL takes none. The verifier is base64
                # and '$:', so it needs no quoting.
                secret = f" PASSWORD '{scram_verifier(password)}'"
            connection.exec_driver_sql(f'{verb} ROLE "{name}" LOGIN{secret}')
            _grants(connection, name)
            connection.execute(
                text(
                    "INSERT INTO team_member (role_name, kind, staff_name) VALUES (:r, :k, :s) "
                    "ON CONFLICT (role_name) DO UPDATE SET kind = :k, staff_name = :s"
                ),
                {"r": name, "k": kind, "s": person},
            )
            known = (
                connection.execute(
                    text("SELECT 1 FROM staff WHERE name = :s"), {"s": person}
                ).scalar()
                is not None
            )
    except DBAPIError as exc:
        raise _translate(exc, url) from exc
    finally:
        engine.dispose()
    return Member(name, kind, person, created=not exists, staff_known=known)


@dataclass(frozen=True)
class MemberRow:
    role: str
    kind: str
    staff_name: str
    added_at: str
    last_sync_at: str  # "" when this role never synced (or synced before it was noted)


def _team_connection_check(connection: Connection, url: str) -> None:
    if not _team_id(connection) or "team_member" not in inspect(connection).get_table_names():
        raise TeamServerError(
            _("{url} is not a team server yet: run kam team init first").format(
                url=display_url(url)
            )
        )


def list_members(url: str) -> list[MemberRow]:
    """The team's members, directors first, with when each last synced (UTC)."""
    url = _server_url(url)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            _team_connection_check(connection, url)
            seen = "to_regclass('sync_laptop') IS NOT NULL"
            has_seen = connection.execute(text(f"SELECT {seen}")).scalar()
            last = (
                "(SELECT to_char(max(l.last_sync_at) AT TIME ZONE 'UTC', "
                "'YYYY-MM-DD HH24:MI') FROM sync_laptop l WHERE l.role_name = m.role_name)"
                if has_seen
                else "NULL"
            )
            rows = connection.execute(
                text(
                    f"SELECT m.role_name, m.kind, m.staff_name, "
                    f"to_char(m.added_at, 'YYYY-MM-DD'), {last} FROM team_member m "
                    f"ORDER BY m.kind = 'director' DESC, m.role_name"
                )
            ).all()
    except DBAPIError as exc:
        raise _translate(exc, url) from exc
    finally:
        engine.dispose()
    return [MemberRow(r[0], r[1], r[2], r[3] or "", r[4] or "") for r in rows]


@dataclass(frozen=True)
class Removed:
    role: str
    kind: str
    dropped: bool  # False: the login was only disabled (the role still owns things elsewhere)


def remove_member(url: str, name: str) -> Removed:
    """Takes ``name`` out of the team: its rights here revoked and its login role dropped.

    Refuses an unknown name and the team's last director (nobody would see every account
    any more). A role that still owns something elsewhere on the server is kept but can
    no longer log in.
    """
    url = _server_url(url)
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            _team_connection_check(connection, url)
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": INIT_LOCK})
            kind = connection.execute(
                text("SELECT kind FROM team_member WHERE role_name = :r"), {"r": name}
            ).scalar()
            if kind is None:
                raise TeamServerError(
                    _("{name} is not a member of this team (kam team members lists them)").format(
                        name=name
                    )
                )
            directors = (
                connection.execute(
                    text("SELECT count(*) FROM team_member WHERE kind = 'director'")
                ).scalar()
                or 0
            )
            if kind == "director" and directors <= 1:
                raise TeamServerError(
                    _(
                        "{name} is the team's last director: add another director first "
                        "(kam team add-member NAME --role director)"
                    ).format(name=name)
                )
            connection.execute(text("DELETE FROM team_member WHERE role_name = :r"), {"r": name})
            database = connection.execute(text("SELECT current_database()")).scalar()
            for statement in (
                f'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "{name}"',
                f'REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM "{name}"',
                f'REVOKE ALL ON SCHEMA public FROM "{name}"',
                f'REVOKE ALL ON DATABASE "{database}" FROM "{name}"',
            ):
                connection.exec_driver_sql(statement)
            dropped = True
            savepoint = connection.begin_nested()
            try:
                connection.exec_driver_sql(f'DROP ROLE "{name}"')
                savepoint.commit()
            except DBAPIError:
                # It still holds something in another database of this server.
                savepoint.rollback()
                connection.exec_driver_sql(f'ALTER ROLE "{name}" NOLOGIN')
                dropped = False
    except DBAPIError as exc:
        raise _translate(exc, url) from exc
    finally:
        engine.dispose()
    return Removed(name, kind, dropped)

"""The laptop's link to its team server: the state it keeps about it (``sync_state``),
joining, and reaching the server (the engine, the schema check, errors in one line).

:mod:`kam.sync.client` syncs over this link; ``kam sync merge`` and the changes file
use it too.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from kam.i18n import _
from kam.store.database import Database
from kam.store.location import display_url, is_server, resolve_url
from kam.store.migrate import revision_graph
from kam.sync.capture import ensure_capture
from kam.sync.rows import link_parts
from kam.sync.server import server_revision, team_of
from kam.sync.tables import synced_tables

CONNECT_TIMEOUT_S = 10


class SyncError(Exception):
    """A sync that did not happen; ``code`` is the CLI's exit code."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def read_state(conn: Connection) -> dict[str, str]:
    return dict(conn.execute(text("SELECT key, value FROM sync_state")).all())


def write_state(conn: Connection, **values: Any) -> None:
    for key, value in values.items():
        conn.execute(
            text(
                "INSERT INTO sync_state (key, value) VALUES (:k, :v) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
            ),
            {"k": key, "v": str(value)},
        )


def status(db: Database) -> dict[str, str]:
    """The link to the team server: server_url, team_id, laptop_id, last_sync_at …"""
    with db.engine.connect() as conn:
        return read_state(conn)


def without_password(url: str) -> str:
    parsed = make_url(url)
    return parsed.set(password=None).render_as_string(hide_password=False)


def server_engine(url: str) -> Engine:
    return create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S}, poolclass=None)


def check_schema(laptop: str | None, server: str | None) -> None:
    if laptop == server:
        return
    graph = revision_graph()

    def ancestors(rev: str | None) -> set[str]:
        seen: set[str] = set()
        while rev:
            seen.add(rev)
            rev = graph.get(rev)
        return seen

    if server in ancestors(laptop):
        raise SyncError(
            _(
                "The team server is on an older schema ({server}) than this laptop "
                "({laptop}): upgrade the server (kam --db URL check opens and "
                "upgrades it with this version)"
            ).format(server=server, laptop=laptop)
        )
    raise SyncError(
        _(
            "The team server is on a newer schema ({server}) than this laptop "
            "({laptop}): upgrade KAM Desk on this laptop"
        ).format(server=server, laptop=laptop)
    )


def join(db: Database, url: str) -> str:
    """Links this laptop to the team server at ``url``; returns the team id.

    Every record already in the file is queued for the first sync.
    """
    if db.path is None:
        raise SyncError(_("Only a laptop's database file joins a team server"))
    server_url = resolve_url(url)
    if not is_server(server_url):
        raise SyncError(
            _("{url} is not a team server (run kam team init there first)").format(
                url=display_url(server_url)
            )
        )
    engine = server_engine(server_url)
    try:
        with engine.connect() as conn:
            ready = conn.execute(
                text(
                    "SELECT to_regclass('sync_team') IS NOT NULL AND "
                    "to_regclass('alembic_version') IS NOT NULL"
                )
            ).scalar()
            team = team_of(conn) if ready else None
            revision = server_revision(conn) if ready else None
    except (OperationalError, InterfaceError) as exc:
        raise SyncError(
            _("Cannot reach the team server {url}: {error}").format(
                url=display_url(server_url), error=first_line(exc)
            ),
            3,
        ) from exc
    finally:
        engine.dispose()
    if not team:
        raise SyncError(
            _("{url} is not a team server (run kam team init there first)").format(
                url=display_url(server_url)
            )
        )
    with db.engine.begin() as conn:
        check_schema(current_revision_of(conn), revision)
        state = read_state(conn)
        if state.get("team_id") and state["team_id"] != team:
            raise SyncError(
                _("This laptop already belongs to another team server ({url})").format(
                    url=state.get("server_url", "")
                )
            )
        if state.get("team_id") == team:
            write_state(conn, server_url=without_password(server_url))
            return team
        conn.execute(text("DELETE FROM sync_outbox"))
        conn.execute(text("DELETE FROM sync_base"))
        write_state(
            conn,
            server_url=without_password(server_url),
            team_id=team,
            laptop_id=str(uuid.uuid4()),
            last_seq=0,
            last_conflict=0,
        )
        ensure_capture(conn)  # from now on every insert and update is noted too
        for spec in synced_tables():
            if spec.link:
                a_col, _a, b_col, _b = link_parts(spec)
                conn.execute(
                    text(
                        f"INSERT INTO sync_outbox (table_name, row_key, op) "
                        f"SELECT '{spec.name}', {a_col} || ':' || {b_col}, 'I' FROM {spec.name}"
                    )
                )
            else:
                conn.execute(
                    text(
                        f"INSERT INTO sync_outbox (table_name, row_key, op) "
                        f"SELECT '{spec.name}', uuid, 'I' FROM {spec.name}"
                    )
                )
    return team


def current_revision_of(conn: Connection) -> str | None:
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def server_disk_full(exc: DBAPIError) -> bool:
    """PostgreSQL could not grow a file: the disk (or the server's file-size limit) is full."""
    message = str(exc.orig).lower()
    return (
        getattr(exc.orig, "sqlstate", None) == "53100"
        or "could not extend file" in message
        or "no space left on device" in message
    )


def first_line(exc: Exception) -> str:
    return (
        str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
    )

"""Schema creation and upgrade through Alembic, run programmatically on open.

The migration scripts ship inside the package (``kam/store/migrations``), so an
installed app and a PyInstaller bundle upgrade a user's file the same way. Before an
existing file is upgraded a backup is taken into its backup folder; a failed upgrade
is rolled back (SQLite DDL is transactional) and, as a second line of defence against a
migration step that commits on its own, the file is put back from that backup before
:class:`UpgradeFailed` is raised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from kam.i18n import _
from kam.store.backup import copy_into_place, take_backup
from kam.store.errors import NewerSchema, NotKamDatabase, UpgradeFailed
from kam.store.location import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# Opening a file that is already at head must not pay for importing Alembic (a quarter
# of a second of the app's start-up): the revision graph is read from the scripts'
# ``revision``/``down_revision`` lines, and Alembic is loaded only to upgrade. A test
# checks this reading against Alembic's own.
_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"](\w+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(?:['\"](\w+)['\"]|None)", re.M)


def scripts_folder() -> Path:
    """The folder holding env.py and versions/ (Alembic's ``script_location``)."""
    return Path(str(resources.files("kam.store") / "migrations"))


def revision_graph() -> dict[str, str | None]:
    """Each migration's revision and the one it follows (None for the first)."""
    return _read_graph(scripts_folder())


@cache
def _read_graph(scripts: Path) -> dict[str, str | None]:
    folder = scripts / "versions"
    graph: dict[str, str | None] = {}
    for entry in folder.iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("__"):
            continue
        source = entry.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision and down:
            graph[revision.group(1)] = down.group(1)
    return graph


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(scripts_folder()))
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    graph = revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    assert len(heads) == 1, heads
    return heads.pop()


def known_revisions() -> set[str]:
    return set(revision_graph())


def current_revision(engine: Engine) -> str | None:
    if "alembic_version" not in inspect(engine).get_table_names():
        return None
    with engine.connect() as connection:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_is_kam(engine: Engine, label: str) -> str | None:
    """The file's revision; raises when the file is foreign or newer than this app."""
    tables = set(inspect(engine).get_table_names())
    revision = current_revision(engine) if "alembic_version" in tables else None
    if revision is None and tables - {"alembic_version"}:
        raise NotKamDatabase(_("{path} is not a KAM Desk database").format(path=label))
    if revision is not None and revision not in known_revisions():
        raise NewerSchema(
            _(
                "The database was written by a newer KAM Desk (schema {rev}); "
                "please upgrade the app"
            ).format(rev=revision)
        )
    return revision


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection in one transaction for migrations, with SQLite's foreign keys off.

    A batch migration rebuilds a table as copy, drop, rename; with foreign keys on, the
    drop deletes every row that refers to the table through ON DELETE CASCADE (rebuilding
    ``account`` emptied ``contact``). SQLite ignores the pragma inside a transaction, so
    it is switched before; the references are checked before the commit instead.
    """
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.commit()
        try:
            with connection.begin():
                yield connection
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(
                            f"the migration left {len(broken)} broken references "
                            f"(first: {tuple(broken[0])})"
                        )
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")
                connection.commit()


# Held while a team server's schema is upgraded (PostgreSQL advisory lock key).
UPGRADE_LOCK = 7_240_009


def _not_allowed(exc: Exception) -> bool:
    message = str(getattr(exc, "orig", exc)).lower()
    return "permission denied" in message or "must be owner" in message


def upgrade(
    engine: Engine, target: str = "head", backup: bool = True, passphrase: str | None = None
) -> Path | None:
    """Brings the schema to ``target``; returns the pre-upgrade backup, if one was taken.

    ``passphrase`` is the key of an encrypted file, so that its backup is encrypted too.
    """
    label = str(sqlite_path(str(engine.url)) or engine.url)
    revision = check_is_kam(engine, label)
    wanted = head_revision() if target == "head" else target
    if revision == wanted:
        return None
    backup_path = None
    path = sqlite_path(str(engine.url))
    if backup and revision is not None and path is not None and path.exists():
        backup_path = take_backup(path, "upgrade", passphrase, if_changed=False)
    from alembic import command

    config = alembic_config()
    try:
        with migration_connection(engine) as connection:
            if connection.dialect.name == "postgresql":
                # Several laptops may open an older team server at once: one upgrades,
                # the others wait and find it done (Alembic then has nothing to run).
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK}
                )
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            # A batch migration rebuilds a table without its triggers: put capture back.
            from kam.sync.capture import ensure_capture

            ensure_capture(connection)
    except Exception as exc:
        if path is None and _not_allowed(exc):
            raise UpgradeFailed(
                _(
                    "The team server has an older schema ({revision}) than this app ({head}); "
                    "its administrator upgrades it by running kam on it once"
                ).format(revision=revision, head=wanted)
            ) from exc
        if backup_path is not None and path is not None:
            engine.dispose()
            copy_into_place(path, backup_path, passphrase)
            message = _(
                "Upgrading the database failed; it was put back as it was before the "
                "upgrade (backup {backup}): {error}"
            )
        else:
            message = _("Upgrading the database failed; the file is unchanged: {error}")
        raise UpgradeFailed(message.format(backup=backup_path, error=exc)) from exc
    return backup_path

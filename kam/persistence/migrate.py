"""Schema creation and upgrade through Alembic, run programmatically on open.

The migration scripts ship inside the package (``kam/persistence/migrations``), so an
installed app and a PyInstaller bundle upgrade a user's file the same way. Before an
existing file is upgraded a backup is taken into its backup folder; a failed upgrade
is rolled back (SQLite DDL is transactional) and, as a second line of defence against a
migration step that commits on its own, the file is put back from that backup before
:class:`UpgradeFailed` is raised.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from kam.i18n import _
from kam.persistence.backup import copy_into_place, take_backup
from kam.persistence.errors import NewerSchema, NotKamDatabase, UpgradeFailed
from kam.persistence.location import sqlite_path


def alembic_config() -> Config:
    config = Config()
    location = resources.files("kam.persistence") / "migrations"
    config.set_main_option("script_location", str(location))
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


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
    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, target)
    except Exception as exc:
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

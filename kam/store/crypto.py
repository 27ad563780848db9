"""Encryption at rest with SQLCipher: turn it on, change the passphrase, turn it off.

Each change writes a complete new copy with ``sqlcipher_export`` beside every file it
changes — the database and each automatic backup — and checks it opens with the new key
and passes ``integrity_check``. Only then is a journal (``<db>.keychange``, the list of
copies, never a key) written and flushed: that is the moment the change happens. The
copies are then renamed over the originals and the journal removed. A crash before the
journal leaves every file in the old key (the next start removes the copies); a crash
after it is finished by the next start (renames need no key). So the database and its
backups are always all in the old key or all in the new one.

A lost passphrase cannot be recovered: SQLCipher derives the key from it and there is
no back door.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from kam.i18n import _
from kam.store import atomic, raw
from kam.store.backup import backup_dir, list_backups, take_backup
from kam.store.errors import StoreError, WrongPassphrase
from kam.store.instance import exclusive_use

log = logging.getLogger(__name__)

ENV_VAR = "KAM_PASSPHRASE"
MIN_LENGTH = 8


# The suffix of a converted copy waiting to be renamed over its original.
PENDING = ".keychange-new"


@dataclass(frozen=True)
class KeyChange:
    """What a key change did: the database, how many backups now carry the new key, and
    the backups it could not open with the old key (left as they are)."""

    path: Path
    backups_converted: int
    stray: list[Path] = field(default_factory=list)


def passphrase_from_env() -> str | None:
    return os.environ.get(ENV_VAR) or None


def validate_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_LENGTH:
        raise StoreError(_("The passphrase must have at least {n} characters").format(n=MIN_LENGTH))
    if "\x00" in passphrase:
        raise StoreError(_("The passphrase contains a character that cannot be used"))


def wrong_passphrase(path: Path) -> WrongPassphrase:
    return WrongPassphrase(
        _("The passphrase does not open {path} (or the file is not a KAM Desk database)").format(
            path=path
        ),
        path,
    )


def convert_file(
    path: Path,
    old: str | None,
    new: str | None,
    *,
    journal_mode: str = "WAL",
    into: Path | None = None,
) -> None:
    """Rewrites ``path`` under key ``new`` (None: plaintext), replacing it atomically;
    with ``into`` the converted copy is left there instead (``path`` unchanged)."""
    tmp = path.with_name(path.name + ".rekey")
    for stale in [tmp, *raw.side_files(tmp)]:
        stale.unlink(missing_ok=True)
    source = sqlcipher.connect(raw.file_uri(path), uri=True)
    try:
        if old:
            raw.apply_key(source, old)
        else:
            raw.prepare_cipher(source)
            source.execute("PRAGMA temp_store = MEMORY")
        try:
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            raise wrong_passphrase(path) from exc
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        version = int(source.execute("PRAGMA user_version").fetchone()[0])
        source.execute("ATTACH DATABASE ? AS converted KEY ?", (str(tmp), new or ""))
        # The copy is a scratch file until it is checked, flushed and renamed below, so
        # per-statement journaling and fsyncs (seconds for a few hundred tables and
        # indexes) buy nothing.
        source.execute("PRAGMA converted.synchronous = OFF")
        source.execute("PRAGMA converted.journal_mode = OFF").fetchone()
        source.execute("SELECT sqlcipher_export('converted')").fetchone()
        source.execute(f"PRAGMA converted.user_version = {version}")
        source.execute("DETACH DATABASE converted")
    except BaseException:
        source.close()
        for stale in [tmp, *raw.side_files(tmp)]:
            stale.unlink(missing_ok=True)
        raise
    source.close()
    check = raw.connect(tmp, new)
    try:
        result = check.execute("PRAGMA integrity_check").fetchone()[0]
        check.execute(f"PRAGMA journal_mode = {journal_mode}").fetchone()
    finally:
        check.close()
    if result != "ok":
        tmp.unlink(missing_ok=True)
        raise StoreError(
            _("The converted copy failed its check; {path} is unchanged").format(path=path)
        )
    atomic.fsync_file(tmp)
    if into is not None:
        tmp.replace(into)
        return
    # The old file's WAL was checkpointed and closed above; a leftover one would be
    # replayed onto the new file and garble it.
    for side in raw.side_files(path):
        side.unlink(missing_ok=True)
    tmp.replace(path)
    atomic.fsync_dir(path.parent)


def journal_path(database: Path) -> Path:
    return database.with_name(database.name + ".keychange")


def _pending(original: Path) -> Path:
    return original.with_name(original.name + PENDING)


def _leftover_copies(database: Path) -> list[Path]:
    folders = [database.parent, backup_dir(database)]
    found: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            found += [
                p
                for p in folder.iterdir()
                if p.name.endswith((PENDING, ".rekey"))
                and (folder != database.parent or p.name.startswith(database.name))
            ]
    return found


def finish_key_change(database: Path) -> bool:
    """Completes (journal present) or undoes (copies without a journal) a key change a
    crash interrupted; True when there was one. Needs no key: it only renames."""
    journal = journal_path(database)
    originals: list[Path] | None = None
    if journal.exists():
        try:
            originals = [Path(p) for p in json.loads(journal.read_text(encoding="utf-8"))]
        except (OSError, ValueError):  # cut off while being written: nothing was renamed
            journal.unlink(missing_ok=True)
    if originals is not None:
        for original in originals:
            copy = _pending(original)
            if copy.exists():
                if original == database:
                    for side in raw.side_files(original):
                        side.unlink(missing_ok=True)
                copy.replace(original)
        if backup_dir(database).is_dir():
            atomic.fsync_dir(backup_dir(database))
        atomic.fsync_dir(database.parent)
        journal.unlink()
        atomic.fsync_dir(database.parent)
        return True
    leftovers = _leftover_copies(database)
    for copy in leftovers:
        for stale in [copy, *raw.side_files(copy)]:
            stale.unlink(missing_ok=True)
    return bool(leftovers)


def resume_interrupted(database: Path) -> None:
    """At start: finishes a key change a crash interrupted and removes the temporary
    files killed backups and imports left, when nothing else is using the file."""
    from kam.store.backup import remove_orphans
    from kam.store.instance import FileLock

    if not (journal_path(database).exists() or _leftover_copies(database)):
        remove_orphans(database)
        return
    lock = FileLock(database)
    if not lock.acquire(exclusive=True):
        return  # another program has it; whoever opens it alone next finishes it
    try:
        finish_key_change(database)
    finally:
        lock.release()
    remove_orphans(database)


def _convert_database(path: Path, old: str | None, new: str | None) -> KeyChange:
    if not path.exists():
        raise StoreError(_("There is no database at {path}").format(path=path))
    with exclusive_use(path):
        finish_key_change(path)
        try:
            raw.connect(path, old).close()
        except raw.DBAPI_ERRORS as exc:
            raise wrong_passphrase(path) from exc
        originals: list[Path] = []
        stray: list[Path] = []
        try:
            take_backup(path, "encryption", old, if_changed=False)
            for info in list_backups(path):
                try:
                    convert_file(
                        info.path, old, new, journal_mode="DELETE", into=_pending(info.path)
                    )
                except (WrongPassphrase, *raw.DBAPI_ERRORS):  # type: ignore[misc]
                    stray.append(info.path)  # restored from elsewhere, in another key
                    continue
                originals.append(info.path)
            convert_file(path, old, new, into=_pending(path))
            originals.append(path)
            journal = journal_path(path)
            journal.write_text(json.dumps([str(p) for p in originals]), encoding="utf-8")
            atomic.fsync_file(journal)
            atomic.fsync_dir(path.parent)
        except (OSError, sqlcipher.DatabaseError, StoreError) as exc:
            finish_key_change(path)  # no journal yet: removes the copies
            if isinstance(exc, StoreError):
                raise
            raise StoreError(
                _("Cannot change the encryption of {path}: {error}").format(path=path, error=exc)
            ) from exc
        # From here on the change has happened; the renames only complete it, and a
        # rename that fails now is done by the next start (the journal stays): never
        # report as failed a change that happened.
        try:
            finish_key_change(path)
        except OSError:
            log.warning("key change of %s: renames left to the next start", path, exc_info=True)
    return KeyChange(path, len(originals) - 1, stray)


def encrypt_database(path: Path, passphrase: str) -> KeyChange:
    """Encrypts the plain database at ``path`` with ``passphrase``."""
    if raw.looks_encrypted(path):
        raise StoreError(
            _("{path} is already encrypted; use rekey to change the passphrase").format(path=path)
        )
    validate_new_passphrase(passphrase)
    return _convert_database(path, None, passphrase)


def decrypt_database(path: Path, passphrase: str) -> KeyChange:
    """Removes the encryption of ``path`` (opened with ``passphrase``)."""
    if not raw.looks_encrypted(path):
        raise StoreError(_("{path} is not encrypted").format(path=path))
    return _convert_database(path, passphrase, None)


def rekey_database(path: Path, old: str, new: str) -> KeyChange:
    """Changes the passphrase of the encrypted database at ``path``."""
    if not raw.looks_encrypted(path):
        raise StoreError(_("{path} is not encrypted").format(path=path))
    validate_new_passphrase(new)
    return _convert_database(path, old, new)


def export_warning(encrypted: bool) -> str | None:
    """The warning to show before exporting from an encrypted database (exports are plain)."""
    if not encrypted:
        return None
    return _(
        "This database is encrypted, but the exported file is not: keep it somewhere "
        "safe and delete it when it is no longer needed"
    )

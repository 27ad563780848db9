"""Encryption at rest with SQLCipher: turn it on, change the passphrase, turn it off.

Each change writes a complete new file with ``sqlcipher_export`` next to the old one,
checks it opens with the new key and passes ``integrity_check``, then renames it over
the old file: a crash at any moment leaves either the old file or the new one, never a
half-converted mix. The automatic backups get the same key, so no plaintext copy of
the customer list stays behind. A lost passphrase cannot be recovered: SQLCipher
derives the key from it and there is no back door.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from kam.i18n import _
from kam.persistence import raw
from kam.persistence.backup import reencrypt_backups, take_backup
from kam.persistence.errors import StoreError, WrongPassphrase
from kam.persistence.instance import exclusive_use

ENV_VAR = "KAM_PASSPHRASE"
MIN_LENGTH = 8


@dataclass(frozen=True)
class KeyChange:
    """What a key change did: the database and how many backups now carry the new key."""

    path: Path
    backups_converted: int


def passphrase_from_env() -> str | None:
    return os.environ.get(ENV_VAR) or None


def validate_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_LENGTH:
        raise StoreError(
            _("The passphrase must have at least {n} characters").format(n=MIN_LENGTH)
        )
    if "\x00" in passphrase:
        raise StoreError(_("The passphrase contains a character that cannot be used"))


def wrong_passphrase(path: Path) -> WrongPassphrase:
    return WrongPassphrase(
        _("The passphrase does not open {path} (or the file is not a KAM Desk database)")
        .format(path=path),
        path,
    )


def convert_file(
    path: Path, old: str | None, new: str | None, *, journal_mode: str = "WAL"
) -> None:
    """Rewrites ``path`` under key ``new`` (None: plaintext), replacing it atomically."""
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
        raise StoreError(_("The converted copy failed its check; {path} is unchanged").format(path=path))
    raw.fsync_file(tmp)
    # The old file's WAL was checkpointed and closed above; a leftover one would be
    # replayed onto the new file and garble it.
    for side in raw.side_files(path):
        side.unlink(missing_ok=True)
    tmp.replace(path)
    raw.fsync_dir(path.parent)


def _convert_database(path: Path, old: str | None, new: str | None) -> KeyChange:
    if not path.exists():
        raise StoreError(_("There is no database at {path}").format(path=path))
    with exclusive_use(path):
        try:
            raw.connect(path, old).close()
        except raw.DBAPI_ERRORS as exc:
            raise wrong_passphrase(path) from exc
        try:
            take_backup(path, "encryption", old, if_changed=False)
            convert_file(path, old, new)
        except sqlcipher.DatabaseError as exc:
            raise StoreError(
                _("Cannot change the encryption of {path}: {error}").format(path=path, error=exc)
            ) from exc
        converted = reencrypt_backups(path, old, new)
    return KeyChange(path, converted)


def encrypt_database(path: Path, passphrase: str) -> KeyChange:
    """Encrypts the plain database at ``path`` with ``passphrase``."""
    if raw.looks_encrypted(path):
        raise StoreError(_("{path} is already encrypted; use rekey to change the passphrase").format(path=path))
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

"""Direct DB-API connections to a SQLite file, plain or SQLCipher-encrypted.

Backups, checks, restores and key changes work below SQLAlchemy: they need SQLite's
backup API, PRAGMAs on a file that may not even be a KAM database yet, and a key set
before the first page is read. The key is bound as a SQL literal only inside the
``PRAGMA key`` statement on a raw cursor, which SQLAlchemy never logs.
"""

from __future__ import annotations

import codecs
import os
import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

SQLITE_MAGIC = b"SQLite format 3\x00"
# Starts of files that are certainly not SQLCipher ciphertext (whose first 16 bytes are
# a random salt): zeros, and the common formats a sync client or a mistaken "save as"
# leaves in place of a database.
NOT_CIPHER_STARTS = (
    bytes(16),
    b"\x89PNG",
    b"PK\x03\x04",
    b"%PDF",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\xd0\xcf\x11\xe0",
    b"\x1f\x8b",
    b"7z\xbc\xaf",
    b"Rar!",
)

# Errors either driver raises; the two modules have separate exception classes.
DBAPI_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)


def quote(value: str) -> str:
    """``value`` as a SQL string literal (PRAGMA does not accept bound parameters)."""
    return "'" + value.replace("'", "''") + "'"


def looks_encrypted(path: Path) -> bool:
    """True when ``path`` holds pages but not SQLite's plain header: a SQLCipher file.

    A SQLCipher file starts with a random salt, is ciphertext throughout and a whole
    number of pages; the size and text tests keep a stray text file (or a zeroed one)
    from being taken for an encrypted database and answered with a passphrase prompt.
    """
    try:
        size = path.stat().st_size
        if size < 1024 or size % 512:
            return False
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError:
        return False
    if head.startswith(SQLITE_MAGIC) or head.startswith(NOT_CIPHER_STARTS):
        return False
    try:  # not final: a character cut at the 1 KiB boundary is no evidence
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return True  # random bytes: 1 KiB of ciphertext is never valid UTF-8
    return False


# SQLCipher's key derivation cost (PBKDF2-HMAC-SHA512 iterations): SQLCipher 4's
# default, pinned so that a later SQLCipher with another default still opens old files.
# About half a second per connection — the point of it. Only a test suite lowers it,
# the way Django's tests swap in a fast password hasher.
DEFAULT_KDF_ITER = 256_000
kdf_iter: int = DEFAULT_KDF_ITER


def prepare_cipher(dbapi_connection: Any) -> None:
    """Settings every SQLCipher connection needs before it touches a file."""
    # SQLCipher prints "hmac check failed" to stderr on a wrong key; the app reports
    # that itself in one line.
    dbapi_connection.execute("PRAGMA cipher_log_level = NONE")
    dbapi_connection.execute(f"PRAGMA cipher_default_kdf_iter = {int(kdf_iter)}")


def apply_key(dbapi_connection: Any, passphrase: str) -> None:
    """Keys a fresh SQLCipher connection; must run before anything reads the file."""
    prepare_cipher(dbapi_connection)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA key = {quote(passphrase)}")
        # Sorting and batch migrations would otherwise spill plaintext temp files.
        cursor.execute("PRAGMA temp_store = MEMORY")
    finally:
        cursor.close()


def zeroed_start(path: Path) -> bool:
    """True when the file's first 16 bytes are zeros: a wiped header, never a database."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return len(head) == 16 and head == bytes(16)


def on_read_only_media(path: Path) -> bool:
    """True when neither ``path`` nor its folder can be written (a write-protected USB
    stick, a CD, a file without write permission)."""
    folder = path.parent
    return not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK))


def file_uri(path: Path, *, readonly: bool = False) -> str:
    """The ``file:`` URI of ``path`` (``?`` and ``%`` in names quoted).

    Read-only on read-only media is also *immutable*: SQLite then needs no ``-shm``
    beside a WAL file, which it could not create there.
    """
    uri = Path(os.path.abspath(path)).as_uri()
    if not readonly:
        return uri
    return uri + ("?mode=ro&immutable=1" if on_read_only_media(path) else "?mode=ro")


def connect(path: Path, passphrase: str | None = None, *, readonly: bool = False) -> Any:
    """A DB-API connection to ``path`` (SQLCipher when a passphrase is given).

    The first page is read at once, so a wrong passphrase or a file that is not a
    database fails here with the driver's ``DatabaseError``.
    """
    if passphrase:
        connection = sqlcipher.connect(file_uri(path, readonly=readonly), uri=True)
        try:
            apply_key(connection, passphrase)
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            connection.close()
            raise
        return connection
    connection = sqlite3.connect(file_uri(path, readonly=readonly), uri=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        connection.close()
        raise
    return connection


def side_files(path: Path) -> list[Path]:
    """The ``-wal``, ``-shm`` and ``-journal`` files SQLite keeps next to ``path``."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]

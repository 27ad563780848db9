"""Advisory locks that keep two programs from tripping over one database file.

SQLite already serialises writers, so any number of ``kam`` commands and one app may
use a file together (a *shared* lock each). Replacing the file — restore, encrypt,
decrypt, rekey — needs it to itself (an *exclusive* lock): a program still holding
the old file would go on writing into a deleted copy and lose that work. The app also
takes a second lock so that a second window on the same file is refused with a message
instead of two windows showing different data.

The locks are ``portalocker``'s: ``flock`` on POSIX and ``LockFileEx`` on Windows, which
has shared locks too (the C runtime's byte-range locks had none, so the shared lock
was a no-op there and a second app window was not refused).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import portalocker

from kam.i18n import _
from kam.store.errors import AlreadyOpen


class FileLock:
    """A non-blocking advisory lock on ``<database>.<suffix>``.

    A folder where the lock file cannot be created (read-only media) gets no lock:
    nothing can be written there anyway.
    """

    def __init__(self, database: Path, suffix: str = "lock") -> None:
        self.path = database.with_name(f"{database.name}.{suffix}")
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, *, exclusive: bool) -> bool:
        """Takes the lock; False when another holder prevents it."""
        if self._fd is not None:
            return True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return True
        if not _lock(fd, exclusive):
            os.close(fd)
            return False
        self._fd = fd
        if exclusive:
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
        return True

    def holder_pid(self) -> int | None:
        """The process id an exclusive holder wrote into the lock file, if any."""
        try:
            return int(self.path.read_text().strip() or 0) or None
        except (OSError, ValueError):
            return None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _unlock(fd)
        os.close(fd)

    def __del__(self) -> None:
        self.release()


def _lock(fd: int, exclusive: bool) -> bool:
    flags = (portalocker.LOCK_EX if exclusive else portalocker.LOCK_SH) | portalocker.LOCK_NB
    try:
        portalocker.lock(fd, flags)
    except (portalocker.exceptions.LockException, OSError):
        return False
    return True


def _unlock(fd: int) -> None:
    with suppress(portalocker.exceptions.LockException, OSError):
        portalocker.unlock(fd)


@contextmanager
def exclusive_use(database: Path) -> Iterator[None]:
    """Holds ``database`` to itself for a restore or a key change, or raises AlreadyOpen."""
    lock = FileLock(database)
    if not lock.acquire(exclusive=True):
        raise AlreadyOpen(
            _(
                "The database {path} is open in KAM Desk or another kam command; close it first"
            ).format(path=database)
        )
    try:
        yield
    finally:
        lock.release()


def app_lock(database: Path) -> FileLock:
    """The lock one app window holds on ``database``; raises AlreadyOpen for a second one."""
    lock = FileLock(database, "app.lock")
    if not lock.acquire(exclusive=True):
        pid = lock.holder_pid()
        raise AlreadyOpen(
            _("{path} is already open in another KAM Desk window (process {pid})").format(
                path=database, pid=pid or "?"
            )
        )
    return lock

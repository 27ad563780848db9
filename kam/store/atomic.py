"""Writing a file so that it is either the complete new content or the old file.

A crash, a full disk or an exception half-way through an export must never leave a
truncated or empty file under the user's name: the content goes to a temporary file in
the same folder, is flushed to disk and only then renamed over the target (a rename
within one folder is atomic on every platform KAM Desk runs on).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

_DEFAULT_MODE = 0o644


def fsync_file(path: Path) -> None:
    """Flushes ``path``'s content to disk."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Makes a rename durable (POSIX); directories cannot be opened on Windows."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yields a temporary path beside ``path`` to write by name; renamed into place on success.

    For libraries that write to a file name (ReportLab, openpyxl's ``save``). On an
    exception the temporary file is removed and ``path`` is left as it was.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        # The user named the target, not our temporary file: say which file failed.
        raise OSError(exc.errno, exc.strerror, str(target)) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        mode = target.stat().st_mode & 0o777 if target.exists() else _DEFAULT_MODE
        os.chmod(tmp, mode)
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(folder)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_write(
    path: str | os.PathLike[str],
    mode: str = "wb",
    *,
    encoding: str | None = None,
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """Yields an open file whose content replaces ``path`` only when the block succeeds.

    Example::

        with atomic_write(out, "w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(rows)
    """
    if "w" not in mode:
        raise ValueError("atomic_write only writes (mode 'w', 'wb', 'wt')")
    with atomic_path(path) as tmp, tmp.open(mode, encoding=encoding, newline=newline) as handle:
        yield handle
        handle.flush()

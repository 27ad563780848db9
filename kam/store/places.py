"""Places where a SQLite file is at risk: sync folders and network shares.

Sync clients (Dropbox, OneDrive, iCloud, 坚果云 …) copy the main file and its ``-wal``
separately and at different moments, and network file systems often break SQLite's
locks; either can corrupt a database or silently bring back an old copy. The app warns
once when it opens a file in such a place.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kam.i18n import _

# Lower-case starts of folder names that sync clients create.
SYNC_FOLDERS = (
    "dropbox",
    "onedrive",
    "icloud",
    "mobile documents",  # iCloud Drive on macOS
    "google drive",
    "googledrive",
    "box sync",
    "nutstore",
    "坚果云",
    "baidunetdisk",
    "baidusyncdisk",
    "百度网盘",
    "百度同步盘",
    "weiyun",
    "微云",
    "wps云",
    "seafile",
    "nextcloud",
    "owncloud",
    "syncthing",
)
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "smb3",
        "sshfs",
        "fuse.sshfs",
        "9p",
        "afpfs",
        "davfs",
        "fuse.davfs",
        "webdav",
        "fuse.rclone",
        "ncpfs",
        "glusterfs",
        "ceph",
    }
)


def sync_folder(path: Path) -> str | None:
    """The name of the sync folder ``path`` lies in, if any."""
    for part in Path(os.path.abspath(path)).parts:
        lowered = part.lower()
        if any(lowered.startswith(marker) for marker in SYNC_FOLDERS):
            return part
    return None


def _linux_fs_type(path: Path, mounts: str) -> str | None:
    target = os.path.abspath(path)
    best, kind = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def on_network_share(path: Path, mounts: str | None = None) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(path))[0] + "\\"
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 4)  # DRIVE_REMOTE
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text()
        except OSError:
            return False
    return _linux_fs_type(path, mounts) in NETWORK_FILESYSTEMS


def risky_location(path: Path) -> str | None:
    """A warning for the user when ``path`` is in a sync folder or on a network share."""
    folder = sync_folder(path)
    if folder:
        return _(
            "The database is inside the sync folder {folder}. Sync programs can copy a "
            "half-written database and damage it; keep the database in a local folder "
            "and rely on KAM Desk's backups instead."
        ).format(folder=folder)
    if on_network_share(path):
        return _(
            "The database is on a network share. Network file systems can break the "
            "locking SQLite relies on and damage the file; keep it on this computer's disk."
        )
    return None

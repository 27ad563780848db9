"""Human one-line messages for operating-system errors (disk full, no permission …):
``[Errno 13] Permission denied: '/x'`` means little to a salesperson, least in English."""

from __future__ import annotations

import errno

from kam.i18n import _

_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "no such file or folder",
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the disk is read-only",
    errno.EISDIR: "this is a folder, not a file",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EEXIST: "the file already exists",
}


def os_error_message(exc: OSError) -> str:
    """``<file>: <reason>`` in the current language, or the error's own text."""
    reason = _REASONS.get(exc.errno or -1)
    if reason is None:
        return str(exc)
    name = exc.filename
    return _("{path}: {reason}").format(path=name, reason=_(reason)) if name else _(reason)

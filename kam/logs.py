"""The log file the CLI and the desktop app share: where it lives and how it is written.

An unexpected error is never shown to a user as a traceback; it goes here, with the
traceback, and the user is told one line and where this file is. The folder is the
user's log folder (platformdirs), or ``KAM_LOG_DIR`` when set (tests, portable installs).
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

FILE_NAME = "kam.log"
LOGGER = "kam"
# A few hundred tracebacks fit; older ones roll over into kam.log.1 … kam.log.3.
MAX_BYTES = 1_000_000
BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d %(threadName)s] %(message)s"


class _FileHandler(RotatingFileHandler):
    """Creates the folder and the file at the first record, not before (a command that
    logs nothing leaves nothing behind), and never lets a failed write stop the app."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )

    def _open(self):  # type: ignore[no-untyped-def]
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        pass  # a read-only or full disk: the user still gets the message, without a log


def log_folder() -> Path:
    env = os.environ.get("KAM_LOG_DIR", "")
    return Path(env) if env else Path(platformdirs.user_log_dir("kam", appauthor=False))


def log_path() -> Path:
    return log_folder() / FILE_NAME


def logger() -> logging.Logger:
    return logging.getLogger(LOGGER)


def setup_logging(*, debug: bool = False) -> Path:
    """Writes the ``kam`` logger to the rotating file (once per process and folder)
    and, with ``debug``, to stderr too; returns the file's path."""
    path = log_path()
    log = logger()
    log.setLevel(logging.DEBUG if debug else logging.INFO)
    log.propagate = False
    if not any(
        isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path.resolve()
        for h in log.handlers
    ):
        for old in [h for h in log.handlers if isinstance(h, RotatingFileHandler)]:
            log.removeHandler(old)
            old.close()
        handler = _FileHandler(path)
        handler.setFormatter(logging.Formatter(_FORMAT))
        log.addHandler(handler)
    if debug and not any(type(h) is logging.StreamHandler for h in log.handlers):
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter(_FORMAT))
        log.addHandler(stream)
    return path


def log_exception(what: str, exc: BaseException) -> Path:
    """Records ``exc`` with its traceback under ``what`` (what was being done); returns
    the log file to name to the user."""
    path = setup_logging(debug=logger().level == logging.DEBUG)
    logger().error(
        "%s: %s: %s", what, type(exc).__name__, exc, exc_info=(type(exc), exc, exc.__traceback__)
    )
    for handler in logger().handlers:
        handler.flush()
    return path


def one_line(exc: BaseException) -> str:
    """``ValueError: bad thing`` — the exception as one line for a message."""
    text = str(exc).strip().split("\n", 1)[0]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__

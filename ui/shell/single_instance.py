"""One window per database: a second launch on the same file raises the open window
and exits, instead of a second window (or a "database in use" error).

The first instance listens on a local socket (a named pipe on Windows) named after the
user and the database; a later launch that reaches it asks it to come forward.
"""

from __future__ import annotations

import getpass
import hashlib

from PySide6.QtCore import QObject, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from kam.store.location import resolve_url

WAIT_MS = 500
RAISE = b"raise\n"


def server_name(db: str | None) -> str:
    try:
        user = getpass.getuser()
    except OSError:
        user = "user"
    digest = hashlib.sha1(f"{user}\n{resolve_url(db)}".encode()).hexdigest()[:16]
    return f"kam-desk-{digest}"


def raise_running(db: str | None) -> bool:
    """True when another instance has this database open and was asked to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db))
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(RAISE)
    socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Brings ``window`` forward whenever a later launch knocks."""

    def __init__(self, db: str | None, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.knocks = 0
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._knock)
        name = server_name(db)
        if not self.server.listen(name):
            # A name left behind by a crashed instance (Unix sockets outlive processes).
            QLocalServer.removeServer(name)
            self.server.listen(name)

    def _knock(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
        w = self.window
        w.setWindowState(
            (w.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        w.show()
        w.raise_()
        w.activateWindow()
        self.knocks += 1

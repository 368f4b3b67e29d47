"""One window per database: a second start on the same file brings the first window to the front instead of opening a
second writer (two windows on one file would each overwrite what the other saved).

The first instance listens on a local socket named after the database's resolved path; a later start connects to
it, asks it to come to the front, and stops. QLocalServer is a named pipe on Windows and a socket file on Linux and
macOS (a file left by a crash is removed when nothing answers on it).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 500  # a live first instance answers at once; a stale socket file does not answer at all
_WAKE = b"show\n"


def server_name(db_path: Path) -> str:
    """The local socket's name for a database: the same for every spelling of the same file, short enough for the
    socket path limits of every system."""
    resolved = os.path.normcase(str(Path(db_path).expanduser().resolve()))
    return "merchant-readiness-" + hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:20]


def wake_running_instance(db_path: Path) -> bool:
    """Is the database already open in another instance of the app? If so, ask that window to come to the front."""
    return _wake(server_name(db_path))


def _wake(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(_WAKE)
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


class InstanceGuard(QObject):
    """Held by the instance that has the database open; ``woken`` when a later start asks for its window."""

    woken = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(db_path)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # only this user may knock
        self.server.newConnection.connect(self._knocked)

    def listen(self) -> bool:
        """Start listening; False when another instance already does (it was started meanwhile)."""
        if self.server.listen(self.name):
            return True
        if _wake(self.name):
            return False
        QLocalServer.removeServer(self.name)  # a socket file left by a crash: nobody answers on it
        return self.server.listen(self.name)

    def _knocked(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            self.woken.emit()

    def close(self) -> None:
        self.server.close()

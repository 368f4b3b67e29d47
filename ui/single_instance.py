"""One window per database: a second start on the same file brings the first window to the front instead of opening a
second writer (two windows on one file would each overwrite what the other saved).

Two pieces, so that the check costs nothing before the first window is up:
- a **claim**: a lock file in the temporary folder, named after the database's resolved path, locked by the
  instance that has the database open (the operating system releases it if that process dies). Plain Python: taken
  before Qt's network module is even loaded.
- a **local socket** of the same name, on which the first instance listens once its window is up; a later start
  that finds the claim taken connects to it, asks it to come to the front, and stops. QLocalServer is a named pipe
  on Windows and a socket file on Linux and macOS (a file left by a crash is removed when nothing answers on it).
Where the lock file cannot be used (a temporary folder shared with another user who made it first), the socket
alone decides, as it did before the claim existed.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import IO, TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

CONNECT_MS = 500  # a live first instance answers at once; a stale socket file does not answer at all
STARTING_S = 3.0  # how long a start waits for a first instance that holds the claim but does not listen yet
_WAKE = b"show\n"


def server_name(db_path: Path) -> str:
    """The local socket's (and lock file's) name for a database: the same for every spelling of the same file, short
    enough for the socket path limits of every system. A name, not a secret: two checksums of the path (zlib is
    loaded with Qt already; hashlib's OpenSSL is not) tell apart the few databases of one user."""
    resolved = os.path.normcase(str(Path(db_path).expanduser().resolve())).encode("utf-8")
    return f"merchant-readiness-{zlib.crc32(resolved):08x}{zlib.adler32(resolved):08x}"


class Claim:
    """The lock that says "this database is open in a window"; see the module's description."""

    def __init__(self, db_path: Path):
        self.path = Path(tempfile.gettempdir()) / f"{server_name(db_path)}.lock"
        self._handle: IO[bytes] | None = None

    def take(self) -> bool | None:
        """True: taken (or held already); False: another process holds it; None: the lock file cannot be used."""
        if self._handle is not None:
            return True
        try:
            handle = open(self.path, "a+b")  # noqa: SIM115 - kept open while the claim is held
        except OSError:
            return None
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                try:
                    msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
                except OSError:  # the file is open: its first byte is locked by another process (EACCES)
                    handle.close()
                    return False
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:  # POSIX: locked by another process
            handle.close()
            return False
        except OSError:  # a file system without locks: cannot tell
            handle.close()
            return None
        self._handle = handle
        return True

    def release(self) -> None:
        """Let go (the file stays: removing it could let two later starts lock two different files)."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def wake_running_instance(db_path: Path, patience: float = 0.0) -> bool:
    """Is the database already open in another instance of the app? If so, ask that window to come to the front.
    ``patience``: seconds to keep knocking, for an instance known to hold the claim that may not listen yet."""
    name = server_name(db_path)
    deadline = time.monotonic() + patience
    while True:
        if _wake(name):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


def _wake(name: str) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(_WAKE)
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


class InstanceGuard(QObject):
    """Held by the instance that has the database open: its claim, and the socket on which ``woken`` tells it that a
    later start asks for its window."""

    woken = Signal()

    def __init__(self, db_path: Path, claim: Claim | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(db_path)
        self.claim = claim or Claim(db_path)
        self.server: QLocalServer | None = None

    def listen(self) -> bool:
        """Take the claim (unless taken already) and listen; False when another instance has the database. A
        socket that cannot be made at all (no usable temporary folder) is not that: the window works, only a later
        start cannot bring it to the front."""
        from PySide6.QtNetwork import QLocalServer

        if self.claim.take() is False:
            return False
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # only this user may knock
        self.server.newConnection.connect(self._knocked)
        if self.server.listen(self.name):
            return True
        if _wake(self.name):  # an instance without the claim (its lock file unusable) has the database
            self.claim.release()
            return False
        QLocalServer.removeServer(self.name)  # a socket file left by a crash: nobody answers on it
        if not self.server.listen(self.name):
            log.warning(
                "no local socket %s (%s): a second start cannot wake this window", self.name, self.server.errorString()
            )
        return True

    def _knocked(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            self.woken.emit()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
        self.claim.release()

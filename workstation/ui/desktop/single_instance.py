"""One running app per OS user: a second start asks the first to come to the front and exits.

The first instance listens on a QLocalServer (a Unix domain socket or a Windows named pipe)
whose name is derived from the OS user, so two users on one machine each get their own app.
A later start connects, sends one JSON line `{"command": "activate", "args": [...]}` and
exits with status 0. A socket file left behind by a crashed instance must not block the
next start: nobody answers on it, so it is replaced (Qt does that itself when it binds with
socket options; where it reports the name as taken instead, the file is removed here).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

ACTIVATE = "activate"
_CONNECT_TIMEOUT_MS = 1000
_WRITE_TIMEOUT_MS = 1000
# An activation request is a few hundred bytes; anything far larger is not from us.
_MAX_MESSAGE_BYTES = 64 * 1024


def server_name(app_id: str = "ExpertWorkstation", scope: str = "") -> str:
    """A local-server name unique per OS user (and per `scope`, e.g. a data directory, so
    instances working on different data do not take each other over). Hashed, because user
    names may contain characters that are not valid in socket or pipe names."""
    identity = f"{getpass.getuser()}\0{scope}".encode()
    return f"{app_id}-{hashlib.sha256(identity).hexdigest()[:16]}"


class SingleInstance(QObject):
    """Call `claim()` early in start-up. True: this is the first instance, and
    `activation_requested` fires whenever another start asks for the window. False: the
    request was delivered to the running instance and this process should exit with 0."""

    activation_requested = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, QByteArray] = {}

    @property
    def name(self) -> str:
        return self._name

    @property
    def is_primary(self) -> bool:
        return self._server is not None

    def claim(self, args: Sequence[str] = ()) -> bool:
        if self._server is not None:
            return True
        if self._send_activate(args):
            return False
        server = self._new_server()
        if server.listen(self._name):
            return self._serve(server)
        if server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
            raise RuntimeError(f"local server {self._name!r}: {server.errorString()}")
        # The name is taken. Either another instance started listening after our first
        # attempt, or a crashed instance left its socket file behind: ask once more, and only
        # remove the name when still nobody answers.
        if self._send_activate(args):
            return False
        log.info("removing a stale single-instance socket")
        QLocalServer.removeServer(self._name)
        if server.listen(self._name):
            return self._serve(server)
        raise RuntimeError(f"local server {self._name!r}: {server.errorString()}")

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _send_activate(self, args: Sequence[str]) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(_CONNECT_TIMEOUT_MS):
            return False
        message = json.dumps({"command": ACTIVATE, "args": list(args)}).encode() + b"\n"
        socket.write(QByteArray(message))
        delivered = socket.waitForBytesWritten(_WRITE_TIMEOUT_MS) or socket.bytesToWrite() == 0
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(_WRITE_TIMEOUT_MS)
        if not delivered:
            log.warning("the running instance did not take the activation request")
        return delivered

    def _new_server(self) -> QLocalServer:
        server = QLocalServer(self)
        # Only this OS user may connect (socket file mode 0700 / a user-only pipe ACL).
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        return server

    def _serve(self, server: QLocalServer) -> bool:
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = QByteArray()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._finish(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer.append(socket.readAll())
        if buffer.size() > _MAX_MESSAGE_BYTES:
            log.warning("dropping an oversized single-instance message")
            self._finish(socket)
            return
        newline = buffer.indexOf(b"\n")
        if newline >= 0:
            line = bytes(buffer.left(newline).data())
            self._finish(socket)
            self._handle(line)

    def _finish(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is None:
            return
        socket.readyRead.disconnect()
        socket.disconnected.disconnect()
        socket.abort()
        socket.deleteLater()

    def _handle(self, line: bytes) -> None:
        try:
            message = json.loads(line)
        except ValueError:
            log.warning("ignoring a malformed single-instance message")
            return
        if not isinstance(message, dict) or message.get("command") != ACTIVATE:
            log.warning("ignoring an unknown single-instance command")
            return
        args = message.get("args", [])
        if not isinstance(args, list) or not all(isinstance(arg, str) for arg in args):
            log.warning("ignoring activation arguments that are not strings")
            args = []
        self.activation_requested.emit(args)


def bring_to_front(window: QWidget) -> None:
    """Shows `window` (also when hidden to the tray or minimised) and asks for focus.

    Window managers may refuse to hand focus to a window on request (Wayland without an
    activation token, Windows' focus-stealing rules); the window then flashes in the task bar.
    """
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()

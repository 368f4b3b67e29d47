"""Run a Python program with every network access refused and written down (tests/gui/test_offline.py).

    python tests/offline_guard.py LOG main.py ARGS...     a script
    python tests/offline_guard.py LOG -m pytest ARGS...   a module

An audit hook (PEP 578), installed before the program's first import, refuses and appends to LOG: a socket of any
family but AF_UNIX, a connect/bind/send to anything but a local (path) address, a name lookup, a urllib request.
Local sockets are allowed on purpose: the single-instance guard (ui/single_instance.py) talks to the other window
of the same database through QLocalServer/QLocalSocket, a Unix domain socket (a named pipe on Windows), which never
leaves the machine. Qt's own native sockets do not pass through Python's audit hooks: the test traces the system
calls too (strace), where it can.
"""

from __future__ import annotations

import os
import runpy
import socket
import sys

LOCAL_FAMILIES = {getattr(socket, "AF_UNIX", None)} - {None}
NETWORK_EVENTS = ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg")
LOOKUPS = ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex", "socket.gethostbyaddr")


def install(log: str) -> None:
    def refuse(what: str) -> None:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(what + "\n")
        raise PermissionError(f"network access in an offline program: {what}")

    def hook(event: str, args: tuple) -> None:
        if event == "socket.__new__":
            family = args[1]
            if family not in LOCAL_FAMILIES:  # -1 (no family given) means AF_INET
                refuse(f"socket family {family}")
        elif event in NETWORK_EVENTS:
            address = args[1] if len(args) > 1 else None
            if not isinstance(address, (str, bytes)):  # a path is local; a (host, port) tuple is not
                refuse(f"{event} {address!r}")
        elif event in LOOKUPS or event == "socket.getnameinfo":
            refuse(f"{event} {args!r}")
        elif event == "urllib.Request":
            refuse(f"urllib {args[0]!r}")

    sys.addaudithook(hook)


def main() -> None:
    log, *rest = sys.argv[1:]
    install(log)
    sys.path.insert(0, os.getcwd())  # the program's folder, as "python -m" would have it
    if rest[0] == "-m":
        sys.argv = [rest[1], *rest[2:]]
        runpy.run_module(rest[1], run_name="__main__", alter_sys=True)
    else:
        sys.argv = rest
        runpy.run_path(rest[0], run_name="__main__")


if __name__ == "__main__":
    main()

"""Offline guarantee: a whole session opens no network connection, in the app and on the command line.

Each session runs in a child process under tests/offline_guard.py, whose audit hook refuses (and writes down) any
socket but a local one, any connection to a network address and any name lookup. Local sockets are allowed, and
must be: ui/single_instance.py keeps one window per database with QLocalServer/QLocalSocket, a Unix domain socket
(a named pipe on Windows) that never leaves the machine; AF_INET and AF_INET6 are refused. Qt's own sockets are
native code that Python's audit hooks never see, so on Linux, where strace can trace the child, every socket()
system call of the whole process tree is checked as well.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUARD = ROOT / "tests" / "offline_guard.py"


def _strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    done = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket", "-o", os.devnull, sys.executable, "-c", "pass"],
        capture_output=True,
        timeout=60,
    )
    return done.returncode == 0


STRACE = _strace_works()


def guarded(tmp_path: Path, *command: str, timeout: float = 300) -> tuple[subprocess.CompletedProcess, str, str]:
    """Run ``command`` (arguments for offline_guard.py) offscreen; returns the result, the audit hook's refusals
    and the socket() and connect() calls the system saw (empty without strace)."""
    refused = tmp_path / "refused.log"
    traced = tmp_path / "strace.log"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MERCHANT_READINESS_DATA=str(tmp_path / "appdata"))
    env.pop("PYTEST_ADDOPTS", None)
    argv = [sys.executable, str(GUARD), str(refused), *command]
    if STRACE:
        argv = ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(traced), *argv]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env)
    read = lambda p: p.read_text(encoding="utf-8") if p.exists() else ""  # noqa: E731
    return done, read(refused), read(traced)


def network_calls(trace: str) -> list[str]:
    """System calls that open or reach a network socket (IPv4, IPv6, or any family but a local one)."""
    calls = []
    for line in trace.splitlines():
        if re.search(r"\bsocket\(AF_INET6?\b", line) or re.search(r"\bconnect\(.*sa_family=AF_INET6?\b", line):
            calls.append(line)
    return calls


def test_the_guard_notices_a_network_connection(tmp_path):
    """The check can fail: a program that tries to reach the network is caught, whether it succeeds or not."""
    script = tmp_path / "phones_home.py"
    script.write_text(
        "import socket, urllib.request\n"
        "try:\n    urllib.request.urlopen('http://127.0.0.1:9/', timeout=1)\nexcept Exception:\n    pass\n"
        "try:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\nexcept Exception:\n    pass\n"
        "try:\n    socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)\nexcept Exception:\n    pass\n",
        encoding="utf-8",
    )
    done, refused, trace = guarded(tmp_path, str(script))
    assert done.returncode == 0, done.stderr
    assert "urllib" in refused and "getaddrinfo" in refused and f"socket family {socket.AF_INET6}" in refused
    assert not network_calls(trace)  # refused before the system call: nothing left the program


def test_a_command_line_session_opens_no_network_socket(tmp_path):
    db = tmp_path / "shop.sqlite3"
    out = tmp_path / "out"
    out.mkdir()
    for args in (
        ["demo"],
        ["list"],
        ["plan", "--business", "1", "--out", str(out / "plan.pdf"), "--csv", str(out / "actions.csv")],
        ["plan", "--demo", "--lang", "ar", "--out", str(out / "plan-ar.pdf")],
    ):
        done, refused, trace = guarded(tmp_path, "main.py", "--db", str(db), *args)
        assert done.returncode == 0, done.stderr
        assert refused == "", refused
        assert not network_calls(trace), network_calls(trace)
    assert sorted(p.name for p in out.iterdir()) == ["actions.csv", "plan-ar.pdf", "plan.pdf"]


def test_the_app_session_opens_no_network_socket(tmp_path):
    """The desktop path, driven offscreen by a GUI test: a new business, its answers, the plan page, the PDF."""
    done, refused, trace = guarded(
        tmp_path,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:randomly",
        "-p",
        "no:cacheprovider",
        "tests/gui/test_ui.py::test_new_business_to_saved_pdf",
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "1 passed" in done.stdout
    assert refused == "", refused
    assert not network_calls(trace), network_calls(trace)


def test_the_app_start_uses_a_local_socket_only(tmp_path):
    """main.py itself, with the single-instance guard listening on its local socket."""
    done, refused, trace = guarded(tmp_path, "main.py", "--db", str(tmp_path / "shop.sqlite3"), "--quit-after-startup")
    assert done.returncode == 0, done.stderr
    assert refused == "", refused
    assert not network_calls(trace), network_calls(trace)
    if STRACE:
        assert re.search(r"\bsocket\(AF_UNIX\b", trace), "the single-instance guard's local socket was not seen"

"""Logging and crash traces, in one folder for the app and the command line (paths.log_dir()).

- ``error.log``: unexpected errors (tracebacks) and the warnings of the program's named loggers
  (``logging.getLogger(__name__)``), each entry under a ``--- date program version`` line.
- ``crash.log``: where faulthandler writes the Python stacks when the process dies hard (a crash inside Qt or
  another library). Empty as long as nothing happened. At the next start of the app a non-empty trace is moved
  aside to ``crash-<date>.log`` (the newest few are kept) and offered to the user.

A windowed Windows program has no standard error (``sys.stderr is None``): nothing here writes there then.
Starting is never stopped by logging: a folder that cannot be written just means no log.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import faulthandler
import logging
import os
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from . import APP_NAME, __version__
from .paths import log_dir

ERROR_LOG = "error.log"
CRASH_LOG = "crash.log"
CRASH_KEPT_PATTERN = "crash-*.log"
KEEP_CRASH_REPORTS = 5
MAX_ERROR_LOG_BYTES = 1_000_000  # then error.log becomes error.log.1 at the next start
MAX_REPORT_CHARS = 20_000  # what a message box shows of a crash trace (the end, where the crash is)

log = logging.getLogger(__name__)

_crash_file: IO[str] | None = None  # open for the life of the process: faulthandler writes to its descriptor
_crash_start = 0  # its size when this process opened it
_previous_crash: CrashReport | None = None


def error_log_path(folder: Path | None = None) -> Path:
    return (folder or log_dir()) / ERROR_LOG


def crash_log_path(folder: Path | None = None) -> Path:
    return (folder or log_dir()) / CRASH_LOG


def _header(extra: str = "") -> str:
    return f"--- {dt.datetime.now().isoformat(timespec='seconds')} {APP_NAME} {__version__}{extra}\n"


def to_stderr(text: str) -> None:
    """Write to the console when there is one (a windowed Windows program has none)."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(text if text.endswith("\n") else text + "\n")
        stream.flush()
    except (OSError, ValueError):
        pass


# -- the error log ---------------------------------------------------------------------------------------------
def append_error(details: str, log_file: Path | None = None) -> Path | None:
    """Append one entry (a traceback, usually) to the error log; returns the file, or None if it could not be
    written (the details then go to the console, when there is one)."""
    path = log_file or error_log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(_header())
            handle.write(details if details.endswith("\n") else details + "\n")
        return path
    except OSError:
        to_stderr(details)
        return None


def log_bug(error: BaseException, log_file: Path | None = None) -> Path | None:
    """The traceback of an unexpected exception, appended to the error log (the CLI's and the app's one place)."""
    return append_error("".join(traceback.format_exception(type(error), error, error.__traceback__)), log_file)


class ErrorLogHandler(logging.Handler):
    """Records of the program's loggers (warnings and above), appended to the error log like bugs.

    The file is opened for each record and closed again (records are rare): no file stays open, so the CLI and the
    app can share it and it can be rotated on Windows.
    """

    def __init__(self, path: Path, level: int = logging.WARNING):
        super().__init__(level)
        self.path = path
        self.setFormatter(logging.Formatter("%(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = self.format(record)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a", encoding="utf-8") as handle:
                handle.write(_header(f" {record.levelname} {record.name}"))
                handle.write(text + "\n")
        except Exception:
            self.handleError(record)  # writes to stderr only when there is one (logging.raiseExceptions)


def _rotate_error_log(path: Path) -> None:
    try:
        if path.stat().st_size > MAX_ERROR_LOG_BYTES:
            os.replace(path, path.with_name(path.name + ".1"))
    except OSError:
        pass  # absent, or in use by another running copy (Windows): next time


def configure_logging(folder: Path | None = None, *, console: bool = False) -> ErrorLogHandler:
    """The root logger writes warnings and errors to the error log; to stderr too with ``console`` (when there is a
    stderr). Calling it again replaces the handlers it added before."""
    path = error_log_path(folder)
    _rotate_error_log(path)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_merchant_readiness", False):
            root.removeHandler(handler)
    file_handler = ErrorLogHandler(path)
    handlers: list[logging.Handler] = [file_handler]
    if console and sys.stderr is not None:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        handlers.append(stream)
    for handler in handlers:
        handler._merchant_readiness = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    logging.captureWarnings(True)  # Python warnings too: a windowed program would drop them
    return file_handler


# -- hard crashes ----------------------------------------------------------------------------------------------
def enable_crash_trace(folder: Path | None = None, *, create: bool = True) -> Path | None:
    """faulthandler on, into crash.log (appended: the app and CLI runs may share it). Returns the file, or None
    when it could not be opened (then faulthandler writes to stderr if there is one, or stays off).

    Without ``create`` the log folder is used only if it exists already: a CLI command leaves no folder behind
    that it did not need (its console gets the trace instead).
    """
    global _crash_file, _crash_start
    path = crash_log_path(folder)
    handle: IO[str] | None = None
    try:
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        if path.parent.is_dir():
            handle = open(path, "a", encoding="utf-8")  # noqa: SIM115 - kept open on purpose
    except OSError:
        handle = None
    if handle is not None:
        faulthandler.enable(file=handle, all_threads=True)
        previous, _crash_file = _crash_file, handle
        if previous is None:
            atexit.register(_normal_exit)
        else:
            previous.close()
        _crash_start = os.fstat(handle.fileno()).st_size
        return path
    if sys.stderr is not None:
        # a stderr without a file descriptor cannot take the trace
        with contextlib.suppress(RuntimeError, ValueError, OSError, AttributeError):
            faulthandler.enable(all_threads=True)
    return None


def _normal_exit() -> None:
    """The process ends normally (atexit does not run after a hard crash), so whatever faulthandler wrote during
    this run was not fatal: on Windows it also reports exceptions that are handled afterwards (e.g. COM's
    0x8001010d around file dialogs). That text goes to the error log, not to the next start's crash offer.
    (Should another copy of the program have crashed into the same file meanwhile, its trace goes there too:
    kept, just not offered.)"""
    handle = _crash_file
    if handle is None or handle.closed:
        return
    try:
        end = os.fstat(handle.fileno()).st_size
        if end <= _crash_start:
            return
        with open(handle.name, encoding="utf-8", errors="replace") as reader:
            reader.seek(_crash_start)
            extra = reader.read()
        handle.truncate(_crash_start)
        append_error(
            "faulthandler output from a run that then ended normally (not a crash):\n" + extra,
            Path(handle.name).with_name(ERROR_LOG),
        )
    except OSError:
        pass


@dataclass(frozen=True)
class CrashReport:
    """What an earlier run left in crash.log: the text (its end, if long) and where the file was kept."""

    text: str
    path: Path


def take_crash_report(folder: Path | None = None) -> CrashReport | None:
    """The trace of an earlier hard crash, moved aside so that it is offered once; None when there is none.

    Call it before enable_crash_trace (Windows cannot rename a file that is open).
    """
    path = crash_log_path(folder)
    try:
        status = path.stat()
        if status.st_size == 0:
            return None
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
    except OSError:
        return None
    when = dt.datetime.fromtimestamp(status.st_mtime).strftime("%Y%m%d-%H%M%S")  # when the crash was written
    kept, n = path.with_name(f"crash-{when}.log"), 1
    while kept.exists():
        n += 1
        kept = path.with_name(f"crash-{when}-{n}.log")
    try:
        os.replace(path, kept)
    except OSError:
        kept = path  # another running copy holds it open (Windows): offered again at the next start
    _prune_crash_reports(path.parent, keep=kept)
    if len(text) > MAX_REPORT_CHARS:
        text = "…\n" + text[-MAX_REPORT_CHARS:]
    return CrashReport(text.strip() or text, kept)


def _prune_crash_reports(folder: Path, keep: Path) -> None:
    """The newest few crash-*.log stay (and always the one just kept)."""
    try:
        kept = sorted(folder.glob(CRASH_KEPT_PATTERN), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in kept[KEEP_CRASH_REPORTS:]:
        if old == keep:
            continue
        with contextlib.suppress(OSError):
            old.unlink()


# -- start -----------------------------------------------------------------------------------------------------
def start(*, gui: bool) -> None:
    """At the start of main.py, for the app (``gui``) and the CLI: the error log, faulthandler, and for the app the
    trace of an earlier crash (see previous_crash). Never raises."""
    global _previous_crash
    try:
        folder = log_dir()
        configure_logging(folder, console=gui)
        if gui:
            _previous_crash = take_crash_report(folder)
        enable_crash_trace(folder, create=gui)
    except Exception as error:
        to_stderr(f"warning: no log file ({error.__class__.__name__}: {error})")


def previous_crash() -> CrashReport | None:
    """The crash trace found by start(gui=True), once."""
    global _previous_crash
    report, _previous_crash = _previous_crash, None
    return report

"""Writing files so that nothing half-written is ever left behind."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from .errors import DiskFull, OutputError, os_reason


def _create_temporary(folder: Path, name: str) -> tuple[int, str]:
    """A new, empty file beside the target. Unlike mkstemp (owner-only files), it gets the mode an ordinary new
    file gets (0o666 less the umask), without touching the process-wide umask (other threads may create files)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp_name = str(folder / f".{name}.{secrets.token_hex(4)}.part")
        try:
            return os.open(temp_name, flags, 0o666), temp_name
        except FileExistsError:
            continue


def write_atomically(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename it into place.

    Failures become a UserError with one human sentence; the temporary file is removed and an existing file at
    ``path`` is left as it was.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError("output_folder_missing", path=path, folder=folder)
    if path.is_dir():
        raise OutputError("output_is_folder", path=path)
    try:
        handle, temp_name = _create_temporary(folder, path.name)
    except OSError as error:
        raise OutputError("output_folder_unwritable", folder=folder, reason=os_reason(error)) from error
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.remove(temp_name)
        if isinstance(error, PermissionError) and path.exists():
            # On Windows a PDF open in a viewer is locked: the rename fails with "permission denied".
            raise OutputError("output_locked", path=path) from error
        if error.errno == errno.ENOSPC:
            raise DiskFull("disk_full", path=path) from error
        raise OutputError("output_write_failed", path=path, reason=os_reason(error)) from error
    return path

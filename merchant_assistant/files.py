"""Writing files so that nothing half-written is ever left behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from .errors import UserError


def _default_mode() -> int:
    """The mode an ordinary new file gets (0o666 less the umask)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomically(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename it into place.

    Failures become a UserError with one human sentence; the temporary file is removed and an existing file at
    ``path`` is left as it was.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"cannot write {path}: the folder {folder} does not exist")
    if path.is_dir():
        raise UserError(f"cannot write {path}: it is a folder")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise UserError(f"cannot write in the folder {folder}: {error.strerror or 'permission denied'}") from error
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp_name, _default_mode())  # mkstemp makes owner-only files; a saved plan is an ordinary file
        os.replace(temp_name, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.remove(temp_name)
        if isinstance(error, PermissionError) and path.exists():
            # On Windows a PDF open in a viewer is locked: the rename fails with "permission denied".
            raise UserError(
                f"cannot replace {path}: the file is open in another program or read-only; "
                "close it or choose another name"
            ) from error
        raise UserError(f"cannot write {path}: {error.strerror or error}") from error
    return path

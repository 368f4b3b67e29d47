"""Writing files so that nothing half-written is ever left behind, and names the system can take."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from .errors import DiskFull, OutputError, os_reason

DEFAULT_NAME_MAX = 255  # bytes on ext4, APFS and most others; UTF-16 units on NTFS


def name_max(folder: Path) -> int:
    """The longest file name the folder's file system takes (in bytes; in UTF-16 units on Windows)."""
    if sys.platform == "win32" or not hasattr(os, "pathconf"):
        return DEFAULT_NAME_MAX
    try:
        return int(os.pathconf(folder if folder.is_dir() else ".", "PC_NAME_MAX"))
    except (OSError, ValueError):
        return DEFAULT_NAME_MAX


def name_length(name: str) -> int:
    """A file name's length as the file system counts it (see name_max)."""
    if sys.platform == "win32":
        return len(name.encode("utf-16-le", "surrogatepass")) // 2
    return len(os.fsencode(name))


def name_too_long(path: Path) -> bool:
    return name_length(path.name) > name_max(path.parent)


def cut_name(name: str, limit: int) -> str:
    """The start of ``name``, at most ``limit`` long as the file system counts (never half a character)."""
    while name and name_length(name) > limit:
        name = name[:-1]
    return name


TEMPORARY_EXTRA = len("..") + 8 + len(".part")  # the dot in front, the random part and the ending


def temporary_name(name: str, limit: int = DEFAULT_NAME_MAX) -> str:
    """A hidden name beside ``name`` for the file being written: never longer than the system allows, even when
    ``name`` itself has the longest length allowed (the start of ``name`` is kept, to recognise it)."""
    import secrets  # here: 3 ms of every start otherwise (hmac, hashlib), before the window

    return f".{cut_name(name, limit - TEMPORARY_EXTRA)}.{secrets.token_hex(4)}.part"


def _create_temporary(folder: Path, name: str) -> tuple[int, str]:
    """A new, empty file beside the target. Unlike mkstemp (owner-only files), it gets the mode an ordinary new
    file gets (0o666 less the umask), without touching the process-wide umask (other threads may create files)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    limit = name_max(folder)
    while True:
        temp_name = str(folder / temporary_name(name, limit))
        try:
            return os.open(temp_name, flags, 0o666), temp_name
        except FileExistsError:
            continue


def is_read_only(path: Path) -> bool:
    """An existing file that its owner marked read-only (Windows' read-only attribute, or no write permission):
    it is not replaced, even where the system would let a rename replace it (as it does on Linux, for root too)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK)


def write_atomically(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename it into place.

    Failures become a UserError with one human sentence; the temporary file is removed and an existing file at
    ``path`` is left as it was. A read-only file already there is never replaced.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        if name_too_long(path):
            raise OutputError("path_too_long", path=path)
        if not folder.is_dir():
            raise OutputError("output_folder_missing", path=path, folder=folder)
        if path.is_dir():
            raise OutputError("output_is_folder", path=path)
        if is_read_only(path):
            raise OutputError("output_read_only", path=path)
    except OSError as error:  # a path longer than the system takes (Path.is_dir lets that through)
        if error.errno == errno.ENAMETOOLONG:
            raise OutputError("path_too_long", path=path) from error
        raise OutputError("output_write_failed", path=path, reason=os_reason(error)) from error
    try:
        handle, temp_name = _create_temporary(folder, path.name)
    except OSError as error:
        if error.errno == errno.ENAMETOOLONG:
            raise OutputError("path_too_long", path=path) from error
        if error.errno == errno.ENOSPC:
            raise DiskFull("disk_full", path=path) from error
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


# What Windows refuses in a file name (and "/" everywhere), control characters, and the bidi controls that would
# make a name read differently from what it is (U+202E turns "fdp.exe" around).
_UNSAFE_IN_NAME = re.compile('[<>:"/\\\\|?*\x00-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]+')
# Device names Windows reserves, with any extension ("CON.pdf", "com1.tar.gz"): such a file cannot be made there.
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)


def safe_stem(text: str, fallback: str) -> str:
    """``text`` (a business name) made into a file name's stem any system takes: Arabic and accents kept (NFC, as
    macOS and Windows compare names), Windows' forbidden characters and controls replaced by "_", no leading or
    trailing dots and spaces, a reserved device name ("CON", "NUL") prefixed with "_"; ``fallback`` when nothing
    is left. The length is left to unique_names."""
    stem = _UNSAFE_IN_NAME.sub("_", unicodedata.normalize("NFC", text)).strip(" .")
    stem = stem or fallback
    return "_" + stem if _RESERVED.match(stem) else stem


def unique_names(stems: Sequence[str], suffix: str, folder: Path) -> list[str]:
    """One file name per stem, each ending in ``suffix``: cut to the folder's limit (room kept for a number), and
    made unique ignoring case, as Windows and macOS compare names ("Café.pdf", "Café (2).pdf")."""
    limit = name_max(folder) - name_length(suffix) - len(" (999)")
    taken: set[str] = set()
    names = []
    for stem in stems:
        stem = cut_name(stem, limit).rstrip(" .") or "_"
        name, n = stem + suffix, 1
        while name.casefold() in taken:
            n += 1
            name = f"{stem} ({n}){suffix}"
        taken.add(name.casefold())
        names.append(name)
    return names

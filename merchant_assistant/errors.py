"""Errors the user can act on, as types and codes: the sentence comes from merchant_assistant.messages, in the
user's language (English by default, as on the command line).

The CLI prints ``error.message(lang)`` on one line and exits with code 2; the UI shows it through one presenter.
"""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """A problem caused by input the user controls (a file, a folder, an argument, a field)."""

    def __init__(self, code: str, /, **params: Any):
        self.code = code
        self.params = params
        super().__init__(code)

    def message(self, lang: str = "en") -> str:
        from .messages import message

        return message(self.code, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")


class NotFound(UserError):
    """No business, file or item by that name or number."""


class Ambiguous(UserError):
    """Several businesses answer to that name."""


class InvalidInput(UserError):
    """A field, an answer or an argument that cannot be accepted; nothing was written."""


class InvalidFile(UserError):
    """A business file that cannot be read as one; nothing was written."""


class OutputError(UserError):
    """A file cannot be written where the user asked (missing folder, folder, locked, read-only)."""


class ContentError(UserError):
    """The content pack is invalid. ``problems`` lists every problem found, each naming file, item and field."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        first = self.problems[0] if self.problems else "unknown problem"
        more = Problem("content_more", n=len(self.problems) - 1) if len(self.problems) > 1 else ""
        super().__init__("content_invalid", first=first, more=more)


class StorageError(UserError):
    """The database cannot be opened or written."""


class DatabaseTooNew(StorageError):
    """Written by a newer version of the program; left untouched."""


class DatabaseDamaged(StorageError):
    """Not a database of this program, or damaged."""


class DatabaseForeign(StorageError):
    """An SQLite file of another program: refused untouched, never adopted (no table added, no setting changed)."""


class DatabaseUnavailable(StorageError):
    """Locked by another program, read-only, or its folder cannot be used."""


class DiskFull(StorageError):
    """No space left to save."""


class Problem(str):
    """Why one value cannot be accepted (a profile field, an answer): a code and parameters, read as the English
    sentence where a plain string is expected; ``message(lang)`` gives it in the user's language."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, /, **params: Any) -> Problem:
        from .messages import message

        text = str.__new__(cls, message(code, "en", **params))
        text.code = code
        text.params = params
        return text

    def message(self, lang: str = "en") -> str:
        from .messages import message

        return message(self.code, lang, **self.params)


_OS_REASONS = {
    "EACCES": "reason_permission",
    "EPERM": "reason_permission",
    "EROFS": "reason_read_only",
    "ENOENT": "reason_not_found",
    "ENOTDIR": "reason_not_found",
    "ENAMETOOLONG": "reason_name_too_long",
    "ENOSPC": "reason_disk_full",
    "EISDIR": "reason_is_folder",
    "EDQUOT": "reason_disk_full",
}


def os_reason(error: OSError) -> Problem:
    """Why the system refused, in the user's language where the cause is a common one (the system's own English
    words otherwise)."""
    import errno

    name = errno.errorcode.get(error.errno or 0, "")
    if name in _OS_REASONS:
        return Problem(_OS_REASONS[name])
    return Problem("system_reason", reason=error.strerror or error)

"""Errors the user can act on. Each carries one human sentence; callers show it as is."""


class UserError(Exception):
    """A problem caused by input the user controls (a file, a folder, an argument).

    The CLI prints ``str(error)`` on one line and exits with code 2; the UI shows it in a message box.
    """


class ContentError(UserError):
    """The content pack is invalid. ``problems`` lists every problem found, each naming file, item and field."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        first = self.problems[0] if self.problems else "unknown problem"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(f"invalid content pack: {first}{more}")


class StorageError(UserError):
    """The database cannot be opened or written (damaged, read-only, too new, disk full)."""

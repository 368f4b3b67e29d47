"""The user's settings, each declared once with its type and default (picard's options.py, electrum's ConfigVar).

    from merchant_assistant.settings import LANGUAGE, Settings

    settings = Settings()                 # settings.json in the platform's configuration folder (paths.py)
    lang = settings.get(LANGUAGE)         # always a valid value: the default when absent, unknown or invalid
    settings.set(LANGUAGE, "ar")          # checked, then written at once (atomically)

The file is a small JSON object, one key per setting plus ``format_version``. Reading never fails: a missing,
unreadable or damaged file, or a value of the wrong type, gives the default (and a warning in the log). Keys this
version does not know, e.g. written by a newer version of the program, are kept as they are when writing, and a
newer ``format_version`` is not lowered: a newer program finds its own settings again.

Each ``get`` reads the file and each ``set`` reads, changes one key and writes it back, so several ``Settings``
objects (the window, the PDF export) never undo each other's changes. The file is a few hundred bytes and is read
only at moments like start-up or opening a file dialog.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from .errors import UserError
from .files import write_atomically
from .paths import settings_path

log = logging.getLogger(__name__)

T = TypeVar("T")
FORMAT_KEY = "format_version"
FORMAT_VERSION = 1

DECLARED: dict[str, Setting[Any]] = {}  # key -> setting, in the order of declaration


class Setting(Generic[T]):
    """One setting: its key in the file, its default and how a stored value is checked.

    ``parse`` turns what was read from JSON into the value, or raises ValueError; ``dump`` is the reverse.
    """

    def __init__(self, key: str, default: T, description: str):
        if key in DECLARED or key == FORMAT_KEY:
            raise ValueError(f"setting {key!r} is declared twice")
        self.key = key
        self.default = default
        self.description = description
        DECLARED[key] = self

    def parse(self, raw: object) -> T:
        raise NotImplementedError

    def dump(self, value: T) -> object:
        return value

    def check(self, value: object) -> T:
        """A value given by the program (not read from the file): the same rules, as a round trip."""
        return self.parse(self.dump(value))  # type: ignore[arg-type]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.key}>"


class Choice(Setting[str]):
    def __init__(self, key: str, default: str, choices: tuple[str, ...], description: str):
        self.choices = choices
        super().__init__(key, default, description)

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str) or raw not in self.choices:
            raise ValueError(f"not one of {', '.join(self.choices)}: {raw!r}")
        return raw


class Integer(Setting[int]):
    """A whole number between ``minimum`` and ``maximum``, or one of ``also`` (e.g. 0 for "automatic")."""

    def __init__(
        self, key: str, default: int, minimum: int, maximum: int, description: str, also: tuple[int, ...] = ()
    ):
        self.minimum, self.maximum, self.also = minimum, maximum, also
        super().__init__(key, default, description)

    def parse(self, raw: object) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise ValueError(f"not a whole number: {raw!r}")
        if raw not in self.also and not self.minimum <= raw <= self.maximum:
            raise ValueError(f"not between {self.minimum} and {self.maximum}: {raw}")
        return raw


class Blob(Setting[bytes]):
    """Bytes the program keeps for itself (a window's geometry), stored as base64 text."""

    MAX_SIZE = 64 * 1024

    def parse(self, raw: object) -> bytes:
        if not isinstance(raw, str) or len(raw) > self.MAX_SIZE * 2:
            raise ValueError("not base64 text of a reasonable size")
        try:
            return base64.b64decode(raw.encode("ascii"), validate=True)
        except (UnicodeEncodeError, binascii.Error) as error:
            raise ValueError(f"not base64 text: {error}") from None

    def dump(self, value: bytes) -> object:
        if not isinstance(value, (bytes, bytearray, memoryview)):
            raise TypeError(f"{self.key} takes bytes, not {type(value).__name__}")
        return base64.b64encode(bytes(value)).decode("ascii")


class Folder(Setting["Path | None"]):
    """A folder the user chose; ``None`` when none was chosen yet. Whether it still exists is for the caller to
    check (a USB stick may be gone)."""

    def __init__(self, key: str, description: str):
        super().__init__(key, None, description)

    def parse(self, raw: object) -> Path | None:
        if raw is None:
            return None
        if not isinstance(raw, str) or not raw.strip() or "\x00" in raw:
            raise ValueError(f"not a folder: {raw!r}")
        return Path(raw)

    def dump(self, value: object) -> object:
        if value is None:
            return None
        if not isinstance(value, (str, Path)):
            raise TypeError(f"{self.key} takes a path, not {type(value).__name__}")
        return str(value)


# -- the settings ----------------------------------------------------------------------------------------------
LANGUAGES = ("fr", "ar", "en")
LANGUAGE = Choice("interface_language", "fr", LANGUAGES, "language of the interface; --lang changes it")
WINDOW_GEOMETRY = Blob("window_geometry", b"", "the main window's place and size (Qt's saveGeometry)")
LAST_PDF_FOLDER = Folder("last_pdf_folder", "folder where the last PDF plan was saved")
LAST_IMPORT_FOLDER = Folder("last_import_folder", "folder of the last business file imported")
BUSINESS_ORDER = Choice(
    "business_order",
    "changed",
    ("name", "readiness", "changed"),
    "order of the start screen's list: by name, by readiness (least ready first), by last change (newest first)",
)
TEXT_SIZE = Integer(
    "text_size", 0, 8, 32, "interface text size in points; 0: the system's size, at least 10", also=(0,)
)
WORKSHOP_TABLE = Blob("workshop_table", b"", "the workshop table's column widths and sort (Qt's header saveState)")
PRESENTATION = Choice(
    "presentation_mode", "off", ("off", "on"), "large text and high contrast, for a projector (View menu, F5)"
)


class Settings:
    """The settings file of one user (or of a portable install). See the module's documentation."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else settings_path()
        self._warned: set[str] = set()

    # -- reading ------------------------------------------------------------------------------------------------
    def get(self, setting: Setting[T]) -> T:
        return self._value(setting, self._read())

    def values(self) -> dict[str, Any]:
        """Every declared setting, from one reading of the file."""
        data = self._read()
        return {key: self._value(setting, data) for key, setting in DECLARED.items()}

    def _value(self, setting: Setting[T], data: Mapping[str, object]) -> T:
        if setting.key not in data:
            return setting.default
        try:
            return setting.parse(data[setting.key])
        except (TypeError, ValueError) as error:
            self._warn(f"setting {setting.key} in {self.path} is ignored ({error}); using the default")
            return setting.default

    def _read(self) -> dict[str, object]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as error:
            self._warn(f"cannot read the settings {self.path} ({error.strerror or error}); using the defaults")
            return {}
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError, RecursionError) as error:
            self._warn(f"the settings {self.path} are not readable JSON ({error}); using the defaults")
            return {}
        if not isinstance(data, dict):
            self._warn(f"the settings {self.path} are not a JSON object; using the defaults")
            return {}
        version = data.get(FORMAT_KEY)
        if isinstance(version, int) and version > FORMAT_VERSION:
            self._warn(
                f"the settings {self.path} were written by a newer version (format {version}); "
                "reading the settings this version knows",
                level=logging.INFO,
            )
        return data

    def _warn(self, message: str, level: int = logging.WARNING) -> None:
        if message not in self._warned:  # once per object: the file is read again at every get
            self._warned.add(message)
            log.log(level, message)

    # -- writing ------------------------------------------------------------------------------------------------
    @overload
    def set(self, setting: Blob, value: bytes | bytearray | memoryview) -> bool: ...  # what Blob.dump takes
    @overload
    def set(self, setting: Setting[T], value: T) -> bool: ...
    def set(self, setting: Setting[Any], value: object) -> bool:
        """Check and save one value. A wrong value is a bug (ValueError/TypeError); a file that cannot be written
        is not worth stopping the user for: it is logged and False is returned."""
        return self.update({setting: value})

    def update(self, changes: Mapping[Setting[Any], object]) -> bool:
        stored = {setting.key: setting.dump(setting.check(value)) for setting, value in changes.items()}
        return self._write(stored, remove=())

    def reset(self, setting: Setting[Any]) -> bool:
        """Back to the default (the key is removed from the file)."""
        return self._write({}, remove=(setting.key,))

    def _write(self, stored: Mapping[str, object], remove: tuple[str, ...]) -> bool:
        data = self._read()
        for key in remove:
            data.pop(key, None)
        data.update(stored)
        version = data.get(FORMAT_KEY)
        newer = isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION
        data[FORMAT_KEY] = version if newer else FORMAT_VERSION
        text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, text.encode("utf-8"))
        except (OSError, UserError) as error:
            log.warning("settings not saved to %s: %s", self.path, error)
            return False
        return True

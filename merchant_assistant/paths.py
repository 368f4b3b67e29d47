"""Where data, settings and logs live. The folders come from platformdirs; the domain just takes a path.

Normal install (platformdirs, ``appauthor=False, roaming=True``; the data folders are those of every version):
- Windows: data, logs and settings in ``%APPDATA%\\MerchantReadiness``
- Linux: data and logs in ``~/.local/share/MerchantReadiness``, settings in ``~/.config/MerchantReadiness``
- macOS: data, logs and settings in ``~/Library/Application Support/MerchantReadiness``

Portable mode (a trainer's USB stick): a file named portable.txt beside the program puts everything (data,
settings, logs) in a "data" folder beside it. MERCHANT_READINESS_DATA overrides both (tests, scripted workshops)
and also holds everything.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "MerchantReadiness"
DB_FILE_NAME = "merchant-readiness.sqlite3"
SETTINGS_FILE_NAME = "settings.json"
PORTABLE_MARKER = "portable.txt"
DATA_VARIABLE = "MERCHANT_READINESS_DATA"


def program_dir() -> Path:
    """The folder holding main.py, or the frozen executable."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[1]


def resources_dir() -> Path:
    """The bundled resources (content pack, fonts, icons): beside the sources, or inside a PyInstaller bundle."""
    return Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1])) / "resources"


def _platform_dirs() -> platformdirs.PlatformDirsABC:
    # roaming=True: %APPDATA% (Roaming) on Windows, as the program always used; appauthor=False: no vendor folder.
    return platformdirs.PlatformDirs(APP_DIR_NAME, appauthor=False, roaming=True)


def _fixed_dir() -> Path | None:
    """The one folder holding everything, when the user chose one (the variable, or portable mode)."""
    override = os.environ.get(DATA_VARIABLE)
    if override:
        return Path(override)
    if (program_dir() / PORTABLE_MARKER).exists():
        return program_dir() / "data"
    return None


def data_dir() -> Path:
    """The user's application-data folder: where the database lives (see above)."""
    return _fixed_dir() or Path(_platform_dirs().user_data_dir)


def config_dir() -> Path:
    """Where settings.json lives: the platform's configuration folder, or the data folder in portable mode."""
    return _fixed_dir() or Path(_platform_dirs().user_config_dir)


def log_dir() -> Path:
    """One folder for the error log and the crash trace of both the app and the CLI: the data folder, where the CLI
    always wrote its error.log, so that a user (or a trainer, from a USB stick) finds everything in one place."""
    return data_dir()


def cache_dir() -> Path:
    """What the program can rebuild at any time (the checked content pack): the platform's cache folder, or a
    "cache" folder in the data folder in portable mode."""
    fixed = _fixed_dir()
    return fixed / "cache" if fixed else Path(_platform_dirs().user_cache_dir)


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE_NAME

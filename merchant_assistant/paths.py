"""Where data lives by default. The UI may pass QStandardPaths' folder instead; the domain just takes a path."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "MerchantReadiness"
DB_FILE_NAME = "merchant-readiness.sqlite3"
PORTABLE_MARKER = "portable.txt"


def program_dir() -> Path:
    """The folder holding main.py, or the frozen executable."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[1]


def resources_dir() -> Path:
    """The bundled resources (content pack, fonts, icons): beside the sources, or inside a PyInstaller bundle."""
    return Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1])) / "resources"


def data_dir() -> Path:
    """The user's application-data folder (%APPDATA%\\MerchantReadiness on Windows, ~/.local/share/... on Linux).

    Portable mode (a trainer's USB stick): when a file named portable.txt sits beside the program, data is kept
    in a "data" folder beside it. MERCHANT_READINESS_DATA overrides both (tests, scripted workshops).
    """
    override = os.environ.get("MERCHANT_READINESS_DATA")
    if override:
        return Path(override)
    if (program_dir() / PORTABLE_MARKER).exists():
        return program_dir() / "data"
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME

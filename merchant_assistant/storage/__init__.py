"""SQLite storage through sqlite-utils."""

from .database import Business, Store, backup_copy
from .migrations import LATEST_VERSION

__all__ = ["Business", "Store", "backup_copy", "LATEST_VERSION"]

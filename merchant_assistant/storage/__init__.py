"""SQLite storage through sqlite-utils."""

from .database import Business, DeletedBusiness, Store, backup_copy
from .migrations import LATEST_VERSION

__all__ = ["Business", "DeletedBusiness", "Store", "backup_copy", "LATEST_VERSION"]

"""Automatic backups of a database, and what to do with a damaged one.

- One backup a day (made at the first open of the day of a file that passed its check, or at the close of a file
  created that day), the newest KEEP_DAILY kept: a week.
- One before every schema upgrade, the newest KEEP_UPGRADE kept.

They live in ``backups/<database file name>/`` beside the database (one folder per database, so that two databases
in one folder never mix their copies), are made with SQLite's backup API (a file copy can miss WAL data), and are
written under a temporary name, then renamed: a backup interrupted half-way (power cut, kill) never lies under a
backup's name, and the unfinished copy is removed by the next backup.

A damaged database is never overwritten or deleted: restoring a backup or starting a new file first renames it
(and its -wal and -shm files) to ``<name>.damaged-<date>``, which stays for whoever wants to rescue it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..errors import DatabaseDamaged, DatabaseUnavailable, os_reason

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
DAILY_PREFIX = "daily-"
UPGRADE_PREFIX = "before-upgrade-"
SUFFIX = ".sqlite3"
PART = ".part"
KEEP_DAILY = 7
KEEP_UPGRADE = 5
SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Backup:
    path: Path
    made: dt.datetime  # when the copy was written (the file's modification time)
    kind: str  # "daily" or "upgrade"
    businesses: int  # how many businesses it holds


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / BACKUP_FOLDER / db_path.name


def write_backup(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the open database at ``target``, which never holds half a copy: the copy is written
    beside it under a temporary name (no journal: a copy cut short is simply thrown away), then renamed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + PART)
    _remove_with_side_files(temporary)  # what an earlier copy cut short left behind
    dest = sqlite3.connect(temporary, isolation_level=None)
    try:
        dest.execute("PRAGMA journal_mode=OFF")
        conn.backup(dest)
    finally:
        dest.close()
    with open(temporary, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    return target


def backup_before_upgrade(conn: sqlite3.Connection, db_path: Path, version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = write_backup(conn, backup_folder(db_path) / f"{UPGRADE_PREFIX}v{version}-{stamp}{SUFFIX}")
    _prune(backup_folder(db_path), UPGRADE_PREFIX, KEEP_UPGRADE)
    return target


def keep_daily(conn: sqlite3.Connection, db_path: Path, today: dt.date | None = None) -> Path | None:
    """Today's backup, made now unless it exists already; older daily backups beyond a week are removed. A backup
    that cannot be written (read-only folder, full disk) never stops the user's work: it is logged."""
    folder = backup_folder(db_path)
    target = folder / f"{DAILY_PREFIX}{(today or dt.date.today()).isoformat()}{SUFFIX}"
    try:
        if target.exists():
            return None
        write_backup(conn, target)
        _prune(folder, DAILY_PREFIX, KEEP_DAILY)
        return target
    except (OSError, sqlite3.Error) as error:
        log.warning("no daily backup of %s: %s", db_path, error)
        with contextlib.suppress(OSError):
            _remove_with_side_files(target.with_name(target.name + PART))
        return None


def _prune(folder: Path, prefix: str, keep: int) -> None:
    """The newest ``keep`` copies of one kind stay (their names sort by date)."""
    copies = sorted(folder.glob(f"{prefix}*{SUFFIX}"), reverse=True)
    for old in copies[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()


def _remove_with_side_files(path: Path) -> None:
    for name in (path.name, *(path.name + side for side in SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            (path.parent / name).unlink()


def _read_only_uri(path: Path) -> str:
    """A URI that reads a closed database without writing anything, not even a -wal or -shm file beside it."""
    return f"{path.resolve().as_uri()}?immutable=1"


def describe(path: Path) -> Backup | None:
    """What a backup holds, or None when it is damaged or not a database of this program."""
    try:
        made = dt.datetime.fromtimestamp(path.stat().st_mtime)
        conn = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return None
            businesses = conn.execute("SELECT count(*) FROM businesses").fetchone()[0]
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return None
    kind = "upgrade" if path.name.startswith(UPGRADE_PREFIX) else "daily"
    return Backup(path, made, kind, int(businesses))


def list_backups(db_path: Path) -> list[Backup]:
    """The usable backups of ``db_path``, the newest first (damaged ones are left out)."""
    folder = backup_folder(db_path)
    try:
        candidates = [p for p in folder.iterdir() if p.name.endswith(SUFFIX)]
    except OSError:
        return []
    found = [b for b in map(describe, candidates) if b is not None]
    return sorted(found, key=lambda b: b.made, reverse=True)


def forget_business(db_path: Path, business_id: int) -> None:
    """A business deleted for good leaves the backups too, overwritten as in the database (``secure_delete``):
    personal data deleted is not kept behind the user's back. A backup that cannot be changed is logged."""
    folder = backup_folder(db_path)
    try:
        copies = [p for p in folder.iterdir() if p.name.endswith(SUFFIX)]
    except OSError:
        return
    for copy in copies:
        try:
            conn = sqlite3.connect(copy, isolation_level=None)
            try:
                conn.execute("PRAGMA secure_delete=ON")
                tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                conn.execute("BEGIN IMMEDIATE")
                for table, column in (
                    ("answers", "business_id"),
                    ("action_status", "business_id"),
                    ("snapshots", "business_id"),
                    ("workshop_participants", "business_id"),
                    ("businesses", "id"),
                ):
                    if table in tables:
                        conn.execute(f"DELETE FROM {table} WHERE {column} = ?", [business_id])
                conn.execute("COMMIT")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        except sqlite3.Error as error:
            log.warning("business %s not removed from the backup %s: %s", business_id, copy, error)


def set_aside(db_path: Path) -> Path | None:
    """Rename a damaged database (with its -wal and -shm files) to ``<name>.damaged-<date>``, never over another
    file; returns its new name, or None when there was no file. Nothing is deleted."""
    if not db_path.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside, n = db_path.with_name(f"{db_path.name}.damaged-{stamp}"), 1
    while any(aside.with_name(aside.name + side).exists() for side in ("", *SIDE_FILES)):
        n += 1
        aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{n}")
    try:
        os.rename(db_path, aside)
    except OSError as error:
        raise DatabaseUnavailable("db_set_aside_failed", path=db_path, reason=os_reason(error)) from error
    for side in SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            os.rename(db_path.with_name(db_path.name + side), aside.with_name(aside.name + side))
    return aside


def restore(backup: Path, db_path: Path) -> Path | None:
    """Put ``backup`` in place of the damaged ``db_path``, which is set aside first (see set_aside); returns where
    the damaged file went. The copy is written under a temporary name and renamed: never half a database."""
    if describe(backup) is None:
        raise DatabaseDamaged("backup_unusable", path=backup)
    source = sqlite3.connect(_read_only_uri(backup), uri=True)
    temporary = db_path.with_name(f".{db_path.name[:200]}.restore{PART}")
    try:
        _remove_with_side_files(temporary)
        dest = sqlite3.connect(temporary, isolation_level=None)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=WAL")  # as the program keeps its files
        finally:
            dest.close()
        aside = set_aside(db_path)
        os.replace(temporary, db_path)
    except OSError as error:
        _remove_with_side_files(temporary)
        raise DatabaseUnavailable("db_cannot_open", path=db_path, reason=os_reason(error)) from error
    finally:
        source.close()
    return aside

"""The SQLite store: businesses, their answers and action statuses, one file, through sqlite-utils.

What every start does (open, list, read one business, remember its step) and saving an answer are plain SQL on the
connection: sqlite-utils, with the plugin scan it runs when imported (about 60 ms), is imported on first use of
:attr:`Store.db` (adding, renaming, deleting a business, an action's status, an upgrade of the schema).

Habits taken from Anki and qutebrowser: schema upgrades run in order, after a backup made with SQLite's backup API
(a file copy can miss WAL data); a file newer than this program is refused untouched; SQLite errors that a user can
act on (read-only, disk full, damaged, locked) become one human sentence.

Two copies of the program on one file (two windows, a trainer's script running ``demo`` eight times at once) wait
for each other instead of failing: every write transaction starts with ``BEGIN IMMEDIATE``, which takes the write
lock before anything is read, waiting its turn for it (:func:`_begin_immediate`: three seconds at most when the
other holds it without writing). A deferred ``BEGIN``
that reads first and then writes cannot be retried by SQLite once another process has written in between: it fails
at once with "database is locked", whatever the busy timeout. An upgrade (and the creation of a new file) is one such transaction: the version is
read again once the lock is held, so of two processes opening a new file at once one creates the tables and the
other finds them made.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import os
import random
import shutil
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..answers import Answer
from ..errors import (
    Ambiguous,
    DatabaseDamaged,
    DatabaseForeign,
    DatabaseTooNew,
    DatabaseUnavailable,
    DiskFull,
    NotFound,
    StorageError,
    os_reason,
)
from ..files import name_too_long
from ..records import ActionStatus, Snapshot, Workshop
from . import backups
from .migrations import LATEST_VERSION, MIGRATIONS, new_uid

if TYPE_CHECKING:
    import sqlite_utils

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 3000  # how long a write waits for another process's write to end before "in use by another program"
_SAVEPOINTS = itertools.count(1)  # names of nested transactions (Store.atomic)


@dataclass(frozen=True)
class Business:
    id: int
    name: str
    profile: dict[str, Any]
    created_at: str
    updated_at: str
    current_step: str  # where the user was, e.g. "payments/pay_routes"; "" for the start
    uid: str = ""  # stable identifier, the same on every laptop the business is carried to (exchange files)
    consent_at: str | None = None  # when the participant's consent to keep their data was recorded (law 09-08)


@dataclass(frozen=True)
class DeletedBusiness:
    """Everything a deleted business was, row for row as it was stored (its id and dates included), held in memory
    by whoever deleted it so that the deletion can be undone (:meth:`Store.restore_business`). The database itself
    keeps nothing of it: once this object is dropped, the business is gone for good."""

    business: dict[str, Any]
    answers: tuple[dict[str, Any], ...]
    action_status: tuple[dict[str, Any], ...]
    snapshots: tuple[dict[str, Any], ...] = ()
    workshops: tuple[dict[str, Any], ...] = ()  # its rows of workshop_participants

    @property
    def id(self) -> int:
        return int(self.business["id"])

    @property
    def name(self) -> str:
        return str(self.business["name"])


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


# SQLite's primary result codes (https://sqlite.org/rescode.html): the low byte of an extended code.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 5, 6, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 13, 14, 26


def _primary_code(error: sqlite3.Error) -> int | None:
    """SQLite's result code of a failure (Python 3.11+); None on 3.10, whose sqlite3 does not expose it."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _code_from_text(error: sqlite3.Error) -> int | None:
    """Python 3.10 only: the result code behind SQLite's fixed English message (sqlite3_errstr), nothing else."""
    text = str(error).lower()
    for fragment, code in (
        ("readonly", SQLITE_READONLY),
        ("read-only", SQLITE_READONLY),
        ("disk is full", SQLITE_FULL),
        ("not a database", SQLITE_NOTADB),
        ("malformed", SQLITE_CORRUPT),
        ("locked", SQLITE_LOCKED),
        ("busy", SQLITE_BUSY),
        ("unable to open", SQLITE_CANTOPEN),
        ("disk i/o", SQLITE_IOERR),
    ):
        if fragment in text:
            return code
    return None


@contextlib.contextmanager
def known_errors(path: Path) -> Iterator[None]:
    """Turn SQLite failures a user can act on into typed StorageErrors, by SQLite's result code; let real bugs
    through as they are."""
    try:
        yield
    except sqlite3.DatabaseError as error:
        code = _primary_code(error)
        if code is None:
            code = _code_from_text(error)
        if code == SQLITE_READONLY:
            raise DatabaseUnavailable("db_read_only", path=path) from error
        if code == SQLITE_FULL:
            raise DiskFull("disk_full", path=path) from error
        if code in (SQLITE_NOTADB, SQLITE_CORRUPT):
            raise DatabaseDamaged("db_damaged", path=path) from error
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            raise DatabaseUnavailable("db_locked", path=path) from error
        if code in (SQLITE_CANTOPEN, SQLITE_IOERR):
            raise DatabaseUnavailable("db_cannot_open_folder", path=path) from error
        raise


BUSY_TIMEOUT_SECONDS = 3.0  # another program's lock: wait this long, then say so (never hang)
BUSY_TIMEOUT_MS = int(BUSY_TIMEOUT_SECONDS * 1000)
OUR_TABLES = {"businesses", "answers"}  # created by the first migration: every file of this program has them
BOOKKEEPING_TABLES = {"_sqlite_migrations", "sqlite_sequence", "sqlite_stat1"}  # sqlite-utils' and SQLite's own


def _begin_immediate(conn: sqlite3.Connection) -> None:
    """``BEGIN IMMEDIATE``, waiting while another process holds the write lock: up to BUSY_TIMEOUT_MS in which no one
    commits anything (a transaction held open, a program hung: "in use by another program"), and, while others do
    commit (it is then waiting its turn among busy writers), up to five times that.

    Asked again every millisecond or two rather than through SQLite's busy handler, whose waits grow to 100 ms:
    a program that writes in a loop (a script, a test) takes the lock back within a fraction of a millisecond of
    its commit, and one that looks again only every 100 ms would nearly never find it free. Looking often, it gets
    its turn within a few of the other's writes."""
    start = time.monotonic()
    deadline, limit = start + BUSY_TIMEOUT_MS / 1000, start + 5 * BUSY_TIMEOUT_MS / 1000
    conn.execute("PRAGMA busy_timeout=0")
    try:
        seen = _data_version(conn)
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                code = _primary_code(error)
                # Python 3.10 tells the code only by SQLite's text: "database is locked" is SQLITE_BUSY's.
                if (code if code is not None else _code_from_text(error)) not in (SQLITE_BUSY, SQLITE_LOCKED):
                    raise
                now, version = time.monotonic(), _data_version(conn)
                if version is not None and version != seen:  # another process committed: the queue moves
                    seen, deadline = version, min(now + BUSY_TIMEOUT_MS / 1000, limit)
                if now >= deadline:
                    raise
            time.sleep(random.uniform(0.0005, 0.002))  # uneven, so that two waiting do not look in step
    finally:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _switch_to_wal(conn: sqlite3.Connection) -> None:
    """``PRAGMA journal_mode=WAL``, tried again while another process holds the file: changing the journal mode
    can answer "locked" at once, without SQLite's busy handler (two programs opening a new file together), so it
    waits here, as long as a write would (BUSY_TIMEOUT_MS)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            code = _primary_code(error)
            if (code if code is not None else _code_from_text(error)) not in (SQLITE_BUSY, SQLITE_LOCKED):
                raise
            if time.monotonic() >= deadline:
                raise
        time.sleep(random.uniform(0.001, 0.005))


def _data_version(conn: sqlite3.Connection) -> int | None:
    """A number that changes each time another connection commits to the file (None if it cannot be read now)."""
    try:
        return int(conn.execute("PRAGMA data_version").fetchone()[0])
    except sqlite3.OperationalError:
        return None


def _read_only_uri(path: Path, wal_pending: bool) -> str:
    """Reading an existing file without writing anything: ``immutable`` when no WAL file lies beside it (then
    SQLite does not even create the -wal and -shm files it otherwise makes for a file in WAL mode), ``mode=ro``
    when changes are still in a WAL file (a program has it open, or was stopped): they must be read too."""
    return f"{path.resolve().as_uri()}?{'mode=ro' if wal_pending else 'immutable=1'}"


def _inspect(path: Path) -> int:
    """Check an existing file before anything writes to it; returns its schema version.

    Refused untouched (not a byte, not a file beside it changed): a file that is not SQLite, damaged, newer than
    this program, or another program's SQLite file (tables, but not ours, or an application id set by another
    program). An SQLite file without any table is adopted (a new file whose creation was cut short)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
        wal = path.with_name(path.name + "-wal")
        wal_pending = wal.exists() and wal.stat().st_size > 0
    except OSError as error:
        raise DatabaseUnavailable("db_cannot_open", path=path, reason=os_reason(error)) from error
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise DatabaseDamaged("db_damaged", path=path)
    if not wal_pending:
        version = int.from_bytes(header[60:64], "big")  # PRAGMA user_version, as stored in the file header
        if version > LATEST_VERSION:
            raise _too_new(path, version)
    with known_errors(path):
        conn = sqlite3.connect(_read_only_uri(path, wal_pending), uri=True, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]  # WAL included: the last word
            if version > LATEST_VERSION:
                raise _too_new(path, version)
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            tables -= BOOKKEEPING_TABLES
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if application_id or (bool(tables) if version == 0 else not tables >= OUR_TABLES):
                raise DatabaseForeign("db_foreign", path=path)
            # At every open, kept: about 1 ms for a trainer's 30 businesses (O(pages), no index check), and what
            # turns a damaged file into "restore a backup" before anything is typed into it. A full
            # integrity_check is not run.
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise DatabaseDamaged("db_damaged_restore", path=path, detail=check)
            return int(version)
        finally:
            conn.close()


def _too_new(path: Path, version: int) -> DatabaseTooNew:
    return DatabaseTooNew("db_too_new", path=path, version=version, known=LATEST_VERSION)


def backup_copy(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of an open database, WAL included, never half-written under ``target``."""
    backups.write_backup(conn, target)


def _os_problem(path: Path, error: OSError) -> StorageError:
    import errno

    if error.errno == errno.ENAMETOOLONG:
        return DatabaseUnavailable("db_name_too_long", path=path)
    return DatabaseUnavailable("db_cannot_open", path=path, reason=os_reason(error))


DISK_NEARLY_FULL = 128 << 10  # less free space than this when a write fails: the disk is full (a WAL index is 32 KB)


@contextlib.contextmanager
def _diagnosed(path: Path) -> Iterator[None]:
    """SQLite says only "unable to open" or "disk I/O error" when the file cannot be created or its -wal/-shm files
    cannot be grown: ask the system why (no space left, a read-only folder or file, a name too long), so that the
    message says what to do; what stays unexplained keeps the general sentence."""
    try:
        yield
    except DatabaseUnavailable as error:
        if error.code != "db_cannot_open_folder":
            raise
        folder = path.parent
        if not os.access(folder, os.W_OK):  # a read-only folder or drive (a full one is still writable)
            raise DatabaseUnavailable("db_folder_read_only", path=path, folder=folder) from error
        if path.exists() and not os.access(path, os.W_OK):
            raise DatabaseUnavailable("db_read_only", path=path) from error
        try:
            free = shutil.disk_usage(folder).free
        except OSError:
            free = DISK_NEARLY_FULL
        if free < DISK_NEARLY_FULL:
            raise DiskFull("disk_full", path=path) from error
        raise


class Store:
    """One open database. Every write is its own transaction, committed before the method returns."""

    def __init__(self, path: str | Path, *, create_folder: bool = True):
        """``create_folder``: make the database's folder when it does not exist (the program's own data folder);
        False for a path the user gave, where a missing folder is a mistake to report, not to create."""
        self.path = Path(path)
        self.create_folder = create_folder
        self._db: sqlite_utils.Database | None = None
        self._open()

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils on the open connection, made on first use (see the module's docstring)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @db.setter
    def db(self, db: sqlite_utils.Database) -> None:
        self._db = db
        self.conn = db.conn

    # -- opening and migrating ------------------------------------------------------------------------------
    def _open(self) -> None:
        path = self.path
        try:
            existed = self._check_place()
            version = _inspect(path) if existed else 0
        except OSError as error:  # a name or path too long for the system, mostly
            raise _os_problem(path, error) from error
        with _diagnosed(path), known_errors(path):
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS)
            try:
                self.conn = conn
                conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")  # before the first lock
                _switch_to_wal(conn)
                conn.execute("PRAGMA synchronous=FULL")  # an answer given is an answer kept, even on power loss
                conn.execute("PRAGMA foreign_keys=ON")
                # What is deleted (a business, an answer removed) is overwritten in the file, not only unlinked:
                # personal data deleted is not left behind in free pages.
                conn.execute("PRAGMA secure_delete=ON")
                version = conn.execute("PRAGMA user_version").fetchone()[0]  # another program may have upgraded it
                if version > LATEST_VERSION:
                    raise _too_new(path, version)
                if version < LATEST_VERSION:
                    self._upgrade()
            except BaseException:
                conn.close()
                raise
        if existed:
            backups.keep_daily(conn, path)  # of a file that has just passed its check

    def _check_place(self) -> bool:
        """The folder is there (created only when the program chose the path), the name is one the system takes;
        returns whether a database file with something in it is there already."""
        path = self.path
        folder = path.parent
        if name_too_long(path):
            raise DatabaseUnavailable("db_name_too_long", path=path)
        if not folder.is_dir():
            if not self.create_folder:
                raise DatabaseUnavailable("db_folder_missing", path=path, folder=folder)
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise DatabaseUnavailable("db_folder_create", folder=folder, reason=os_reason(error)) from error
        if path.is_dir():
            raise DatabaseUnavailable("db_is_folder", path=path)
        try:
            return path.exists() and path.stat().st_size > 0
        except OSError as error:
            raise DatabaseUnavailable("db_cannot_open", path=path, reason=os_reason(error)) from error

    def _upgrade(self) -> None:
        """Bring the file to the latest schema (a new file: create it) in one transaction, after a backup.

        The write lock is taken first and the version read again under it: another process may have upgraded or
        created the file since it was read (it is then left as it is). All migrations run in that one transaction,
        so the file is at its old version or at the latest, never in between, and the backup, made under the same
        lock, is a copy of exactly what was upgraded. sqlite-utils' own per-migration transactions become
        savepoints inside it (migrations must therefore be transactional: no VACUUM)."""
        with self.atomic():
            version = self.schema_version
            if version > LATEST_VERSION:
                raise _too_new(self.path, version)
            if version == LATEST_VERSION:
                return  # done by another process meanwhile
            if self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:  # a new file has no backup
                # Copied through a second connection: SQLite cannot copy from one holding the write lock. It reads
                # the last commit, which no one can change while the lock is held: the file about to be upgraded.
                # The copy is whole under its name or not there (storage.backups.write_backup).
                source = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS)
                try:
                    backups.backup_before_upgrade(source, self.path, version)
                finally:
                    source.close()
            MIGRATIONS.apply(self.db)
            version = self.schema_version
            assert version == LATEST_VERSION, f"migrations left schema {version}, expected {LATEST_VERSION}"

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            # Fold the WAL into the file; without waiting: while another process uses the file this copies what it
            # can, and the last one to close finishes it.
            self.conn.execute("PRAGMA busy_timeout=0")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        backups.keep_daily(self.conn, self.path)  # a file created today gets its first backup
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One write transaction; nested, a savepoint inside the open one (as sqlite-utils' ``Database.atomic``).

        It takes the write lock at once (``BEGIN IMMEDIATE``, see the module's docstring): while another process
        writes, it waits up to the busy timeout; what it then reads stays true until it commits."""
        conn = self.conn
        if conn.in_transaction:
            savepoint = f"nested_{next(_SAVEPOINTS)}"
            conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield
            except BaseException:
                if conn.in_transaction:  # an error can have ended the whole transaction already
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        _begin_immediate(conn)
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        with known_errors(self.path), self.atomic():
            yield

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """The rows of a query as dicts, by column name."""
        cursor = self.conn.execute(sql, params)
        columns = [c[0] for c in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]

    # -- businesses ----------------------------------------------------------------------------------------
    @staticmethod
    def _business(row: Mapping[str, Any]) -> Business:
        return Business(
            id=row["id"],
            name=row["name"],
            profile=json.loads(row["profile"] or "{}"),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            current_step=row["current_step"] or "",
            uid=row["uid"] or "",
            consent_at=row["consent_at"],
        )

    def list_businesses(self) -> list[Business]:
        with known_errors(self.path):
            rows = self._rows("SELECT * FROM businesses ORDER BY updated_at DESC, id DESC")
        return [self._business(r) for r in rows]

    def get_business(self, business_id: int) -> Business:
        with known_errors(self.path):
            rows = self._rows("SELECT * FROM businesses WHERE id = ?", [business_id])
        if not rows:
            raise NotFound("business_not_found_id", id=business_id)
        return self._business(rows[0])

    def find_business(self, id_or_name: str) -> Business:
        """By id, or by exact name (case-insensitive); an ambiguous name is an error naming the ids."""
        text = str(id_or_name).strip()
        if text.isdigit():
            with contextlib.suppress(StorageError):
                return self.get_business(int(text))
        with known_errors(self.path):
            rows = self._rows("SELECT * FROM businesses WHERE lower(name) = lower(?)", [text])
        if not rows:
            raise NotFound("business_not_found", text=text)
        if len(rows) > 1:
            ids = ", ".join(str(r["id"]) for r in rows)
            raise Ambiguous("business_ambiguous", text=text, ids=ids)
        return self._business(rows[0])

    def business_names(self) -> list[str]:
        """The name of every business (without reading their profiles)."""
        with known_errors(self.path):
            return [name for (name,) in self.conn.execute("SELECT name FROM businesses")]

    def find_business_by_uid(self, uid: str) -> Business | None:
        with known_errors(self.path):
            rows = self._rows("SELECT * FROM businesses WHERE uid = ?", [uid])
        return self._business(rows[0]) if rows else None

    def create_business(
        self,
        profile: Mapping[str, Any],
        answers: Mapping[str, Any] | None = None,
        notes: Mapping[str, str] | None = None,
        *,
        uid: str | None = None,
    ) -> int:
        """A new business, with optional first answers (and their ``notes``), in one transaction (all of it or
        nothing). ``uid``: the identifier it had elsewhere (an imported business); a new one otherwise."""
        stamp = now_iso()
        notes = notes or {}
        with self._write():
            table = self.db.table("businesses").insert(
                {
                    "name": str(profile.get("name") or "").strip(),
                    "profile": json.dumps(dict(profile), ensure_ascii=False, sort_keys=True),
                    "created_at": stamp,
                    "updated_at": stamp,
                    "current_step": "",
                    "uid": uid or new_uid(),
                }
            )
            assert table.last_pk is not None, "a one-row insert sets last_pk"
            business_id = int(table.last_pk)
            for question_id, value in (answers or {}).items():
                self._put_answer(business_id, question_id, value, notes.get(question_id, ""), stamp)
        return business_id

    def update_profile(self, business_id: int, profile: Mapping[str, Any]) -> None:
        self.get_business(business_id)
        with self._write():
            self.db.table("businesses").update(
                business_id,
                {
                    "name": str(profile.get("name") or "").strip(),
                    "profile": json.dumps(dict(profile), ensure_ascii=False, sort_keys=True),
                    "updated_at": now_iso(),
                },
            )

    def set_current_step(self, business_id: int, step: str) -> None:
        """Remember where the user is; working on a business makes it the one reopened at the next start."""
        with self._write():
            changed = self.conn.execute(
                "UPDATE businesses SET current_step = ?, updated_at = ? WHERE id = ?", [step, now_iso(), business_id]
            ).rowcount
        if not changed:
            raise NotFound("business_not_found_id", id=business_id)

    def delete_business(self, business_id: int) -> DeletedBusiness:
        """Delete the business, its answers and statuses for real; returns what they were, to undo it."""
        with self._write():
            rows = list(self.db["businesses"].rows_where("id = ?", [business_id]))
            if not rows:
                raise NotFound("business_not_found_id", id=business_id)
            deleted = DeletedBusiness(
                business=rows[0],
                answers=tuple(self.db["answers"].rows_where("business_id = ?", [business_id])),
                action_status=tuple(self.db["action_status"].rows_where("business_id = ?", [business_id])),
                snapshots=tuple(self.db["snapshots"].rows_where("business_id = ?", [business_id])),
                workshops=tuple(self.db["workshop_participants"].rows_where("business_id = ?", [business_id])),
            )
            self.db.table("businesses").delete(business_id)  # answers and statuses follow (ON DELETE CASCADE)
        return deleted

    def restore_business(self, deleted: DeletedBusiness) -> int:
        """Put a deleted business back exactly as it was, under its old id unless another business took that id
        in the meantime (then under a new one, returned)."""
        with self._write():
            row = dict(deleted.business)
            taken = self.db.execute("SELECT 1 FROM businesses WHERE id = ?", [row["id"]]).fetchone()
            if taken:
                del row["id"]
            if self.db.execute("SELECT 1 FROM businesses WHERE uid = ?", [row.get("uid")]).fetchone():
                row["uid"] = new_uid()  # an import brought the same business back meanwhile
            table = self.db.table("businesses").insert(row)
            assert table.last_pk is not None, "a one-row insert sets last_pk"
            business_id = int(table.last_pk)
            workshops = {r[0] for r in self.conn.execute("SELECT id FROM workshops")}
            for kind, rows in (
                ("answers", deleted.answers),
                ("action_status", deleted.action_status),
                (
                    "snapshots",  # a workshop deleted meanwhile leaves the snapshot without one, as its deletion does
                    tuple(
                        {
                            **{k: v for k, v in r.items() if k != "id"},
                            "workshop_id": r["workshop_id"] in workshops and r["workshop_id"] or None,
                        }
                        for r in deleted.snapshots
                    ),
                ),
                ("workshop_participants", tuple(r for r in deleted.workshops if r["workshop_id"] in workshops)),
            ):
                if rows:
                    self.db.table(kind).insert_all([{**r, "business_id": business_id} for r in rows])
        return business_id

    # -- answers -------------------------------------------------------------------------------------------
    def save_answer(self, business_id: int, question_id: str, value: Any, note: str = "") -> Answer:
        """Write one answer now, in its own transaction. ``value`` None removes the answer."""
        stamp = now_iso()
        with self._write():
            if value is None:
                self.conn.execute(
                    "DELETE FROM answers WHERE business_id = ? AND question_id = ?", [business_id, question_id]
                )
            else:
                self._put_answer(business_id, question_id, value, note, stamp)
            self.conn.execute("UPDATE businesses SET updated_at = ? WHERE id = ?", [stamp, business_id])
        return Answer(question_id, value, note, stamp)

    def _put_answer(self, business_id: int, question_id: str, value: Any, note: str, stamp: str) -> None:
        # Plain SQL on this hot path: sqlite-utils' upsert introspects the table on every call (5x slower).
        self.conn.execute(
            "INSERT INTO answers (business_id, question_id, value, note, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (business_id, question_id) DO UPDATE SET value = excluded.value, "
            "note = excluded.note, updated_at = excluded.updated_at",
            [business_id, question_id, json.dumps(value, ensure_ascii=False), note, stamp],
        )

    def answers(self, business_id: int) -> dict[str, Answer]:
        with known_errors(self.path):
            rows = self._rows("SELECT * FROM answers WHERE business_id = ?", [business_id])
        return {
            r["question_id"]: Answer(r["question_id"], json.loads(r["value"]), r["note"] or "", r["updated_at"])
            for r in rows
        }

    # -- action statuses -----------------------------------------------------------------------------------
    def set_action_status(self, business_id: int, status: ActionStatus) -> None:
        with self._write():
            self.db.table("action_status").upsert(
                {
                    "business_id": business_id,
                    "action_id": status.action_id,
                    "status": status.status,
                    "owner": status.owner,
                    "due": status.due.isoformat() if status.due else None,
                    "updated_at": now_iso(),
                },
                pk=("business_id", "action_id"),
            )

    def action_statuses(self, business_id: int) -> dict[str, ActionStatus]:
        with known_errors(self.path):
            rows = self._rows("SELECT * FROM action_status WHERE business_id = ?", [business_id])
        return {
            r["action_id"]: ActionStatus(
                r["action_id"], r["status"], r["owner"], dt.date.fromisoformat(r["due"]) if r["due"] else None
            )
            for r in rows
        }

    # -- exchange files (merchant_assistant.exchange): rows written with the dates they had elsewhere ---------
    def action_status_stamps(self, business_id: int) -> dict[str, str]:
        """When each action's status, owner or due date was last changed (ISO, UTC)."""
        with known_errors(self.path):
            rows = self.conn.execute(
                "SELECT action_id, updated_at FROM action_status WHERE business_id = ?", [business_id]
            ).fetchall()
        return dict(rows)

    def put_exchanged(
        self,
        business_id: int,
        answers: Sequence[Answer],
        statuses: Sequence[tuple[ActionStatus, str]],
        snapshots: Sequence[Snapshot],
        updated_at: str,
        *,
        clear: bool = False,
    ) -> None:
        """Write answers (with their notes and dates), action statuses (with their dates) and snapshots as they
        were where the business came from, and the business's date of last change; ``clear`` first removes every
        answer, status and snapshot it had (a replacement). One transaction."""
        with self._write():
            if clear:
                for table in ("answers", "action_status", "snapshots"):
                    self.conn.execute(f"DELETE FROM {table} WHERE business_id = ?", [business_id])
            for answer in answers:
                self._put_answer(business_id, answer.question_id, answer.value, answer.note, answer.updated_at)
            self.conn.executemany(
                "INSERT INTO action_status (business_id, action_id, status, owner, due, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (business_id, action_id) DO UPDATE SET "
                "status = excluded.status, owner = excluded.owner, due = excluded.due, updated_at = excluded.updated_at",
                [
                    (business_id, s.action_id, s.status, s.owner, s.due.isoformat() if s.due else None, stamp)
                    for s, stamp in statuses
                ],
            )
            for snapshot in snapshots:
                self.add_snapshot(replace(snapshot, business_id=business_id, workshop_id=None))
            self.conn.execute("UPDATE businesses SET updated_at = ? WHERE id = ?", [updated_at, business_id])

    # -- consent (law 09-08) -------------------------------------------------------------------------------
    def set_consent(self, business_id: int, consent_at: str | None) -> None:
        """Record when the participant agreed that their data be kept here (None: not recorded)."""
        with self._write():
            changed = self.conn.execute(
                "UPDATE businesses SET consent_at = ? WHERE id = ?", [consent_at, business_id]
            ).rowcount
        if not changed:
            raise NotFound("business_not_found_id", id=business_id)

    # -- workshops -----------------------------------------------------------------------------------------
    @staticmethod
    def _workshop(row: Mapping[str, Any]) -> Workshop:
        return Workshop(row["id"], row["name"], row["date"], row["place"], row["trainer"], row["created_at"])

    def create_workshop(self, name: str, date: str = "", place: str = "", trainer: str = "") -> int:
        with self._write():
            cursor = self.conn.execute(
                "INSERT INTO workshops (name, date, place, trainer, created_at) VALUES (?, ?, ?, ?, ?)",
                [name, date, place, trainer, now_iso()],
            )
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    def update_workshop(self, workshop_id: int, name: str, date: str, place: str, trainer: str) -> None:
        with self._write():
            changed = self.conn.execute(
                "UPDATE workshops SET name = ?, date = ?, place = ?, trainer = ? WHERE id = ?",
                [name, date, place, trainer, workshop_id],
            ).rowcount
        if not changed:
            raise NotFound("workshop_not_found_id", id=workshop_id)

    def delete_workshop(self, workshop_id: int) -> None:
        """The workshop and its list of participants; the businesses stay."""
        with self._write():
            changed = self.conn.execute("DELETE FROM workshops WHERE id = ?", [workshop_id]).rowcount
        if not changed:
            raise NotFound("workshop_not_found_id", id=workshop_id)

    def list_workshops(self) -> list[Workshop]:
        """Every workshop, the most recent first (by its date, then by when it was created)."""
        with known_errors(self.path):
            rows = self._rows("SELECT * FROM workshops ORDER BY date DESC, created_at DESC, id DESC")
        return [self._workshop(r) for r in rows]

    def get_workshop(self, workshop_id: int) -> Workshop:
        with known_errors(self.path):
            rows = self._rows("SELECT * FROM workshops WHERE id = ?", [workshop_id])
        if not rows:
            raise NotFound("workshop_not_found_id", id=workshop_id)
        return self._workshop(rows[0])

    def find_workshop(self, id_or_name: str) -> Workshop:
        """By id, or by exact name (case-insensitive); an ambiguous name is an error naming the ids."""
        text = str(id_or_name).strip()
        if text.isdigit():
            with contextlib.suppress(StorageError):
                return self.get_workshop(int(text))
        with known_errors(self.path):
            rows = self._rows("SELECT * FROM workshops WHERE lower(name) = lower(?)", [text])
        if not rows:
            raise NotFound("workshop_not_found", text=text)
        if len(rows) > 1:
            raise Ambiguous("workshop_ambiguous", text=text, ids=", ".join(str(r["id"]) for r in rows))
        return self._workshop(rows[0])

    def add_participant(self, workshop_id: int, business_id: int) -> bool:
        """Add a business to a workshop; False when it was there already."""
        with self._write():
            self.get_workshop(workshop_id)
            self.get_business(business_id)
            added = self.conn.execute(
                "INSERT OR IGNORE INTO workshop_participants (workshop_id, business_id, added_at) VALUES (?, ?, ?)",
                [workshop_id, business_id, now_iso()],
            ).rowcount
        return bool(added)

    def remove_participant(self, workshop_id: int, business_id: int) -> bool:
        with self._write():
            removed = self.conn.execute(
                "DELETE FROM workshop_participants WHERE workshop_id = ? AND business_id = ?",
                [workshop_id, business_id],
            ).rowcount
        return bool(removed)

    def participants(self, workshop_id: int) -> list[Business]:
        """The workshop's businesses, in the order they were added."""
        with known_errors(self.path):
            rows = self._rows(
                "SELECT b.* FROM businesses b JOIN workshop_participants p ON p.business_id = b.id "
                "WHERE p.workshop_id = ? ORDER BY p.rowid",
                [workshop_id],
            )
        return [self._business(r) for r in rows]

    def workshops_of(self, business_id: int) -> list[Workshop]:
        with known_errors(self.path):
            rows = self._rows(
                "SELECT w.* FROM workshops w JOIN workshop_participants p ON p.workshop_id = w.id "
                "WHERE p.business_id = ? ORDER BY w.date DESC, w.created_at DESC",
                [business_id],
            )
        return [self._workshop(r) for r in rows]

    # -- snapshots -----------------------------------------------------------------------------------------
    def add_snapshot(self, snapshot: Snapshot) -> int:
        with self._write():
            cursor = self.conn.execute(
                "INSERT INTO snapshots (business_id, taken_at, reason, workshop_id, content_version, overall, "
                "modules, done_actions, open_actions, blockers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    snapshot.business_id,
                    snapshot.taken_at or now_iso(),
                    snapshot.reason,
                    snapshot.workshop_id,
                    snapshot.content_version,
                    snapshot.overall,
                    json.dumps(snapshot.modules, sort_keys=True),
                    json.dumps(sorted(snapshot.done_actions)),
                    snapshot.open_actions,
                    snapshot.blockers,
                ],
            )
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    def snapshots(self, business_id: int) -> list[Snapshot]:
        """The business's snapshots, the oldest first."""
        with known_errors(self.path):
            rows = self._rows("SELECT * FROM snapshots WHERE business_id = ? ORDER BY taken_at, id", [business_id])
        return [
            Snapshot(
                business_id=r["business_id"],
                taken_at=r["taken_at"],
                reason=r["reason"],
                overall=r["overall"],
                modules=json.loads(r["modules"]),
                done_actions=tuple(json.loads(r["done_actions"])),
                open_actions=r["open_actions"],
                blockers=r["blockers"],
                workshop_id=r["workshop_id"],
                content_version=r["content_version"],
                id=r["id"],
            )
            for r in rows
        ]

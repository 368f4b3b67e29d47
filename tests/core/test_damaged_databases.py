"""Damaged, foreign, locked, read-only and full databases, from the command line (a real child process each time):
one line on stderr, exit code 2, and the file left exactly as it was (its bytes, and no file made beside it).
Then the automatic backups, and putting one back in place of a damaged file."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from merchant_assistant.errors import DatabaseDamaged, DatabaseForeign, DatabaseUnavailable
from merchant_assistant.storage import Store, backups
from merchant_assistant.workspace import database_backups, restore_database, set_database_aside

from ..helpers import hold_lock

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, env_data: Path | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if env_data is not None:
        env["MERCHANT_READINESS_DATA"] = str(env_data)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,  # a hang fails the test instead of stopping the run
        cwd=ROOT,
        env=env,
    )


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with a digest of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def one_error_line(done: subprocess.CompletedProcess, *fragments: str) -> str:
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert "Traceback" not in done.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


def our_database(path: Path, businesses: int = 3) -> None:
    with Store(path) as store:
        for n in range(businesses):
            business = store.create_business({"name": f"Boutique {n}"})
            for q in range(40):
                store.save_answer(business, f"q{q}", "yes", note="n" * 100)


def foreign_rollback(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.commit()
    conn.close()


def foreign_wal(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()


def foreign_with_version(path: Path) -> None:
    """Another program that uses user_version too, with a number this program also uses."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE settings (key TEXT, value TEXT)")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()


def foreign_with_our_table_names(path: Path) -> None:
    """Tables named like ours, but another program's file (its application id says so)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE businesses (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE answers (x)")
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def truncated(path: Path) -> None:
    our_database(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(50_000))


def not_sqlite(path: Path) -> None:
    path.write_text("Nom;Ville\nÉpicerie Amal;Fès\n", encoding="utf-8")


def smashed_pages(path: Path) -> None:
    our_database(path)
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\xff" * 8192  # the header is intact, the pages after it are not
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (foreign_rollback, "another program's database"),
        (foreign_wal, "another program's database"),
        (foreign_with_version, "another program's database"),
        (foreign_with_our_table_names, "another program's database"),
        (truncated, "damaged"),
        (random_bytes, "damaged"),
        (not_sqlite, "damaged"),
        (smashed_pages, "damaged"),
    ],
)
@pytest.mark.parametrize("command", [["list"], ["demo"], ["plan", "--business", "1", "--json"]])
def test_a_damaged_or_foreign_file_is_refused_untouched(tmp_path, make, said, command):
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "data.sqlite3"
    make(path)
    before = snapshot(folder)
    done = cli("--db", str(path), *command)
    one_error_line(done, said, str(path))
    assert snapshot(folder) == before  # not a byte changed: no table, no WAL, no version, no -wal/-shm, no backup


def test_a_foreign_file_keeps_its_own_settings(tmp_path):
    """Never adopted: its journal mode and version stay as its program left them."""
    path = tmp_path / "other.db"
    foreign_rollback(path)
    with pytest.raises(DatabaseForeign):
        Store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["invoices"]
    conn.close()


def test_an_empty_sqlite_file_is_adopted(tmp_path):
    """An SQLite file without any table (a creation cut short) holds nothing to protect: it becomes ours."""
    path = tmp_path / "new.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")  # an SQLite header and nothing else
    conn.commit()
    conn.close()
    assert path.stat().st_size > 0
    with Store(path) as store:
        assert store.list_businesses() == []


def test_a_db_path_in_a_missing_folder_creates_nothing(tmp_path):
    path = tmp_path / "no" / "such" / "folder" / "data.sqlite3"
    for command in (["list"], ["demo"]):
        line = one_error_line(cli("--db", str(path), *command), "does not exist")
        assert str(tmp_path / "no" / "such" / "folder") in line
    assert not (tmp_path / "no").exists()


def test_the_default_database_folder_is_created_by_the_program(tmp_path):
    data = tmp_path / "appdata" / "MerchantReadiness"
    done = cli("demo", env_data=data)
    assert done.returncode == 0, done.stderr
    assert (data / "merchant-readiness.sqlite3").stat().st_size > 0


def test_a_locked_database_waits_a_bounded_time_then_says_so(db_path):
    our_database(db_path, businesses=1)
    holder = hold_lock(db_path)
    try:
        for command in (["list"], ["demo"]):
            one_error_line(cli("--db", str(db_path), *command, timeout=60), "in use by another program")
    finally:
        holder.communicate("", timeout=30)
    assert cli("--db", str(db_path), "list").returncode == 0  # once released, all is well


# -- read-only places and full disks, in a private mount namespace (a small file system of our own) -------------
def _namespaces_work() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    try:
        done = subprocess.run(
            ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null || exit 3"],
            capture_output=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


needs_mounts = pytest.mark.skipif(
    not _namespaces_work(), reason="needs Linux user and mount namespaces (unshare -rm) for a small file system"
)


def in_small_file_system(tmp_path: Path, script: str) -> subprocess.CompletedProcess:
    """Run ``script`` (sh) with $MNT a fresh 512 KB tmpfs, $CLI the program; as root of its own namespace, where
    file permissions do not stop anything, so read-only means a read-only mount and full means full."""
    mount_point = tmp_path / "mnt"
    mount_point.mkdir()
    env = dict(os.environ, MNT=str(mount_point), CLI=f"{sys.executable} {ROOT / 'main.py'}")
    env["MERCHANT_READINESS_DATA"] = str(tmp_path / "appdata")
    full = f'mount -t tmpfs -o size=512k tmpfs "$MNT"\nset +e\n{textwrap.dedent(script)}'
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", full], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env
    )


FILL = 'dd if=/dev/zero of="$MNT/filler" bs=4k 2>/dev/null; sync'


@needs_mounts
@pytest.mark.parametrize("existing", [False, True], ids=["new file", "existing file"])
def test_a_full_disk_is_called_a_full_disk(tmp_path, existing):
    script = f"""
        {'$CLI --db "$MNT/shop.sqlite3" demo >/dev/null || exit 9' if existing else ""}
        {FILL}
        $CLI --db "$MNT/shop.sqlite3" demo
        echo "exit=$?"
    """
    done = in_small_file_system(tmp_path, script)
    assert "exit=2" in done.stdout, done.stderr
    assert done.stderr.strip().splitlines() == [
        f"error: cannot save to {tmp_path / 'mnt' / 'shop.sqlite3'}: the disk is full"
    ]


@needs_mounts
def test_a_read_only_folder_or_file_is_named(tmp_path):
    script = """
        $CLI --db "$MNT/shop.sqlite3" demo >/dev/null || exit 9
        mount -o remount,ro "$MNT"
        $CLI --db "$MNT/shop.sqlite3" demo
        echo "exit=$?"
        $CLI --db "$MNT/new.sqlite3" list
        echo "exit=$?"
    """
    done = in_small_file_system(tmp_path, script)
    assert done.stdout.count("exit=2") == 2, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("error: ") for line in lines), done.stderr
    assert "read-only" in lines[0] and "read-only" in lines[1], lines


# -- backups ---------------------------------------------------------------------------------------------------
def test_one_backup_a_day_for_a_week(db_path):
    our_database(db_path, businesses=2)  # created today: its first backup is made when it is closed
    folder = backups.backup_folder(db_path)
    today = dt.date.today()
    assert [p.name for p in folder.iterdir()] == [f"daily-{today.isoformat()}.sqlite3"]
    for days in range(1, 10):  # nine older ones, as if the program had been used every day
        shutil.copy(
            folder / f"daily-{today.isoformat()}.sqlite3",
            folder / f"daily-{today - dt.timedelta(days):%Y-%m-%d}.sqlite3",
        )
    (folder / f"daily-{today.isoformat()}.sqlite3").unlink()
    Store(db_path).close()  # the first open of the day backs up the file it has just checked
    kept = sorted(p.name for p in folder.glob("daily-*.sqlite3"))
    assert len(kept) == backups.KEEP_DAILY
    assert kept[-1] == f"daily-{today.isoformat()}.sqlite3"
    assert kept[0] == f"daily-{today - dt.timedelta(6):%Y-%m-%d}.sqlite3"
    assert all(b.businesses == 2 for b in database_backups(db_path))


def test_a_backup_cut_short_never_lies_under_a_backups_name(db_path):
    our_database(db_path, businesses=1)
    folder = backups.backup_folder(db_path)
    shutil.rmtree(folder)

    class PowerCut(sqlite3.Connection):
        def backup(self, target, **kwargs):  # type: ignore[override]
            target.execute("CREATE TABLE half_a_copy (x)")  # something is in the copy already
            raise sqlite3.OperationalError("disk I/O error")

    conn = sqlite3.connect(db_path, factory=PowerCut)
    assert backups.keep_daily(conn, db_path) is None  # logged, never in the user's way
    conn.close()
    assert list(folder.glob("*.sqlite3")) == []
    assert not [p for p in folder.iterdir() if p.name.endswith((".part", ".part-journal"))]


def test_a_damaged_file_is_replaced_by_its_backup_and_kept_aside(db_path):
    our_database(db_path, businesses=3)
    Store(db_path).close()
    smashed = bytearray(db_path.read_bytes())
    smashed[4096:12288] = b"\xff" * 8192
    db_path.write_bytes(bytes(smashed))
    with pytest.raises(DatabaseDamaged):
        Store(db_path)
    (backup,) = database_backups(db_path)
    assert backup.businesses == 3 and backup.kind == "daily"
    aside = restore_database(db_path, backup)
    assert aside is not None and aside.read_bytes() == bytes(smashed)  # the damaged file, byte for byte
    with Store(db_path) as store:
        assert [b.name for b in store.list_businesses()] == ["Boutique 2", "Boutique 1", "Boutique 0"]
        assert len(store.answers(store.list_businesses()[0].id)) == 40


def test_a_new_file_keeps_the_damaged_one_aside(db_path):
    db_path.parent.mkdir(parents=True)
    random_bytes(db_path)
    before = db_path.read_bytes()
    aside = set_database_aside(db_path)
    assert aside is not None and aside.read_bytes() == before and aside.parent == db_path.parent
    with Store(db_path) as store:
        assert store.list_businesses() == []
    assert set_database_aside(db_path) != aside  # a second time, never over the first one


def test_a_damaged_backup_is_not_offered_and_not_restored(db_path):
    our_database(db_path, businesses=1)
    (backup,) = database_backups(db_path)
    backup.path.write_bytes(b"garbage" * 1000)
    assert database_backups(db_path) == []
    with pytest.raises(DatabaseDamaged, match="backup copy"):
        restore_database(db_path, backup)
    assert Store(db_path).list_businesses()  # the database itself was not touched


def test_a_file_given_by_path_is_never_created_in_a_missing_folder(tmp_path):
    with pytest.raises(DatabaseUnavailable, match="does not exist"):
        Store(tmp_path / "missing" / "x.sqlite3", create_folder=False)
    assert not (tmp_path / "missing").exists()

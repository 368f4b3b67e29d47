"""Two copies of the program on one file: a write waits for the other's instead of failing, a new file is created
once when several processes open it at once, an old one is upgraded (and backed up) once, and no write is lost."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from merchant_assistant.plan import ActionStatus
from merchant_assistant.service import demo_profile
from merchant_assistant.storage import LATEST_VERSION, Store, backups
from merchant_assistant.workspace import Workspace

from ..conftest import ROOT
from .storage_worker import State, stored_state, writes

OLD_DATABASE = ROOT / "tests" / "data" / "db" / "v2.sqlite3"


@pytest.fixture
def db_path(db_path):
    """The test's database in a folder that exists: a path the user names must be in one (nothing is created)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    return db_path


@pytest.mark.parametrize("write", ["answer", "action", "profile", "create", "delete"])
def test_a_write_waits_for_another_programs_write_instead_of_failing(db_path, fixture_pack, write):
    """While another connection (another copy of the program) holds the write lock, each kind of write waits for it
    and then succeeds. Before BEGIN IMMEDIATE, a write that read first failed at once ("in use by another
    program"): SQLite cannot retry a transaction that has read, and so never waited."""
    with Workspace.open(db_path, fixture_pack) as first, Workspace.open(db_path, fixture_pack) as second:
        profile = demo_profile(fixture_pack)
        business_id = first.create_business(profile).business_id
        doomed = first.create_business({**profile, "name": "À supprimer"}).business_id
        changes = {
            "answer": lambda: second.save_answer(business_id, "t_rc", "yes", "fait"),
            "action": lambda: second.set_action(business_id, "act_t_rc", status="done"),
            "profile": lambda: second.update_profile(business_id, {**profile, "city": "Tanger"}),
            "create": lambda: second.create_business({**profile, "name": "Deuxième"}),
            "delete": lambda: second.delete_business(doomed),
        }
        outcome: list[object] = []

        def change() -> None:
            try:
                outcome.append(changes[write]())
            except Exception as error:  # the failure is what the test looks for
                outcome.append(error)

        with first.store.atomic():
            first.save_answer(business_id, "t_bank", "no")  # the first holds the lock from here to the commit
            other = threading.Thread(target=change)
            other.start()
            other.join(0.5)
            assert other.is_alive() and not outcome  # waiting, not failed
        other.join(10)
        assert not isinstance(outcome[0], Exception), outcome[0]
        assert first.answers(business_id)["t_bank"].value == "no"
    with Workspace.open(db_path, fixture_pack) as workspace:
        stored = {
            "answer": lambda: workspace.answers(business_id)["t_rc"].note == "fait",
            "action": lambda: workspace.statuses(business_id)["act_t_rc"] == ActionStatus("act_t_rc", "done"),
            "profile": lambda: workspace.business(business_id).profile["city"] == "Tanger",
            "create": lambda: "Deuxième" in {b.name for b in workspace.businesses()},
            "delete": lambda: doomed not in {b.id for b in workspace.businesses()},
        }
        assert stored[write]()


def test_a_write_that_waits_too_long_says_the_file_is_in_use_and_leaves_nothing_open(
    db_path, fixture_pack, monkeypatch
):
    """The wait is bounded: past the busy timeout, the write is refused with one sentence, nothing of it written,
    and the next write, once the file is free, goes through."""
    from merchant_assistant.errors import StorageError
    from merchant_assistant.storage import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    with Workspace.open(db_path, fixture_pack) as workspace:
        business_id = workspace.create_business(demo_profile(fixture_pack)).business_id
        other_program = sqlite3.connect(db_path, isolation_level=None)
        other_program.execute("BEGIN IMMEDIATE")
        with pytest.raises(StorageError, match="in use by another program"):
            workspace.save_answer(business_id, "t_rc", "yes")
        assert not workspace.store.conn.in_transaction
        other_program.execute("ROLLBACK")
        other_program.close()
        assert "t_rc" not in workspace.answers(business_id)
        workspace.save_answer(business_id, "t_rc", "yes")
        assert workspace.answers(business_id)["t_rc"].value == "yes"


def test_a_program_that_waited_finds_the_file_upgraded_and_leaves_it_as_it_is(db_path):
    """The version is read again once the write lock is held: a program that opened an old file while another was
    upgrading it waits, then finds it upgraded and leaves it as it is (no migration run twice, no backup taken of
    a file that is no longer the old one)."""
    import sqlite_utils

    from merchant_assistant.storage.migrations import MIGRATIONS

    db_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(OLD_DATABASE, db_path)
    other_program = sqlite3.connect(db_path, isolation_level=None)
    other_program.execute("BEGIN IMMEDIATE")  # the other program, upgrading the file
    opened: list[object] = []

    def open_it() -> None:
        try:
            opened.append(Store(db_path))
        except Exception as error:  # the failure is what the test looks for
            opened.append(error)

    this_program = threading.Thread(target=open_it)
    this_program.start()
    this_program.join(0.5)
    assert this_program.is_alive() and not opened  # waiting for the lock
    MIGRATIONS.apply(sqlite_utils.Database(other_program))
    other_program.execute("COMMIT")
    other_program.close()
    this_program.join(10)
    (store,) = opened
    assert isinstance(store, Store), store
    with store:
        assert store.schema_version == LATEST_VERSION
        applied = store.conn.execute("SELECT name, count(*) FROM _sqlite_migrations GROUP BY name").fetchall()
    assert [count for _, count in applied] == [1] * LATEST_VERSION
    assert not list(backups.backup_folder(db_path).glob(f"{backups.UPGRADE_PREFIX}*"))


def _python(*args: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    return subprocess.Popen(
        [sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env
    )


@pytest.mark.slow
def test_several_programs_writing_one_new_file_for_seconds_fail_nothing_and_lose_nothing(tmp_path, fixture_pack):
    """Four processes open a new file at the same moment (one creates it, the others find it made), then each
    writes its own business for three seconds, answers, statuses, names and new businesses, all through the
    Workspace: none fails, and the file holds every write of each."""
    db = tmp_path / "shared.sqlite3"  # on the disk: real fsyncs, real waits for the lock
    start_at = time.time() + 1.5  # after the four have started Python and loaded the pack
    names = [f"Commerce {n}" for n in range(4)]
    writers = [
        _python("-m", "tests.core.storage_worker", "writer", str(db), name, "3", str(start_at), str(seed))
        for seed, name in enumerate(names)
    ]
    results = [w.communicate(timeout=120) for w in writers]
    for writer, (_, err) in zip(writers, results):
        assert writer.returncode == 0, err
    summaries = [json.loads(out) for out, _ in results]
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        total = 0
        for seed, (name, summary) in enumerate(zip(names, summaries)):
            expected = State()
            for write in itertools.islice(writes(fixture_pack, seed, name), summary["writes"]):
                expected = expected.apply(write)
            assert stored_state(conn, summary["business"]) == expected, name
            (stored_name,) = conn.execute("SELECT name FROM businesses WHERE id = ?", [summary["business"]]).fetchone()
            assert stored_name == summary["name"]
            total += summary["writes"]
        extra = [b for s in summaries for b in s["extra"]]
        stored_ids = {row[0] for row in conn.execute("SELECT id FROM businesses")}
        assert stored_ids == {s["business"] for s in summaries} | set(extra)
    finally:
        conn.close()
    assert total >= 4  # they did write, all four
    print(f"\n4 processes, 3 s: {total} writes, {len(extra)} businesses added, none failed or lost")


@pytest.mark.slow
@pytest.mark.parametrize("existing", [None, OLD_DATABASE], ids=["new file", "old file"])
def test_eight_demo_commands_at_once_all_succeed(tmp_path, existing):
    """``main.py --db F demo`` eight times at once, on a new file or on one from an earlier release: every one
    exits 0 with its own business, the schema is made (or upgraded and backed up) once."""
    db = tmp_path / "f.sqlite3"
    if existing:
        shutil.copyfile(existing, db)
    with sqlite3.connect(db) as conn:
        before = (
            conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'businesses'").fetchone()[0]
            and (conn.execute("SELECT count(*) FROM businesses").fetchone()[0])
        )
    conn.close()
    if not existing:
        db.unlink()
    commands = [_python(str(ROOT / "main.py"), "--db", str(db), "demo") for _ in range(8)]
    results = [c.communicate(timeout=120) for c in commands]
    assert [(c.returncode, err) for c, (_, err) in zip(commands, results)] == [(0, "")] * 8
    ids = [int(out.strip()) for out, _ in results]
    assert len(set(ids)) == 8
    with Store(db) as store:
        assert len(store.list_businesses()) == before + 8
    made = list(backups.backup_folder(db).glob(f"{backups.UPGRADE_PREFIX}*"))
    assert len(made) == (1 if existing else 0)  # exactly one backup before the one upgrade


@pytest.mark.slow
def test_an_import_while_another_program_writes_answers_both_complete(tmp_path, fixture_pack):
    """A trainer imports thirty participants' files (the import command) while another copy of the program saves
    answers for three seconds: both end normally, every imported business is whole and no answer is lost."""
    db = tmp_path / "shared.sqlite3"
    files = []
    with Workspace.open(tmp_path / "participants.sqlite3", fixture_pack) as participants:
        for number in range(30):
            business_id = participants.add_demo().business_id
            files.append(tmp_path / f"participant-{number}.json")
            participants.export_business(business_id, files[-1])
        answers = len(participants.answers(business_id))
    Store(db).close()
    start_at = time.time() + 1.0
    writer = _python("-m", "tests.core.storage_worker", "writer", str(db), "Commerce", "3", str(start_at), "7")
    time.sleep(max(0.0, start_at - time.time()))
    importer = _python(
        str(ROOT / "main.py"),
        "--db",
        str(db),
        "--content",
        str(ROOT / "tests" / "data" / "pack"),
        "import",
        *map(str, files),
    )
    (out, err), (written, writer_err) = importer.communicate(timeout=120), writer.communicate(timeout=120)
    assert importer.returncode == 0, err
    assert writer.returncode == 0, writer_err
    imported = [int(line) for line in out.split()]
    summary = json.loads(written)
    assert len(imported) == 30
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        for business_id in imported:
            count = conn.execute("SELECT count(*) FROM answers WHERE business_id = ?", [business_id]).fetchone()[0]
            assert count == answers, business_id
        expected = State()
        for write in itertools.islice(writes(fixture_pack, 7, "Commerce"), summary["writes"]):
            expected = expected.apply(write)
        assert stored_state(conn, summary["business"]) == expected
    finally:
        conn.close()
    assert summary["writes"] > 0

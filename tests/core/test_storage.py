"""The SQLite store: migrations, backups, resume, immediate saves, and damaged or foreign files."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3

import pytest
import sqlite_utils

from merchant_assistant.errors import Ambiguous, NotFound, StorageError
from merchant_assistant.plan import ActionStatus
from merchant_assistant.storage import LATEST_VERSION, Store
from merchant_assistant.storage.migrations import MIGRATIONS


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def make_v1_database(path) -> None:
    """A database as the first release wrote it: schema 1, one business with two answers."""
    db = sqlite_utils.Database(path)
    MIGRATIONS.apply(db, stop_before="0002_action_status_and_resume")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    db["businesses"].insert(
        {
            "id": 7,
            "name": "Épicerie Amal",
            "profile": '{"name": "Épicerie Amal"}',
            "created_at": "2026-01-02T10:00:00+00:00",
            "updated_at": "2026-01-02T10:00:00+00:00",
        }
    )
    db["answers"].insert_all(
        [
            {
                "business_id": 7,
                "question_id": "t_rc",
                "value": '"yes"',
                "note": "",
                "updated_at": "2026-01-02T10:01:00+00:00",
            },
            {
                "business_id": 7,
                "question_id": "t_site_pages",
                "value": '["cgv"]',
                "note": "à revoir",
                "updated_at": "2026-01-02T10:02:00+00:00",
            },
        ]
    )
    db.conn.close()


def test_new_database_is_at_latest_version_with_wal_and_foreign_keys(db_path):
    with Store(db_path) as store:
        assert store.schema_version == LATEST_VERSION
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert not list((db_path.parent / "backups").glob("*/before-upgrade-*"))  # nothing to back up for a new file


def test_migration_from_v1_keeps_everything_and_backs_up_first(db_path):
    db_path.parent.mkdir(parents=True)
    make_v1_database(db_path)
    before = dump(db_path)
    with Store(db_path) as store:
        assert store.schema_version == LATEST_VERSION
        business = store.get_business(7)
        assert business.name == "Épicerie Amal" and business.current_step == ""
        answers = store.answers(7)
        assert answers["t_rc"].value == "yes"
        assert answers["t_site_pages"].value == ["cgv"] and answers["t_site_pages"].note == "à revoir"
        store.set_action_status(7, ActionStatus("act_t_rc", "done"))  # the new table works
        assert store.action_statuses(7)["act_t_rc"].status == "done"
    (backup,) = (db_path.parent / "backups" / db_path.name).glob("before-upgrade-v1-*.sqlite3")
    assert dump(backup) == before  # the copy holds the v1 data as it was
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_newer_database_is_refused_untouched(db_path, journal):
    db_path.parent.mkdir(parents=True)
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA journal_mode={journal}")
        conn.execute("CREATE TABLE future (x)")
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = digest(db_path)
    with pytest.raises(StorageError, match="newer version"):
        Store(db_path)
    assert digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["test.sqlite3"]


def test_a_file_that_is_not_a_database_is_refused_untouched(db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"%PDF-1.4 this is not a database at all" * 20)
    before = digest(db_path)
    with pytest.raises(StorageError, match="damaged or is not a database"):
        Store(db_path)
    assert digest(db_path) == before


def test_a_damaged_database_gives_a_human_message(db_path):
    with Store(db_path) as store:
        bid = store.create_business({"name": "X"})
        for n in range(300):
            store.save_answer(bid, f"q{n}", "yes", note="n" * 200)
    data = bytearray(db_path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # smash the second page, keep the header
    db_path.write_bytes(bytes(data))
    with pytest.raises(StorageError, match="damaged"):
        store = Store(db_path)
        store.answers(bid)


def test_answer_is_on_disk_as_soon_as_it_is_given(db_path):
    with Store(db_path) as store:
        bid = store.create_business({"name": "Dar Nour"})
        store.save_answer(bid, "t_rc", "partly", note="en cours")
        # A second, independent connection (another process would see the same) reads it before any close.
        other = sqlite3.connect(db_path)
        row = other.execute(
            "SELECT value, note FROM answers WHERE business_id = ? AND question_id = 't_rc'", [bid]
        ).fetchone()
        other.close()
        assert row == ('"partly"', "en cours")
        store.save_answer(bid, "t_rc", None)
        assert "t_rc" not in store.answers(bid)


def test_resume_after_reopening(db_path):
    with Store(db_path) as store:
        bid = store.create_business({"name": "Riad Yasmine", "channels": ["website"]})
        store.save_answer(bid, "t_2fa", "no")
        store.save_answer(bid, "t_site_pages", ["cgv", "legal_notice"])
        store.set_current_step(bid, "safety/safety_basics")
        store.set_action_status(bid, ActionStatus("act_t_2fa", "in_progress", owner="Karim", due=dt.date(2026, 12, 5)))
    with Store(db_path) as store:
        (business,) = store.list_businesses()
        assert (business.name, business.current_step) == ("Riad Yasmine", "safety/safety_basics")
        assert business.profile["channels"] == ["website"]
        answers = store.answers(bid)
        assert answers["t_2fa"].value == "no" and answers["t_site_pages"].value == ["cgv", "legal_notice"]
        assert store.action_statuses(bid)["act_t_2fa"] == ActionStatus(
            "act_t_2fa", "in_progress", "Karim", dt.date(2026, 12, 5)
        )


def test_find_business_by_id_or_name(store):
    a = store.create_business({"name": "Atelier Zellige"})
    b = store.create_business({"name": "Café Atlas"})
    c = store.create_business({"name": "café atlas"})
    assert store.find_business(str(a)).name == "Atelier Zellige"
    assert store.find_business("ATELIER zellige").id == a
    with pytest.raises(Ambiguous, match=f"ids {b}, {c}"):
        store.find_business("Café Atlas")
    with pytest.raises(NotFound, match="no business named"):
        store.find_business("Nobody")


def test_deleting_a_business_removes_its_answers(store):
    bid = store.create_business({"name": "X"})
    store.save_answer(bid, "t_rc", "yes")
    store.set_action_status(bid, ActionStatus("act_t_rc"))
    store.delete_business(bid)
    assert store.db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM action_status").fetchone()[0] == 0


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_database_gives_a_human_message(db_path):
    with Store(db_path) as store:
        bid = store.create_business({"name": "X"})
    db_path.chmod(0o444)
    db_path.parent.chmod(0o555)
    try:
        with pytest.raises(StorageError, match="read-only|cannot open"), Store(db_path) as store:
            store.save_answer(bid, "t_rc", "yes")
    finally:
        db_path.parent.chmod(0o755)
        db_path.chmod(0o644)


def test_unusable_folder_gives_a_human_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="cannot create the folder"):
        Store(blocker / "sub" / "db.sqlite3")
    with pytest.raises(StorageError, match="is a folder"):
        Store(tmp_path)


@pytest.mark.parametrize(
    "sqlite_message, human",
    [
        ("attempt to write a readonly database", "read-only"),
        ("database or disk is full", "disk is full"),
        ("database disk image is malformed", "damaged"),
        ("database is locked", "in use by another program"),
        ("unable to open database file", "check that the folder exists"),
    ],
)
def test_sqlite_failures_become_one_human_sentence(tmp_path, sqlite_message, human):
    from merchant_assistant.storage.database import known_errors

    with pytest.raises(StorageError, match=human), known_errors(tmp_path / "x.sqlite3"):
        raise sqlite3.OperationalError(sqlite_message)


def test_real_bugs_are_not_hidden_as_user_errors(tmp_path):
    from merchant_assistant.storage.database import known_errors

    with pytest.raises(sqlite3.OperationalError), known_errors(tmp_path / "x.sqlite3"):
        raise sqlite3.OperationalError("no such table: answres")


def test_read_only_file_is_reported_when_saving(db_path, monkeypatch):
    """Simulated for root, who ignores permissions: the store is opened read-only under the hood."""
    with Store(db_path) as store:
        bid = store.create_business({"name": "X"})
    store = Store(db_path)
    store.db.conn.close()
    store.db = sqlite_utils.Database(sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True, isolation_level=None))
    with pytest.raises(StorageError, match="read-only"):
        store.save_answer(bid, "t_rc", "yes")
    store.db.conn.close()


def test_unreadable_database_file_gives_a_human_message(db_path, monkeypatch):
    """Simulated (root reads everything): the file exists but opening it is refused, e.g. locked by Windows."""
    import builtins

    with Store(db_path):
        pass
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):
        if str(file) == str(db_path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    with pytest.raises(StorageError, match="cannot open .*permission denied"):
        Store(db_path)


def test_a_business_with_its_first_answers_is_saved_whole_or_not_at_all(store):
    with pytest.raises(TypeError):
        store.create_business({"name": "Half"}, {"t_rc": "yes", "t_bank": object()})
    assert store.list_businesses() == []
    bid = store.create_business({"name": "Whole"}, {"t_rc": "yes", "t_site_pages": ["cgv"]})
    assert {k: a.value for k, a in store.answers(bid).items()} == {"t_rc": "yes", "t_site_pages": ["cgv"]}

"""Crash safety, proven: the program is killed (SIGKILL) at random moments while it saves answers, while it writes a
PDF or a CSV, and while it upgrades an old file; whatever it reported as done is there afterwards, the file passes
SQLite's integrity check, and nothing damaged is left under a name a user sees.

Each test runs 50 trials through one fork server (tests/core/storage_worker.py), at seeded random moments. The files
live on /dev/shm where there is one: a kill ends a process, not the machine, so what it wrote is in the kernel's page
cache whether the disk has it yet or not, and without the disk's fsyncs (about 4 ms each here) a trial of a few
hundredths of a second covers hundreds of saves. What a power cut would do is not something a kill can show
(``synchronous=FULL`` is there for it).
"""

from __future__ import annotations

import itertools
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from merchant_assistant.report import render_pdf
from merchant_assistant.report.actions_csv import render_csv
from merchant_assistant.service import demo_plan, demo_profile
from merchant_assistant.storage import LATEST_VERSION, Store
from merchant_assistant.storage.backups import PART, SUFFIX, UPGRADE_PREFIX, backup_folder
from merchant_assistant.storage.migrations import MIGRATIONS
from merchant_assistant.workspace import Workspace

from ..conftest import PLAN_DATE, ROOT
from .storage_worker import State, file_writes, read_acks, stored_state, writes

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX"),
]

TRIALS = 50


class ForkServer:
    """tests/core/storage_worker.py's server: runs a job in a forked child and kills it after ``delay`` seconds."""

    def __init__(self, folder: Path):
        self.log = folder / "server.log"
        env = {**os.environ, "MERCHANT_READINESS_DATA": str(folder / "appdata")}
        with open(self.log, "w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.core.storage_worker", "server"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
                cwd=ROOT,
                env=env,
            )

    def run(self, job: str, delay: float | None, **args: object) -> dict:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(json.dumps({"job": job, "delay": delay, "args": args}) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line, f"the fork server died:\n{self.log.read_text()}"
        reply = json.loads(line)
        assert reply["killed"] or reply["exit"] == 0, f"the child failed:\n{self.log.read_text()}"
        return reply

    def close(self) -> None:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.close()
        self.process.wait(timeout=60)
        self.process.stdout.close()


@pytest.fixture
def fast_dir(tmp_path):
    """A folder in memory (/dev/shm) when the machine has one, else the test's own folder."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="merchant-crash-", dir=shm))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def server(tmp_path):
    forks = ForkServer(tmp_path)
    yield forks
    forks.close()


def _integrity(conn: sqlite3.Connection) -> list:
    return conn.execute("PRAGMA integrity_check").fetchall()


def test_no_acknowledged_answer_is_lost_when_the_program_is_killed(server, fast_dir, fixture_pack):
    """Each trial: a child opens the file (recovering from the last kill), saves answers and action statuses as fast
    as it can and acknowledges each one that returned; it is killed after 0 to 150 ms. The file must then hold
    exactly the acknowledged saves, plus at most the one under way (committed but not yet acknowledged)."""
    db = fast_dir / "answers.sqlite3"
    with Workspace.open(db, fixture_pack) as workspace:
        business_id = workspace.create_business({**demo_profile(fixture_pack), "name": "Hanout Crash"}).business_id
    rng = random.Random(20261127)
    state = State()
    acknowledged = in_flight_kept = 0
    for trial in range(TRIALS):
        seed, tag, acks = rng.randrange(2**32), f"t{trial}", fast_dir / f"acks-{trial}"
        reply = server.run(
            "answers", rng.uniform(0.0, 0.15), db=str(db), business_id=business_id, seed=seed, tag=tag, acks=str(acks)
        )
        assert reply["killed"]  # it saves until killed
        done = read_acks(acks)
        assert done == [str(n) for n in range(len(done))]
        sequence = list(itertools.islice(writes(fixture_pack, seed, tag), len(done) + 1))
        expected = state
        for write in sequence[:-1]:
            expected = expected.apply(write)
        # Read-only: the next child, not this check, finds the WAL the killed one left and recovers from it.
        conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
        try:
            assert _integrity(conn) == [("ok",)], f"trial {trial}"
            stored = stored_state(conn, business_id)
        finally:
            conn.close()
        assert stored in (expected, expected.apply(sequence[-1])), f"trial {trial}: acknowledged saves lost"
        in_flight_kept += stored != expected
        state = stored
        acknowledged += len(done)
    print(
        f"\n{TRIALS} kills during {acknowledged} acknowledged saves: none lost ({in_flight_kept} unacknowledged kept)"
    )
    assert acknowledged >= TRIALS  # the kills did not all land before the first save
    with Store(db) as store:  # and the program opens it as usual
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_killed_export_leaves_no_partial_pdf_or_csv(server, fast_dir, fixture_pack):
    """Each trial: a child writes a PDF and a CSV in turn through write_atomically, each time with the other of two
    contents (French and Arabic), and is killed after 0 to 30 ms. Each file must then be absent (never written
    yet) or hold exactly what its last acknowledged write or the one under way wrote; nothing else is visible."""
    plan = demo_plan(fixture_pack, today=PLAN_DATE)
    references: dict[str, list[str]] = {"plan.pdf": [], "actions.csv": []}
    contents: dict[str, list[bytes]] = {"plan.pdf": [], "actions.csv": []}
    for lang in ("fr", "ar"):
        for name, data in (("plan.pdf", render_pdf(plan, lang)), ("actions.csv", render_csv(plan, lang))):
            reference = fast_dir / f"reference-{lang}-{name}"
            reference.write_bytes(data)
            references[name].append(str(reference))
            contents[name].append(data)
    names = sorted(references)
    rng = random.Random(1127)
    acknowledged = leftovers = 0
    for trial in range(TRIALS):
        folder, acks = fast_dir / f"out-{trial}", fast_dir / f"file-acks-{trial}"
        folder.mkdir()
        server.run("files", rng.uniform(0.0, 0.03), folder=str(folder), references=references, acks=str(acks))
        done = read_acks(acks)
        assert done == [str(n) for n in range(len(done))]
        sequence = list(itertools.islice(file_writes(names), len(done) + 1))
        for name in names:
            turns = [turn for written, turn in sequence[:-1] if written == name]
            allowed = [contents[name][turns[-1] % 2] if turns else None]
            if sequence[-1][0] == name:
                allowed.append(contents[name][sequence[-1][1] % 2])
            target = folder / name
            assert (target.read_bytes() if target.exists() else None) in allowed, f"trial {trial}: {name}"
        visible = {p.name for p in folder.iterdir() if not p.name.startswith(".")}
        assert visible <= set(names), f"trial {trial}: {visible}"
        leftovers += len(list(folder.iterdir())) - len(visible)
        acknowledged += len(done)
    print(f"\n{TRIALS} kills during {acknowledged} acknowledged file writes: no partial file ({leftovers} temporary)")
    assert acknowledged >= TRIALS


def _old_database(path: Path, fixture_pack) -> None:
    """A schema-1 file as the first release left it (in WAL mode, as it ran), with 300 businesses to upgrade."""
    import sqlite_utils

    db = sqlite_utils.Database(path)
    MIGRATIONS.apply(db, stop_before="0002_action_status_and_resume")
    profile = {**fixture_pack.demo["profile"], "payment_methods": ["card_terminal", "online_card"]}
    profile["collects_customer_data"] = True
    stamp = "2026-01-02T10:00:00+00:00"
    with db.conn:
        for number in range(1, 301):
            name = f"Commerce {number}"
            db.execute(
                "INSERT INTO businesses VALUES (?, ?, ?, ?, ?)",
                [number, name, json.dumps({**profile, "name": name}), stamp, stamp],
            )
            for question in fixture_pack.questions:
                db.execute(
                    "INSERT INTO answers VALUES (?, ?, ?, ?, ?)",
                    [number, question.id, json.dumps("dont_know"), f"note {number}", stamp],
                )
    db.execute("PRAGMA journal_mode=WAL")
    db.conn.close()


def _contents(conn: sqlite3.Connection) -> tuple[list, list]:
    return (
        conn.execute("SELECT id, name FROM businesses ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM answers ORDER BY business_id, question_id").fetchall(),
    )


def test_a_killed_upgrade_leaves_the_old_file_or_the_new_one_and_whole_backups(server, fast_dir, fixture_pack):
    """Each trial: a child opens a copy of a schema-1 file (backup, then upgrade) and is killed at a random moment
    of it. Then: the file is whole, at schema 1 as it was or upgraded with everything kept; every backup taken
    before the upgrade is a whole copy of the schema-1 file; no journal is left beside a backup; the next open finishes the work and leaves
    no temporary file behind."""
    original = fast_dir / "v1.sqlite3"
    _old_database(original, fixture_pack)
    with sqlite3.connect(original) as conn:
        before = list(conn.iterdump())
        contents = _contents(conn)
    conn.close()

    def trial_files(trial: int) -> tuple[Path, Path, Path]:
        folder = fast_dir / f"upgrade-{trial}"
        folder.mkdir()
        shutil.copyfile(original, folder / "shop.sqlite3")
        return folder, folder / "shop.sqlite3", fast_dir / f"open-acks-{trial}"

    def whole_upgrade(trial: int) -> float:
        """From the fork to the end of one upgrade not killed, on this machine and now."""
        folder, db, acks = trial_files(trial)
        forked = server.run("open", None, db=str(db), acks=str(acks))["forked"]
        (opened,) = read_acks(acks)
        return float(opened.split()[1]) - forked

    whole = max(whole_upgrade(trial) for trial in (-1, -2, -3))
    rng = random.Random(112)
    outcomes = {"old": 0, "upgraded": 0}
    backups = interrupted = 0
    for trial in range(TRIALS):
        folder, db, acks = trial_files(trial)
        server.run("open", rng.uniform(0.0, whole * 1.5), db=str(db), acks=str(acks))
        names = sorted(p.name for p in folder.rglob("*"))  # the database's folder and its backups folder
        assert not [n for n in names if n.endswith("-journal") and n != "shop.sqlite3-journal"], f"trial {trial}"
        interrupted += any(n.endswith(SUFFIX + PART) for n in names)  # killed while copying: a temporary file only
        for backup in backup_folder(db).glob(f"{UPGRADE_PREFIX}*{SUFFIX}"):
            with sqlite3.connect(backup) as conn:
                assert _integrity(conn) == [("ok",)], f"trial {trial}: {backup.name} damaged"
                assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
                assert list(conn.iterdump()) == before, f"trial {trial}: {backup.name} is not the old file"
            conn.close()
            backups += 1
        with sqlite3.connect(db) as conn:
            assert _integrity(conn) == [("ok",)], f"trial {trial}"
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            assert version in (1, LATEST_VERSION), f"trial {trial}: left at schema {version}"
            if version == 1:
                assert list(conn.iterdump()) == before, f"trial {trial}"
            else:
                assert _contents(conn) == contents, f"trial {trial}"
        conn.close()
        outcomes["old" if version == 1 else "upgraded"] += 1
        with Store(db) as store:  # the next start finishes the upgrade, if it has to
            assert store.schema_version == LATEST_VERSION
            assert _contents(store.conn) == contents
        left = sorted(p.name for p in folder.rglob("*") if p.name.endswith(("-journal", PART)))
        assert not left, f"trial {trial}: {left} left behind"
    print(
        f"\n{TRIALS} kills during upgrades of {whole * 1000:.0f} ms: {outcomes}, {backups} backups all whole, "
        f"{interrupted} copies interrupted"
    )


def _business_rows(conn: sqlite3.Connection, business_id: int) -> tuple[int, int, int]:
    return tuple(  # type: ignore[return-value]
        conn.execute(f"SELECT count(*) FROM {table} WHERE business_id = ?", [business_id]).fetchone()[0]
        for table in ("answers", "action_status", "snapshots")
    )


def test_a_killed_import_leaves_each_business_whole_or_absent(server, fast_dir, fixture_pack):
    """Each trial: a child imports an exchange file again and again (keep both: a new business each time) and is
    killed after 0 to 100 ms. Every business in the file must then be whole (all its answers, statuses and
    snapshots), every acknowledged import there, at most one more (the one under way), integrity_check ok."""
    source = fast_dir / "source.sqlite3"
    exchange = fast_dir / "participant.json"
    with Workspace.open(source, fixture_pack) as workspace:
        business_id = workspace.add_demo().business_id
        action = next(a.id for q in fixture_pack.questions for a in q.actions)
        workspace.set_action(business_id, action, status="done")
        workspace.record_snapshot(business_id, "plan")
        workspace.export_business(business_id, exchange)
        conn = workspace.store.conn
        whole = _business_rows(conn, business_id)
    assert whole[0] > 0 and whole[1:] == (1, 1)
    db = fast_dir / "trainer.sqlite3"
    rng = random.Random(131)
    acknowledged: set[int] = set()
    for trial in range(TRIALS):
        acks = fast_dir / f"import-acks-{trial}"
        assert server.run("imports", rng.uniform(0.0, 0.1), db=str(db), file=str(exchange), acks=str(acks))["killed"]
        acknowledged |= {int(line) for line in read_acks(acks)}
        conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) if db.exists() else None
        if conn is None:
            continue
        try:
            assert _integrity(conn) == [("ok",)], f"trial {trial}"
            # Killed while it created the file, the child leaves it without tables (the creation is one
            # transaction); the program adopts such a file at the next start.
            created = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'businesses'").fetchone()
            stored = {row[0] for row in conn.execute("SELECT id FROM businesses")} if created else set()
            for stored_id in stored:
                assert _business_rows(conn, stored_id) == whole, f"trial {trial}: business {stored_id} half imported"
        finally:
            conn.close()
        assert acknowledged <= stored and len(stored - acknowledged) <= 1, f"trial {trial}"
        acknowledged = stored  # the one under way, if committed, is as good as acknowledged for the next trial
    print(f"\n{TRIALS} kills during {len(acknowledged)} imports: every business whole")
    assert len(acknowledged) >= TRIALS // 2


def test_a_killed_export_never_leaves_a_partial_exchange_file(server, fast_dir, fixture_pack):
    """Each trial: a child exports two businesses in turn to one file until killed after 0 to 50 ms; the file is
    then absent or a whole exchange file of one of the two, and nothing else is visible in the folder."""
    db = fast_dir / "exports.sqlite3"
    with Workspace.open(db, fixture_pack) as workspace:
        ids = [workspace.add_demo().business_id for _ in range(2)]
        expected = []
        for business_id in ids:
            data = workspace.exchange_data(business_id)
            del data["exported_at"]
            expected.append(data)
    rng = random.Random(2711)
    acknowledged = 0
    for trial in range(TRIALS):
        folder, acks = fast_dir / f"exports-{trial}", fast_dir / f"export-acks-{trial}"
        folder.mkdir()
        out = folder / "participant.json"
        server.run("exports", rng.uniform(0.0, 0.05), db=str(db), business_ids=ids, out=str(out), acks=str(acks))
        done = read_acks(acks)
        if out.exists():
            data = json.loads(out.read_text("utf-8"))
            del data["exported_at"]
            assert data in expected, f"trial {trial}"
        else:
            assert len(done) <= 1, f"trial {trial}: {len(done)} exports acknowledged, no file"
        assert {p.name for p in folder.iterdir() if not p.name.startswith(".")} <= {out.name}, f"trial {trial}"
        acknowledged += len(done)
    print(f"\n{TRIALS} kills during {acknowledged} acknowledged exports: never a partial file")
    assert acknowledged >= TRIALS

"""Importing exchange files: 1,000 participants' files (made in this run from the sample business, each with its
own identifier and name, its answers, a note, an action decided and a snapshot) imported into an empty database by
one ``main.py import`` command, against a floor measured in the same run: the same files read with ``json.loads``
and their rows written with bare sqlite3 inserts, one transaction per file, with the program's journal settings
(WAL, synchronous=FULL) and no validation.

    python benchmarks/bench_import.py [--files N] [--runs R]
Prints both times and their ratio; the target is the issue's: 1,000 files in under 10 s (the whole command, its
start included). Each side runs R times (default 3); the fastest run of each is kept.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from merchant_assistant.content import load_pack
from merchant_assistant.exchange import exchange_bytes
from merchant_assistant.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 10.0


def make_files(folder: Path, n: int) -> list[Path]:
    with Workspace.open(folder / "source.sqlite3", load_pack()) as workspace:
        business_id = workspace.add_demo().business_id
        workspace.save_answer(business_id, "pay_has_ice", "yes", note="vu au salon")
        workspace.set_action(business_id, "act_sec_2fa_email", status="in_progress", owner="Fatima")
        workspace.record_snapshot(business_id, "workshop")
        data = workspace.exchange_data(business_id)
    files = []
    for number in range(n):
        data = {**data, "uid": str(uuid.uuid4()), "profile": {**data["profile"], "name": f"Participant {number}"}}
        files.append(folder / f"participant-{number:04}.json")
        files[-1].write_bytes(exchange_bytes(data))
    return files


def floor(db: Path, files: list[Path]) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.executescript(
        "CREATE TABLE businesses (id INTEGER PRIMARY KEY, uid TEXT UNIQUE, name TEXT, profile TEXT, updated_at TEXT);"
        "CREATE TABLE answers (business_id INTEGER, question_id TEXT, value TEXT, note TEXT, updated_at TEXT, "
        "PRIMARY KEY (business_id, question_id));"
        "CREATE TABLE action_status (business_id INTEGER, action_id TEXT, status TEXT, owner TEXT, due TEXT, "
        "updated_at TEXT, PRIMARY KEY (business_id, action_id));"
        "CREATE TABLE snapshots (id INTEGER PRIMARY KEY, business_id INTEGER, taken_at TEXT, data TEXT);"
    )
    for file in files:
        data = json.loads(file.read_bytes())
        conn.execute("BEGIN IMMEDIATE")
        business_id = conn.execute(
            "INSERT INTO businesses (uid, name, profile, updated_at) VALUES (?, ?, ?, ?)",
            [data["uid"], data["profile"]["name"], json.dumps(data["profile"]), data["updated_at"]],
        ).lastrowid
        conn.executemany(
            "INSERT INTO answers VALUES (?, ?, ?, ?, ?)",
            [
                (business_id, q, json.dumps(v), data["notes"].get(q, ""), data["answered_at"][q])
                for q, v in data["answers"].items()
            ],
        )
        conn.executemany(
            "INSERT INTO action_status VALUES (?, ?, ?, ?, ?, ?)",
            [(business_id, a, s["status"], s["owner"], s["due"], s["updated_at"]) for a, s in data["actions"].items()],
        )
        conn.executemany(
            "INSERT INTO snapshots (business_id, taken_at, data) VALUES (?, ?, ?)",
            [(business_id, s["taken_at"], json.dumps(s)) for s in data["snapshots"]],
        )
        conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start


def project(db: Path, files: list[Path]) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "import", *map(str, files)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or len(done.stdout.split()) != len(files):
        raise SystemExit(f"the import failed: {done.stderr[-2000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-import-") as name:
        folder = Path(name)
        files = make_files(folder, args.files)
        size = sum(f.stat().st_size for f in files) / len(files) / 1024
        bare = min(floor(folder / f"floor{k}.sqlite3", files) for k in range(args.runs))
        ours = min(project(folder / f"import{k}.sqlite3", files) for k in range(args.runs))
    print(f"{args.files} exchange files of {size:.1f} KB each")
    print(
        f"import {args.files} files: floor {bare:.2f} s (json.loads + bare sqlite3), command {ours:.2f} s, "
        f"ratio {ours / bare:.2f}; {ours * 1000 / args.files:.1f} ms a file (target < {TARGET_SECONDS:.0f} s)"
    )
    return 0 if ours < TARGET_SECONDS * args.files / 1000 else 1


if __name__ == "__main__":
    sys.exit(main())

"""Saving answers: the store (one sqlite-utils transaction per answer, WAL, synchronous=FULL) against a floor of
bare sqlite3 inserts with the same journal settings, both measured in this run.

    python benchmarks/bench_storage.py [N]
Prints the ratio; the target is <= 3x the floor (the store also updates the business's timestamp).
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from merchant_assistant.storage import Store

TARGET_RATIO = 3.0


def floor(path: Path, n: int) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(
        "CREATE TABLE answers (business_id INTEGER, question_id TEXT, value TEXT, note TEXT, updated_at TEXT, PRIMARY KEY (business_id, question_id))"
    )
    start = time.perf_counter()
    for i in range(n):
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO answers VALUES (1, ?, '\"yes\"', '', '2026-01-01') ON CONFLICT (business_id, question_id) "
            "DO UPDATE SET value = excluded.value, note = excluded.note, updated_at = excluded.updated_at",
            [f"q{i % 60}"],
        )
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def project(path: Path, n: int) -> float:
    with Store(path) as store:
        bid = store.create_business({"name": "Bench"})
        start = time.perf_counter()
        for i in range(n):
            store.save_answer(bid, f"q{i % 60}", "yes")
        return time.perf_counter() - start


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as folder:
        base = min(floor(Path(folder) / f"floor{k}.sqlite3", n) for k in range(3))
        ours = min(project(Path(folder) / f"store{k}.sqlite3", n) for k in range(3))
    ratio = ours / base
    print(f"save_answer: {n} answers, floor {base * 1000 / n:.3f} ms/answer, store {ours * 1000 / n:.3f} ms/answer")
    print(f"ratio {ratio:.2f} (target <= {TARGET_RATIO})")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())

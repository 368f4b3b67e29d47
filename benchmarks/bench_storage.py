"""Saving answers: the store (one sqlite-utils transaction per answer, WAL, synchronous=FULL) against a floor of
bare sqlite3 inserts and commits with the same journal settings, both measured in this run.

    python benchmarks/bench_storage.py [N]
Prints the mean and the 99th percentile of one save, for both, and their ratios; the targets are a mean <= 3x the
floor's (the store also updates the business's timestamp) and a p99 under 5 ms (an answer is on disk before the
next click). Each side runs three times; the run with the lowest mean is kept, with its own p99.
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
TARGET_P99_MS = 5.0


def p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def floor(path: Path, n: int) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(
        "CREATE TABLE answers (business_id INTEGER, question_id TEXT, value TEXT, note TEXT, updated_at TEXT, PRIMARY KEY (business_id, question_id))"
    )
    samples = []
    for i in range(n):
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO answers VALUES (1, ?, '\"yes\"', '', '2026-01-01') ON CONFLICT (business_id, question_id) "
            "DO UPDATE SET value = excluded.value, note = excluded.note, updated_at = excluded.updated_at",
            [f"q{i % 60}"],
        )
        conn.execute("COMMIT")
        samples.append(time.perf_counter() - start)
    conn.close()
    return samples


def project(path: Path, n: int) -> list[float]:
    with Store(path) as store:
        bid = store.create_business({"name": "Bench"})
        samples = []
        for i in range(n):
            start = time.perf_counter()
            store.save_answer(bid, f"q{i % 60}", "yes")
            samples.append(time.perf_counter() - start)
        return samples


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as folder:
        base = min((floor(Path(folder) / f"floor{k}.sqlite3", n) for k in range(3)), key=sum)
        ours = min((project(Path(folder) / f"store{k}.sqlite3", n) for k in range(3)), key=sum)
    ratio = sum(ours) / sum(base)
    ours_p99, base_p99 = p99(ours) * 1000, p99(base) * 1000
    print(
        f"save_answer: {n} answers, floor {sum(base) * 1000 / n:.3f} ms/answer, store {sum(ours) * 1000 / n:.3f} ms/answer"
    )
    print(
        f"p99: floor {base_p99:.3f} ms, store {ours_p99:.3f} ms, ratio {ours_p99 / base_p99:.2f} (target < {TARGET_P99_MS} ms)"
    )
    print(f"ratio {ratio:.2f} (target <= {TARGET_RATIO})")
    return 0 if ratio <= TARGET_RATIO and ours_p99 < TARGET_P99_MS else 1


if __name__ == "__main__":
    sys.exit(main())

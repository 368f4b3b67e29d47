"""Listing businesses at workshop-and-beyond sizes: `main.py list` and the start screen's list (every business with
its readiness, as ui/start_page.py builds its rows), at 1,000 and 10,000 businesses, each against a floor measured
in the same run, and how each grows from 1,000 to 10,000.

    python benchmarks/bench_list.py [--sizes 1000 10000] [--runs 2]

Floors: for `list`, a bare Python process that opens the same file with sqlite3, reads every business with its
answers (the data the command scores) and prints one line each; for the start screen's list, the same reads in this
process. The difference is mostly the scoring of each business (about 1 ms each). The
businesses are copies of the sample business (its profile and answers), made with SQL. Growth from the smallest to
the largest size must be no faster than linear: ours(10,000) / ours(1,000) <= 10 x 1.2 (exit status 1 otherwise).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LINEAR_SLACK = 1.2
BARE_LIST = (
    "import json, sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1])\n"
    "rows = conn.execute('SELECT id, name, profile FROM businesses ORDER BY updated_at DESC').fetchall()\n"
    "for i, n, p in rows:\n"
    "    json.loads(p)\n"
    "    answers = [json.loads(v) for (v,) in conn.execute('SELECT value FROM answers WHERE business_id = ?', [i])]\n"
    "    print(f'{i:>6}  {n}  {len(answers)}')\n"
)


def make_database(path: Path, count: int) -> None:
    """``count`` copies of the sample business: one saved through the program, the rest copied in SQL."""
    from merchant_assistant.content import load_pack
    from merchant_assistant.workspace import Workspace

    with Workspace.open(path, load_pack()) as workspace:
        first = workspace.add_demo().business_id
    conn = sqlite3.connect(path)
    # Every column but the id, the name and the identifier (unique: each copy gets its own, random).
    columns = [row[1] for row in conn.execute("PRAGMA table_info(businesses)") if row[1] not in ("id", "name", "uid")]
    listed = ", ".join(columns)
    with conn:
        conn.execute(
            f"WITH RECURSIVE n(k) AS (SELECT 2 UNION ALL SELECT k + 1 FROM n WHERE k < ?) "
            f"INSERT INTO businesses (id, name, uid, {listed}) "
            f"SELECT k, (SELECT name FROM businesses WHERE id = ?) || ' ' || k, lower(hex(randomblob(16))), {listed} "
            f"FROM n, "
            f"(SELECT {listed} FROM businesses WHERE id = ?)",
            [count, first, first],
        )
        answer_columns = [r[1] for r in conn.execute("PRAGMA table_info(answers)") if r[1] != "business_id"]
        listed_answers = ", ".join(answer_columns)
        from_answers = ", ".join(f"a.{column}" for column in answer_columns)
        conn.execute(
            f"INSERT INTO answers (business_id, {listed_answers}) SELECT b.id, {from_answers} "
            f"FROM businesses b, answers a WHERE a.business_id = ? AND b.id <> ?",
            [first, first],
        )
    conn.close()


def timed_process(args: list[str], env: dict[str, str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"{args[1:]} failed: {done.stderr.decode(errors='replace')[-500:]}")
        best = min(best, elapsed)
    return best


def start_screen_rows(path: Path) -> float:
    """What the start screen computes for its list: every business with its readiness, on a new workspace."""
    from merchant_assistant.content import load_pack
    from merchant_assistant.workspace import Workspace

    pack = load_pack()
    start = time.perf_counter()
    with Workspace.open(path, pack) as workspace:
        rows = [(b, workspace.readiness(b)) for b in workspace.businesses()]
    assert rows
    return time.perf_counter() - start


def bare_rows(path: Path) -> float:
    import json

    start = time.perf_counter()
    conn = sqlite3.connect(path)
    businesses = conn.execute("SELECT id, name, profile FROM businesses ORDER BY updated_at DESC").fetchall()
    for business_id, _name, profile in businesses:
        json.loads(profile)
        [json.loads(v) for (v,) in conn.execute("SELECT value FROM answers WHERE business_id = ?", [business_id])]
    conn.close()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    results: dict[int, tuple[float, float, float, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "MERCHANT_READINESS_DATA": folder}
        for size in args.sizes:
            db = Path(folder) / f"list-{size}.sqlite3"
            make_database(db, size)
            ours_cli = timed_process([sys.executable, str(ROOT / "main.py"), "--db", str(db), "list"], env, args.runs)
            floor_cli = timed_process([sys.executable, "-c", BARE_LIST, str(db)], env, args.runs)
            ours_rows = min(start_screen_rows(db) for _ in range(args.runs))
            floor_rows = min(bare_rows(db) for _ in range(args.runs))
            results[size] = (ours_cli, floor_cli, ours_rows, floor_rows)
            print(
                f"{size:>6} businesses: list {ours_cli:.2f} s vs bare {floor_cli:.2f} s, ratio {ours_cli / floor_cli:.1f}; "
                f"start-screen rows {ours_rows:.2f} s vs bare {floor_rows:.2f} s, ratio {ours_rows / floor_rows:.1f}"
            )
    small, large = min(results), max(results)
    if small == large:
        return 0
    factor = large / small
    grow_cli = results[large][0] / results[small][0]
    grow_rows = results[large][2] / results[small][2]
    limit = factor * LINEAR_SLACK
    print(
        f"growth {small} -> {large} businesses (x{factor:.0f}): list x{grow_cli:.1f}, start-screen rows "
        f"x{grow_rows:.1f} (linear: <= x{limit:.0f})"
    )
    return 0 if max(grow_cli, grow_rows) <= limit else 1


if __name__ == "__main__":
    sys.exit(main())

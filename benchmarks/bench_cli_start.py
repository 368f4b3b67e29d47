"""CLI start-up: `main.py content check` against a floor of a bare Python start that imports the same
third-party libraries the command needs (yaml, sqlite_utils), both measured in this run.

    python benchmarks/bench_cli_start.py
The target is <= 2.5x the floor: the command must stay light (no Qt, no reportlab) for trainers' scripts.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 2.5


def timed(args: list[str], runs: int = 7) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, cwd=ROOT, check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> int:
    floor = timed([sys.executable, "-c", "import yaml, sqlite_utils, platformdirs, stdnum.ma.ice"])
    ours = timed([sys.executable, str(ROOT / "main.py"), "content", "check"])
    ratio = ours / floor
    print(
        f"content check: floor {floor * 1000:.0f} ms, command {ours * 1000:.0f} ms, ratio {ratio:.2f} (target <= {TARGET_RATIO})"
    )
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())

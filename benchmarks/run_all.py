"""Run every benchmark of this folder, short, one after the other, and print one table of their ratios.

    QT_QPA_PLATFORM=offscreen python benchmarks/run_all.py [--markdown benchmarks/latest.md]

Each script measures its own floor in the same run and prints its ratios; this runs them with settings that keep
the whole run within a few minutes on 2 cores, prints each one's output as it comes, then a Markdown table (script,
the lines that give its figures, whether it met its targets) headed by the machine it ran on. The README's
benchmark table is that output. Exit status: 0 when every script met its targets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Each script with the settings used here (its own defaults are longer; see each file's docstring).
RUNS: tuple[tuple[str, list[str], str], ...] = (
    ("bench_gui_start.py", ["--runs", "7"], "first window (30 businesses) vs a bare PySide6 window"),
    ("bench_cli_start.py", [], "`content check` vs a bare Python importing the same libraries"),
    ("bench_pdf.py", ["--runs", "3"], "plan PDF per language vs a bare reportlab document of as many pages"),
    ("bench_storage.py", ["300"], "saving one answer vs a bare sqlite3 insert and commit (mean, p99)"),
    ("bench_list.py", ["--runs", "1"], "`list` and the start screen's rows at 1,000 and 10,000 businesses"),
    ("bench_import.py", ["--runs", "1"], "`import` of 1,000 exchange files vs json.loads and bare sqlite3 inserts"),
    (
        "bench_workshop_plans.py",
        [],
        "`workshop plans`: 100 plans on every core vs the same plans one by one in one process",
    ),
)
# The lines of each script's output that carry its figures: those naming a ratio, a p99 or a growth, and the rows
# of bench_pdf.py's per-language tables (shown as "fr (in process): pages, plan s, bare s, ratio, ...").
KEY_WORDS = re.compile(r"\b(ratio|p99|growth|batch)\b")
LANGUAGE_ROW = re.compile(r"^(fr|ar|en)\s+(\d.*)$")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 2**20:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}){memory}, "
        f"Python {platform.python_version()}, {dt.date.today().isoformat()}"
    )


def figures(output: str) -> list[str]:
    found = []
    columns, where = "", "in process"
    for line in output.splitlines():
        if line.startswith("lang "):
            columns = ", ".join(re.split(r"\s{2,}", line.strip())[1:])
            continue
        if "whole command" in line:
            where = "whole command"
        row = LANGUAGE_ROW.match(line)
        if row:
            found.append(f"{row.group(1)} ({where}; {columns}): {', '.join(row.group(2).split())}")
        elif KEY_WORDS.search(line):
            found.append(line.strip())
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    parser.add_argument("--only", nargs="+", metavar="SCRIPT", help="run only these scripts")
    args = parser.parse_args(argv)
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows = []
    started = time.perf_counter()
    for script, options, what in RUNS:
        if args.only and script not in args.only:
            continue
        print(f"== {script} {' '.join(options)}", flush=True)
        began = time.perf_counter()
        done = subprocess.run([sys.executable, str(HERE / script), *options], env=env, capture_output=True, text=True)
        print(done.stdout, end="", flush=True)
        if done.returncode not in (0, 1):  # 1: ran, but missed a target
            print(done.stderr, end="", file=sys.stderr)
        status = {0: "met", 1: "missed"}.get(done.returncode, f"failed (exit {done.returncode})")
        rows.append((script, what, figures(done.stdout), status, time.perf_counter() - began))
    lines = [
        f"Machine: {machine()}; whole run {time.perf_counter() - started:.0f} s.",
        "",
        "| script | what is compared | figures (ratio to the floor measured in the same run) | targets |",
        "|---|---|---|---|",
    ]
    for script, what, found, status, seconds in rows:
        shown = "<br>".join(line.replace("|", "/") for line in found) or "(no figure printed)"
        lines.append(f"| `{script}` ({seconds:.0f} s) | {what} | {shown} | {status} |")
    table = "\n".join(lines)
    print()
    print(table)
    if args.markdown:
        args.markdown.write_text(table + "\n", encoding="utf-8")
    return 0 if all(status == "met" for *_, status, _s in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

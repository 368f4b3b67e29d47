"""App start-up: the first window of `main.py --quit-after-startup` against a bare PySide6 window started the same
way, both measured in this run, in turn (so that both meet the same load on a shared machine).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui_start.py [--runs 11] [--businesses 30]

The database holds ``--businesses`` copies of the sample business (a trainer's workshop), so that listing them
counts; the app reopens the most recent of them at its step, as a user sees it.

Three times are taken for each start, from the moment the process is launched:
- **window**: the window is on screen and painted (the app's says "Ouverture…": ui.app shows it before loading the
  content and the database). Both programs write ``startup window <time.perf_counter()>`` on stderr at that point,
  after the same wait for the window system (ui.app.paint_now; the bare script has a copy); perf_counter is a clock
  shared by every process of the machine. **The target**: the median of the ratios of each pair (app, bare window)
  is at most 1.5 (issue "The desktop experience"); the exit status says whether it is met.
- **ready**: the app's window holds the business at its step, painted (``startup ready``), against the bare window.
- **whole run**: until the process has ended, as before this split; the CPU time of both is printed too.

Bytecode is written and read as on a user's machine (pip compiles an installed package, a PyInstaller build ships
bytecode): PYTHONDONTWRITEBYTECODE, set in some development environments, is left out for both sides, or the app
would compile its own modules at every start while the bare window has nothing of its own to compile. One start of
each side before the measured pairs writes the caches the later ones read (bytecode, the checked content pack).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 1.5
BARE_WINDOW = (
    "import sys, time\n"
    "from PySide6.QtCore import QEventLoop, QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "window = QMainWindow()\n"
    "window.resize(1100, 700)\n"
    "window.show()\n"
    # ui.app.paint_now, copied: the same wait for the window system on both sides
    "flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents\n"
    "handle, deadline = window.windowHandle(), time.monotonic() + 0.25\n"
    "while handle is not None and not handle.isExposed() and time.monotonic() < deadline:\n"
    "    app.processEvents(flags)\n"
    "    time.sleep(0.001)\n"
    "app.processEvents(flags)\n"
    "print(f'startup window {time.perf_counter():.6f}', file=sys.stderr, flush=True)\n"
    "QTimer.singleShot(0, app.quit)\n"
    "sys.exit(app.exec())\n"
)


def _children_cpu() -> float:
    """CPU seconds (user + system) of this process's children that have ended so far."""
    times = os.times()
    return times.children_user + times.children_system


def timed(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from the launch of ``args`` (which must succeed) to each ``startup <stage>`` mark it writes, to its
    end ("run"), and its CPU time ("cpu")."""
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True)
    wall = time.perf_counter() - start
    errors = done.stderr.decode(errors="replace")
    if done.returncode != 0:
        raise SystemExit(f"{args[1:]} failed ({done.returncode}): {errors[-2000:]}")
    times = {"run": wall, "cpu": _children_cpu() - cpu}
    for line in errors.splitlines():
        if line.startswith("startup "):
            _, stage, clock = line.split()
            times[stage] = float(clock) - start
    if "window" not in times:
        raise SystemExit(f"{args[1:]} wrote no 'startup window' mark: {errors[-2000:]}")
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--businesses", type=int, default=30)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "MERCHANT_READINESS_DATA": folder, "MERCHANT_READINESS_STARTUP_TIMES": "1"}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        db = Path(folder) / "workshop.db"
        for _ in range(args.businesses):
            subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo"],
                check=True,
                env=env,
                capture_output=True,
            )
        app = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "--quit-after-startup"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        timed(app, env)  # a first start writes caches the later ones read, as on a user's machine
        timed(bare, env)
        pairs = [(timed(app, env), timed(bare, env)) for _ in range(args.runs)]

    def median(side: int, stage: str) -> float:
        return statistics.median(pair[side][stage] for pair in pairs)

    def ratio(stage: str, floor: str) -> float:
        return statistics.median(ours[stage] / bare[floor] for ours, bare in pairs)

    window = ratio("window", "window")
    print(
        f"first window with {args.businesses} businesses ({args.runs} pairs): app {median(0, 'window') * 1000:.0f} ms, "
        f"bare PySide6 window {median(1, 'window') * 1000:.0f} ms, ratio {window:.2f} (target <= {TARGET_RATIO})"
    )
    print(
        f"business on screen: {median(0, 'ready') * 1000:.0f} ms, ratio {ratio('ready', 'window'):.2f} to the bare "
        f"window; whole run: app {median(0, 'run') * 1000:.0f} ms, bare {median(1, 'run') * 1000:.0f} ms, ratio "
        f"{ratio('run', 'run'):.2f}; CPU time app {median(0, 'cpu') * 1000:.0f} ms, bare "
        f"{median(1, 'cpu') * 1000:.0f} ms"
    )
    return 0 if window <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
